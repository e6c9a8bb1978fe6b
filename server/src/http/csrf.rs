//! Cross-site request refusal for every state-changing request (OWASP's Fetch Metadata
//! defence with an Origin fallback): allowed when `Sec-Fetch-Site` is `same-origin` or `none`,
//! or, without that header, when `Origin` is this site's origin. Everything else gets 403, except
//! the signed webhooks under [`super::webhooks::PREFIX`] and the public API under `/api/v1`,
//! which is authenticated by a key in a header, never by a cookie.

use axum::{
    extract::{Request, State},
    http::{Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::http::WebState;

/// Whether a request may change state.
#[must_use]
pub fn allowed(state: &WebState, req: &Request) -> bool {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    // Webhooks come from servers, not browsers, and carry their own signatures.
    if req.uri().path().starts_with(super::webhooks::PREFIX)
        || req
            .uri()
            .path()
            .starts_with(super::social::CALLBACKS_PREFIX)
    {
        return true;
    }
    // The public API takes only a key in the Authorization header, which browsers never add
    // by themselves: a cross-site page cannot act with anyone's key. Cookies open nothing there.
    let path = req.uri().path();
    for base in [
        obscura_shared::routes::API_V1,
        obscura_shared::routes::OPENAI_V1,
    ] {
        if path == base || path.starts_with(&format!("{base}/")) {
            return true;
        }
    }
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if origin == crate::config::origin(&state.config.public_url) {
        return true;
    }
    // Without a configured public URL (development), the origin the browser used.
    !state.config.public_url_explicit
        && headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .is_some_and(|host| origin == format!("http://{host}"))
}

/// The middleware.
pub async fn refuse_cross_site(
    State(state): State<WebState>,
    req: Request,
    next: Next,
) -> Response {
    if allowed(&state, &req) {
        next.run(req).await
    } else {
        tracing::warn!(method = %req.method(), path = %req.uri().path(), "refused a cross-site request");
        let lang = super::lang::of_request(
            &state,
            req.uri(),
            req.headers(),
            req.extensions().get::<super::session::Current>(),
        );
        (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            obscura_shared::i18n::Message::new("error-cross-site").render(lang),
        )
            .into_response()
    }
}
