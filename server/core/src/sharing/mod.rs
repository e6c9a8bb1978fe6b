//! Shares: public links to one image each (P-SHR-1…3). A share id is 128 random bits, not the
//! image's id; a share shows the prompt and the owner's name only when asked to; it ends when it
//! expires, is revoked, or its image is deleted — and its page and image answer 404 from then on,
//! the same 404 as an id that never existed.
//!
//! Views are counted per share and day, nothing else: no IP, no cookie, no visitor id. Counts
//! are gathered in memory and added to the table every few seconds ([`ViewCounter`]).

mod cache;
mod counter;
mod owner;
mod public;

use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use obscura_shared::{
    gallery::{Expiry, FilterError, fields},
    i18n::Message,
    routes,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::Expr};
use uuid::Uuid;

pub use cache::LiveCache;
pub use counter::ViewCounter;
pub use owner::{for_image, list};
pub use public::{Live, live_share, public};

use crate::{
    db::entities::{generation_image, share},
    state::AppState,
};

/// Length of a share id (16 bytes in unpadded base64url).
pub const ID_LEN: usize = obscura_shared::ids::ShareId::LEN;

/// A new share id: 128 bits from the operating system's CSPRNG, URL-safe.
#[must_use]
pub fn new_id() -> String {
    crate::accounts::crypto::random_id::<16>()
}

/// Whether `s` has the shape of a share id (anything else is a 404 without a query).
#[must_use]
pub fn looks_like_id(s: &str) -> bool {
    obscura_shared::ids::ShareId::looks_like(s)
}

/// Why a share could not be made or changed.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// Not the person's image or share (or gone).
    #[error("not found")]
    NotFound,
    /// A field to correct.
    #[error("invalid: {}", .0.0)]
    Invalid(FilterError),
    /// A share of this image was taken down after a report: it is not shared again.
    #[error("taken down")]
    TakenDown,
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
    .ok_or_else(|| {
        ShareError::Invalid((fields::EXPIRY_DATE, Message::new("error-share-no-such-day")))
    })?;
    if end <= now + Duration::days(1) {
        return Err(ShareError::Invalid((
            fields::EXPIRY_DATE,
            Message::new("error-share-after-today"),
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
#[tracing::instrument(skip_all, fields(user = %user))]
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
    // An image whose share was taken down after a report is not shared again.
    if crate::reports::image_taken_down(state, image.id).await? {
        return Err(ShareError::TakenDown);
    }
    let now = state.clock.now();
    let row = share::ActiveModel {
        id: Set(new_id()),
        user_id: Set(user),
        image_id: Set(image.id),
        show_prompt: Set(new.show_prompt),
        show_name: Set(new.show_name),
        created_at: Set(now),
        expires_at: Set(expires_at(new.expiry, now)?),
        taken_down_at: Set(None),
        takedown_reason: Set(None),
    }
    .insert(&state.db)
    .await?;
    Ok(row)
}

/// Changes when one of `user`'s shares ends (an expired one can be brought back this way).
///
/// # Errors
/// `NotFound` when it is not theirs; `Invalid` for a past day.
#[tracing::instrument(skip_all, fields(user = %user))]
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
        .filter(share::Column::TakenDownAt.is_null())
        .exec(&state.db)
        .await?
        .rows_affected;
    crate::changes::announce(state, crate::changes::Change::Shares).await;
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
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn revoke(state: &AppState, user: Uuid, id: &str) -> Result<bool, ShareError> {
    let gone = share::Entity::delete_many()
        .filter(share::Column::Id.eq(id))
        .filter(share::Column::UserId.eq(user))
        // A taken-down share stays (its page answers 410; its image is not shared again).
        .filter(share::Column::TakenDownAt.is_null())
        .exec(&state.db)
        .await?
        .rows_affected;
    crate::changes::announce(state, crate::changes::Change::Shares).await;
    Ok(gone > 0)
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
