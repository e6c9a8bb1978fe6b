//! Rate limits that hold across server processes: a GCRA decision ("generic cell rate
//! algorithm", a token bucket that refills steadily) per limiter and key, kept in one of two
//! stores chosen by the configured database.
//!
//! - **In memory** ([`governor`]), on SQLite, where one process serves everything.
//! - **PostgreSQL**, where several `obscura serve` processes may share one database behind a load
//!   balancer: the table `rate_limits` holds, per limiter and keyed hash of the key, the
//!   bucket's *theoretical arrival time* (TAT, microseconds since the Unix epoch by the
//!   database's clock, so that the processes' clocks do not matter). One decision is one
//!   statement, `INSERT … ON CONFLICT … DO UPDATE … RETURNING`, which PostgreSQL applies
//!   atomically per row: two processes cannot both take the last token.
//!
//! Keys (client addresses, email addresses, account and API key ids) are stored only as an
//! HMAC-SHA-256 under a sub-key of the master secret, with the limiter's name: a copy of the
//! table tells nothing about who asked (an unkeyed hash of an IPv4 address would be reversed by
//! trying all four billion). Every process must therefore share the master secret, as it must
//! anyway for sessions and sealed secrets.
//!
//! When the table cannot be used (the database is down or slow past [`STORE_TIMEOUT`]), the
//! decision falls back to this process's own limiter and a warning is logged (the limiter's
//! name, never the key; at most once a minute): an outage of the limiter table must not lock
//! everybody out, and each process still bounds what it lets through.
//!
//! Rows whose bucket is full again say nothing the absence of a row does not: [`Store::sweep`]
//! deletes them in bounded batches, from the periodic housekeeping.

use std::{
    num::NonZeroU32,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use governor::{
    RateLimiter, clock::Clock as _, clock::DefaultClock, middleware::StateInformationMiddleware,
    state::keyed::DefaultKeyedStateStore,
};
use hmac::{Hmac, Mac as _};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};
use sha2::Sha256;

/// What is left of the bucket after an allowed decision.
pub type Remaining = u32;

/// How long until one more is allowed, after a refusal.
pub type Wait = Duration;

/// How long a decision may wait for the database before this process decides alone.
pub const STORE_TIMEOUT: Duration = Duration::from_secs(2);

/// Rows deleted per statement by [`Store::sweep`].
const SWEEP_BATCH: u64 = 1000;
/// Statements per [`Store::sweep`] at most (the next sweep takes the rest).
const SWEEP_BATCHES: u32 = 100;

/// A limit: `burst` at once, then one more every `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    burst: NonZeroU32,
    every: Duration,
}

impl Quota {
    /// `burst` (at least 1) at once, then one every `every` (at least a microsecond, the
    /// table's resolution).
    #[must_use]
    pub fn new(burst: u32, every: Duration) -> Self {
        Self {
            burst: NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN),
            every: every.max(Duration::from_micros(1)),
        }
    }

    /// `n` a minute, all at once if need be (`n` at least 1).
    #[must_use]
    pub fn per_minute(n: u32) -> Self {
        let n = n.max(1);
        Self::new(n, Duration::from_secs(60) / n)
    }

    /// The burst.
    #[must_use]
    pub fn burst(&self) -> u32 {
        self.burst.get()
    }

    /// The emission interval `T`, in microseconds.
    fn t(self) -> i64 {
        i64::try_from(self.every.as_micros()).unwrap_or(i64::MAX)
    }

    /// The burst tolerance `τ = T × (burst − 1)`, in microseconds.
    fn tau(self) -> i64 {
        self.t().saturating_mul(i64::from(self.burst.get() - 1))
    }

    fn governor(self) -> governor::Quota {
        governor::Quota::with_period(self.every)
            .unwrap_or_else(|| governor::Quota::per_second(NonZeroU32::MIN))
            .allow_burst(self.burst)
    }
}

/// One GCRA step, as the PostgreSQL statement takes it: with the stored TAT (none for a new
/// key) at `now`, whether the request passes and the TAT to store (the statement's arithmetic,
/// written out for its tests).
#[cfg(test)]
fn step(stored: Option<i64>, now: i64, q: Quota) -> (bool, i64) {
    let tat = stored.unwrap_or(now);
    if tat.saturating_sub(q.tau()) <= now {
        (true, tat.max(now).saturating_add(q.t()))
    } else {
        (false, tat)
    }
}

/// The decision a step stands for: what is left after a pass, how long to wait after a refusal
/// (as [`governor`] reports them).
fn outcome(allowed: bool, tat: i64, now: i64, q: Quota) -> Result<Remaining, Wait> {
    let (t, tau) = (q.t(), q.tau());
    if allowed {
        let left = now
            .saturating_add(tau)
            .saturating_add(t)
            .saturating_sub(tat)
            .clamp(0, tau.saturating_add(t));
        Ok(u32::try_from(left / t.max(1)).unwrap_or(u32::MAX))
    } else {
        let wait = tat.saturating_sub(tau).saturating_sub(now).max(0);
        Err(Duration::from_micros(u64::try_from(wait).unwrap_or(0)))
    }
}

type Local =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

/// One named limit, with this process's own buckets (the store on SQLite, the fallback on
/// PostgreSQL).
pub struct Limiter {
    name: &'static str,
    quota: Quota,
    local: Local,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter")
            .field("name", &self.name)
            .field("quota", &self.quota)
            .finish_non_exhaustive()
    }
}

impl Limiter {
    /// A limiter named `name` (stored with each row: unique, at most 40 characters).
    #[must_use]
    pub fn new(name: &'static str, quota: Quota) -> Self {
        Self {
            name,
            quota,
            local: RateLimiter::keyed(quota.governor())
                .with_middleware::<StateInformationMiddleware>(),
        }
    }

    /// Its quota.
    #[must_use]
    pub fn quota(&self) -> Quota {
        self.quota
    }

    /// Decides in this process alone.
    fn check_here(&self, key: &str) -> Result<Remaining, Wait> {
        let now = self.local.clock().now();
        self.local
            .check_key(&key.to_owned())
            .map(|s| s.remaining_burst_capacity())
            .map_err(|n| n.wait_time_from(now))
    }

    /// Forgets this process's keys whose buckets are full again (bounds memory).
    pub fn forget_idle(&self) {
        self.local.retain_recent();
        self.local.shrink_to_fit();
    }
}

/// Where decisions are kept: this process's memory, or a PostgreSQL table shared by every
/// process. Cheap to clone.
#[derive(Clone, Default)]
pub struct Store {
    shared: Option<Arc<Shared>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("shared", &self.is_shared())
            .finish()
    }
}

struct Shared {
    db: DatabaseConnection,
    mac: Hmac<Sha256>,
    /// When the last fallback warning was logged (Unix seconds).
    warned_at: AtomicU64,
}

/// The database's clock, in microseconds since the Unix epoch.
const DB_NOW: &str = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::bigint";

/// One decision: `$1` limiter, `$2` key hash, `$3` T, `$4` τ (microseconds). A new key passes
/// with TAT = now + T; a known one passes when TAT − τ ≤ now, its TAT becoming
/// max(TAT, now) + T; a refusal leaves the TAT as it is. (In `SET`, `r.` is the row before.)
fn decide_sql() -> String {
    format!(
        "INSERT INTO rate_limits AS r (limiter, key_hash, tat, seen_at, allowed) \
         SELECT $1, $2, c.now + $3, c.now, TRUE FROM (SELECT {DB_NOW} AS now) AS c \
         ON CONFLICT (limiter, key_hash) DO UPDATE SET \
         allowed = r.tat - $4 <= EXCLUDED.seen_at, \
         tat = CASE WHEN r.tat - $4 <= EXCLUDED.seen_at \
         THEN GREATEST(r.tat, EXCLUDED.seen_at) + $3 ELSE r.tat END, \
         seen_at = EXCLUDED.seen_at \
         RETURNING tat, seen_at, allowed"
    )
}

/// One batch of the sweep. The outer `tat < now` is checked again on a row a decision changed
/// meanwhile, so a bucket just taken from is not deleted.
fn sweep_sql() -> String {
    format!(
        "DELETE FROM rate_limits WHERE tat < {DB_NOW} AND (limiter, key_hash) IN \
         (SELECT limiter, key_hash FROM rate_limits WHERE tat < {DB_NOW} LIMIT {SWEEP_BATCH})"
    )
}

impl Store {
    /// Decisions in this process's memory.
    #[must_use]
    pub fn memory() -> Self {
        Self::default()
    }

    /// The store for `db`: the shared table on PostgreSQL, memory on SQLite. Keys are hashed
    /// under a sub-key of `master`.
    #[must_use]
    pub fn for_database(db: &DatabaseConnection, master: &[u8]) -> Self {
        if db.get_database_backend() != DbBackend::Postgres {
            return Self::memory();
        }
        let key = crate::accounts::crypto::derive(master, "rate-limits/v1");
        let Ok(mac) = Hmac::<Sha256>::new_from_slice(&key) else {
            // HMAC takes keys of any length; this cannot happen.
            return Self::memory();
        };
        Self {
            shared: Some(Arc::new(Shared {
                db: db.clone(),
                mac,
                warned_at: AtomicU64::new(0),
            })),
        }
    }

    /// Whether decisions are shared with other processes (PostgreSQL).
    #[must_use]
    pub fn is_shared(&self) -> bool {
        self.shared.is_some()
    }

    /// Takes one from `limiter`'s bucket for `key`.
    ///
    /// # Errors
    /// The wait until one more is allowed.
    pub async fn check(&self, limiter: &Limiter, key: &str) -> Result<Remaining, Wait> {
        let decision = self.decide(limiter, key).await;
        if decision.is_err() {
            // Counted under the limiter's fixed name, never its key.
            crate::metrics::limiter_refused(limiter.name);
        }
        decision
    }

    async fn decide(&self, limiter: &Limiter, key: &str) -> Result<Remaining, Wait> {
        let Some(shared) = &self.shared else {
            return limiter.check_here(key);
        };
        let decided = tokio::time::timeout(STORE_TIMEOUT, shared.decide(limiter, key)).await;
        match decided {
            Ok(Ok(decision)) => decision,
            Ok(Err(e)) => {
                shared.warn(limiter, &e.to_string());
                limiter.check_here(key)
            }
            Err(_) => {
                shared.warn(limiter, "timed out");
                limiter.check_here(key)
            }
        }
    }

    /// Deletes the shared rows whose buckets are full again, in batches of [`SWEEP_BATCH`] (at
    /// most [`SWEEP_BATCHES`] of them); returns how many. Nothing to do in memory.
    pub async fn sweep(&self) -> u64 {
        let Some(shared) = &self.shared else {
            return 0;
        };
        let mut deleted = 0;
        for _ in 0..SWEEP_BATCHES {
            let stmt = Statement::from_string(DbBackend::Postgres, sweep_sql());
            match shared.db.execute_raw(stmt).await {
                Ok(r) => {
                    deleted += r.rows_affected();
                    if r.rows_affected() < SWEEP_BATCH {
                        break;
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not sweep the rate limit table");
                    break;
                }
            }
        }
        deleted
    }
}

impl Shared {
    fn key_hash(&self, limiter: &str, key: &str) -> Vec<u8> {
        let mut mac = self.mac.clone();
        mac.update(limiter.as_bytes());
        mac.update(&[0]);
        mac.update(key.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    async fn decide(&self, limiter: &Limiter, key: &str) -> Result<Result<Remaining, Wait>, DbErr> {
        let q = limiter.quota;
        let stmt = Statement::from_sql_and_values(
            DbBackend::Postgres,
            decide_sql(),
            [
                limiter.name.into(),
                self.key_hash(limiter.name, key).into(),
                q.t().into(),
                q.tau().into(),
            ],
        );
        let row = self
            .db
            .query_one_raw(stmt)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("rate limit row".into()))?;
        let tat: i64 = row.try_get("", "tat")?;
        let now: i64 = row.try_get("", "seen_at")?;
        let allowed: bool = row.try_get("", "allowed")?;
        Ok(outcome(allowed, tat, now, q))
    }

    /// Logs that a decision was taken in this process, at most once a minute.
    fn warn(&self, limiter: &Limiter, error: &str) {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let last = self.warned_at.load(Ordering::Relaxed);
        if now.saturating_sub(last) >= 60
            && self
                .warned_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            tracing::warn!(
                limiter = limiter.name,
                error,
                "rate limit table unavailable: deciding in this process"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: i64 = 1_000_000;

    /// Runs `n` requests at `now` through [`step`], returning the outcomes and the final TAT.
    fn run(tat: &mut Option<i64>, now: i64, q: Quota, n: usize) -> Vec<Result<Remaining, Wait>> {
        (0..n)
            .map(|_| {
                let (allowed, next) = step(*tat, now, q);
                *tat = Some(next);
                outcome(allowed, next, now, q)
            })
            .collect()
    }

    #[test]
    fn a_burst_then_one_every_period() {
        let q = Quota::new(10, Duration::from_secs(6));
        let mut tat = None;
        let now = 1_000 * S;
        let first = run(&mut tat, now, q, 11);
        let left: Vec<_> = first[..10].iter().map(|r| *r.as_ref().unwrap()).collect();
        assert_eq!(left, vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
        assert_eq!(first[10], Err(Duration::from_secs(6)));
        // A refusal takes nothing: the wait shrinks with time only.
        assert_eq!(
            run(&mut tat, now + 2 * S, q, 1)[0],
            Err(Duration::from_secs(4))
        );
        // After one period, exactly one more.
        let later = run(&mut tat, now + 6 * S, q, 2);
        assert_eq!(later[0], Ok(0));
        assert_eq!(later[1], Err(Duration::from_secs(6)));
        // A long pause refills the bucket, never beyond the burst.
        let refilled = run(&mut tat, now + 3_600 * S, q, 1);
        assert_eq!(refilled[0], Ok(9));
    }

    #[test]
    fn a_burst_of_one_is_one_per_period() {
        let q = Quota::per_minute(1);
        let mut tat = None;
        assert_eq!(run(&mut tat, 0, q, 1)[0], Ok(0));
        assert_eq!(run(&mut tat, 30 * S, q, 1)[0], Err(Duration::from_secs(30)));
        assert_eq!(run(&mut tat, 60 * S, q, 1)[0], Ok(0));
    }

    #[test]
    fn the_arithmetic_agrees_with_governor() {
        use governor::clock::FakeRelativeClock;
        let q = Quota::new(5, Duration::from_millis(1500));
        let clock = FakeRelativeClock::default();
        let reference = RateLimiter::direct_with_clock(q.governor(), clock.clone())
            .with_middleware::<StateInformationMiddleware>();
        let mut tat = None;
        let mut now = 0;
        // Irregular arrivals: bursts, pauses, requests while refused.
        for (i, gap_ms) in [
            0, 0, 0, 0, 0, 0, 0, 700, 800, 10, 1500, 0, 0, 4000, 3, 9000, 0,
        ]
        .into_iter()
        .cycle()
        .take(200)
        .enumerate()
        {
            clock.advance(Duration::from_millis(gap_ms));
            now += gap_ms * 1000;
            let expected = reference
                .check()
                .map(|s| s.remaining_burst_capacity())
                .map_err(|n| n.wait_time_from(clock.now()));
            let got = run(&mut tat, i64::try_from(now).unwrap(), q, 1)[0];
            assert_eq!(got, expected, "request {i}");
        }
    }

    #[tokio::test]
    async fn in_memory_decisions_are_governors() {
        let store = Store::memory();
        let l = Limiter::new("test", Quota::new(2, Duration::from_secs(60)));
        assert_eq!(store.check(&l, "a").await, Ok(1));
        assert_eq!(store.check(&l, "a").await, Ok(0));
        assert!(
            store
                .check(&l, "a")
                .await
                .is_err_and(|w| w > Duration::from_secs(59))
        );
        assert_eq!(store.check(&l, "b").await, Ok(1));
        assert!(!store.is_shared());
    }
}
