//! The no-signup trial (`/try`): what its page shows and its form's fields.

use serde::{Deserialize, Serialize};

use crate::generation::Status;

/// Form field names of the trial form.
pub mod fields {
    /// The prompt.
    pub const PROMPT: &str = "prompt";
    /// The model (only when more than one is offered).
    pub const MODEL: &str = "model";
    /// The token Cloudflare Turnstile's widget puts in the form.
    pub const TURNSTILE: &str = "cf-turnstile-response";
}

/// The trial form's id (for its feedback).
pub const FORM: &str = "trial";

/// The action Turnstile tokens for the trial carry (checked by the server).
pub const TURNSTILE_ACTION: &str = "trial";

/// A model a visitor may try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialModel {
    /// Id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Size its trial images are made at, e.g. `512×512`.
    pub size: String,
}

/// One of the visitor's trial images.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialImageView {
    /// Id.
    pub id: String,
    /// The prompt.
    pub prompt: String,
    /// The model's label.
    pub model_label: String,
    /// Where it is.
    pub status: Status,
    /// Why it failed, for people.
    pub failure: Option<String>,
    /// The WebP preview (when made).
    pub preview_url: Option<String>,
    /// The original, as a download (when made).
    pub download_url: Option<String>,
    /// Preview width (0 until made).
    pub width: u32,
    /// Preview height (0 until made).
    pub height: u32,
    /// When it is deleted (RFC 3339).
    pub expires_at: String,
}

/// What `/try` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TrialPage {
    /// Whether this server offers a trial.
    pub enabled: bool,
    /// Images per visitor in 24 hours.
    pub per_day: u32,
    /// Images this visitor may still make now.
    pub left: u32,
    /// The models offered (the first is the default).
    pub models: Vec<TrialModel>,
    /// Turnstile's site key, when the form carries its widget.
    pub turnstile_site_key: Option<String>,
    /// The visitor's trial images, newest first.
    pub images: Vec<TrialImageView>,
    /// Credits a new account receives.
    pub signup_credits: u32,
    /// Longest prompt.
    pub max_prompt_chars: u32,
}
