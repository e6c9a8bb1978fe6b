//! The background job queue: jobs are rows in `jobs`, enqueued inside the caller's transaction,
//! claimed by workers under a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so any number of
//! processes share one queue; a single write statement on SQLite, where one process works it).
//!
//! Each job kind is a serialisable struct implementing [`Job`]: its stable kind name, the
//! context it runs with, an idempotent `run` and a `give_up`. A run that fails is retried with
//! exponential backoff, as its error's [`Failure::retry`] says; a job that ends for good
//! (permanent error, attempts exhausted, or a crashed last attempt) gets exactly one completed
//! [`Job::give_up`] call, made reliable by the `giving_up` state: the job is marked first,
//! `give_up` runs, then the job is marked `failed`; a crash in between leaves a `giving_up` job
//! that the next claim finishes. Succeeded jobs are deleted (the domain tables keep the outcome).
//!
//! A worker claims when woken ([`Queue::notify`] in its own process; on PostgreSQL also the
//! notification every enqueue sends on [`CHANNEL`], heard by every process's worker), when one of
//! its jobs ends, and every poll interval (delayed jobs, expired leases, a missed notification).
//!
//! Tests drain the queue with [`Queue::run_pending`] instead of sleeping.
//!
//! How to add a job kind: write a `#[derive(Serialize, Deserialize)]` struct and
//! `impl Job` for it (`KIND`, `type Context = AppState`, `type Error`, `run`, `give_up`), as
//! [`crate::privacy::export::BuildExport`] does; enqueue it with
//! `BuildExport { export }.enqueue(&txn, Schedule::new(id, now))` inside the caller's
//! transaction and `state.queue.notify()` after the commit; register it with one line,
//! `.register::<BuildExport>()`, in the server's `startup::queue`.

mod claim;
mod repo;
mod worker;

use std::{borrow::Cow, time::Duration};

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use serde::{Serialize, de::DeserializeOwned};
use uuid::Uuid;

pub use worker::{Builder, Queue, Waker};

/// Jobs waiting in the queue, for monitoring: how many of one kind are in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Depth {
    /// The job kind's stable name.
    pub kind: String,
    /// [`status::QUEUED`] or [`status::RUNNING`].
    pub state: &'static str,
    /// How many.
    pub jobs: u64,
}

/// Jobs queued or running, by kind and state (one grouped count over `jobs`); kinds and states
/// with no job are absent.
///
/// # Errors
/// Database errors.
pub async fn depth(db: &impl ConnectionTrait) -> Result<Vec<Depth>, DbErr> {
    Ok(repo::depth(db)
        .await?
        .into_iter()
        .map(|(kind, state, jobs)| Depth {
            kind,
            state: if state == status::RUNNING {
                status::RUNNING
            } else {
                status::QUEUED
            },
            jobs: u64::try_from(jobs).unwrap_or_default(),
        })
        .collect())
}

/// Job states as stored in `jobs.status`.
pub mod status {
    /// Waiting for its `run_at`.
    pub const QUEUED: &str = "queued";
    /// Held by a worker until `lease_until`.
    pub const RUNNING: &str = "running";
    /// Ended for good; the job's `give_up` has not completed yet.
    pub const GIVING_UP: &str = "giving_up";
    /// Ended for good; kept for inspection.
    pub const FAILED: &str = "failed";
}

/// A kind of background job: a serialisable struct (its payload, stored as JSON in
/// `jobs.payload`) with a stable name, registered on the [`Queue`] with
/// [`Builder::register`] and enqueued with [`Job::enqueue`].
pub trait Job: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The stable name stored in `jobs.kind` (never change it: stored jobs name it).
    const KIND: &'static str;

    /// What runs need (usually the application state); given to the queue's builder.
    type Context: Clone + Send + Sync + 'static;

    /// Why a run failed: decides the retry and is what [`Job::give_up`] is told.
    type Error: Failure;

    /// Does the work. May run more than once for one job (retries, a lost lease): idempotent.
    fn run(
        &self,
        ctx: &Self::Context,
        attempt: &Attempt,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// The job ended for good, for reason `why` (e.g. refund what it reserved). Called until it
    /// returns `Ok` once; may be called again after a crash: idempotent. `why` is read back
    /// from the stored class ([`Failure::from_class`]), so it is the same after a restart. A job
    /// whose payload no longer deserialises is failed without this call.
    fn give_up(
        &self,
        ctx: &Self::Context,
        attempt: &Attempt,
        why: Ended<Self::Error>,
    ) -> impl Future<Output = anyhow::Result<()>> + Send;

    /// Adds this job to the queue, inside the caller's transaction when `db` is one: the job
    /// exists exactly when the caller's other writes do. Call [`Queue::notify`] (or the
    /// state's [`Waker`]) after the commit. Returns the job's id.
    ///
    /// # Errors
    /// Database errors (a duplicate id is a unique-constraint violation), or [`DbErr::Json`]
    /// if the job does not serialise.
    fn enqueue<C: ConnectionTrait>(
        &self,
        db: &C,
        schedule: Schedule,
    ) -> impl Future<Output = Result<Uuid, DbErr>> + Send {
        let payload = serde_json::to_string(self).map_err(|e| DbErr::Json(e.to_string()));
        async move {
            let id = schedule.id;
            repo::insert(db, Self::KIND, &payload?, &schedule).await?;
            Ok(id)
        }
    }
}

/// Where a job goes in the queue: its id and time (from the caller's id generator and clock),
/// the user it is for, and its attempt limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The job's id.
    pub id: Uuid,
    /// Not before (usually now; also recorded as the enqueue time).
    pub run_at: DateTime<Utc>,
    /// The user the work is for (per-user limits); None for system work.
    pub user_id: Option<Uuid>,
    /// Runs allowed before giving up (at least 1).
    pub max_attempts: u32,
}

impl Schedule {
    /// Job `id`, ready at `run_at`, system work, with 3 attempts.
    #[must_use]
    pub const fn new(id: Uuid, run_at: DateTime<Utc>) -> Self {
        Self {
            id,
            run_at,
            user_id: None,
            max_attempts: 3,
        }
    }

    /// The same, for `user` (counted against their per-user limit).
    #[must_use]
    pub const fn for_user(mut self, user: Uuid) -> Self {
        self.user_id = Some(user);
        self
    }

    /// The same with another attempt limit.
    #[must_use]
    pub const fn max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts;
        self
    }
}

/// What a job is told about the run it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The job id.
    pub job_id: Uuid,
    /// The user the work is for.
    pub user_id: Option<Uuid>,
    /// This run, from 1.
    pub number: u32,
    /// Runs allowed.
    pub max_attempts: u32,
}

impl Attempt {
    /// Whether this is the last run allowed.
    #[must_use]
    pub const fn is_last(&self) -> bool {
        self.number >= self.max_attempts
    }
}

/// Whether a failed run is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Again after this delay, or after the queue's backoff when None (if attempts remain).
    Later(Option<Duration>),
    /// Never: give up now.
    Never,
}

/// A job's error, as the queue sees it.
pub trait Failure: Send + 'static {
    /// A fixed word such as `provider_unavailable` (never user data), stored in
    /// `jobs.last_error` and logged.
    fn class(&self) -> &str;

    /// Whether to try again.
    fn retry(&self) -> Retry;

    /// The error a stored class names: a give-up finished after a restart knows only the class.
    fn from_class(class: &str) -> Self;
}

/// Why a job ended for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended<E> {
    /// Its run failed: a permanent error, or the last attempt's.
    Failed(E),
    /// Its last run took longer than the queue's timeout.
    TimedOut,
    /// Its last run panicked.
    Panicked,
    /// The worker of its last attempt went away (a crash) before recording the outcome.
    LeaseExpired,
}

impl<E: Failure> Ended<E> {
    /// The class stored in `jobs.last_error`.
    pub fn class(&self) -> &str {
        match self {
            Self::Failed(e) => e.class(),
            Self::TimedOut => TIMEOUT,
            Self::Panicked => PANIC,
            Self::LeaseExpired => LEASE_EXPIRED,
        }
    }

    /// The reason a stored class names (the queue's own classes first).
    #[must_use]
    pub fn from_class(class: &str) -> Self {
        match class {
            TIMEOUT => Self::TimedOut,
            PANIC => Self::Panicked,
            LEASE_EXPIRED => Self::LeaseExpired,
            other => Self::Failed(E::from_class(other)),
        }
    }
}

/// The PostgreSQL notification channel of enqueued jobs (`NOTIFY`/`LISTEN`).
pub const CHANNEL: &str = "obscura_jobs";

/// The queue's own error classes.
const TIMEOUT: &str = "timeout";
const PANIC: &str = "panic";
/// Also written by the claim query.
const LEASE_EXPIRED: &str = "lease_expired";
/// A payload that does not deserialise as its kind: never retried, no give-up.
const BAD_PAYLOAD: &str = "bad_payload";

/// A failed run named by its class alone, for jobs whose failures need no type of their own.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("job failed: {class}")]
pub struct JobError {
    /// The error class.
    pub class: Cow<'static, str>,
    /// Retry or not.
    pub retry: Retry,
}

impl JobError {
    /// Retry after the queue's backoff.
    #[must_use]
    pub const fn retry(class: &'static str) -> Self {
        Self {
            class: Cow::Borrowed(class),
            retry: Retry::Later(None),
        }
    }

    /// Retry after `delay` (e.g. a provider's `Retry-After`).
    #[must_use]
    pub const fn retry_after(class: &'static str, delay: Duration) -> Self {
        Self {
            class: Cow::Borrowed(class),
            retry: Retry::Later(Some(delay)),
        }
    }

    /// Do not retry: give up now.
    #[must_use]
    pub const fn permanent(class: &'static str) -> Self {
        Self {
            class: Cow::Borrowed(class),
            retry: Retry::Never,
        }
    }
}

impl Failure for JobError {
    fn class(&self) -> &str {
        &self.class
    }

    fn retry(&self) -> Retry {
        self.retry
    }

    fn from_class(class: &str) -> Self {
        Self {
            class: Cow::Owned(class.to_owned()),
            retry: Retry::Never,
        }
    }
}

/// How the queue works.
#[derive(Debug, Clone)]
pub struct QueueConfig {
    /// Jobs run at once by one [`Queue`].
    pub concurrency: usize,
    /// Jobs of one user run at once (across every process sharing the database).
    pub per_user_limit: usize,
    /// How long a claim holds a job; heartbeats extend it every third of it.
    pub lease: Duration,
    /// A run longer than this is stopped and counts as a retryable `timeout`.
    pub job_timeout: Duration,
    /// How often an idle worker looks for due jobs ([`Queue::notify`] wakes it at once).
    pub poll_interval: Duration,
    /// The first retry's delay; doubled for each further attempt.
    pub backoff_base: Duration,
    /// The longest retry delay.
    pub backoff_max: Duration,
    /// On shutdown, how long running jobs may take to finish before they are left to their lease.
    pub shutdown_grace: Duration,
}

impl Default for QueueConfig {
    fn default() -> Self {
        Self {
            concurrency: 4,
            per_user_limit: 4,
            lease: Duration::from_secs(60),
            job_timeout: Duration::from_secs(300),
            poll_interval: Duration::from_millis(500),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(600),
            shutdown_grace: Duration::from_secs(20),
        }
    }
}

impl QueueConfig {
    /// The delay before retrying after failed attempt `attempt` (1-based): base × 2^(attempt-1),
    /// capped.
    #[must_use]
    pub fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1).min(30));
        self.backoff_base
            .saturating_mul(factor)
            .min(self.backoff_max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let c = QueueConfig::default();
        assert_eq!(c.backoff(1), Duration::from_secs(2));
        assert_eq!(c.backoff(2), Duration::from_secs(4));
        assert_eq!(c.backoff(4), Duration::from_secs(16));
        assert_eq!(c.backoff(40), Duration::from_secs(600));
    }

    #[test]
    fn error_constructors_say_whether_to_retry() {
        assert_eq!(JobError::retry("x").retry, Retry::Later(None));
        assert_eq!(JobError::permanent("x").retry, Retry::Never);
        let attempt = Attempt {
            job_id: Uuid::nil(),
            user_id: None,
            number: 3,
            max_attempts: 3,
        };
        assert!(attempt.is_last());
    }

    #[test]
    fn stored_classes_read_back_as_reasons() {
        assert_eq!(Ended::<JobError>::from_class("timeout"), Ended::TimedOut);
        assert_eq!(Ended::<JobError>::from_class("panic"), Ended::Panicked);
        assert_eq!(
            Ended::<JobError>::from_class("lease_expired"),
            Ended::LeaseExpired
        );
        let other = Ended::<JobError>::from_class("broken");
        assert_eq!(other.class(), "broken");
        assert_eq!(Ended::<JobError>::LeaseExpired.class(), "lease_expired");
    }
}
