//! The account settings forms: profile, address, password, verification mail, sessions.

use axum::{
    extract::{Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_app::pages::settings as settings_pages;
use obscura_shared::{account::fields, i18n::Message, ids::SessionId, routes};

use super::failed;
use crate::{
    accounts::{self, AccountError, events::EventKind},
    http::WebState,
    http::forms::{Submitted, internal, see_other, signed_in, submitted, with_notice},
};

/// The settings form routes.
pub(super) fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::RESEND_VERIFICATION, post(resend_verification)),
        (routes::SETTINGS_PROFILE, post(update_profile)),
        (routes::SETTINGS_EMAIL, post(change_email)),
        (routes::SETTINGS_PASSWORD, post(change_password)),
        (routes::SETTINGS_SESSIONS_END, post(end_session)),
        (
            routes::SETTINGS_SESSIONS_END_OTHERS,
            post(end_other_sessions),
        ),
    ]
}

async fn resend_verification(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match accounts::resend_verification(&state, c.user.id, &s.client()).await {
        Ok(()) => see_other(&with_notice(routes::SETTINGS_PROFILE, "verification-sent")),
        Err(e) => {
            failed(
                &state,
                s,
                settings_pages::forms::EMAIL,
                routes::SETTINGS_PROFILE,
                e,
            )
            .await
        }
    }
}

/// A settings form's answer: back to the profile with `notice`, or the form again.
async fn settings_outcome<T>(
    state: &WebState,
    s: Submitted,
    form: &str,
    notice: &str,
    result: Result<T, AccountError>,
) -> Response {
    match result {
        Ok(_) => see_other(&with_notice(routes::SETTINGS_PROFILE, notice)),
        Err(e) => failed(state, s, form, routes::SETTINGS_PROFILE, e).await,
    }
}

async fn update_profile(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let change = accounts::ProfileChange {
        name: s.get(fields::NAME),
        company: s.get(fields::COMPANY),
        language: s.get(fields::LANGUAGE),
    };
    let result = accounts::update_profile(&state, c.user.id, change, &s.client()).await;
    settings_outcome(&state, s, settings_pages::forms::PROFILE, "saved", result).await
}

async fn change_email(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let (email, current) = (s.get(fields::EMAIL), s.secret(fields::CURRENT_PASSWORD));
    let result = accounts::request_email_change(
        &state,
        c.user.id,
        c.session.created_at,
        &email,
        &current,
        &s.client(),
    )
    .await;
    settings_outcome(
        &state,
        s,
        settings_pages::forms::EMAIL,
        "email-sent",
        result,
    )
    .await
}

async fn change_password(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let (current, new) = (
        s.secret(fields::CURRENT_PASSWORD),
        s.secret(fields::NEW_PASSWORD),
    );
    let (user, session) = (c.user.id, c.session.id);
    let result = accounts::change_password(
        &state,
        user,
        session,
        c.session.created_at,
        &current,
        &new,
        &s.client(),
    )
    .await;
    settings_outcome(
        &state,
        s,
        settings_pages::forms::PASSWORD,
        "password-changed",
        result,
    )
    .await
}

/// The answer for a session that is not the person's (or gone).
fn no_such_session(lang: obscura_shared::account::Language) -> Response {
    (
        StatusCode::NOT_FOUND,
        obscura_shared::i18n::Message::new("error-no-such-session").render(lang),
    )
        .into_response()
}

async fn end_session(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(id) = s.get(fields::SESSION).parse::<SessionId>() else {
        return no_such_session(s.language());
    };
    let id = id.into_uuid();
    match accounts::sessions::end(&state, c.user.id, id).await {
        Ok(true) => {
            accounts::events::record(
                &state,
                c.user.id,
                EventKind::SessionEnded,
                Some(Message::new("security-detail-one-session")),
                &s.client(),
            )
            .await;
            see_other(&with_notice(routes::SETTINGS_SECURITY, "session-ended"))
        }
        // Another person's session, or none: the same answer as an unknown id.
        Ok(false) => no_such_session(s.language()),
        Err(e) => internal(&state, s.language(), &e),
    }
}

async fn end_other_sessions(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match accounts::sessions::end_all(&state, c.user.id, Some(c.session.id)).await {
        Ok(n) => {
            accounts::events::record(
                &state,
                c.user.id,
                EventKind::SessionEnded,
                Some(Message::new("security-detail-other-sessions").arg("count", n)),
                &s.client(),
            )
            .await;
            see_other(&with_notice(routes::SETTINGS_SECURITY, "sessions-ended"))
        }
        Err(e) => internal(&state, s.language(), &e),
    }
}
