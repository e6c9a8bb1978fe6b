//! Shares: public links to one image each (P-SHR-1…3). A share id is 128 random bits, not the
//! image's id; a share shows the prompt and the owner's name only when asked to; it ends when it
//! expires, is revoked, or its image is deleted — and its page and image answer 404 from then on,
//! the same 404 as an id that never existed.
//!
//! Views are counted per share and day, nothing else: no IP, no cookie, no visitor id. Counts
//! are gathered in memory and added to the table every few seconds ([`ViewCounter`]).

mod cache;
mod counter;

use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use obscura_shared::{
    gallery::{Expiry, FilterError, PublicShare, ShareView, fields},
    routes,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, Set,
    sea_query::{Expr, ExprTrait as _, Query},
};
use uuid::Uuid;

pub use cache::LiveCache;
pub use counter::ViewCounter;

use crate::{
    db::entities::{generation, generation_image, share, share_view, user},
    generation::views::{Variant, signed_url},
    state::AppState,
};

/// Length of a share id (16 bytes in unpadded base64url).
pub const ID_LEN: usize = 22;

/// A new share id: 128 bits from the operating system's CSPRNG, URL-safe.
#[must_use]
pub fn new_id() -> String {
    crate::accounts::crypto::random_id::<16>()
}

/// Whether `s` has the shape of a share id (anything else is a 404 without a query).
#[must_use]
pub fn looks_like_id(s: &str) -> bool {
    s.len() == ID_LEN
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why a share could not be made or changed.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// Not the person's image or share (or gone).
    #[error("not found")]
    NotFound,
    /// A field to correct.
    #[error("invalid: {}", .0.1)]
    Invalid(FilterError),
    /// Anything else.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for ShareError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// What a new share shows and how long it lives.
#[derive(Debug, Clone, Copy)]
pub struct NewShare {
    /// The image.
    pub image: Uuid,
    /// Show the prompt.
    pub show_prompt: bool,
    /// Show the owner's display name.
    pub show_name: bool,
    /// When it ends.
    pub expiry: Expiry,
}

/// When a share with `expiry` chosen at `now` ends; a custom day ends at its last moment (UTC).
///
/// # Errors
/// A custom day that is not after today.
pub fn expires_at(expiry: Expiry, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, ShareError> {
    if let Some(days) = expiry.days() {
        return Ok(Some(now + Duration::days(days)));
    }
    let Expiry::Until(day) = expiry else {
        return Ok(None);
    };
    let end = NaiveDate::from_ymd_opt(
        i32::from(day.year),
        u32::from(day.month),
        u32::from(day.day),
    )
    .and_then(|d| d.succ_opt())
    .and_then(|d| d.and_hms_opt(0, 0, 0))
    .map(|t| t.and_utc())
    .ok_or_else(|| ShareError::Invalid((fields::EXPIRY_DATE, "That day does not exist.".into())))?;
    if end <= now + Duration::days(1) {
        return Err(ShareError::Invalid((
            fields::EXPIRY_DATE,
            "Choose a day after today.".into(),
        )));
    }
    Ok(Some(end))
}

fn live(row: &share::Model, now: DateTime<Utc>) -> bool {
    row.expires_at.is_none_or(|end| end > now)
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The public link of share `id`.
#[must_use]
pub fn public_url(state: &AppState, id: &str) -> String {
    absolute(state, &routes::share_page(id))
}

fn absolute(state: &AppState, path: &str) -> String {
    format!(
        "{}{path}",
        state.config.public_url.as_str().trim_end_matches('/')
    )
}

/// Shares `user`'s image.
///
/// # Errors
/// `NotFound` when the image is not theirs; `Invalid` for a past expiry day.
pub async fn create(
    state: &AppState,
    user: Uuid,
    new: NewShare,
) -> Result<share::Model, ShareError> {
    let image = generation_image::Entity::find_by_id(new.image)
        .filter(generation_image::Column::UserId.eq(user))
        .one(&state.db)
        .await?
        .ok_or(ShareError::NotFound)?;
    let now = state.clock.now();
    let row = share::ActiveModel {
        id: Set(new_id()),
        user_id: Set(user),
        image_id: Set(image.id),
        show_prompt: Set(new.show_prompt),
        show_name: Set(new.show_name),
        created_at: Set(now),
        expires_at: Set(expires_at(new.expiry, now)?),
    }
    .insert(&state.db)
    .await?;
    Ok(row)
}

/// Changes when one of `user`'s shares ends (an expired one can be brought back this way).
///
/// # Errors
/// `NotFound` when it is not theirs; `Invalid` for a past day.
pub async fn set_expiry(
    state: &AppState,
    user: Uuid,
    id: &str,
    expiry: Expiry,
) -> Result<(), ShareError> {
    let end = expires_at(expiry, state.clock.now())?;
    let changed = share::Entity::update_many()
        .col_expr(share::Column::ExpiresAt, Expr::value(end))
        .filter(share::Column::Id.eq(id))
        .filter(share::Column::UserId.eq(user))
        .exec(&state.db)
        .await?
        .rows_affected;
    state.share_cache.clear();
    if changed == 0 {
        return Err(ShareError::NotFound);
    }
    Ok(())
}

/// Ends one of `user`'s shares at once (its row and view counts are deleted). Returns whether
/// there was one.
///
/// # Errors
/// Database errors.
pub async fn revoke(state: &AppState, user: Uuid, id: &str) -> Result<bool, ShareError> {
    let gone = share::Entity::delete_many()
        .filter(share::Column::Id.eq(id))
        .filter(share::Column::UserId.eq(user))
        .exec(&state.db)
        .await?
        .rows_affected;
    state.share_cache.clear();
    Ok(gone > 0)
}

async fn view_totals(state: &AppState, ids: Vec<String>) -> Result<Vec<(String, i64)>, ShareError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Counts still in memory are written first, so the owner sees every view so far.
    state.share_views.flush(state).await;
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
                expired: !live(&row, now),
                views,
                id: row.id,
            })
        })
        .collect())
}

/// Every share of `user`, newest first.
///
/// # Errors
/// Database errors.
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

/// A live share, or None (unknown, revoked, expired, or the image is gone) — one query, since
/// every view of a public page runs it.
///
/// # Errors
/// Database errors.
pub async fn live_share(state: &AppState, id: &str) -> Result<Option<Live>, ShareError> {
    if !looks_like_id(id) {
        return Ok(None);
    }
    let now = state.clock.now();
    if let Some(live) = state.share_cache.get(id, now) {
        return Ok(Some(live));
    }
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
        .and_where(Expr::col((s, share::Column::Id)).eq(id))
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
        state.share_cache.put(live);
    }
    Ok(live)
}

/// The public page of a live share (None: the same 404 for unknown, revoked and expired), and
/// one view counted.
///
/// # Errors
/// Database errors.
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

#[cfg(test)]
mod tests {
    use super::*;
    use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
    use obscura_shared::gallery::Day;

    #[test]
    fn ids_are_128_random_bits_url_safe() {
        let a = new_id();
        let b = new_id();
        assert_ne!(a, b);
        assert!(looks_like_id(&a) && looks_like_id(&b));
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 16);
        assert!(!looks_like_id("../../etc/passwd"));
        assert!(!looks_like_id(&Uuid::new_v4().to_string()));
    }

    #[test]
    fn expiry_is_computed_from_the_choice() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(expires_at(Expiry::Never, now).unwrap(), None);
        assert_eq!(
            expires_at(Expiry::Week, now).unwrap(),
            Some(now + Duration::days(7))
        );
        let day = Day::parse("2026-03-10").unwrap();
        assert_eq!(
            expires_at(Expiry::Until(day), now)
                .unwrap()
                .unwrap()
                .to_rfc3339(),
            "2026-03-11T00:00:00+00:00"
        );
        for past in ["2026-03-01", "2026-02-01"] {
            let day = Day::parse(past).unwrap();
            assert!(matches!(
                expires_at(Expiry::Until(day), now),
                Err(ShareError::Invalid((f, _))) if f == fields::EXPIRY_DATE
            ));
        }
    }
}
