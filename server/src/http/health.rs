//! `/healthz` (the process is up) and `/readyz` (the database and the object store work).

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse};
use obscura_shared::health::{CheckStatus, Liveness, Readiness};

use crate::state::AppState;

/// `GET /healthz`.
pub async fn healthz() -> Json<Liveness> {
    Json(Liveness {
        status: CheckStatus::Ok,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

/// `GET /readyz`: 200 when every check passes, 503 otherwise.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let body = readiness(&state).await;
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

/// Runs the readiness checks.
pub async fn readiness(state: &AppState) -> Readiness {
    let probe_name = state.ids.new_id().to_string();
    let (db_ok, storage_ok) =
        tokio::join!(crate::db::ping(&state.db), state.storage.probe(&probe_name));
    let check = |ok: bool| {
        if ok {
            CheckStatus::Ok
        } else {
            CheckStatus::Failing
        }
    };
    if !db_ok {
        tracing::warn!("readiness: database check failed");
    }
    Readiness {
        status: check(db_ok && storage_ok),
        database: check(db_ok),
        storage: check(storage_ok),
    }
}
