//! The live settings as admins edit them at `/admin/settings`: the blocklist and the models'
//! settings, with the limits both the page and the server check.

use serde::{Deserialize, Serialize};

/// Most terms in the blocklist.
pub const MAX_TERMS: usize = 5_000;
/// Longest term, in characters.
pub const MAX_TERM_CHARS: usize = 100;
/// Longest model name, in characters.
pub const MAX_LABEL_CHARS: usize = 80;
/// Highest cost per image, in credits.
pub const MAX_COST: u32 = 10_000;
/// Longest text the prompt test takes, in characters.
pub const MAX_TEST_CHARS: usize = 4_000;

/// Form field names.
pub mod fields {
    /// The blocklist, one term per line.
    pub const TERMS: &str = "terms";
    /// The admin's reason.
    pub const REASON: &str = "reason";
    /// The model's id.
    pub const MODEL: &str = "model";
    /// The model's name.
    pub const LABEL: &str = "label";
    /// Credits per image.
    pub const COST: &str = "cost";
    /// Most images per request.
    pub const MAX_COUNT: &str = "max_count";
    /// Offered (`1`) or not.
    pub const ENABLED: &str = "enabled";
    /// The prompt test's text (a GET parameter of the page).
    pub const TEST: &str = "test";
}

/// Form names (the page shows each form's feedback beside it).
pub mod forms {
    /// The blocklist.
    pub const BLOCKLIST: &str = "blocklist";

    /// The settings form of the model `id`.
    #[must_use]
    pub fn model(id: &str) -> String {
        format!("model-{id}")
    }
}

/// Who last changed something, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changed {
    /// When (RFC 3339).
    pub at: String,
    /// The admin's email address, or their id when the account is gone.
    pub by: String,
}

/// One configured model's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelSettingsView {
    /// Its id.
    pub id: String,
    /// Its provider's code (`openai`, `local`…).
    pub provider: String,
    /// Its name for people.
    pub label: String,
    /// Credits per image.
    pub cost: u32,
    /// Most images per request.
    pub max_count: u8,
    /// Offered.
    pub enabled: bool,
    /// The last change from the console, if any.
    pub changed: Option<Changed>,
}

/// What the prompt test found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptTest {
    /// The text tested (shown back in its field).
    pub text: String,
    /// Whether it would be refused.
    pub blocked: bool,
}

/// The settings page.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AdminSettings {
    /// The blocklist, sorted.
    pub terms: Vec<String>,
    /// The blocklist's last change from the console, if any.
    pub blocklist_changed: Option<Changed>,
    /// The configured models, in the configuration's order.
    pub models: Vec<ModelSettingsView>,
    /// The prompt test's answer, when a text was given.
    pub test: Option<PromptTest>,
}
