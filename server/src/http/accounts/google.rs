//! Google sign-in: the redirect out, the callback, and the age question for new accounts.

use axum::{
    extract::{Query, Request, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::Response,
    routing::{MethodRouter, get},
};
use obscura_app::{
    forms::{LinkKind, LinkLanding, LinkProblem},
    pages::accounts as account_pages,
};
use obscura_shared::{ErrorCode, Failure, account::fields, routes};
use serde::Deserialize;

use super::{failed, links::TokenQuery, show_problem, signed_in_response};
use crate::{
    accounts::{self, AccountError, Client, GoogleOutcome},
    http::WebState,
    http::{
        errors::internal_page,
        forms::{see_other, submitted, with_notice},
        render, session,
    },
};

/// The Google sign-in routes.
pub(super) fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::GOOGLE_START, get(google_start)),
        (routes::GOOGLE_CALLBACK, get(google_callback)),
        (
            routes::GOOGLE_SIGNUP,
            get(google_signup_landing).post(google_signup),
        ),
    ]
}

/// Where Google sends the browser back: this deployment's origin (or, in development without a
/// public URL, the origin the browser used).
fn google_redirect(state: &WebState, parts: &Parts) -> String {
    let origin = if state.config.public_url_explicit {
        crate::config::origin(&state.config.public_url)
    } else {
        parts
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .map_or_else(
                || crate::config::origin(&state.config.public_url),
                |h| format!("http://{h}"),
            )
    };
    format!("{origin}{}", routes::GOOGLE_CALLBACK)
}

/// A refused step of a Google sign-in: the Google problem page (an internal cause is logged
/// as the failure is made).
async fn google_problem(state: &WebState, parts: Parts, e: AccountError) -> Response {
    let _logged = Failure::from(e);
    show_problem(state, parts, LinkProblem::Google).await
}

/// A refused Google sign-up: the error page when internal, else the Google problem page.
async fn page_or_problem(state: &WebState, parts: Parts, e: AccountError) -> Response {
    match Failure::from(e).code {
        ErrorCode::Internal => internal_page(state, super::super::errors::language(&parts)),
        _ => show_problem(state, parts, LinkProblem::Google).await,
    }
}

#[derive(Deserialize)]
struct GoogleStartQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    age_confirmed: String,
}

async fn google_start(
    State(state): State<WebState>,
    Query(q): Query<GoogleStartQuery>,
    req: Request,
) -> Response {
    let (parts, _) = req.into_parts();
    if state.google.is_none() {
        return render::page(&state, parts, "/not-found", StatusCode::NOT_FOUND).await;
    }
    // Each start stores a pending flow: a client may start only so many.
    let ip = parts.extensions.get::<Client>().and_then(|c| c.ip);
    if let Err(wait) = state
        .guards
        .check(crate::http::guard::Write::GoogleStart, ip)
        .await
    {
        return crate::http::guard::too_many(wait, super::super::errors::language(&parts));
    }
    let redirect = google_redirect(&state, &parts);
    let next = account_pages::safe_next(Some(&q.next)).unwrap_or_default();
    match accounts::google_start(&state, &redirect, &next, q.age_confirmed == "on").await {
        Ok(started) => {
            let mut res = see_other(&started.url);
            res.headers_mut().append(
                header::SET_COOKIE,
                session::set_cookie(
                    &state,
                    session::oauth_cookie_name(&state),
                    started.browser_token,
                    Some(cookie::time::Duration::minutes(10)),
                ),
            );
            res
        }
        Err(e) => google_problem(&state, parts, e).await,
    }
}

#[derive(Deserialize)]
struct Callback {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
}

async fn google_callback(
    State(state): State<WebState>,
    Query(q): Query<Callback>,
    req: Request,
) -> Response {
    let (parts, _) = req.into_parts();
    if state.google.is_none() {
        return render::page(&state, parts, "/not-found", StatusCode::NOT_FOUND).await;
    }
    let client = parts
        .extensions
        .get::<Client>()
        .cloned()
        .unwrap_or_else(Client::unknown);
    let browser = session::cookie_value(&parts.headers, &session::oauth_cookie_name(&state));
    let redirect = google_redirect(&state, &parts);
    let outcome = accounts::google_finish(
        &state,
        &redirect,
        &q.code,
        &q.state,
        browser.as_deref(),
        &client,
    )
    .await;
    let clear = session::clear_cookie(&state, session::oauth_cookie_name(&state));
    let mut res = match outcome {
        Ok(GoogleOutcome::SignedIn(signed, next)) => {
            let to = account_pages::safe_next(Some(&next))
                .unwrap_or_else(|| with_notice(routes::AFTER_SIGN_IN, "signed-in"));
            signed_in_response(&state, &signed, &to)
        }
        Ok(GoogleOutcome::NeedsAge(token)) => {
            see_other(&format!("{}?token={token}", routes::GOOGLE_SIGNUP))
        }
        Ok(GoogleOutcome::Unverified) => {
            see_other(&with_notice(routes::LOGIN, "google-unverified"))
        }
        Ok(GoogleOutcome::NoEmail) => see_other(&with_notice(routes::LOGIN, "google-no-email")),
        Err(e) => google_problem(&state, parts, e).await,
    };
    res.headers_mut().append(header::SET_COOKIE, clear);
    res
}

async fn google_signup_landing(
    State(state): State<WebState>,
    Query(q): Query<TokenQuery>,
    req: Request,
) -> Response {
    let (mut parts, _) = req.into_parts();
    match accounts::peek_google_signup(&state, &q.token).await {
        Ok(pending) => {
            parts.extensions.insert(LinkLanding::Valid {
                kind: LinkKind::GoogleSignup,
                token: q.token,
                email: pending.email,
            });
            let mut res = render::page(&state, parts, routes::LINK_LANDING, StatusCode::OK).await;
            res.headers_mut().insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            );
            res
        }
        Err(e) => page_or_problem(&state, parts, e).await,
    }
}

async fn google_signup(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let token = s.get(fields::TOKEN);
    let age = s.get(fields::AGE) == "on";
    match accounts::finish_google_signup(&state, &token, age, &s.client()).await {
        Ok((signed, next)) => {
            let to = account_pages::safe_next(Some(&next))
                .unwrap_or_else(|| with_notice(routes::AFTER_SIGN_IN, "signed-in"));
            signed_in_response(&state, &signed, &to)
        }
        Err(AccountError::Invalid(errors)) => {
            let Ok(pending) = accounts::peek_google_signup(&state, &token).await else {
                return show_problem(&state, s.parts, LinkProblem::Google).await;
            };
            let mut s = s;
            s.parts.extensions.insert(LinkLanding::Valid {
                kind: LinkKind::GoogleSignup,
                token,
                email: pending.email,
            });
            failed(
                &state,
                s,
                account_pages::forms::GOOGLE_SIGNUP,
                routes::LINK_LANDING,
                AccountError::Invalid(errors),
            )
            .await
        }
        Err(e) => page_or_problem(&state, s.parts, e).await,
    }
}
