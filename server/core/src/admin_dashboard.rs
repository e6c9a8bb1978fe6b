//! The admin dashboard: sign-ups, active people, generations, failures and cancellations (never
//! counted as failures) by provider, the job queue now, credits and revenue over a period of UTC
//! days, in counts only.
//!
//! Every figure is counted by the database: one grouped statement per table, bounded below by
//! the period's first instant, on an index that starts with the timestamp (or the job queue's
//! `(status, run_at)`), so the cost follows the period, not the size of the tables. A day with
//! nothing is filled in here, from the period's list of days.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use obscura_shared::admin_dashboard::{
    BACKLOG_AFTER_SECS, CreditDay, Dashboard, ProviderSeries, QueueNow, RevenueDay, Totals,
    UNKNOWN_PROVIDER,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement, Value,
};

use crate::{
    billing,
    db::entities::{job, support_message, user},
    generation::providers::ProviderKind,
    jobs::status,
    state::AppState,
};

/// The dashboard of the last `days` UTC days, today included.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(days))]
pub async fn overview(state: &AppState, days: i64) -> anyhow::Result<Dashboard> {
    let now = state.clock.now();
    let period = Period::ending(now, days);
    let db = &state.db;
    let signups = per_day(db, &period, &signups_sql(db.get_database_backend())).await?;
    let active = per_day(db, &period, &active_sql(db.get_database_backend())).await?;
    let providers = generations(db, &period).await?;
    let totals = Totals {
        people: user::Entity::find().count(db).await?.try_into()?,
        signups: signups.iter().map(|d| d.1).sum(),
        active: active_in_period(db, &period).await?,
        generations: providers.iter().map(|p| p.generations).sum(),
        finished: providers.iter().map(|p| p.finished).sum(),
        failed: providers.iter().map(|p| p.failed).sum(),
        cancelled: providers.iter().map(|p| p.cancelled).sum(),
        open_support: support_message::Entity::find()
            .filter(support_message::Column::ClosedAt.is_null())
            .count(db)
            .await?
            .try_into()?,
        open_reports: Some(crate::reports::open_count(state).await?.try_into()?),
    };
    let revenue = if state.billing.client().is_some() {
        let rows = billing::admin::revenue_by(state, period.start, billing::admin::Unit::Day)
            .await?
            .into_iter()
            .map(|r| RevenueDay {
                day: r.period,
                currency: r.currency,
                gross: r.gross,
                refunded: r.refunded,
                count: r.count,
            })
            .collect();
        Some(rows)
    } else {
        None
    };
    Ok(Dashboard {
        days: period.days,
        first: period.first.to_string(),
        last: period.last.to_string(),
        totals,
        signups,
        active,
        providers,
        queue: queue(db, now).await?,
        credits: credits(db, &period).await?,
        revenue,
    })
}

/// The UTC days of the dashboard: `days` of them, the last one today.
struct Period {
    days: i64,
    first: NaiveDate,
    last: NaiveDate,
    /// Midnight (UTC) starting `first`: every statement's lower bound.
    start: DateTime<Utc>,
}

impl Period {
    fn ending(now: DateTime<Utc>, days: i64) -> Self {
        let days = days.clamp(1, 366);
        let last = now.date_naive();
        let first = last - Duration::days(days - 1);
        Self {
            days,
            first,
            last,
            start: first.and_time(chrono::NaiveTime::MIN).and_utc(),
        }
    }

    /// Every day of the period, oldest first, as `YYYY-MM-DD`.
    fn each(&self) -> impl Iterator<Item = String> + '_ {
        self.first
            .iter_days()
            .take_while(|d| *d <= self.last)
            .map(|d| d.to_string())
    }
}

/// The UTC day of `column` as `YYYY-MM-DD`, in each database's words.
fn day(backend: DbBackend, column: &str) -> String {
    match backend {
        DbBackend::Postgres => format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"),
        _ => format!("strftime('%Y-%m-%d', {column})"),
    }
}

/// Accounts created per day (`d`, `n`) since `$1`.
fn signups_sql(backend: DbBackend) -> String {
    let d = day(backend, "created_at");
    format!("SELECT {d} AS d, COUNT(*) AS n FROM users WHERE created_at >= $1 GROUP BY {d}")
}

/// Who was active since `$1`: accounts with a sign-in in their security log or a generation,
/// with the day (`user_id`, `d`), each pair once.
fn active_pairs(backend: DbBackend) -> String {
    let d = day(backend, "created_at");
    format!(
        "SELECT user_id, {d} AS d FROM security_events WHERE kind = 'sign_in' AND created_at >= $1 \
         UNION SELECT user_id, {d} AS d FROM generations WHERE created_at >= $1"
    )
}

/// Distinct active accounts per day (`d`, `n`) since `$1`.
fn active_sql(backend: DbBackend) -> String {
    format!(
        "SELECT d, COUNT(DISTINCT user_id) AS n FROM ({}) active GROUP BY d",
        active_pairs(backend)
    )
}

/// Runs a statement of `(d, n)` rows bound to the period's start and fills in every day.
async fn per_day(
    db: &impl ConnectionTrait,
    period: &Period,
    sql: &str,
) -> anyhow::Result<Vec<(String, i64)>> {
    let found: HashMap<String, i64> = db
        .query_all_raw(statement(db, sql, [period.start.into()]))
        .await?
        .iter()
        .map(|r| Ok((r.try_get("", "d")?, r.try_get("", "n")?)))
        .collect::<Result<_, sea_orm::DbErr>>()?;
    Ok(period
        .each()
        .map(|d| {
            let n = found.get(&d).copied().unwrap_or_default();
            (d, n)
        })
        .collect())
}

/// Distinct accounts active at any time in the period.
async fn active_in_period(db: &impl ConnectionTrait, period: &Period) -> anyhow::Result<i64> {
    let sql = format!(
        "SELECT COUNT(DISTINCT user_id) AS n FROM ({}) active",
        active_pairs(db.get_database_backend())
    );
    let row = db
        .query_one_raw(statement(db, &sql, [period.start.into()]))
        .await?;
    Ok(match row {
        Some(r) => r.try_get("", "n")?,
        None => 0,
    })
}

fn statement<const N: usize>(
    db: &impl ConnectionTrait,
    sql: &str,
    values: [Value; N],
) -> Statement {
    Statement::from_sql_and_values(db.get_database_backend(), sql, values)
}

/// The provider a stored code names, or [`UNKNOWN_PROVIDER`].
fn provider_of(code: &str) -> &str {
    [
        ProviderKind::Openai,
        ProviderKind::Replicate,
        ProviderKind::Sdwebui,
        ProviderKind::Comfyui,
        ProviderKind::Local,
    ]
    .into_iter()
    .map(ProviderKind::code)
    .find(|known| *known == code)
    .unwrap_or(UNKNOWN_PROVIDER)
}

/// A day's generations of one provider: (asked, finished, failed, cancelled).
type Outcomes = (i64, i64, i64, i64);

/// Generations asked for in the period, per provider (as each ran: the provider is stored with
/// the generation) and day, with their outcome: finished (succeeded or failed), failed, and
/// cancelled by their owners, which is neither (a cancellation is not a failure).
async fn generations(
    db: &impl ConnectionTrait,
    period: &Period,
) -> anyhow::Result<Vec<ProviderSeries>> {
    let d = day(db.get_database_backend(), "created_at");
    let sql = format!(
        "SELECT {d} AS d, provider, \
         COUNT(*) AS n, \
         CAST(SUM(CASE WHEN status IN ('succeeded', 'failed') THEN 1 ELSE 0 END) AS BIGINT) AS finished, \
         CAST(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS BIGINT) AS failed, \
         CAST(SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS BIGINT) AS cancelled \
         FROM generations WHERE created_at >= $1 GROUP BY {d}, provider"
    );
    // provider → day → (asked, finished, failed, cancelled)
    let mut found: BTreeMap<String, HashMap<String, Outcomes>> = BTreeMap::new();
    for r in db
        .query_all_raw(statement(db, &sql, [period.start.into()]))
        .await?
    {
        let provider: String = r.try_get("", "provider")?;
        let day: String = r.try_get("", "d")?;
        let n: i64 = r.try_get("", "n")?;
        let finished: Option<i64> = r.try_get("", "finished")?;
        let failed: Option<i64> = r.try_get("", "failed")?;
        let cancelled: Option<i64> = r.try_get("", "cancelled")?;
        let slot = found
            .entry(provider_of(&provider).to_owned())
            .or_default()
            .entry(day)
            .or_default();
        slot.0 += n;
        slot.1 += finished.unwrap_or_default();
        slot.2 += failed.unwrap_or_default();
        slot.3 += cancelled.unwrap_or_default();
    }
    let mut series: Vec<ProviderSeries> = found
        .into_iter()
        .map(|(provider, by_day)| {
            let mut s = ProviderSeries {
                provider,
                ..ProviderSeries::default()
            };
            for d in period.each() {
                let (n, finished, failed, cancelled) = by_day.get(&d).copied().unwrap_or_default();
                s.generations += n;
                s.finished += finished;
                s.failed += failed;
                s.cancelled += cancelled;
                s.days.push((d, n, failed, cancelled));
            }
            s
        })
        .collect();
    series.sort_by(|a, b| {
        b.generations
            .cmp(&a.generations)
            .then_with(|| a.provider.cmp(&b.provider))
    });
    Ok(series)
}

/// Credits granted, spent and removed per day of the period, from the ledger.
async fn credits(db: &impl ConnectionTrait, period: &Period) -> anyhow::Result<Vec<CreditDay>> {
    let d = day(db.get_database_backend(), "created_at");
    let sql = format!(
        "SELECT {d} AS d, \
         CAST(SUM(CASE WHEN kind IN ('grant', 'refund') OR (kind = 'adjust' AND delta > 0) \
              THEN amount ELSE 0 END) AS BIGINT) AS granted, \
         CAST(SUM(CASE WHEN kind = 'capture' THEN amount ELSE 0 END) AS BIGINT) AS spent, \
         CAST(SUM(CASE WHEN kind IN ('clawback', 'expire') OR (kind = 'adjust' AND delta < 0) \
              THEN amount ELSE 0 END) AS BIGINT) AS removed \
         FROM credit_ledger WHERE created_at >= $1 GROUP BY {d}"
    );
    let mut found: HashMap<String, (i64, i64, i64)> = HashMap::new();
    for r in db
        .query_all_raw(statement(db, &sql, [period.start.into()]))
        .await?
    {
        let granted: Option<i64> = r.try_get("", "granted")?;
        let spent: Option<i64> = r.try_get("", "spent")?;
        let removed: Option<i64> = r.try_get("", "removed")?;
        found.insert(
            r.try_get("", "d")?,
            (
                granted.unwrap_or_default(),
                spent.unwrap_or_default(),
                removed.unwrap_or_default(),
            ),
        );
    }
    Ok(period
        .each()
        .map(|day| {
            let (granted, spent, removed) = found.get(&day).copied().unwrap_or_default();
            CreditDay {
                day,
                granted,
                spent,
                removed,
            }
        })
        .collect())
}

/// The job queue at `now`: counts by state (on `(status, run_at)`) and the oldest due job.
async fn queue(db: &impl ConnectionTrait, now: DateTime<Utc>) -> anyhow::Result<QueueNow> {
    let count = |statuses: &'static [&'static str]| {
        job::Entity::find().filter(job::Column::Status.is_in(statuses.iter().copied()))
    };
    let waiting: i64 = count(&[status::QUEUED])
        .filter(job::Column::RunAt.lte(now))
        .count(db)
        .await?
        .try_into()?;
    let scheduled: i64 = count(&[status::QUEUED])
        .filter(job::Column::RunAt.gt(now))
        .count(db)
        .await?
        .try_into()?;
    let running: i64 = count(&[status::RUNNING, status::GIVING_UP])
        .count(db)
        .await?
        .try_into()?;
    let failed: i64 = count(&[status::FAILED]).count(db).await?.try_into()?;
    let oldest: Option<DateTime<Utc>> = count(&[status::QUEUED])
        .filter(job::Column::RunAt.lte(now))
        .select_only()
        .column(job::Column::RunAt)
        .order_by_asc(job::Column::RunAt)
        .into_tuple()
        .one(db)
        .await?;
    let oldest_wait_secs = oldest.map(|at| (now - at).num_seconds().max(0));
    Ok(QueueNow {
        waiting,
        running,
        scheduled,
        failed,
        oldest_wait_secs,
        backlog: oldest_wait_secs.is_some_and(|s| s > BACKLOG_AFTER_SECS),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_ends_today_and_starts_at_midnight() {
        let now = DateTime::parse_from_rfc3339("2026-03-10T15:30:00Z")
            .map(|d| d.to_utc())
            .unwrap_or_default();
        let p = Period::ending(now, 7);
        assert_eq!(p.first.to_string(), "2026-03-04");
        assert_eq!(p.last.to_string(), "2026-03-10");
        assert_eq!(p.start.to_rfc3339(), "2026-03-04T00:00:00+00:00");
        assert_eq!(p.each().count(), 7);
    }

    #[test]
    fn providers_no_longer_known_are_unknown() {
        assert_eq!(provider_of("openai"), "openai");
        assert_eq!(provider_of("replicate"), "replicate");
        assert_eq!(provider_of("midjourney"), UNKNOWN_PROVIDER);
        assert_eq!(provider_of(""), UNKNOWN_PROVIDER);
    }
}
