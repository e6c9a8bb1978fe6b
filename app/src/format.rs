//! Times and amounts as people read them.

#[cfg(feature = "ssr")]
use chrono::{DateTime, Utc};
#[cfg(feature = "ssr")]
use obscura_shared::{account::Language, t};

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the date, in `lang`.
#[cfg(feature = "ssr")]
#[must_use]
pub fn human_ago(lang: Language, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = now - at;
    if d.num_minutes() < 1 {
        t!(lang, "time-just-now")
    } else if d.num_hours() < 1 {
        t!(lang, "time-minutes-ago", count = d.num_minutes())
    } else if d.num_days() < 1 {
        t!(lang, "time-hours-ago", count = d.num_hours())
    } else if d.num_days() < 14 {
        t!(lang, "time-days-ago", count = d.num_days())
    } else {
        date(lang, at)
    }
}

/// The day of `at` (UTC) as `lang` writes it: "7 Dec 2026", "7. Dez. 2026", "7 déc. 2026".
#[cfg(feature = "ssr")]
#[must_use]
pub fn date(lang: Language, at: DateTime<Utc>) -> String {
    use chrono::Datelike;
    obscura_shared::i18n::date(lang, at.year(), at.month(), at.day())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    #[test]
    fn recent_times_are_relative_and_old_ones_a_date() {
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 12, 0, 0).unwrap();
        let ago = |d: Duration| human_ago(Language::En, now - d, now);
        assert_eq!(ago(Duration::seconds(30)), "just now");
        assert_eq!(ago(Duration::minutes(1)), "1 minute ago");
        assert_eq!(ago(Duration::minutes(5)), "5 minutes ago");
        assert_eq!(ago(Duration::hours(3)), "3 hours ago");
        assert_eq!(ago(Duration::days(2)), "2 days ago");
        assert_eq!(ago(Duration::days(20)), "16 Nov 2026");
        let fr = |d: Duration| human_ago(Language::Fr, now - d, now);
        assert_eq!(fr(Duration::minutes(1)), "il y a 1 minute");
        assert_eq!(fr(Duration::days(3)), "il y a 3 jours");
        assert_eq!(
            human_ago(Language::De, now - Duration::hours(5), now),
            "vor 5 Stunden"
        );
        assert_eq!(fr(Duration::days(20)), "16\u{a0}nov.\u{a0}2026");
    }
}
