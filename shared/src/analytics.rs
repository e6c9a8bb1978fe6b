//! First-party page-view counts as the admin page shows them.

use serde::{Deserialize, Serialize};

/// The aggregates of a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Views per day (`YYYY-MM-DD`), oldest first, every day of the period (zero included).
    pub days: Vec<(String, i64)>,
    /// Views per route, most first.
    pub paths: Vec<(String, i64)>,
    /// Views per referring site, most first (empty: direct or from this site).
    pub referrers: Vec<(String, i64)>,
    /// Views per device class.
    pub devices: Vec<(String, i64)>,
    /// Views per country (empty: unknown).
    pub countries: Vec<(String, i64)>,
    /// All views of the period.
    pub total: i64,
}
