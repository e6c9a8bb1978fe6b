//! Job queue benchmark with a no-op job, every figure in one run, next to its goal:
//!
//! - **SQLite** (a temporary file opened as the app opens it: WAL), one process: pickup latency
//!   with 8 workers (one job at a time, enqueue committed → notify → handler start, 500 samples),
//!   then throughput: 20,000 queued jobs drained by one queue of 8 workers, then of 16
//!   (goal ≥ 500 jobs/s).
//! - **PostgreSQL**, when `OBSCURA_BENCH_POSTGRES_URL` names a server (a fresh database is
//!   created and dropped): first one process × 16 workers as above (the same process enqueues and
//!   wakes its queue); then **two worker processes × 8 workers** on the one database: this binary
//!   re-executed with `OBSCURA_BENCH_QUEUE_WORKER=<database url>` runs only a queue of 8 workers
//!   until its stdin closes, printing `ran <job id> <start, µs since the epoch>` for every job it
//!   runs. This process only enqueues (it has no queue to wake: the workers hear of a job from
//!   the database) and measures pickup (commit → start in a child, on the one machine's wall
//!   clock, 500 samples after 20 warm-up ones) and throughput (20,000 jobs committed at once,
//!   timed until both children ran them all and the table is empty); it prints how many jobs each
//!   process ran (both must have taken part) and checks that every job ran exactly once.
//!   Goals: ≥ 1,000 jobs/s and pickup p95 ≤ 20 ms.
//!
//! `cargo bench -p obscura-server --bench queue` (with `OBSCURA_BENCH_POSTGRES_URL` for the
//! PostgreSQL rows). The machine's load changes the figures: run it on a quiet one.

#![expect(clippy::unwrap_used, reason = "a benchmark fails loudly")]

mod support {
    pub mod postgres;
}

use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Read, Write},
    process::{Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use obscura_server::{
    clock::SystemClock,
    config::Config,
    db::entities::job,
    jobs::{Attempt, Ended, Job, JobError, Queue, QueueConfig, Schedule},
};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};
use tokio::sync::mpsc;
use uuid::Uuid;

const SAMPLES: usize = 500;
const WARMUP: usize = 20;
const JOBS: usize = 20_000;
/// Names the database a worker child works on.
const WORKER_ENV: &str = "OBSCURA_BENCH_QUEUE_WORKER";
/// Workers per child process.
const CHILD_WORKERS: usize = 8;
const CHILDREN: usize = 2;

/// A job that only says it ran.
#[derive(serde::Serialize, serde::Deserialize)]
struct Noop {
    n: u32,
}

/// Where the no-op job reports.
#[derive(Clone, Default)]
struct Seen {
    /// In-process pickup: the start instant.
    started: Option<mpsc::UnboundedSender<Instant>>,
    /// Worker child: the job id and its start on the wall clock, for stdout.
    report: Option<std::sync::mpsc::Sender<(Uuid, i64)>>,
    done: Arc<AtomicUsize>,
}

impl Job for Noop {
    const KIND: &'static str = "bench.noop";
    type Context = Seen;
    type Error = JobError;

    async fn run(&self, seen: &Seen, attempt: &Attempt) -> Result<(), JobError> {
        if let Some(tx) = &seen.started {
            let _ = tx.send(Instant::now());
        }
        if let Some(tx) = &seen.report {
            let _ = tx.send((attempt.job_id, wall_us()));
        }
        seen.done.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    async fn give_up(&self, _: &Seen, _: &Attempt, _: Ended<JobError>) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Now on the wall clock, in µs since the epoch (comparable between processes of one machine).
fn wall_us() -> i64 {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    i64::try_from(since.as_micros()).unwrap()
}

async fn enqueue(db: &impl ConnectionTrait, id: Uuid, user: Uuid) {
    let at = Schedule::new(id, chrono::Utc::now()).for_user(user);
    Noop { n: 1 }.enqueue(db, at).await.unwrap();
}

/// Enqueues `JOBS` jobs for 100 users, in one transaction when `at_once` (else by 500s); their
/// ids.
async fn fill(db: &DatabaseConnection, at_once: bool) -> Vec<Uuid> {
    let users: Vec<Uuid> = (0..100).map(|_| Uuid::now_v7()).collect();
    let ids: Vec<Uuid> = (0..JOBS).map(|_| Uuid::now_v7()).collect();
    let chunk = if at_once { JOBS } else { 500 };
    for (c, part) in ids.chunks(chunk).enumerate() {
        let txn = db.begin().await.unwrap();
        for (i, id) in part.iter().enumerate() {
            enqueue(&txn, *id, users[(c * chunk + i) % users.len()]).await;
        }
        txn.commit().await.unwrap();
    }
    ids
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

fn ms(us: i64) -> f64 {
    us as f64 / 1000.0
}

/// p50, p95 and max of samples in µs.
#[derive(Clone, Copy)]
struct Pickup {
    p50: f64,
    p95: f64,
    max: f64,
}

impl Pickup {
    fn of(mut us: Vec<i64>) -> Self {
        us.sort_unstable();
        let n = us.len();
        Self {
            p50: ms(us[n / 2]),
            p95: ms(us[n * 95 / 100]),
            max: ms(us[n - 1]),
        }
    }

    fn print(&self) {
        println!(
            "  pickup ({SAMPLES} samples): p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
            self.p50, self.p95, self.max
        );
    }
}

/// Pickup in this process: enqueue, commit, notify the queue, handler start.
async fn latency(db: &DatabaseConnection, workers: usize) -> Pickup {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let seen = Seen {
        started: Some(tx),
        ..Seen::default()
    };
    let q = queue(db, workers, seen);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = q.start(async move {
        let _ = stopped.await;
    });
    let user = Uuid::now_v7();
    let mut samples = Vec::with_capacity(SAMPLES);
    for i in 0..WARMUP + SAMPLES {
        enqueue(db, Uuid::now_v7(), user).await;
        let committed = Instant::now();
        q.notify();
        let started = rx.recv().await.unwrap();
        if i >= WARMUP {
            let us = started.saturating_duration_since(committed).as_micros();
            samples.push(i64::try_from(us).unwrap());
        }
        // Let the deletion land so samples do not overlap.
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let _ = stop.send(());
    worker.await.unwrap();
    let p = Pickup::of(samples);
    p.print();
    p
}

/// Throughput of one queue of `workers` in this process; jobs/s.
async fn throughput(db: &DatabaseConnection, workers: usize) -> f64 {
    fill(db, false).await;
    let done = Arc::new(AtomicUsize::new(0));
    let seen = Seen {
        done: done.clone(),
        ..Seen::default()
    };
    let q = queue(db, workers, seen);
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
    let rate = JOBS as f64 / took.as_secs_f64();
    println!(
        "  throughput, {workers} workers: {JOBS} jobs in {:.2} s = {rate:.0} jobs/s (100 users)",
        took.as_secs_f64()
    );
    rate
}

/// What a worker child said.
enum Event {
    Ready,
    Ran(usize, Uuid, i64),
}

/// The worker children, their stdin held open until [`Children::stop`].
struct Children {
    procs: Vec<std::process::Child>,
    readers: Vec<std::thread::JoinHandle<()>>,
    events: mpsc::UnboundedReceiver<Event>,
}

impl Children {
    fn spawn(url: &str) -> Self {
        let (tx, events) = mpsc::unbounded_channel();
        let mut readers = Vec::new();
        let procs = (0..CHILDREN)
            .map(|i| {
                let mut child = Command::new(std::env::current_exe().unwrap())
                    .env(WORKER_ENV, url)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .spawn()
                    .unwrap();
                let out = BufReader::new(child.stdout.take().unwrap());
                let tx = tx.clone();
                readers.push(std::thread::spawn(move || {
                    for line in out.lines() {
                        let line = line.unwrap();
                        let mut words = line.split(' ');
                        let event = match (words.next(), words.next(), words.next()) {
                            (Some("ready"), None, None) => Event::Ready,
                            (Some("ran"), Some(id), Some(at)) => {
                                Event::Ran(i, id.parse().unwrap(), at.parse().unwrap())
                            }
                            _ => panic!("worker {i} said {line:?}"),
                        };
                        if tx.send(event).is_err() {
                            return;
                        }
                    }
                }));
                child
            })
            .collect();
        Self {
            procs,
            readers,
            events,
        }
    }

    async fn next(&mut self) -> Event {
        tokio::time::timeout(Duration::from_secs(60), self.events.recv())
            .await
            .unwrap_or_else(|_| panic!("a worker child went silent for 60 s"))
            .unwrap_or_else(|| panic!("the worker children are gone"))
    }

    /// Closes their stdin and waits for them to exit; the jobs each ran meanwhile.
    fn stop(mut self) -> Vec<(usize, Uuid)> {
        for p in &mut self.procs {
            drop(p.stdin.take());
        }
        for p in &mut self.procs {
            assert!(p.wait().unwrap().success(), "a worker child failed");
        }
        for r in self.readers.drain(..) {
            r.join().unwrap();
        }
        let mut late = Vec::new();
        while let Ok(e) = self.events.try_recv() {
            if let Event::Ran(i, id, _) = e {
                late.push((i, id));
            }
        }
        late
    }
}

/// Figures of the two-process run.
struct Shared {
    pickup: Pickup,
    rate: f64,
}

/// Two worker processes of 8 workers on the database at `url`; this process enqueues.
async fn two_processes(db: &DatabaseConnection, url: &str) -> Shared {
    let mut children = Children::spawn(url);
    let mut ready = 0;
    while ready < CHILDREN {
        if let Event::Ready = children.next().await {
            ready += 1;
        }
    }
    let user = Uuid::now_v7();
    let mut samples = Vec::with_capacity(SAMPLES);
    let mut picked = [0usize; CHILDREN];
    for i in 0..WARMUP + SAMPLES {
        let id = Uuid::now_v7();
        enqueue(db, id, user).await;
        let committed = wall_us();
        let (child, at) = loop {
            match children.next().await {
                Event::Ran(c, ran, at) if ran == id => break (c, at),
                Event::Ran(_, other, _) => panic!("job {other} ran, not the one enqueued"),
                Event::Ready => {}
            }
        };
        if i >= WARMUP {
            samples.push((at - committed).max(0));
            picked[child] += 1;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let pickup = Pickup::of(samples);
    pickup.print();
    println!("  pickup samples started by each process: {picked:?}");

    let ids = fill(db, true).await;
    let started = Instant::now();
    let mut runs: HashMap<Uuid, usize> = HashMap::with_capacity(JOBS);
    let mut per_child = [0usize; CHILDREN];
    while runs.len() < JOBS {
        if let Event::Ran(c, id, _) = children.next().await {
            *runs.entry(id).or_default() += 1;
            per_child[c] += 1;
        }
    }
    while job::Entity::find().count(db).await.unwrap() > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let took = started.elapsed();
    for (c, id) in children.stop() {
        *runs.entry(id).or_default() += 1;
        per_child[c] += 1;
    }
    let rate = JOBS as f64 / took.as_secs_f64();
    println!(
        "  throughput, {CHILDREN} processes × {CHILD_WORKERS} workers: {JOBS} jobs in {:.2} s = \
         {rate:.0} jobs/s (100 users, committed at once)",
        took.as_secs_f64()
    );
    println!("  jobs run by each process: {per_child:?}");
    let missing = ids.iter().filter(|id| !runs.contains_key(id)).count();
    let twice = runs.values().filter(|n| **n > 1).count();
    let strangers = runs.len() + missing - ids.len();
    println!(
        "  every job ran exactly once: {} ({} ids, {missing} missing, {twice} more than once, \
         {strangers} unknown)",
        if missing + twice + strangers == 0 {
            "yes"
        } else {
            "NO"
        },
        ids.len()
    );
    assert_eq!(
        missing + twice + strangers,
        0,
        "a job was lost or ran twice"
    );
    assert!(
        per_child.iter().all(|n| *n > 0),
        "a worker process took no part"
    );
    Shared { pickup, rate }
}

/// The worker child: a queue of 8 workers on the database at `url` until stdin closes; prints
/// `ready`, then `ran <id> <µs>` per job.
fn worker_child(url: &str) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::from_pairs(&[
            ("DATA_DIR", dir.path().to_str().unwrap()),
            ("DATABASE_URL", url),
        ])
        .unwrap();
        let db = obscura_server::db::connect(&config).await.unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<(Uuid, i64)>();
        let (closed_tx, closed) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let _ = std::io::stdin().read_to_end(&mut Vec::new());
            let _ = closed_tx.send(());
        });
        let printer = std::thread::spawn(move || {
            // Locked per write, not for good: `ready` is printed from the runtime.
            let mut out = std::io::BufWriter::new(std::io::stdout());
            while let Ok((id, at)) = rx.recv() {
                writeln!(out, "ran {id} {at}").unwrap();
                while let Ok((id, at)) = rx.try_recv() {
                    writeln!(out, "ran {id} {at}").unwrap();
                }
                out.flush().unwrap();
            }
        });
        let seen = Seen {
            report: Some(tx),
            ..Seen::default()
        };
        let q = queue(&db, CHILD_WORKERS, seen);
        let worker = q.start(async move {
            let _ = closed.await;
        });
        // Let the worker start (and listen) before the parent enqueues.
        tokio::time::sleep(Duration::from_millis(300)).await;
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "ready").unwrap();
            out.flush().unwrap();
        }
        worker.await.unwrap();
        drop(q);
        db.close().await.unwrap();
        printer.join().unwrap();
    });
}

/// One row of the summary.
struct Row {
    setup: &'static str,
    pickup: Option<Pickup>,
    rate: f64,
    goal: &'static str,
    met: Option<bool>,
}

fn summary(rows: &[Row]) {
    println!();
    println!("| setup | pickup p50 | pickup p95 | jobs/s | goal | met |");
    println!("|---|---|---|---|---|---|");
    for r in rows {
        let (p50, p95) = r.pickup.map_or_else(
            || ("–".to_owned(), "–".to_owned()),
            |p| (format!("{:.2} ms", p.p50), format!("{:.2} ms", p.p95)),
        );
        let met = match r.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "",
        };
        println!(
            "| {} | {p50} | {p95} | {:.0} | {} | {met} |",
            r.setup, r.rate, r.goal
        );
    }
}

fn main() {
    if let Ok(url) = std::env::var(WORKER_ENV) {
        worker_child(&url);
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut rows = Vec::new();
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let config = Config::from_pairs(&[("DATA_DIR", data.to_str().unwrap())]).unwrap();
        let db = obscura_server::db::connect(&config).await.unwrap();
        obscura_server::db::migrate(&db).await.unwrap();
        println!("SQLite (WAL, temp file), 1 process");
        let pickup = latency(&db, 8).await;
        let rate8 = throughput(&db, 8).await;
        let rate16 = throughput(&db, 16).await;
        db.close().await.unwrap();
        rows.push(Row {
            setup: "SQLite, 1 process × 8 workers",
            pickup: Some(pickup),
            rate: rate8,
            goal: "≥ 500 jobs/s",
            met: Some(rate8 >= 500.0),
        });
        rows.push(Row {
            setup: "SQLite, 1 process × 16 workers",
            pickup: None,
            rate: rate16,
            goal: "≥ 500 jobs/s",
            met: Some(rate16 >= 500.0),
        });

        let Some(pg) = support::postgres::fresh(&data).await else {
            summary(&rows);
            return;
        };
        let db = &pg.db;
        println!("PostgreSQL, 1 process (it enqueues and wakes its own queue)");
        let pickup = latency(db, 16).await;
        let rate = throughput(db, 16).await;
        rows.push(Row {
            setup: "PostgreSQL, 1 process × 16 workers",
            pickup: Some(pickup),
            rate,
            goal: "",
            met: None,
        });
        println!(
            "PostgreSQL, {CHILDREN} worker processes × {CHILD_WORKERS} workers (this process \
             only enqueues)"
        );
        let shared = two_processes(db, &pg.url).await;
        rows.push(Row {
            setup: "PostgreSQL, 2 processes × 8 workers",
            pickup: Some(shared.pickup),
            rate: shared.rate,
            goal: "≥ 1,000 jobs/s, p95 ≤ 20 ms",
            met: Some(shared.rate >= 1000.0 && shared.pickup.p95 <= 20.0),
        });
        pg.drop().await;
        summary(&rows);
    });
}
