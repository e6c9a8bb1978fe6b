//! Answering a [`Failure`]: the one place that turns a code into a status, writes
//! `Retry-After`, shows a form again with its messages, or answers a script in JSON. Every
//! feature error becomes a [`Failure`] in `obscura_core::failure`; handlers only say where a
//! failure is shown. The failure's messages are rendered here, in the request's language (the
//! public API answers in English: `api::problem`).
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
use obscura_shared::{ErrorCode, Failure, account::Language, i18n::Message};

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

/// The language of a request (put in its extensions by the language middleware), English when
/// it has none.
#[must_use]
pub fn language(parts: &Parts) -> Language {
    parts
        .extensions
        .get::<Language>()
        .copied()
        .unwrap_or_default()
}

/// The styled "something went wrong" page in `lang` with status 500. The cause is logged by
/// whoever made the failure; nothing of it is here.
#[must_use]
pub fn internal_page(state: &WebState, lang: Language) -> Response {
    let mut res = Response::new(Body::from(error_page(&state.assets.stylesheet, lang)));
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
    notice: Option<Message>,
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
    pub fn notice(mut self, notice: Message) -> Self {
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

/// The answer to a refused form: its page again with the field messages and the notice in the
/// request's language, with the code's status (422, 429 with `Retry-After`, 503, 402, 404 …);
/// the error page for an internal failure.
pub async fn form_failed(
    state: &WebState,
    mut parts: Parts,
    page: FormPage<'_>,
    failure: Failure,
) -> Response {
    let lang = language(&parts);
    if failure.code == ErrorCode::Internal {
        return internal_page(state, lang);
    }
    let path = match page.missing {
        Some(missing) if failure.code == ErrorCode::NotFound => missing,
        _ => page.path,
    };
    parts.extensions.insert(FormFeedback {
        form: page.form.to_owned(),
        values: page.values,
        errors: failure.fields_in(lang),
        notice: failure
            .message_in(lang)
            .or_else(|| page.notice.map(|m| m.render(lang))),
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

/// The answer to a script's refused request: `{"error": message}` in `lang`, with `"field"`
/// when one field is at fault, and the code's status.
#[must_use]
pub fn json_failed(failure: &Failure, lang: Language) -> Response {
    let body = match (failure.code, failure.fields.first()) {
        (ErrorCode::Internal, _) => serde_json::json!({
            "error": Message::new("error-internal-later").render(lang)
        }),
        (_, Some((field, message))) => {
            serde_json::json!({ "error": message.render(lang), "field": field })
        }
        (code, None) => serde_json::json!({
            "error": failure.message.as_ref().unwrap_or(&code.message()).render(lang)
        }),
    };
    stamp(json(StatusCode::OK, &body), failure)
}

/// The answer to a refused request that has no page: its message in `lang` as text, never
/// cached.
#[must_use]
pub fn plain_failed(failure: &Failure, lang: Language) -> Response {
    let text = failure
        .message
        .as_ref()
        .unwrap_or(&failure.code.message())
        .render(lang);
    let mut res = text.into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    stamp(res, failure)
}

/// The response for a panicked request: status 500 and the "something went wrong" page (in
/// English: the request, and its language, went down with the panic).
pub fn panic_response(stylesheet: &str, _panic: Box<dyn Any + Send + 'static>) -> Response {
    // The payload may describe our internals: it is logged by the panic hook, never sent.
    tracing::error!("a request handler panicked");
    error_response(stylesheet, Language::En)
}

/// Status 500 with the "something went wrong" page in `lang`.
#[must_use]
pub fn error_response(stylesheet: &str, lang: Language) -> Response {
    let mut res = Response::new(Body::from(error_page(stylesheet, lang)));
    *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// A standalone HTML document in `lang` with the error panel and the site's stylesheet; no
/// scripts.
#[must_use]
pub fn error_page(stylesheet: &str, lang: Language) -> String {
    let panel = Owner::new().with(|| {
        provide_context(lang);
        view! { <ErrorPanel /> }.to_html()
    });
    let stylesheet = format!(r#"<link rel="stylesheet" href="{stylesheet}">"#);
    let code = lang.code();
    let title = escape(&Message::new("error-page-title").render(lang));
    format!(
        r#"<!DOCTYPE html><html lang="{code}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>{title}</title>{stylesheet}</head><body class="min-h-screen bg-canvas text-ink antialiased"><main id="main">{panel}</main></body></html>"#
    )
}

/// Text made safe for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
        let body = error_page("/pkg/obscura-1.css", Language::En);
        assert!(body.contains(r#"href="/pkg/obscura-1.css""#));
        assert!(body.contains("Something went wrong"));
        assert!(body.contains(r#"data-testid="error-panel""#));
        assert!(!body.contains("hunter2"));
        assert!(!body.contains("<script"));
        let body = error_page("/pkg/obscura-1.css", Language::De);
        assert!(body.contains(r#"<html lang="de">"#));
        assert!(body.contains("<title>Etwas ist schiefgelaufen · Obscura</title>"));
    }

    #[test]
    fn a_wait_is_sent_as_retry_after_with_the_code_s_status() {
        let failure = Failure::new(ErrorCode::RateLimited)
            .with_message(Message::new("error-wait-seconds").arg("seconds", 7))
            .retry_after(7);
        for res in [
            plain_failed(&failure, Language::En),
            json_failed(&failure, Language::Fr),
        ] {
            assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(res.headers()[header::RETRY_AFTER], "7");
        }
        let res = json_failed(
            &Failure::invalid([("name", Message::new("error-name-empty"))]),
            Language::En,
        );
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!res.headers().contains_key(header::RETRY_AFTER));
    }
}
