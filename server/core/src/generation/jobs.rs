//! The `generate` job ([`Generate`]): runs one generation through its provider, stores every
//! image (original as returned, WebP preview and thumbnail), captures the reserved credits, and
//! writes the usage log. Idempotent: a retried job skips images already stored and a finished
//! generation is left alone. Its failures are a [`GenerateError`], which decides the retry and
//! the code people see; when the job ends for good without images, its `give_up` releases the
//! credits.

use std::{collections::BTreeSet, time::Instant};

use anyhow::Context as _;
use futures::TryStreamExt as _;
use object_store::{ObjectStore as _, path::Path};
use obscura_shared::{
    ErrorCode,
    generation::{Quality, Status},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set, TransactionTrait,
    sea_query::{Expr, OnConflict},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::providers::{
    Output, ProviderError, ProviderKind, Reference, Task,
    local::{BANDS, Local},
};
use crate::{
    accounts::{Client, events::EventKind},
    credits::{self, Entry, Operation},
    db::entities::{generation, generation_image, usage_entry},
    jobs::{Attempt, Ended, Failure, Job, Retry},
    state::AppState,
    storage::images,
};

/// The job that runs one generation (payload `{"generation": id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generate {
    /// The generation's id.
    pub generation: Uuid,
}

/// Why a generation attempt failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GenerateError {
    /// The prompt is on the blocklist. Not retried.
    Blocked,
    /// The generation's provider is not configured in this process. Not retried.
    ProviderMissing,
    /// The stored reference is not a readable image. Not retried.
    BadReference,
    /// The provider failed; retried when [`ProviderError::retryable`], after its `Retry-After`.
    Provider(ProviderError),
    /// Reading or writing the object store failed. Retried.
    Storage,
    /// A database error. Retried.
    Database,
    /// The image work stopped. Retried.
    Internal,
    /// A returned image could not be decoded. Retried.
    BadImage,
    /// A stored class this build does not name (read back for a give-up).
    Other(String),
}

impl Failure for GenerateError {
    fn class(&self) -> &str {
        match self {
            Self::Blocked => "blocked",
            Self::ProviderMissing => "provider_missing",
            Self::BadReference => "bad_reference",
            Self::Provider(e) => e.class(),
            Self::Storage => "storage",
            Self::Database => "database",
            Self::Internal => "internal",
            Self::BadImage => "bad_response",
            Self::Other(class) => class,
        }
    }

    fn retry(&self) -> Retry {
        match self {
            Self::Blocked | Self::ProviderMissing | Self::BadReference | Self::Other(_) => {
                Retry::Never
            }
            Self::Provider(ProviderError::RateLimited { retry_after }) => {
                Retry::Later(*retry_after)
            }
            Self::Provider(e) if e.retryable() => Retry::Later(None),
            Self::Provider(_) => Retry::Never,
            Self::Storage | Self::Database | Self::Internal | Self::BadImage => Retry::Later(None),
        }
    }

    fn from_class(class: &str) -> Self {
        match class {
            "blocked" => Self::Blocked,
            "provider_missing" => Self::ProviderMissing,
            "bad_reference" => Self::BadReference,
            "storage" => Self::Storage,
            "database" => Self::Database,
            "internal" => Self::Internal,
            "content_rejected" => Self::Provider(ProviderError::ContentRejected),
            "rate_limited" => Self::Provider(ProviderError::RateLimited { retry_after: None }),
            "unavailable" => Self::Provider(ProviderError::Unavailable(String::new())),
            "timeout" => Self::Provider(ProviderError::Timeout),
            "bad_response" => Self::Provider(ProviderError::BadResponse(String::new())),
            other => Self::Other(other.to_owned()),
        }
    }
}

pub(crate) fn kind_of(code: &str) -> Option<ProviderKind> {
    [
        ProviderKind::Local,
        ProviderKind::Openai,
        ProviderKind::Sdwebui,
        ProviderKind::Replicate,
        ProviderKind::Comfyui,
        ProviderKind::Candle,
    ]
    .into_iter()
    .find(|k| k.code() == code)
}

/// The error code people see for why a generation ended.
pub(crate) fn code_for(why: &Ended<GenerateError>) -> ErrorCode {
    use GenerateError::{Blocked, Provider};
    match why {
        Ended::Failed(Blocked | Provider(ProviderError::ContentRejected)) => {
            ErrorCode::ContentRejected
        }
        Ended::Failed(Provider(
            ProviderError::RateLimited { .. }
            | ProviderError::Unavailable(_)
            | ProviderError::Timeout,
        ))
        | Ended::TimedOut
        | Ended::LeaseExpired => ErrorCode::Unavailable,
        Ended::Failed(_) | Ended::Panicked => ErrorCode::Internal,
    }
}

/// One run's work, over the application state.
struct Work<'a> {
    state: &'a AppState,
}

impl Work<'_> {
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
    ) -> Result<(), GenerateError> {
        let prefix = super::object_prefix(row.user_id, row.id);
        let stored = images::store_with_derivatives(self.state, &prefix, position, output.bytes)
            .await
            .map_err(store_error)?;
        let dim = images::Stored::dim;
        let image = generation_image::ActiveModel {
            id: Set(Uuid::new_v4()),
            generation_id: Set(row.id),
            user_id: Set(row.user_id),
            position: Set(i16::from(position)),
            mime: Set(stored.described.mime.to_owned()),
            bytes: Set(i64::try_from(stored.described.bytes).unwrap_or(i64::MAX)),
            width: Set(dim(stored.described.width)),
            height: Set(dim(stored.described.height)),
            original_key: Set(stored.original_key),
            preview_key: Set(stored.preview_key),
            preview_width: Set(dim(stored.preview_size.0)),
            preview_height: Set(dim(stored.preview_size.1)),
            thumb_key: Set(stored.thumb_key),
            thumb_width: Set(dim(stored.thumb_size.0)),
            thumb_height: Set(dim(stored.thumb_size.1)),
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
                GenerateError::Database
            })?;
        self.state.api_pages.changed(row.user_id);
        Ok(())
    }

    async fn reference(&self, row: &generation::Model) -> Result<Option<Reference>, GenerateError> {
        let Some(key) = &row.reference_key else {
            return Ok(None);
        };
        let png = self
            .state
            .storage
            .store
            .get(&Path::from(key.as_str()))
            .await
            .map_err(|_| GenerateError::Storage)?
            .bytes()
            .await
            .map_err(|_| GenerateError::Storage)?;
        let described = images::describe(&png).map_err(|_| GenerateError::BadReference)?;
        Ok(Some(Reference {
            png,
            width: described.width,
            height: described.height,
        }))
    }

    /// Ends an unfinished generation as succeeded (capturing its credits), failed with `error`
    /// or cancelled (`error` None, `cancelled`; both releasing them, under the same key), in one
    /// transaction. Returns false if it had already ended.
    async fn settle(
        &self,
        row: &generation::Model,
        error: Option<(ErrorCode, &str)>,
        cancelled: bool,
    ) -> anyhow::Result<bool> {
        let now = self.state.clock.now();
        let (status, entry) = match error {
            None if cancelled => (Status::Cancelled, Entry::Release),
            None => (Status::Succeeded, Entry::Capture),
            Some(_) => (Status::Failed, Entry::Release),
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
            .filter(generation::Column::Status.is_not_in(Status::FINAL_CODES))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if changed && entry == Entry::Release {
            super::running::release(&txn, self.state, row).await?;
        } else if changed {
            credits::apply(
                &txn,
                self.state.ids.new_id(),
                now,
                Operation {
                    user_id: row.user_id,
                    entry,
                    amount: row.cost,
                    key: &format!("capture:{}", row.id),
                    reference: Some(&format!("generation:{}", row.id)),
                },
            )
            .await?;
        }
        // The account's webhook hears of it exactly when the ending is written.
        let told = changed
            && crate::api::webhooks::generation_ended(
                &txn,
                self.state,
                row,
                status,
                error.map(|(code, _)| code),
            )
            .await?;
        txn.commit().await.context("settling a generation")?;
        self.state.api_pages.changed(row.user_id);
        if told {
            self.state.queue.notify();
        }
        Ok(changed)
    }

    /// Ends a generation its owner cancelled: removes what it stored, releases its credits.
    async fn cancelled(
        &self,
        attempt: &Attempt,
        row: &generation::Model,
        started: Instant,
    ) -> Result<(), GenerateError> {
        remove_partial(self.state, row).await.map_err(|e| {
            tracing::warn!(
                error = format!("{e:#}"),
                "could not remove a cancelled generation's files"
            );
            GenerateError::Storage
        })?;
        self.settle(row, None, true).await.map_err(|e| {
            tracing::warn!(error = format!("{e:#}"), "could not cancel a generation");
            GenerateError::Database
        })?;
        self.usage(row, attempt.number, started, "cancelled", Some("cancelled"))
            .await;
        tracing::info!(attempt = attempt.number, "a generation was cancelled");
        Ok(())
    }

    async fn run_generation(
        &self,
        attempt: &Attempt,
        row: &generation::Model,
    ) -> Result<(), GenerateError> {
        // The blocklist in effect now: a term added since the request was queued still stops it.
        if self.state.settings.current().blocked(&row.prompt) {
            return Err(GenerateError::Blocked);
        }
        let kind = kind_of(&row.provider).ok_or(GenerateError::ProviderMissing)?;
        let provider = self
            .state
            .providers
            .get(kind)
            .ok_or(GenerateError::ProviderMissing)?;
        if row.cancel_requested_at.is_some() {
            // Cancelled while it waited for another attempt.
            return self.cancelled(attempt, row, Instant::now()).await;
        }
        let started = generation::Entity::update_many()
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
            .map_err(|_| GenerateError::Database)?
            .rows_affected;
        if started == 0 {
            // Cancelled (or ended) since the job read it: nothing to run.
            return Ok(());
        }
        self.state.api_pages.changed(row.user_id);
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
            progress: super::providers::Progress::new(),
        };
        let stored: Vec<i16> = generation_image::Entity::find()
            .select_only()
            .column(generation_image::Column::Position)
            .filter(generation_image::Column::GenerationId.eq(row.id))
            .into_tuple()
            .all(&self.state.db)
            .await
            .map_err(|_| GenerateError::Database)?;
        let started = Instant::now();
        // Known to this process while it runs, so that a cancellation here reaches it at once.
        let _registered = self.state.running.register(row.id, task.progress.clone());
        let work = async {
            if kind == ProviderKind::Local {
                // One at a time, so that each image appears as soon as it is painted; the
                // slow-down spread over its bands, so that its steps can be seen.
                let band_delay = self.state.config.generation.offline_delay / BANDS;
                for i in 0..task.count {
                    if stored.contains(&i16::from(i)) {
                        continue;
                    }
                    let t = task.clone();
                    let seed = t.seed.wrapping_add(u64::from(i));
                    let out = crate::metrics::provider(kind, async move {
                        tokio::task::spawn_blocking(move || {
                            Local::paint_in_steps(&t, seed, i, band_delay)
                        })
                        .await
                        .map_err(|_| ProviderError::Failed("the renderer stopped".into()))?
                    })
                    .await?;
                    self.store(row, i, out)
                        .await
                        .map_err(|e| ProviderError::Failed(e.class().into()))?;
                }
            } else {
                let outputs = crate::metrics::provider(kind, provider.generate(&task)).await?;
                for (i, out) in outputs
                    .into_iter()
                    .take(usize::from(task.count))
                    .enumerate()
                {
                    let i = u8::try_from(i).unwrap_or(u8::MAX);
                    if !stored.contains(&i16::from(i)) {
                        self.store(row, i, out)
                            .await
                            .map_err(|e| ProviderError::Failed(e.class().into()))?;
                    }
                }
            }
            Ok(())
        };
        // The provider races the cancellation: one that does not stop by itself is dropped.
        let outcome: Result<(), ProviderError> = tokio::select! {
            biased;
            () = task.progress.cancelled() => Err(ProviderError::Cancelled),
            done = work => done,
            () = super::running::watch(self.state, row.id, &task.progress) => Ok(()),
        };
        match outcome {
            Err(ProviderError::Cancelled) => self.cancelled(attempt, row, started).await,
            Ok(()) => {
                self.settle(row, None, false).await.map_err(|e| {
                    tracing::warn!(error = format!("{e:#}"), "could not finish a generation");
                    GenerateError::Database
                })?;
                self.usage(row, attempt.number, started, "succeeded", None)
                    .await;
                Ok(())
            }
            Err(e) => {
                let e = GenerateError::Provider(e);
                let last = attempt.is_last() || e.retry() == Retry::Never;
                let outcome = if last { "failed" } else { "retry" };
                self.usage(row, attempt.number, started, outcome, Some(e.class()))
                    .await;
                tracing::info!(
                    class = e.class(),
                    attempt = attempt.number,
                    "a generation attempt failed"
                );
                Err(e)
            }
        }
    }
}

impl Job for Generate {
    const KIND: &'static str = "generate";
    type Context = AppState;
    type Error = GenerateError;

    #[tracing::instrument(name = "generate", skip_all, fields(generation.id = %self.generation))]
    async fn run(&self, state: &AppState, attempt: &Attempt) -> Result<(), GenerateError> {
        let row = generation::Entity::find_by_id(self.generation)
            .one(&state.db)
            .await
            .map_err(|_| GenerateError::Database)?;
        match row {
            // Deleted meanwhile, or already finished: nothing to do.
            None => Ok(()),
            Some(row) if Status::parse(&row.status).is_some_and(Status::is_final) => Ok(()),
            Some(row) => Work { state }.run_generation(attempt, &row).await,
        }
    }

    #[tracing::instrument(
        name = "generate.give_up",
        skip_all,
        fields(generation.id = %self.generation, error.class = why.class())
    )]
    async fn give_up(
        &self,
        state: &AppState,
        _attempt: &Attempt,
        why: Ended<GenerateError>,
    ) -> anyhow::Result<()> {
        let Some(row) = generation::Entity::find_by_id(self.generation)
            .one(&state.db)
            .await?
        else {
            return Ok(());
        };
        let code = code_for(&why);
        let work = Work { state };
        let ended_before = matches!(
            Status::parse(&row.status),
            Some(Status::Failed | Status::Cancelled)
        );
        // Its owner asked to cancel it (heard by another process, or while it waited for
        // another attempt) and it ended in error before it stopped: it is cancelled, not failed.
        let cancelled = row.cancel_requested_at.is_some();
        let error = (!cancelled).then(|| (code, why.class()));
        let changed = work.settle(&row, error, cancelled).await?;
        // A failed (or cancelled) generation keeps no partial files. Also when a give-up before
        // this one settled it and stopped (a crash) before they were removed: its job is still
        // `giving_up`, and settling again changes nothing.
        if changed || ended_before {
            remove_partial(state, &row).await?;
        }
        if changed && !cancelled && code == ErrorCode::ContentRejected {
            let kind = if why == Ended::Failed(GenerateError::Blocked) {
                EventKind::ContentBlocked
            } else {
                EventKind::ContentRejected
            };
            crate::accounts::events::record(state, row.user_id, kind, None, &Client::unknown())
                .await;
        }
        Ok(())
    }
}

/// Removes a failed generation's images: every file under its prefix but the reference (also
/// one a run stored and stopped before recording: a crash between the write and the row), then
/// their rows. Idempotent; a file that cannot be deleted fails it, so the give-up is repeated.
async fn remove_partial(state: &AppState, row: &generation::Model) -> anyhow::Result<()> {
    let images = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(row.id))
        .all(&state.db)
        .await?;
    let mut keys: BTreeSet<String> = images
        .into_iter()
        .flat_map(|i| [i.original_key, i.preview_key, i.thumb_key])
        .collect();
    let prefix = Path::from(super::object_prefix(row.user_id, row.id));
    let listed: Vec<_> = state
        .storage
        .store
        .list(Some(&prefix))
        .try_collect()
        .await
        .context("listing a failed generation's files")?;
    keys.extend(listed.into_iter().map(|o| o.location.to_string()));
    if let Some(reference) = &row.reference_key {
        keys.remove(reference);
    }
    for key in &keys {
        state.storage.delete_if_present(key).await?;
    }
    generation_image::Entity::delete_many()
        .filter(generation_image::Column::GenerationId.eq(row.id))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// A failure to store a made image, as the job sees it.
pub(crate) fn store_error(e: images::StoreError) -> GenerateError {
    match e {
        images::StoreError::Work => GenerateError::Internal,
        images::StoreError::BadImage => GenerateError::BadImage,
        images::StoreError::Storage => GenerateError::Storage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_payload_still_reads() {
        let stored = r#"{"generation":"0193a0f4-6c1e-7b3a-9d2f-3c4b5a697887"}"#;
        let job: Generate = serde_json::from_str(stored).unwrap();
        assert_eq!(
            job.generation,
            Uuid::parse_str("0193a0f4-6c1e-7b3a-9d2f-3c4b5a697887").unwrap()
        );
        assert_eq!(serde_json::to_string(&job).unwrap(), stored);
        assert_eq!(Generate::KIND, "generate");
    }

    #[test]
    fn the_error_type_decides_retry_and_code() {
        let wait = std::time::Duration::from_secs(7);
        let limited = GenerateError::Provider(ProviderError::RateLimited {
            retry_after: Some(wait),
        });
        assert_eq!(limited.retry(), Retry::Later(Some(wait)));
        assert_eq!(GenerateError::Storage.retry(), Retry::Later(None));
        assert_eq!(GenerateError::Blocked.retry(), Retry::Never);
        assert_eq!(
            GenerateError::Provider(ProviderError::ContentRejected).retry(),
            Retry::Never
        );
        // As a give-up after a restart reads them back from `jobs.last_error`.
        let code = |class: &str| code_for(&Ended::from_class(class));
        assert_eq!(code("blocked"), ErrorCode::ContentRejected);
        assert_eq!(code("content_rejected"), ErrorCode::ContentRejected);
        for class in ["rate_limited", "unavailable", "timeout", "lease_expired"] {
            assert_eq!(code(class), ErrorCode::Unavailable, "{class}");
        }
        for class in ["panic", "storage", "bad_response", "unsafe_url", "unknown"] {
            assert_eq!(code(class), ErrorCode::Internal, "{class}");
        }
        for e in [
            GenerateError::Blocked,
            GenerateError::ProviderMissing,
            GenerateError::BadReference,
            GenerateError::Storage,
            GenerateError::Database,
            GenerateError::Internal,
            GenerateError::Provider(ProviderError::Timeout),
        ] {
            assert_eq!(GenerateError::from_class(e.class()).class(), e.class());
        }
    }
}
