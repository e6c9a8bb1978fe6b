//! Changes to shares, heard by every process: a change clears this process's live-share cache
//! at once and, with PostgreSQL, is announced with `NOTIFY` on [`CHANNEL`]; every serving process
//! listens there ([`listen_for_changes`]) and clears its own cache when it hears one. A process
//! keeps no share in memory unless it is listening, so a share revoked through one process stops
//! being served by every other one as soon as they hear it (within milliseconds), and never later
//! than the cache's own few seconds if a notification is lost with its connection.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseBackend};

use crate::state::AppState;

/// The PostgreSQL notification channel of share changes.
pub const CHANNEL: &str = "obscura_share_changes";

/// A share, an image with shares or an account with shares changed: forget what this process
/// keeps, and tell the other processes to do the same.
pub async fn changed(state: &AppState) {
    state.share_cache.clear();
    if state.db.get_database_backend() == DatabaseBackend::Postgres
        && let Err(e) = state
            .db
            .execute_unprepared(&format!("SELECT pg_notify('{CHANNEL}', '')"))
            .await
    {
        // The others still forget it within their cache's few seconds.
        tracing::warn!(error = %e, "could not announce a share change to the other processes");
    }
}

/// With PostgreSQL, listens for share changes for as long as the process serves, keeping the
/// live-share cache on only while it is listening (with SQLite the cache is always on and this
/// returns at once).
pub async fn listen_for_changes(state: AppState) {
    let Some(pool) = state
        .db
        .get_database_backend()
        .eq(&DatabaseBackend::Postgres)
        .then(|| state.db.get_postgres_connection_pool().clone())
    else {
        return;
    };
    loop {
        match sea_orm::sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(mut listener) => {
                if let Err(e) = listener.listen(CHANNEL).await {
                    tracing::warn!(error = %e, "could not listen for share changes");
                } else {
                    state.share_cache.set_enabled(true);
                    // `try_recv` answers None when the connection was lost: whatever was said
                    // meanwhile went unheard, so the cache goes off until listening again.
                    while let Ok(Some(_)) = listener.try_recv().await {
                        state.share_cache.clear();
                    }
                    tracing::warn!("stopped hearing share changes; listening again");
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not connect to listen for share changes"),
        }
        state.share_cache.set_enabled(false);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
