//! The admin audit log as admins read it at `/admin/audit`.

use serde::{Deserialize, Serialize};

/// Entries on one page of the log.
pub const PAGE_SIZE: u64 = 50;

/// The longest reason an admin gives for an action (a person's account, a report's decision,
/// a settings change), in characters: the audit log keeps all of it.
pub const REASON_MAX_CHARS: usize = 500;

/// One admin action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntryView {
    /// When (RFC 3339).
    pub at: String,
    /// Who: an account id, or `cli`.
    pub actor: String,
    /// What: the action's stored code (`support_reply`, `grant_admin`…); the page names it in
    /// the reader's language.
    pub action: String,
    /// On what: `kind:id`.
    pub target: String,
    /// How it ended.
    pub outcome: String,
    /// The reason the admin gave, when they gave one.
    pub reason: Option<String>,
}

/// One page of the log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AuditPage {
    /// The entries.
    pub entries: Vec<AuditEntryView>,
    /// This page's number, from 1.
    pub page: u64,
    /// Whether older entries follow.
    pub more: bool,
}
