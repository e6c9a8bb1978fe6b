//! `/healthz` (the process is up) and `/readyz` (the database and the object store work, as
//! [`crate::health::readiness`] checks them, cached).

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse};
use obscura_shared::health::{CheckStatus, Liveness};

use crate::http::WebState;

/// `GET /healthz`.
pub async fn healthz() -> Json<Liveness> {
    Json(liveness())
}

/// What `/healthz` says: up, and the version (answered from memory by `static_memory`; the
/// route stays for the route table).
#[must_use]
pub fn liveness() -> Liveness {
    Liveness {
        status: CheckStatus::Ok,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

/// `GET /readyz`: 200 when every check passes, 503 otherwise.
pub async fn readyz(State(state): State<WebState>) -> impl IntoResponse {
    let body = crate::health::readiness(&state).await;
    let status = if body.status == CheckStatus::Ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        Json(body),
    )
}
