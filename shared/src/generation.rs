//! Generation facts shared by the UI, the server and the tests: models as the UI sees them,
//! sizes, qualities, statuses, limits, form field names and the views of a generation.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// Images per generation, at most.
pub const MAX_COUNT: u8 = 4;
/// Longest negative prompt accepted.
pub const NEGATIVE_MAX_CHARS: usize = 1_000;
/// Largest reference image accepted.
pub const REFERENCE_MAX_BYTES: u64 = 20 * 1024 * 1024;
/// Most pixels a reference image may have (checked from its header before decoding).
pub const REFERENCE_MAX_PIXELS: u64 = 40_000_000;
/// The file types a reference may be (checked by content, not by name).
pub const REFERENCE_ACCEPT: &str = "image/png,image/jpeg,image/webp";

/// Requested rendering quality (providers without the notion ignore it or map it to steps).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Quality {
    /// Let the provider choose.
    #[default]
    Auto,
    /// Fast and cheap.
    Low,
    /// Balanced.
    Medium,
    /// Best.
    High,
}

impl Quality {
    /// Every quality, in the order offered.
    pub const ALL: [Self; 4] = [Self::Auto, Self::Low, Self::Medium, Self::High];

    /// The stored and submitted name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }

    /// A label for people.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Auto => "Automatic",
            Self::Low => "Draft",
            Self::Medium => "Standard",
            Self::High => "High",
        }
    }

    /// Parses a submitted name.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.code() == s)
    }
}

/// An image size in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Size {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Size {
    /// Parses `WxH` (e.g. `1024x768`), each side 64–4096.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (w, h) = s.trim().split_once(['x', 'X', '×'])?;
        let width = w.trim().parse().ok()?;
        let height = h.trim().parse().ok()?;
        let ok = |v: u32| (64..=4096).contains(&v);
        (ok(width) && ok(height)).then_some(Self { width, height })
    }

    /// A label for people: the aspect and the pixels, e.g. "Landscape 4:3 · 1024 × 768".
    #[must_use]
    pub fn label(self) -> String {
        let g = gcd(self.width, self.height);
        let (a, b) = (self.width / g, self.height / g);
        let shape = match self.width.cmp(&self.height) {
            std::cmp::Ordering::Equal => "Square",
            std::cmp::Ordering::Greater => "Landscape",
            std::cmp::Ordering::Less => "Portrait",
        };
        let ratio = if a <= 32 && b <= 32 {
            format!(" {a}:{b}")
        } else {
            String::new()
        };
        format!("{shape}{ratio} · {} × {}", self.width, self.height)
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
}

const fn gcd(a: u32, b: u32) -> u32 {
    let (mut a, mut b) = (a, b);
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    if a == 0 { 1 } else { a }
}

/// Where a generation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Waiting for a worker.
    Queued,
    /// A worker is on it.
    Running,
    /// Every image is stored.
    Succeeded,
    /// It ended without images; its credits were given back.
    Failed,
    /// The person cancelled it; nothing was kept and its credits were given back.
    Cancelled,
}

impl Status {
    /// The stored name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }

    /// Every status, in the order a generation can reach them.
    pub const ALL: [Self; 5] = [
        Self::Queued,
        Self::Running,
        Self::Succeeded,
        Self::Failed,
        Self::Cancelled,
    ];

    /// Parses a stored name.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }

    /// A label for people.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Queued => "Queued",
            Self::Running => "Generating",
            Self::Succeeded => "Done",
            Self::Failed => "Failed",
            Self::Cancelled => "Cancelled",
        }
    }

    /// Whether it will not change any more.
    #[must_use]
    pub const fn is_final(self) -> bool {
        matches!(self, Self::Succeeded | Self::Failed | Self::Cancelled)
    }

    /// The stored names of the statuses that will not change any more.
    pub const FINAL_CODES: [&'static str; 3] = ["succeeded", "failed", "cancelled"];
}

/// A model as the generator offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelInfo {
    /// The configured id (submitted in the form).
    pub id: String,
    /// Its name for people.
    pub label: String,
    /// Who runs it, for people (e.g. "Offline preview renderer", "OpenAI").
    pub provider_label: String,
    /// The built-in procedural renderer: not an AI model, and labelled as such.
    pub offline: bool,
    /// Credits per image.
    pub cost_per_image: u32,
    /// Sizes offered; the first is the default.
    pub sizes: Vec<Size>,
    /// Qualities offered; the first is the default.
    pub qualities: Vec<Quality>,
    /// Most images per generation.
    pub max_count: u8,
    /// Whether a negative prompt is used.
    pub negative_prompt: bool,
    /// Whether a reference image is used.
    pub reference: bool,
    /// Longest prompt accepted.
    pub max_prompt_chars: u32,
}

/// What the generator page needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateOptions {
    /// Configured models; the first is the default.
    pub models: Vec<ModelInfo>,
    /// The viewer's balance.
    pub balance: i64,
    /// How long results are kept, in days (0: until the person deletes them).
    pub retention_days: u32,
}

/// One stored image of a generation, with short-lived signed URLs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImageView {
    /// The image id.
    pub id: String,
    /// Position in its generation (0-based).
    pub index: u8,
    /// Original width.
    pub width: u32,
    /// Original height.
    pub height: u32,
    /// WebP thumbnail (≤ 512 px).
    pub thumb_url: String,
    /// WebP preview (≤ 1024 px).
    pub preview_url: String,
    /// The original file, served as a download.
    pub download_url: String,
    /// The original's type.
    pub mime: String,
    /// The original's size in bytes.
    pub bytes: u64,
}

/// Why a generation failed, for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Failure {
    /// The stable code (content rejected, unavailable…).
    pub code: ErrorCode,
    /// What happened and what to do.
    pub message: String,
}

/// A generation as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GenerationView {
    /// The id.
    pub id: String,
    /// The prompt.
    pub prompt: String,
    /// The model's label.
    pub model_label: String,
    /// Whether the model is the offline renderer.
    pub offline: bool,
    /// Where it is.
    pub status: Status,
    /// Images asked for.
    pub count: u8,
    /// Requested size.
    pub size: Size,
    /// The seed used.
    pub seed: u64,
    /// Credits charged (given back on failure).
    pub cost: u32,
    /// Images stored so far, in order.
    pub images: Vec<ImageView>,
    /// Why it failed.
    pub failure: Option<Failure>,
    /// Steps done of steps in all while it runs, when its provider tells (null otherwise).
    #[serde(default)]
    pub progress: Option<crate::generation_queue::Steps>,
    /// The person asked to cancel it while it ran; it stops within a few seconds.
    #[serde(default)]
    pub cancel_requested: bool,
    /// Created, RFC 3339.
    pub created_at: String,
    /// When the files will be deleted, RFC 3339 (null: kept until the person deletes them).
    pub expires_at: Option<String>,
}

/// Names of the generator form's fields.
pub mod fields {
    /// The prompt.
    pub const PROMPT: &str = "prompt";
    /// The negative prompt.
    pub const NEGATIVE_PROMPT: &str = "negative_prompt";
    /// The model id.
    pub const MODEL: &str = "model";
    /// `WxH`.
    pub const SIZE: &str = "size";
    /// Quality code.
    pub const QUALITY: &str = "quality";
    /// 1–4.
    pub const COUNT: &str = "count";
    /// A number, or empty for a random seed.
    pub const SEED: &str = "seed";
    /// An uploaded reference image file.
    pub const REFERENCE: &str = "reference";
    /// The id of one of the person's images to use as the reference.
    pub const REFERENCE_IMAGE: &str = "reference_image";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_label() {
        let s = Size::parse("1024x768").unwrap();
        assert_eq!((s.width, s.height), (1024, 768));
        assert_eq!(s.label(), "Landscape 4:3 · 1024 × 768");
        assert_eq!(s.to_string(), "1024x768");
        assert_eq!(
            Size::parse("512X512").unwrap().label(),
            "Square 1:1 · 512 × 512"
        );
        assert!(Size::parse("10x10").is_none());
        assert!(Size::parse("5000x100").is_none());
        assert!(Size::parse("big").is_none());
    }

    #[test]
    fn codes_round_trip() {
        for q in Quality::ALL {
            assert_eq!(Quality::parse(q.code()), Some(q));
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
            assert_eq!(s.is_final(), Status::FINAL_CODES.contains(&s.code()));
        }
        assert!(Status::Failed.is_final() && !Status::Running.is_final());
        assert!(Status::Cancelled.is_final());
    }
}
