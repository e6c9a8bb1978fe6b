//! Privacy requests (P-RGT-6): every request — by the support form or any other channel — is
//! logged with the date it was received; it is due 30 days later, and overdue ones stand out
//! until an admin marks them answered. Answered requests are kept 3 years as proof.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use obscura_shared::{
    i18n::Message,
    support::{REQUEST_DUE_DAYS, RequestKind, RequestView, fields},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use super::SupportError;
use crate::{accounts, db::entities::privacy_request, state::AppState};

/// How long answered requests are kept.
pub const ANSWERED_RETENTION_DAYS: i64 = 3 * 365;

/// Records a request received at `received_at`; due 30 days later.
///
/// # Errors
/// Database errors.
pub async fn log(
    state: &AppState,
    kind: RequestKind,
    requester: &str,
    channel: &str,
    received_at: DateTime<Utc>,
    notes: &str,
    message: Option<Uuid>,
) -> Result<Uuid> {
    let id = state.ids.new_id();
    privacy_request::ActiveModel {
        id: Set(id),
        kind: Set(kind.code().to_owned()),
        requester: Set(requester.to_owned()),
        channel: Set(channel.chars().take(64).collect()),
        received_at: Set(received_at),
        due_at: Set(received_at + Duration::days(REQUEST_DUE_DAYS)),
        done_at: Set(None),
        message_id: Set(message),
        notes: Set(notes.to_owned()),
    }
    .insert(&state.db)
    .await?;
    Ok(id)
}

/// What an admin typed to log a request.
#[derive(Debug, Clone, Default)]
pub struct NewRequest {
    /// A kind code.
    pub kind: String,
    /// Who asked.
    pub requester: String,
    /// How it came in.
    pub channel: String,
    /// `YYYY-MM-DD`.
    pub received: String,
    /// Notes.
    pub notes: String,
}

/// Checks and logs a request an admin received by another channel.
///
/// # Errors
/// Field errors: kind, address, channel, a date that is not a past or present day.
#[tracing::instrument(skip_all)]
pub async fn log_by_admin(state: &AppState, input: NewRequest) -> Result<Uuid, SupportError> {
    let mut errors = Vec::new();
    let kind = RequestKind::from_code(input.kind.trim());
    if kind.is_none() {
        errors.push((fields::KIND, Message::new("error-request-kind")));
    }
    let requester = accounts::normalize_email(&input.requester);
    if let Err(m) = &requester {
        errors.push((fields::REQUESTER, m.clone()));
    }
    let channel = input.channel.trim().to_owned();
    if channel.is_empty() {
        errors.push((fields::CHANNEL, Message::new("error-request-channel")));
    }
    let today = state.clock.now().date_naive();
    let received = NaiveDate::parse_from_str(input.received.trim(), "%Y-%m-%d");
    match received {
        Ok(d) if d <= today => {}
        Ok(_) => errors.push((fields::RECEIVED, Message::new("error-request-future"))),
        Err(_) => errors.push((fields::RECEIVED, Message::new("error-request-received"))),
    }
    let (Some(kind), Ok(requester), Ok(received), true) =
        (kind, requester, received, errors.is_empty())
    else {
        return Err(SupportError::Invalid(errors));
    };
    let at = received.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
    Ok(log(
        state,
        kind,
        &requester,
        &channel,
        at,
        input.notes.trim(),
        None,
    )
    .await?)
}

/// Every request: open ones first (soonest due first), then answered ones.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn list(state: &AppState) -> Result<Vec<RequestView>> {
    let now = state.clock.now();
    let mut rows = privacy_request::Entity::find()
        .order_by_asc(privacy_request::Column::DueAt)
        .all(&state.db)
        .await?;
    rows.sort_by_key(|r| r.done_at.is_some());
    Ok(rows
        .into_iter()
        .map(|r| RequestView {
            id: r.id.to_string(),
            kind: r.kind,
            requester: r.requester,
            channel: r.channel,
            received: r.received_at.format("%Y-%m-%d").to_string(),
            due: r.due_at.format("%Y-%m-%d").to_string(),
            overdue: r.done_at.is_none() && r.due_at < now,
            done_at: r.done_at.map(|t| t.to_rfc3339()),
            message_id: r.message_id.map(|m| m.to_string()),
            notes: r.notes,
        })
        .collect())
}

/// Marks a request answered.
///
/// # Errors
/// `NotFound`.
#[tracing::instrument(skip_all)]
pub async fn mark_done(state: &AppState, id: Uuid) -> Result<(), SupportError> {
    let r = privacy_request::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(SupportError::NotFound)?;
    let mut active = r.into_active_model();
    active.done_at = Set(Some(state.clock.now()));
    active.update(&state.db).await?;
    Ok(())
}

/// Deletes requests answered more than [`ANSWERED_RETENTION_DAYS`] ago.
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> Result<u64> {
    let cutoff = state.clock.now() - Duration::days(ANSWERED_RETENTION_DAYS);
    Ok(privacy_request::Entity::delete_many()
        .filter(privacy_request::Column::DoneAt.lte(cutoff))
        .exec(&state.db)
        .await?
        .rows_affected)
}
