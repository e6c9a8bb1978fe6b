//! What a form handler tells the page it re-renders: the values typed (never passwords), the
//! field-level errors, and a notice for the whole form.

use serde::{Deserialize, Serialize};

/// Feedback for one form submission, provided in context by the server when a form is shown
/// again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFeedback {
    /// Which form on the page was submitted (pages with several forms).
    pub form: String,
    /// Values to put back into the fields.
    pub values: Vec<(String, String)>,
    /// Field name → message.
    pub errors: Vec<(String, String)>,
    /// A message about the whole form (e.g. "too many attempts").
    pub notice: Option<String>,
}

impl FormFeedback {
    /// The value typed into `field`, if any.
    #[must_use]
    pub fn value(&self, field: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
    }

    /// The error for `field`, if any.
    #[must_use]
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
    }
}

/// The feedback for `form` in the current render, if that form was just submitted.
#[must_use]
pub fn feedback(form: &str) -> FormFeedback {
    leptos::prelude::use_context::<FormFeedback>()
        .filter(|f| f.form == form)
        .unwrap_or_default()
}

/// What an emailed link turned out to be, for the page it lands on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkLanding {
    /// A valid link: show the confirm button for `kind` carrying `token`.
    Valid {
        /// Which link.
        kind: LinkKind,
        /// The token, posted back by the button.
        token: String,
        /// The address concerned (shown so people know which account).
        email: String,
    },
    /// A link that does not work, and why.
    Problem(LinkProblem),
}

/// Which emailed link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkKind {
    /// Sign in.
    MagicLink,
    /// Confirm the account's address.
    Verify,
    /// Choose a new password.
    Reset,
    /// Confirm a new address.
    EmailChange,
    /// Create an account with the Google identity just returned (asks the minimum age).
    GoogleSignup,
    /// Keep an account that is waiting to be deleted.
    KeepAccount,
}

/// Why a link or a Google sign-in did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkProblem {
    /// Unknown, malformed, or meant for something else.
    Invalid,
    /// Too old.
    Expired,
    /// Already used.
    Used,
    /// A Google sign-in that could not be completed.
    Google,
}

/// A sign-in waiting for its second step, for the code page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoStepPrompt {
    /// Where to go once signed in (a local path).
    pub next: String,
    /// The account has a passkey (and the server offers them): "Use a passkey" is shown.
    #[serde(default)]
    pub passkey: bool,
}

/// Recovery codes just made, shown once by the page the form handler renders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryCodesShown(pub Vec<String>);

/// A new API key's full text, shown once on `/settings/api` right after it was made (it is not
/// kept in readable form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyShown(pub String);

/// A webhook endpoint's new signing secret, shown once on `/settings/api` right after it was
/// made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookSecretShown(pub String);
