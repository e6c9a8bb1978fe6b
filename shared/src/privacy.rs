//! The privacy center's data: exports, restriction toggles, consent history, account deletion.

use serde::{Deserialize, Serialize};

/// What is kept of a client's IP address in the security log and the session list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IpPolicy {
    /// The address as it is.
    Full,
    /// A salted SHA-256 of the address: equal addresses can be recognised, not read.
    #[default]
    Hashed,
    /// Nothing.
    None,
}

/// Form field names of the privacy center.
pub mod fields {
    /// "Exclude me from analytics" (`1` when ticked).
    pub const ANALYTICS_OPT_OUT: &str = "analytics_opt_out";
    /// "No product emails".
    pub const PRODUCT_EMAILS_OPT_OUT: &str = "product_emails_opt_out";
    /// "Restrict processing".
    pub const RESTRICT: &str = "restrict";
    /// The password, to delete the account.
    pub const PASSWORD: &str = "password";
    /// The typed confirmation, to delete the account.
    pub const CONFIRM: &str = "confirm";
}

/// What must be typed to confirm deleting the account.
pub const DELETE_CONFIRMATION: &str = "DELETE";

/// The privacy center's form ids.
pub mod forms {
    /// The restriction and objection toggles.
    pub const CHOICES: &str = "privacy-choices";
    /// Ask for an export.
    pub const EXPORT: &str = "privacy-export";
    /// Delete the account.
    pub const DELETE: &str = "privacy-delete";
}

/// The restriction and objection toggles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    /// Keep my visits out of the page-view counts.
    pub analytics_opt_out: bool,
    /// No product emails.
    pub product_emails_opt_out: bool,
    /// Restrict processing to what is essential.
    pub restricted: bool,
}

/// Where an export is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportStatus {
    /// Waiting or being built.
    Queued,
    /// Ready to download.
    Ready,
    /// Could not be built.
    Failed,
    /// Downloaded or not, its archive is deleted.
    Expired,
}

impl ExportStatus {
    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Ready => "ready",
            Self::Failed => "failed",
            Self::Expired => "expired",
        }
    }

    /// Parses a stored code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Queued, Self::Ready, Self::Failed, Self::Expired]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// One export, as the privacy center lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportView {
    /// Its id.
    pub id: String,
    /// Where it is.
    pub status: ExportStatus,
    /// Asked for (RFC 3339).
    pub requested_at: String,
    /// Its archive is deleted then (RFC 3339).
    pub expires_at: Option<String>,
    /// The signed download link, while ready.
    pub download_url: Option<String>,
    /// The archive's size in bytes.
    pub size_bytes: Option<i64>,
}

/// One recorded cookie choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEntry {
    /// When (RFC 3339).
    pub given_at: String,
    /// What was done: the action's code (`accept_all`…); the page names it in the reader's language.
    pub action: String,
    /// Whether page-view counts were allowed.
    pub analytics: bool,
    /// A signal present at the time, e.g. "Global Privacy Control".
    pub signal: Option<String>,
}

/// Everything the privacy center shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PrivacyOverview {
    /// The toggles.
    pub choices: Choices,
    /// Since when processing is restricted (RFC 3339).
    pub restricted_since: Option<String>,
    /// Recent exports, newest first.
    pub exports: Vec<ExportView>,
    /// When another export may be asked for (RFC 3339), if not now.
    pub next_export_at: Option<String>,
    /// Cookie choices made while signed in, newest first.
    pub consents: Vec<ConsentEntry>,
    /// Days between asking to delete the account and its purge.
    pub erasure_grace_days: u32,
}
