//! Stable error codes that the UI and API clients can rely on, and [`Failure`]: a code with
//! the details an edge needs to answer (field messages, a message for people, a retry delay).
//!
//! Each domain error is turned into a [`Failure`] once, next to its definition; the web edges
//! and the UI's error only ever read a [`Failure`].

use serde::{Deserialize, Serialize};

use crate::{account::Language, i18n::Message};

/// A flat, serialisable error code. Codes are never renamed once published; new ones are added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The resource does not exist, or the caller may not know that it exists.
    #[error("not found")]
    NotFound,
    /// The caller must sign in first.
    #[error("sign-in required")]
    Unauthenticated,
    /// The caller is signed in but may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The input was invalid; field errors accompany it.
    #[error("invalid input")]
    Validation,
    /// The request conflicts with the current state.
    #[error("conflict")]
    Conflict,
    /// Too many requests; retry later.
    #[error("too many requests")]
    RateLimited,
    /// A dependency is unavailable; retry later.
    #[error("temporarily unavailable")]
    Unavailable,
    /// The server could not reach a result; nothing about the cause is shared.
    #[error("something went wrong")]
    Internal,
    /// The account's balance does not cover the cost.
    #[error("insufficient credits")]
    InsufficientCredits,
    /// The prompt or image was refused by the blocklist or the provider's safety system.
    #[error("content rejected")]
    ContentRejected,
    /// An emailed link or a started attempt no longer works (expired, used or unknown): start
    /// again.
    #[error("gone")]
    Gone,
    /// The request could not be read (not the expected shape); nothing was done.
    #[error("malformed request")]
    Malformed,
    /// The request (an upload, usually) is larger than accepted; nothing was done.
    #[error("too large")]
    TooLarge,
    /// The account is suspended by the operators (its API keys and sign-ins are refused).
    #[error("account suspended")]
    AccountSuspended,
}

impl ErrorCode {
    /// The HTTP status an edge answers with for this code.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::Unauthenticated => 401,
            Self::Forbidden => 403,
            Self::Validation => 422,
            Self::Conflict => 409,
            Self::RateLimited => 429,
            Self::Unavailable => 503,
            Self::Internal => 500,
            Self::InsufficientCredits => 402,
            Self::ContentRejected => 422,
            Self::Gone => 410,
            Self::Malformed => 400,
            Self::TooLarge => 413,
            Self::AccountSuspended => 403,
        }
    }

    /// The code in words for people, when nothing more specific is said ("Not found.").
    #[must_use]
    pub const fn message(self) -> Message {
        Message::new(match self {
            Self::NotFound => "error-code-not-found",
            Self::Unauthenticated => "error-code-unauthenticated",
            Self::Forbidden => "error-code-forbidden",
            Self::Validation => "error-code-validation",
            Self::Conflict => "error-code-conflict",
            Self::RateLimited => "error-code-rate-limited",
            Self::Unavailable => "error-code-unavailable",
            Self::Internal => "error-code-internal",
            Self::InsufficientCredits => "error-code-insufficient-credits",
            Self::ContentRejected => "error-code-content-rejected",
            Self::Gone => "error-code-gone",
            Self::Malformed => "error-code-malformed",
            Self::TooLarge => "error-code-too-large",
            Self::AccountSuspended => "admin-people-error-code-suspended",
        })
    }

    /// The stable, machine-readable name of the code (as serialised).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::Validation => "validation",
            Self::Conflict => "conflict",
            Self::RateLimited => "rate_limited",
            Self::Unavailable => "unavailable",
            Self::Internal => "internal",
            Self::InsufficientCredits => "insufficient_credits",
            Self::ContentRejected => "content_rejected",
            Self::Gone => "gone",
            Self::Malformed => "malformed",
            Self::TooLarge => "too_large",
            Self::AccountSuspended => "account_suspended",
        }
    }
}

/// Why something was refused, as every edge answers it: a stable code and the details that go
/// with it. Internal causes are never in here (they are logged where the failure is made).
///
/// Its messages are [`Message`]s: the edge renders them in the reader's language (a form in
/// the request's, the public API in English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The stable code; it chooses the status.
    pub code: ErrorCode,
    /// A message for people about the whole request (a form's notice), if there is one.
    pub message: Option<Message>,
    /// Messages for single fields: (field name, message).
    pub fields: Vec<(String, Message)>,
    /// How long to wait before trying again, in seconds (sent as `Retry-After`).
    pub retry_after: Option<u64>,
}

impl Failure {
    /// A failure with only a code.
    #[must_use]
    pub const fn new(code: ErrorCode) -> Self {
        Self {
            code,
            message: None,
            fields: Vec::new(),
            retry_after: None,
        }
    }

    /// The generic internal failure (log the cause before making it).
    #[must_use]
    pub const fn internal() -> Self {
        Self::new(ErrorCode::Internal)
    }

    /// A validation failure with these field messages.
    #[must_use]
    pub fn invalid<K: Into<String>>(fields: impl IntoIterator<Item = (K, Message)>) -> Self {
        Self::new(ErrorCode::Validation).with_fields(fields)
    }

    /// With a message for people about the whole request.
    #[must_use]
    pub fn with_message(mut self, message: Message) -> Self {
        self.message = Some(message);
        self
    }

    /// With one more field message.
    #[must_use]
    pub fn with_field(mut self, field: impl Into<String>, message: Message) -> Self {
        self.fields.push((field.into(), message));
        self
    }

    /// With these field messages added.
    #[must_use]
    pub fn with_fields<K: Into<String>>(
        mut self,
        fields: impl IntoIterator<Item = (K, Message)>,
    ) -> Self {
        self.fields
            .extend(fields.into_iter().map(|(k, v)| (k.into(), v)));
        self
    }

    /// The message, moved onto `field` (for a form whose every message sits by one field).
    #[must_use]
    pub fn message_on(mut self, field: impl Into<String>) -> Self {
        if let Some(message) = self.message.take() {
            self.fields.push((field.into(), message));
        }
        self
    }

    /// Asking to wait `secs` seconds (at least one) before trying again.
    #[must_use]
    pub fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs.max(1));
        self
    }

    /// The message for the whole request in `lang`, if there is one.
    #[must_use]
    pub fn message_in(&self, lang: Language) -> Option<String> {
        self.message.as_ref().map(|m| m.render(lang))
    }

    /// The field messages in `lang`: (field name, message).
    #[must_use]
    pub fn fields_in(&self, lang: Language) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|(field, m)| (field.clone(), m.render(lang)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialised_names_match_as_str() {
        for code in [
            ErrorCode::NotFound,
            ErrorCode::Unauthenticated,
            ErrorCode::Forbidden,
            ErrorCode::Validation,
            ErrorCode::Conflict,
            ErrorCode::RateLimited,
            ErrorCode::Unavailable,
            ErrorCode::Internal,
            ErrorCode::InsufficientCredits,
            ErrorCode::ContentRejected,
            ErrorCode::Gone,
            ErrorCode::Malformed,
            ErrorCode::TooLarge,
            ErrorCode::AccountSuspended,
        ] {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            let back: ErrorCode = serde_json::from_str(&json).unwrap();
            assert_eq!(back, code);
        }
    }

    #[test]
    fn statuses_are_client_or_server_errors() {
        assert_eq!(ErrorCode::NotFound.http_status(), 404);
        assert_eq!(ErrorCode::RateLimited.http_status(), 429);
        assert_eq!(ErrorCode::Internal.http_status(), 500);
    }
}
