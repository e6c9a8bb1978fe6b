//! Passkeys over HTTP: small JSON exchanges for the browser script that calls
//! `navigator.credentials` (start: options and a token; finish: the browser's answer with that
//! token; success answers `{redirect}`), and the settings form that removes one. Errors answer
//! `{error}` with 422, 429 (with `Retry-After`), 410 (start again), 401 or 404.

use axum::{
    body::Body,
    extract::{Request, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_shared::{Failure, account::Language, i18n::Message, routes};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::mfa;
use crate::{
    accounts::{
        AccountError, SignInStep, SignedIn,
        mfa::passkey::{self, Started},
    },
    http::WebState,
    http::{
        errors::{json, json_failed},
        forms::{see_other, submitted},
        session,
    },
};

/// The passkey routes.
pub(super) fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (
            routes::SETTINGS_PASSKEY_REGISTER_START,
            post(register_start),
        ),
        (
            routes::SETTINGS_PASSKEY_REGISTER_FINISH,
            post(register_finish),
        ),
        (routes::SETTINGS_PASSKEY_REMOVE, post(remove)),
        (routes::LOGIN_VERIFY_PASSKEY_START, post(second_step_start)),
        (
            routes::LOGIN_VERIFY_PASSKEY_FINISH,
            post(second_step_finish),
        ),
        (routes::LOGIN_PASSKEY_START, post(passwordless_start)),
        (routes::LOGIN_PASSKEY_FINISH, post(passwordless_finish)),
    ]
}

/// The browser's answer to a ceremony.
#[derive(Deserialize)]
struct Answer<C> {
    token: String,
    credential: C,
    #[serde(default)]
    next: String,
}

/// The language of a request (its messages are shown by the browser script).
fn language(parts: &axum::http::request::Parts) -> Language {
    crate::http::errors::language(parts)
}

fn error(status: StatusCode, lang: Language, id: &'static str) -> Response {
    json(
        status,
        &serde_json::json!({ "error": Message::new(id).render(lang) }),
    )
}

fn problem(e: AccountError, lang: Language) -> Response {
    json_failed(&Failure::from(e), lang)
}

fn started(r: Result<Started, AccountError>, lang: Language) -> Response {
    match r {
        Ok(s) => json(
            StatusCode::OK,
            &serde_json::json!({ "token": s.token, "options": s.options }),
        ),
        Err(e) => problem(e, lang),
    }
}

fn not_signed_in(lang: Language) -> Response {
    error(
        StatusCode::UNAUTHORIZED,
        lang,
        "error-passkey-sign-in-first",
    )
}

/// Reads a JSON answer (64 KiB at most).
async fn answer<C: DeserializeOwned>(body: Body, lang: Language) -> Result<Answer<C>, Response> {
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.map_err(|_| {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            lang,
            "error-passkey-answer-too-large",
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|_| {
        error(
            StatusCode::BAD_REQUEST,
            lang,
            "error-passkey-answer-unreadable",
        )
    })
}

/// A passkey sign-in succeeded: the session cookie, and where to go.
fn signed_in(state: &WebState, signed: &SignedIn, next: &str, lang: Language) -> Response {
    let SignInStep::Session(new) = &signed.step else {
        // Passkey sign-ins are complete; a second step is never asked after one.
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            lang,
            "error-passkey-try-again",
        );
    };
    let mut res = json(
        StatusCode::OK,
        &serde_json::json!({ "redirect": mfa::next_or_default(next) }),
    );
    res.headers_mut().append(
        header::SET_COOKIE,
        session::session_cookie(state, &new.token),
    );
    res
}

async fn register_start(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let lang = s.language();
    let Some(c) = s.current() else {
        return not_signed_in(lang);
    };
    started(
        passkey::register_start(&state, &c, &s.get(passkey::NAME)).await,
        lang,
    )
}

async fn register_finish(State(state): State<WebState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let lang = language(&parts);
    let Some(c) = parts.extensions.get::<session::Current>().cloned() else {
        return not_signed_in(lang);
    };
    let client = parts
        .extensions
        .get::<crate::accounts::Client>()
        .cloned()
        .unwrap_or_else(crate::accounts::Client::unknown);
    let a = match answer(body, lang).await {
        Ok(a) => a,
        Err(res) => return res,
    };
    match passkey::register_finish(&state, &c, &a.token, &a.credential, &client).await {
        Ok(()) => json(
            StatusCode::OK,
            &serde_json::json!({
                "redirect": format!("{}?notice=passkey-added#s-two-step", routes::SETTINGS_SECURITY)
            }),
        ),
        Err(e) => problem(e, lang),
    }
}

async fn remove(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let Some(c) = s.current() else {
        return see_other(&format!("{}?notice=sign-in-needed", routes::LOGIN));
    };
    match passkey::remove(&state, &c, &s.get(passkey::ID), &s.client()).await {
        Ok(true) => mfa::to_section("passkey-removed"),
        Ok(false) => (
            StatusCode::NOT_FOUND,
            Message::new("error-passkey-no-such").render(s.language()),
        )
            .into_response(),
        Err(e) => mfa::settings_failed(&state, s, e).await,
    }
}

async fn second_step_start(State(state): State<WebState>, req: Request) -> Response {
    let token = session::cookie_value(req.headers(), &mfa::cookie_name(&state)).unwrap_or_default();
    let lang = language(&req.into_parts().0);
    started(passkey::second_step_start(&state, &token).await, lang)
}

async fn second_step_finish(State(state): State<WebState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let lang = language(&parts);
    let challenge =
        session::cookie_value(&parts.headers, &mfa::cookie_name(&state)).unwrap_or_default();
    let client = parts
        .extensions
        .get::<crate::accounts::Client>()
        .cloned()
        .unwrap_or_else(crate::accounts::Client::unknown);
    let a = match answer(body, lang).await {
        Ok(a) => a,
        Err(res) => return res,
    };
    match passkey::second_step_finish(&state, &challenge, &a.token, &a.credential, &client).await {
        Ok(signed) => {
            let mut res = signed_in(&state, &signed, &a.next, lang);
            res.headers_mut().append(
                header::SET_COOKIE,
                session::clear_cookie(&state, mfa::cookie_name(&state)),
            );
            res
        }
        Err(e) => problem(e, lang),
    }
}

async fn passwordless_start(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    started(
        passkey::passwordless_start(&state, &s.client()).await,
        s.language(),
    )
}

async fn passwordless_finish(State(state): State<WebState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let lang = language(&parts);
    let client = parts
        .extensions
        .get::<crate::accounts::Client>()
        .cloned()
        .unwrap_or_else(crate::accounts::Client::unknown);
    let a = match answer(body, lang).await {
        Ok(a) => a,
        Err(res) => return res,
    };
    match passkey::passwordless_finish(&state, &a.token, &a.credential, &client).await {
        Ok(signed) => signed_in(&state, &signed, &a.next, lang),
        Err(e) => problem(e, lang),
    }
}
