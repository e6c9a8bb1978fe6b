//! The public side of a share: one query for a live share, and its page's content.

use chrono::{DateTime, Utc};
use obscura_shared::{gallery::PublicShare, routes};
use sea_orm::{
    FromQueryResult,
    sea_query::{Expr, ExprTrait as _, Query},
};
use uuid::Uuid;

use super::{ShareError, absolute, looks_like_id, public_url};
use crate::{
    db::entities::{erasure, generation, generation_image, share, user},
    state::AppState,
};

/// A live share with what its page and image need, read in one query.
#[derive(Debug, Clone, FromQueryResult)]
pub struct Live {
    /// The share id.
    pub id: String,
    /// Whether the page shows the prompt.
    pub show_prompt: bool,
    /// Whether the page shows the owner's name.
    pub show_name: bool,
    /// The image id.
    pub image_id: Uuid,
    /// Object key of its WebP preview.
    pub preview_key: String,
    /// Preview width.
    pub preview_width: i32,
    /// Preview height.
    pub preview_height: i32,
    /// The generation's prompt.
    pub prompt: String,
    /// The owner's display name.
    pub owner_name: String,
    /// When the share ends.
    pub expires_at: Option<DateTime<Utc>>,
}

/// A live share, or None (unknown, revoked, expired, taken down, the image is gone, or its owner
/// asked for the account to be deleted — "Keep my account" brings it back) — one query, since
/// every view of a public page runs it. Whether a missing share was taken down (410, not 404) is
/// asked only then: [`crate::reports::is_taken_down`].
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn live_share(state: &AppState, id: &str) -> Result<Option<Live>, ShareError> {
    if !looks_like_id(id) {
        return Ok(None);
    }
    let now = state.clock.now();
    if let Some(live) = state.share_cache.get(id, now) {
        return Ok(Some(live));
    }
    // A change heard while the query runs must not let its older answer be kept.
    let revision = state.share_cache.revision();
    let (s, gi, g, u) = (
        share::Entity,
        generation_image::Entity,
        generation::Entity,
        user::Entity,
    );
    let query = Query::select()
        .column((s, share::Column::Id))
        .column((s, share::Column::ShowPrompt))
        .column((s, share::Column::ShowName))
        .column((s, share::Column::ExpiresAt))
        .expr_as(Expr::col((gi, generation_image::Column::Id)), "image_id")
        .column((gi, generation_image::Column::PreviewKey))
        .column((gi, generation_image::Column::PreviewWidth))
        .column((gi, generation_image::Column::PreviewHeight))
        .column((g, generation::Column::Prompt))
        .expr_as(Expr::col((u, user::Column::Name)), "owner_name")
        .from(s)
        .inner_join(
            gi,
            Expr::col((gi, generation_image::Column::Id)).equals((s, share::Column::ImageId)),
        )
        .inner_join(
            g,
            Expr::col((g, generation::Column::Id))
                .equals((gi, generation_image::Column::GenerationId)),
        )
        .inner_join(
            u,
            Expr::col((u, user::Column::Id)).equals((s, share::Column::UserId)),
        )
        .left_join(
            erasure::Entity,
            Expr::col((erasure::Entity, erasure::Column::UserId))
                .equals((s, share::Column::UserId)),
        )
        .and_where(Expr::col((s, share::Column::Id)).eq(id))
        .and_where(Expr::col((erasure::Entity, erasure::Column::UserId)).is_null())
        .and_where(Expr::col((s, share::Column::TakenDownAt)).is_null())
        .and_where(Expr::col((u, user::Column::SuspendedAt)).is_null())
        .and_where(
            Expr::col((s, share::Column::ExpiresAt))
                .is_null()
                .or(Expr::col((s, share::Column::ExpiresAt)).gt(now)),
        )
        .to_owned();
    let backend = state.db.get_database_backend();
    let live = Live::find_by_statement(backend.build(&query))
        .one(&state.db)
        .await?;
    if let Some(live) = &live {
        state.share_cache.put(live, revision);
    }
    Ok(live)
}

/// The public page of a live share (None: the same 404 for unknown, revoked and expired), and
/// one view counted.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn public(state: &AppState, id: &str) -> Result<Option<PublicShare>, ShareError> {
    let Some(live) = live_share(state, id).await? else {
        return Ok(None);
    };
    state.share_views.count(&live.id, state.clock.now());
    Ok(Some(PublicShare {
        url: public_url(state, &live.id),
        image_url: absolute(state, &routes::share_image(&live.id)),
        width: u32::try_from(live.preview_width).unwrap_or_default(),
        height: u32::try_from(live.preview_height).unwrap_or_default(),
        image_mime: "image/webp".to_owned(),
        prompt: live.show_prompt.then_some(live.prompt),
        name: live.show_name.then_some(live.owner_name),
        indexable: state.config.share_indexable,
        home_url: absolute(state, routes::HOME),
        id: live.id,
    }))
}
