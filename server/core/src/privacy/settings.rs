//! Restriction and objection (P-RGT-4): a person can keep their visits out of the page-view
//! counts, refuse product emails, and restrict processing altogether — no analytics, no email
//! but what the law or their own request needs; they can still sign in and export.

use anyhow::Result;
use sea_orm::{EntityTrait, Set, sea_query::OnConflict};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{db::entities::privacy_setting, state::AppState};

/// One person's choices (all off when never set).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Keep my visits out of the page-view counts.
    pub analytics_opt_out: bool,
    /// No product emails (news, tips, offers).
    pub product_emails_opt_out: bool,
    /// Restrict processing to what is essential.
    pub restricted: bool,
}

impl Settings {
    /// Whether this person's page views may be counted (given their cookie choice allows it).
    #[must_use]
    pub const fn analytics_allowed(&self) -> bool {
        !self.analytics_opt_out && !self.restricted
    }

    /// Whether product emails may be sent. Account and legally required emails always may.
    #[must_use]
    pub const fn product_emails_allowed(&self) -> bool {
        !self.product_emails_opt_out && !self.restricted
    }
}

/// A person's settings.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn of(state: &AppState, user: Uuid) -> Result<Settings> {
    Ok(privacy_setting::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .map(|r| Settings {
            analytics_opt_out: r.analytics_opt_out,
            product_emails_opt_out: r.product_emails_opt_out,
            restricted: r.restricted_at.is_some(),
        })
        .unwrap_or_default())
}

/// Saves a person's settings (restriction keeps its original date while it stays on).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn save(state: &AppState, user: Uuid, settings: Settings) -> Result<()> {
    let now = state.clock.now();
    let existing = privacy_setting::Entity::find_by_id(user)
        .one(&state.db)
        .await?;
    let restricted_at = match (settings.restricted, existing.and_then(|r| r.restricted_at)) {
        (true, Some(since)) => Some(since),
        (true, None) => Some(now),
        (false, _) => None,
    };
    use privacy_setting::Column as C;
    privacy_setting::Entity::insert(privacy_setting::ActiveModel {
        user_id: Set(user),
        analytics_opt_out: Set(settings.analytics_opt_out),
        product_emails_opt_out: Set(settings.product_emails_opt_out),
        restricted_at: Set(restricted_at),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(C::UserId)
            .update_columns([
                C::AnalyticsOptOut,
                C::ProductEmailsOptOut,
                C::RestrictedAt,
                C::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    Ok(())
}
