//! The job queue on both databases: transactional enqueue, deletion on success, retries with
//! backoff, give-up (exhausted, permanent, after a crash), timeouts, per-user fairness, crash
//! recovery by lease, and two workers on separate pools running each job exactly once.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::Duration,
};

use chrono::TimeDelta;
use obscura_server::{
    clock::ManualClock,
    config::Config,
    db::entities::job,
    jobs::{Attempt, Ended, Job, JobError, Queue, QueueConfig, Schedule},
};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Statement, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::helpers::{Db, epoch, fresh_postgres_database};
use crate::on_both_databases;

/// A migrated database of its own, opened the way the app opens it.
struct TestDb {
    db: DatabaseConnection,
    config: Config,
    _dir: tempfile::TempDir,
}

async fn open(which: Db) -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let url = match which {
        Db::Sqlite => None,
        Db::Postgres => Some(fresh_postgres_database().await),
    };
    let mut pairs = vec![("DATA_DIR", data.to_str().unwrap())];
    if let Some(url) = &url {
        pairs.push(("DATABASE_URL", url));
    }
    let config = Config::from_pairs(&pairs).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    let db = obscura_server::db::connect(&config).await.unwrap();
    obscura_server::db::migrate(&db).await.unwrap();
    TestDb {
        db,
        config,
        _dir: dir,
    }
}

/// What the test handler saw.
#[derive(Default)]
struct Seen {
    runs: Mutex<Vec<(Uuid, u32)>>,
    give_up_calls: AtomicUsize,
    give_ups: Mutex<Vec<(Uuid, String)>>,
    started: tokio::sync::Notify,
    hang_give_up_once: AtomicBool,
    /// Per user: (running now, most at once); and the order users started in.
    busy: Mutex<HashMap<Uuid, (usize, usize)>>,
    start_order: Mutex<Vec<Uuid>>,
    /// Per job: completed runs (the two-worker test).
    done: Mutex<HashMap<Uuid, usize>>,
}

impl Seen {
    fn runs(&self) -> Vec<(Uuid, u32)> {
        self.runs.lock().unwrap().clone()
    }
    fn give_ups(&self) -> Vec<(Uuid, String)> {
        self.give_ups.lock().unwrap().clone()
    }
}

/// Behaves as its `mode` says.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct TestJob {
    mode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    prompt: Option<String>,
}

/// What the test job runs with.
#[derive(Clone)]
struct TestContext {
    seen: Arc<Seen>,
    db: DatabaseConnection,
}

impl Job for TestJob {
    const KIND: &'static str = "test.job";
    type Context = TestContext;
    type Error = JobError;

    async fn run(&self, ctx: &TestContext, job: &Attempt) -> Result<(), JobError> {
        ctx.seen.runs.lock().unwrap().push((job.job_id, job.number));
        let first = job.number == 1;
        match self.mode.as_str() {
            "flaky" if first => Err(JobError::retry("flaky")),
            "later" if first => Err(JobError::retry_after(
                "rate_limited",
                Duration::from_secs(30),
            )),
            "fail" => Err(JobError::retry("broken")),
            "never" => Err(JobError::permanent("rejected")),
            "sleep" => {
                ctx.seen.started.notify_one();
                let ms = self.ms.unwrap_or(0);
                tokio::time::sleep(Duration::from_millis(ms)).await;
                Ok(())
            }
            "hang_first" if first => {
                ctx.seen.started.notify_one();
                std::future::pending().await
            }
            "track" => {
                let user = job.user_id.unwrap();
                ctx.seen.start_order.lock().unwrap().push(user);
                {
                    let mut busy = ctx.seen.busy.lock().unwrap();
                    let e = busy.entry(user).or_default();
                    e.0 += 1;
                    e.1 = e.1.max(e.0);
                }
                tokio::time::sleep(Duration::from_millis(40)).await;
                ctx.seen.busy.lock().unwrap().get_mut(&user).unwrap().0 -= 1;
                Ok(())
            }
            "once" => {
                // A second run of one job would break the primary key.
                ctx.db
                    .execute_raw(Statement::from_sql_and_values(
                        ctx.db.get_database_backend(),
                        "INSERT INTO queue_ran (job_id) VALUES ($1)",
                        [job.job_id.to_string().into()],
                    ))
                    .await
                    .map_err(|_| JobError::permanent("ran_twice"))?;
                *ctx.seen.done.lock().unwrap().entry(job.job_id).or_default() += 1;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    async fn give_up(
        &self,
        ctx: &TestContext,
        job: &Attempt,
        why: Ended<JobError>,
    ) -> anyhow::Result<()> {
        ctx.seen.give_up_calls.fetch_add(1, Ordering::SeqCst);
        if ctx.seen.hang_give_up_once.swap(false, Ordering::SeqCst) {
            ctx.seen.started.notify_one();
            std::future::pending::<()>().await;
        }
        ctx.seen
            .give_ups
            .lock()
            .unwrap()
            .push((job.job_id, why.class().to_owned()));
        Ok(())
    }
}

fn config() -> QueueConfig {
    QueueConfig {
        poll_interval: Duration::from_millis(20),
        ..QueueConfig::default()
    }
}

fn queue(
    db: &DatabaseConnection,
    clock: &ManualClock,
    config: QueueConfig,
    seen: &Arc<Seen>,
) -> Queue {
    let context = TestContext {
        seen: seen.clone(),
        db: db.clone(),
    };
    Queue::builder(db.clone(), Arc::new(clock.clone()), config, context)
        .register::<TestJob>()
        .build()
}

fn new_job(mode: &str) -> TestJob {
    TestJob {
        mode: mode.to_owned(),
        ms: None,
        prompt: Some("a private prompt".to_owned()),
    }
}

/// Sleeps `ms` when run.
fn sleeping(ms: u64) -> TestJob {
    TestJob {
        mode: "sleep".to_owned(),
        ms: Some(ms),
        prompt: None,
    }
}

fn schedule(user_id: Option<Uuid>, max_attempts: u32) -> Schedule {
    let at = Schedule::new(Uuid::now_v7(), epoch()).max_attempts(max_attempts);
    match user_id {
        Some(user) => at.for_user(user),
        None => at,
    }
}

async fn add(db: &DatabaseConnection, job: TestJob, at: Schedule) -> Uuid {
    job.enqueue(db, at).await.unwrap()
}

async fn row(db: &DatabaseConnection, id: Uuid) -> Option<job::Model> {
    job::Entity::find_by_id(id).one(db).await.unwrap()
}

async fn left(db: &DatabaseConnection) -> u64 {
    job::Entity::find().count(db).await.unwrap()
}

/// Waits (polling) until no job is left, or fails the test: these tests run the worker itself in
/// its own task, and only the table says when it is done.
async fn until_drained(db: &DatabaseConnection) {
    while left(db).await > 0 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn within<F: Future<Output = ()>>(f: F) {
    tokio::time::timeout(Duration::from_secs(20), f)
        .await
        .expect("the test finished in time");
}

fn past_lease(clock: &ManualClock) {
    clock.advance(TimeDelta::seconds(61));
}

on_both_databases!(enqueue_is_transactional_and_success_deletes, |db: Db| {
    within(async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let q = queue(&t.db, &clock, config(), &seen);
        let txn = t.db.begin().await.unwrap();
        new_job("ok")
            .enqueue(&txn, schedule(None, 3))
            .await
            .unwrap();
        txn.rollback().await.unwrap();
        assert_eq!(q.run_pending().await.unwrap(), 0);
        assert_eq!(left(&t.db).await, 0);

        let txn = t.db.begin().await.unwrap();
        let id = new_job("ok")
            .enqueue(&txn, schedule(Some(Uuid::now_v7()), 3))
            .await
            .unwrap();
        txn.commit().await.unwrap();
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert_eq!(seen.runs(), vec![(id, 1)]);
        assert!(row(&t.db, id).await.is_none(), "a succeeded job is deleted");
        assert_eq!(q.run_pending().await.unwrap(), 0);
    })
});

on_both_databases!(retries_after_backoff_then_succeeds, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let q = queue(&t.db, &clock, config(), &seen);
        let flaky = add(&t.db, new_job("flaky"), schedule(None, 3)).await;
        let later = add(&t.db, new_job("later"), schedule(None, 3)).await;
        assert_eq!(q.run_pending().await.unwrap(), 2);
        let r = row(&t.db, flaky).await.unwrap();
        assert_eq!(
            (r.status.as_str(), r.attempts, r.last_error.as_deref()),
            ("queued", 1, Some("flaky"))
        );
        assert_eq!(r.run_at, epoch() + TimeDelta::seconds(2), "base backoff");
        assert_eq!(r.lease_until, None);
        let r = row(&t.db, later).await.unwrap();
        assert_eq!(
            r.run_at,
            epoch() + TimeDelta::seconds(30),
            "the error's delay"
        );
        assert_eq!(r.last_error.as_deref(), Some("rate_limited"));

        assert_eq!(q.run_pending().await.unwrap(), 0, "not due yet");
        clock.advance(TimeDelta::seconds(2));
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert!(row(&t.db, flaky).await.is_none());
        clock.advance(TimeDelta::seconds(28));
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert_eq!(left(&t.db).await, 0);
        let mut runs = seen.runs();
        runs.sort();
        let mut expected = vec![(flaky, 1), (flaky, 2), (later, 1), (later, 2)];
        expected.sort();
        assert_eq!(runs, expected);
        assert!(seen.give_ups().is_empty());
    }
));

on_both_databases!(exhausted_attempts_give_up_once, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let q = queue(&t.db, &clock, config(), &seen);
        let id = add(&t.db, new_job("fail"), schedule(None, 2)).await;
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert!(seen.give_ups().is_empty());
        clock.advance(TimeDelta::seconds(2));
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert_eq!(seen.give_ups(), vec![(id, "broken".to_owned())]);
        let r = row(&t.db, id).await.unwrap();
        assert_eq!(
            (r.status.as_str(), r.attempts, r.last_error.as_deref()),
            ("failed", 2, Some("broken"))
        );
        clock.advance(TimeDelta::hours(1));
        assert_eq!(
            q.run_pending().await.unwrap(),
            0,
            "a failed job stays failed"
        );
        assert_eq!(seen.give_up_calls.load(Ordering::SeqCst), 1);
    }
));

on_both_databases!(a_permanent_error_gives_up_at_once, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let q = queue(&t.db, &clock, config(), &seen);
        let id = add(&t.db, new_job("never"), schedule(None, 5)).await;
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert_eq!(seen.give_ups(), vec![(id, "rejected".to_owned())]);
        let r = row(&t.db, id).await.unwrap();
        assert_eq!((r.status.as_str(), r.attempts), ("failed", 1));
    }
));

on_both_databases!(a_run_past_the_timeout_is_retried, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let config = QueueConfig {
            job_timeout: Duration::from_millis(100),
            ..config()
        };
        let q = queue(&t.db, &clock, config, &seen);
        let id = add(&t.db, sleeping(10_000), schedule(None, 3)).await;
        let started = std::time::Instant::now();
        assert_eq!(q.run_pending().await.unwrap(), 1);
        assert!(started.elapsed() < Duration::from_secs(3));
        let r = row(&t.db, id).await.unwrap();
        assert_eq!(
            (r.status.as_str(), r.attempts, r.last_error.as_deref()),
            ("queued", 1, Some("timeout"))
        );
    }
));

on_both_databases!(one_users_backlog_does_not_starve_another, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let config = QueueConfig {
            concurrency: 4,
            per_user_limit: 2,
            ..config()
        };
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        for i in 0..10 {
            let mut at = schedule(Some(a), 3);
            at.run_at = epoch() - TimeDelta::seconds(60 - i);
            add(&t.db, new_job("track"), at).await;
        }
        add(&t.db, new_job("track"), schedule(Some(b), 3)).await;
        let q = queue(&t.db, &clock, config, &seen);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let worker = q.start(async move {
            let _ = stopped.await;
        });
        until_drained(&t.db).await;
        let _ = stop.send(());
        worker.await.unwrap();
        let order = seen.start_order.lock().unwrap().clone();
        assert_eq!(order.len(), 11);
        let b_at = order.iter().position(|u| *u == b).unwrap();
        assert!(b_at < 3, "B runs in the first batch (started {b_at}th)");
        let busy = seen.busy.lock().unwrap().clone();
        assert_eq!(busy[&a].1, 2, "A never ran more than its limit at once");
        assert_eq!(busy[&b].1, 1);
    }
));

on_both_databases!(
    notify_wakes_an_idle_worker_and_shutdown_lets_jobs_finish,
    |db: Db| {
        within(async move {
            let t = open(db).await;
            let clock = ManualClock::new(epoch());
            let seen = Arc::new(Seen::default());
            let config = QueueConfig {
                poll_interval: Duration::from_secs(60),
                ..config()
            };
            let q = queue(&t.db, &clock, config, &seen);
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let worker = q.start(async move {
                let _ = stopped.await;
            });
            // The worker settles into its 60 s idle wait first, so only the wake-up can start
            // the job.
            tokio::time::sleep(Duration::from_millis(50)).await;
            let id = add(&t.db, sleeping(300), schedule(None, 3)).await;
            let sent = std::time::Instant::now();
            q.notify();
            seen.started.notified().await;
            assert!(sent.elapsed() < Duration::from_secs(2), "woken, not polled");
            let _ = stop.send(());
            worker.await.unwrap();
            assert!(row(&t.db, id).await.is_none(), "the running job finished");
        })
    }
);

/// On PostgreSQL a job enqueued by another process (here another pool, and no `notify`) wakes
/// an idle worker through the notification the enqueue sends, not its next poll (60 s, past the
/// test's 20 s limit). A rolled-back enqueue sends nothing and leaves nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_enqueue_wakes_the_workers_of_other_processes() {
    if crate::helpers::postgres_admin_url().is_none() {
        return;
    }
    within(async move {
        let t = open(Db::Postgres).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let config = QueueConfig {
            poll_interval: Duration::from_secs(60),
            ..config()
        };
        let q = queue(&t.db, &clock, config, &seen);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let worker = q.start(async move {
            let _ = stopped.await;
        });
        // Until the worker's connection listens (its last statement), a notification is lost.
        let listening = Statement::from_string(
            t.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM pg_stat_activity \
             WHERE datname = current_database() AND query = 'LISTEN \"obscura_jobs\"'",
        );
        loop {
            let row =
                t.db.query_one_raw(listening.clone())
                    .await
                    .unwrap()
                    .unwrap();
            if row.try_get::<i64>("", "n").unwrap() > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let elsewhere = obscura_server::db::connect(&t.config).await.unwrap();
        let txn = elsewhere.begin().await.unwrap();
        sleeping(0).enqueue(&txn, schedule(None, 3)).await.unwrap();
        txn.rollback().await.unwrap();
        let id = add(&elsewhere, sleeping(0), schedule(None, 3)).await;
        seen.started.notified().await;
        until_drained(&t.db).await;
        assert_eq!(seen.runs().len(), 1, "only the committed job ran");
        assert_eq!(seen.runs()[0].0, id);
        let _ = stop.send(());
        worker.await.unwrap();
    })
    .await;
}

/// Starts a worker, waits until its handler (or give-up) hangs, then kills it: nothing after
/// the handler's await runs, as when the process dies.
/// The connections of a restarted process. A crash simulated by aborting the worker's task
/// can leave one of the old pool's connections in the middle of a statement (sqlx cancels no
/// query when its future is dropped: transact-rs/sqlx#4393), which a dead process's connections
/// never outlive; the restarted queue, as a real new process, gets its own.
async fn restarted_process_pool(t: &TestDb) -> sea_orm::DatabaseConnection {
    obscura_server::db::connect(&t.config).await.unwrap()
}

async fn crash_mid_job(q: &Queue, seen: &Seen) {
    let worker = q.start(std::future::pending());
    seen.started.notified().await;
    worker.abort();
    assert!(worker.await.unwrap_err().is_cancelled());
}

on_both_databases!(a_crashed_job_runs_again_after_its_lease, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let id = add(
            &t.db,
            new_job("hang_first"),
            schedule(Some(Uuid::now_v7()), 3),
        )
        .await;
        crash_mid_job(&queue(&t.db, &clock, config(), &seen), &seen).await;
        let restarted_pool = restarted_process_pool(&t).await;
        let r = row(&restarted_pool, id).await.unwrap();
        assert_eq!((r.status.as_str(), r.attempts), ("running", 1));

        let restarted = queue(&restarted_pool, &clock, config(), &seen);
        assert_eq!(restarted.run_pending().await.unwrap(), 0, "leased");
        past_lease(&clock);
        assert_eq!(restarted.run_pending().await.unwrap(), 1);
        assert!(row(&restarted_pool, id).await.is_none());
        assert_eq!(seen.runs(), vec![(id, 1), (id, 2)]);
        assert!(seen.give_ups().is_empty());
    }
));

on_both_databases!(a_crash_on_the_last_attempt_gives_up, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        let id = add(&t.db, new_job("hang_first"), schedule(None, 1)).await;
        crash_mid_job(&queue(&t.db, &clock, config(), &seen), &seen).await;
        past_lease(&clock);
        let restarted_pool = restarted_process_pool(&t).await;
        let restarted = queue(&restarted_pool, &clock, config(), &seen);
        assert_eq!(restarted.run_pending().await.unwrap(), 1);
        assert_eq!(seen.runs(), vec![(id, 1)], "not run again");
        assert_eq!(seen.give_ups(), vec![(id, "lease_expired".to_owned())]);
        let r = row(&restarted_pool, id).await.unwrap();
        assert_eq!(
            (r.status.as_str(), r.last_error.as_deref()),
            ("failed", Some("lease_expired"))
        );
    }
));

on_both_databases!(a_crash_during_give_up_is_finished_later, |db: Db| within(
    async move {
        let t = open(db).await;
        let clock = ManualClock::new(epoch());
        let seen = Arc::new(Seen::default());
        seen.hang_give_up_once.store(true, Ordering::SeqCst);
        let id = add(&t.db, new_job("never"), schedule(None, 3)).await;
        crash_mid_job(&queue(&t.db, &clock, config(), &seen), &seen).await;
        let r = row(&t.db, id).await.unwrap();
        assert_eq!(r.status, "giving_up");
        past_lease(&clock);
        let restarted_pool = restarted_process_pool(&t).await;
        let restarted = queue(&restarted_pool, &clock, config(), &seen);
        assert_eq!(restarted.run_pending().await.unwrap(), 1);
        assert_eq!(seen.runs(), vec![(id, 1)], "given up, not run again");
        assert_eq!(seen.give_up_calls.load(Ordering::SeqCst), 2);
        assert_eq!(seen.give_ups(), vec![(id, "rejected".to_owned())]);
        assert_eq!(row(&restarted_pool, id).await.unwrap().status, "failed");
    }
));

on_both_databases!(two_workers_on_two_pools_run_each_job_once, |db: Db| within(
    async move {
        let t = open(db).await;
        t.db.execute_unprepared("CREATE TABLE queue_ran (job_id VARCHAR(36) PRIMARY KEY)")
            .await
            .unwrap();
        let users: Vec<Uuid> = (0..10).map(|_| Uuid::now_v7()).collect();
        let txn = t.db.begin().await.unwrap();
        for i in 0..500 {
            let at = schedule(Some(users[i % users.len()]), 3);
            new_job("once").enqueue(&txn, at).await.unwrap();
        }
        txn.commit().await.unwrap();
        let clock = ManualClock::new(epoch());
        let config = QueueConfig {
            concurrency: 8,
            ..config()
        };
        let other_pool = obscura_server::db::connect(&t.config).await.unwrap();
        let (one, two) = (Arc::new(Seen::default()), Arc::new(Seen::default()));
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let mut workers = Vec::new();
        for (pool, seen) in [(&t.db, &one), (&other_pool, &two)] {
            let mut stopped = stopped.clone();
            let q = queue(pool, &clock, config.clone(), seen);
            workers.push(q.start(async move {
                let _ = stopped.wait_for(|s| *s).await;
            }));
        }
        until_drained(&t.db).await;
        stop.send(true).unwrap();
        for w in workers {
            w.await.unwrap();
        }
        let mut done = one.done.lock().unwrap().clone();
        let theirs = two.done.lock().unwrap().clone();
        assert!(
            !done.is_empty() && !theirs.is_empty(),
            "both workers took part"
        );
        for (id, n) in theirs {
            *done.entry(id).or_default() += n;
        }
        assert_eq!(done.len(), 500);
        assert!(done.values().all(|n| *n == 1), "every job ran exactly once");
        let ran =
            t.db.query_one_raw(Statement::from_string(
                t.db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM queue_ran",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap();
        assert_eq!(ran, 500);
        assert!(one.give_ups().is_empty() && two.give_ups().is_empty());
    }
));
