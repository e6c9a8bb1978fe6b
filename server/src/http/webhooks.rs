//! Webhooks from upstream services. They are authenticated by their signature, not by a session
//! or an origin, so the cross-site refusal lets [`PREFIX`] through.
//!
//! `POST /webhooks/replicate`: Replicate's `completed` events, verified by the Standard Webhooks
//! scheme. A verified event only wakes the poll loop waiting on that prediction early; the
//! outcome is still read from the API, so a replayed or duplicated delivery changes nothing.

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use secrecy::ExposeSecret as _;

use crate::{
    generation::providers::{WEBHOOK_PATH, replicate},
    http::WebState,
};

/// Paths under this prefix skip the cross-site check.
pub const PREFIX: &str = "/webhooks/";

/// The webhook routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![(WEBHOOK_PATH, post(replicate_event))]
}

async fn replicate_event(
    State(state): State<WebState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (Some(settings), Some(adapter)) = (
        state.config.generation.replicate.as_ref(),
        state.providers.replicate(),
    ) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(secret) = &settings.webhook_secret else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match replicate::verify_webhook(secret.expose_secret(), &headers, &body, state.clock.now()) {
        Ok(event) => {
            let waiting = adapter.wake(&event.prediction_id);
            tracing::debug!(waiting, "replicate webhook");
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e @ replicate::WebhookError::BadBody) => {
            tracing::info!(error = %e, "refused a replicate webhook");
            StatusCode::BAD_REQUEST.into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "refused a replicate webhook");
            StatusCode::UNAUTHORIZED.into_response()
        }
    }
}
