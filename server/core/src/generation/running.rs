//! Generations while they run: their progress and their cancellation.
//!
//! - **Progress.** The worker gives every [`Task`](super::providers::Task) a fresh
//!   [`Progress`] and keeps it in this process's [`Running`] registry while the provider works.
//!   [`watch`] writes the steps the provider reports to the generation's row (`progress_done`,
//!   `progress_total`) at most once per [`WATCH_EVERY`], so whichever process answers the job
//!   card's poll can show them.
//! - **Cancellation.** [`cancel`] ends a queued generation at once (`cancelled`, its job removed,
//!   its reserved credits released under the same key as the failure path's, so they can never
//!   come back twice). A running one gets `cancel_requested_at`: the registry of this process
//!   cancels its [`Progress`] at once, and the process running it (any process sharing the
//!   database) sees the column within a [`WATCH_EVERY`] and cancels it there. The worker races
//!   the provider against the cancellation: a provider that does not stop by itself is dropped
//!   (its HTTP request aborted). The generation then ends `cancelled`: every image already
//!   stored is removed (also of a count > 1: a cancelled generation keeps nothing and costs
//!   nothing) and its credits are released.
//! - A finished generation cannot be cancelled ([`CancelError::Finished`]).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use obscura_shared::{generation::Status, generation_queue::Cancelled};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    sea_query::Expr,
};
use uuid::Uuid;

use super::{jobs::Generate, providers::Progress};
use crate::{
    credits::{self, Entry, Operation},
    db::entities::{generation, job},
    jobs::Job as _,
    state::AppState,
};

/// How often a running generation's progress is written and its cancellation checked.
pub const WATCH_EVERY: Duration = Duration::from_secs(1);

/// This process's running generations (generation id → its [`Progress`]).
#[derive(Debug, Default)]
pub struct Running {
    tasks: Mutex<HashMap<Uuid, Progress>>,
}

impl Running {
    /// Keeps `progress` under `id` until the returned guard is dropped.
    #[must_use]
    pub fn register(self: &Arc<Self>, id: Uuid, progress: Progress) -> Registered {
        if let Ok(mut tasks) = self.tasks.lock() {
            tasks.insert(id, progress);
        }
        Registered {
            running: Arc::clone(self),
            id,
        }
    }

    /// Cancels generation `id` if it runs in this process; returns whether it did.
    pub fn cancel(&self, id: Uuid) -> bool {
        let progress = self.tasks.lock().ok().and_then(|t| t.get(&id).cloned());
        progress.map(|p| p.cancel()).is_some()
    }

    /// How many generations run in this process.
    #[must_use]
    pub fn len(&self) -> usize {
        self.tasks.lock().map(|t| t.len()).unwrap_or_default()
    }

    /// Whether none runs in this process.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A generation's place in the [`Running`] registry, given up when dropped.
#[derive(Debug)]
pub struct Registered {
    running: Arc<Running>,
    id: Uuid,
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Ok(mut tasks) = self.running.tasks.lock() {
            tasks.remove(&self.id);
        }
    }
}

/// While generation `id` runs: writes the steps of `progress` when they changed, and cancels
/// `progress` once the generation's `cancel_requested_at` is set (by any process). Never
/// returns: the worker drops it when the provider is done.
pub async fn watch(state: &AppState, id: Uuid, progress: &Progress) {
    let mut written = (0, 0);
    let mut tick = tokio::time::interval(WATCH_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let now = progress.get();
        if now != written {
            let (done, total) = now;
            let saved = generation::Entity::update_many()
                .col_expr(
                    generation::Column::ProgressDone,
                    Expr::value(i32::try_from(done).unwrap_or(i32::MAX)),
                )
                .col_expr(
                    generation::Column::ProgressTotal,
                    Expr::value(i32::try_from(total).unwrap_or(i32::MAX)),
                )
                .filter(generation::Column::Id.eq(id))
                .filter(generation::Column::Status.eq(Status::Running.code()))
                .exec(&state.db)
                .await;
            match saved {
                Ok(_) => written = now,
                Err(e) => tracing::warn!(error = %e, "could not write a generation's progress"),
            }
        }
        if !progress.is_cancelled() && cancel_requested(&state.db, id).await {
            progress.cancel();
        }
    }
}

/// Whether the owner asked to cancel generation `id` (false when it cannot be read).
pub async fn cancel_requested(db: &impl ConnectionTrait, id: Uuid) -> bool {
    let asked: Result<Option<Option<chrono::DateTime<chrono::Utc>>>, _> =
        generation::Entity::find_by_id(id)
            .select_only()
            .column(generation::Column::CancelRequestedAt)
            .into_tuple()
            .one(db)
            .await;
    matches!(asked, Ok(Some(Some(_))))
}

/// Why a generation was not cancelled.
#[derive(Debug, thiserror::Error)]
pub enum CancelError {
    /// Not one of the person's generations (or a malformed id).
    #[error("no such generation")]
    NotFound,
    /// It has already ended (made or failed).
    #[error("the generation has finished")]
    Finished,
    /// A database error.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for CancelError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// Cancels `user`'s generation `id`: at once when it waits, by asking its worker when it runs.
/// Asking again answers the same (or [`Cancelled::Already`] once it is cancelled).
///
/// # Errors
/// [`CancelError::NotFound`] for another account's or an unknown generation,
/// [`CancelError::Finished`] when it has already ended otherwise.
pub async fn cancel(state: &AppState, user: Uuid, id: Uuid) -> Result<Cancelled, CancelError> {
    let Some(row) = generation::Entity::find_by_id(id)
        .filter(generation::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Err(CancelError::NotFound);
    };
    match Status::parse(&row.status) {
        Some(Status::Cancelled) => return Ok(Cancelled::Already),
        Some(Status::Queued | Status::Running) => {}
        Some(Status::Succeeded | Status::Failed) | None => return Err(CancelError::Finished),
    }
    if cancel_queued(state, &row).await? {
        return Ok(Cancelled::Now);
    }
    // Running (it may have started a moment ago): ask its worker.
    let now = state.clock.now();
    let asked = generation::Entity::update_many()
        .col_expr(generation::Column::CancelRequestedAt, Expr::value(now))
        .filter(generation::Column::Id.eq(id))
        .filter(generation::Column::Status.eq(Status::Running.code()))
        .filter(generation::Column::CancelRequestedAt.is_null())
        .exec(&state.db)
        .await?
        .rows_affected
        == 1;
    if asked {
        // Between two attempts (a retry waiting for its time), its job runs now and stops.
        let payload = serde_json::to_string(&Generate { generation: id })
            .map_err(|e| CancelError::Internal(e.into()))?;
        let woken = job::Entity::update_many()
            .col_expr(job::Column::RunAt, Expr::value(now))
            .filter(job::Column::Kind.eq(Generate::KIND))
            .filter(job::Column::Status.eq(crate::jobs::status::QUEUED))
            .filter(job::Column::Payload.eq(payload))
            .filter(job::Column::RunAt.gt(now))
            .exec(&state.db)
            .await?
            .rows_affected;
        if woken > 0 {
            state.queue.notify();
        }
        state.running.cancel(id);
        state.api_pages.changed(user);
    }
    let now = generation::Entity::find_by_id(id).one(&state.db).await?;
    match now.as_ref().and_then(|r| Status::parse(&r.status)) {
        Some(Status::Running | Status::Queued) => Ok(Cancelled::Requested),
        Some(Status::Cancelled) => Ok(Cancelled::Already),
        Some(Status::Succeeded | Status::Failed) | None => Err(CancelError::Finished),
    }
}

/// Ends `row` as cancelled if it still waits: in one transaction its status, the release of its
/// credits, its webhook and the removal of its waiting job. Returns whether it did.
async fn cancel_queued(state: &AppState, row: &generation::Model) -> Result<bool, CancelError> {
    let now = state.clock.now();
    let txn = state.db.begin().await?;
    let changed = generation::Entity::update_many()
        .col_expr(
            generation::Column::Status,
            Expr::value(Status::Cancelled.code()),
        )
        .col_expr(generation::Column::FinishedAt, Expr::value(now))
        .filter(generation::Column::Id.eq(row.id))
        .filter(generation::Column::Status.eq(Status::Queued.code()))
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if !changed {
        txn.rollback().await?;
        return Ok(false);
    }
    release(&txn, state, row).await?;
    let told =
        crate::api::webhooks::generation_ended(&txn, state, row, Status::Cancelled, None).await?;
    let payload = serde_json::to_string(&Generate { generation: row.id })
        .map_err(|e| CancelError::Internal(e.into()))?;
    job::Entity::delete_many()
        .filter(job::Column::Kind.eq(Generate::KIND))
        .filter(job::Column::Status.eq(crate::jobs::status::QUEUED))
        .filter(job::Column::Payload.eq(payload))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    state.api_pages.changed(row.user_id);
    if told {
        state.queue.notify();
    }
    Ok(true)
}

/// Gives `row`'s reserved credits back, under the failure path's key (`release:{id}`): whichever
/// ends the generation, the credits come back once.
///
/// # Errors
/// Database errors.
pub(crate) async fn release<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    state: &AppState,
    row: &generation::Model,
) -> anyhow::Result<()> {
    if row.cost <= 0 {
        return Ok(());
    }
    credits::apply(
        db,
        state.ids.new_id(),
        state.clock.now(),
        Operation {
            user_id: row.user_id,
            entry: Entry::Release,
            amount: row.cost,
            key: &format!("release:{}", row.id),
            reference: Some(&format!("generation:{}", row.id)),
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_cancels_what_runs_here_until_it_ends() {
        let running = Arc::new(Running::default());
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let progress = Progress::new();
        let guard = running.register(a, progress.clone());
        assert_eq!(running.len(), 1);
        assert!(!running.cancel(b));
        assert!(!progress.is_cancelled());
        assert!(running.cancel(a));
        assert!(progress.is_cancelled());
        drop(guard);
        assert!(running.is_empty());
        assert!(!running.cancel(a));
    }
}
