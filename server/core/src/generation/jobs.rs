//! The `generate` job: runs one generation through its provider, stores every image (original
//! as returned, WebP preview and thumbnail), captures the reserved credits, and writes the usage
//! log. Idempotent: a retried job skips images already stored and a finished generation is left
//! alone. When the job ends for good without images, [`Generate::give_up`] releases the credits.

use std::time::Instant;

use anyhow::Context as _;
use object_store::{ObjectStore as _, PutPayload, path::Path};
use obscura_shared::{
    ErrorCode,
    generation::{Quality, Status},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set, TransactionTrait,
    sea_query::{Expr, OnConflict},
};
use uuid::Uuid;

use super::{
    JOB_KIND, moderation,
    providers::{Output, ProviderError, ProviderKind, Reference, Task, local::Local},
};
use crate::{
    accounts::{Client, events::EventKind},
    credits::{self, Entry, Operation},
    db::entities::{generation, generation_image, usage_entry},
    jobs::{Handler, JobContext, JobError},
    state::AppState,
    storage::images,
};

/// The handler of [`JOB_KIND`].
pub struct Generate {
    state: AppState,
}

impl Generate {
    /// A handler over the application state (and its configured providers).
    #[must_use]
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

fn generation_id(job: &JobContext) -> Option<Uuid> {
    job.payload
        .get("generation")
        .and_then(|v| v.as_str())
        .and_then(|s| Uuid::parse_str(s).ok())
}

fn kind_of(code: &str) -> Option<ProviderKind> {
    [
        ProviderKind::Local,
        ProviderKind::Openai,
        ProviderKind::Sdwebui,
        ProviderKind::Replicate,
    ]
    .into_iter()
    .find(|k| k.code() == code)
}

/// The error code people see for a job's final error class.
fn code_for(class: &str) -> ErrorCode {
    match class {
        "content_rejected" | "blocked" => ErrorCode::ContentRejected,
        "rate_limited" | "unavailable" | "timeout" | "lease_expired" => ErrorCode::Unavailable,
        _ => ErrorCode::Internal,
    }
}

impl Generate {
    async fn usage(
        &self,
        row: &generation::Model,
        attempt: u32,
        started: Instant,
        outcome: &str,
        class: Option<&str>,
    ) {
        let entry = usage_entry::ActiveModel {
            id: Set(self.state.ids.new_id()),
            task_id: Set(row.id),
            model: Set(row.model.clone()),
            provider: Set(row.provider.clone()),
            attempt: Set(i32::try_from(attempt).unwrap_or(i32::MAX)),
            duration_ms: Set(i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX)),
            outcome: Set(outcome.to_owned()),
            error_class: Set(class.map(str::to_owned)),
            created_at: Set(self.state.clock.now()),
        };
        if let Err(e) = entry.insert(&self.state.db).await {
            tracing::warn!(error = %e, "could not write the usage log");
        }
    }

    /// Stores one image and its derivatives; a position stored before is left as it is.
    async fn store(
        &self,
        row: &generation::Model,
        position: u8,
        output: Output,
    ) -> Result<(), JobError> {
        let bytes = output.bytes;
        let original = bytes.clone();
        let (described, derived) = self
            .state
            .images
            .for_job(move || {
                let described = images::describe(&original)?;
                let derived = images::derivatives(&original)?;
                Ok::<_, images::ImageError>((described, derived))
            })
            .await
            .map_err(|_| JobError::retry("internal"))?
            .map_err(|_| JobError::retry("bad_response"))?;
        let prefix = super::object_prefix(row.user_id, row.id);
        let ext = match described.mime {
            "image/jpeg" => "jpg",
            "image/webp" => "webp",
            _ => "png",
        };
        let original_key = format!("{prefix}/{position}.{ext}");
        let preview_key = format!("{prefix}/{position}.preview.webp");
        let thumb_key = format!("{prefix}/{position}.thumb.webp");
        let store = &self.state.storage.store;
        for (key, body) in [
            (&original_key, bytes),
            (&preview_key, derived.preview.bytes.into()),
            (&thumb_key, derived.thumbnail.bytes.into()),
        ] {
            store
                .put(&Path::from(key.as_str()), PutPayload::from(body))
                .await
                .map_err(|e| {
                    tracing::warn!(error = %e, "could not store an image");
                    JobError::retry("storage")
                })?;
        }
        let dim = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
        let image = generation_image::ActiveModel {
            id: Set(Uuid::new_v4()),
            generation_id: Set(row.id),
            user_id: Set(row.user_id),
            position: Set(i16::from(position)),
            mime: Set(described.mime.to_owned()),
            bytes: Set(i64::try_from(described.bytes).unwrap_or(i64::MAX)),
            width: Set(dim(described.width)),
            height: Set(dim(described.height)),
            original_key: Set(original_key),
            preview_key: Set(preview_key),
            preview_width: Set(dim(derived.preview.width)),
            preview_height: Set(dim(derived.preview.height)),
            thumb_key: Set(thumb_key),
            thumb_width: Set(dim(derived.thumbnail.width)),
            thumb_height: Set(dim(derived.thumbnail.height)),
            created_at: Set(self.state.clock.now()),
        };
        generation_image::Entity::insert(image)
            .on_conflict(
                OnConflict::columns([
                    generation_image::Column::GenerationId,
                    generation_image::Column::Position,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(&self.state.db)
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, "could not record an image");
                JobError::retry("database")
            })?;
        Ok(())
    }

    async fn reference(&self, row: &generation::Model) -> Result<Option<Reference>, JobError> {
        let Some(key) = &row.reference_key else {
            return Ok(None);
        };
        let png = self
            .state
            .storage
            .store
            .get(&Path::from(key.as_str()))
            .await
            .map_err(|_| JobError::retry("storage"))?
            .bytes()
            .await
            .map_err(|_| JobError::retry("storage"))?;
        let described = images::describe(&png).map_err(|_| JobError::permanent("bad_reference"))?;
        Ok(Some(Reference {
            png,
            width: described.width,
            height: described.height,
        }))
    }

    /// Ends an unfinished generation as succeeded (capturing its credits) or failed with
    /// `error` (releasing them), in one transaction. Returns false if it had already ended.
    async fn settle(
        &self,
        row: &generation::Model,
        error: Option<(ErrorCode, &str)>,
    ) -> anyhow::Result<bool> {
        let now = self.state.clock.now();
        let (status, entry, key) = match error {
            None => (Status::Succeeded, Entry::Capture, "capture"),
            Some(_) => (Status::Failed, Entry::Release, "release"),
        };
        let txn = self.state.db.begin().await?;
        let mut update = generation::Entity::update_many()
            .col_expr(generation::Column::Status, Expr::value(status.code()))
            .col_expr(generation::Column::FinishedAt, Expr::value(now));
        if let Some((code, class)) = error {
            update = update
                .col_expr(generation::Column::ErrorCode, Expr::value(code.as_str()))
                .col_expr(generation::Column::ErrorClass, Expr::value(class));
        }
        let changed = update
            .filter(generation::Column::Id.eq(row.id))
            .filter(
                generation::Column::Status
                    .is_not_in([Status::Succeeded.code(), Status::Failed.code()]),
            )
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if changed {
            credits::apply(
                &txn,
                self.state.ids.new_id(),
                now,
                Operation {
                    user_id: row.user_id,
                    entry,
                    amount: row.cost,
                    key: &format!("{key}:{}", row.id),
                    reference: Some(&format!("generation:{}", row.id)),
                },
            )
            .await?;
        }
        txn.commit().await.context("settling a generation")?;
        Ok(changed)
    }

    async fn run_generation(
        &self,
        job: &JobContext,
        row: &generation::Model,
    ) -> Result<(), JobError> {
        if moderation::blocked(&self.state.config.generation.blocklist, &row.prompt) {
            return Err(JobError::permanent("blocked"));
        }
        let kind = kind_of(&row.provider).ok_or_else(|| JobError::permanent("provider_missing"))?;
        let provider = self
            .state
            .providers
            .get(kind)
            .ok_or_else(|| JobError::permanent("provider_missing"))?;
        generation::Entity::update_many()
            .col_expr(
                generation::Column::Status,
                Expr::value(Status::Running.code()),
            )
            .col_expr(
                generation::Column::StartedAt,
                Expr::value(row.started_at.unwrap_or_else(|| self.state.clock.now())),
            )
            .filter(generation::Column::Id.eq(row.id))
            .filter(
                generation::Column::Status.is_in([Status::Queued.code(), Status::Running.code()]),
            )
            .exec(&self.state.db)
            .await
            .map_err(|_| JobError::retry("database"))?;
        let task = Task {
            id: row.id,
            upstream_model: row.upstream.clone(),
            prompt: row.prompt.clone(),
            negative_prompt: row.negative_prompt.clone(),
            width: u32::try_from(row.width).unwrap_or(1024),
            height: u32::try_from(row.height).unwrap_or(1024),
            quality: Quality::parse(&row.quality).unwrap_or_default(),
            count: u8::try_from(row.count).unwrap_or(1),
            seed: u64::try_from(row.seed).unwrap_or_default(),
            reference: self.reference(row).await?,
        };
        let stored: Vec<i16> = generation_image::Entity::find()
            .select_only()
            .column(generation_image::Column::Position)
            .filter(generation_image::Column::GenerationId.eq(row.id))
            .into_tuple()
            .all(&self.state.db)
            .await
            .map_err(|_| JobError::retry("database"))?;
        let started = Instant::now();
        let outcome: Result<(), ProviderError> = async {
            if kind == ProviderKind::Local {
                // One at a time, so that each image appears as soon as it is painted.
                for i in 0..task.count {
                    if stored.contains(&i16::from(i)) {
                        continue;
                    }
                    let delay = self.state.config.generation.offline_delay;
                    if !delay.is_zero() {
                        tokio::time::sleep(delay).await;
                    }
                    let t = task.clone();
                    let seed = t.seed.wrapping_add(u64::from(i));
                    let out = tokio::task::spawn_blocking(move || Local::paint(&t, seed))
                        .await
                        .map_err(|_| ProviderError::Failed("the renderer stopped".into()))??;
                    self.store(row, i, out)
                        .await
                        .map_err(|e| ProviderError::Failed(e.class.into()))?;
                }
            } else {
                let outputs = provider.generate(&task).await?;
                for (i, out) in outputs
                    .into_iter()
                    .take(usize::from(task.count))
                    .enumerate()
                {
                    let i = u8::try_from(i).unwrap_or(u8::MAX);
                    if !stored.contains(&i16::from(i)) {
                        self.store(row, i, out)
                            .await
                            .map_err(|e| ProviderError::Failed(e.class.into()))?;
                    }
                }
            }
            Ok(())
        }
        .await;
        match outcome {
            Ok(()) => {
                self.settle(row, None).await.map_err(|e| {
                    tracing::warn!(error = format!("{e:#}"), "could not finish a generation");
                    JobError::retry("database")
                })?;
                self.usage(row, job.attempt, started, "succeeded", None)
                    .await;
                Ok(())
            }
            Err(e) => {
                let last = job.attempt >= job.max_attempts || !e.retryable();
                let outcome = if last { "failed" } else { "retry" };
                self.usage(row, job.attempt, started, outcome, Some(e.class()))
                    .await;
                tracing::info!(
                    class = e.class(),
                    attempt = job.attempt,
                    "a generation attempt failed"
                );
                Err(if e.retryable() {
                    let after = match e {
                        ProviderError::RateLimited { retry_after } => retry_after,
                        _ => None,
                    };
                    after.map_or_else(
                        || JobError::retry(e.class()),
                        |d| JobError::retry_after(e.class(), d),
                    )
                } else {
                    JobError::permanent(e.class())
                })
            }
        }
    }
}

#[async_trait::async_trait]
impl Handler for Generate {
    fn kind(&self) -> &'static str {
        JOB_KIND
    }

    async fn run(&self, job: &JobContext) -> Result<(), JobError> {
        let Some(id) = generation_id(job) else {
            return Err(JobError::permanent("bad_payload"));
        };
        let row = generation::Entity::find_by_id(id)
            .one(&self.state.db)
            .await
            .map_err(|_| JobError::retry("database"))?;
        match row {
            // Deleted meanwhile, or already finished: nothing to do.
            None => Ok(()),
            Some(row) if Status::parse(&row.status).is_some_and(Status::is_final) => Ok(()),
            Some(row) => self.run_generation(job, &row).await,
        }
    }

    async fn give_up(&self, job: &JobContext, class: &str) -> anyhow::Result<()> {
        let Some(id) = generation_id(job) else {
            return Ok(());
        };
        let Some(row) = generation::Entity::find_by_id(id)
            .one(&self.state.db)
            .await?
        else {
            return Ok(());
        };
        let code = code_for(class);
        let changed = self.settle(&row, Some((code, class))).await?;
        if changed {
            // A failed generation keeps no partial files.
            let partial = generation_image::Entity::find()
                .filter(generation_image::Column::GenerationId.eq(row.id))
                .all(&self.state.db)
                .await?;
            for image in &partial {
                for key in [&image.original_key, &image.preview_key, &image.thumb_key] {
                    let _ = self
                        .state
                        .storage
                        .store
                        .delete(&Path::from(key.as_str()))
                        .await;
                }
            }
            generation_image::Entity::delete_many()
                .filter(generation_image::Column::GenerationId.eq(row.id))
                .exec(&self.state.db)
                .await?;
            if code == ErrorCode::ContentRejected {
                let kind = if class == "blocked" {
                    EventKind::ContentBlocked
                } else {
                    EventKind::ContentRejected
                };
                crate::accounts::events::record(
                    &self.state,
                    row.user_id,
                    kind,
                    None,
                    &Client::unknown(),
                )
                .await;
            }
        }
        Ok(())
    }
}
