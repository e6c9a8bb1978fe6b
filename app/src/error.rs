//! The error type every server function returns.
//!
//! It carries a stable [`ErrorCode`] and a message fit for a person, in the request's language
//! (rendered on the server, which has the catalogue); internal causes are logged on the server
//! and never serialised.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use obscura_shared::{ErrorCode, Failure, account::Language, i18n::Message};
use serde::{Deserialize, Serialize};

/// The language of the render or server-function call under way (the server provides it in
/// context); English outside one.
fn language() -> Language {
    leptos::prelude::use_context::<Language>().unwrap_or_default()
}

/// An error a server function reports to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    /// The stable code.
    pub code: ErrorCode,
    /// A message for the person using the UI.
    pub message: String,
    /// Whether the call failed before reaching the server (offline, DNS, connection reset).
    /// Such an error is made in the browser, which has no catalogue: its message is only the
    /// id `error-network`, so an island shows its own text for it, given by the server as a
    /// prop (the connection banner is what people see).
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

    /// An error with a code and a catalogue message, in the current request's language.
    #[must_use]
    pub fn message(code: ErrorCode, message: &Message) -> Self {
        Self::new(code, message.render(language()))
    }

    /// The generic answer for anything internal.
    #[must_use]
    pub fn internal() -> Self {
        Self::message(ErrorCode::Internal, &ErrorCode::Internal.message())
    }

    /// The failure's code with its message for people in `lang`: the whole-request message,
    /// else the first field's, else the code's own words. An internal failure says nothing
    /// more.
    #[must_use]
    pub fn from_failure(f: Failure, lang: Language) -> Self {
        let message = match f.code {
            ErrorCode::Internal => ErrorCode::Internal.message(),
            code => f
                .message
                .or_else(|| f.fields.into_iter().next().map(|(_, m)| m))
                .unwrap_or_else(|| code.message()),
        };
        Self::new(f.code, message.render(lang))
    }
}

impl From<Failure> for AppError {
    /// [`AppError::from_failure`] in the current request's language.
    fn from(f: Failure) -> Self {
        Self::from_failure(f, language())
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => Self {
                code: ErrorCode::Unavailable,
                message: Message::new("error-network").render(language()),
                network: true,
            },
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::message(
                ErrorCode::Validation,
                &Message::new("error-request-not-understood"),
            ),
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
            AppError::from_failure(f, Language::En),
            AppError::new(
                ErrorCode::NotFound,
                ErrorCode::NotFound.message().render(Language::En)
            )
        );
        let f = Failure::invalid([("email", Message::new("error-email-shape"))]);
        assert_eq!(
            AppError::from_failure(f, Language::Fr).message,
            Message::new("error-email-shape").render(Language::Fr)
        );
        assert_eq!(AppError::from(Failure::internal()), AppError::internal());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn messages_are_in_the_language_asked_for() {
        let f = Failure::invalid([("email", Message::new("error-email-shape"))]);
        assert_eq!(
            AppError::from_failure(f.clone(), Language::En).message,
            "Enter an email address like name@example.com."
        );
        assert_ne!(
            AppError::from_failure(f, Language::De).message,
            "Enter an email address like name@example.com."
        );
        assert_eq!(
            AppError::internal().message,
            "Something went wrong on our side. Please try again."
        );
    }
}
