//! The admin audit log: every admin action (replying to, closing or reopening a message,
//! deleting a reported account, logging or answering a privacy request, making an account admin
//! from the command line, and every action of the console: credits, suspensions, roles,
//! sessions, deletions, reports, the blocklist and the models) with its actor, target, time,
//! outcome and the reason the admin gave. Admins read it at
//! `/admin/audit`; entries are kept for [`RETENTION_DAYS`] and deleted by the retention job.
//!
//! Entries name accounts, messages and requests by id only: no email address, no message text.

use chrono::Duration;
use obscura_shared::{
    audit::{AuditEntryView, AuditPage, PAGE_SIZE},
    i18n::Message,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::{db::entities::admin_audit, state::AppState};

/// How long entries are kept: 3 years.
pub const RETENTION_DAYS: i64 = 3 * 365;

/// Who acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// An admin account.
    Account(Uuid),
    /// The operator on the command line.
    Cli,
}

impl Actor {
    fn code(self) -> String {
        match self {
            Self::Account(id) => id.to_string(),
            Self::Cli => "cli".to_owned(),
        }
    }
}

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Replied to a support message by email.
    SupportReply,
    /// Closed a support message.
    SupportClose,
    /// Reopened a support message.
    SupportReopen,
    /// Deleted an account reported as underage.
    EraseUnderageAccount,
    /// Logged a privacy request received by another channel.
    RequestLogged,
    /// Marked a privacy request answered.
    RequestDone,
    /// Made an account admin (a role change).
    GrantAdmin,
    /// Refunded a payment through Stripe.
    PaymentRefund,
    /// Added or removed credits (a ledger row with the reason).
    CreditAdjust,
    /// Suspended an account (its sessions end, sign-in is refused, its shares go offline).
    Suspend,
    /// Lifted a suspension.
    Unsuspend,
    /// Took an account's admin role back.
    RevokeAdmin,
    /// Ended one or every session of an account.
    EndSessions,
    /// Deleted an account from the console (the same purge as self-erasure).
    DeleteAccount,
    /// Dismissed a report of a shared image.
    ReportDismiss,
    /// Took a reported share down.
    ShareTakeDown,
    /// Changed the blocklist.
    BlocklistChange,
    /// Changed a model's settings.
    ModelChange,
}

impl Action {
    /// Every action.
    pub const ALL: [Self; 18] = [
        Self::SupportReply,
        Self::SupportClose,
        Self::SupportReopen,
        Self::EraseUnderageAccount,
        Self::RequestLogged,
        Self::RequestDone,
        Self::GrantAdmin,
        Self::PaymentRefund,
        Self::CreditAdjust,
        Self::Suspend,
        Self::Unsuspend,
        Self::RevokeAdmin,
        Self::EndSessions,
        Self::DeleteAccount,
        Self::ReportDismiss,
        Self::ShareTakeDown,
        Self::BlocklistChange,
        Self::ModelChange,
    ];

    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::SupportReply => "support_reply",
            Self::SupportClose => "support_close",
            Self::SupportReopen => "support_reopen",
            Self::EraseUnderageAccount => "erase_underage_account",
            Self::RequestLogged => "request_logged",
            Self::RequestDone => "request_done",
            Self::GrantAdmin => "grant_admin",
            Self::PaymentRefund => "payment_refund",
            Self::CreditAdjust => "credit_adjust",
            Self::Suspend => "suspend",
            Self::Unsuspend => "unsuspend",
            Self::RevokeAdmin => "revoke_admin",
            Self::EndSessions => "end_sessions",
            Self::DeleteAccount => "delete_account",
            Self::ReportDismiss => "report_dismiss",
            Self::ShareTakeDown => "share_take_down",
            Self::BlocklistChange => "blocklist_change",
            Self::ModelChange => "model_change",
        }
    }
}

/// How an action ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done.
    Done,
    /// Refused by a rule (e.g. an admin account is not deleted from a report).
    Refused,
    /// Its target does not exist.
    NotFound,
    /// The input was incomplete or wrong; nothing changed.
    Invalid,
    /// An internal error; nothing or part of it happened.
    Failed,
}

impl Outcome {
    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Refused => "refused",
            Self::NotFound => "not_found",
            Self::Invalid => "invalid",
            Self::Failed => "failed",
        }
    }
}

/// A target: `kind:id`.
#[must_use]
pub fn target(kind: &str, id: impl std::fmt::Display) -> String {
    format!("{kind}:{id}")
}

/// Records one admin action. A failure to record is logged (the action itself has happened or
/// not by then; the log line says which).
pub async fn record(
    state: &AppState,
    actor: Actor,
    action: Action,
    target: &str,
    outcome: Outcome,
) {
    record_with_reason(state, actor, action, target, outcome, None).await;
}

pub use obscura_shared::audit::REASON_MAX_CHARS;

/// An admin's reason as typed, for any audited action: trimmed, 1 to [`REASON_MAX_CHARS`]
/// characters.
///
/// # Errors
/// The message to show next to the field.
pub fn clean_reason(raw: &str) -> Result<String, Message> {
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(Message::new("admin-error-reason-empty"));
    }
    if reason.chars().count() > REASON_MAX_CHARS {
        return Err(Message::new("error-chars-max").arg("max", REASON_MAX_CHARS));
    }
    Ok(reason.to_owned())
}

/// Records one admin action with the reason the admin gave (trimmed, cut to
/// [`REASON_MAX_CHARS`]; an empty one is kept as none). A failure to record is logged.
#[tracing::instrument(skip_all)]
pub async fn record_with_reason(
    state: &AppState,
    actor: Actor,
    action: Action,
    target: &str,
    outcome: Outcome,
    reason: Option<&str>,
) {
    let reason = reason
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| r.chars().take(REASON_MAX_CHARS).collect::<String>());
    let row = admin_audit::ActiveModel {
        reason: Set(reason),
        id: Set(state.ids.new_id()),
        at: Set(state.clock.now()),
        actor: Set(actor.code()),
        action: Set(action.code().to_owned()),
        target: Set(target.chars().take(128).collect()),
        outcome: Set(outcome.code().to_owned()),
    };
    if let Err(e) = row.insert(&state.db).await {
        tracing::error!(
            error = %e,
            action = action.code(),
            outcome = outcome.code(),
            "could not record an admin action in the audit log"
        );
    }
}

/// One page (from 1) of the log, newest first.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn list(state: &AppState, page: u64) -> anyhow::Result<AuditPage> {
    let page = page.max(1);
    let rows = admin_audit::Entity::find()
        .order_by_desc(admin_audit::Column::At)
        .order_by_desc(admin_audit::Column::Id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .all(&state.db)
        .await?;
    let more = u64::try_from(rows.len()).unwrap_or(u64::MAX) > PAGE_SIZE;
    let entries = rows
        .into_iter()
        .take(usize::try_from(PAGE_SIZE).unwrap_or(usize::MAX))
        .map(|r| AuditEntryView {
            at: r.at.to_rfc3339(),
            actor: r.actor,
            action: r.action,
            target: r.target,
            outcome: r.outcome,
            reason: r.reason,
        })
        .collect();
    Ok(AuditPage {
        entries,
        page,
        more,
    })
}

/// Deletes entries older than [`RETENTION_DAYS`]; returns how many.
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> anyhow::Result<u64> {
    let cutoff = state.clock.now() - Duration::days(RETENTION_DAYS);
    Ok(admin_audit::Entity::delete_many()
        .filter(admin_audit::Column::At.lt(cutoff))
        .exec(&state.db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod reason_tests {
    use super::*;

    #[test]
    fn reasons_are_trimmed_and_bounded() {
        assert_eq!(clean_reason("  spam  ").as_deref(), Ok("spam"));
        assert!(clean_reason("   ").is_err());
        assert!(clean_reason(&"x".repeat(REASON_MAX_CHARS)).is_ok());
        assert!(clean_reason(&"x".repeat(REASON_MAX_CHARS + 1)).is_err());
    }
}
