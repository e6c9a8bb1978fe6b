//! What the privacy center (`/settings/privacy`) shows.

use anyhow::Result;
use obscura_shared::privacy::{Choices, ConsentEntry, PrivacyOverview};
use sea_orm::EntityTrait;
use uuid::Uuid;

use super::{consent, export, settings};
use crate::{db::entities::privacy_setting, state::AppState};

/// The person's toggles, exports and consent history.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn overview(state: &AppState, user: Uuid) -> Result<PrivacyOverview> {
    let s = settings::of(state, user).await?;
    let restricted_since = privacy_setting::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .and_then(|r| r.restricted_at)
        .map(|t| t.to_rfc3339());
    let consents = consent::history(state, user)
        .await?
        .into_iter()
        .map(|e| ConsentEntry {
            given_at: e.given_at,
            action: e.action,
            analytics: e.analytics,
            signal: e.signal.map(|code| match code.as_str() {
                "gpc" => "Global Privacy Control".to_owned(),
                "dnt" => "Do Not Track".to_owned(),
                _ => code,
            }),
        })
        .collect();
    Ok(PrivacyOverview {
        choices: Choices {
            analytics_opt_out: s.analytics_opt_out,
            product_emails_opt_out: s.product_emails_opt_out,
            restricted: s.restricted,
        },
        restricted_since,
        exports: export::list(state, user).await?,
        next_export_at: export::next_allowed(state, user)
            .await?
            .map(|t| t.to_rfc3339()),
        consents,
        erasure_grace_days: state.config.privacy.erasure_grace_days,
    })
}
