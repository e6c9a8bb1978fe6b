//! The queries of the job queue. Every change of a claimed job names the claim that owns it
//! (`worker`, unique per claim), so a worker that lost its lease never clobbers the new owner.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult, QueryFilter, Set,
    Statement, TransactionOptions, TransactionSession, TransactionTrait, Value, sea_query::Expr,
};
use uuid::Uuid;

use super::{NewJob, status};
use crate::db::entities::job;

/// Adds a job to the queue, inside the caller's transaction when `db` is one: the job exists
/// exactly when the caller's other writes do. Call [`super::Queue::notify`] after the commit.
///
/// # Errors
/// Database errors (a duplicate `id` is a unique-constraint violation).
pub async fn enqueue(db: &impl ConnectionTrait, id: Uuid, job: NewJob) -> Result<(), DbErr> {
    let row = job::ActiveModel {
        id: Set(id),
        kind: Set(job.kind.to_owned()),
        payload: Set(job.payload.to_string()),
        user_id: Set(job.user_id),
        status: Set(status::QUEUED.to_owned()),
        attempts: Set(0),
        max_attempts: Set(i32::try_from(job.max_attempts.max(1)).unwrap_or(i32::MAX)),
        run_at: Set(job.run_at),
        lease_until: Set(None),
        worker: Set(None),
        last_error: Set(None),
        created_at: Set(job.run_at),
        updated_at: Set(job.run_at),
    };
    job::Entity::insert(row).exec_without_returning(db).await?;
    Ok(())
}

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

/// Lock key that serialises claims on PostgreSQL (`"obscura"` as ASCII): the per-user limit
/// counts running jobs, which two concurrent claims would both miss.
const CLAIM_LOCK: i64 = 0x6f62_7363_7572_61;

/// Claims up to `limit` jobs: due queued jobs, and jobs whose lease expired (a crashed worker's).
/// A crashed job with attempts left runs again; one without becomes `giving_up` with class
/// `lease_expired`; an expired `giving_up` job is taken over as it is.
///
/// Fairness: users under their limit only, fewest running first, then oldest `run_at`, so one
/// user's backlog never starves another user's single job.
pub(super) async fn claim<C>(db: &C, c: &Claim<'_>) -> Result<Vec<job::Model>, DbErr>
where
    C: ConnectionTrait + TransactionTrait,
{
    if c.kinds.is_empty() || c.limit == 0 {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let sql = claim_sql(backend, c.kinds.len());
    let mut values: Vec<Value> = vec![
        c.now.into(),
        i64::try_from(c.per_user_limit).unwrap_or(i64::MAX).into(),
        i64::try_from(c.limit).unwrap_or(i64::MAX).into(),
        c.lease_until.into(),
        c.worker.into(),
    ];
    values.extend(c.kinds.iter().map(|k| Value::from(*k)));
    let stmt = Statement::from_sql_and_values(backend, sql, values);
    if backend == DbBackend::Postgres {
        let txn = db.begin_with_options(TransactionOptions::default()).await?;
        txn.execute_raw(Statement::from_sql_and_values(
            backend,
            "SELECT pg_advisory_xact_lock($1)",
            [CLAIM_LOCK.into()],
        ))
        .await?;
        let rows = job::Model::find_by_statement(stmt).all(&txn).await?;
        txn.commit().await?;
        Ok(rows)
    } else {
        // One statement: SQLite takes the write lock when it starts, so claims never race.
        job::Model::find_by_statement(stmt).all(db).await
    }
}

/// The claim statement. Parameters: $1 now, $2 per-user limit, $3 limit, $4 lease end,
/// $5 worker, $6… kinds.
fn claim_sql(backend: DbBackend, kinds: usize) -> String {
    let kinds = (0..kinds)
        .map(|i| format!("${}", i + 6))
        .collect::<Vec<_>>()
        .join(", ");
    let claimable = "((status = 'queued' AND run_at <= $1) \
         OR (status IN ('running', 'giving_up') AND lease_until < $1))";
    let fair = format!(
        "WITH busy AS ( \
           SELECT user_id, COUNT(*) AS n FROM jobs \
           WHERE status = 'running' AND lease_until >= $1 AND user_id IS NOT NULL \
           GROUP BY user_id), \
         ready AS ( \
           SELECT id, user_id, run_at, \
             ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY run_at, id) AS rn \
           FROM jobs WHERE kind IN ({kinds}) AND {claimable}) \
         SELECT ready.id FROM ready LEFT JOIN busy ON busy.user_id = ready.user_id \
         WHERE ready.user_id IS NULL OR COALESCE(busy.n, 0) + ready.rn <= $2 \
         ORDER BY COALESCE(busy.n, 0) + ready.rn, ready.run_at, ready.id \
         LIMIT $3"
    );
    // PostgreSQL: lock what is picked, skipping rows another transaction holds.
    let picked = if backend == DbBackend::Postgres {
        format!("SELECT id FROM jobs WHERE id IN ({fair}) AND {claimable} FOR UPDATE SKIP LOCKED")
    } else {
        fair
    };
    let runs = "status = 'queued' OR (status = 'running' AND attempts < max_attempts)";
    format!(
        "UPDATE jobs SET \
           status = CASE WHEN {runs} THEN 'running' ELSE 'giving_up' END, \
           last_error = CASE WHEN status = 'running' AND attempts >= max_attempts \
             THEN 'lease_expired' ELSE last_error END, \
           attempts = CASE WHEN {runs} THEN attempts + 1 ELSE attempts END, \
           lease_until = $4, worker = $5, updated_at = $1 \
         WHERE id IN ({picked}) \
         RETURNING id, kind, payload, user_id, status, attempts, max_attempts, run_at, \
           lease_until, worker, last_error, created_at, updated_at"
    )
}

fn owned(id: Uuid, worker: &str, state: &str) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(job::Column::Id.eq(id))
        .add(job::Column::Worker.eq(worker))
        .add(job::Column::Status.eq(state))
}

/// Extends a running job's lease; false when the claim no longer owns it.
pub(super) async fn heartbeat(
    db: &impl ConnectionTrait,
    id: Uuid,
    worker: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let r = job::Entity::update_many()
        .col_expr(job::Column::LeaseUntil, Expr::value(lease_until))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(owned(id, worker, status::RUNNING))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// A run succeeded: the job is deleted (when the claim still owns it).
pub(super) async fn succeed(
    db: &impl ConnectionTrait,
    id: Uuid,
    worker: &str,
) -> Result<bool, DbErr> {
    let r = job::Entity::delete_many()
        .filter(owned(id, worker, status::RUNNING))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// A run failed and will be tried again at `run_at`.
pub(super) async fn retry_at(
    db: &impl ConnectionTrait,
    id: Uuid,
    worker: &str,
    now: DateTime<Utc>,
    run_at: DateTime<Utc>,
    class: &str,
) -> Result<bool, DbErr> {
    let r = job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status::QUEUED))
        .col_expr(job::Column::RunAt, Expr::value(run_at))
        .col_expr(job::Column::LastError, Expr::value(class))
        .col_expr(
            job::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(owned(id, worker, status::RUNNING))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// The job ends for good: `giving_up` with its class, leased to this claim while `give_up` runs.
pub(super) async fn begin_give_up(
    db: &impl ConnectionTrait,
    id: Uuid,
    worker: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    class: &str,
) -> Result<bool, DbErr> {
    let r = job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status::GIVING_UP))
        .col_expr(job::Column::LastError, Expr::value(class))
        .col_expr(job::Column::LeaseUntil, Expr::value(lease_until))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(owned(id, worker, status::RUNNING))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// `give_up` completed: the job is `failed` for good.
pub(super) async fn finish_give_up(
    db: &impl ConnectionTrait,
    id: Uuid,
    worker: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let r = job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status::FAILED))
        .col_expr(
            job::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(owned(id, worker, status::GIVING_UP))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}
