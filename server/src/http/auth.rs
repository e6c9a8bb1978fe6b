//! The account routes: form posts, emailed-link landings, Google sign-in, sign-out.
//!
//! A form with mistakes is rendered again by its own page with field-level messages (422), a
//! rate limit answers 429 with `Retry-After`, success redirects (303).

use axum::{
    extract::{Query, Request, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
    routing::{MethodRouter, get, post},
};
use obscura_app::{
    forms::{FormFeedback, LinkKind, LinkLanding, LinkProblem},
    pages::{auth as auth_pages, settings as settings_pages},
};
use obscura_shared::{account::fields, routes};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    forms::{Submitted, internal, see_other, signed_in, submitted, with_notice},
    render, session,
};
use crate::{
    accounts::{
        self, AccountError, Client, GoogleOutcome, SignedIn, events::EventKind, tokens::Purpose,
        tokens::TokenProblem,
    },
    state::AppState,
};

/// Every account route: (path, handlers, whether it has a state-changing method).
pub fn table() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        (routes::SIGNUP, post(sign_up)),
        (routes::LOGIN, post(sign_in)),
        (routes::LOGOUT, post(sign_out)),
        (routes::RESET, post(request_reset)),
        (
            routes::RESET_CONFIRM,
            get(reset_landing).post(reset_confirm),
        ),
        (routes::MAGIC_LINK, get(magic_landing).post(magic_confirm)),
        (
            routes::VERIFY_EMAIL,
            get(verify_landing).post(verify_confirm),
        ),
        (routes::RESEND_VERIFICATION, post(resend_verification)),
        (routes::ERASURE_CANCEL, get(keep_landing).post(keep_confirm)),
        (
            routes::EMAIL_CHANGE_CONFIRM,
            get(email_change_landing).post(email_change_confirm),
        ),
        (routes::SETTINGS_PROFILE, post(update_profile)),
        (routes::SETTINGS_EMAIL, post(change_email)),
        (routes::SETTINGS_PASSWORD, post(change_password)),
        (routes::SETTINGS_SESSIONS_END, post(end_session)),
        (
            routes::SETTINGS_SESSIONS_END_OTHERS,
            post(end_other_sessions),
        ),
        (routes::GOOGLE_START, get(google_start)),
        (routes::GOOGLE_CALLBACK, get(google_callback)),
        (
            routes::GOOGLE_SIGNUP,
            get(google_signup_landing).post(google_signup),
        ),
    ]
}

fn retry_message(wait: std::time::Duration) -> String {
    let secs = wait.as_secs().max(1);
    if secs < 90 {
        format!("Too many attempts. Please wait {secs} seconds and try again.")
    } else {
        format!(
            "Too many attempts. Please wait {} minutes and try again.",
            secs.div_ceil(60)
        )
    }
}

fn problem_status(p: LinkProblem) -> StatusCode {
    match p {
        LinkProblem::Expired | LinkProblem::Used => StatusCode::GONE,
        LinkProblem::Invalid | LinkProblem::Google => StatusCode::BAD_REQUEST,
    }
}

fn link_problem(p: TokenProblem) -> LinkProblem {
    match p {
        TokenProblem::Invalid => LinkProblem::Invalid,
        TokenProblem::Expired => LinkProblem::Expired,
        TokenProblem::Used => LinkProblem::Used,
    }
}

async fn show_problem(state: &AppState, mut parts: Parts, problem: LinkProblem) -> Response {
    parts.extensions.insert(LinkLanding::Problem(problem));
    render::page(state, parts, routes::AUTH_PROBLEM, problem_status(problem)).await
}

/// Turns an error into the page to show: the form again (422/429), a link problem, or a 500.
async fn failed(
    state: &AppState,
    s: Submitted,
    form: &str,
    page: &str,
    e: AccountError,
) -> Response {
    let (status, errors, notice, retry) = match e {
        AccountError::Invalid(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            errors.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            None,
            None,
        ),
        AccountError::RateLimited(wait) => (
            StatusCode::TOO_MANY_REQUESTS,
            Vec::new(),
            Some(retry_message(wait)),
            Some(wait.as_secs().max(1)),
        ),
        AccountError::Token(p) => return show_problem(state, s.parts, link_problem(p)).await,
        AccountError::Internal(e) => return internal(state, &e),
    };
    let values = s.echo();
    let mut parts = s.parts;
    parts.extensions.insert(FormFeedback {
        form: form.to_owned(),
        values,
        errors,
        notice,
    });
    let mut res = render::page(state, parts, page, status).await;
    if let Some(secs) = retry {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    res
}

/// Signed in: set the new session's cookie and go on.
fn signed_in_response(state: &AppState, signed: &SignedIn, to: &str) -> Response {
    let mut res = see_other(to);
    res.headers_mut().append(
        header::SET_COOKIE,
        session::session_cookie(state, &signed.session.token),
    );
    res
}

async fn sign_up(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let input = accounts::SignUp {
        email: s.get(fields::EMAIL),
        name: s.get(fields::NAME),
        company: s.get(fields::COMPANY),
        language: s.get(fields::LANGUAGE),
        password: s.secret(fields::PASSWORD),
        age_confirmed: s.get(fields::AGE) == "on",
    };
    match accounts::sign_up(&state, input, &s.client()).await {
        Ok(()) => see_other(routes::SIGNUP_SENT),
        Err(e) => failed(&state, s, auth_pages::forms::SIGNUP, routes::SIGNUP, e).await,
    }
}

async fn sign_in(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let client = s.client();
    if s.get("action") == "link" {
        return match accounts::request_magic_link(&state, &s.get(fields::EMAIL), &client).await {
            Ok(()) => see_other(&with_notice(routes::LOGIN, "link-sent")),
            Err(e) => failed(&state, s, auth_pages::forms::LOGIN, routes::LOGIN, e).await,
        };
    }
    match accounts::sign_in_password(
        &state,
        &s.get(fields::EMAIL),
        &s.secret(fields::PASSWORD),
        &client,
    )
    .await
    {
        Ok(signed) => {
            let next = auth_pages::safe_next(Some(&s.get(fields::NEXT)))
                .unwrap_or_else(|| with_notice(routes::AFTER_SIGN_IN, "signed-in"));
            signed_in_response(&state, &signed, &next)
        }
        Err(e) => failed(&state, s, auth_pages::forms::LOGIN, routes::LOGIN, e).await,
    }
}

async fn sign_out(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    if let Some(c) = s.current() {
        if let Err(e) = accounts::sessions::end(&state, c.user.id, c.session.id).await {
            return internal(&state, &e);
        }
        accounts::events::record(&state, c.user.id, EventKind::SignOut, None, &s.client()).await;
    }
    let mut res = see_other(&with_notice(routes::LOGIN, "signed-out"));
    res.headers_mut().append(
        header::SET_COOKIE,
        session::clear_cookie(&state, session::session_cookie_name(&state)),
    );
    res
}

async fn request_reset(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    match accounts::request_reset(&state, &s.get(fields::EMAIL), &s.client()).await {
        Ok(()) => see_other(&with_notice(routes::RESET, "reset-sent")),
        Err(e) => failed(&state, s, auth_pages::forms::RESET, routes::RESET, e).await,
    }
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// Shows the page an emailed link lands on: its confirm button, or why it does not work.
async fn landing(
    state: &AppState,
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
        Err(e) => match e {
            AccountError::Internal(e) => internal(state, &e),
            _ => show_problem(state, parts, LinkProblem::Invalid).await,
        },
    }
}

async fn reset_landing(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    req: Request,
) -> Response {
    landing(&state, req, LinkKind::Reset, Purpose::Reset, q.token).await
}

async fn magic_landing(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    req: Request,
) -> Response {
    landing(
        &state,
        req,
        LinkKind::MagicLink,
        Purpose::MagicLink,
        q.token,
    )
    .await
}

async fn verify_landing(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    req: Request,
) -> Response {
    landing(&state, req, LinkKind::Verify, Purpose::VerifyEmail, q.token).await
}

async fn email_change_landing(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    req: Request,
) -> Response {
    landing(
        &state,
        req,
        LinkKind::EmailChange,
        Purpose::EmailChange,
        q.token,
    )
    .await
}

async fn reset_confirm(State(state): State<AppState>, req: Request) -> Response {
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
                    auth_pages::forms::RESET_CONFIRM,
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
                auth_pages::forms::RESET_CONFIRM,
                routes::LINK_LANDING,
                AccountError::Invalid(errors),
            )
            .await
        }
        Err(e) => {
            failed(
                &state,
                s,
                auth_pages::forms::RESET_CONFIRM,
                routes::LINK_LANDING,
                e,
            )
            .await
        }
    }
}

async fn magic_confirm(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    match accounts::sign_in_with_token(
        &state,
        Purpose::MagicLink,
        &s.get(fields::TOKEN),
        &s.client(),
    )
    .await
    {
        Ok(signed) => signed_in_response(
            &state,
            &signed,
            &with_notice(routes::AFTER_SIGN_IN, "signed-in"),
        ),
        Err(e) => failed(&state, s, "", routes::AUTH_PROBLEM, e).await,
    }
}

async fn keep_landing(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    req: Request,
) -> Response {
    landing(
        &state,
        req,
        LinkKind::KeepAccount,
        Purpose::KeepAccount,
        q.token,
    )
    .await
}

async fn keep_confirm(State(state): State<AppState>, req: Request) -> Response {
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

async fn verify_confirm(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    match accounts::sign_in_with_token(
        &state,
        Purpose::VerifyEmail,
        &s.get(fields::TOKEN),
        &s.client(),
    )
    .await
    {
        Ok(signed) => signed_in_response(
            &state,
            &signed,
            &with_notice(routes::AFTER_SIGN_IN, "welcome"),
        ),
        Err(e) => failed(&state, s, "", routes::AUTH_PROBLEM, e).await,
    }
}

async fn email_change_confirm(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    match accounts::confirm_email_change(&state, &s.get(fields::TOKEN), &s.client()).await {
        Ok(_) => see_other(&with_notice(routes::SETTINGS_PROFILE, "email-changed")),
        Err(e) => failed(&state, s, "", routes::AUTH_PROBLEM, e).await,
    }
}

async fn resend_verification(State(state): State<AppState>, req: Request) -> Response {
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
    state: &AppState,
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

async fn update_profile(State(state): State<AppState>, req: Request) -> Response {
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

async fn change_email(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let (email, current) = (s.get(fields::EMAIL), s.secret(fields::CURRENT_PASSWORD));
    let result =
        accounts::request_email_change(&state, c.user.id, &email, &current, &s.client()).await;
    settings_outcome(
        &state,
        s,
        settings_pages::forms::EMAIL,
        "email-sent",
        result,
    )
    .await
}

async fn change_password(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let (current, new) = (
        s.secret(fields::CURRENT_PASSWORD),
        s.secret(fields::NEW_PASSWORD),
    );
    let (user, session) = (c.user.id, c.session.id);
    let result =
        accounts::change_password(&state, user, session, &current, &new, &s.client()).await;
    settings_outcome(
        &state,
        s,
        settings_pages::forms::PASSWORD,
        "password-changed",
        result,
    )
    .await
}

async fn end_session(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(id) = s.get(fields::SESSION).parse::<Uuid>() else {
        return (StatusCode::NOT_FOUND, "No such session.").into_response();
    };
    match accounts::sessions::end(&state, c.user.id, id).await {
        Ok(true) => {
            accounts::events::record(
                &state,
                c.user.id,
                EventKind::SessionEnded,
                Some("one session"),
                &s.client(),
            )
            .await;
            see_other(&with_notice(routes::SETTINGS_SECURITY, "session-ended"))
        }
        // Another person's session, or none: the same answer as an unknown id.
        Ok(false) => (StatusCode::NOT_FOUND, "No such session.").into_response(),
        Err(e) => internal(&state, &e),
    }
}

async fn end_other_sessions(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match accounts::sessions::end_all(&state, c.user.id, Some(c.session.id)).await {
        Ok(n) => {
            accounts::events::record(
                &state,
                c.user.id,
                EventKind::SessionEnded,
                Some(&format!("{n} other sessions")),
                &s.client(),
            )
            .await;
            see_other(&with_notice(routes::SETTINGS_SECURITY, "sessions-ended"))
        }
        Err(e) => internal(&state, &e),
    }
}

/// Where Google sends the browser back: this deployment's origin (or, in development without a
/// public URL, the origin the browser used).
fn google_redirect(state: &AppState, parts: &Parts) -> String {
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

#[derive(Deserialize)]
struct GoogleStartQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    age_confirmed: String,
}

async fn google_start(
    State(state): State<AppState>,
    Query(q): Query<GoogleStartQuery>,
    req: Request,
) -> Response {
    let (parts, _) = req.into_parts();
    if state.google.is_none() {
        return super::render::page(&state, parts, "/not-found", StatusCode::NOT_FOUND).await;
    }
    let redirect = google_redirect(&state, &parts);
    let next = auth_pages::safe_next(Some(&q.next)).unwrap_or_default();
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
        Err(AccountError::Internal(e)) => {
            tracing::error!(error = format!("{e:#}"), "could not start Google sign-in");
            show_problem(&state, parts, LinkProblem::Google).await
        }
        Err(_) => show_problem(&state, parts, LinkProblem::Google).await,
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
    State(state): State<AppState>,
    Query(q): Query<Callback>,
    req: Request,
) -> Response {
    let (parts, _) = req.into_parts();
    if state.google.is_none() {
        return super::render::page(&state, parts, "/not-found", StatusCode::NOT_FOUND).await;
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
            let to = auth_pages::safe_next(Some(&next))
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
        Err(AccountError::Internal(e)) => {
            tracing::warn!(error = format!("{e:#}"), "a Google sign-in failed");
            show_problem(&state, parts, LinkProblem::Google).await
        }
        Err(_) => show_problem(&state, parts, LinkProblem::Google).await,
    };
    res.headers_mut().append(header::SET_COOKIE, clear);
    res
}

async fn google_signup_landing(
    State(state): State<AppState>,
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
        Err(AccountError::Internal(e)) => internal(&state, &e),
        Err(_) => show_problem(&state, parts, LinkProblem::Google).await,
    }
}

async fn google_signup(State(state): State<AppState>, req: Request) -> Response {
    let s = submitted!(req);
    let token = s.get(fields::TOKEN);
    let age = s.get(fields::AGE) == "on";
    match accounts::finish_google_signup(&state, &token, age, &s.client()).await {
        Ok((signed, next)) => {
            let to = auth_pages::safe_next(Some(&next))
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
                auth_pages::forms::GOOGLE_SIGNUP,
                routes::LINK_LANDING,
                AccountError::Invalid(errors),
            )
            .await
        }
        Err(AccountError::Internal(e)) => internal(&state, &e),
        Err(_) => show_problem(&state, s.parts, LinkProblem::Google).await,
    }
}
