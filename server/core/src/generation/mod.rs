//! Image generation: requests and their validation, the moderation blocklist, the providers, the
//! job that runs a generation, and the views its owner sees.
//!
//! Creating a generation checks the request (a reference image only from its header), checks the
//! balance, decodes and stores the reference (re-encoded without metadata, under the process's
//! image-work bound), then in **one transaction** reserves the credits, writes the generation
//! and enqueues its job; the worker ([`jobs`]) does the rest.

pub mod jobs;
pub mod moderation;
pub mod providers;
pub mod request;
pub mod running;
pub mod views;

use bytes::Bytes;
use chrono::Duration;
use object_store::{ObjectStore as _, PutPayload, path::Path};
use obscura_shared::{
    generation::{GenerationView, Status, fields},
    i18n::Message,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use uuid::Uuid;

use crate::{
    accounts::{Client, events::EventKind},
    credits::{self, CreditError, Entry, Operation},
    db::entities::{generation, generation_image},
    jobs::{Job as _, Schedule},
    state::AppState,
    storage::images::{self, ImagePurpose, WorkError},
};
use request::{FieldErrors, Submitted};

/// Why a generation was not created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// Fields to correct.
    #[error("invalid request")]
    Invalid(FieldErrors),
    /// The prompt contains a term this server refuses.
    #[error("blocked by the content rules")]
    Blocked,
    /// The balance does not cover the cost.
    #[error("insufficient credits")]
    InsufficientCredits {
        /// Available.
        balance: i64,
        /// Needed.
        needed: i64,
    },
    /// Every image-work permit is taken: try again in a moment (nothing was charged).
    #[error("image work is busy")]
    Busy,
    /// A refunded or disputed payment left credits owed: nothing new until it is settled.
    #[error("credits are owed")]
    Owed(i64),
    /// Anything else (logged; people see a generic message).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Where the reference image comes from.
#[derive(Debug, Clone)]
pub enum ReferenceInput {
    /// No reference.
    None,
    /// An uploaded file (checked and re-encoded before use).
    Upload(Bytes),
    /// One of the person's own images.
    Image(Uuid),
}

fn object_prefix(user: Uuid, generation: Uuid) -> String {
    format!("users/{user}/generations/{generation}")
}

/// Reads one of `user`'s images' original, or None when it is not theirs or gone.
async fn own_original(state: &AppState, user: Uuid, image: Uuid) -> anyhow::Result<Option<Bytes>> {
    let Some(row) = generation_image::Entity::find_by_id(image)
        .filter(generation_image::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    match state.storage.store.get(&Path::from(row.original_key)).await {
        Ok(found) => Ok(Some(found.bytes().await?)),
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The reference's bytes (an upload, or one of the person's own originals), checked from the
/// header only: no pixel is decoded yet.
async fn reference_bytes(
    state: &AppState,
    user: Uuid,
    reference: ReferenceInput,
) -> Result<Option<Bytes>, CreateError> {
    let bytes = match reference {
        ReferenceInput::None => return Ok(None),
        ReferenceInput::Upload(b) => b,
        ReferenceInput::Image(image) => {
            own_original(state, user, image).await?.ok_or_else(|| {
                CreateError::Invalid(vec![(
                    fields::REFERENCE,
                    Message::new("error-reference-gone"),
                )])
            })?
        }
    };
    images::check_upload(&bytes, ImagePurpose::GenerationReference)
        .map_err(|e| CreateError::Invalid(vec![(fields::REFERENCE, e.sentence())]))?;
    Ok(Some(bytes))
}

/// Decodes and re-encodes the reference (under the image-work bound) and stores it; returns its
/// object key.
async fn store_reference(
    state: &AppState,
    user: Uuid,
    id: Uuid,
    bytes: Option<Bytes>,
) -> Result<Option<String>, CreateError> {
    let Some(bytes) = bytes else {
        return Ok(None);
    };
    let prepared = state
        .images
        .for_request(move || images::prepare_upload(&bytes, ImagePurpose::GenerationReference))
        .await
        .map_err(|e| match e {
            WorkError::Busy => CreateError::Busy,
            WorkError::Stopped(e) => anyhow::anyhow!("reference preparation stopped: {e}").into(),
        })?
        .map_err(|e| CreateError::Invalid(vec![(fields::REFERENCE, e.sentence())]))?;
    let key = format!("{}/reference.png", object_prefix(user, id));
    state
        .storage
        .store
        .put(&Path::from(key.clone()), PutPayload::from(prepared.png))
        .await
        .map_err(|e| anyhow::anyhow!("storing a reference: {e}"))?;
    Ok(Some(key))
}

/// Creates a generation for `user` and queues it.
///
/// # Errors
/// See [`CreateError`].
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn create(
    state: &AppState,
    user: Uuid,
    input: &Submitted,
    reference: ReferenceInput,
    client: &Client,
) -> Result<Uuid, CreateError> {
    let config = &state.config.generation;
    let live = state.settings.current();
    let valid = request::validate(&live, input).map_err(CreateError::Invalid)?;
    if live.blocked(&valid.prompt)
        || valid
            .negative_prompt
            .as_deref()
            .is_some_and(|n| live.blocked(n))
    {
        crate::accounts::events::record(state, user, EventKind::ContentBlocked, None, client).await;
        return Err(CreateError::Blocked);
    }
    if !matches!(reference, ReferenceInput::None) && !valid.model.reference {
        return Err(CreateError::Invalid(vec![(
            fields::REFERENCE,
            Message::new("error-reference-not-taken").arg("model", valid.model.label.as_str()),
        )]));
    }
    let owed = crate::billing::owed(&state.db, user)
        .await
        .map_err(anyhow::Error::from)?;
    if owed > 0 {
        return Err(CreateError::Owed(owed));
    }
    let reference = reference_bytes(state, user, reference).await?;
    let cost = valid.cost();
    // Decoding a reference costs up to a second of CPU and 160 MB: only for a request the
    // balance covers. The reservation below checks again, atomically, in its transaction.
    if reference.is_some() {
        let balance = credits::balance(&state.db, user)
            .await
            .map_err(anyhow::Error::from)?;
        if balance < cost {
            return Err(CreateError::InsufficientCredits {
                balance,
                needed: cost,
            });
        }
    }
    let id = state.ids.new_id();
    let reference_key = store_reference(state, user, id, reference).await?;
    let now = state.clock.now();
    let retention = config.media_retention_days;
    let result = async {
        let txn = state.db.begin().await?;
        credits::apply(
            &txn,
            state.ids.new_id(),
            now,
            Operation {
                user_id: user,
                entry: Entry::Reserve,
                amount: cost,
                key: &format!("reserve:{id}"),
                reference: Some(&format!("generation:{id}")),
            },
        )
        .await?;
        generation::ActiveModel {
            id: Set(id),
            user_id: Set(user),
            model: Set(valid.model.id.clone()),
            model_label: Set(valid.model.label.clone()),
            provider: Set(valid.model.provider.code().to_owned()),
            upstream: Set(valid.model.upstream.clone()),
            prompt: Set(valid.prompt.clone()),
            negative_prompt: Set(valid.negative_prompt.clone()),
            width: Set(i32::try_from(valid.size.width).unwrap_or(1024)),
            height: Set(i32::try_from(valid.size.height).unwrap_or(1024)),
            quality: Set(valid.quality.code().to_owned()),
            count: Set(i16::from(valid.count)),
            seed: Set(i64::try_from(valid.seed).unwrap_or_default()),
            reference_key: Set(reference_key.clone()),
            status: Set(Status::Queued.code().to_owned()),
            error_code: Set(None),
            error_class: Set(None),
            cost: Set(cost),
            created_at: Set(now),
            started_at: Set(None),
            finished_at: Set(None),
            expires_at: Set((retention > 0).then(|| now + Duration::days(i64::from(retention)))),
            progress_done: Set(0),
            progress_total: Set(0),
            cancel_requested_at: Set(None),
        }
        .insert(&txn)
        .await?;
        let schedule = Schedule::new(state.ids.new_id(), now)
            .for_user(user)
            .max_attempts(config.job_attempts);
        jobs::Generate { generation: id }
            .enqueue(&txn, schedule)
            .await?;
        txn.commit().await?;
        Ok::<_, CreditError>(())
    }
    .await;
    match result {
        Ok(()) => {
            state.api_pages.changed(user);
            state.queue.notify();
            Ok(id)
        }
        Err(e) => {
            if let Some(key) = reference_key {
                let _ = state.storage.store.delete(&Path::from(key)).await;
            }
            Err(match e {
                CreditError::Insufficient { balance, needed } => {
                    CreateError::InsufficientCredits { balance, needed }
                }
                other => CreateError::Internal(other.into()),
            })
        }
    }
}

/// One of `user`'s generations with its images, or None (not theirs, or gone).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn find(
    state: &AppState,
    user: Uuid,
    id: Uuid,
) -> anyhow::Result<Option<GenerationView>> {
    let Some(row) = generation::Entity::find_by_id(id)
        .filter(generation::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let images = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .order_by_asc(generation_image::Column::Position)
        .all(&state.db)
        .await?;
    Ok(Some(views::generation(state, &row, &images)))
}

/// The raw row of one of `user`'s generations.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn row(
    state: &AppState,
    user: Uuid,
    id: Uuid,
) -> anyhow::Result<Option<generation::Model>> {
    Ok(generation::Entity::find_by_id(id)
        .filter(generation::Column::UserId.eq(user))
        .one(&state.db)
        .await?)
}

/// `user`'s latest generations, newest first, with their images.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn recent(
    state: &AppState,
    user: Uuid,
    limit: u64,
) -> anyhow::Result<Vec<GenerationView>> {
    let rows = generation::Entity::find()
        .filter(generation::Column::UserId.eq(user))
        .order_by_desc(generation::Column::CreatedAt)
        .order_by_desc(generation::Column::Id)
        .limit(limit)
        .all(&state.db)
        .await?;
    with_images(state, &rows).await
}

/// Views of `rows` with their images (in order), read in one query.
///
/// # Errors
/// Database errors.
pub async fn with_images(
    state: &AppState,
    rows: &[generation::Model],
) -> anyhow::Result<Vec<GenerationView>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let images = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.is_in(ids))
        .order_by_asc(generation_image::Column::Position)
        .all(&state.db)
        .await?;
    Ok(rows
        .iter()
        .map(|row| {
            let mine: Vec<_> = images
                .iter()
                .filter(|i| i.generation_id == row.id)
                .cloned()
                .collect();
            views::generation(state, row, &mine)
        })
        .collect())
}

/// One of `user`'s images, with fresh URLs.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn own_image(
    state: &AppState,
    user: Uuid,
    id: Uuid,
) -> anyhow::Result<Option<obscura_shared::generation::ImageView>> {
    Ok(generation_image::Entity::find_by_id(id)
        .filter(generation_image::Column::UserId.eq(user))
        .one(&state.db)
        .await?
        .map(|row| views::image(state, &row)))
}
