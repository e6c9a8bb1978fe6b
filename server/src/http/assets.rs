//! Static files from the site root: precompressed brotli/gzip variants, immutable caching for
//! content-hashed assets under `/pkg`, and the styled 404 page for anything else.

use std::pin::Pin;

use axum::{
    body::Body,
    http::{HeaderValue, Request, StatusCode, header},
    response::Response,
};
use tower::ServiceExt;
use tower_http::services::ServeDir;

use crate::http::WebState;

/// The fallback service: a file from the site root, else the app's 404 page.
pub fn service(
    state: &WebState,
) -> impl Fn(Request<Body>) -> Pin<Box<dyn Future<Output = Response> + Send>>
+ Clone
+ Send
+ Sync
+ 'static
+ use<> {
    let files = ServeDir::new(&state.assets.root)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    let not_found = super::pages::not_found_handler(state);
    move |req: Request<Body>| {
        let files = files.clone();
        let not_found = not_found.clone();
        Box::pin(async move {
            let path = req.uri().path().to_owned();
            // Only plain file paths are looked up on disk; the app renders everything else.
            let last = path.rsplit('/').next().unwrap_or_default();
            // The build manifest is for the server, not for browsers.
            let is_file = last.contains('.') && path != "/manifest.json";
            if is_file
                && (req.method() == axum::http::Method::GET
                    || req.method() == axum::http::Method::HEAD)
            {
                let (parts, body) = req.into_parts();
                let probe = Request::from_parts(parts.clone(), Body::empty());
                // Anything but "not found" is the file's answer: 200, 206, 304, 416…
                if let Ok(res) = files.oneshot(probe).await
                    && res.status() != StatusCode::NOT_FOUND
                {
                    let mut res = res.map(Body::new);
                    set_cache(&mut res, &path);
                    return res;
                }
                return not_found(Request::from_parts(parts, body)).await;
            }
            not_found(req).await
        })
    }
}

/// How long a file may be cached: a year for content-hashed names under `/pkg` (a new build
/// gets new names), an hour for the rest.
pub(crate) fn cache_control(path: &str) -> &'static str {
    if path.starts_with(obscura_shared::routes::PKG) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    }
}

fn set_cache(res: &mut Response, path: &str) {
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control(path)),
    );
}
