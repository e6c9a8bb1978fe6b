//! Renders a page from a handler: the same Leptos page as its GET route, with the handler's
//! feedback (form errors, link state) in context and the handler's status.

use axum::{
    body::Body,
    extract::Request,
    http::{Method, StatusCode, request::Parts},
    response::Response,
};

use crate::http::WebState;

/// Renders the app at `path` for the request `parts` (extensions carry the nonce, the viewer
/// and `extra`'s feedback) with `status`.
pub async fn page(state: &WebState, mut parts: Parts, path: &str, status: StatusCode) -> Response {
    parts.method = Method::GET;
    if let Ok(uri) = path.parse() {
        parts.uri = uri;
    }
    let req = Request::from_parts(parts, Body::empty());
    let mut res = super::pages::not_found_handler(state)(req).await;
    *res.status_mut() = status;
    res
}
