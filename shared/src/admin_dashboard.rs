//! The admin dashboard (`/admin`): how the service is doing over a period of UTC days, in counts
//! only (nobody is named).

use serde::{Deserialize, Serialize};

/// The periods the dashboard offers, in days.
pub const PERIODS: [i64; 3] = [7, 30, 90];

/// The period shown when none (or another) is asked.
pub const DEFAULT_DAYS: i64 = 30;

/// The period of a `?days=` value: one of [`PERIODS`], anything else [`DEFAULT_DAYS`].
#[must_use]
pub fn period(days: Option<&str>) -> i64 {
    days.and_then(|d| d.parse::<i64>().ok())
        .map_or(DEFAULT_DAYS, offered)
}

/// `days` if it is one of [`PERIODS`], else [`DEFAULT_DAYS`].
#[must_use]
pub fn offered(days: i64) -> i64 {
    if PERIODS.contains(&days) {
        days
    } else {
        DEFAULT_DAYS
    }
}

/// The provider code of a generation whose provider is not known any more.
pub const UNKNOWN_PROVIDER: &str = "unknown";

/// The whole dashboard of one period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Days in the period (the last one is today, UTC).
    pub days: i64,
    /// The first day, `YYYY-MM-DD`.
    pub first: String,
    /// The last day (today), `YYYY-MM-DD`.
    pub last: String,
    /// The figures at the top.
    pub totals: Totals,
    /// Accounts created per day (accounts deleted since are not counted), every day of the
    /// period, oldest first.
    pub signups: Vec<(String, i64)>,
    /// Distinct accounts that signed in or asked for a generation, per day.
    pub active: Vec<(String, i64)>,
    /// Generations per provider, most used first.
    pub providers: Vec<ProviderSeries>,
    /// The job queue now.
    pub queue: QueueNow,
    /// Credits per day.
    pub credits: Vec<CreditDay>,
    /// Revenue per day and currency (days with payments only); `None` when billing is off.
    pub revenue: Option<Vec<RevenueDay>>,
}

/// The figures at the top of the dashboard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Accounts now.
    pub people: i64,
    /// Accounts created in the period.
    pub signups: i64,
    /// Distinct accounts active in the period (signed in or asked for a generation).
    pub active: i64,
    /// Generations asked for in the period.
    pub generations: i64,
    /// Of which finished (succeeded or failed; a cancelled one did not finish).
    pub finished: i64,
    /// Of which failed.
    pub failed: i64,
    /// Of which cancelled by their owners: neither finished nor failed, never in the failure rate.
    pub cancelled: i64,
    /// Support messages not closed (all time).
    pub open_support: i64,
    /// Reports of shared images not decided (all time); `None` where reports are not kept.
    pub open_reports: Option<i64>,
}

impl Totals {
    /// Failed generations per finished one, in percent with one decimal (`None`: none finished).
    #[must_use]
    pub fn failure_rate(&self) -> Option<f64> {
        rate(self.failed, self.finished)
    }
}

/// `failed` of `finished`, in percent (`None` when nothing finished).
#[must_use]
pub fn rate(failed: i64, finished: i64) -> Option<f64> {
    (finished > 0).then(|| failed as f64 * 100.0 / finished as f64)
}

/// One provider's generations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSeries {
    /// `openai`, `replicate`, `sdwebui`, `comfyui`, `local`, or [`UNKNOWN_PROVIDER`].
    pub provider: String,
    /// Per day, every day of the period: (day, generations asked for, failed, cancelled).
    pub days: Vec<(String, i64, i64, i64)>,
    /// Asked for in the period.
    pub generations: i64,
    /// Finished (succeeded or failed) in the period.
    pub finished: i64,
    /// Failed in the period.
    pub failed: i64,
    /// Cancelled by their owners in the period (not finished, not failed).
    pub cancelled: i64,
}

/// The job queue at the moment the page was made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueNow {
    /// Jobs due and not yet claimed.
    pub waiting: i64,
    /// Jobs a worker holds.
    pub running: i64,
    /// Jobs queued for later (retries after a pause, scheduled work).
    pub scheduled: i64,
    /// Jobs that ended for good and are kept for inspection.
    pub failed: i64,
    /// How long the oldest due job has waited, in seconds (`None`: nothing waits).
    pub oldest_wait_secs: Option<i64>,
    /// Whether the queue is behind (a job has waited longer than [`BACKLOG_AFTER_SECS`]).
    pub backlog: bool,
}

/// A due job waiting longer than this (seconds) means the workers are behind.
pub const BACKLOG_AFTER_SECS: i64 = 120;

/// Credits moved on one day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditDay {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// Given: sign-up and purchase grants, and operators' additions.
    pub granted: i64,
    /// Spent: charges captured for finished generations.
    pub spent: i64,
    /// Taken away: operators' removals, claw-backs of refunded payments, expired plan credits.
    pub removed: i64,
}

/// Payments of one day in one currency.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevenueDay {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// ISO 4217, lower case.
    pub currency: String,
    /// Paid, smallest unit.
    pub gross: i64,
    /// Refunded of those payments so far, smallest unit.
    pub refunded: i64,
    /// Payments.
    pub count: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_offered_periods_are_taken() {
        assert_eq!(period(Some("7")), 7);
        assert_eq!(period(Some("90")), 90);
        assert_eq!(period(Some("30")), 30);
        for other in [
            None,
            Some(""),
            Some("8"),
            Some("-7"),
            Some("abc"),
            Some("365"),
        ] {
            assert_eq!(period(other), DEFAULT_DAYS, "{other:?}");
        }
    }

    #[test]
    fn the_failure_rate_counts_finished_generations() {
        assert_eq!(rate(0, 0), None);
        assert_eq!(rate(1, 4), Some(25.0));
    }
}
