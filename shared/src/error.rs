//! Stable error codes that the UI and API clients can rely on.

use serde::{Deserialize, Serialize};

/// A flat, serialisable error code. Codes are never renamed once published; new ones are added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
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
        }
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
        }
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
