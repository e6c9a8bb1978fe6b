//! The account routes: form posts, emailed-link landings, Google sign-in, sign-out.
//!
//! A form with mistakes is rendered again by its own page with field-level messages (422), a
//! rate limit answers 429 with `Retry-After`, success redirects (303). Sign-up, sign-in,
//! sign-out and reset requests are here; the rest is split by flow.

mod google;
mod links;
mod mfa;
mod passkey;
mod settings;

use axum::{
    extract::{Request, State},
    http::{StatusCode, header, request::Parts},
    response::Response,
    routing::{MethodRouter, post},
};
use obscura_app::{
    forms::{LinkLanding, LinkProblem},
    pages::accounts as account_pages,
};
use obscura_shared::{Failure, account::fields, routes};

use super::{
    errors::{FormPage, form_failed},
    forms::{Submitted, internal, see_other, submitted, with_notice},
    render, session,
};
use crate::{
    accounts::{self, AccountError, SignInStep, SignedIn, events::EventKind, tokens::TokenProblem},
    http::WebState,
};

/// Every account route: (path, handlers, whether it has a state-changing method).
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    let mut all = vec![
        (routes::SIGNUP, post(sign_up)),
        (routes::LOGIN, post(sign_in)),
        (routes::LOGOUT, post(sign_out)),
        (routes::RESET, post(request_reset)),
    ];
    all.extend(links::table());
    all.extend(settings::table());
    all.extend(google::table());
    all.extend(mfa::table());
    all.extend(passkey::table());
    all
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

async fn show_problem(state: &WebState, mut parts: Parts, problem: LinkProblem) -> Response {
    parts.extensions.insert(LinkLanding::Problem(problem));
    render::page(state, parts, routes::AUTH_PROBLEM, problem_status(problem)).await
}

/// Turns an error into the page to show: a link problem, or the form again (422/429 with
/// `Retry-After`, or the error page).
async fn failed(
    state: &WebState,
    s: Submitted,
    form: &str,
    page: &str,
    e: AccountError,
) -> Response {
    if let AccountError::Token(p) = e {
        return show_problem(state, s.parts, link_problem(p)).await;
    }
    let values = s.echo();
    let page = FormPage::new(page, form).values(values);
    form_failed(state, s.parts, page, Failure::from(e)).await
}

/// A first step succeeded: set the new session's cookie and go on, or, for an account with a
/// second step, go to its code page. A sign-in that removed what someone had set up before the
/// address was proven goes to the profile settings, which say so.
fn signed_in_response(state: &WebState, signed: &SignedIn, to: &str) -> Response {
    let to = if signed.earlier_access_removed {
        with_notice(routes::SETTINGS_PROFILE, "earlier-access-removed")
    } else {
        to.to_owned()
    };
    let session = match &signed.step {
        SignInStep::Session(session) => session,
        SignInStep::SecondFactor(challenge) => {
            return mfa::challenge_response(state, challenge, &to);
        }
    };
    let mut res = see_other(&to);
    res.headers_mut().append(
        header::SET_COOKIE,
        session::session_cookie(state, &session.token),
    );
    res
}

async fn sign_up(State(state): State<WebState>, req: Request) -> Response {
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
        Ok(binding) => {
            let mut res = see_other(routes::SIGNUP_SENT);
            let lifetime = accounts::tokens::Purpose::VerifyEmail
                .lifetime()
                .num_seconds();
            res.headers_mut().append(
                header::SET_COOKIE,
                session::set_cookie(
                    &state,
                    session::signup_cookie_name(&state),
                    binding,
                    Some(cookie::time::Duration::seconds(lifetime)),
                ),
            );
            res
        }
        Err(e) => failed(&state, s, account_pages::forms::SIGNUP, routes::SIGNUP, e).await,
    }
}

async fn sign_in(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let client = s.client();
    if s.get("action") == "link" {
        return match accounts::request_magic_link(&state, &s.get(fields::EMAIL), &client).await {
            Ok(()) => see_other(&with_notice(routes::LOGIN, "link-sent")),
            Err(e) => failed(&state, s, account_pages::forms::LOGIN, routes::LOGIN, e).await,
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
            let next = account_pages::safe_next(Some(&s.get(fields::NEXT)))
                .unwrap_or_else(|| with_notice(routes::AFTER_SIGN_IN, "signed-in"));
            signed_in_response(&state, &signed, &next)
        }
        Err(e) => failed(&state, s, account_pages::forms::LOGIN, routes::LOGIN, e).await,
    }
}

async fn sign_out(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    if let Some(c) = s.current() {
        if let Err(e) = accounts::sessions::end(&state, c.user.id, c.session.id).await {
            return internal(&state, s.language(), &e);
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

async fn request_reset(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    match accounts::request_reset(&state, &s.get(fields::EMAIL), &s.client()).await {
        Ok(()) => see_other(&with_notice(routes::RESET, "reset-sent")),
        Err(e) => failed(&state, s, account_pages::forms::RESET, routes::RESET, e).await,
    }
}
