//! The error type every server function returns.
//!
//! It carries a stable [`ErrorCode`] and a message fit for a person; internal causes are logged
//! on the server and never serialised.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use obscura_shared::{ErrorCode, Failure};
use serde::{Deserialize, Serialize};

/// An error a server function reports to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    /// The stable code.
    pub code: ErrorCode,
    /// A message for the person using the UI.
    pub message: String,
    /// Whether the call failed before reaching the server (offline, DNS, connection reset).
    #[serde(default)]
    pub network: bool,
}

impl AppError {
    /// An error with a code and a message for people.
    #[must_use]
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            network: false,
        }
    }

    /// The generic answer for anything internal.
    #[must_use]
    pub fn internal() -> Self {
        Self::new(
            ErrorCode::Internal,
            "Something went wrong on our side. Please try again.",
        )
    }
}

impl From<Failure> for AppError {
    /// The failure's code with its message for people: the whole-request message, else the
    /// first field's, else the code's own words. An internal failure says nothing more.
    fn from(f: Failure) -> Self {
        if f.code == ErrorCode::Internal {
            return Self::internal();
        }
        let message = f
            .message
            .or_else(|| f.fields.into_iter().next().map(|(_, m)| m))
            .unwrap_or_else(|| {
                let mut words = f.code.to_string();
                if let Some(first) = words.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                words + "."
            });
        Self::new(f.code, message)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => Self {
                code: ErrorCode::Unavailable,
                message: "We can't reach Obscura right now. Check your connection; we'll retry."
                    .into(),
                network: true,
            },
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                Self::new(ErrorCode::Validation, "The request was not understood.")
            }
            // Everything else is internal: the text may describe our code, so it stays out.
            _ => Self::internal(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_failures_are_flagged_and_internal_text_is_dropped() {
        let net = AppError::from_server_fn_error(ServerFnErrorErr::Request("dns".into()));
        assert!(net.network);
        assert_eq!(net.code, ErrorCode::Unavailable);

        let err = AppError::from_server_fn_error(ServerFnErrorErr::ServerError(
            "relation \"users\" does not exist".into(),
        ));
        assert_eq!(err.code, ErrorCode::Internal);
        assert!(!err.message.contains("relation"));
        assert!(!err.network);
    }

    #[test]
    fn a_failure_keeps_its_code_and_its_message_for_people() {
        let f = Failure::new(ErrorCode::NotFound);
        assert_eq!(
            AppError::from(f),
            AppError::new(ErrorCode::NotFound, "Not found.")
        );
        let f = Failure::invalid([("email", "Enter an address.".to_owned())]);
        assert_eq!(AppError::from(f).message, "Enter an address.");
        assert_eq!(AppError::from(Failure::internal()), AppError::internal());
    }
}
