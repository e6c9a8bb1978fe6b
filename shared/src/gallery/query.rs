//! The gallery's filters, read from its query string with a message per bad value.

use serde::{Deserialize, Serialize};

use super::{Q_MAX_CHARS, fields};
use crate::{generation::Status, i18n::Message};

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
    /// Cancelled by the person (shown as such, never as failed).
    Cancelled,
    /// Queued or running.
    InProgress,
}

impl StatusFilter {
    /// Every choice, in menu order.
    pub const ALL: [Self; 5] = [
        Self::Any,
        Self::Done,
        Self::Failed,
        Self::Cancelled,
        Self::InProgress,
    ];

    /// The query-string code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
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
            Self::Cancelled => "Cancelled",
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
            Self::Cancelled => &[Status::Cancelled],
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
pub type FilterError = (&'static str, Message);

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
                    Message::new("error-search-too-long").arg("max", Q_MAX_CHARS),
                ));
            } else {
                q.clone_into(&mut query.q);
            }
        }
        query.model = get(fields::MODEL).map(str::to_owned);
        match get(fields::STATUS).map(|v| pick(&StatusFilter::ALL, StatusFilter::code, v)) {
            None => {}
            Some(Some(s)) => query.status = s,
            Some(None) => errors.push((fields::STATUS, Message::new("error-filter-status"))),
        }
        match get(fields::SHARED).map(|v| pick(&SharedFilter::ALL, SharedFilter::code, v)) {
            None => {}
            Some(Some(s)) => query.shared = s,
            Some(None) => errors.push((fields::SHARED, Message::new("error-filter-shared"))),
        }
        match get(fields::SORT).map(|v| pick(&Sort::ALL, Sort::code, v)) {
            None => {}
            Some(Some(s)) => query.sort = s,
            Some(None) => errors.push((fields::SORT, Message::new("error-filter-sort"))),
        }
        for (field, slot) in [(fields::FROM, &mut query.from), (fields::TO, &mut query.to)] {
            if let Some(v) = get(field) {
                match Day::parse(v) {
                    Some(d) => *slot = Some(d),
                    None => errors.push((field, Message::new("error-not-a-date").arg("value", v))),
                }
            }
        }
        if let (Some(from), Some(to)) = (query.from, query.to)
            && from > to
        {
            errors.push((fields::TO, Message::new("error-filter-range")));
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
    fn a_cancelled_generation_has_its_own_filter_never_the_failed_one() {
        let (q, errors) = GalleryQuery::from_pairs(&pairs(&[("status", "cancelled")]));
        assert!(errors.is_empty());
        assert_eq!(q.status, StatusFilter::Cancelled);
        assert_eq!(q.status.statuses(), [Status::Cancelled]);
        assert!(!StatusFilter::Failed.statuses().contains(&Status::Cancelled));
        // Every final status has exactly one filter of its own.
        for status in [Status::Succeeded, Status::Failed, Status::Cancelled] {
            let own = StatusFilter::ALL
                .iter()
                .filter(|f| f.statuses().contains(&status))
                .count();
            assert_eq!(own, 1, "{status:?}");
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
}

#[cfg(test)]
mod proptests {
    //! Properties of the gallery's query-string reader: every pair comes from the address bar.

    use proptest::prelude::*;

    use super::*;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    const NAMES: [&str; 9] = [
        fields::Q,
        fields::MODEL,
        fields::STATUS,
        fields::FROM,
        fields::TO,
        fields::SHARED,
        fields::SORT,
        fields::AFTER,
        "other",
    ];

    /// Pairs with known and unknown names and arbitrary, date-like or listed values.
    fn pairs() -> impl Strategy<Value = Vec<(String, String)>> {
        let name = prop_oneof![
            prop::sample::select(NAMES.to_vec()).prop_map(str::to_owned),
            any::<String>(),
        ];
        let value = prop_oneof![
            any::<String>(),
            "[ ]?[0-9+-]{4}-[0-9+]{2}-[0-9+]{2}[ ]?",
            "(any|done|failed|cancelled|in-progress|yes|no|newest|oldest|)",
            ".{190,210}",
        ];
        prop::collection::vec((name, value), 0..12)
    }

    fn day() -> impl Strategy<Value = Day> {
        (1970u16..=9999, 1u8..=12, 1u8..=31).prop_filter_map("a real day", |(y, m, d)| {
            Day::parse(&format!("{y:04}-{m:02}-{d:02}"))
        })
    }

    /// A query as the gallery would write it: trimmed, within bounds, `from` ≤ `to`.
    fn query() -> impl Strategy<Value = GalleryQuery> {
        let word = || "[a-zA-Z0-9][a-zA-Z0-9 é]{0,20}[a-zA-Z0-9]";
        (
            prop::option::of(word()),
            prop::option::of(word()),
            prop::sample::select(StatusFilter::ALL.to_vec()),
            prop::option::of(day()),
            prop::option::of(day()),
            prop::sample::select(SharedFilter::ALL.to_vec()),
            prop::sample::select(Sort::ALL.to_vec()),
        )
            .prop_map(|(q, model, status, a, b, shared, sort)| {
                let (from, to) = match (a, b) {
                    (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
                    other => other,
                };
                GalleryQuery {
                    q: q.unwrap_or_default(),
                    model,
                    status,
                    from,
                    to,
                    shared,
                    sort,
                    after: None,
                }
            })
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn day_parse_is_total(s in any::<String>()) {
            if let Some(d) = Day::parse(&s) {
                prop_assert!((1970..=9999).contains(&d.year));
                prop_assert!((1..=12).contains(&d.month));
                prop_assert!((1..=31).contains(&d.day));
                prop_assert_eq!(Day::parse(&d.to_string()), Some(d));
            }
        }

        #[test]
        fn days_round_trip(d in day()) {
            prop_assert_eq!(Day::parse(&d.to_string()), Some(d));
        }

        #[test]
        fn reading_is_total_and_the_bounds_hold(pairs in pairs()) {
            let (q, errors) = GalleryQuery::from_pairs(&pairs);
            prop_assert!(q.q.chars().count() <= Q_MAX_CHARS);
            prop_assert_eq!(q.q.trim(), q.q.as_str());
            for text in [q.model.as_deref(), q.after.as_deref()].into_iter().flatten() {
                prop_assert!(!text.is_empty());
                prop_assert_eq!(text.trim(), text);
            }
            if let (Some(from), Some(to)) = (q.from, q.to) {
                prop_assert!(from <= to, "the range is never upside down");
            }
            for (field, message) in &errors {
                prop_assert!(NAMES[..8].contains(field), "{field}");
                prop_assert!(message.id().is_some_and(|id| id.starts_with("error-")));
            }
            // Writing the result out and reading it again changes nothing and reports nothing.
            let again: Vec<(String, String)> = q
                .pairs(q.after.as_deref())
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            let (q2, errors2) = GalleryQuery::from_pairs(&again);
            prop_assert!(errors2.is_empty(), "{errors2:?}");
            prop_assert_eq!(q2, q);
        }

        #[test]
        fn queries_round_trip_through_their_pairs(q in query(), after in prop::option::of("[0-9]{1,16}\\.[0-9a-f]{32}")) {
            let written: Vec<(String, String)> = q
                .pairs(after.as_deref())
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            let (read, errors) = GalleryQuery::from_pairs(&written);
            prop_assert!(errors.is_empty(), "{errors:?}");
            prop_assert_eq!(read, GalleryQuery { after, ..q });
        }
    }
}
