//! Generations through the API: pages of them (newest first, by cursor), one, deleting one, and
//! the key's monthly cap. Creating one is [`crate::generation::create`], the same as `/create`.

use obscura_shared::generation::{GenerationView, Status};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use uuid::Uuid;

use super::{Caller, keys};
use crate::{
    db::entities::{generation, generation_image},
    state::AppState,
};

/// Most generations per page.
pub const MAX_LIMIT: u64 = 100;

/// One page of generations.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// Newest first.
    pub data: Vec<GenerationView>,
    /// Pass as `cursor` for the next page; None on the last.
    pub next_cursor: Option<String>,
}

/// Makes a view's file URLs absolute (API clients are not on our pages).
fn absolute(state: &AppState, mut view: GenerationView) -> GenerationView {
    let origin = crate::config::origin(&state.config.public_url);
    for image in &mut view.images {
        for url in [
            &mut image.thumb_url,
            &mut image.preview_url,
            &mut image.download_url,
        ] {
            if url.starts_with('/') {
                *url = format!("{origin}{url}");
            }
        }
    }
    view
}

/// A page of `user`'s generations after `cursor` (a generation id of the previous page), of
/// one status if asked. An unknown cursor starts from the newest.
///
/// # Errors
/// Database errors.
pub async fn page(
    state: &AppState,
    user: Uuid,
    cursor: Option<Uuid>,
    limit: u64,
    status: Option<Status>,
) -> anyhow::Result<Page> {
    let limit = limit.clamp(1, MAX_LIMIT);
    let mut query = generation::Entity::find().filter(generation::Column::UserId.eq(user));
    if let Some(s) = status {
        query = query.filter(generation::Column::Status.eq(s.code()));
    }
    if let Some(after) = cursor
        && let Some(c) = generation::Entity::find_by_id(after)
            .filter(generation::Column::UserId.eq(user))
            .one(&state.db)
            .await?
    {
        query = query.filter(
            Condition::any()
                .add(generation::Column::CreatedAt.lt(c.created_at))
                .add(
                    Condition::all()
                        .add(generation::Column::CreatedAt.eq(c.created_at))
                        .add(generation::Column::Id.lt(c.id)),
                ),
        );
    }
    let mut rows = query
        .order_by_desc(generation::Column::CreatedAt)
        .order_by_desc(generation::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next_cursor = more
        .then(|| rows.last().map(|r| r.id.to_string()))
        .flatten();
    let data = crate::generation::with_images(state, &rows)
        .await?
        .into_iter()
        .map(|v| absolute(state, v))
        .collect();
    Ok(Page { data, next_cursor })
}

/// One of `user`'s generations, with absolute, freshly signed file URLs.
///
/// # Errors
/// Database errors.
pub async fn one(state: &AppState, user: Uuid, id: Uuid) -> anyhow::Result<Option<GenerationView>> {
    Ok(crate::generation::find(state, user, id)
        .await?
        .map(|v| absolute(state, v)))
}

/// Why a generation was not deleted.
#[derive(Debug, thiserror::Error)]
pub enum DeleteError {
    /// Not theirs, or gone.
    #[error("not found")]
    NotFound,
    /// Still being made.
    #[error("still running")]
    Running,
    /// Anything else.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Deletes one of `user`'s finished generations with its files (its shares end with it).
///
/// # Errors
/// [`DeleteError`].
pub async fn delete(state: &AppState, user: Uuid, id: Uuid) -> Result<(), DeleteError> {
    let row = crate::generation::row(state, user, id)
        .await?
        .ok_or(DeleteError::NotFound)?;
    if !Status::parse(&row.status).is_some_and(Status::is_final) {
        return Err(DeleteError::Running);
    }
    let images: Vec<Uuid> = generation_image::Entity::find()
        .select_only()
        .column(generation_image::Column::Id)
        .filter(generation_image::Column::GenerationId.eq(id))
        .into_tuple()
        .all(&state.db)
        .await
        .map_err(anyhow::Error::from)?;
    crate::gallery::delete(state, user, &images, &[id]).await?;
    Ok(())
}

/// Whether `cost` more credits stay within the key's monthly cap: None when they do, else what
/// is left of the cap this month.
///
/// # Errors
/// Database errors.
pub async fn over_cap(
    state: &AppState,
    caller: &Caller,
    cost: i64,
) -> Result<Option<i64>, sea_orm::DbErr> {
    let Some(cap) = caller.monthly_cap else {
        return Ok(None);
    };
    let spent = keys::spent(state, caller.key_id, keys::month_start(state.clock.now())).await?;
    Ok((spent + cost > cap).then_some((cap - spent).max(0)))
}
