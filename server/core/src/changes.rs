//! Changes every serving process must hear at once. Each process keeps a few things in memory for
//! a short while (live shares and the pages made of them, the policy announcements); a change to
//! one of them clears this process's copy at once and, with PostgreSQL (where several processes
//! may serve one database), is announced with `NOTIFY` on [`CHANNEL`]. Every serving process
//! listens there ([`listen`]) and clears its own copy when it hears one.
//!
//! Live shares are kept only while their process listens: a share revoked through one process
//! stops being served by every other one as soon as they hear it (milliseconds), and a process
//! whose listening connection breaks forgets its shares and keeps none until it listens again
//! (whatever was said meanwhile went unheard). Announcements are kept 30 s whatever happens, so
//! a lost notification only delays a banner.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseBackend};

use crate::state::AppState;

/// The PostgreSQL notification channel of changes.
pub const CHANNEL: &str = "obscura_changes";

/// What changed (the notification's payload is its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A share, an image with shares, or an account with shares.
    Shares,
    /// A policy change was announced.
    Announcements,
    /// The live settings (blocklist, models) changed: read them again.
    Settings,
    /// An account or API key stopped being usable (suspended, closed, deleted, a key revoked):
    /// forget the API keys checked recently.
    Keys,
}

impl Change {
    const ALL: [Self; 4] = [
        Self::Shares,
        Self::Announcements,
        Self::Settings,
        Self::Keys,
    ];

    /// The notification's payload.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Shares => "shares",
            Self::Announcements => "announcements",
            Self::Settings => "settings",
            Self::Keys => "keys",
        }
    }

    /// The change a payload names (None: from a newer or older version; everything is forgotten).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Forgets what this process keeps of it.
    fn forget(self, state: &AppState) {
        match self {
            Self::Shares => state.share_cache.clear(),
            Self::Announcements => state.policy_announcements.forget(),
            Self::Keys => state.api_keys.clear(),
            // Read again in the background (the process that changed them already did).
            Self::Settings => {
                let state = state.clone();
                tokio::spawn(async move {
                    if let Err(e) = crate::settings::reload(&state).await {
                        tracing::warn!(error = format!("{e:#}"), "could not reload the settings");
                    }
                });
            }
        }
    }
}

/// `change` happened (after its transaction committed): forget what this process keeps of it,
/// and tell the other processes to do the same.
pub async fn announce(state: &AppState, change: Change) {
    change.forget(state);
    if state.db.get_database_backend() == DatabaseBackend::Postgres
        && let Err(e) = state
            .db
            .execute_unprepared(&format!(
                "SELECT pg_notify('{CHANNEL}', '{}')",
                change.name()
            ))
            .await
    {
        // Shares: the others forget within their cache's few seconds; announcements: 30 s.
        tracing::warn!(error = %e, "could not announce a change to the other processes");
    }
}

/// With PostgreSQL, listens for changes for as long as the process serves, keeping the live-share
/// cache on only while it is listening (with SQLite the cache is always on and this returns at
/// once).
pub async fn listen(state: AppState) {
    if state.db.get_database_backend() != DatabaseBackend::Postgres {
        return;
    }
    let pool = state.db.get_postgres_connection_pool().clone();
    loop {
        match sea_orm::sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(mut listener) => {
                if let Err(e) = listener.listen(CHANNEL).await {
                    tracing::warn!(error = %e, "could not listen for changes");
                } else {
                    state.share_cache.set_enabled(true);
                    // What was announced while not listening went unheard.
                    Change::Announcements.forget(&state);
                    // `try_recv` answers None when the connection was lost.
                    while let Ok(Some(heard)) = listener.try_recv().await {
                        match Change::from_name(heard.payload()) {
                            Some(change) => change.forget(&state),
                            None => Change::ALL.into_iter().for_each(|c| c.forget(&state)),
                        }
                    }
                    tracing::warn!("stopped hearing changes; listening again");
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not connect to listen for changes"),
        }
        state.share_cache.set_enabled(false);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_name_each_change() {
        for change in Change::ALL {
            assert_eq!(Change::from_name(change.name()), Some(change));
        }
        assert_eq!(Change::from_name(""), None);
    }
}
