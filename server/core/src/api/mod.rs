//! The public API's domain side: keys ([`keys`]), the usage log (P-API-3: one row per request —
//! time, key, method, route template, status, duration, credits; no prompt, body or address;
//! kept 12 months) and what `GET /api/v1/account` answers.

pub mod generations;
pub mod idempotency;
pub mod keys;
pub mod limits;

use chrono::{DateTime, Duration, Utc};
use obscura_shared::api::{ApiAccount, ApiKeySummary};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::{
    db::entities::{api_idempotency, api_key, api_usage},
    state::AppState,
};
pub use keys::{AuthError, Caller};

/// Usage rows are kept this many days (12 months).
pub const USAGE_RETENTION_DAYS: i64 = 365;

/// One request's line in the usage log.
#[derive(Debug, Clone)]
pub struct Usage<'a> {
    /// `GET`, `POST`, …
    pub method: &'a str,
    /// The route template (never a concrete path).
    pub route: &'a str,
    /// The answer's status.
    pub status: u16,
    /// How long it took.
    pub duration: std::time::Duration,
    /// Credits it reserved.
    pub credits: i64,
}

/// Writes one usage row (failures are logged: the log must not fail a request).
pub async fn record(state: &AppState, caller: &Caller, usage: &Usage<'_>) {
    let row = api_usage::ActiveModel {
        id: Set(state.ids.new_id()),
        user_id: Set(caller.user_id),
        key_id: Set(caller.key_id),
        method: Set(usage.method.chars().take(8).collect()),
        route: Set(usage.route.chars().take(120).collect()),
        status: Set(i32::from(usage.status)),
        duration_ms: Set(i32::try_from(usage.duration.as_millis()).unwrap_or(i32::MAX)),
        credits: Set(usage.credits),
        created_at: Set(state.clock.now()),
    };
    if let Err(e) = row.insert(&state.db).await {
        tracing::warn!(error = %e, "could not write the API usage log");
    }
}

/// What `GET /api/v1/account` answers the caller.
///
/// # Errors
/// Database errors.
pub async fn account(state: &AppState, caller: &Caller) -> anyhow::Result<ApiAccount> {
    let now = state.clock.now();
    let since = keys::month_start(now);
    let key = api_key::Entity::find_by_id(caller.key_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the calling key is gone"))?;
    Ok(ApiAccount {
        balance: crate::credits::balance(&state.db, caller.user_id).await?,
        owed: crate::billing::owed(&state.db, caller.user_id).await?,
        key: ApiKeySummary {
            id: key.id.to_string(),
            name: key.name,
            scopes: caller.scopes.iter().map(|s| s.code().to_owned()).collect(),
            monthly_cap: key.monthly_cap,
            spent_this_month: keys::spent(state, key.id, since).await?,
        },
        requests_this_month: requests_since(state, caller.user_id, since).await?,
    })
}

async fn requests_since(
    state: &AppState,
    user: Uuid,
    since: DateTime<Utc>,
) -> Result<u64, sea_orm::DbErr> {
    api_usage::Entity::find()
        .filter(api_usage::Column::UserId.eq(user))
        .filter(api_usage::Column::CreatedAt.gte(since))
        .count(&state.db)
        .await
}

/// Deletes usage rows older than 12 months and stored idempotent answers older than 24 hours;
/// returns (usage rows, answers).
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> anyhow::Result<(u64, u64)> {
    let now = state.clock.now();
    let usage = api_usage::Entity::delete_many()
        .filter(api_usage::Column::CreatedAt.lt(now - Duration::days(USAGE_RETENTION_DAYS)))
        .exec(&state.db)
        .await?
        .rows_affected;
    let answers = api_idempotency::Entity::delete_many()
        .filter(api_idempotency::Column::CreatedAt.lt(now - Duration::hours(24)))
        .exec(&state.db)
        .await?
        .rows_affected;
    Ok((usage, answers))
}
