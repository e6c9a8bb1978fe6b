//! The queries of the job queue. Every change of a claimed job names the claim that owns it
//! (`worker`, unique per claim), so a worker that lost its lease never clobbers the new owner.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, QuerySelect, Set,
    sea_query::Expr,
};
use uuid::Uuid;

use super::{Schedule, status};
use crate::db::entities::job;

/// Inserts a job row (see [`super::Job::enqueue`]). On PostgreSQL it also sends a
/// notification on [`super::CHANNEL`], delivered when the caller's transaction commits (and
/// dropped with it): every process's worker listening there claims at once.
pub(super) async fn insert(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &str,
    schedule: &Schedule,
) -> Result<(), DbErr> {
    let row = job::ActiveModel {
        id: Set(schedule.id),
        kind: Set(kind.to_owned()),
        payload: Set(payload.to_owned()),
        user_id: Set(schedule.user_id),
        status: Set(status::QUEUED.to_owned()),
        attempts: Set(0),
        max_attempts: Set(i32::try_from(schedule.max_attempts.max(1)).unwrap_or(i32::MAX)),
        run_at: Set(schedule.run_at),
        lease_until: Set(None),
        worker: Set(None),
        last_error: Set(None),
        created_at: Set(schedule.run_at),
        updated_at: Set(schedule.run_at),
    };
    job::Entity::insert(row).exec_without_returning(db).await?;
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared(&format!("NOTIFY {}", super::CHANNEL))
            .await?;
    }
    Ok(())
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

/// Jobs queued or running, by kind and state: one grouped count.
pub(super) async fn depth(db: &impl ConnectionTrait) -> Result<Vec<(String, String, i64)>, DbErr> {
    job::Entity::find()
        .select_only()
        .column(job::Column::Kind)
        .column(job::Column::Status)
        .column_as(job::Column::Id.count(), "jobs")
        .filter(job::Column::Status.is_in([status::QUEUED, status::RUNNING]))
        .group_by(job::Column::Kind)
        .group_by(job::Column::Status)
        .into_tuple()
        .all(db)
        .await
}
