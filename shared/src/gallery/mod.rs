//! The private gallery and public shares: the gallery's filters (parsed from its query string,
//! with a message per bad value), the pages the UI renders, and the share options.

mod query;
mod share;

use serde::{Deserialize, Serialize};

use crate::generation::{Failure, ImageView, Size, Status};

pub use query::{Day, FilterError, GalleryQuery, SharedFilter, Sort, StatusFilter};
pub use share::{Expiry, PublicShare, ShareView};

/// Form and query-string field names.
pub mod fields {
    /// Search text (in prompts).
    pub const Q: &str = "q";
    /// Model id.
    pub const MODEL: &str = "model";
    /// [`super::StatusFilter`] code.
    pub const STATUS: &str = "status";
    /// First day, `YYYY-MM-DD`.
    pub const FROM: &str = "from";
    /// Last day, `YYYY-MM-DD`.
    pub const TO: &str = "to";
    /// [`super::SharedFilter`] code.
    pub const SHARED: &str = "shared";
    /// [`super::Sort`] code.
    pub const SORT: &str = "sort";
    /// The keyset cursor of the next page.
    pub const AFTER: &str = "after";
    /// An image id (repeated for a multi-select).
    pub const IMAGE: &str = "image";
    /// Set when a deletion has been confirmed.
    pub const CONFIRM: &str = "confirm";
    /// A generation id (retry).
    pub const GENERATION: &str = "generation";
    /// Whether a share shows the prompt.
    pub const SHOW_PROMPT: &str = "show_prompt";
    /// Whether a share shows the owner's display name.
    pub const SHOW_NAME: &str = "show_name";
    /// [`super::Expiry`] code.
    pub const EXPIRY: &str = "expiry";
    /// The custom expiry day, `YYYY-MM-DD`.
    pub const EXPIRY_DATE: &str = "expiry_date";
    /// A share id.
    pub const SHARE: &str = "share";
    /// Where to go back to after a form (a gallery path with its filters).
    pub const BACK: &str = "back";
}

/// Generations shown per gallery page.
pub const PAGE_SIZE: u64 = 24;
/// Images one deletion may take.
pub const MAX_SELECTION: usize = 200;
/// Longest search text.
pub const Q_MAX_CHARS: usize = 200;

/// One image tile in the gallery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryImage {
    /// The image id.
    pub id: String,
    /// WebP thumbnail (≤ 512 px), signed.
    pub thumb_url: String,
    /// Its width.
    pub thumb_width: u32,
    /// Its height.
    pub thumb_height: u32,
    /// WebP preview (≤ 1024 px), signed (for `srcset`).
    pub preview_url: String,
    /// Its width.
    pub preview_width: u32,
    /// Whether a live share shows it.
    pub shared: bool,
}

/// One generation in the gallery: its images, or why it has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryGeneration {
    /// The generation id.
    pub id: String,
    /// The prompt.
    pub prompt: String,
    /// The model's label.
    pub model_label: String,
    /// Where it is.
    pub status: Status,
    /// Why it failed.
    pub failure: Option<Failure>,
    /// Images asked for.
    pub count: u8,
    /// Created, RFC 3339.
    pub created_at: String,
    /// Its images, in order.
    pub images: Vec<GalleryImage>,
}

/// A model to filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelChoice {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
}

/// One page of the gallery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryPage {
    /// The filters in force.
    pub query: GalleryQuery,
    /// Filter values that were left out, with why.
    pub errors: Vec<(String, String)>,
    /// The generations of this page.
    pub generations: Vec<GalleryGeneration>,
    /// The cursor of the next page, if there is one.
    pub next: Option<String>,
    /// Models the person has used, to filter by.
    pub models: Vec<ModelChoice>,
    /// Whether the person has any generation at all (the empty state differs).
    pub has_any: bool,
}

/// One image with everything the detail page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryItem {
    /// The image (signed URLs).
    pub image: ImageView,
    /// Its generation's id.
    pub generation_id: String,
    /// The prompt.
    pub prompt: String,
    /// The negative prompt.
    pub negative_prompt: Option<String>,
    /// The model's label.
    pub model_label: String,
    /// Requested size.
    pub size: Size,
    /// The seed.
    pub seed: u64,
    /// Time from start to finish, in milliseconds.
    pub duration_ms: Option<u64>,
    /// Credits charged for the generation.
    pub cost: u32,
    /// Images in the generation.
    pub count: u8,
    /// Created, RFC 3339.
    pub created_at: String,
    /// When the files will be deleted, RFC 3339 (None: kept until deleted).
    pub expires_at: Option<String>,
    /// The newer neighbour in the gallery.
    pub prev: Option<String>,
    /// The older neighbour.
    pub next: Option<String>,
    /// Its live and expired shares.
    pub shares: Vec<ShareView>,
    /// The owner's display name (shown in the share form).
    pub owner_name: String,
}
