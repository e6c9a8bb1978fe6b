//! Crash safety with real processes (issue #18). Real `obscura serve` worker processes on one
//! PostgreSQL database and one data directory are killed with SIGKILL in the middle of their
//! generations, again and again; then one process drains the queue. Every generation ends
//! exactly once: with its images, once each, charged once; or, when every one of its tries was
//! killed, failed and refunded with nothing kept. Every account is charged exactly what its
//! succeeded generations cost; the object store holds exactly the files the rows name.
//!
//! The local store stages each write as `<key>#<n>` and renames it; a process killed in between
//! leaves the staged file, which the retention run removes once it is an hour old.
//!
//! And, simulated: a generation whose last attempt or whose give-up was cut short by a crash
//! still ends with no file left behind.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
    process::{Child, Stdio},
    time::{Duration, Instant},
};

use chrono::{TimeDelta, Utc};
use futures::StreamExt as _;
use object_store::{ObjectStore as _, PutPayload, path::Path as ObjectPath};
use obscura_server::{
    credits::{self, Entry, Operation},
    db::entities::{credit_entry, generation, generation_image, job, usage_entry},
    generation::ReferenceInput,
    privacy::retention,
    storage::STAGED_MAX_AGE,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    sea_query::Expr,
};
use uuid::Uuid;

use crate::helpers::{
    Db, TestApp,
    browser::new_account,
    fresh_postgres_database,
    gallery::{TINY, enqueue},
    obscura_command, postgres_admin_url, spawn_app_at, spawn_app_with,
};
use crate::on_both_databases;

const SECRET: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
/// Kills that must land while the process holds at least one generation.
const KILLS: usize = 20;
/// Processes started at most for them (a kill that found nothing held does not count).
const MAX_PROCESSES: usize = KILLS + 10;
const USERS: usize = 6;
/// Generations kept waiting or running while processes are killed (more are queued before each
/// process starts), so that the queue never runs dry however fast the machine paints.
const BACKLOG: usize = 24;
/// Short, so that a killed process's jobs are claimed again within the test; a live worker
/// renews it every third (667 ms).
const LEASE_SECS: u64 = 2;
/// Runs per job: a job is killed again when it is claimed again, and must still get to its end.
const ATTEMPTS: &str = "10";
/// Before each image the offline renderer waits this long (ms), so that a generation of up to
/// four images takes some hundreds of milliseconds and kills land between images too.
const PAINT_DELAY_MS: &str = "40";
/// How long after a process's first claim it is killed: stepped over the time a generation takes
/// (some 200 ms an image in a debug build), so that kills land before the first image, while
/// files are written, between images, and around the transaction that ends a generation.
const KILL_AFTER_MS: [u64; 10] = [0, 460, 110, 570, 230, 690, 340, 800, 45, 920];

/// The settings the test app and every process share.
fn shared(url: &str) -> Vec<(&'static str, String)> {
    let lease = LEASE_SECS.to_string();
    [
        TINY,
        ("DATABASE_URL", url),
        ("SECRET_KEY", SECRET),
        ("SIGNUP_CREDITS", "1000"),
        ("JOB_LEASE_SECS", &lease),
        ("JOB_ATTEMPTS", ATTEMPTS),
        ("OFFLINE_DELAY_MS", PAINT_DELAY_MS),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

/// A running `obscura serve`; killed (SIGKILL) and reaped when dropped, so that a failing test
/// leaves no process behind.
struct Server {
    child: Child,
    log: PathBuf,
}

impl Server {
    /// Starts the real binary on the test app's database and data directory, `workers` jobs at
    /// once, its output in `log`.
    fn start(app: &TestApp, url: &str, workers: usize, log: PathBuf) -> Self {
        let root = app.data_dir.path();
        // Only the settings below.
        let mut cmd = obscura_command();
        for (k, v) in shared(url) {
            cmd.env(format!("OBSCURA_{k}"), v);
        }
        let out = std::fs::File::create(&log).unwrap();
        cmd.env("OBSCURA_ADDR", "127.0.0.1:0")
            .env("OBSCURA_DATA_DIR", root.join("data"))
            .env("OBSCURA_SITE_ROOT", root.join("site"))
            .env("OBSCURA_OPERATOR_NAME", "Example Imaging Ltd")
            .env("OBSCURA_WORKERS", workers.to_string())
            .env("OBSCURA_LOG", "warn")
            .arg("serve")
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out);
        Self {
            child: cmd.spawn().unwrap(),
            log,
        }
    }

    /// Kills the process with SIGKILL (`Child::kill` sends SIGKILL on Unix: no handler, no
    /// shutdown, no last write) and reaps it.
    fn kill(&mut self) {
        use std::os::unix::process::ExitStatusExt as _;
        self.child.kill().unwrap();
        let status = self.child.wait().unwrap();
        assert_eq!(status.signal(), Some(9), "ended by SIGKILL: {status:?}");
    }

    /// Fails the test if the process has exited by itself, with its log.
    fn assert_running(&mut self) {
        if let Some(status) = self.child.try_wait().unwrap() {
            panic!(
                "obscura serve exited by itself ({status:?}):\n{}",
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The generation a `generate` job runs.
fn generation_of(j: &job::Model) -> Uuid {
    serde_json::from_str::<serde_json::Value>(&j.payload).unwrap()["generation"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// The `generate` jobs held (running or giving up) by the claims of the queue whose worker ids
/// start with `prefix`.
async fn held_by(db: &DatabaseConnection, prefix: &str) -> Vec<job::Model> {
    job::Entity::find()
        .filter(job::Column::Kind.eq("generate"))
        .filter(job::Column::Status.is_in(["running", "giving_up"]))
        .filter(job::Column::Worker.starts_with(prefix))
        .all(db)
        .await
        .unwrap()
}

/// Waits until the process `server` runs a generation; returns its queue's worker-id prefix
/// (`<pid>-<queue id>`), one not in `seen` (a reused pid). This polls: only the process knows
/// when it claims. It starts within a few seconds (a debug build on a busy machine); 60 s
/// without a claim fails the test.
async fn first_claim(
    db: &DatabaseConnection,
    server: &mut Server,
    seen: &BTreeSet<String>,
) -> String {
    let pid = server.child.id();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        server.assert_running();
        for j in held_by(db, &format!("{pid}-")).await {
            let worker = j.worker.unwrap_or_default();
            let prefix = worker.split(':').next().unwrap_or_default().to_owned();
            if !seen.contains(&prefix) {
                return prefix;
            }
        }
        assert!(
            Instant::now() < deadline,
            "process {pid} claimed no generation within 60 s (is the queue empty too early?):\n{}",
            std::fs::read_to_string(&server.log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Generations not ended yet.
async fn unfinished(db: &DatabaseConnection) -> usize {
    generation::Entity::find()
        .filter(generation::Column::Status.is_not_in(["succeeded", "failed"]))
        .all(db)
        .await
        .unwrap()
        .len()
}

/// Queues generations of 1 to 4 images for the users in turn (their credits reserved) until
/// [`BACKLOG`] are unfinished; records each in `asked` (id → user, images).
async fn top_up(app: &TestApp, users: &[Uuid], asked: &mut BTreeMap<Uuid, (Uuid, u8)>) {
    for _ in unfinished(&app.db).await..BACKLOG {
        let k = asked.len();
        let user = users[k % users.len()];
        let count = u8::try_from(1 + (k * 7 / 3) % 4).unwrap();
        let id = enqueue(
            app,
            user,
            &format!("crash test {k}"),
            count,
            ReferenceInput::None,
        )
        .await;
        asked.insert(id, (user, count));
    }
}

/// Every file under `dir`, as object keys (`/`-separated, relative to `dir`).
fn files_under(dir: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                let parts: Vec<_> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect();
                out.insert(parts.join("/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// Whether an object-store file is a staged upload (`…/0.png#1`).
fn is_staged(file: &str) -> bool {
    file.rsplit('/')
        .next()
        .and_then(|name| name.split_once('#'))
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Where a kill found one of the generations it interrupted.
#[derive(Debug, Default)]
struct Interrupted {
    /// Nothing of it stored yet.
    before_images: usize,
    /// Files of an image written, its row not yet.
    writing: usize,
    /// Some of its images recorded, not all.
    between_images: usize,
    /// Every image recorded, the ending not committed.
    before_ending: usize,
    /// Ended, its job not yet deleted.
    after_ending: usize,
    /// Its job was giving up.
    giving_up: usize,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processes_killed_mid_job_lose_and_repeat_nothing() {
    if postgres_admin_url().is_none() {
        return;
    }
    let started = Instant::now();
    let url = fresh_postgres_database().await;
    let settings = shared(&url);
    let pairs: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // `Db::Sqlite` only means "no database of its own": the pairs name the shared one. The
    // clock starts now, as the processes' clocks read it. This app runs no worker.
    let app = spawn_app_at(Db::Sqlite, &pairs, Utc::now()).await;
    assert_eq!(
        obscura_server::startup::queue(&app.state).config().lease,
        Duration::from_secs(LEASE_SECS),
        "OBSCURA_JOB_LEASE_SECS sets the queue's lease"
    );
    let objects = app.data_dir.path().join("data/objects");
    let logs = tempfile::tempdir().unwrap();

    // Accounts, and generations of 1 to 4 images queued for them (credits reserved).
    let mut users = Vec::new();
    let mut before = BTreeMap::new();
    for i in 0..USERS {
        let user = new_account(&app, &format!("crash{i}@example.com")).await;
        before.insert(user, credits::balance(&app.db, user).await.unwrap());
        users.push(user);
    }
    let mut asked: BTreeMap<Uuid, (Uuid, u8)> = BTreeMap::new();
    top_up(&app, &users, &mut asked).await;
    for user in &users {
        let reserved: i64 = asked
            .values()
            .filter(|(u, _)| u == user)
            .map(|(_, c)| i64::from(*c))
            .sum();
        assert_eq!(
            credits::balance(&app.db, *user).await.unwrap(),
            before[user] - reserved
        );
    }

    // Processes of 4 workers, each killed with SIGKILL a stepped while after its first claim.
    let mut seen = BTreeSet::new();
    let mut landed = 0;
    let mut found = Interrupted::default();
    // Per generation: how many of its tries were killed (its job held, running).
    let mut killed: BTreeMap<Uuid, i32> = BTreeMap::new();
    let mut processes = 0;
    while landed < KILLS {
        assert!(
            processes < MAX_PROCESSES,
            "only {landed} of {processes} kills found a generation held"
        );
        top_up(&app, &users, &mut asked).await;
        let log = logs.path().join(format!("serve-{processes}.log"));
        let mut server = Server::start(&app, &url, 4, log);
        let prefix = first_claim(&app.db, &mut server, &seen).await;
        seen.insert(prefix.clone());
        // The moment of the kill is the point of this test, hence a sleep.
        tokio::time::sleep(Duration::from_millis(
            KILL_AFTER_MS[processes % KILL_AFTER_MS.len()],
        ))
        .await;
        server.kill();
        processes += 1;
        // What the dead process held: the jobs it was running when it died.
        let held = held_by(&app.db, &prefix).await;
        if held.is_empty() {
            continue;
        }
        landed += 1;
        for j in &held {
            let id = generation_of(j);
            if j.status == "running" {
                *killed.entry(id).or_default() += 1;
            }
            let row = generation::Entity::find_by_id(id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            let recorded = generation_image::Entity::find()
                .filter(generation_image::Column::GenerationId.eq(id))
                .all(&app.db)
                .await
                .unwrap()
                .len();
            let files =
                files_under(&objects.join(format!("users/{}/generations/{id}", row.user_id))).len();
            let count = usize::from(asked[&id].1);
            if j.status == "giving_up" {
                found.giving_up += 1;
            } else if row.status == "succeeded" || row.status == "failed" {
                found.after_ending += 1;
            } else if files > 3 * recorded {
                found.writing += 1;
            } else if recorded == 0 {
                found.before_images += 1;
            } else if recorded < count {
                found.between_images += 1;
            } else {
                found.before_ending += 1;
            }
        }
    }
    let killing = started.elapsed();
    let open_after_killing = unfinished(&app.db).await;

    // One process drains the queue: the dead processes' jobs once their lease ran out.
    let mut last = Server::start(&app, &url, 4, logs.path().join("serve-last.log"));
    // This polls: only the process knows when it is done; 120 s fails the test.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        last.assert_running();
        let open = unfinished(&app.db).await;
        let jobs = job::Entity::find()
            .filter(job::Column::Kind.eq("generate"))
            .filter(job::Column::Status.ne("failed"))
            .all(&app.db)
            .await
            .unwrap();
        if open == 0 && jobs.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the queue was not drained within 120 s: {} generations unfinished, jobs {:?}:\n{}",
            open,
            jobs.iter()
                .map(|j| (&j.status, j.attempts, &j.last_error))
                .collect::<Vec<_>>(),
            std::fs::read_to_string(&last.log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    last.kill();
    let drained = started.elapsed();

    // Every generation ended once: with its images, each once; or, when every one of its
    // tries was killed, failed for that reason with nothing kept. A job is left only as such a
    // failure (a generation can have ended just before its last try was killed).
    let attempts: i32 = ATTEMPTS.parse().unwrap();
    let mut jobs_left = BTreeMap::new();
    for j in job::Entity::find()
        .filter(job::Column::Kind.eq("generate"))
        .all(&app.db)
        .await
        .unwrap()
    {
        let id = generation_of(&j);
        assert_eq!(
            (j.status.as_str(), j.attempts, j.last_error.as_deref()),
            ("failed", attempts, Some("lease_expired")),
            "generation {id}'s job"
        );
        assert_eq!(
            killed.get(&id),
            Some(&attempts),
            "generation {id}: every try killed"
        );
        jobs_left.insert(id, j);
    }
    for (id, n) in &killed {
        assert!(
            *n <= attempts,
            "generation {id}: killed {n} times in {attempts} tries"
        );
    }
    let mut expected_files = BTreeSet::new();
    let mut succeeded = BTreeSet::new();
    for (id, (user, count)) in &asked {
        let row = generation::Entity::find_by_id(*id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let images = generation_image::Entity::find()
            .filter(generation_image::Column::GenerationId.eq(*id))
            .all(&app.db)
            .await
            .unwrap();
        if row.status == "failed" {
            assert_eq!(
                (row.error_code.as_deref(), row.error_class.as_deref()),
                (Some("unavailable"), Some("lease_expired")),
                "generation {id}"
            );
            assert!(
                jobs_left.contains_key(id),
                "generation {id} failed for no job"
            );
            assert!(images.is_empty(), "generation {id}: failed, no image kept");
            continue;
        }
        assert_eq!(row.status, "succeeded", "generation {id}");
        assert_eq!(row.error_class, None);
        succeeded.insert(*id);
        let positions: BTreeSet<i16> = images.iter().map(|i| i.position).collect();
        assert_eq!(
            images.len(),
            usize::from(*count),
            "generation {id}: one row per image"
        );
        assert_eq!(
            positions,
            (0..i16::from(*count)).collect(),
            "generation {id}: each position once"
        );
        for image in &images {
            assert_eq!(image.user_id, *user);
            assert_eq!((image.width, image.height), (128, 128));
            let original = std::fs::metadata(objects.join(&image.original_key))
                .unwrap_or_else(|e| panic!("{}: {e}", image.original_key));
            assert_eq!(
                i64::try_from(original.len()).unwrap(),
                image.bytes,
                "{}: the file the row describes",
                image.original_key
            );
            for key in [&image.original_key, &image.preview_key, &image.thumb_key] {
                assert!(expected_files.insert(key.clone()), "{key} named twice");
            }
        }
        // The provider's result was recorded once (a run repeated after the ending writes none).
        let succeeded_runs = usage_entry::Entity::find()
            .filter(usage_entry::Column::TaskId.eq(*id))
            .filter(usage_entry::Column::Outcome.eq("succeeded"))
            .all(&app.db)
            .await
            .unwrap()
            .len();
        assert!(
            succeeded_runs <= 1,
            "generation {id}: {succeeded_runs} successes logged"
        );
    }

    // No orphan: every file the rows name is there, and the only others are staged uploads a
    // killed process never renamed (`<key>#<n>`), which the retention run removes after an hour.
    let stored = files_under(&objects);
    let missing: Vec<_> = expected_files.difference(&stored).collect();
    assert!(
        missing.is_empty(),
        "files named by rows but absent: {missing:?}"
    );
    let staged: Vec<_> = stored.difference(&expected_files).collect();
    assert!(
        staged.iter().all(|f| is_staged(f)),
        "files no row names: {staged:?}"
    );
    app.clock.advance(STAGED_MAX_AGE + TimeDelta::minutes(1));
    let swept = retention::run_all(&app.state).await.unwrap();
    assert_eq!(swept.staged_uploads, staged.len() as u64);
    assert_eq!(
        files_under(&objects),
        expected_files,
        "exactly the files the rows name"
    );

    // Each account charged exactly what its succeeded generations cost: each generation one
    // reservation, then one capture if it succeeded or one release if it failed, nothing twice;
    // the balance is the ledger's sum.
    for user in &users {
        let cost: i64 = asked
            .iter()
            .filter(|(id, (u, _))| u == user && succeeded.contains(*id))
            .map(|(_, (_, c))| i64::from(*c))
            .sum();
        let balance = credits::balance(&app.db, *user).await.unwrap();
        assert_eq!(balance, before[user] - cost, "user {user}");
        assert_eq!(credits::ledger_sum(&app.db, *user).await.unwrap(), balance);
        let entries = credit_entry::Entity::find()
            .filter(credit_entry::Column::UserId.eq(*user))
            .all(&app.db)
            .await
            .unwrap();
        let mine: Vec<_> = asked.iter().filter(|(_, (u, _))| u == user).collect();
        let keys: BTreeSet<String> = entries.iter().map(|e| e.idempotency_key.clone()).collect();
        let mut want: BTreeSet<String> = mine
            .iter()
            .flat_map(|(id, _)| {
                let end = if succeeded.contains(*id) {
                    "capture"
                } else {
                    "release"
                };
                [format!("reserve:{id}"), format!("{end}:{id}")]
            })
            .collect();
        want.insert(format!("signup:{user}"));
        assert_eq!(keys, want, "user {user}: the ledger's entries");
        assert_eq!(entries.len(), want.len());
    }
    eprintln!(
        "crash test: {landed} kills of {processes} processes landed mid-job in {:.1} s \
         ({} generations, {open_after_killing} left to drain), drained by {:.1} s; {} \
         succeeded, {} failed after every try was killed; interrupted generations: {found:?}, \
         staged uploads left: {}",
        killing.as_secs_f64(),
        asked.len(),
        drained.as_secs_f64(),
        succeeded.len(),
        asked.len() - succeeded.len(),
        staged.len(),
    );
    app.stop().await.unwrap();
}

/// A generation's job found as a crash left it: `status` under a dead claim whose lease ran out
/// a minute ago, on its last attempt.
async fn crashed(app: &TestApp, generation: Uuid, status: &str, last_error: Option<&str>) {
    let payload = format!(r#"{{"generation":"{generation}"}}"#);
    let now = app.clock_now();
    let changed = job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status))
        .col_expr(job::Column::Attempts, Expr::col(job::Column::MaxAttempts))
        .col_expr(job::Column::Worker, Expr::value("dead-process:0"))
        .col_expr(
            job::Column::LeaseUntil,
            Expr::value(now - TimeDelta::minutes(1)),
        )
        .col_expr(
            job::Column::LastError,
            Expr::value(last_error.map(str::to_owned)),
        )
        .filter(job::Column::Payload.eq(payload))
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(changed.rows_affected, 1);
}

/// Writes an image's three files at `position` of `generation`, as a run stores them; with its
/// row when `recorded`.
async fn stored_image(app: &TestApp, row: &generation::Model, position: i16, recorded: bool) {
    let prefix = format!("users/{}/generations/{}", row.user_id, row.id);
    let keys = [
        format!("{prefix}/{position}.png"),
        format!("{prefix}/{position}.preview.webp"),
        format!("{prefix}/{position}.thumb.webp"),
    ];
    for key in &keys {
        app.state
            .storage
            .store
            .put(
                &ObjectPath::from(key.as_str()),
                PutPayload::from_static(b"image bytes"),
            )
            .await
            .unwrap();
    }
    if recorded {
        let [original_key, preview_key, thumb_key] = keys;
        generation_image::ActiveModel {
            id: Set(Uuid::new_v4()),
            generation_id: Set(row.id),
            user_id: Set(row.user_id),
            position: Set(position),
            mime: Set("image/png".into()),
            bytes: Set(11),
            width: Set(128),
            height: Set(128),
            original_key: Set(original_key),
            preview_key: Set(preview_key),
            preview_width: Set(128),
            preview_height: Set(128),
            thumb_key: Set(thumb_key),
            thumb_width: Set(128),
            thumb_height: Set(128),
            created_at: Set(app.clock_now()),
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
}

on_both_databases!(
    a_generation_cut_short_by_crashes_keeps_no_file,
    |db: Db| async move {
        let app = spawn_app_with(db, &[TINY, ("SIGNUP_CREDITS", "100")]).await;
        let user = new_account(&app, "crashed@example.com").await;
        let objects = app.data_dir.path().join("data/objects");
        let find = async |id: Uuid| crate::helpers::jobs::row(&app, id).await;

        // Its last attempt died after writing the files of its second image, before their row.
        let last_attempt = enqueue(&app, user, "last attempt", 3, ReferenceInput::None).await;
        let row = find(last_attempt).await;
        stored_image(&app, &row, 0, true).await;
        stored_image(&app, &row, 1, false).await;
        crashed(&app, last_attempt, "running", None).await;

        // Its give-up died after the transaction that failed it and released its credits,
        // before removing its image.
        let give_up = enqueue(&app, user, "give-up", 2, ReferenceInput::None).await;
        let row = find(give_up).await;
        stored_image(&app, &row, 0, true).await;
        generation::Entity::update_many()
            .col_expr(generation::Column::Status, Expr::value("failed"))
            .col_expr(generation::Column::ErrorCode, Expr::value("unavailable"))
            .col_expr(generation::Column::ErrorClass, Expr::value("lease_expired"))
            .filter(generation::Column::Id.eq(give_up))
            .exec(&app.db)
            .await
            .unwrap();
        credits::apply(
            &app.db,
            Uuid::now_v7(),
            app.clock_now(),
            Operation {
                user_id: user,
                entry: Entry::Release,
                amount: 2,
                key: &format!("release:{give_up}"),
                reference: Some(&format!("generation:{give_up}")),
            },
        )
        .await
        .unwrap();
        crashed(&app, give_up, "giving_up", Some("lease_expired")).await;
        assert_eq!(files_under(&objects).len(), 9);

        // The next claim ends both for good.
        app.run_pending_jobs().await;
        for id in [last_attempt, give_up] {
            let row = find(id).await;
            assert_eq!(
                (row.status.as_str(), row.error_class.as_deref()),
                ("failed", Some("lease_expired")),
                "{id}"
            );
            let images = generation_image::Entity::find()
                .filter(generation_image::Column::GenerationId.eq(id))
                .all(&app.db)
                .await
                .unwrap();
            assert!(images.is_empty(), "{id}: no image row left");
            let left = app
                .state
                .storage
                .store
                .list(Some(&ObjectPath::from(format!(
                    "users/{user}/generations/{id}"
                ))))
                .next()
                .await;
            assert!(left.is_none(), "{id}: no file left");
        }
        assert_eq!(
            files_under(&objects),
            BTreeSet::new(),
            "no file left at all"
        );
        let jobs = job::Entity::find().all(&app.db).await.unwrap();
        assert!(
            jobs.iter()
                .filter(|j| j.kind == "generate")
                .all(|j| j.status == "failed"),
            "{jobs:?}"
        );
        // Both released once: the balance is back where it was.
        assert_eq!(credits::balance(&app.db, user).await.unwrap(), 100);
        assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 100);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_a_killed_process_left_staged_is_swept_after_an_hour() {
    // The clock starts now: files are dated by the filesystem's.
    let app = spawn_app_at(Db::Sqlite, &[], Utc::now()).await;
    let objects = app.data_dir.path().join("data/objects");
    let key = "users/u/generations/g/0.png";
    app.state
        .storage
        .store
        .put(
            &ObjectPath::from(key),
            PutPayload::from_static(b"image bytes"),
        )
        .await
        .unwrap();
    // What a process killed between writing and renaming leaves (`object_store` stages each
    // local write as `<key>#<n>`).
    let staged = objects.join("users/u/generations/g/1.png#1");
    std::fs::write(&staged, b"half an ima").unwrap();
    assert_eq!(
        retention::run_all(&app.state).await.unwrap().staged_uploads,
        0,
        "a write may still be in progress"
    );
    assert!(staged.exists());
    app.clock.advance(STAGED_MAX_AGE + TimeDelta::minutes(1));
    assert_eq!(
        retention::run_all(&app.state).await.unwrap().staged_uploads,
        1
    );
    assert_eq!(
        files_under(&objects),
        BTreeSet::from([key.to_owned()]),
        "the object stays"
    );
    app.stop().await.unwrap();
}
