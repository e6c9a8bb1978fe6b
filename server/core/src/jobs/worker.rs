//! The worker: one dispatcher per [`Queue`] claims jobs for its free slots, runs each in a task
//! under a timeout while a heartbeat extends its lease, and records the outcome. Job kinds are
//! registered by type on the [`Builder`]; each becomes a [`Registered`] adapter that reads the
//! stored payload as its [`Job`] and calls its `run` or `give_up`.

use std::{
    collections::HashMap,
    marker::PhantomData,
    panic::AssertUnwindSafe,
    pin::pin,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use chrono::{DateTime, TimeDelta, Utc};
use futures::FutureExt as _;
use sea_orm::{
    DatabaseConnection, DatabaseConnectionType, DbErr,
    sqlx::postgres::{PgListener, PgPool},
};
use tokio::{sync::Notify, task::JoinSet};

use super::{
    Attempt, BAD_PAYLOAD, Ended, Failure, Job, PANIC, QueueConfig, Retry, TIMEOUT, claim, repo,
    status,
};
use crate::{
    clock::Clock,
    db::entities::job,
    metrics::{self, JobOutcome},
};

/// The job queue of this process: cheap to clone, shared by the services that enqueue (to
/// [`Queue::notify`]) and the worker started with [`Queue::start`].
#[derive(Clone)]
pub struct Queue {
    inner: Arc<Inner>,
}

struct Inner {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    config: QueueConfig,
    runners: HashMap<&'static str, Arc<dyn Runner>>,
    kinds: Vec<&'static str>,
    wake: Waker,
    /// Unique per queue instance; with a claim number it names each claim (`jobs.worker`).
    id: String,
    claims: AtomicU64,
}

/// Wakes a [`Queue`]'s worker: held by the services that enqueue. Cheap to clone; without a
/// started worker in this process, a wake-up does nothing (another process's worker hears of
/// the job from PostgreSQL's notification, or finds it at its next poll).
#[derive(Debug, Clone, Default)]
pub struct Waker(Arc<Notify>);

impl Waker {
    /// Wakes the worker to claim at once (call it after committing an enqueue); a wake-up sent
    /// while the worker is busy is kept for its next wait.
    pub fn notify(&self) {
        self.0.notify_one();
    }
}

/// How one run ended.
enum Outcome {
    Done,
    Failed(String, Retry),
    LeaseLost,
}

/// Builds a [`Queue`]: the job kinds it runs, each registered by type, and the context they
/// run with.
pub struct Builder<C> {
    db: DatabaseConnection,
    clock: Arc<dyn Clock>,
    config: QueueConfig,
    context: C,
    wake: Waker,
    runners: HashMap<&'static str, Arc<dyn Runner>>,
}

impl<C: Clone + Send + Sync + 'static> Builder<C> {
    /// Woken through `waker`, which services can hold before the queue exists (its jobs
    /// usually need those services).
    #[must_use]
    pub fn waker(mut self, waker: Waker) -> Self {
        self.wake = waker;
        self
    }

    /// Runs jobs of kind `J` (a later registration of the same kind replaces an earlier one).
    #[must_use]
    pub fn register<J: Job<Context = C>>(mut self) -> Self {
        let runner = Registered::<J> {
            ctx: self.context.clone(),
            job: PhantomData,
        };
        self.runners.insert(J::KIND, Arc::new(runner));
        self
    }

    /// The queue. Jobs of kinds not registered are left to processes that can run them.
    #[must_use]
    pub fn build(self) -> Queue {
        let mut kinds: Vec<_> = self.runners.keys().copied().collect();
        kinds.sort_unstable();
        let id = uuid::Uuid::new_v4().simple().to_string();
        Queue {
            inner: Arc::new(Inner {
                db: self.db,
                clock: self.clock,
                config: self.config,
                runners: self.runners,
                kinds,
                wake: self.wake,
                id: format!("{}-{}", std::process::id(), &id[..12]),
                claims: AtomicU64::new(0),
            }),
        }
    }
}

/// A registered job kind, its type erased.
#[async_trait::async_trait]
trait Runner: Send + Sync {
    async fn run(&self, payload: &str, attempt: &Attempt) -> Result<(), (String, Retry)>;
    async fn give_up(&self, payload: &str, attempt: &Attempt, class: &str) -> anyhow::Result<()>;
}

/// The adapter from the stored row to job `J`.
struct Registered<J: Job> {
    ctx: J::Context,
    job: PhantomData<fn() -> J>,
}

#[async_trait::async_trait]
impl<J: Job> Runner for Registered<J> {
    async fn run(&self, payload: &str, attempt: &Attempt) -> Result<(), (String, Retry)> {
        let job: J =
            serde_json::from_str(payload).map_err(|_| (BAD_PAYLOAD.to_owned(), Retry::Never))?;
        job.run(&self.ctx, attempt)
            .await
            .map_err(|e| (e.class().to_owned(), e.retry()))
    }

    async fn give_up(&self, payload: &str, attempt: &Attempt, class: &str) -> anyhow::Result<()> {
        let Ok(job) = serde_json::from_str::<J>(payload) else {
            // Nothing to undo can be named without the payload.
            tracing::warn!("a job whose payload does not fit its kind was given up");
            return Ok(());
        };
        job.give_up(&self.ctx, attempt, Ended::from_class(class))
            .await
    }
}

impl Queue {
    /// A queue over `db` whose jobs run with `context`: register each kind on the builder.
    #[must_use]
    pub fn builder<C: Clone + Send + Sync + 'static>(
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
        config: QueueConfig,
        context: C,
    ) -> Builder<C> {
        Builder {
            db,
            clock,
            config,
            context,
            wake: Waker::default(),
            runners: HashMap::new(),
        }
    }

    /// The configuration.
    #[must_use]
    pub fn config(&self) -> &QueueConfig {
        &self.inner.config
    }

    /// Wakes the worker to claim at once (call it after committing an enqueue); a wake-up sent
    /// while the worker is busy is kept for its next wait.
    pub fn notify(&self) {
        self.inner.wake.notify();
    }

    /// Runs the worker until `shutdown` completes: then it stops claiming, lets running jobs
    /// finish within the grace period, and leaves the others to their lease.
    pub fn start(
        &self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> tokio::task::JoinHandle<()> {
        tokio::spawn(self.clone().work(shutdown))
    }

    /// Runs every job that is due now, to completion, and those that become due meanwhile (e.g.
    /// a retry without delay); returns how many runs (and give-ups) were made. For tests and
    /// command-line tasks, instead of a running worker.
    ///
    /// # Errors
    /// If a claim fails.
    pub async fn run_pending(&self) -> Result<usize, DbErr> {
        let mut count = 0;
        loop {
            let jobs = self.claim(self.inner.config.concurrency.max(1)).await?;
            if jobs.is_empty() {
                return Ok(count);
            }
            count += jobs.len();
            futures::future::join_all(jobs.into_iter().map(|j| self.execute(j))).await;
        }
    }

    async fn work(self, shutdown: impl Future<Output = ()> + Send + 'static) {
        let config = &self.inner.config;
        let mut shutdown = pin!(shutdown);
        let mut running = JoinSet::new();
        tracing::info!(
            worker = %self.inner.id,
            concurrency = config.concurrency,
            kinds = ?self.inner.kinds,
            "job worker started"
        );
        // Ends with this future, also when it is aborted rather than shut down.
        let _listener = listen_pool(&self.inner.db)
            .map(|pool| AbortOnDrop(tokio::spawn(listen(pool, self.inner.wake.clone()))));
        // Claim whenever a slot is free and something happened: a wake-up, a finished job (its
        // user may be under the per-user limit again), or the poll interval.
        loop {
            while let Some(r) = running.try_join_next() {
                reap(r);
            }
            let free = config.concurrency.saturating_sub(running.len());
            if free > 0 {
                match self.claim(free).await {
                    Ok(jobs) => {
                        for job in jobs {
                            let q = self.clone();
                            running.spawn(async move { q.execute(job).await });
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "could not claim jobs"),
                }
            }
            tokio::select! {
                biased;
                () = &mut shutdown => break,
                () = self.inner.wake.0.notified() => {}
                Some(r) = running.join_next(), if !running.is_empty() => reap(r),
                () = tokio::time::sleep(config.poll_interval) => {}
            }
        }
        tracing::info!(running = running.len(), "job worker stopping");
        let drain = async { while running.join_next().await.is_some() {} };
        if tokio::time::timeout(config.shutdown_grace, drain)
            .await
            .is_err()
        {
            tracing::warn!(
                left = running.len(),
                "jobs still running after the grace period are left to their lease"
            );
        }
    }

    async fn claim(&self, limit: usize) -> Result<Vec<job::Model>, DbErr> {
        let i = &self.inner;
        let now = i.clock.now();
        let worker = format!("{}:{}", i.id, i.claims.fetch_add(1, Ordering::Relaxed));
        claim::claim(
            &i.db,
            &claim::Claim {
                kinds: &i.kinds,
                limit,
                per_user_limit: i.config.per_user_limit,
                worker: &worker,
                now,
                lease_until: later(now, i.config.lease),
            },
        )
        .await
    }

    /// Runs (or finishes giving up) one claimed job and records the outcome. The span names the
    /// job, never its payload (which may hold a prompt or an address).
    #[tracing::instrument(
        name = "job",
        skip_all,
        fields(job.id = %job.id, job.kind = %job.kind, job.attempt = job.attempts)
    )]
    async fn execute(&self, job: job::Model) {
        let Some((&kind, runner)) = self.inner.runners.get_key_value(job.kind.as_str()) else {
            return;
        };
        let runner = Arc::clone(runner);
        let worker = job.worker.clone().unwrap_or_default();
        let attempt = Attempt {
            job_id: job.id,
            user_id: job.user_id,
            number: u32::try_from(job.attempts).unwrap_or(0),
            max_attempts: u32::try_from(job.max_attempts).unwrap_or(1),
        };
        let payload = job.payload.as_str();
        if job.status == status::GIVING_UP {
            let class = job.last_error.as_deref().unwrap_or("unknown");
            tracing::warn!(error.class = class, "job ended for good");
            self.give_up(kind, runner.as_ref(), payload, &attempt, &worker, class)
                .await;
            return;
        }
        let started = Instant::now();
        let outcome = self.run(runner.as_ref(), payload, &attempt, &worker).await;
        let elapsed = started.elapsed();
        let duration_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
        let counted = |outcome| metrics::job_ended(kind, outcome, Some(elapsed));
        let db = &self.inner.db;
        let now = self.inner.clock.now();
        let recorded = match outcome {
            Outcome::LeaseLost => {
                tracing::warn!(
                    duration_ms,
                    "job lease lost to another worker; run abandoned"
                );
                counted(JobOutcome::LeaseLost);
                return;
            }
            Outcome::Done => {
                tracing::debug!(duration_ms, "job succeeded");
                counted(JobOutcome::Succeeded);
                repo::succeed(db, attempt.job_id, &worker).await
            }
            Outcome::Failed(class, retry) => {
                let class = class.as_str();
                match retry {
                    Retry::Later(delay) if !attempt.is_last() => {
                        let delay =
                            delay.unwrap_or_else(|| self.inner.config.backoff(attempt.number));
                        tracing::info!(
                            error.class = class,
                            duration_ms,
                            retry_in_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                            "job failed; will retry"
                        );
                        let run_at = later(now, delay);
                        counted(JobOutcome::Retried);
                        repo::retry_at(db, attempt.job_id, &worker, now, run_at, class).await
                    }
                    _ => {
                        tracing::warn!(error.class = class, duration_ms, "job failed for good");
                        counted(JobOutcome::Failed);
                        let lease = later(now, self.inner.config.lease);
                        let id = attempt.job_id;
                        match repo::begin_give_up(db, id, &worker, now, lease, class).await {
                            Ok(true) => {
                                self.give_up(
                                    kind,
                                    runner.as_ref(),
                                    payload,
                                    &attempt,
                                    &worker,
                                    class,
                                )
                                .await;
                                Ok(true)
                            }
                            other => other,
                        }
                    }
                }
            }
        };
        match recorded {
            Ok(true) => {}
            Ok(false) => tracing::warn!("job changed hands before its outcome was recorded"),
            Err(e) => tracing::warn!(error = %e, "could not record the job's outcome"),
        }
    }

    /// The job's run under the timeout, with panics caught, while heartbeats keep the lease.
    async fn run(
        &self,
        runner: &dyn Runner,
        payload: &str,
        attempt: &Attempt,
        worker: &str,
    ) -> Outcome {
        let run = AssertUnwindSafe(runner.run(payload, attempt)).catch_unwind();
        let run = tokio::time::timeout(self.inner.config.job_timeout, run);
        tokio::select! {
            r = run => match r {
                Ok(Ok(Ok(()))) => Outcome::Done,
                Ok(Ok(Err((class, retry)))) => Outcome::Failed(class, retry),
                Ok(Err(_panic)) => Outcome::Failed(PANIC.to_owned(), Retry::Later(None)),
                Err(_elapsed) => Outcome::Failed(TIMEOUT.to_owned(), Retry::Later(None)),
            },
            () = self.keep_lease(attempt.job_id, worker) => Outcome::LeaseLost,
        }
    }

    /// Extends the lease every third of it; returns only when the claim lost the job.
    async fn keep_lease(&self, id: uuid::Uuid, worker: &str) {
        let i = &self.inner;
        let every = (i.config.lease / 3).max(Duration::from_millis(10));
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        loop {
            tick.tick().await;
            let now = i.clock.now();
            match repo::heartbeat(&i.db, id, worker, now, later(now, i.config.lease)).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => tracing::warn!(error = %e, "could not extend a job's lease"),
            }
        }
    }

    /// Calls the job's `give_up`, then marks the job failed. If either step fails the job
    /// stays `giving_up` and the next claim after its lease tries again.
    async fn give_up(
        &self,
        kind: &'static str,
        runner: &dyn Runner,
        payload: &str,
        attempt: &Attempt,
        worker: &str,
        class: &str,
    ) {
        let result = AssertUnwindSafe(runner.give_up(payload, attempt, class))
            .catch_unwind()
            .await;
        match result {
            Ok(Ok(())) => {
                let now = self.inner.clock.now();
                let id = attempt.job_id;
                match repo::finish_give_up(&self.inner.db, id, worker, now).await {
                    Ok(true) => metrics::job_ended(kind, JobOutcome::GaveUp, None),
                    // Another claim finished it.
                    Ok(false) => {}
                    Err(e) => tracing::warn!(
                        error = %e,
                        "could not mark a job failed; its give-up will be repeated"
                    ),
                }
            }
            Ok(Err(e)) => {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "give-up failed; it will be tried again"
                );
            }
            Err(_panic) => tracing::error!("give-up panicked; it will be tried again"),
        }
    }
}

/// A task aborted when this is dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The PostgreSQL pool to listen on, if the queue is on PostgreSQL.
fn listen_pool(db: &DatabaseConnection) -> Option<PgPool> {
    match &db.inner {
        DatabaseConnectionType::SqlxPostgresPoolConnection(_) => {
            Some(db.get_postgres_connection_pool().clone())
        }
        _ => None,
    }
}

/// Wakes the worker at each notification on [`super::CHANNEL`] (one connection of the pool held
/// for it), and after a lost connection is back (what was sent meanwhile is lost; the poll
/// finds it too). Runs until aborted.
async fn listen(pool: PgPool, wake: Waker) {
    loop {
        let mut listener = match PgListener::connect_with(&pool).await {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "could not listen for enqueued jobs");
                tokio::time::sleep(Duration::from_secs(5)).await;
                continue;
            }
        };
        if let Err(e) = listener.listen(super::CHANNEL).await {
            tracing::warn!(error = %e, "could not listen for enqueued jobs");
            tokio::time::sleep(Duration::from_secs(5)).await;
            continue;
        }
        wake.notify();
        loop {
            match listener.try_recv().await {
                // A notification, or a lost connection now re-established.
                Ok(_) => wake.notify(),
                Err(e) => {
                    tracing::warn!(error = %e, "lost the notifications of enqueued jobs");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    break;
                }
            }
        }
    }
}

fn reap(r: Result<(), tokio::task::JoinError>) {
    if let Err(e) = r
        && e.is_panic()
    {
        tracing::error!("a job task panicked outside its handler");
    }
}

fn later(now: DateTime<Utc>, by: Duration) -> DateTime<Utc> {
    let by = TimeDelta::from_std(by).unwrap_or(TimeDelta::days(365));
    now.checked_add_signed(by).unwrap_or(now)
}
