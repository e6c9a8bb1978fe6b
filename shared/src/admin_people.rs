//! People in the admin console: the list at `/admin/users` (search, filters, cursor pages) and a
//! person's page at `/admin/users/{id}` with its actions' form fields.

use serde::{Deserialize, Serialize};

use crate::billing::PaymentView;

/// People on one page of the list.
pub const PAGE_SIZE: u64 = 50;

/// The longest search text kept, in characters.
pub const QUERY_MAX_CHARS: usize = 254;

/// The most credits one adjustment adds or removes.
pub const ADJUST_MAX: i64 = 1_000_000;

/// Ledger rows shown on a person's page.
pub const LEDGER_ROWS: u64 = 20;

/// The list's query string parameters.
pub mod params {
    /// Search text: part of an email address or a name, or an exact account id.
    pub const Q: &str = "q";
    /// Only verified addresses (`1`).
    pub const VERIFIED: &str = "verified";
    /// Only suspended accounts (`1`).
    pub const SUSPENDED: &str = "suspended";
    /// Only admins (`1`).
    pub const ADMIN: &str = "admin";
    /// Only accounts with payments (`1`).
    pub const PAID: &str = "paid";
    /// The cursor: the last row of the previous page.
    pub const AFTER: &str = "after";
}

/// The action forms' field names.
pub mod fields {
    /// The account the action is for.
    pub const ACCOUNT: &str = "account";
    /// The admin's reason (1–500 characters).
    pub const REASON: &str = "reason";
    /// The confirmation checkbox (`1`).
    pub const CONFIRM: &str = "confirm";
    /// Credits to add or remove.
    pub const AMOUNT: &str = "amount";
    /// `add` or `remove`.
    pub const DIRECTION: &str = "direction";
    /// A key that makes a resubmitted adjustment count once.
    pub const KEY: &str = "key";
    /// Suspend (`1`) or lift the suspension (`0`); make admin (`1`) or take it back (`0`).
    pub const ON: &str = "on";
    /// One session to end (absent: every session).
    pub const SESSION: &str = "session";
    /// The account's email address, typed to confirm a deletion.
    pub const EMAIL: &str = "email";
}

/// The action forms' names (their feedback is matched by it).
pub mod forms {
    /// Adjust credits.
    pub const CREDITS: &str = "admin-people-credits";
    /// Suspend or unsuspend.
    pub const SUSPEND: &str = "admin-people-suspend";
    /// Make admin or take it back.
    pub const ROLE: &str = "admin-people-role";
    /// End sessions.
    pub const SESSIONS: &str = "admin-people-sessions";
    /// Delete the account.
    pub const DELETE: &str = "admin-people-delete";
}

/// The list's search and filters, as read from the query string.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PeopleQuery {
    /// Search text (trimmed; empty: everyone).
    pub q: String,
    /// Only verified addresses.
    pub verified: bool,
    /// Only suspended accounts.
    pub suspended: bool,
    /// Only admins.
    pub admin: bool,
    /// Only accounts with at least one payment.
    pub paid: bool,
    /// The cursor, as given (a bad one means the first page).
    pub after: Option<String>,
}

impl PeopleQuery {
    /// Whether a search or a filter narrows the list.
    #[must_use]
    pub fn narrowed(&self) -> bool {
        !self.q.is_empty() || self.verified || self.suspended || self.admin || self.paid
    }

    /// The query string of this search and these filters (no cursor), starting with `?` when
    /// not empty.
    #[must_use]
    pub fn query_string(&self, after: Option<&str>) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("{}={}", params::Q, encode(&self.q)));
        }
        for (on, name) in [
            (self.verified, params::VERIFIED),
            (self.suspended, params::SUSPENDED),
            (self.admin, params::ADMIN),
            (self.paid, params::PAID),
        ] {
            if on {
                parts.push(format!("{name}=1"));
            }
        }
        if let Some(after) = after {
            parts.push(format!("{}={}", params::AFTER, encode(after)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Percent-encodes a query string value (everything but unreserved characters).
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One person in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    /// The account id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// Joined (RFC 3339).
    pub joined: String,
    /// An admin.
    pub admin: bool,
    /// Suspended.
    pub suspended: bool,
    /// The address is verified.
    pub verified: bool,
    /// Credits available.
    pub credits: i64,
}

/// One page of the list, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PeoplePage {
    /// The search and filters applied (the cursor as used: none when it was bad).
    pub query: PeopleQuery,
    /// The people.
    pub rows: Vec<PersonRow>,
    /// The cursor of the next (older) page, when there is one.
    pub next: Option<String>,
    /// Whether any account exists at all (to tell "nobody yet" from "no one matches").
    pub any: bool,
}

/// A ledger row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerRow {
    /// `grant`, `reserve`, `capture`, `release`, `refund`, `adjust`, `clawback`, `expire`.
    pub kind: String,
    /// The balance change.
    pub delta: i64,
    /// When (RFC 3339).
    pub at: String,
    /// What caused it, when recorded.
    pub reference: Option<String>,
}

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRow {
    /// The session's id (to end it).
    pub id: String,
    /// Coarse device description.
    pub device: String,
    /// Started (RFC 3339).
    pub started: String,
    /// Last seen (RFC 3339).
    pub last_seen: String,
}

/// Generations in one status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCount {
    /// `queued`, `running`, `succeeded`, `failed`.
    pub status: String,
    /// In the last 30 days.
    pub recent: u64,
    /// Ever.
    pub all: u64,
}

/// One support message the person sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportRow {
    /// The message id (its admin page).
    pub id: String,
    /// The topic's code.
    pub topic: String,
    /// Received (RFC 3339).
    pub at: String,
    /// Closed.
    pub closed: bool,
}

/// A person's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    /// The account id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// The address is verified.
    pub verified: bool,
    /// Language code.
    pub language: String,
    /// Joined (RFC 3339).
    pub joined: String,
    /// A password is set.
    pub password: bool,
    /// A Google account is linked.
    pub google: bool,
    /// Passkeys registered.
    pub passkeys: u64,
    /// Two-step verification is on.
    pub two_step: bool,
    /// An admin.
    pub admin: bool,
    /// Suspended since (RFC 3339).
    pub suspended_at: Option<String>,
    /// The suspending admin's reason.
    pub suspension_reason: Option<String>,
    /// Closed by its owner and waiting to be deleted on this date (RFC 3339).
    pub erasure_due: Option<String>,
    /// Credits available.
    pub credits: i64,
    /// The latest ledger rows, newest first.
    pub ledger: Vec<LedgerRow>,
    /// Live sessions, most recently used first.
    pub sessions: Vec<SessionRow>,
    /// Generations by status (no prompts, no images).
    pub generations: Vec<StatusCount>,
    /// Payments, newest first; None when billing is off.
    pub payments: Option<Vec<PaymentView>>,
    /// Support messages, newest first.
    pub support: Vec<SupportRow>,
    /// Reports about the person's shares, newest first.
    pub reports: Vec<crate::reports::ReportRow>,
    /// The page is the viewer's own account.
    pub own: bool,
    /// A fresh key for the adjustment form (a resubmitted form counts once).
    pub form_key: String,
}
