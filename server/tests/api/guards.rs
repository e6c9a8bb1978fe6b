//! What strangers can make the server do: the readiness probe and the status island share one
//! cached check (no storage write per call), cookie choices and Google sign-in starts are
//! limited per client with 429 and `Retry-After`, and `/dev/outbox` is served only to this
//! machine on a deployment served at a loopback address.

use obscura_server::db::entities::{consent, oauth_flow};
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::{Db, TestApp, spawn_app, spawn_app_with};

async fn post_form(
    app: &TestApp,
    path: &str,
    pairs: &[(&str, &str)],
    forwarded: Option<&str>,
) -> reqwest::Response {
    let mut rb = app
        .client
        .post(app.url(path))
        .header(
            header::ORIGIN,
            obscura_server::config::origin(&app.state.config.public_url),
        )
        .form(pairs);
    if let Some(f) = forwarded {
        rb = rb.header("x-forwarded-for", f);
    }
    rb.send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_readiness_checks_writes_to_storage_a_few_times_at_most() {
    let app = spawn_app().await;
    let checks = || app.state.readiness.checks();
    let before = checks();
    for _ in 0..200 {
        assert_eq!(app.get(routes::READYZ).await.status(), StatusCode::OK);
    }
    // At once, too: the callers wait for one check and share it.
    let calls = (0..50).map(|_| app.get(routes::READYZ));
    for res in futures::future::join_all(calls).await {
        assert_eq!(res.status(), StatusCode::OK);
    }
    // The status island reads the same result.
    for _ in 0..50 {
        let res = post_form(&app, "/rpc/status", &[], None).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let ran = checks() - before;
    assert!((1..=3).contains(&ran), "{ran} storage probes for 300 calls");
    // The probes leave nothing behind.
    let probes = app.data_dir.path().join("data/objects/_probe");
    let left = std::fs::read_dir(&probes).map(|d| d.count()).unwrap_or(0);
    assert_eq!(left, 0);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_cookie_choices_is_limited_per_client() {
    let app = spawn_app_with(Db::Sqlite, &[("TRUSTED_PROXIES", "127.0.0.1/32")]).await;
    let (mut saved, mut limited) = (0, 0);
    for _ in 0..100 {
        let res = post_form(
            &app,
            routes::CONSENT,
            &[("choice", "reject")],
            Some("203.0.113.7"),
        )
        .await;
        match res.status() {
            StatusCode::SEE_OTHER => saved += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                limited += 1;
                let wait: u64 = res.headers()[header::RETRY_AFTER]
                    .to_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!((1..=3).contains(&wait), "Retry-After: {wait}");
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(limited >= 70, "{saved} saved, {limited} limited");
    let rows = consent::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(
        rows, saved,
        "one row per choice saved, none for refused ones"
    );
    assert!(rows <= 25, "{rows} rows");
    // Another client (another /64 for IPv6) is not affected; the same /64 is.
    let res = post_form(
        &app,
        routes::CONSENT,
        &[("choice", "reject")],
        Some("198.51.100.2"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for _ in 0..25 {
        post_form(
            &app,
            routes::CONSENT,
            &[("choice", "reject")],
            Some("2001:db8:7:7::1"),
        )
        .await;
    }
    let res = post_form(
        &app,
        routes::CONSENT,
        &[("choice", "reject")],
        Some("2001:db8:7:7:ffff::9"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_google_sign_in_starts_is_limited_per_client() {
    // A configured Google needs the test OpenID provider; without it this test has nothing to
    // start (the route answers 404), like the other Google tests.
    let Some(issuer) = std::env::var("OBSCURA_TEST_OIDC_ISSUER")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        return;
    };
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("GOOGLE_ISSUER_URL", &issuer),
            ("GOOGLE_CLIENT_ID", "obscura-test"),
            ("GOOGLE_CLIENT_SECRET", "test-secret"),
        ],
    )
    .await;
    let (mut started, mut limited) = (0, 0);
    for _ in 0..60 {
        let res = app.get(routes::GOOGLE_START).await;
        match res.status() {
            StatusCode::SEE_OTHER => started += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                limited += 1;
                assert!(res.headers().contains_key(header::RETRY_AFTER));
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(
        started <= 12 && limited >= 48,
        "{started} started, {limited} limited"
    );
    let rows = oauth_flow::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(rows, started);
    // Pending flows are swept by the retention job once expired.
    app.clock.advance(chrono::Duration::hours(1));
    obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(oauth_flow::Entity::find().count(&app.db).await.unwrap(), 0);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outbox_is_only_for_this_machine() {
    // Served at a loopback address and asked from it: shown (the end-to-end suite relies on it).
    let app = spawn_app_with(Db::Sqlite, &[("TRUSTED_PROXIES", "127.0.0.1/32")]).await;
    assert_eq!(app.get(routes::DEV_OUTBOX).await.status(), StatusCode::OK);
    // Through a trusted proxy for a client elsewhere: not found.
    let forwarded = |from: &'static str| {
        app.client
            .get(app.url(routes::DEV_OUTBOX))
            .header("x-forwarded-for", from)
            .send()
    };
    assert_eq!(
        forwarded("203.0.113.9").await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        forwarded("::1").await.unwrap().status(),
        StatusCode::OK,
        "a loopback client behind a local proxy"
    );
    app.stop().await.unwrap();
    // A development server with a public address: not found, even from this machine.
    let app = spawn_app_with(Db::Sqlite, &[("PUBLIC_URL", "https://obscura.example")]).await;
    let res = app.get(routes::DEV_OUTBOX).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(!res.text().await.unwrap().contains("Outbox"));
    app.stop().await.unwrap();
}
