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
