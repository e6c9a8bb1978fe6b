//! The private gallery and public shares: the gallery's filters (parsed from its query string,
//! with a message per bad value), the pages the UI renders, and the share options.

use serde::{Deserialize, Serialize};

use crate::generation::{Failure, ImageView, Size, Status};

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

/// Which generations by where they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum StatusFilter {
    /// All of them.
    #[default]
    Any,
    /// Finished with images.
    Done,
    /// Failed (shown with the reason).
    Failed,
    /// Queued or running.
    InProgress,
}

impl StatusFilter {
    /// Every choice, in menu order.
    pub const ALL: [Self; 4] = [Self::Any, Self::Done, Self::Failed, Self::InProgress];

    /// The query-string code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::InProgress => "in-progress",
        }
    }

    /// The menu label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Any => "Any status",
            Self::Done => "Done",
            Self::Failed => "Failed",
            Self::InProgress => "In progress",
        }
    }

    /// The statuses it keeps (empty: all).
    #[must_use]
    pub const fn statuses(self) -> &'static [Status] {
        match self {
            Self::Any => &[],
            Self::Done => &[Status::Succeeded],
            Self::Failed => &[Status::Failed],
            Self::InProgress => &[Status::Queued, Status::Running],
        }
    }
}

/// Shared or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SharedFilter {
    /// Both.
    #[default]
    Any,
    /// With at least one live share.
    Shared,
    /// With none.
    NotShared,
}

impl SharedFilter {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::Any, Self::Shared, Self::NotShared];

    /// The query-string code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Shared => "yes",
            Self::NotShared => "no",
        }
    }

    /// The menu label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Any => "Shared or not",
            Self::Shared => "Shared",
            Self::NotShared => "Not shared",
        }
    }
}

/// Order of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Sort {
    /// Newest first.
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
}

impl Sort {
    /// Every choice, in menu order.
    pub const ALL: [Self; 2] = [Self::Newest, Self::Oldest];

    /// The query-string code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
        }
    }

    /// The menu label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Newest => "Newest first",
            Self::Oldest => "Oldest first",
        }
    }
}

fn pick<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, value: &str) -> Option<T> {
    all.iter().copied().find(|t| code(*t) == value)
}

/// A calendar day, `YYYY-MM-DD`, checked (months and leap years).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Day {
    /// Year (1970–9999).
    pub year: u16,
    /// Month (1–12).
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl Day {
    /// Parses `YYYY-MM-DD`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: u16 = s.get(0..4)?.parse().ok()?;
        let month: u8 = s.get(5..7)?.parse().ok()?;
        let day: u8 = s.get(8..10)?.parse().ok()?;
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1970..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Self {
            year,
            month,
            day,
        })
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The gallery's filters, as read from its query string.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GalleryQuery {
    /// Words to find in prompts (trimmed; empty: no search).
    pub q: String,
    /// Only this model.
    pub model: Option<String>,
    /// By status.
    pub status: StatusFilter,
    /// From this day (inclusive, UTC).
    pub from: Option<Day>,
    /// To this day (inclusive, UTC).
    pub to: Option<Day>,
    /// Shared or not.
    pub shared: SharedFilter,
    /// Order.
    pub sort: Sort,
    /// Continue after this cursor.
    pub after: Option<String>,
}

/// A filter value that could not be used: the field and a message for people.
pub type FilterError = (&'static str, String);

impl GalleryQuery {
    /// Reads the filters from query pairs; a bad value is reported and left out, the rest
    /// apply.
    #[must_use]
    pub fn from_pairs(pairs: &[(String, String)]) -> (Self, Vec<FilterError>) {
        let mut query = Self::default();
        let mut errors = Vec::new();
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
        };
        if let Some(q) = get(fields::Q) {
            if q.chars().count() > Q_MAX_CHARS {
                errors.push((
                    fields::Q,
                    format!("Search for at most {Q_MAX_CHARS} characters."),
                ));
            } else {
                q.clone_into(&mut query.q);
            }
        }
        query.model = get(fields::MODEL).map(str::to_owned);
        match get(fields::STATUS).map(|v| pick(&StatusFilter::ALL, StatusFilter::code, v)) {
            None => {}
            Some(Some(s)) => query.status = s,
            Some(None) => errors.push((fields::STATUS, "Choose a status from the list.".into())),
        }
        match get(fields::SHARED).map(|v| pick(&SharedFilter::ALL, SharedFilter::code, v)) {
            None => {}
            Some(Some(s)) => query.shared = s,
            Some(None) => {
                errors.push((fields::SHARED, "Choose shared or not from the list.".into()))
            }
        }
        match get(fields::SORT).map(|v| pick(&Sort::ALL, Sort::code, v)) {
            None => {}
            Some(Some(s)) => query.sort = s,
            Some(None) => errors.push((fields::SORT, "Choose an order from the list.".into())),
        }
        for (field, slot) in [(fields::FROM, &mut query.from), (fields::TO, &mut query.to)] {
            if let Some(v) = get(field) {
                match Day::parse(v) {
                    Some(d) => *slot = Some(d),
                    None => errors.push((field, format!("“{v}” is not a date (YYYY-MM-DD)."))),
                }
            }
        }
        if let (Some(from), Some(to)) = (query.from, query.to)
            && from > to
        {
            errors.push((fields::TO, "The last day is before the first day.".into()));
            query.to = None;
        }
        query.after = get(fields::AFTER).map(str::to_owned);
        (query, errors)
    }

    /// The filters as query pairs (defaults left out), with `after` when given.
    #[must_use]
    pub fn pairs(&self, after: Option<&str>) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push((fields::Q, self.q.clone()));
        }
        if let Some(m) = &self.model {
            out.push((fields::MODEL, m.clone()));
        }
        if self.status != StatusFilter::Any {
            out.push((fields::STATUS, self.status.code().to_owned()));
        }
        if let Some(d) = self.from {
            out.push((fields::FROM, d.to_string()));
        }
        if let Some(d) = self.to {
            out.push((fields::TO, d.to_string()));
        }
        if self.shared != SharedFilter::Any {
            out.push((fields::SHARED, self.shared.code().to_owned()));
        }
        if self.sort != Sort::Newest {
            out.push((fields::SORT, self.sort.code().to_owned()));
        }
        if let Some(a) = after {
            out.push((fields::AFTER, a.to_owned()));
        }
        out
    }

    /// Whether any filter narrows the results.
    #[must_use]
    pub fn is_filtered(&self) -> bool {
        !self.q.is_empty()
            || self.model.is_some()
            || self.status != StatusFilter::Any
            || self.from.is_some()
            || self.to.is_some()
            || self.shared != SharedFilter::Any
    }
}

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

/// How long a share lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expiry {
    /// Until revoked.
    Never,
    /// One day.
    Day,
    /// Seven days.
    Week,
    /// Thirty days.
    Month,
    /// Until the end of this day (UTC).
    Until(Day),
}

impl Expiry {
    /// The menu's fixed choices (plus a custom date).
    pub const CHOICES: [(&'static str, &'static str); 5] = [
        ("never", "Never"),
        ("1d", "1 day"),
        ("7d", "7 days"),
        ("30d", "30 days"),
        ("date", "On a date…"),
    ];

    /// Reads the menu code and the custom date.
    ///
    /// # Errors
    /// A message for people when the code is unknown or the date is missing or malformed.
    pub fn parse(code: &str, date: &str) -> Result<Self, FilterError> {
        match code.trim() {
            "" | "never" => Ok(Self::Never),
            "1d" => Ok(Self::Day),
            "7d" => Ok(Self::Week),
            "30d" => Ok(Self::Month),
            "date" => Day::parse(date).map(Self::Until).ok_or((
                fields::EXPIRY_DATE,
                "Choose the day the link stops working (YYYY-MM-DD).".to_owned(),
            )),
            _ => Err((fields::EXPIRY, "Choose an expiry from the list.".to_owned())),
        }
    }

    /// Days from now, for the fixed choices.
    #[must_use]
    pub const fn days(self) -> Option<i64> {
        match self {
            Self::Day => Some(1),
            Self::Week => Some(7),
            Self::Month => Some(30),
            Self::Never | Self::Until(_) => None,
        }
    }
}

/// A share as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareView {
    /// The share id (the public link's last segment).
    pub id: String,
    /// The public link, absolute.
    pub url: String,
    /// The image shared.
    pub image_id: String,
    /// Its thumbnail, signed.
    pub thumb_url: String,
    /// Its width.
    pub thumb_width: u32,
    /// Its height.
    pub thumb_height: u32,
    /// The prompt (for the owner's list).
    pub prompt: String,
    /// Whether the page shows the prompt.
    pub show_prompt: bool,
    /// Whether the page shows the owner's name.
    pub show_name: bool,
    /// Created, RFC 3339.
    pub created_at: String,
    /// When it stops working, RFC 3339 (None: until revoked).
    pub expires_at: Option<String>,
    /// Whether it has stopped working.
    pub expired: bool,
    /// Views so far.
    pub views: u64,
}

/// A public share page's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicShare {
    /// The share id.
    pub id: String,
    /// The canonical URL, absolute.
    pub url: String,
    /// The image behind the share, absolute (lives as long as the share).
    pub image_url: String,
    /// Its width.
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// The image's type.
    pub image_mime: String,
    /// The prompt, when its owner shows it.
    pub prompt: Option<String>,
    /// The owner's display name, when shown.
    pub name: Option<String>,
    /// Whether search engines may index the page.
    pub indexable: bool,
    /// The site's public origin (for "Made with Obscura").
    pub home_url: String,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn days_are_checked() {
        assert_eq!(Day::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "yesterday",
            "2024-04-31",
        ] {
            assert!(Day::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn bad_filter_values_are_reported_and_the_rest_apply() {
        let (q, errors) = GalleryQuery::from_pairs(&pairs(&[
            ("q", " harbour "),
            ("status", "sideways"),
            ("from", "2026-02-30"),
            ("to", "2026-03-01"),
            ("sort", "oldest"),
        ]));
        assert_eq!(q.q, "harbour");
        assert_eq!(q.status, StatusFilter::Any);
        assert_eq!(q.sort, Sort::Oldest);
        assert_eq!(q.to.unwrap().to_string(), "2026-03-01");
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [fields::STATUS, fields::FROM]);

        let (q, errors) =
            GalleryQuery::from_pairs(&pairs(&[("from", "2026-03-02"), ("to", "2026-03-01")]));
        assert!(q.to.is_none());
        assert_eq!(errors[0].0, fields::TO);
    }

    #[test]
    fn filters_round_trip_through_their_pairs() {
        let (q, errors) = GalleryQuery::from_pairs(&pairs(&[
            ("q", "fox"),
            ("model", "offline"),
            ("status", "failed"),
            ("shared", "no"),
            ("from", "2026-01-01"),
        ]));
        assert!(errors.is_empty());
        let again: Vec<(String, String)> = q
            .pairs(Some("c1"))
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let (q2, _) = GalleryQuery::from_pairs(&again);
        assert_eq!(q2.after.as_deref(), Some("c1"));
        assert_eq!(GalleryQuery { after: None, ..q2 }, q);
        assert!(q.is_filtered());
        assert!(!GalleryQuery::default().is_filtered());
    }

    #[test]
    fn expiry_choices_parse() {
        assert_eq!(Expiry::parse("7d", "").unwrap(), Expiry::Week);
        assert_eq!(Expiry::parse("", "").unwrap(), Expiry::Never);
        assert!(matches!(
            Expiry::parse("date", "2027-01-31").unwrap(),
            Expiry::Until(_)
        ));
        assert_eq!(
            Expiry::parse("date", "soon").unwrap_err().0,
            fields::EXPIRY_DATE
        );
        assert_eq!(Expiry::parse("forever", "").unwrap_err().0, fields::EXPIRY);
    }
}
