//! Answering a [`Failure`]: the one place that turns a code into a status, writes
//! `Retry-After`, shows a form again with its messages, or answers a script in JSON. Every
//! feature error becomes a [`Failure`] in `obscura_core::failure`; handlers only say where a
//! failure is shown.
//!
//! And the last line of defence: a handler that panicked still answers with the styled error
//! page, never with internal text.

use std::any::Any;

use axum::{
    body::Body,
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use leptos::prelude::*;
use obscura_app::{components::error_panel::ErrorPanel, forms::FormFeedback};
use obscura_shared::{ErrorCode, Failure};

use super::{WebState, render};

/// The status a code answers with.
#[must_use]
pub fn status(code: ErrorCode) -> StatusCode {
    StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The failure's status and, when it asks for a wait, `Retry-After`: the only place either is
/// written.
fn stamp(mut res: Response, failure: &Failure) -> Response {
    *res.status_mut() = status(failure.code);
    if let Some(secs) = failure.retry_after {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
    }
    res
}

/// The styled "something went wrong" page with status 500. The cause is logged by whoever
/// made the failure; nothing of it is here.
#[must_use]
pub fn internal_page(state: &WebState) -> Response {
    let mut res = Response::new(Body::from(error_page(&state.assets.stylesheet)));
    *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res
}

/// Where a refused form is shown again, and with what.
pub struct FormPage<'a> {
    /// The page the form is on.
    path: &'a str,
    /// The form's name (its feedback is matched by it).
    form: &'a str,
    /// The values to fill in again (never secrets).
    values: Vec<(String, String)>,
    /// The form's own message when the failure has none.
    notice: Option<&'a str>,
    /// The page shown for `NotFound`, when not the form's own.
    missing: Option<&'a str>,
}

impl<'a> FormPage<'a> {
    /// The form `form` on the page at `path`, with no values filled in again.
    #[must_use]
    pub const fn new(path: &'a str, form: &'a str) -> Self {
        Self {
            path,
            form,
            values: Vec::new(),
            notice: None,
            missing: None,
        }
    }

    /// Filled in again with `values`.
    #[must_use]
    pub fn values(mut self, values: Vec<(String, String)>) -> Self {
        self.values = values;
        self
    }

    /// Saying `notice` when the failure has no message of its own.
    #[must_use]
    pub const fn notice(mut self, notice: &'a str) -> Self {
        self.notice = Some(notice);
        self
    }

    /// Showing the page at `path` for `NotFound`.
    #[must_use]
    pub const fn missing(mut self, path: &'a str) -> Self {
        self.missing = Some(path);
        self
    }
}

/// The answer to a refused form: its page again with the field messages and the notice, with
/// the code's status (422, 429 with `Retry-After`, 503, 402, 404 …); the error page for an
/// internal failure.
pub async fn form_failed(
    state: &WebState,
    mut parts: Parts,
    page: FormPage<'_>,
    failure: Failure,
) -> Response {
    if failure.code == ErrorCode::Internal {
        return internal_page(state);
    }
    let path = match page.missing {
        Some(missing) if failure.code == ErrorCode::NotFound => missing,
        _ => page.path,
    };
    parts.extensions.insert(FormFeedback {
        form: page.form.to_owned(),
        values: page.values,
        errors: failure.fields.clone(),
        notice: failure
            .message
            .clone()
            .or_else(|| page.notice.map(str::to_owned)),
    });
    let res = render::page(state, parts, path, StatusCode::OK).await;
    stamp(res, &failure)
}

/// A JSON body that is never cached.
#[must_use]
pub fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    let mut res = (status, value.to_string()).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The answer to a script's refused request: `{"error": message}`, with `"field"` when one
/// field is at fault, and the code's status.
#[must_use]
pub fn json_failed(failure: &Failure) -> Response {
    let body = match (failure.code, failure.fields.first()) {
        (ErrorCode::Internal, _) => serde_json::json!({
            "error": "Something went wrong on our side. Please try again later."
        }),
        (_, Some((field, message))) => serde_json::json!({ "error": message, "field": field }),
        (code, None) => serde_json::json!({
            "error": failure.message.clone().unwrap_or_else(|| code.to_string())
        }),
    };
    stamp(json(StatusCode::OK, &body), failure)
}

/// The answer to a refused request that has no page: its message as text, never cached.
#[must_use]
pub fn plain_failed(failure: &Failure) -> Response {
    let text = failure
        .message
        .clone()
        .unwrap_or_else(|| failure.code.to_string());
    let mut res = text.into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    stamp(res, failure)
}

/// The response for a panicked request: status 500 and the "something went wrong" page.
pub fn panic_response(stylesheet: &str, _panic: Box<dyn Any + Send + 'static>) -> Response {
    // The payload may describe our internals: it is logged by the panic hook, never sent.
    tracing::error!("a request handler panicked");
    error_response(stylesheet)
}

/// Status 500 with the "something went wrong" page.
#[must_use]
pub fn error_response(stylesheet: &str) -> Response {
    let mut res = Response::new(Body::from(error_page(stylesheet)));
    *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// A standalone HTML document with the error panel and the site's stylesheet; no scripts.
#[must_use]
pub fn error_page(stylesheet: &str) -> String {
    let panel = Owner::new().with(|| view! { <ErrorPanel /> }.to_html());
    let stylesheet = format!(r#"<link rel="stylesheet" href="{stylesheet}">"#);
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>Something went wrong · Obscura</title>{stylesheet}</head><body class="min-h-screen bg-canvas text-ink antialiased"><main id="main">{panel}</main></body></html>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_styled_500_page_without_its_message() {
        let res = panic_response(
            "/pkg/obscura-1.css",
            Box::new("database password is hunter2"),
        );
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = error_page("/pkg/obscura-1.css");
        assert!(body.contains(r#"href="/pkg/obscura-1.css""#));
        assert!(body.contains("Something went wrong"));
        assert!(body.contains(r#"data-testid="error-panel""#));
        assert!(!body.contains("hunter2"));
        assert!(!body.contains("<script"));
    }

    #[test]
    fn a_wait_is_sent_as_retry_after_with_the_code_s_status() {
        let failure = Failure::new(ErrorCode::RateLimited)
            .with_message("Wait.")
            .retry_after(7);
        for res in [plain_failed(&failure), json_failed(&failure)] {
            assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(res.headers()[header::RETRY_AFTER], "7");
        }
        let res = json_failed(&Failure::invalid([("name", "Too long.".to_owned())]));
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!res.headers().contains_key(header::RETRY_AFTER));
    }
}
