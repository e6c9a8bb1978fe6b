//! Times and amounts as people read them.

#[cfg(feature = "ssr")]
use chrono::{DateTime, Utc};

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the date.
#[cfg(feature = "ssr")]
#[must_use]
pub fn human_ago(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = now - at;
    let plural = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit} ago")
        } else {
            format!("{n} {unit}s ago")
        }
    };
    if d.num_minutes() < 1 {
        "just now".into()
    } else if d.num_hours() < 1 {
        plural(d.num_minutes(), "minute")
    } else if d.num_days() < 1 {
        plural(d.num_hours(), "hour")
    } else if d.num_days() < 14 {
        plural(d.num_days(), "day")
    } else {
        at.format("%-d %b %Y").to_string()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    #[test]
    fn recent_times_are_relative_and_old_ones_a_date() {
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 12, 0, 0).unwrap();
        let ago = |d: Duration| human_ago(now - d, now);
        assert_eq!(ago(Duration::seconds(30)), "just now");
        assert_eq!(ago(Duration::minutes(1)), "1 minute ago");
        assert_eq!(ago(Duration::minutes(5)), "5 minutes ago");
        assert_eq!(ago(Duration::hours(3)), "3 hours ago");
        assert_eq!(ago(Duration::days(2)), "2 days ago");
        assert_eq!(ago(Duration::days(20)), "16 Nov 2026");
    }
}

/// "1 credit", "5 credits".
#[must_use]
pub fn plural(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
