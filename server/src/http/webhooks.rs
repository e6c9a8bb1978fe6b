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
use obscura_shared::{ErrorCode, Failure};
use secrecy::ExposeSecret as _;

use super::errors::status;
use crate::{
    generation::providers::{WEBHOOK_PATH, replicate},
    http::WebState,
};

/// Paths under this prefix skip the cross-site check.
pub const PREFIX: &str = "/webhooks/";

/// The webhook routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    let mut all = vec![(WEBHOOK_PATH, post(replicate_event))];
    all.extend(super::billing::webhook_table());
    all.extend(super::social::callback_table());
    all
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
        Err(e) => {
            let failure = Failure::from(e);
            // A signed body we cannot read is odd, not hostile; a bad signature may be.
            if failure.code == ErrorCode::Malformed {
                tracing::info!(error = %e, "refused a replicate webhook");
            } else {
                tracing::warn!(error = %e, "refused a replicate webhook");
            }
            status(failure.code).into_response()
        }
    }
}
