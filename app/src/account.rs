//! The signed-in person as pages see them, and the account data the settings pages show.

use leptos::prelude::*;
use obscura_shared::{
    account::{Language, Role},
    ids::{SessionId, UserId},
};
use serde::{Deserialize, Serialize};

/// The signed-in person, resolved by the server from the session cookie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    /// Account id.
    pub id: UserId,
    /// The current session's id.
    pub session_id: SessionId,
    /// Full name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// Whether the address is verified.
    pub verified: bool,
    /// Company, if given.
    pub company: Option<String>,
    /// Language.
    pub language: Language,
    /// Role.
    pub role: Role,
    /// Whether a password is set (otherwise Google or emailed links only).
    pub has_password: bool,
    /// Whether a Google account is linked.
    pub google_linked: bool,
    /// Whether an avatar was uploaded.
    pub has_avatar: bool,
    /// Credits available.
    pub credits: i64,
    /// A policy change to tell this person about.
    #[serde(default)]
    pub policy_notice: Option<obscura_shared::site::PolicyNotice>,
}

impl Viewer {
    /// Up to two initials for the avatar placeholder.
    #[must_use]
    pub fn initials(&self) -> String {
        self.name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .take(2)
            .flat_map(char::to_uppercase)
            .collect()
    }
}

/// The signed-in person of this render, if any.
#[must_use]
pub fn viewer() -> Option<Viewer> {
    use_context::<Viewer>()
}

/// One live session, as listed in the security settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    /// Session id (to end it).
    pub id: String,
    /// E.g. "Firefox on Linux".
    pub device: String,
    /// Signed in, RFC 3339.
    pub created_at: String,
    /// Last active, RFC 3339.
    pub last_seen_at: String,
    /// Approximate "last active" for people ("2 hours ago").
    pub last_seen_human: String,
    /// This is the session making the request.
    pub current: bool,
}

/// One entry of the security log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    /// What happened.
    pub label: String,
    /// E.g. the sign-in method.
    pub detail: Option<String>,
    /// Coarse device.
    pub device: Option<String>,
    /// The address as kept by the operator's policy (full, a hash, or nothing).
    pub ip: Option<String>,
    /// When, RFC 3339.
    pub at: String,
    /// When, for people.
    pub at_human: String,
}

/// Sessions and log for `/settings/security`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SecurityOverview {
    /// Live sessions, current first.
    pub sessions: Vec<SessionView>,
    /// The newest events.
    pub events: Vec<EventView>,
    /// What the operator keeps of IP addresses.
    pub ip_policy: obscura_shared::privacy::IpPolicy,
    /// Two-step verification.
    #[serde(default)]
    pub two_step: TwoStepView,
}

/// Two-step verification, as the security settings show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TwoStepView {
    /// The authenticator app is on since this date (RFC 3339).
    pub totp_since: Option<String>,
    /// An authenticator app being set up.
    pub totp_setup: Option<TotpSetup>,
    /// Recovery codes not yet used.
    pub recovery_remaining: u64,
    /// Changes need a sign-in of the last 15 minutes; this session's is older.
    pub sign_in_again: bool,
    /// The account's passkeys, oldest first.
    #[serde(default)]
    pub passkeys: Vec<PasskeyView>,
    /// Whether this server offers passkeys.
    #[serde(default)]
    pub passkeys_available: bool,
}

/// A passkey, as the security settings list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyView {
    /// Its id (what "Remove" sends).
    pub id: String,
    /// The name its owner gave it.
    pub name: String,
    /// Added (RFC 3339).
    pub created_at: String,
    /// Last used to sign in (RFC 3339).
    pub last_used_at: Option<String>,
}

/// An authenticator app being set up: what to scan or type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpSetup {
    /// The shared secret in base32, for typing.
    pub secret: String,
    /// Its `otpauth://` QR code, an SVG drawn by the server.
    pub qr_svg: String,
}

/// A message in the development outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    /// Id.
    pub id: String,
    /// When.
    pub sent_at: String,
    /// Recipient.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
}

impl OutboxMessage {
    /// The links in the body, to follow them from the outbox page.
    #[must_use]
    pub fn links(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .map(str::to_owned)
            .collect()
    }
}
