//! Reports of shared images: anyone who can open a share page can report it (no account needed),
//! and admins decide at `/admin/reports`: dismiss, take the share down, or take it down and
//! suspend its owner.
//!
//! - **Sending** ([`submit`]): a reason from a fixed list, optional details (at most
//!   [`DETAILS_MAX_CHARS`]) and an optional address to be told the outcome. A client (an IPv6
//!   client by its /64) may send [`crate::accounts::limits::REPORTS_PER_HOUR`] reports an hour;
//!   one reporter (their account when signed in, else the client) has at most one open report
//!   per share: a repeat is thanked and not stored again. The client is kept only as a keyed
//!   hash with the share, and only while the report is open. Unknown, revoked and expired shares
//!   answer as their page does (404); a taken-down share answers 410.
//! - **Take-down** ([`admin::decide`]): the share stays as a row marked taken down with the
//!   report reason's code — its page and image answer 410, its owner cannot revoke it nor share
//!   the image again — every open report of that share is decided with it, every process forgets
//!   the share at once ([`crate::changes::Change::Shares`]), and the owner is emailed in their
//!   language: which image, why, and how to appeal (the support page, topic "Account").
//! - **Reporters** are not emailed when they send a report (the form must not become a way to
//!   send mail to a stranger's address); once an admin decides, an address given with the
//!   report gets one neutral email saying whether action was taken — no image, no link to it, no
//!   text from the report — and the address is dropped [`EMAIL_DAYS_AFTER_DECISION`] days later.
//! - **Retention** ([`purge_expired`], from the retention job): open reports are kept until
//!   decided; dismissed ones [`DISMISSED_RETENTION_DAYS`] days after the decision; take-downs
//!   [`TAKEDOWN_RETENTION_DAYS`] days, or until the owner's account is deleted (they go with it).
//! - **Exports**: the reporter's (reports they sent signed in, or with their verified address)
//!   and the owner's (reports about their shares: reason and decision, never who reported).

pub mod admin;
mod records;

pub use admin::{Decided, DecisionInput, about_owner, decide, detail, list};
pub use records::{export_for_user, purge_expired};

use std::time::Duration;

use obscura_shared::{
    account::Language,
    i18n::Message,
    reports::{DETAILS_MAX_CHARS as DETAILS_MAX, Reason, ShareStanding, fields, status},
    routes,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

use crate::{
    accounts::{self, Client, FieldErrors},
    db::entities::{share, share_report, user},
    state::AppState,
};

/// The longest details, in characters.
pub const DETAILS_MAX_CHARS: usize = DETAILS_MAX;
/// Days a dismissed report is kept after the decision.
pub const DISMISSED_RETENTION_DAYS: i64 = 183;
/// Days a take-down (its reports and decision) is kept after the decision, unless the owner's
/// account goes first.
pub const TAKEDOWN_RETENTION_DAYS: i64 = 3 * 365;
/// Days a reporter's address is kept after the decision (to answer a question about it).
pub const EMAIL_DAYS_AFTER_DECISION: i64 = 30;

/// Why a report was not taken, or a decision not made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Field problems.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// Too many reports from here.
    #[error("rate limited")]
    RateLimited(Duration),
    /// No such share (unknown, revoked, expired) or report.
    #[error("not found")]
    NotFound,
    /// The share was taken down already.
    #[error("gone")]
    Gone,
    /// The report was decided already (nothing changed).
    #[error("already decided")]
    AlreadyDecided,
    /// The owner is an admin: take their role back before suspending (nothing changed).
    #[error("the owner is an admin")]
    OwnerIsAdmin,
    /// Logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for ReportError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

impl From<crate::sharing::ShareError> for ReportError {
    fn from(e: crate::sharing::ShareError) -> Self {
        Self::Internal(anyhow::anyhow!(e))
    }
}

/// What the public form sends.
#[derive(Debug, Clone, Default)]
pub struct NewReport {
    /// A [`Reason`] code.
    pub reason: String,
    /// Optional details.
    pub details: String,
    /// Optional address, to be told the outcome.
    pub email: String,
}

/// What became of a report sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// Stored: a new report.
    New(Uuid),
    /// This reporter has an open report of this share already: nothing stored.
    Repeat,
}

/// Whether share `id` exists and was taken down (its page answers 410).
///
/// # Errors
/// Database errors.
pub async fn is_taken_down(state: &AppState, id: &str) -> Result<bool, sea_orm::DbErr> {
    if !crate::sharing::looks_like_id(id) {
        return Ok(false);
    }
    Ok(share::Entity::find_by_id(id.to_owned())
        .filter(share::Column::TakenDownAt.is_not_null())
        .count(&state.db)
        .await?
        > 0)
}

/// Whether share `id` is `user`'s and was taken down.
///
/// # Errors
/// Database errors.
pub async fn taken_down_of(state: &AppState, user: Uuid, id: &str) -> anyhow::Result<bool> {
    Ok(share::Entity::find_by_id(id.to_owned())
        .filter(share::Column::UserId.eq(user))
        .filter(share::Column::TakenDownAt.is_not_null())
        .count(&state.db)
        .await?
        > 0)
}

/// Whether a share of `image` was taken down (the image is not shared again).
///
/// # Errors
/// Database errors.
pub async fn image_taken_down(state: &AppState, image: Uuid) -> Result<bool, sea_orm::DbErr> {
    let shares = share::Entity::find()
        .filter(share::Column::ImageId.eq(image))
        .filter(share::Column::TakenDownAt.is_not_null())
        .count(&state.db)
        .await?;
    if shares > 0 {
        return Ok(true);
    }
    // A share revoked before the decision leaves only its reports.
    let decided = share_report::Entity::find()
        .filter(share_report::Column::ImageId.eq(image))
        .filter(share_report::Column::Status.is_in([status::TAKEN_DOWN, status::OWNER_SUSPENDED]))
        .count(&state.db)
        .await?;
    Ok(decided > 0)
}

/// What the report page of share `id` shows: the form for a live share, else 410 or 404.
///
/// # Errors
/// Database errors.
pub async fn standing(state: &AppState, id: &str) -> Result<ShareStanding, ReportError> {
    if let Some(live) = crate::sharing::live_share(state, id).await? {
        return Ok(ShareStanding::Live {
            image_url: routes::share_image(&live.id),
            width: u32::try_from(live.preview_width).unwrap_or_default(),
            height: u32::try_from(live.preview_height).unwrap_or_default(),
        });
    }
    if is_taken_down(state, id).await? {
        return Ok(ShareStanding::TakenDown);
    }
    Ok(ShareStanding::Unknown)
}

/// The keyed hash naming one reporter of one share while their report is open.
fn reporter_key(state: &AppState, share: &str, reporter: &str) -> String {
    let key = accounts::crypto::derive(
        secrecy::ExposeSecret::expose_secret(&*state.master_key),
        "share-report-reporter",
    );
    let mut value = Vec::with_capacity(share.len() + reporter.len() + 1);
    value.extend_from_slice(share.as_bytes());
    value.push(b'\n');
    value.extend_from_slice(reporter.as_bytes());
    accounts::crypto::salted_digest(&key, &value)
}

/// Checks the fields of a report: the reason, the details' length, the address's shape.
fn check(input: &NewReport) -> Result<(Reason, String, Option<String>), ReportError> {
    let mut errors: FieldErrors = Vec::new();
    let reason = Reason::from_code(input.reason.trim());
    if reason.is_none() {
        errors.push((fields::REASON, Message::new("report-error-reason")));
    }
    let details = input.details.trim().to_owned();
    if details.chars().count() > DETAILS_MAX_CHARS {
        errors.push((
            fields::DETAILS,
            Message::new("error-chars-max").arg("max", DETAILS_MAX_CHARS),
        ));
    }
    let typed = input.email.trim();
    let email = if typed.is_empty() {
        None
    } else {
        match accounts::normalize_email(typed) {
            Ok(e) => Some(e),
            Err(m) => {
                errors.push((fields::EMAIL, m));
                None
            }
        }
    };
    match reason {
        Some(reason) if errors.is_empty() => Ok((reason, details, email)),
        _ => Err(ReportError::Invalid(errors)),
    }
}

/// Takes a report of share `id` from `reporter` (signed in) or a stranger at `client`.
///
/// # Errors
/// `NotFound` for a share that is not live, `Gone` for a taken-down one, field errors, a rate
/// limit.
#[tracing::instrument(skip_all)]
pub async fn submit(
    state: &AppState,
    id: &str,
    input: NewReport,
    reporter: Option<&user::Model>,
    client: &Client,
    language: Language,
) -> Result<Sent, ReportError> {
    let Some(live) = crate::sharing::live_share(state, id).await? else {
        return Err(if is_taken_down(state, id).await? {
            ReportError::Gone
        } else {
            ReportError::NotFound
        });
    };
    let (reason, details, email) = check(&input)?;
    state
        .limits
        .check_report(&client.rate_key())
        .await
        .map_err(ReportError::RateLimited)?;
    let who = reporter.map_or_else(
        || format!("client:{}", client.rate_key()),
        |u| format!("account:{}", u.id),
    );
    let key = reporter_key(state, &live.id, &who);
    let repeat = share_report::Entity::find()
        .filter(share_report::Column::ShareId.eq(live.id.as_str()))
        .filter(share_report::Column::Status.eq(status::OPEN))
        .filter(
            Condition::any()
                .add(share_report::Column::ReporterKey.eq(key.as_str()))
                .add_option(reporter.map(|u| share_report::Column::ReporterId.eq(u.id))),
        )
        .count(&state.db)
        .await?;
    if repeat > 0 {
        return Ok(Sent::Repeat);
    }
    let Some(owner) = share::Entity::find_by_id(live.id.clone())
        .one(&state.db)
        .await?
        .map(|s| s.user_id)
    else {
        return Err(ReportError::NotFound);
    };
    let report = state.ids.new_id();
    share_report::ActiveModel {
        id: Set(report),
        share_id: Set(live.id.clone()),
        image_id: Set(Some(live.image_id)),
        owner_id: Set(owner),
        reporter_id: Set(reporter.map(|u| u.id)),
        reporter_email: Set(email),
        reporter_key: Set(Some(key)),
        language: Set(language.code().to_owned()),
        reason: Set(reason.code().to_owned()),
        details: Set(details),
        created_at: Set(state.clock.now()),
        status: Set(status::OPEN.to_owned()),
        decided_at: Set(None),
        decided_by: Set(None),
        decision_reason: Set(None),
        note: Set(None),
    }
    .insert(&state.db)
    .await?;
    // No reason, no text and no address in the log.
    tracing::info!(report = %report, "a shared image was reported");
    Ok(Sent::New(report))
}

/// Open reports in all (the admin menu's count).
///
/// # Errors
/// Database errors.
pub async fn open_count(state: &AppState) -> Result<u64, sea_orm::DbErr> {
    share_report::Entity::find()
        .filter(share_report::Column::Status.eq(status::OPEN))
        .count(&state.db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_checked_together() {
        let Err(ReportError::Invalid(errors)) = check(&NewReport {
            reason: "nope".into(),
            details: "x".repeat(DETAILS_MAX_CHARS + 1),
            email: "not an address".into(),
        }) else {
            panic!("refused");
        };
        let names: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(names, [fields::REASON, fields::DETAILS, fields::EMAIL]);
        let (reason, details, email) = check(&NewReport {
            reason: " spam ".into(),
            details: "  ".into(),
            email: String::new(),
        })
        .unwrap();
        assert_eq!((reason, details.as_str(), email), (Reason::Spam, "", None));
    }
}
