//! Deleting from the gallery (P-GEN-3) — files first, then rows, which ends their shares — and
//! running a failed generation again.

use object_store::{ObjectStore as _, path::Path};
use obscura_shared::generation::Status;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};
use uuid::Uuid;

use crate::{
    accounts::Client,
    db::entities::{generation, generation_image},
    generation::{CreateError, ReferenceInput, request::Submitted},
    state::AppState,
};

async fn delete_objects(state: &AppState, keys: &[&str]) -> anyhow::Result<()> {
    for key in keys {
        state.storage.delete_if_present(key).await?;
    }
    Ok(())
}

/// Deletes `user`'s images among `images` and `user`'s finished generations among
/// `generations`: every stored file first (original, preview, thumbnail; the reference once its
/// generation has no image left), then the rows, which ends their shares. Ids that are not
/// theirs, or already gone, are ignored. Returns how many images and generations went.
///
/// # Errors
/// Storage or database errors; what was not deleted can be deleted again.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn delete(
    state: &AppState,
    user: Uuid,
    images: &[Uuid],
    generations: &[Uuid],
) -> anyhow::Result<usize> {
    state.api_pages.changed(user);
    let rows = generation_image::Entity::find()
        .filter(generation_image::Column::UserId.eq(user))
        .filter(generation_image::Column::Id.is_in(images.iter().copied()))
        .all(&state.db)
        .await?;
    for row in &rows {
        delete_objects(
            state,
            &[&row.original_key, &row.preview_key, &row.thumb_key],
        )
        .await?;
    }
    let mut touched: Vec<Uuid> = rows.iter().map(|r| r.generation_id).collect();
    touched.extend(generations.iter().copied());
    touched.sort_unstable();
    touched.dedup();
    let txn = state.db.begin().await?;
    let removed_images = generation_image::Entity::delete_many()
        .filter(generation_image::Column::UserId.eq(user))
        .filter(generation_image::Column::Id.is_in(rows.iter().map(|r| r.id)))
        .exec(&txn)
        .await?
        .rows_affected;
    txn.commit().await?;
    // Their shares ended with them (foreign key): no cached copy may outlive that.
    crate::changes::announce(state, crate::changes::Change::Shares).await;
    // A generation goes with its last image (and a finished one can be removed without any);
    // one still running is left to finish.
    let mut removed_generations = 0;
    for id in touched {
        let Some(g) = generation::Entity::find_by_id(id)
            .filter(generation::Column::UserId.eq(user))
            .one(&state.db)
            .await?
        else {
            continue;
        };
        let finished = Status::parse(&g.status).is_some_and(Status::is_final);
        let left = generation_image::Entity::find()
            .filter(generation_image::Column::GenerationId.eq(id))
            .count(&state.db)
            .await?;
        if !finished || left > 0 {
            continue;
        }
        if let Some(key) = &g.reference_key {
            delete_objects(state, &[key]).await?;
        }
        removed_generations += generation::Entity::delete_many()
            .filter(generation::Column::Id.eq(id))
            .filter(generation::Column::UserId.eq(user))
            .exec(&state.db)
            .await?
            .rows_affected;
    }
    state.api_pages.changed(user);
    Ok(usize::try_from(removed_images + removed_generations).unwrap_or(usize::MAX))
}

/// Runs one of `user`'s failed generations again, as a new generation with the same settings
/// (charged anew). Returns the new generation's id.
///
/// # Errors
/// `Invalid` with a message on the generation field when it is not theirs, not failed, or its
/// model is no longer offered; otherwise as [`crate::generation::create`].
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn retry(
    state: &AppState,
    user: Uuid,
    id: Uuid,
    client: &Client,
) -> Result<Uuid, CreateError> {
    let not_retryable = || {
        CreateError::Invalid(vec![(
            obscura_shared::gallery::fields::GENERATION,
            obscura_shared::i18n::Message::new("error-retry-impossible"),
        )])
    };
    let row = crate::generation::row(state, user, id)
        .await?
        .filter(|g| [Status::Failed.code(), Status::Cancelled.code()].contains(&g.status.as_str()))
        .ok_or_else(not_retryable)?;
    let reference = match &row.reference_key {
        None => ReferenceInput::None,
        Some(key) => match state.storage.store.get(&Path::from(key.as_str())).await {
            Ok(found) => ReferenceInput::Upload(
                found
                    .bytes()
                    .await
                    .map_err(|e| anyhow::anyhow!("reading a reference: {e}"))?,
            ),
            Err(_) => ReferenceInput::None,
        },
    };
    let input = Submitted {
        model: row.model.clone(),
        prompt: row.prompt.clone(),
        negative_prompt: row.negative_prompt.clone().unwrap_or_default(),
        size: format!("{}x{}", row.width, row.height),
        quality: row.quality.clone(),
        count: row.count.to_string(),
        seed: row.seed.to_string(),
    };
    crate::generation::create(state, user, &input, reference, client).await
}
