//! What API requests may spend: each key's monthly cap, and the account's daily cap over all
//! its keys (set in Settings → API). Both are checked before credits are reserved, against the
//! usage log.

use obscura_shared::{ErrorCode, Failure, i18n::Message};
use sea_orm::{EntityTrait, Set, sea_query::OnConflict};
use uuid::Uuid;

use super::{Caller, usage};
use crate::{
    db::entities::api_account,
    generation::request::{self, Submitted},
    state::AppState,
};

/// The largest cap that can be set.
pub const MAX_CAP: i64 = 1_000_000_000;

/// The account's daily cap, if it set one.
///
/// # Errors
/// Database errors.
pub async fn daily_cap(state: &AppState, user: Uuid) -> Result<Option<i64>, sea_orm::DbErr> {
    Ok(api_account::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .and_then(|a| a.daily_cap))
}

/// Reads a cap typed in a form: empty is none, else a whole number from 1 to [`MAX_CAP`].
///
/// # Errors
/// The message to show by the field.
pub fn parse_cap(input: &str) -> Result<Option<i64>, Message> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    input
        .parse::<i64>()
        .ok()
        .filter(|c| (1..=MAX_CAP).contains(c))
        .map(Some)
        .ok_or(Message::new("error-daily-cap"))
}

/// Sets (or, with None, lifts) the account's daily cap.
///
/// # Errors
/// Database errors.
pub async fn set_daily_cap(
    state: &AppState,
    user: Uuid,
    cap: Option<i64>,
) -> Result<(), sea_orm::DbErr> {
    let row = api_account::ActiveModel {
        user_id: Set(user),
        daily_cap: Set(cap),
        updated_at: Set(state.clock.now()),
    };
    api_account::Entity::insert(row)
        .on_conflict(
            OnConflict::column(api_account::Column::UserId)
                .update_columns([
                    api_account::Column::DailyCap,
                    api_account::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Whether `cost` more credits keep within the key's monthly cap and the account's daily cap;
/// the refusal says which and how much is left.
///
/// # Errors
/// [`ErrorCode::InsufficientCredits`] over a cap, [`ErrorCode::Unavailable`] when the log
/// cannot be read.
pub async fn check(state: &AppState, caller: &Caller, cost: i64) -> Result<(), Failure> {
    let unavailable = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "could not read the API's spending");
        Failure::new(ErrorCode::Unavailable).retry_after(5)
    };
    let now = state.clock.now();
    if let Some(cap) = caller.monthly_cap {
        let spent = usage::spent_by_key(state, caller.key_id, usage::month_start(now))
            .await
            .map_err(unavailable)?;
        if spent + cost > cap {
            return Err(over(
                cost,
                cap - spent,
                "this key may spend",
                "this month (its monthly cap). Make a key with a higher cap, or wait for next month.",
            ));
        }
    }
    if let Some(cap) = daily_cap(state, caller.user_id)
        .await
        .map_err(unavailable)?
    {
        let spent = usage::spent_by_account(state, caller.user_id, usage::day_start(now))
            .await
            .map_err(unavailable)?;
        if spent + cost > cap {
            return Err(over(
                cost,
                cap - spent,
                "this account's API keys may spend",
                "today (the daily cap set in Settings → API). It resets at midnight UTC.",
            ));
        }
    }
    Ok(())
}

/// (Answered to API clients only, in English like the rest of the API.)
fn over(cost: i64, left: i64, who: &str, when: &str) -> Failure {
    Failure::new(ErrorCode::InsufficientCredits).with_message(Message::verbatim(format!(
        "This costs {cost} credits and {who} {} more {when}",
        left.max(0)
    )))
}

/// [`check`] for a generation request: its cost if it is valid (an invalid one is refused
/// later, field by field, by the same validation `/create` uses).
///
/// # Errors
/// As [`check`].
pub async fn check_request(
    state: &AppState,
    caller: &Caller,
    submitted: &Submitted,
) -> Result<(), Failure> {
    match request::validate(&state.settings.current(), submitted) {
        Ok(valid) => check(state, caller, valid.cost()).await,
        Err(_) => Ok(()),
    }
}
