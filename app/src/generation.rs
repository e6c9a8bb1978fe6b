//! What the generator page shows: the offer (models, balance), the person's latest generations,
//! and the image chosen as a reference, if any.

use obscura_shared::{
    ErrorCode,
    account::Language,
    generation::{CreateOptions, GenerationView, ImageView, Quality, Size, fields},
    i18n::Message,
    t,
};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The answer for a generation that is not the viewer's, does not exist, or was deleted.
#[must_use]
pub fn not_found() -> AppError {
    AppError::message(
        ErrorCode::NotFound,
        &Message::new("error-generation-not-found"),
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

/// A size as people read it in `lang`: "Square 1:1 · 1024 × 1024", "Querformat 3:2 · 1536 × 1024".
#[must_use]
pub fn size_label(lang: Language, size: Size) -> String {
    fn gcd(a: u32, b: u32) -> u32 {
        if b == 0 { a.max(1) } else { gcd(b, a % b) }
    }
    let g = gcd(size.width, size.height);
    let (a, b) = (size.width / g, size.height / g);
    let shape = match size.width.cmp(&size.height) {
        std::cmp::Ordering::Equal => t!(lang, "generation-shape-square"),
        std::cmp::Ordering::Greater => t!(lang, "generation-shape-landscape"),
        std::cmp::Ordering::Less => t!(lang, "generation-shape-portrait"),
    };
    let ratio = if a <= 32 && b <= 32 {
        format!(" {a}:{b}")
    } else {
        String::new()
    };
    format!("{shape}{ratio} · {} × {}", size.width, size.height)
}

/// A quality as people read it in `lang`.
#[must_use]
pub fn quality_label(lang: Language, quality: Quality) -> String {
    match quality {
        Quality::Auto => t!(lang, "generation-quality-auto"),
        Quality::Low => t!(lang, "generation-quality-low"),
        Quality::Medium => t!(lang, "generation-quality-medium"),
        Quality::High => t!(lang, "generation-quality-high"),
    }
}

/// An amount of credits in `lang`: "1 credit", "5 credits".
#[must_use]
pub fn credits(lang: Language, count: i64) -> String {
    t!(lang, "generation-credits", count = count)
}
