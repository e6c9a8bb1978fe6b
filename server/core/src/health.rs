//! Readiness: whether the database and the object store work.
//!
//! The checks write and delete an object, so their result is shared: one check runs at a time,
//! callers arriving meanwhile wait for it, and its result is reused for [`READINESS_TTL`] (a
//! failure for [`FAILING_TTL`]). `/readyz` and the status island both read it, so anonymous
//! callers cannot make the server write at their pace.

use std::{
    sync::atomic::{AtomicBool, AtomicU64, Ordering},
    time::Duration,
};

use obscura_shared::health::{CheckStatus, Readiness};

use crate::state::AppState;

/// How long a passing readiness result is reused.
pub const READINESS_TTL: Duration = Duration::from_secs(10);
/// How long a failing one is reused.
pub const FAILING_TTL: Duration = Duration::from_secs(2);

/// The last readiness result and how many checks ran.
#[derive(Default)]
pub struct ReadinessCache {
    last: tokio::sync::Mutex<Option<(tokio::time::Instant, Readiness)>>,
    checks: AtomicU64,
    stopping: AtomicBool,
}

impl ReadinessCache {
    /// How many checks (each writes one probe object) ran since start-up.
    #[must_use]
    pub fn checks(&self) -> u64 {
        self.checks.load(Ordering::Relaxed)
    }

    /// From now on readiness fails with `stopping`: the process was asked to shut down.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Relaxed);
    }

    /// Whether [`Self::stop`] was called.
    #[must_use]
    pub fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Relaxed)
    }

    /// Drops the cached result: the next caller checks again (tests that break a dependency).
    pub async fn forget(&self) {
        *self.last.lock().await = None;
    }
}

/// The readiness result: the cached one while fresh, else a new check (one at a time).
pub async fn readiness(state: &AppState) -> Readiness {
    let mut result = checked(state).await;
    if state.readiness.is_stopping() {
        result.status = CheckStatus::Failing;
        result.stopping = true;
    }
    result
}

/// The checks' result: the cached one while fresh, else a new check (one at a time).
async fn checked(state: &AppState) -> Readiness {
    let cache = &state.readiness;
    let mut last = cache.last.lock().await;
    if let Some((at, result)) = last.as_ref() {
        let ttl = if result.status == CheckStatus::Ok {
            READINESS_TTL
        } else {
            FAILING_TTL
        };
        if at.elapsed() < ttl {
            return result.clone();
        }
    }
    let result = check(state).await;
    cache.checks.fetch_add(1, Ordering::Relaxed);
    *last = Some((tokio::time::Instant::now(), result.clone()));
    result
}

/// Runs the readiness checks.
async fn check(state: &AppState) -> Readiness {
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
        stopping: false,
    }
}
