//! Two-step verification over HTTP: the second step of a sign-in (`/login/verify`, bound to the
//! browser by the two-step cookie) and the security-settings forms that set it up, remove it
//! and renew recovery codes.

use axum::{
    extract::{Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::Response,
    routing::{MethodRouter, get, post},
};
use obscura_app::{
    forms::{RecoveryCodesShown, TwoStepPrompt},
    pages::{accounts as account_pages, mfa as mfa_pages},
};
use obscura_shared::{Failure, account::fields, routes, storage::TWO_STEP_COOKIE};
use serde::Deserialize;

use super::failed;
use crate::{
    accounts::{
        self, AccountError,
        mfa::{self, Challenge, SIGN_IN_AGAIN},
    },
    http::WebState,
    http::{
        errors::{FormPage, form_failed},
        forms::{Submitted, internal, see_other, signed_in, submitted, with_notice},
        render, session,
    },
};

/// The two-step routes.
pub(super) fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::LOGIN_VERIFY, get(verify_page).post(verify)),
        (routes::SETTINGS_TOTP_START, post(totp_start)),
        (routes::SETTINGS_TOTP_CONFIRM, post(totp_confirm)),
        (routes::SETTINGS_TOTP_REMOVE, post(totp_remove)),
        (routes::SETTINGS_RECOVERY_CODES, post(renew_codes)),
    ]
}

/// The two-step cookie's name on this deployment.
pub(super) fn cookie_name(state: &WebState) -> String {
    if session::https(state) {
        format!("__Host-{TWO_STEP_COOKIE}")
    } else {
        TWO_STEP_COOKIE.to_owned()
    }
}

/// A first step succeeded and the account asks for a second: set the two-step cookie and go to
/// the code page, carrying where to go afterwards.
pub(super) fn challenge_response(state: &WebState, challenge: &Challenge, next: &str) -> Response {
    let to = format!(
        "{}?{}",
        routes::LOGIN_VERIFY,
        serde_urlencoded::to_string([(fields::NEXT, next)]).unwrap_or_default()
    );
    let mut res = see_other(&to);
    res.headers_mut().append(
        header::SET_COOKIE,
        session::set_cookie(
            state,
            cookie_name(state),
            challenge.token.clone(),
            Some(cookie::time::Duration::seconds(
                mfa::CHALLENGE_LIFETIME.num_seconds(),
            )),
        ),
    );
    res
}

fn start_again(state: &WebState) -> Response {
    let mut res = see_other(&with_notice(routes::LOGIN, "two-step-expired"));
    res.headers_mut().append(
        header::SET_COOKIE,
        session::clear_cookie(state, cookie_name(state)),
    );
    res
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[derive(Deserialize)]
struct NextQuery {
    #[serde(default)]
    next: String,
}

pub(super) fn next_or_default(next: &str) -> String {
    account_pages::safe_next(Some(next))
        .unwrap_or_else(|| with_notice(routes::AFTER_SIGN_IN, "signed-in"))
}

/// Whether the code page offers "Use a passkey" to this account.
async fn has_passkey(state: &WebState, user_id: uuid::Uuid) -> Result<bool, sea_orm::DbErr> {
    Ok(mfa::passkey::available(state) && mfa::passkey::count(state, user_id).await? > 0)
}

/// The code page, while this browser has a sign-in waiting for its second step.
async fn verify_page(
    State(state): State<WebState>,
    Query(q): Query<NextQuery>,
    req: Request,
) -> Response {
    let token = session::cookie_value(req.headers(), &cookie_name(&state)).unwrap_or_default();
    let lang = req
        .extensions()
        .get::<obscura_shared::account::Language>()
        .copied()
        .unwrap_or_default();
    match mfa::pending(&state, &token).await {
        Ok(Some(ch)) => {
            let passkey = match has_passkey(&state, ch.user_id).await {
                Ok(p) => p,
                Err(e) => return internal(&state, lang, &e.into()),
            };
            let (mut parts, _) = req.into_parts();
            parts.extensions.insert(TwoStepPrompt {
                next: next_or_default(&q.next),
                passkey,
            });
            no_store(render::page(&state, parts, routes::TWO_STEP, StatusCode::OK).await)
        }
        Ok(None) => start_again(&state),
        Err(e) => internal(&state, lang, &e.into()),
    }
}

/// Checks the code and, when right, starts the session.
async fn verify(State(state): State<WebState>, req: Request) -> Response {
    let mut s = submitted!(req);
    let token = session::cookie_value(&s.parts.headers, &cookie_name(&state)).unwrap_or_default();
    let next = next_or_default(&s.get(fields::NEXT));
    match mfa::complete(&state, &token, &s.get(mfa_pages::CODE), &s.client()).await {
        Ok(signed) => {
            let mut res = super::signed_in_response(&state, &signed, &next);
            res.headers_mut().append(
                header::SET_COOKIE,
                session::clear_cookie(&state, cookie_name(&state)),
            );
            res
        }
        Err(AccountError::Token(_)) => start_again(&state),
        Err(e) => {
            let passkey = match mfa::pending(&state, &token).await {
                Ok(Some(ch)) => has_passkey(&state, ch.user_id).await.unwrap_or(false),
                _ => false,
            };
            s.parts.extensions.insert(TwoStepPrompt { next, passkey });
            let res = failed(&state, s, mfa_pages::forms::VERIFY, routes::TWO_STEP, e).await;
            no_store(res)
        }
    }
}

/// The security settings again, with the two-step section's problem: a request to sign in
/// again is the section's notice, not a field's.
pub(super) async fn settings_failed(state: &WebState, s: Submitted, e: AccountError) -> Response {
    if !matches!(e, AccountError::Invalid(_)) {
        return failed(
            state,
            s,
            mfa_pages::forms::SETTINGS,
            routes::SETTINGS_SECURITY,
            e,
        )
        .await;
    }
    let mut failure = Failure::from(e);
    if let Some(at) = failure.fields.iter().position(|(k, _)| k == SIGN_IN_AGAIN) {
        let (_, again) = failure.fields.remove(at);
        failure.fields.retain(|(k, _)| k != SIGN_IN_AGAIN);
        failure.message = Some(again);
    }
    let page = FormPage::new(routes::SETTINGS_SECURITY, mfa_pages::forms::SETTINGS);
    form_failed(state, s.parts, page, failure).await
}

/// The security settings showing new recovery codes (once: they are not kept in clear).
async fn show_codes(state: &WebState, s: Submitted, codes: Vec<String>) -> Response {
    let mut parts = s.parts;
    parts.extensions.insert(RecoveryCodesShown(codes));
    no_store(render::page(state, parts, routes::SETTINGS_SECURITY, StatusCode::OK).await)
}

pub(super) fn to_section(notice: &str) -> Response {
    see_other(&format!(
        "{}#s-two-step",
        with_notice(routes::SETTINGS_SECURITY, notice)
    ))
}

async fn totp_start(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match mfa::totp::start_setup(&state, &c).await {
        Ok(()) => to_section("two-step-setup"),
        Err(e) => settings_failed(&state, s, e).await,
    }
}

async fn totp_confirm(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let code = s.get(mfa_pages::CODE);
    match mfa::totp::confirm_setup(&state, &c, &code, &s.client()).await {
        Ok(Some(codes)) => show_codes(&state, s, codes).await,
        Ok(None) => to_section("saved"),
        Err(e) => settings_failed(&state, s, e).await,
    }
}

async fn totp_remove(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let was_on = match accounts::mfa::enrolled(&state, c.user.id).await {
        Ok(on) => on,
        Err(e) => return internal(&state, s.language(), &e.into()),
    };
    match mfa::totp::remove(&state, &c, &s.client()).await {
        Ok(()) if was_on => to_section("two-step-removed"),
        Ok(()) => to_section("two-step-cancelled"),
        Err(e) => settings_failed(&state, s, e).await,
    }
}

async fn renew_codes(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match mfa::recovery::renew(&state, &c, &s.client()).await {
        Ok(codes) => show_codes(&state, s, codes).await,
        Err(e) => settings_failed(&state, s, e).await,
    }
}
