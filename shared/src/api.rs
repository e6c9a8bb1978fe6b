//! The public API as the settings show it: keys, their scopes, the form fields.

use serde::{Deserialize, Serialize};

/// What a key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Make generations (spends credits) and share images.
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
            Self::Generate => "Make images (spends credits) and share them",
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
    /// Credits all keys together may spend per UTC day, if capped.
    pub daily_cap: Option<i64>,
    /// Credits all keys spent today (UTC).
    pub spent_today: i64,
    /// The webhook endpoint, if one is set.
    pub webhook: Option<WebhookView>,
}

/// `GET /api/v1/account`: the balance and what this key spent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiAccount {
    /// Credits available.
    pub balance: i64,
    /// Credits owed after a refund (new generations wait until it is settled).
    pub owed: i64,
    /// The key making the request.
    pub key: ApiKeySummary,
    /// The account's API requests this month (UTC).
    pub requests_this_month: u64,
    /// Credits all the account's keys spent today (UTC).
    pub spent_today: i64,
    /// Credits all the account's keys may spend per day (UTC), if capped.
    pub daily_cap: Option<i64>,
}

/// The calling key, as the API describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

/// One page of generations (`GET /api/v1/generations`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GenerationPage {
    /// Newest first.
    pub data: Vec<crate::generation::GenerationView>,
    /// Pass as `cursor` for the next page; null on the last.
    pub next_cursor: Option<String>,
}

/// One image (`GET /api/v1/images/{id}`), with freshly signed links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiImage {
    /// Id.
    pub id: String,
    /// The generation that made it.
    pub generation_id: String,
    /// Position in its generation (0-based).
    pub index: u8,
    /// Width of the original.
    pub width: u32,
    /// Height of the original.
    pub height: u32,
    /// The original's type.
    pub mime: String,
    /// The original's size in bytes.
    pub bytes: u64,
    /// Made, RFC 3339.
    pub created_at: String,
    /// WebP thumbnail (≤ 512 px), signed link.
    pub thumb_url: String,
    /// WebP preview (≤ 1024 px), signed link.
    pub preview_url: String,
    /// The original, signed link.
    pub download_url: String,
    /// Ids of its shares (live or expired).
    pub shares: Vec<String>,
}

/// The account's shares (`GET /api/v1/shares`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShareList {
    /// Newest first.
    pub data: Vec<crate::gallery::ShareView>,
}

/// One UTC day of API use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageDay {
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// Requests.
    pub requests: u64,
    /// Of which were answered with an error (4xx or 5xx).
    pub failed: u64,
    /// Credits they reserved.
    pub credits: i64,
}

/// API use per day (`GET /api/v1/usage`, and Settings → API → Usage).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageReport {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
    /// Every day from `from` to `to`, oldest first.
    pub days: Vec<UsageDay>,
    /// Requests in all.
    pub requests: u64,
    /// Failed requests in all.
    pub failed: u64,
    /// Credits in all.
    pub credits: i64,
}

/// The API reference `/docs/api` shows, read from the OpenAPI description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ApiReference {
    /// This server's origin, e.g. `https://obscura.example`.
    pub origin: String,
    /// The operations, grouped by tag in the description's order.
    pub groups: Vec<ApiGroup>,
    /// The types the operations send and take.
    pub schemas: Vec<ApiSchema>,
    /// This server's model ids.
    pub models: Vec<String>,
}

/// Operations under one tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiGroup {
    /// The tag.
    pub name: String,
    /// What it is about.
    pub description: String,
    /// Its operations.
    pub operations: Vec<ApiOperation>,
}

/// One operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiOperation {
    /// `GET`, `POST`, `DELETE`.
    pub method: String,
    /// The path template.
    pub path: String,
    /// One line.
    pub summary: String,
    /// The whole story.
    pub description: String,
    /// Path, query and header parameters.
    pub parameters: Vec<ApiField>,
    /// The request body's types, e.g. (`application/json`, `CreateGeneration`).
    pub bodies: Vec<(String, String)>,
    /// (status, description, schema name or empty).
    pub responses: Vec<(String, String, String)>,
}

/// A parameter or a property.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiField {
    /// Its name.
    pub name: String,
    /// `path`, `query`, `header`, or empty for a property.
    pub location: String,
    /// Its type, for people: `string`, `integer`, `array of ImageView`, `one of: a, b`.
    pub kind: String,
    /// A schema it refers to, to link to.
    pub link: Option<String>,
    /// Whether it must be given.
    pub required: bool,
    /// What it is.
    pub description: String,
}

/// One named type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiSchema {
    /// Its name.
    pub name: String,
    /// What it is.
    pub description: String,
    /// Its properties (none for an enumeration).
    pub fields: Vec<ApiField>,
    /// Its values, for an enumeration.
    pub values: Vec<String>,
}

/// The events an endpoint may receive: (code, what it means).
pub const WEBHOOK_EVENTS: [(&str, &str); 3] = [
    (
        "generation.completed",
        "A generation finished with its images",
    ),
    (
        "generation.failed",
        "A generation failed (its credits were given back)",
    ),
    (
        "generation.cancelled",
        "A generation was cancelled (nothing was kept; its credits were given back)",
    ),
];

/// The account's webhook endpoint as its settings show it (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookView {
    /// Where events are posted.
    pub url: String,
    /// The events it receives.
    pub events: Vec<String>,
    /// Set (RFC 3339).
    pub created_at: String,
    /// The latest deliveries, newest first.
    pub deliveries: Vec<DeliveryView>,
}

/// One event sent (or being sent) to the endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryView {
    /// The `webhook-id` it carries.
    pub message_id: String,
    /// Its type.
    pub event: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    /// Attempts so far.
    pub attempts: u32,
    /// The endpoint's last status code.
    pub response_code: Option<u16>,
    /// Why the last attempt failed, for people.
    pub error: Option<String>,
    /// Made (RFC 3339).
    pub created_at: String,
    /// Last attempted (RFC 3339).
    pub last_attempt_at: Option<String>,
}

/// Form field names of the webhook settings.
pub mod webhook_fields {
    /// The endpoint URL.
    pub const URL: &str = "url";
    /// An event type (repeated, one per ticked box).
    pub const EVENT: &str = "event";
    /// Make a new signing secret.
    pub const ROTATE: &str = "rotate";
    /// The daily cap (credits).
    pub const DAILY_CAP: &str = "daily_cap";
}

/// Form ids of the webhook and cap settings.
pub mod webhook_forms {
    /// Set the endpoint.
    pub const SET: &str = "api-webhook";
    /// Set the daily cap.
    pub const DAILY_CAP: &str = "api-daily-cap";
}

/// What `/settings/api/usage` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UsagePage {
    /// Per day, when the filters are valid.
    pub report: Option<UsageReport>,
    /// The account's keys: (id, name), for the key filter.
    pub keys: Vec<(String, String)>,
    /// The filters as applied (or as typed, when refused): from, to, key, outcome.
    pub from: String,
    /// Last day.
    pub to: String,
    /// One key's id, or empty.
    pub key: String,
    /// `succeeded`, `failed` or empty.
    pub outcome: String,
    /// Refused filters: (field, message).
    pub errors: Vec<(String, String)>,
}
