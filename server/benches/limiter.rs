//! Rate limiter benchmark: decisions per second with 64 concurrent callers, over 1,000 keys and
//! over one hot key, in memory (what SQLite deployments use) and, when
//! `OBSCURA_BENCH_POSTGRES_URL` names a server, on a fresh PostgreSQL database through the app's
//! own pool (the shared table several processes use: one statement per decision).
//!
//! `cargo bench -p obscura-server --bench limiter`

#![expect(clippy::unwrap_used, reason = "a benchmark fails loudly")]

mod support {
    pub mod postgres;
}

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use obscura_server::ratelimit::{Limiter, Quota, Store};
use sea_orm::ConnectionTrait;

const CALLERS: usize = 64;
const RUN: Duration = Duration::from_secs(5);

/// Runs `CALLERS` tasks deciding for `RUN` over `keys` keys; prints the rate and latencies.
async fn measure(store: &Store, keys: usize, label: &str) {
    // Generous enough that the decisions are mostly passes (a refusal costs the same statement).
    let limiter = Arc::new(Limiter::new(
        "bench",
        Quota::new(u32::MAX, Duration::from_micros(1)),
    ));
    let keys: Arc<Vec<String>> = Arc::new((0..keys).map(|i| format!("198.51.{i}")).collect());
    // Warm up: every key has its row (or bucket) before the clock starts.
    for k in keys.iter() {
        let _ = store.check(&limiter, k).await;
    }
    let started = Instant::now();
    let tasks: Vec<_> = (0..CALLERS)
        .map(|c| {
            let (store, limiter, keys) = (store.clone(), limiter.clone(), keys.clone());
            tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut passed = 0_u64;
                let mut i = c;
                while started.elapsed() < RUN {
                    let t = Instant::now();
                    if store.check(&limiter, &keys[i % keys.len()]).await.is_ok() {
                        passed += 1;
                    }
                    lat.push(t.elapsed());
                    i += CALLERS + 1;
                    // Take turns like request handlers (a decision in memory never waits).
                    tokio::task::yield_now().await;
                }
                (lat, passed)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut passed = 0;
    for t in tasks {
        let (lat, p) = t.await.unwrap();
        all.extend(lat);
        passed += p;
    }
    let took = started.elapsed().as_secs_f64();
    all.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {label}: {:.0} decisions/s ({} in {took:.1} s, {passed} passed), p50 {:.3} ms, p99 {:.3} ms",
        all.len() as f64 / took,
        all.len(),
        ms(all[all.len() / 2]),
        ms(all[all.len() * 99 / 100]),
    );
}

async fn run(name: &str, store: &Store) {
    println!("{name} ({CALLERS} concurrent callers)");
    measure(store, 1000, "1,000 keys").await;
    measure(store, 1, "1 hot key").await;
}

fn main() {
    // A decision the table could not take falls back to memory with a warning: show it.
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .init();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        run("in memory (governor, one process)", &Store::memory()).await;

        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let Some(pg) = support::postgres::fresh(&data).await else {
            return;
        };
        let store = Store::for_database(&pg.db, b"bench master secret");
        assert!(store.is_shared());
        run(
            "PostgreSQL (shared table, the app's pool of 16 connections)",
            &store,
        )
        .await;
        let rows = pg
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                pg.db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM rate_limits",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap();
        println!("  rows in the table: {rows} (the 1,000 keys, the hot one among them)");
        pg.drop().await;
    });
}
