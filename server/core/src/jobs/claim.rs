//! Claiming jobs, in one write transaction: `BEGIN IMMEDIATE` on SQLite (the write lock first,
//! so claims never race); on PostgreSQL a transaction-scoped advisory lock (the per-user limit
//! counts running jobs, which two concurrent claims would both miss) and
//! `FOR UPDATE SKIP LOCKED` on the rows taken.
//!
//! Cost is bounded by the claim, not the backlog: jobs are picked from windows of the oldest due
//! jobs (an index range), leaving out users already at their limit, so one user's backlog of
//! thousands never hides another user's single job for more than one window.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, FromQueryResult, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionSession, TransactionTrait, Value,
};
use uuid::Uuid;

use crate::db::entities::job;

/// What one claim asks for.
pub(super) struct Claim<'a> {
    /// The kinds this process can run.
    pub kinds: &'a [&'static str],
    /// Jobs wanted at most.
    pub limit: usize,
    /// Running jobs per user at most.
    pub per_user_limit: usize,
    /// The claim's owner id.
    pub worker: &'a str,
    /// Now, by the queue's clock.
    pub now: DateTime<Utc>,
    /// The lease's end.
    pub lease_until: DateTime<Utc>,
}

/// `"obscura"` in ASCII: the advisory lock serialising claims on PostgreSQL.
const CLAIM_LOCK: i64 = 0x006f_6273_6375_7261;
/// Due jobs read per window (at least; four per wanted job otherwise).
const WINDOW: usize = 64;
/// Windows read per claim at most.
const ROUNDS: usize = 8;

/// Claims up to `limit` jobs: jobs whose lease expired (a crashed worker's) first, then due
/// queued jobs, fairly: users under their limit only, fewest running first, then oldest.
/// A crashed job with attempts left runs again; one without becomes `giving_up` with class
/// `lease_expired`; an expired `giving_up` job is taken over as it is.
pub(super) async fn claim<C>(db: &C, c: &Claim<'_>) -> Result<Vec<job::Model>, DbErr>
where
    C: ConnectionTrait + TransactionTrait,
{
    if c.kinds.is_empty() || c.limit == 0 {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await?;
    if backend == DbBackend::Postgres {
        txn.execute_raw(Statement::from_sql_and_values(
            backend,
            "SELECT pg_advisory_xact_lock($1)",
            [CLAIM_LOCK.into()],
        ))
        .await?;
    }
    let ids = pick(&txn, c).await?;
    let rows = if ids.is_empty() {
        Vec::new()
    } else {
        job::Model::find_by_statement(take(backend, c, &ids))
            .all(&txn)
            .await?
    };
    txn.commit().await?;
    Ok(rows)
}

/// A statement under construction with numbered parameters (`$n` works on both databases).
struct Sql {
    text: String,
    values: Vec<Value>,
}

impl Sql {
    fn new() -> Self {
        Self {
            text: String::new(),
            values: Vec::new(),
        }
    }

    fn param(&mut self, v: impl Into<Value>) -> String {
        self.values.push(v.into());
        format!("${}", self.values.len())
    }

    fn list<T: Into<Value> + Clone>(&mut self, items: &[T]) -> String {
        items
            .iter()
            .map(|v| self.param(v.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn build(self, backend: DbBackend) -> Statement {
        Statement::from_sql_and_values(backend, self.text, self.values)
    }
}

/// A candidate: id and user, in the order read.
type Candidate = (Uuid, Option<Uuid>);

async fn pick(txn: &impl ConnectionTrait, c: &Claim<'_>) -> Result<Vec<Uuid>, DbErr> {
    let backend = txn.get_database_backend();
    let limit = i64::try_from(c.per_user_limit).unwrap_or(i64::MAX);
    let mut sql = Sql::new();
    let now = sql.param(c.now);
    sql.text = format!(
        "SELECT user_id, COUNT(*) AS n FROM jobs \
         WHERE status = 'running' AND lease_until >= {now} AND user_id IS NOT NULL \
         GROUP BY user_id"
    );
    let mut busy: HashMap<Uuid, i64> = HashMap::new();
    for row in txn.query_all_raw(sql.build(backend)).await? {
        busy.insert(row.try_get("", "user_id")?, row.try_get("", "n")?);
    }
    let mut picked = Vec::new();
    let expired = candidates(txn, c, Due::Expired, &[], &[], c.limit).await?;
    take_fairly(&expired, &mut busy, &mut picked, limit, c.limit);
    let window = WINDOW.max(c.limit.saturating_mul(4));
    for _ in 0..ROUNDS {
        if picked.len() >= c.limit {
            break;
        }
        let full: Vec<Uuid> = busy
            .iter()
            .filter(|(_, n)| **n >= limit)
            .map(|(u, _)| *u)
            .collect();
        let rows = candidates(txn, c, Due::Queued, &full, &picked, window).await?;
        take_fairly(&rows, &mut busy, &mut picked, limit, c.limit);
        if rows.len() < window {
            break;
        }
    }
    Ok(picked)
}

#[derive(Clone, Copy)]
enum Due {
    /// Running or giving up, lease expired.
    Expired,
    /// Queued, `run_at` passed.
    Queued,
}

async fn candidates(
    txn: &impl ConnectionTrait,
    c: &Claim<'_>,
    due: Due,
    full_users: &[Uuid],
    picked: &[Uuid],
    n: usize,
) -> Result<Vec<Candidate>, DbErr> {
    let mut sql = Sql::new();
    let now = sql.param(c.now);
    let kinds = sql.list(c.kinds);
    let (cond, order) = match due {
        Due::Expired => (
            format!("status IN ('running', 'giving_up') AND lease_until < {now}"),
            "lease_until",
        ),
        Due::Queued => (format!("status = 'queued' AND run_at <= {now}"), "run_at"),
    };
    let mut text = format!("SELECT id, user_id FROM jobs WHERE {cond} AND kind IN ({kinds})");
    if !full_users.is_empty() {
        let list = sql.list(full_users);
        text.push_str(&format!(
            " AND (user_id IS NULL OR user_id NOT IN ({list}))"
        ));
    }
    if !picked.is_empty() {
        let list = sql.list(picked);
        text.push_str(&format!(" AND id NOT IN ({list})"));
    }
    let n = sql.param(i64::try_from(n).unwrap_or(i64::MAX));
    text.push_str(&format!(" ORDER BY {order}, id LIMIT {n}"));
    sql.text = text;
    txn.query_all_raw(sql.build(txn.get_database_backend()))
        .await?
        .iter()
        .map(|r| Ok((r.try_get("", "id")?, r.try_get("", "user_id")?)))
        .collect()
}

/// Picks from `rows` (oldest first) until `want` are picked: a user's k-th job here ranks
/// `running + k`, lowest rank first (round-robin between users, fewest running first), then
/// oldest; never past the per-user limit. System jobs (no user) rank as one user without limit.
fn take_fairly(
    rows: &[Candidate],
    busy: &mut HashMap<Uuid, i64>,
    picked: &mut Vec<Uuid>,
    limit: i64,
    want: usize,
) {
    let mut seen: HashMap<Option<Uuid>, i64> = HashMap::new();
    let mut ranked: Vec<(i64, usize)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, (_, user))| {
            let k = seen.entry(*user).or_default();
            *k += 1;
            match user {
                Some(u) => {
                    let rank = busy.get(u).copied().unwrap_or(0) + *k;
                    (rank <= limit).then_some((rank, i))
                }
                None => Some((*k, i)),
            }
        })
        .collect();
    ranked.sort_unstable();
    for (_, i) in ranked.into_iter().take(want.saturating_sub(picked.len())) {
        let (id, user) = rows[i];
        picked.push(id);
        if let Some(u) = user {
            *busy.entry(u).or_default() += 1;
        }
    }
}

/// The update that takes the picked jobs (re-checking that each is still claimable).
///
/// On PostgreSQL the rows are locked first in a materialised CTE and joined by primary key: the
/// planner can then never rescan the locking subquery once per row of `jobs`. It did with
/// `WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` when the statistics said the table was empty
/// (a queue that drained, was vacuumed but not truncated, then received a burst): a nested loop
/// over every row, some 60 s for one claim among 20,000 queued jobs.
fn take(backend: DbBackend, c: &Claim<'_>, ids: &[Uuid]) -> Statement {
    let mut sql = Sql::new();
    let now = sql.param(c.now);
    let lease = sql.param(c.lease_until);
    let worker = sql.param(c.worker);
    let ids = sql.list(ids);
    let claimable = format!(
        "id IN ({ids}) AND ((status = 'queued' AND run_at <= {now}) \
         OR (status IN ('running', 'giving_up') AND lease_until < {now}))"
    );
    let (with, from, target, t) = if backend == DbBackend::Postgres {
        (
            format!(
                "WITH picked AS MATERIALIZED \
                   (SELECT id FROM jobs WHERE {claimable} FOR UPDATE SKIP LOCKED) "
            ),
            " FROM picked",
            "jobs.id = picked.id".to_owned(),
            "jobs.",
        )
    } else {
        (String::new(), "", claimable, "")
    };
    let runs = "status = 'queued' OR (status = 'running' AND attempts < max_attempts)";
    sql.text = format!(
        "{with}UPDATE jobs SET \
           status = CASE WHEN {runs} THEN 'running' ELSE 'giving_up' END, \
           last_error = CASE WHEN status = 'running' AND attempts >= max_attempts \
             THEN 'lease_expired' ELSE last_error END, \
           attempts = CASE WHEN {runs} THEN attempts + 1 ELSE attempts END, \
           lease_until = {lease}, worker = {worker}, updated_at = {now}{from} \
         WHERE {target} \
         RETURNING {t}id, {t}kind, {t}payload, {t}user_id, {t}status, {t}attempts, \
           {t}max_attempts, {t}run_at, {t}lease_until, {t}worker, {t}last_error, {t}created_at, \
           {t}updated_at"
    );
    sql.build(backend)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backlog_shares_slots_round_robin_within_limits() {
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let id = |n: u128| Uuid::from_u128(100 + n);
        // Oldest first: A's five, then B's, then C's.
        let rows: Vec<Candidate> = vec![
            (id(1), Some(a)),
            (id(2), Some(a)),
            (id(3), Some(a)),
            (id(4), Some(a)),
            (id(5), Some(a)),
            (id(6), Some(b)),
            (id(7), Some(c)),
            (id(8), None),
        ];
        let mut busy = HashMap::from([(c, 2)]);
        let mut picked = Vec::new();
        take_fairly(&rows, &mut busy, &mut picked, 2, 5);
        // Rank 1: A1, B, system; rank 2: A2 (C is at its limit).
        assert_eq!(picked, vec![id(1), id(6), id(8), id(2)]);
        assert_eq!(busy[&a], 2);
        assert_eq!(busy[&c], 2);
    }
}
