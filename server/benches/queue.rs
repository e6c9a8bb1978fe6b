//! Job queue benchmark with a no-op job, on a temporary SQLite file (opened as the app
//! opens it: WAL) and, when `OBSCURA_BENCH_POSTGRES_URL` names a server, on a fresh PostgreSQL
//! database:
//! 1. pickup latency: one job at a time, enqueue committed → notify → handler start
//!    (target p95 ≤ 20 ms);
//! 2. throughput: 20,000 queued jobs drained by one queue with concurrency 16
//!    (targets ≥ 500 jobs/s on SQLite, ≥ 1,000 jobs/s on PostgreSQL).
//!
//! `cargo bench -p obscura-server --bench queue`

#![expect(clippy::unwrap_used, reason = "a benchmark fails loudly")]

mod support {
    pub mod postgres;
}

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use obscura_server::{
    clock::SystemClock,
    config::Config,
    db::entities::job,
    jobs::{Attempt, Ended, Job, JobError, Queue, QueueConfig, Schedule},
};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait};
use tokio::sync::mpsc;
use uuid::Uuid;

const SAMPLES: usize = 500;
const JOBS: usize = 20_000;

/// A job that only says it ran.
#[derive(serde::Serialize, serde::Deserialize)]
struct Noop {
    n: u32,
}

/// Where the no-op job reports.
#[derive(Clone)]
struct Seen {
    started: Option<mpsc::UnboundedSender<Instant>>,
    done: Arc<AtomicUsize>,
}

impl Job for Noop {
    const KIND: &'static str = "bench.noop";
    type Context = Seen;
    type Error = JobError;

    async fn run(&self, seen: &Seen, _attempt: &Attempt) -> Result<(), JobError> {
        if let Some(tx) = &seen.started {
            let _ = tx.send(Instant::now());
        }
        seen.done.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    async fn give_up(&self, _: &Seen, _: &Attempt, _: Ended<JobError>) -> anyhow::Result<()> {
        Ok(())
    }
}

async fn enqueue(db: &impl ConnectionTrait, user: Uuid) {
    let at = Schedule::new(Uuid::now_v7(), chrono::Utc::now()).for_user(user);
    Noop { n: 1 }.enqueue(db, at).await.unwrap();
}

fn queue(db: &DatabaseConnection, concurrency: usize, seen: Seen) -> Queue {
    let config = QueueConfig {
        concurrency,
        ..QueueConfig::default()
    };
    Queue::builder(db.clone(), Arc::new(SystemClock), config, seen)
        .register::<Noop>()
        .build()
}

async fn latency(db: &DatabaseConnection) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let q = queue(
        db,
        4,
        Seen {
            started: Some(tx),
            done: Arc::default(),
        },
    );
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = q.start(async move {
        let _ = stopped.await;
    });
    let user = Uuid::now_v7();
    let mut samples = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        enqueue(db, user).await;
        let committed = Instant::now();
        q.notify();
        let started = rx.recv().await.unwrap();
        samples.push(started.duration_since(committed));
        // Let the deletion land so samples do not overlap.
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let _ = stop.send(());
    worker.await.unwrap();
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  pickup latency ({SAMPLES} samples): p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        ms(samples[SAMPLES / 2]),
        ms(samples[SAMPLES * 95 / 100]),
        ms(samples[SAMPLES - 1])
    );
}

async fn throughput(db: &DatabaseConnection) {
    let users: Vec<Uuid> = (0..100).map(|_| Uuid::now_v7()).collect();
    for chunk in 0..JOBS / 500 {
        let txn = sea_orm::TransactionTrait::begin(db).await.unwrap();
        for i in 0..500 {
            let user = users[(chunk * 500 + i) % users.len()];
            enqueue(&txn, user).await;
        }
        sea_orm::TransactionSession::commit(txn).await.unwrap();
    }
    let done = Arc::new(AtomicUsize::new(0));
    let q = queue(
        db,
        16,
        Seen {
            started: None,
            done: done.clone(),
        },
    );
    let started = Instant::now();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = q.start(async move {
        let _ = stopped.await;
    });
    while done.load(Ordering::Relaxed) < JOBS {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    while job::Entity::find().count(db).await.unwrap() > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let took = started.elapsed();
    let _ = stop.send(());
    worker.await.unwrap();
    println!(
        "  throughput: {JOBS} jobs in {:.2} s = {:.0} jobs/s (concurrency 16, 100 users)",
        took.as_secs_f64(),
        JOBS as f64 / took.as_secs_f64()
    );
}

async fn run(name: &str, db: &DatabaseConnection) {
    println!("{name}");
    latency(db).await;
    throughput(db).await;
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let config = Config::from_pairs(&[("DATA_DIR", data.to_str().unwrap())]).unwrap();
        let db = obscura_server::db::connect(&config).await.unwrap();
        obscura_server::db::migrate(&db).await.unwrap();
        run("SQLite (WAL, temp file)", &db).await;
        db.close().await.unwrap();

        let Some(pg) = support::postgres::fresh(&data).await else {
            return;
        };
        run("PostgreSQL", &pg.db).await;
        pg.drop().await;
    });
}
