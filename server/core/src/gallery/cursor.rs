//! The keyset cursor of a gallery page: the last generation's creation time (microseconds) and
//! id, e.g. `1772366400000000.0192f5e3a1b27c3d8e4f5a6b7c8d9e0f`.

use std::fmt;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::db::entities::generation;

/// Where a page ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    /// The generation's creation time.
    pub created_at: DateTime<Utc>,
    /// Its id (ties).
    pub id: Uuid,
}

impl Cursor {
    /// The cursor after `row`.
    #[must_use]
    pub fn of(row: &generation::Model) -> Self {
        Self {
            created_at: row.created_at,
            id: row.id,
        }
    }

    /// Parses a cursor; None for anything else.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (micros, id) = s.split_once('.')?;
        Some(Self {
            created_at: DateTime::from_timestamp_micros(micros.parse().ok()?)?,
            id: Uuid::try_parse(id).ok()?,
        })
    }
}

impl fmt::Display for Cursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}",
            self.created_at.timestamp_micros(),
            self.id.simple()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_junk_is_refused() {
        let c = Cursor {
            created_at: DateTime::from_timestamp_micros(1_772_366_400_123_456).unwrap(),
            id: Uuid::now_v7(),
        };
        assert_eq!(Cursor::parse(&c.to_string()), Some(c));
        for junk in [
            "",
            "x.y",
            "12",
            "12.not-a-uuid",
            "99999999999999999999.0192f5e3a1b27c3d8e4f5a6b7c8d9e0f",
        ] {
            assert_eq!(Cursor::parse(junk), None, "{junk}");
        }
    }
}

#[cfg(test)]
mod proptests {
    //! Properties of the gallery cursor parser: the cursor comes back in the query string.

    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn parsing_is_total(s in prop_oneof![any::<String>(), "[-+]?[0-9]{0,21}\\.[0-9a-fA-F-]{30,38}"]) {
            if let Some(c) = Cursor::parse(&s) {
                prop_assert_eq!(Cursor::parse(&c.to_string()), Some(c));
            }
        }

        #[test]
        fn cursors_round_trip(micros in any::<i64>(), id in any::<u128>()) {
            if let Some(created_at) = DateTime::from_timestamp_micros(micros) {
                let c = Cursor { created_at, id: Uuid::from_u128(id) };
                prop_assert_eq!(Cursor::parse(&c.to_string()), Some(c));
            }
        }
    }
}
