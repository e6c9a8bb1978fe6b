//! The usage log (P-API-3): one row per API request — time, key, method, route template,
//! status, duration, credits; no prompt, body or address — and what is read from it: credits a
//! key or the account spent (for the caps), requests per day (for Settings → API → Usage) and
//! the rows themselves (for its CSV).

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Set,
    sea_query::{Alias, Expr, ExprTrait, SimpleExpr},
};
use uuid::Uuid;

use obscura_shared::{
    api::{UsageDay, UsageReport},
    i18n::Message,
};

use super::Caller;
use crate::{db::entities::api_usage, state::AppState};

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

/// Rows that spent nothing wait here and are written together (every few seconds, or once
/// [`BATCH`] are waiting), so a busy key costs no database write per request; a crash loses at
/// most the last few seconds of them. Rows that spent credits are written at once: the caps are
/// counted from them.
#[derive(Debug, Default)]
pub struct UsageBuffer {
    pending: Mutex<Vec<api_usage::ActiveModel>>,
}

/// Rows written in one statement.
pub const BATCH: usize = 256;

impl UsageBuffer {
    fn push(&self, row: api_usage::ActiveModel) -> usize {
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        pending.push(row);
        pending.len()
    }

    /// Writes what waits (failures are logged and the rows dropped: the log must not grow
    /// without bound when the database refuses it).
    pub async fn flush(&self, db: &impl ConnectionTrait) {
        let rows =
            std::mem::take(&mut *self.pending.lock().unwrap_or_else(PoisonError::into_inner));
        for chunk in rows.chunks(BATCH) {
            if let Err(e) = api_usage::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(db)
                .await
            {
                tracing::warn!(error = %e, rows = chunk.len(), "could not write the API usage log");
            }
        }
    }
}

/// Logs one request (failures are logged: the log must not fail a request).
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
    if usage.credits == 0 {
        if state.api_usage.push(row) >= BATCH {
            state.api_usage.flush(&state.db).await;
        }
        return;
    }
    if let Err(e) = row.insert(&state.db).await {
        tracing::warn!(error = %e, "could not write the API usage log");
    }
}

/// Writes the waiting rows, so that what is read next includes them.
pub async fn settle(state: &AppState) {
    state.api_usage.flush(&state.db).await;
}

/// The first instant of `now`'s calendar month (UTC).
#[must_use]
pub fn month_start(now: DateTime<Utc>) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(now.year(), now.month(), 1, 0, 0, 0)
        .single()
        .unwrap_or(now)
}

/// The first instant of `now`'s day (UTC).
#[must_use]
pub fn day_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(now, |d| d.and_utc())
}

/// `SUM(credits)` as a BIGINT (PostgreSQL sums BIGINTs as NUMERIC).
fn credits_sum() -> SimpleExpr {
    Expr::expr(api_usage::Column::Credits.sum()).cast_as(Alias::new("BIGINT"))
}

async fn sum_of(state: &AppState, query: Select<api_usage::Entity>) -> Result<i64, sea_orm::DbErr> {
    let total: Option<Option<i64>> = query
        .select_only()
        .column_as(credits_sum(), "total")
        .into_tuple()
        .one(&state.db)
        .await?;
    Ok(total.flatten().unwrap_or_default())
}

/// Credits a key spent since `since`.
///
/// # Errors
/// Database errors.
pub async fn spent_by_key(
    state: &AppState,
    key: Uuid,
    since: DateTime<Utc>,
) -> Result<i64, sea_orm::DbErr> {
    sum_of(
        state,
        api_usage::Entity::find()
            .filter(api_usage::Column::KeyId.eq(key))
            .filter(api_usage::Column::CreatedAt.gte(since)),
    )
    .await
}

/// Credits all of an account's keys spent since `since`.
///
/// # Errors
/// Database errors.
pub async fn spent_by_account(
    state: &AppState,
    user: Uuid,
    since: DateTime<Utc>,
) -> Result<i64, sea_orm::DbErr> {
    sum_of(
        state,
        api_usage::Entity::find()
            .filter(api_usage::Column::UserId.eq(user))
            .filter(api_usage::Column::CreatedAt.gte(since)),
    )
    .await
}

/// Credits each of an account's keys spent since `since`, in one query.
///
/// # Errors
/// Database errors.
pub async fn spent_per_key(
    state: &AppState,
    user: Uuid,
    since: DateTime<Utc>,
) -> Result<HashMap<Uuid, i64>, sea_orm::DbErr> {
    let rows: Vec<(Uuid, Option<i64>)> = api_usage::Entity::find()
        .select_only()
        .column(api_usage::Column::KeyId)
        .column_as(credits_sum(), "total")
        .filter(api_usage::Column::UserId.eq(user))
        .filter(api_usage::Column::CreatedAt.gte(since))
        .group_by(api_usage::Column::KeyId)
        .into_tuple()
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(k, total)| (k, total.unwrap_or_default()))
        .collect())
}

/// The account's API requests since `since`.
///
/// # Errors
/// Database errors.
pub async fn requests_since(
    state: &AppState,
    user: Uuid,
    since: DateTime<Utc>,
) -> Result<u64, sea_orm::DbErr> {
    settle(state).await;
    api_usage::Entity::find()
        .filter(api_usage::Column::UserId.eq(user))
        .filter(api_usage::Column::CreatedAt.gte(since))
        .count(&state.db)
        .await
}

/// Which answers a usage view keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Outcome {
    /// All of them.
    #[default]
    All,
    /// 2xx and 3xx.
    Succeeded,
    /// 4xx and 5xx.
    Failed,
}

impl Outcome {
    /// The form value.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::All => "",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
        }
    }

    /// From the form value (empty: all).
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        [Self::All, Self::Succeeded, Self::Failed]
            .into_iter()
            .find(|o| o.code() == s)
    }
}

/// What part of the log to read: whole UTC days `from..=to`, one key or all, an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filter {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// One key.
    pub key: Option<Uuid>,
    /// Answers kept.
    pub outcome: Outcome,
}

/// The longest span a view covers (the log's whole retention).
pub const MAX_DAYS: i64 = 366;

impl Filter {
    /// The last 30 days up to `now`.
    #[must_use]
    pub fn last_30_days(now: DateTime<Utc>) -> Self {
        let to = now.date_naive();
        Self {
            from: to - Duration::days(29),
            to,
            key: None,
            outcome: Outcome::All,
        }
    }

    fn query(&self, user: Uuid) -> Select<api_usage::Entity> {
        let start = self.from.and_hms_opt(0, 0, 0).map(|d| d.and_utc());
        let end = (self.to + Duration::days(1))
            .and_hms_opt(0, 0, 0)
            .map(|d| d.and_utc());
        let mut q = api_usage::Entity::find().filter(api_usage::Column::UserId.eq(user));
        if let Some(start) = start {
            q = q.filter(api_usage::Column::CreatedAt.gte(start));
        }
        if let Some(end) = end {
            q = q.filter(api_usage::Column::CreatedAt.lt(end));
        }
        if let Some(key) = self.key {
            q = q.filter(api_usage::Column::KeyId.eq(key));
        }
        match self.outcome {
            Outcome::All => q,
            Outcome::Succeeded => q.filter(api_usage::Column::Status.lt(400)),
            Outcome::Failed => q.filter(api_usage::Column::Status.gte(400)),
        }
    }
}

/// One day of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// The UTC day.
    pub day: NaiveDate,
    /// Requests.
    pub requests: u64,
    /// Of which answered 4xx or 5xx.
    pub failed: u64,
    /// Credits reserved.
    pub credits: i64,
}

/// The UTC day of `created_at`, as `YYYY-MM-DD`, in each database's words.
fn day_expr(backend: DbBackend) -> SimpleExpr {
    match backend {
        DbBackend::Postgres => {
            Expr::cust("to_char(\"created_at\" AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
        }
        _ => Expr::cust("strftime('%Y-%m-%d', \"created_at\")"),
    }
}

/// Requests, failures and credits per day in `filter`, every day of it listed (oldest first),
/// counted by the database.
///
/// # Errors
/// Database errors.
pub async fn per_day(state: &AppState, user: Uuid, filter: &Filter) -> anyhow::Result<Vec<Day>> {
    settle(state).await;
    let day = day_expr(state.db.get_database_backend());
    let failed = Expr::cust("SUM(CASE WHEN \"status\" >= 400 THEN 1 ELSE 0 END)")
        .cast_as(Alias::new("BIGINT"));
    let rows: Vec<(String, i64, Option<i64>, Option<i64>)> = filter
        .query(user)
        .select_only()
        .column_as(day.clone(), "day")
        .column_as(
            api_usage::Column::Id.count().cast_as(Alias::new("BIGINT")),
            "requests",
        )
        .column_as(failed, "failed")
        .column_as(credits_sum(), "credits")
        .group_by(day)
        .into_tuple()
        .all(&state.db)
        .await?;
    let found: HashMap<NaiveDate, (i64, i64, i64)> = rows
        .into_iter()
        .filter_map(|(d, n, f, c)| {
            NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .ok()
                .map(|d| (d, (n, f.unwrap_or_default(), c.unwrap_or_default())))
        })
        .collect();
    Ok(filter
        .from
        .iter_days()
        .take_while(|d| *d <= filter.to)
        .map(|day| {
            let (n, f, c) = found.get(&day).copied().unwrap_or_default();
            Day {
                day,
                requests: u64::try_from(n).unwrap_or_default(),
                failed: u64::try_from(f).unwrap_or_default(),
                credits: c,
            }
        })
        .collect())
}

/// [`per_day`] with totals, as the API and the usage page show it.
///
/// # Errors
/// Database errors.
pub async fn report(state: &AppState, user: Uuid, filter: &Filter) -> anyhow::Result<UsageReport> {
    let days = per_day(state, user, filter).await?;
    Ok(UsageReport {
        from: filter.from.to_string(),
        to: filter.to.to_string(),
        requests: days.iter().map(|d| d.requests).sum(),
        failed: days.iter().map(|d| d.failed).sum(),
        credits: days.iter().map(|d| d.credits).sum(),
        days: days
            .into_iter()
            .map(|d| UsageDay {
                day: d.day.to_string(),
                requests: d.requests,
                failed: d.failed,
                credits: d.credits,
            })
            .collect(),
    })
}

/// Reads a filter from a query: `from` and `to` (`YYYY-MM-DD`, UTC; default the last 30 days),
/// `key` (one of `keys`), `outcome`. Errors name the field.
///
/// # Errors
/// (field, message) pairs.
pub fn parse_filter(
    now: DateTime<Utc>,
    from: &str,
    to: &str,
    key: &str,
    outcome: &str,
    keys: &[Uuid],
) -> Result<Filter, Vec<(&'static str, Message)>> {
    let mut filter = Filter::last_30_days(now);
    let mut errors = Vec::new();
    let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let to_given = !to.trim().is_empty();
    if to_given {
        match day(to) {
            Some(d) => filter.to = d,
            None => errors.push(("to", Message::new("error-usage-day"))),
        }
    }
    if from.trim().is_empty() {
        if to_given {
            filter.from = filter.to - Duration::days(29);
        }
    } else {
        match day(from) {
            Some(d) => filter.from = d,
            None => errors.push(("from", Message::new("error-usage-day"))),
        }
    }
    if errors.is_empty() {
        if filter.from > filter.to {
            errors.push(("from", Message::new("error-usage-range")));
        } else if (filter.to - filter.from).num_days() >= MAX_DAYS {
            errors.push((
                "from",
                Message::new("error-usage-too-long").arg("max", MAX_DAYS),
            ));
        }
    }
    let key = key.trim();
    if !key.is_empty() {
        match Uuid::parse_str(key).ok().filter(|k| keys.contains(k)) {
            Some(k) => filter.key = Some(k),
            None => errors.push(("key", Message::new("error-usage-key"))),
        }
    }
    match Outcome::parse(outcome.trim()) {
        Some(o) => filter.outcome = o,
        None => errors.push(("outcome", Message::new("error-usage-outcome"))),
    }
    if errors.is_empty() {
        Ok(filter)
    } else {
        Err(errors)
    }
}

/// The rows in `filter`, oldest first (for the CSV download; at most a year of them).
///
/// # Errors
/// Database errors.
pub async fn rows(
    state: &AppState,
    user: Uuid,
    filter: &Filter,
) -> Result<Vec<api_usage::Model>, sea_orm::DbErr> {
    settle(state).await;
    filter
        .query(user)
        .order_by_asc(api_usage::Column::CreatedAt)
        .order_by_asc(api_usage::Column::Id)
        .all(&state.db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_days_start_at_midnight_utc() {
        let t = Utc.with_ymd_and_hms(2026, 12, 6, 14, 3, 2).unwrap();
        assert_eq!(
            month_start(t),
            Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap()
        );
        assert_eq!(
            day_start(t),
            Utc.with_ymd_and_hms(2026, 12, 6, 0, 0, 0).unwrap()
        );
    }

    #[test]
    fn outcomes_read_back_from_their_codes() {
        for o in [Outcome::All, Outcome::Succeeded, Outcome::Failed] {
            assert_eq!(Outcome::parse(o.code()), Some(o));
        }
        assert_eq!(Outcome::parse("nope"), None);
    }

    #[test]
    fn filters_default_to_30_days_and_name_bad_fields() {
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 14, 3, 2).unwrap();
        let f = parse_filter(now, "", "", "", "", &[]).unwrap();
        assert_eq!(f.to.to_string(), "2026-12-06");
        assert_eq!(f.from.to_string(), "2026-11-07");
        let f = parse_filter(now, "", "2026-10-31", "", "failed", &[]).unwrap();
        assert_eq!(f.from.to_string(), "2026-10-02");
        assert_eq!(f.outcome, Outcome::Failed);
        let bad = parse_filter(now, "2026-13-01", "", "x", "nope", &[]).unwrap_err();
        let names: Vec<_> = bad.iter().map(|(f, _)| *f).collect();
        assert_eq!(names, ["from", "key", "outcome"]);
        let reversed = parse_filter(now, "2026-12-06", "2026-12-01", "", "", &[]).unwrap_err();
        assert_eq!(reversed[0].0, "from");
        let long = parse_filter(now, "2024-01-01", "2026-12-06", "", "", &[]).unwrap_err();
        assert_eq!(long[0].0, "from");
        let someone_elses = Uuid::from_u128(7);
        assert!(parse_filter(now, "", "", &someone_elses.to_string(), "", &[]).is_err());
        assert_eq!(
            parse_filter(
                now,
                "",
                "",
                &someone_elses.to_string(),
                "",
                &[someone_elses]
            )
            .unwrap()
            .key,
            Some(someone_elses)
        );
    }
}
