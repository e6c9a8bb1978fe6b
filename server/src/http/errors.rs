//! The last line of defence: a handler that panicked still answers with the styled error page,
//! never with internal text.

use std::any::Any;

use axum::{
    body::Body,
    http::{HeaderValue, StatusCode, header},
    response::Response,
};
use leptos::prelude::*;
use obscura_app::components::error_panel::ErrorPanel;

/// The response for a panicked request: status 500 and the "something went wrong" page.
pub fn panic_response(stylesheet: &str, _panic: Box<dyn Any + Send + 'static>) -> Response {
    // The payload may describe our internals: it is logged by the panic hook, never sent.
    tracing::error!("a request handler panicked");
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
}
