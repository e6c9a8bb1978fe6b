//! What the generator page shows: the offer (models, balance), the person's latest generations,
//! and the image chosen as a reference, if any.

use obscura_shared::{
    ErrorCode,
    generation::{CreateOptions, GenerationView, ImageView, fields},
};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The answer for a generation that is not the viewer's, does not exist, or was deleted.
#[must_use]
pub fn not_found() -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        "This generation does not exist or was deleted.",
    )
}

/// Everything `/create` renders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatePage {
    /// Models and balance.
    pub options: CreateOptions,
    /// The latest generations, newest first (running ones included).
    pub recent: Vec<GenerationView>,
    /// One of the person's images, chosen with "use as reference".
    pub reference: Option<ImageView>,
    /// Form values taken from an earlier generation (`?remix=`), to start from.
    pub prefill: Vec<(String, String)>,
}

/// The query parameter naming a generation to start the form from.
pub const REMIX: &str = "remix";

/// The settings of an earlier generation, to start the form from (`?remix=`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemixSettings {
    /// The model id.
    pub model: String,
    /// The prompt.
    pub prompt: String,
    /// The negative prompt.
    pub negative_prompt: Option<String>,
    /// Width in pixels.
    pub width: i32,
    /// Height in pixels.
    pub height: i32,
    /// The quality code.
    pub quality: String,
    /// Images asked for.
    pub count: i16,
}

impl RemixSettings {
    /// The form values that repeat these settings.
    #[must_use]
    pub fn form_values(self) -> Vec<(String, String)> {
        vec![
            (fields::MODEL.to_owned(), self.model),
            (fields::PROMPT.to_owned(), self.prompt),
            (
                fields::NEGATIVE_PROMPT.to_owned(),
                self.negative_prompt.unwrap_or_default(),
            ),
            (
                fields::SIZE.to_owned(),
                format!("{}x{}", self.width, self.height),
            ),
            (fields::QUALITY.to_owned(), self.quality),
            (fields::COUNT.to_owned(), self.count.to_string()),
        ]
    }
}
