//! `Idempotency-Key` (P-API-2), with Stripe's semantics, per account: the first request with a
//! key runs and its answer is kept 24 hours; the same key with the same request gets that answer
//! again (nothing runs twice, nothing is charged twice); with another request, 422; while the
//! first is still running, a repeat waits for it a moment and then gets its answer, or 409.
//!
//! The claim is a row inserted with the key as primary key, so of simultaneous requests exactly
//! one runs, on both databases. An answer that is a server error or a rate limit is not kept:
//! the key may be sent again.

use std::time::Duration as StdDuration;

use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, TryInsertResult, sea_query::Expr};
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use crate::{db::entities::api_idempotency, state::AppState};

/// Longest key accepted.
pub const MAX_KEY_CHARS: usize = 255;

/// How long a repeat waits for the first request to finish.
const WAIT: StdDuration = StdDuration::from_secs(10);

/// What to do with a request carrying an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Begin {
    /// The first: run it, then [`finish`] (or [`abandon`]).
    Run,
    /// Seen before with this request: answer this.
    Replay {
        /// Status.
        status: u16,
        /// Body (JSON).
        body: String,
    },
    /// Seen before with another request.
    Mismatch,
    /// The first is still running.
    InProgress,
}

/// Whether a key is acceptable: 1–255 visible ASCII characters.
#[must_use]
pub fn valid_key(key: &str) -> bool {
    (1..=MAX_KEY_CHARS).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// What identifies a request: method, route and body.
#[must_use]
pub fn request_hash(method: &str, route: &str, body: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(method.as_bytes());
    h.update([0]);
    h.update(route.as_bytes());
    h.update([0]);
    h.update(body);
    hex::encode(h.finalize())
}

async fn claim(
    state: &AppState,
    user: Uuid,
    key: &str,
    hash: &str,
) -> Result<bool, sea_orm::DbErr> {
    let inserted = api_idempotency::Entity::insert(api_idempotency::ActiveModel {
        user_id: Set(user),
        key: Set(key.to_owned()),
        request_hash: Set(hash.to_owned()),
        state: Set("running".to_owned()),
        status: Set(None),
        body: Set(None),
        created_at: Set(state.clock.now()),
    })
    .on_conflict_do_nothing_on([
        api_idempotency::Column::UserId,
        api_idempotency::Column::Key,
    ])
    .exec_without_returning(&state.db)
    .await?;
    Ok(matches!(inserted, TryInsertResult::Inserted(n) if n > 0))
}

/// Claims `key` for this request, or says what was answered before.
///
/// # Errors
/// Database errors.
pub async fn begin(
    state: &AppState,
    user: Uuid,
    key: &str,
    hash: &str,
) -> Result<Begin, sea_orm::DbErr> {
    if claim(state, user, key, hash).await? {
        return Ok(Begin::Run);
    }
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let Some(row) = api_idempotency::Entity::find_by_id((user, key.to_owned()))
            .one(&state.db)
            .await?
        else {
            // Abandoned meanwhile (the first failed): this one may run.
            if claim(state, user, key, hash).await? {
                return Ok(Begin::Run);
            }
            continue;
        };
        if row.created_at <= state.clock.now() - Duration::hours(24) {
            // Older than 24 hours: forgotten, and this request is a new one.
            api_idempotency::Entity::delete_many()
                .filter(api_idempotency::Column::UserId.eq(user))
                .filter(api_idempotency::Column::Key.eq(key))
                .filter(api_idempotency::Column::CreatedAt.eq(row.created_at))
                .exec(&state.db)
                .await?;
            if claim(state, user, key, hash).await? {
                return Ok(Begin::Run);
            }
            continue;
        }
        if row.request_hash != hash {
            return Ok(Begin::Mismatch);
        }
        if let (Some(status), Some(body)) = (row.status, row.body) {
            return Ok(Begin::Replay {
                status: u16::try_from(status).unwrap_or(500),
                body,
            });
        }
        if tokio::time::Instant::now() >= deadline {
            return Ok(Begin::InProgress);
        }
        tokio::time::sleep(StdDuration::from_millis(25)).await;
    }
}

/// Keeps the answer of the request that claimed `key`.
///
/// # Errors
/// Database errors.
pub async fn finish(
    state: &AppState,
    user: Uuid,
    key: &str,
    status: u16,
    body: &str,
) -> Result<(), sea_orm::DbErr> {
    if status >= 500 || status == 429 {
        return abandon(state, user, key).await;
    }
    api_idempotency::Entity::update_many()
        .col_expr(api_idempotency::Column::State, Expr::value("done"))
        .col_expr(
            api_idempotency::Column::Status,
            Expr::value(i32::from(status)),
        )
        .col_expr(api_idempotency::Column::Body, Expr::value(body))
        .filter(api_idempotency::Column::UserId.eq(user))
        .filter(api_idempotency::Column::Key.eq(key))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Lets `key` be used again (the request it claimed ended without an answer worth keeping).
///
/// # Errors
/// Database errors.
pub async fn abandon(state: &AppState, user: Uuid, key: &str) -> Result<(), sea_orm::DbErr> {
    api_idempotency::Entity::delete_many()
        .filter(api_idempotency::Column::UserId.eq(user))
        .filter(api_idempotency::Column::Key.eq(key))
        .filter(api_idempotency::Column::State.eq("running"))
        .exec(&state.db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_hashes() {
        assert!(valid_key("order-42"));
        assert!(!valid_key(""));
        assert!(!valid_key("with space"));
        assert!(!valid_key(&"k".repeat(256)));
        assert_ne!(
            request_hash("POST", "/a", b"{}"),
            request_hash("POST", "/a", b"{ }")
        );
        assert_ne!(
            request_hash("POST", "/a", b""),
            request_hash("POST", "/", b"a")
        );
    }
}
