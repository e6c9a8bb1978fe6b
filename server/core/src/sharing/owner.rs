//! What the owner sees of their shares: each with its image, prompt, dates and views.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr};
use uuid::Uuid;

use obscura_shared::gallery::ShareView;

use super::{ShareError, live, public_url, rfc3339};
use crate::{
    db::entities::{generation, generation_image, share, share_view},
    generation::views::{Variant, signed_url},
    state::AppState,
};

async fn view_totals(state: &AppState, ids: Vec<String>) -> Result<Vec<(String, i64)>, ShareError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Counts still in memory are written first, so the owner sees every view so far.
    state.share_views.flush(&state.db).await;
    Ok(share_view::Entity::find()
        .select_only()
        .column(share_view::Column::ShareId)
        .column_as(Expr::cust("CAST(SUM(views) AS BIGINT)"), "total")
        .filter(share_view::Column::ShareId.is_in(ids))
        .group_by(share_view::Column::ShareId)
        .into_tuple()
        .all(&state.db)
        .await?)
}

async fn views_of(state: &AppState, rows: Vec<share::Model>) -> Result<Vec<ShareView>, ShareError> {
    let image_ids: Vec<Uuid> = rows.iter().map(|r| r.image_id).collect();
    let images = generation_image::Entity::find()
        .filter(generation_image::Column::Id.is_in(image_ids))
        .all(&state.db)
        .await?;
    let generation_ids: Vec<Uuid> = images.iter().map(|i| i.generation_id).collect();
    let prompts: Vec<(Uuid, String)> = generation::Entity::find()
        .select_only()
        .column(generation::Column::Id)
        .column(generation::Column::Prompt)
        .filter(generation::Column::Id.is_in(generation_ids))
        .into_tuple()
        .all(&state.db)
        .await?;
    let totals = view_totals(state, rows.iter().map(|r| r.id.clone()).collect()).await?;
    let now = state.clock.now();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let image = images.iter().find(|i| i.id == row.image_id)?;
            let prompt = prompts
                .iter()
                .find(|(id, _)| *id == image.generation_id)
                .map(|(_, p)| p.clone())
                .unwrap_or_default();
            let views = totals
                .iter()
                .find(|(id, _)| *id == row.id)
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or_default());
            Some(ShareView {
                url: public_url(state, &row.id),
                image_id: image.id.to_string(),
                thumb_url: signed_url(state, image.user_id, image.id, Variant::Thumb),
                thumb_width: u32::try_from(image.thumb_width).unwrap_or_default(),
                thumb_height: u32::try_from(image.thumb_height).unwrap_or_default(),
                prompt,
                show_prompt: row.show_prompt,
                show_name: row.show_name,
                created_at: rfc3339(row.created_at),
                expires_at: row.expires_at.map(rfc3339),
                expired: !live(&row, now) || row.taken_down_at.is_some(),
                views,
                taken_down: row.taken_down_at.map(|_| {
                    row.takedown_reason
                        .clone()
                        .unwrap_or_else(|| "other".to_owned())
                }),
                id: row.id,
            })
        })
        .collect())
}

/// Every share of `user`, newest first.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn list(state: &AppState, user: Uuid) -> Result<Vec<ShareView>, ShareError> {
    let rows = share::Entity::find()
        .filter(share::Column::UserId.eq(user))
        .order_by_desc(share::Column::CreatedAt)
        .order_by_desc(share::Column::Id)
        .all(&state.db)
        .await?;
    views_of(state, rows).await
}

/// The shares of one of `user`'s images, newest first.
///
/// # Errors
/// Database errors.
pub async fn for_image(
    state: &AppState,
    user: Uuid,
    image: Uuid,
) -> Result<Vec<ShareView>, ShareError> {
    let rows = share::Entity::find()
        .filter(share::Column::UserId.eq(user))
        .filter(share::Column::ImageId.eq(image))
        .order_by_desc(share::Column::CreatedAt)
        .all(&state.db)
        .await?;
    views_of(state, rows).await
}
