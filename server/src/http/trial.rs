//! The no-signup trial's routes.
//!
//! - `POST /try`: starts one trial image (urlencoded form), then back to `/try`, which shows it
//!   being made. The first one sets the trial cookie (essential, declared, 24 hours).
//! - `GET /try/images/{id}/{variant}`: a file of one of the visitor's trial images. The trial
//!   cookie is the key: another browser gets 404, whatever the id.
//!
//! Signing in with the cookie present moves the images into the account (`session::resolve`).

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::Response,
    routing::{MethodRouter, get, post},
};
use obscura_shared::{
    Failure, routes,
    trial::{FORM, fields},
};

use super::{
    errors::{FormPage, form_failed},
    files::{refuse, stored_file},
    forms::{see_other, submitted},
    session::{cookie_value, set_cookie, trial_cookie_name},
};
use crate::{
    generation::views::Variant,
    http::WebState,
    trial::{self, Submission, Visitor},
};

/// The trial's form route.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![(routes::TRY, post(submit))]
}

/// The trial's file route.
pub fn file_table() -> Vec<(String, MethodRouter<crate::http::WebState>)> {
    vec![(
        format!("{}/{{image}}/{{variant}}", routes::TRY_IMAGES),
        get(serve),
    )]
}

async fn submit(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let client = s.client();
    let cookie = cookie_value(&s.parts.headers, &trial_cookie_name(&state));
    let user_agent = s
        .parts
        .headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let visitor = Visitor {
        cookie: cookie.as_deref(),
        ip: client.ip,
        user_agent: &user_agent,
    };
    let submission = Submission {
        model: s.get(fields::MODEL),
        prompt: s.get(fields::PROMPT),
        token: s.get(fields::TURNSTILE),
    };
    match trial::start(&state, &visitor, &submission).await {
        Ok(started) => {
            let mut res = see_other(routes::TRY);
            if let Some(token) = started.new_cookie {
                res.headers_mut().append(
                    header::SET_COOKIE,
                    set_cookie(
                        &state,
                        trial_cookie_name(&state),
                        token,
                        Some(cookie::time::Duration::hours(trial::KEEP_HOURS)),
                    ),
                );
            }
            res
        }
        Err(e) => {
            let values = vec![
                (fields::PROMPT.to_owned(), submission.prompt),
                (fields::MODEL.to_owned(), submission.model),
            ];
            let page = FormPage::new(routes::TRY, FORM).values(values);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn serve(
    State(state): State<WebState>,
    Path((image, variant)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
) -> Response {
    let (Ok(id), Some(variant)) = (uuid::Uuid::parse_str(&image), Variant::parse(&variant)) else {
        return refuse(StatusCode::NOT_FOUND);
    };
    let cookie = cookie_value(&headers, &trial_cookie_name(&state));
    let found = match trial::file(&state, cookie.as_deref(), id, variant).await {
        Ok(Some(found)) => found,
        Ok(None) => return refuse(StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not look up a trial file");
            return refuse(StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    let (key, mime, name) = found;
    let disposition = match variant {
        Variant::Original => format!("attachment; filename=\"{name}\""),
        _ => format!("inline; filename=\"{name}\""),
    };
    // Only this browser may see it: never kept by a shared cache.
    stored_file(&state, key, &mime, &disposition, "private, max-age=3600").await
}
