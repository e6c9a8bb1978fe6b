//! Support: the contact form's topics and fields, what admins see of messages, and privacy
//! requests received by other channels (P-RGT-6).

use serde::{Deserialize, Serialize};

/// The largest attachment accepted: 5 MB.
pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;
/// Message length limits, in characters.
pub const MESSAGE_MIN_CHARS: usize = 10;
/// See [`MESSAGE_MIN_CHARS`].
pub const MESSAGE_MAX_CHARS: usize = 5000;
/// Days within which a privacy request must be answered.
pub const REQUEST_DUE_DAYS: i64 = 30;

/// Form field names.
pub mod fields {
    /// The sender's address.
    pub const EMAIL: &str = "email";
    /// A [`super::Topic`] code.
    pub const TOPIC: &str = "topic";
    /// The message.
    pub const MESSAGE: &str = "message";
    /// An optional image.
    pub const ATTACHMENT: &str = "attachment";
    /// An admin's reply.
    pub const REPLY: &str = "reply";
    /// A [`super::RequestKind`] code.
    pub const KIND: &str = "kind";
    /// Who made a request (email address).
    pub const REQUESTER: &str = "requester";
    /// When a request was received, `YYYY-MM-DD`.
    pub const RECEIVED: &str = "received";
    /// How it came in (email, letter, phone…).
    pub const CHANNEL: &str = "channel";
    /// Free notes.
    pub const NOTES: &str = "notes";
}

/// Form ids.
pub mod forms {
    /// The contact form.
    pub const CONTACT: &str = "support-contact";
    /// An admin's reply.
    pub const REPLY: &str = "support-reply";
    /// Logging a privacy request.
    pub const REQUEST: &str = "privacy-request";
}

/// What a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    /// Using the studio.
    Help,
    /// Sign-in, email, account settings.
    Account,
    /// Credits and payments.
    Billing,
    /// Something does not work.
    Bug,
    /// Access, correction, erasure, restriction, objection: tracked with a due date.
    PrivacyRequest,
    /// Reporting an account held by someone under the minimum age.
    UnderageAccount,
    /// Anything else.
    Other,
}

impl Topic {
    /// Every topic, in the form's order.
    pub const ALL: [Self; 7] = [
        Self::Help,
        Self::Account,
        Self::Billing,
        Self::Bug,
        Self::PrivacyRequest,
        Self::UnderageAccount,
        Self::Other,
    ];

    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Help => "help",
            Self::Account => "account",
            Self::Billing => "billing",
            Self::Bug => "bug",
            Self::PrivacyRequest => "privacy",
            Self::UnderageAccount => "underage",
            Self::Other => "other",
        }
    }

    /// Parses a code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }

    /// Its name for people.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Help => "Help with the studio",
            Self::Account => "My account or signing in",
            Self::Billing => "Credits and payments",
            Self::Bug => "Something doesn't work",
            Self::PrivacyRequest => "Privacy request (copy, correction, deletion, objection)",
            Self::UnderageAccount => "An account of someone under the minimum age",
            Self::Other => "Something else",
        }
    }
}

/// The kind of a privacy request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestKind {
    /// Access or a copy (Art. 15, 20).
    Access,
    /// Correction (Art. 16).
    Rectification,
    /// Erasure (Art. 17).
    Erasure,
    /// Restriction or objection (Art. 18, 21).
    Restriction,
    /// Anything else about personal data.
    Other,
}

impl RequestKind {
    /// Every kind.
    pub const ALL: [Self; 5] = [
        Self::Access,
        Self::Rectification,
        Self::Erasure,
        Self::Restriction,
        Self::Other,
    ];

    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Rectification => "rectification",
            Self::Erasure => "erasure",
            Self::Restriction => "restriction",
            Self::Other => "other",
        }
    }

    /// Parses a code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// One message, as admins list and read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    /// Its id.
    pub id: String,
    /// The sender's address.
    pub email: String,
    /// The sender's account, if the address has one.
    pub account: Option<String>,
    /// Topic label.
    pub topic: String,
    /// Topic code.
    pub topic_code: String,
    /// The text.
    pub message: String,
    /// Received (RFC 3339).
    pub created_at: String,
    /// Closed (RFC 3339).
    pub closed_at: Option<String>,
    /// A signed link to the attached image.
    pub attachment_url: Option<String>,
    /// Replies sent, oldest first: (sent at, text).
    pub replies: Vec<(String, String)>,
    /// Whether the account is closed for deletion.
    pub account_closed: bool,
}

/// One privacy request, as admins track it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    /// Its id.
    pub id: String,
    /// Kind code ([`RequestKind::code`]; the page names it in the reader's language).
    pub kind: String,
    /// Who asked.
    pub requester: String,
    /// How it came in.
    pub channel: String,
    /// Received, `YYYY-MM-DD`.
    pub received: String,
    /// Due, `YYYY-MM-DD`.
    pub due: String,
    /// Past its due date and not done.
    pub overdue: bool,
    /// Done (RFC 3339).
    pub done_at: Option<String>,
    /// The support message it came from.
    pub message_id: Option<String>,
    /// Notes.
    pub notes: String,
}
