//! The public API's domain side: keys ([`keys`]), the usage log (P-API-3: one row per request —
//! time, key, method, route template, status, duration, credits; no prompt, body or address;
//! kept 12 months) and what `GET /api/v1/account` answers.

pub mod caps;
pub mod generations;
pub mod idempotency;
pub mod keys;
pub mod limits;
pub mod usage;
pub mod webhooks;

use chrono::Duration;
use obscura_shared::api::{ApiAccount, ApiKeySummary};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    db::entities::{api_idempotency, api_key, api_usage},
    state::AppState,
};
pub use keys::{AuthError, Caller};
pub use usage::{Usage, record};

/// Usage rows are kept this many days (12 months).
pub const USAGE_RETENTION_DAYS: i64 = 365;

/// What `GET /api/v1/account` answers the caller.
///
/// # Errors
/// Database errors.
pub async fn account(state: &AppState, caller: &Caller) -> anyhow::Result<ApiAccount> {
    let now = state.clock.now();
    let since = usage::month_start(now);
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
            spent_this_month: usage::spent_by_key(state, key.id, since).await?,
        },
        requests_this_month: usage::requests_since(state, caller.user_id, since).await?,
        spent_today: usage::spent_by_account(state, caller.user_id, usage::day_start(now)).await?,
        daily_cap: caps::daily_cap(state, caller.user_id).await?,
    })
}

/// Deletes usage rows older than 12 months and stored idempotent answers older than 24 hours;
/// returns (usage rows, answers).
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> anyhow::Result<(u64, u64)> {
    usage::settle(state).await;
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
