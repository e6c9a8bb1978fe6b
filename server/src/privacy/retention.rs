//! Media retention (P-GEN-2): generations past their `expires_at` (set from
//! `OBSCURA_MEDIA_RETENTION_DAYS` when they were made) are deleted with every stored file —
//! originals, previews, thumbnails and references — and their shares end.
//!
//! A scheduler in every serving process enqueues a `purge-media` job every few minutes unless
//! one is already waiting; the job deletes in batches and is idempotent, so a run cut short (a
//! crash, a lost lease) is finished by the next one, and two processes enqueueing at once only
//! cost an empty run.

use std::time::Duration;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::{
    db::entities::{generation, generation_image, job},
    jobs::{Handler, JobContext, JobError, NewJob},
    state::AppState,
};

/// The job kind.
pub const JOB_KIND: &str = "purge-media";
/// How often the scheduler looks.
pub const EVERY: Duration = Duration::from_secs(10 * 60);
/// Generations deleted per batch.
const BATCH: u64 = 50;

/// Deletes up to `batch` expired generations; returns how many went.
///
/// # Errors
/// Database or storage errors (what was not deleted is found again by the next call).
pub async fn purge_batch(state: &AppState, batch: u64) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let expired: Vec<(Uuid, Uuid)> = generation::Entity::find()
        .select_only()
        .column(generation::Column::Id)
        .column(generation::Column::UserId)
        .filter(generation::Column::ExpiresAt.lte(now))
        .filter(generation::Column::Status.is_in(["succeeded", "failed"]))
        .order_by_asc(generation::Column::ExpiresAt)
        .limit(batch)
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut purged = 0;
    for (id, user) in expired {
        let images: Vec<Uuid> = generation_image::Entity::find()
            .select_only()
            .column(generation_image::Column::Id)
            .filter(generation_image::Column::GenerationId.eq(id))
            .into_tuple()
            .all(&state.db)
            .await?;
        crate::gallery::delete(state, user, &images, &[id]).await?;
        purged += 1;
    }
    Ok(purged)
}

/// Enqueues a purge unless retention is off or one is already waiting or running.
///
/// # Errors
/// Database errors.
pub async fn schedule(state: &AppState) -> anyhow::Result<bool> {
    if state.config.generation.media_retention_days == 0 {
        return Ok(false);
    }
    let pending = job::Entity::find()
        .filter(job::Column::Kind.eq(JOB_KIND))
        .filter(
            job::Column::Status.is_in([crate::jobs::status::QUEUED, crate::jobs::status::RUNNING]),
        )
        .count(&state.db)
        .await?;
    if pending > 0 {
        return Ok(false);
    }
    crate::jobs::enqueue(
        &state.db,
        state.ids.new_id(),
        NewJob {
            kind: JOB_KIND,
            payload: serde_json::json!({}),
            user_id: None,
            max_attempts: 3,
            run_at: state.clock.now(),
        },
    )
    .await?;
    state.queue.notify();
    Ok(true)
}

/// Schedules a purge now and then every [`EVERY`], for the life of the process.
pub async fn schedule_forever(state: AppState) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        if let Err(e) = schedule(&state).await {
            tracing::warn!(
                error = format!("{e:#}"),
                "could not schedule the media purge"
            );
        }
    }
}

/// The handler of [`JOB_KIND`].
pub struct PurgeMedia {
    state: AppState,
}

impl PurgeMedia {
    /// A handler over the application state.
    #[must_use]
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

#[async_trait::async_trait]
impl Handler for PurgeMedia {
    fn kind(&self) -> &'static str {
        JOB_KIND
    }

    async fn run(&self, _job: &JobContext) -> Result<(), JobError> {
        let mut total = 0;
        loop {
            let purged = purge_batch(&self.state, BATCH).await.map_err(|e| {
                tracing::warn!(error = format!("{e:#}"), "a media purge batch failed");
                JobError::retry("purge")
            })?;
            total += purged;
            if purged < usize::try_from(BATCH).unwrap_or(usize::MAX) {
                break;
            }
        }
        tracing::info!(generations = total, "media purge finished");
        Ok(())
    }

    async fn give_up(&self, _job: &JobContext, class: &str) -> anyhow::Result<()> {
        tracing::warn!(class, "a media purge gave up; the next one will go on");
        Ok(())
    }
}
