//! The public API as the settings show it: keys, their scopes, the form fields.

use serde::{Deserialize, Serialize};

/// What a key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Make generations (spends credits).
    Generate,
    /// Read generations, images, shares, the balance and usage.
    Read,
    /// Delete generations and revoke shares.
    Delete,
}

impl Scope {
    /// Every scope, in the order shown.
    pub const ALL: [Self; 3] = [Self::Generate, Self::Read, Self::Delete];

    /// The stored and sent name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Generate => "generate",
            Self::Read => "read",
            Self::Delete => "delete",
        }
    }

    /// From its name.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }

    /// What it allows, for people.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Generate => "Make images (spends credits)",
            Self::Read => "Read generations, images, shares, balance and usage",
            Self::Delete => "Delete generations and revoke shares",
        }
    }
}

/// Form field names of the API settings.
pub mod fields {
    /// The key's name.
    pub const NAME: &str = "name";
    /// A scope (repeated, one per ticked box).
    pub const SCOPE: &str = "scope";
    /// Days until it expires (empty: never).
    pub const EXPIRES_DAYS: &str = "expires_days";
    /// Credits it may spend per month (empty: no cap).
    pub const MONTHLY_CAP: &str = "monthly_cap";
    /// The key to revoke.
    pub const KEY: &str = "key";
}

/// Form ids of the API settings.
pub mod forms {
    /// Create a key.
    pub const CREATE: &str = "api-key-create";
    /// Revoke a key.
    pub const REVOKE: &str = "api-key-revoke";
}

/// Longest key name.
pub const NAME_MAX_CHARS: usize = 80;

/// Expiry choices offered, in days.
pub const EXPIRY_DAYS: [u32; 4] = [7, 30, 90, 365];

/// One key as its owner sees it (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyView {
    /// Id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it looks like: `obs_<lookup>_…<last four>`.
    pub hint: String,
    /// Its scopes' codes.
    pub scopes: Vec<String>,
    /// Credits per month, if capped.
    pub monthly_cap: Option<i64>,
    /// Credits it spent this month.
    pub spent_this_month: i64,
    /// Made (RFC 3339).
    pub created_at: String,
    /// Last used (RFC 3339).
    pub last_used_at: Option<String>,
    /// Expires (RFC 3339).
    pub expires_at: Option<String>,
    /// Revoked (RFC 3339).
    pub revoked_at: Option<String>,
    /// Accepted now (not revoked, not expired).
    pub active: bool,
}

/// What `/settings/api` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ApiSettings {
    /// Whether the account may create keys (a confirmed address).
    pub verified: bool,
    /// The keys, newest first.
    pub keys: Vec<ApiKeyView>,
    /// Where the API is, e.g. `https://obscura.example/api/v1`.
    pub base_url: String,
}

/// `GET /api/v1/account`: the balance and what this key spent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiAccount {
    /// Credits available.
    pub balance: i64,
    /// Credits owed after a refund (new generations wait until it is settled).
    pub owed: i64,
    /// The key making the request.
    pub key: ApiKeySummary,
    /// The account's API requests this month (UTC).
    pub requests_this_month: u64,
}

/// The calling key, as the API describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeySummary {
    /// Id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its scopes.
    pub scopes: Vec<String>,
    /// Credits per month, if capped.
    pub monthly_cap: Option<i64>,
    /// Credits it spent this month.
    pub spent_this_month: i64,
}
