//! The `trial-generate` job ([`TrialGenerate`]): makes one trial image through its model's
//! provider and stores it under `trials/{id}/` with its WebP preview and thumbnail. Retried like a
//! generation ([`GenerateError`] decides); when it ends for good without an image, the row is
//! marked failed (it no longer counts against the visitor's limit) and partial files are removed.

use obscura_shared::generation::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    db::entities::trial_image,
    generation::{
        jobs::{GenerateError, code_for, kind_of},
        providers::{ProviderError, ProviderKind, Task, local::Local},
    },
    jobs::{Attempt, Ended, Job},
    state::AppState,
    storage::images,
};

/// The job that makes one trial image (payload `{"trial": id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialGenerate {
    /// The trial image's id.
    pub trial: Uuid,
}

fn keys(id: Uuid, ext: &str) -> [String; 3] {
    let prefix = format!("trials/{id}");
    [
        format!("{prefix}/0.{ext}"),
        format!("{prefix}/0.preview.webp"),
        format!("{prefix}/0.thumb.webp"),
    ]
}

async fn remove_files(state: &AppState, id: Uuid) {
    for ext in ["png", "jpg", "webp"] {
        for key in keys(id, ext) {
            let _ = state.storage.delete_if_present(&key).await;
        }
    }
}

async fn paint(state: &AppState, row: &trial_image::Model) -> Result<bytes::Bytes, GenerateError> {
    let kind = kind_of(&row.provider).ok_or(GenerateError::ProviderMissing)?;
    let quality = state
        .config
        .generation
        .model(&row.model)
        .and_then(|m| m.qualities.first().copied())
        .unwrap_or_default();
    let task = Task {
        id: row.id,
        upstream_model: row.upstream.clone(),
        prompt: row.prompt.clone(),
        negative_prompt: None,
        width: u32::try_from(row.width).unwrap_or(512),
        height: u32::try_from(row.height).unwrap_or(512),
        quality,
        count: 1,
        seed: u64::try_from(row.seed).unwrap_or_default(),
        reference: None,
        progress: crate::generation::providers::Progress::new(),
    };
    if kind == ProviderKind::Local {
        let delay = state.config.generation.offline_delay;
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        let seed = task.seed;
        let started = std::time::Instant::now();
        let out = tokio::task::spawn_blocking(move || Local::paint(&task, seed))
            .await
            .map_err(|_| GenerateError::Internal)?;
        crate::metrics::provider_call(kind, started.elapsed(), out.as_ref().err());
        let out = out.map_err(GenerateError::Provider)?;
        return Ok(out.bytes);
    }
    let provider = state
        .providers
        .get(kind)
        .ok_or(GenerateError::ProviderMissing)?;
    let outputs = crate::metrics::provider(kind, provider.generate(&task))
        .await
        .map_err(GenerateError::Provider)?;
    outputs
        .into_iter()
        .next()
        .map(|o| o.bytes)
        .ok_or(GenerateError::Provider(ProviderError::BadResponse(
            "no image".into(),
        )))
}

async fn make(state: &AppState, row: &trial_image::Model) -> Result<(), GenerateError> {
    trial_image::Entity::update_many()
        .col_expr(
            trial_image::Column::Status,
            Expr::value(Status::Running.code()),
        )
        .filter(trial_image::Column::Id.eq(row.id))
        .filter(trial_image::Column::Status.eq(Status::Queued.code()))
        .exec(&state.db)
        .await
        .map_err(|_| GenerateError::Database)?;
    let bytes = paint(state, row).await?;
    let stored = images::store_with_derivatives(state, &format!("trials/{}", row.id), 0, bytes)
        .await
        .map_err(crate::generation::jobs::store_error)?;
    let (described, original_key, preview_key, thumb_key) = (
        stored.described,
        stored.original_key,
        stored.preview_key,
        stored.thumb_key,
    );
    let dim = images::Stored::dim;
    let updated = trial_image::Entity::update_many()
        .col_expr(
            trial_image::Column::Status,
            Expr::value(Status::Succeeded.code()),
        )
        .col_expr(trial_image::Column::Mime, Expr::value(described.mime))
        .col_expr(
            trial_image::Column::Bytes,
            Expr::value(i64::try_from(described.bytes).unwrap_or(i64::MAX)),
        )
        .col_expr(
            trial_image::Column::ImageWidth,
            Expr::value(dim(described.width)),
        )
        .col_expr(
            trial_image::Column::ImageHeight,
            Expr::value(dim(described.height)),
        )
        .col_expr(trial_image::Column::OriginalKey, Expr::value(original_key))
        .col_expr(trial_image::Column::PreviewKey, Expr::value(preview_key))
        .col_expr(
            trial_image::Column::PreviewWidth,
            Expr::value(dim(stored.preview_size.0)),
        )
        .col_expr(
            trial_image::Column::PreviewHeight,
            Expr::value(dim(stored.preview_size.1)),
        )
        .col_expr(trial_image::Column::ThumbKey, Expr::value(thumb_key))
        .col_expr(
            trial_image::Column::ThumbWidth,
            Expr::value(dim(stored.thumb_size.0)),
        )
        .col_expr(
            trial_image::Column::ThumbHeight,
            Expr::value(dim(stored.thumb_size.1)),
        )
        .col_expr(
            trial_image::Column::FinishedAt,
            Expr::value(state.clock.now()),
        )
        .filter(trial_image::Column::Id.eq(row.id))
        .filter(trial_image::Column::Status.is_in([Status::Queued.code(), Status::Running.code()]))
        .exec(&state.db)
        .await
        .map_err(|_| GenerateError::Database)?;
    if updated.rows_affected == 0 {
        // Deleted (expired, refused) while it was painted: keep no file of it.
        remove_files(state, row.id).await;
    }
    Ok(())
}

impl Job for TrialGenerate {
    const KIND: &'static str = "trial-generate";
    type Context = AppState;
    type Error = GenerateError;

    #[tracing::instrument(name = "trial_generate", skip_all, fields(trial.id = %self.trial))]
    async fn run(&self, state: &AppState, _attempt: &Attempt) -> Result<(), GenerateError> {
        let row = trial_image::Entity::find_by_id(self.trial)
            .one(&state.db)
            .await
            .map_err(|_| GenerateError::Database)?;
        match row {
            None => Ok(()),
            Some(row) if Status::parse(&row.status).is_some_and(Status::is_final) => Ok(()),
            Some(row) => make(state, &row).await,
        }
    }

    #[tracing::instrument(
        name = "trial_generate.give_up",
        skip_all,
        fields(trial.id = %self.trial, error.class = why.class())
    )]
    async fn give_up(
        &self,
        state: &AppState,
        _attempt: &Attempt,
        why: Ended<GenerateError>,
    ) -> anyhow::Result<()> {
        let code = code_for(&why);
        trial_image::Entity::update_many()
            .col_expr(
                trial_image::Column::Status,
                Expr::value(Status::Failed.code()),
            )
            .col_expr(trial_image::Column::ErrorCode, Expr::value(code.as_str()))
            .col_expr(
                trial_image::Column::FinishedAt,
                Expr::value(state.clock.now()),
            )
            .filter(trial_image::Column::Id.eq(self.trial))
            .filter(
                trial_image::Column::Status.is_in([Status::Queued.code(), Status::Running.code()]),
            )
            .exec(&state.db)
            .await?;
        remove_files(state, self.trial).await;
        Ok(())
    }
}
