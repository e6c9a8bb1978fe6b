//! Rate limits shared by several server processes on one PostgreSQL database: two servers on the
//! same database (as two processes behind a load balancer) share each budget, the table holds
//! only keyed hashes, full buckets are swept, and a store that cannot be reached leaves the
//! decision to the process. On SQLite the limits stay in memory.

use std::time::Duration;

use obscura_server::{
    db::entities::api_key,
    ratelimit::{Limiter, Quota, Store},
};
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};

use crate::{
    helpers::{
        Db, TestApp, browser::user_id, fresh_postgres_database, postgres_admin_url, spawn_app_with,
    },
    public_api::{account_with_key, call},
};

pub(crate) const SECRET: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// Two servers on one fresh PostgreSQL database with the same master secret and `extra`.
pub(crate) async fn two_servers(extra: &[(&str, &str)]) -> (TestApp, TestApp) {
    let url = fresh_postgres_database().await;
    let mut pairs = vec![
        ("DATABASE_URL", url.as_str()),
        ("SECRET_KEY", SECRET),
        ("TRUSTED_PROXIES", "127.0.0.1/32,::1/128"),
    ];
    pairs.extend_from_slice(extra);
    // `Db::Sqlite` only means "no database of its own": the pairs name the shared one.
    let a = spawn_app_with(Db::Sqlite, &pairs).await;
    let b = spawn_app_with(Db::Sqlite, &pairs).await;
    assert!(a.state.limits.store().is_shared() && b.state.limits.store().is_shared());
    (a, b)
}

/// A wrong password from `ip` (behind the trusted proxy) for `email`.
async fn sign_in_from(app: &TestApp, ip: &str, email: &str) -> StatusCode {
    crate::trust::sign_in_from(app, ip, email, "not the password 1").await
}

/// How many rows the table holds.
async fn count_rows(app: &TestApp) -> i64 {
    app.db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM rate_limits",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap()
}

/// Every stored row, as text (`bytea` in hex), with the limiter names.
async fn stored_rows(app: &TestApp) -> (String, Vec<String>) {
    let rows = app
        .db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT row_to_json(t)::text AS r, limiter, length(key_hash) AS n FROM rate_limits t",
        ))
        .await
        .unwrap();
    let mut text = String::new();
    let mut limiters = Vec::new();
    for row in rows {
        text.push_str(&row.try_get::<String>("", "r").unwrap());
        limiters.push(row.try_get::<String>("", "limiter").unwrap());
        assert_eq!(row.try_get::<i32>("", "n").unwrap(), 32, "a SHA-256 MAC");
    }
    limiters.sort();
    limiters.dedup();
    (text, limiters)
}

/// Neither `value` nor its bytes in hex appear in `text`.
fn absent(text: &str, value: &str) {
    assert!(!text.contains(value), "{value} stored in clear");
    assert!(
        !text.contains(&hex::encode(value.as_bytes())),
        "{value} stored as bytes"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_share_one_sign_in_budget() {
    if postgres_admin_url().is_none() {
        return;
    }
    const N: usize = 6;
    let (a, b) = two_servers(&[("AUTH_RATE_PER_MINUTE", "6")]).await;
    let ip = "203.0.113.77";
    // N attempts spread over both servers pass (wrong password: 422), each with its own
    // address asked for so that only the client's limit binds…
    let mut emails = Vec::new();
    for i in 0..N {
        let server = if i % 2 == 0 { &a } else { &b };
        let email = format!("guess{i}@example.com");
        assert_eq!(
            sign_in_from(server, ip, &email).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt {i}"
        );
        emails.push(email);
    }
    // …and the next one waits, on either server (one server alone would allow N more).
    assert_eq!(
        sign_in_from(&a, ip, "late-a@example.com").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        sign_in_from(&b, ip, "late-b@example.com").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another client is not affected.
    assert_eq!(
        sign_in_from(&b, "198.51.100.8", "other@example.com").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let (text, limiters) = stored_rows(&a).await;
    assert_eq!(
        limiters,
        ["sign_in_account", "sign_in_account_client", "sign_in_ip"]
    );
    for value in [ip, "198.51.100.8"]
        .into_iter()
        .chain(emails.iter().map(String::as_str))
    {
        absent(&text, value);
    }
    a.stop().await.unwrap();
    b.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_share_one_api_key_budget() {
    if postgres_admin_url().is_none() {
        return;
    }
    let (a, b) = two_servers(&[
        ("API_RATE_PER_MINUTE", "3"),
        ("API_ACCOUNT_RATE_PER_MINUTE", "100"),
    ])
    .await;
    let (_browser, key) = account_with_key(&a, "shared@example.com", &["read"], &[]).await;
    // Three calls alternating over the servers count down one budget…
    for (i, remaining) in ["2", "1", "0"].into_iter().enumerate() {
        let server = if i % 2 == 0 { &a } else { &b };
        let res = call(server, routes::API_ACCOUNT, Some(&key)).await;
        assert_eq!(res.status(), StatusCode::OK, "call {i}");
        assert_eq!(res.headers()["x-ratelimit-remaining"], remaining);
    }
    // …and the fourth is refused by either.
    for server in [&b, &a] {
        let res = call(server, routes::API_ACCOUNT, Some(&key)).await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(res.headers().contains_key(header::RETRY_AFTER));
    }
    let user = user_id(&a, "shared@example.com").await;
    let stored_key = api_key::Entity::find()
        .filter(api_key::Column::UserId.eq(user))
        .one(&a.db)
        .await
        .unwrap()
        .unwrap();
    let (text, limiters) = stored_rows(&a).await;
    assert!(limiters.contains(&"api_key".to_owned()), "{limiters:?}");
    assert!(limiters.contains(&"api_account".to_owned()), "{limiters:?}");
    for value in [
        user.to_string(),
        user.simple().to_string(),
        stored_key.id.to_string(),
        stored_key.id.simple().to_string(),
        stored_key.lookup.clone(),
        key.clone(),
    ] {
        absent(&text, &value);
    }
    a.stop().await.unwrap();
    b.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_buckets_are_swept_and_others_kept() {
    if postgres_admin_url().is_none() {
        return;
    }
    let app = spawn_app_with(Db::Postgres, &[]).await;
    let store = app.state.limits.store().clone();
    let l = Limiter::new("sweep_test", Quota::new(5, Duration::from_secs(3600)));
    for i in 0..2500 {
        assert!(store.check(&l, &format!("k{i}")).await.is_ok());
    }
    // Most buckets full again (their TAT in the past), one still draining.
    app.db
        .execute_unprepared("UPDATE rate_limits SET tat = tat - 7200000000")
        .await
        .unwrap();
    assert!(store.check(&l, "busy").await.is_ok());
    // More than one batch is deleted in one sweep.
    assert_eq!(store.sweep().await, 2500);
    let (_, limiters) = stored_rows(&app).await;
    assert_eq!(limiters, ["sweep_test"]);
    assert_eq!(count_rows(&app).await, 1);
    // The kept bucket still counts: a second take leaves three of five.
    assert_eq!(store.check(&l, "busy").await, Ok(3));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_table_leaves_the_decision_to_the_process() {
    if postgres_admin_url().is_none() {
        return;
    }
    let url = fresh_postgres_database().await;
    let db = sea_orm::Database::connect(&url).await.unwrap();
    let store = Store::for_database(&db, b"a master secret of some length....");
    assert!(store.is_shared());
    let l = Limiter::new("fallback_test", Quota::new(2, Duration::from_secs(60)));
    assert_eq!(store.check(&l, "k").await, Ok(1));
    db.close().await.unwrap();
    // The table is gone with the pool: the process decides alone, still limiting.
    assert_eq!(store.check(&l, "k").await, Ok(1));
    assert_eq!(store.check(&l, "k").await, Ok(0));
    assert!(store.check(&l, "k").await.is_err());
    assert_eq!(store.check(&l, "other").await, Ok(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_sqlite_the_limits_stay_in_memory() {
    let app = spawn_app_with(Db::Sqlite, &[("AUTH_RATE_PER_MINUTE", "2")]).await;
    assert!(!app.state.limits.store().is_shared());
    for _ in 0..2 {
        assert_eq!(
            sign_in_from(&app, "127.0.0.1", "x@example.com").await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    assert_eq!(
        sign_in_from(&app, "127.0.0.1", "x@example.com").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        count_rows(&app).await,
        0,
        "the table exists and stays empty"
    );
    app.stop().await.unwrap();
}
