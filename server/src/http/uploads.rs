//! What the image-upload forms (`/create`, `/support`, the avatar) share: the answer when the
//! process's image work is busy, and `Retry-After` on a 429 or 503.

use axum::{
    http::{HeaderValue, header},
    response::Response,
};

/// Shown on the file field when every image-work permit stayed taken (nothing was charged or
/// stored).
pub(super) const BUSY: &str =
    "The server is busy with other images. Please send the form again in a moment.";

/// Adds `Retry-After: secs` (at least 1).
pub(super) fn retry_after(res: &mut Response, secs: u64) {
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
}
