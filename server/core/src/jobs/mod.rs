//! The background job queue: jobs are rows in `jobs`, enqueued inside the caller's transaction,
//! claimed by workers under a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so any number of
//! processes share one queue; a single write statement on SQLite, where one process works it).
//!
//! Each job kind has a [`Handler`] with a stable name and an idempotent `run`. A run that fails
//! is retried with exponential backoff; a job that ends for good (permanent error, attempts
//! exhausted, or a crashed last attempt) gets exactly one completed [`Handler::give_up`] call,
//! made reliable by the `giving_up` state: the job is marked first, `give_up` runs, then the job
//! is marked `failed`; a crash in between leaves a `giving_up` job that the next claim finishes.
//! Succeeded jobs are deleted (the domain tables keep the outcome).
//!
//! Tests drain the queue with [`Queue::run_pending`] instead of sleeping.

mod claim;
mod repo;
mod worker;

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use serde::{Serialize, de::DeserializeOwned};
use uuid::Uuid;

pub use repo::enqueue;
pub use worker::{Queue, Waker};

/// Job states as stored in `jobs.status`.
pub mod status {
    /// Waiting for its `run_at`.
    pub const QUEUED: &str = "queued";
    /// Held by a worker until `lease_until`.
    pub const RUNNING: &str = "running";
    /// Ended for good; the handler's `give_up` has not completed yet.
    pub const GIVING_UP: &str = "giving_up";
    /// Ended for good; kept for inspection.
    pub const FAILED: &str = "failed";
}

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// The handler's stable name ([`Handler::kind`]).
    pub kind: &'static str,
    /// The arguments (may hold user content: stored, never logged).
    pub payload: serde_json::Value,
    /// The user the work is for (per-user limits); None for system work.
    pub user_id: Option<Uuid>,
    /// Runs allowed before giving up (at least 1).
    pub max_attempts: u32,
    /// Not before (usually now; also recorded as the enqueue time).
    pub run_at: DateTime<Utc>,
}

/// A typed job: a serialisable struct with a stable name.
pub trait Job: Serialize + DeserializeOwned {
    /// The stable name, also the handler's [`Handler::kind`].
    const KIND: &'static str;
}

impl NewJob {
    /// A job for `job`, ready at `run_at`, with 3 attempts.
    ///
    /// # Errors
    /// If `job` does not serialise to JSON.
    pub fn of<J: Job>(
        job: &J,
        user_id: Option<Uuid>,
        run_at: DateTime<Utc>,
    ) -> Result<Self, serde_json::Error> {
        Ok(Self {
            kind: J::KIND,
            payload: serde_json::to_value(job)?,
            user_id,
            max_attempts: 3,
            run_at,
        })
    }

    /// The same job with another attempt limit.
    #[must_use]
    pub const fn max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts;
        self
    }
}

/// Enqueues a typed job (see [`enqueue`]).
///
/// # Errors
/// Database errors, or [`DbErr::Json`] if the job does not serialise.
pub async fn enqueue_job<J: Job>(
    db: &impl ConnectionTrait,
    id: Uuid,
    job: &J,
    user_id: Option<Uuid>,
    run_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let new = NewJob::of(job, user_id, run_at).map_err(|e| DbErr::Json(e.to_string()))?;
    enqueue(db, id, new).await
}

/// What a handler sees of the job it runs.
#[derive(Debug, Clone)]
pub struct JobContext {
    /// The job id.
    pub id: Uuid,
    /// The handler's name.
    pub kind: String,
    /// The arguments.
    pub payload: serde_json::Value,
    /// The user the work is for.
    pub user_id: Option<Uuid>,
    /// This run, from 1.
    pub attempt: u32,
    /// Runs allowed.
    pub max_attempts: u32,
}

impl JobContext {
    /// The payload as a typed job; a payload that does not fit is a permanent `bad_payload`.
    ///
    /// # Errors
    /// `bad_payload`, never retried.
    pub fn payload_as<J: DeserializeOwned>(&self) -> Result<J, JobError> {
        serde_json::from_value(self.payload.clone()).map_err(|_| JobError::permanent("bad_payload"))
    }

    /// Whether this is the last run allowed.
    #[must_use]
    pub const fn is_last_attempt(&self) -> bool {
        self.attempt >= self.max_attempts
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

/// A failed run: an error class (a fixed word such as `provider_unavailable`, never user data)
/// and whether to retry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("job failed: {class}")]
pub struct JobError {
    /// The error class, stored in `jobs.last_error` and logged.
    pub class: &'static str,
    /// Retry or not.
    pub retry: Retry,
}

impl JobError {
    /// Retry after the queue's backoff.
    #[must_use]
    pub const fn retry(class: &'static str) -> Self {
        Self {
            class,
            retry: Retry::Later(None),
        }
    }

    /// Retry after `delay` (e.g. a provider's `Retry-After`).
    #[must_use]
    pub const fn retry_after(class: &'static str, delay: Duration) -> Self {
        Self {
            class,
            retry: Retry::Later(Some(delay)),
        }
    }

    /// Do not retry: give up now.
    #[must_use]
    pub const fn permanent(class: &'static str) -> Self {
        Self {
            class,
            retry: Retry::Never,
        }
    }
}

impl From<DbErr> for JobError {
    fn from(_: DbErr) -> Self {
        Self::retry("database")
    }
}

/// Runs the jobs of one kind.
#[async_trait::async_trait]
pub trait Handler: Send + Sync {
    /// The stable name stored in `jobs.kind`.
    fn kind(&self) -> &'static str;

    /// Does the work. May run more than once for one job (retries, a lost lease): idempotent.
    async fn run(&self, job: &JobContext) -> Result<(), JobError>;

    /// The job ended for good with error class `class` (e.g. refund what it reserved). Called
    /// until it returns `Ok` once; may be called again after a crash: idempotent.
    ///
    /// # Errors
    /// Any: the queue calls it again after the lease.
    async fn give_up(&self, job: &JobContext, class: &str) -> anyhow::Result<()>;
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
        let ctx = JobContext {
            id: Uuid::nil(),
            kind: "k".into(),
            payload: serde_json::json!({"n": "not a number"}),
            user_id: None,
            attempt: 3,
            max_attempts: 3,
        };
        assert!(ctx.is_last_attempt());
        #[derive(Debug, serde::Deserialize)]
        struct N {
            #[allow(dead_code, reason = "only parsed")]
            n: u32,
        }
        assert_eq!(
            ctx.payload_as::<N>().unwrap_err(),
            JobError::permanent("bad_payload")
        );
    }
}
