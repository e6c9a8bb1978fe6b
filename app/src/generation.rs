//! What the generator page shows: the offer (models, balance), the person's latest generations,
//! and the image chosen as a reference, if any.

use obscura_shared::generation::{CreateOptions, GenerationView, ImageView};
use serde::{Deserialize, Serialize};

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
