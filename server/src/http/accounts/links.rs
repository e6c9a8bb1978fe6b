//! The pages emailed links land on (a confirm button, so mail scanners that fetch links do not
//! use them up) and their confirmations: password reset, sign-in link, address verification,
//! address change, and keeping an account whose erasure is pending.

use axum::{
    extract::{Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::Response,
    routing::{MethodRouter, get},
};
use obscura_app::{
    forms::{LinkKind, LinkLanding, LinkProblem},
    pages::accounts as account_pages,
};
use obscura_shared::{ErrorCode, Failure, account::fields, routes};
use serde::Deserialize;

use super::{failed, link_problem, show_problem, signed_in_response};
use crate::{
    accounts::{self, AccountError, tokens::Purpose, tokens::TokenProblem},
    http::WebState,
    http::{
        errors::internal_page,
        forms::{see_other, submitted, with_notice},
        render, session,
    },
};

/// The emailed-link routes.
pub(super) fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (
            routes::RESET_CONFIRM,
            landing_for(LinkKind::Reset, Purpose::Reset).post(reset_confirm),
        ),
        (
            routes::MAGIC_LINK,
            landing_for(LinkKind::MagicLink, Purpose::MagicLink).post(magic_confirm),
        ),
        (
            routes::VERIFY_EMAIL,
            landing_for(LinkKind::Verify, Purpose::VerifyEmail).post(verify_confirm),
        ),
        (
            routes::ERASURE_CANCEL,
            landing_for(LinkKind::KeepAccount, Purpose::KeepAccount).post(keep_confirm),
        ),
        (
            routes::EMAIL_CHANGE_CONFIRM,
            landing_for(LinkKind::EmailChange, Purpose::EmailChange).post(email_change_confirm),
        ),
    ]
}

#[derive(Deserialize)]
pub(super) struct TokenQuery {
    #[serde(default)]
    pub(super) token: String,
}

/// The landing page of one kind of emailed link.
fn landing_for(kind: LinkKind, purpose: Purpose) -> MethodRouter<crate::http::WebState> {
    get(
        move |State(state): State<WebState>, Query(q): Query<TokenQuery>, req: Request| async move {
            landing(&state, req, kind, purpose, q.token).await
        },
    )
}

/// Shows the page an emailed link lands on: its confirm button, or why it does not work.
async fn landing(
    state: &WebState,
    req: Request,
    kind: LinkKind,
    purpose: Purpose,
    token: String,
) -> Response {
    let (mut parts, _) = req.into_parts();
    let found = match purpose {
        Purpose::EmailChange => accounts::tokens::peek(state, purpose, &token)
            .await
            .map_err(AccountError::Internal)
            .and_then(|r| r.map(|t| t.email).map_err(AccountError::Token)),
        _ => accounts::peek_token(state, purpose, &token)
            .await
            .map(|u| u.email),
    };
    match found {
        Ok(email) => {
            parts
                .extensions
                .insert(LinkLanding::Valid { kind, token, email });
            let mut res = render::page(state, parts, routes::LINK_LANDING, StatusCode::OK).await;
            // The token is in this page's URL: keep it out of Referer headers and caches.
            res.headers_mut().insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            );
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(AccountError::Token(p)) => show_problem(state, parts, link_problem(p)).await,
        Err(e) => match Failure::from(e).code {
            ErrorCode::Internal => internal_page(state, super::super::errors::language(&parts)),
            _ => show_problem(state, parts, LinkProblem::Invalid).await,
        },
    }
}

async fn reset_confirm(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let token = s.get(fields::TOKEN);
    match accounts::reset_password(&state, &token, &s.secret(fields::PASSWORD), &s.client()).await {
        Ok(signed) => signed_in_response(
            &state,
            &signed,
            &with_notice(routes::AFTER_SIGN_IN, "password-changed"),
        ),
        Err(AccountError::Invalid(errors)) => {
            // Show the new-password form again, still carrying the token.
            let email = accounts::peek_token(&state, Purpose::Reset, &token)
                .await
                .map(|u| u.email);
            let Ok(email) = email else {
                return failed(
                    &state,
                    s,
                    account_pages::forms::RESET_CONFIRM,
                    routes::LINK_LANDING,
                    AccountError::Token(TokenProblem::Invalid),
                )
                .await;
            };
            let mut s = s;
            s.parts.extensions.insert(LinkLanding::Valid {
                kind: LinkKind::Reset,
                token,
                email,
            });
            failed(
                &state,
                s,
                account_pages::forms::RESET_CONFIRM,
                routes::LINK_LANDING,
                AccountError::Invalid(errors),
            )
            .await
        }
        Err(e) => {
            failed(
                &state,
                s,
                account_pages::forms::RESET_CONFIRM,
                routes::LINK_LANDING,
                e,
            )
            .await
        }
    }
}

async fn magic_confirm(State(state): State<WebState>, req: Request) -> Response {
    sign_in_with_link(&state, req, Purpose::MagicLink, "signed-in").await
}

/// Signs in with an emailed link's token, then goes on with `notice`.
async fn sign_in_with_link(
    state: &WebState,
    req: Request,
    purpose: Purpose,
    notice: &str,
) -> Response {
    let s = submitted!(req);
    let binding = session::cookie_value(&s.parts.headers, &session::signup_cookie_name(state));
    let signed = accounts::sign_in_with_token(
        state,
        purpose,
        &s.get(fields::TOKEN),
        binding.as_deref(),
        &s.client(),
    )
    .await;
    match signed {
        Ok(signed) => {
            let mut res =
                signed_in_response(state, &signed, &with_notice(routes::AFTER_SIGN_IN, notice));
            if binding.is_some() {
                res.headers_mut().append(
                    header::SET_COOKIE,
                    session::clear_cookie(state, session::signup_cookie_name(state)),
                );
            }
            res
        }
        Err(e) => failed(state, s, "", routes::AUTH_PROBLEM, e).await,
    }
}

async fn keep_confirm(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    match crate::privacy::erasure::keep(&state, &s.get(fields::TOKEN), &s.client()).await {
        Ok(signed) => signed_in_response(
            &state,
            &signed,
            &with_notice(routes::SETTINGS_PRIVACY, "account-kept"),
        ),
        Err(e) => failed(&state, s, "", routes::AUTH_PROBLEM, e).await,
    }
}

async fn verify_confirm(State(state): State<WebState>, req: Request) -> Response {
    sign_in_with_link(&state, req, Purpose::VerifyEmail, "welcome").await
}

async fn email_change_confirm(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    match accounts::confirm_email_change(&state, &s.get(fields::TOKEN), &s.client()).await {
        Ok(_) => see_other(&with_notice(routes::SETTINGS_PROFILE, "email-changed")),
        Err(e) => failed(&state, s, "", routes::AUTH_PROBLEM, e).await,
    }
}
