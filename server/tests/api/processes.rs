//! Several server processes on one PostgreSQL database hear each other's changes
//! (`LISTEN obscura_changes`): each keeps live shares (and the pages of them) in memory only while
//! it listens, so a share revoked through one process stops being served by another at once, not
//! after the cache's few seconds; a process whose listening connection is cut forgets what it kept
//! and listens again; a policy change announced through one is shown by the other at once.

use std::time::{Duration, Instant};

use obscura_server::{changes::CHANNEL, generation::ReferenceInput};
use obscura_shared::{gallery::fields, routes};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::{
    helpers::{
        TestApp,
        browser::{Browser, user_id, verified_user},
        gallery::{TINY, images_of, make, share_it},
    },
    limits_shared::two_servers,
};

/// Waits (at most 10 s) until `app` keeps live shares: at once on SQLite, on PostgreSQL once it
/// listens for the other processes' changes.
pub(crate) async fn hearing_changes(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !app.state.share_cache.is_enabled() {
        assert!(
            Instant::now() < deadline,
            "never listened for share changes"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// How long `app` takes to stop serving `url` (panics past `limit`).
async fn until_gone(app: &TestApp, url: &str, limit: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let res = app.client.get(url).send().await.unwrap();
        if res.status() == StatusCode::NOT_FOUND {
            return started.elapsed();
        }
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            started.elapsed() < limit,
            "still served {:?} after the change",
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Two servers hearing each other's share changes.
async fn servers() -> (TestApp, TestApp) {
    let (a, b) = two_servers(&[TINY, ("SIGNUP_CREDITS", "100")]).await;
    hearing_changes(&a).await;
    hearing_changes(&b).await;
    (a, b)
}

/// Ada, signed in on `app`, with one shared image: her browser and the share's id.
async fn ada_shares(app: &TestApp) -> (Browser<'_>, String) {
    let mut owner = verified_user(app, "ada@example.com").await;
    let user = user_id(app, "ada@example.com").await;
    let g = make(app, user, "two lighthouses", 1, ReferenceInput::None).await;
    let image = images_of(app, g).await.remove(0).id.to_string();
    let share = share_it(app, &mut owner, &image, &[]).await.id;
    (owner, share)
}

/// Revokes `share` through `owner`'s server.
async fn revoke(owner: &mut Browser<'_>, share: &str) {
    let res = owner
        .post(routes::SHARE_REVOKE, &[(fields::SHARE, share)])
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
}

#[tokio::test]
async fn a_share_revoked_through_one_process_is_gone_from_the_other_at_once() {
    let (a, b) = servers().await;
    let (mut owner, share) = ada_shares(&a).await;
    let url = b.url(&routes::share_page(&share));
    // The stranger's views through `b` are kept there (its own bytes, counted).
    for _ in 0..3 {
        let res = b.client.get(&url).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            !res.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("'nonce-"),
            "kept: no nonce"
        );
    }
    revoke(&mut owner, &share).await;
    // The cache keeps a share 5 s: gone well within that, because `b` heard it.
    let took = until_gone(&b, &url, Duration::from_secs(2)).await;
    println!("revoked through one process, gone from the other after {took:?}");
    drop(owner);
    a.stop().await.unwrap();
    b.stop().await.unwrap();
}

#[tokio::test]
async fn a_process_that_stops_hearing_forgets_what_it_kept_and_listens_again() {
    let (a, b) = servers().await;
    let (mut owner, share) = ada_shares(&a).await;
    let url = b.url(&routes::share_page(&share));
    assert_eq!(
        b.client.get(&url).send().await.unwrap().status(),
        StatusCode::OK
    );
    let before = b.state.share_cache.revision();
    // Cut both processes' listening connections (only this test's database: other tests run
    // meanwhile), as a database restart would.
    a.db.execute_unprepared(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND query ILIKE 'LISTEN%{CHANNEL}%' \
         AND pid <> pg_backend_pid()"
    ))
    .await
    .unwrap();
    // Off (emptied) when the loss is noticed, on (emptied) when listening again.
    let deadline = Instant::now() + Duration::from_secs(10);
    while b.state.share_cache.revision() < before + 4 || !b.state.share_cache.is_enabled() {
        assert!(Instant::now() < deadline, "never listened again");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    hearing_changes(&a).await;
    // Listening again, it hears the next change at once.
    assert_eq!(
        b.client.get(&url).send().await.unwrap().status(),
        StatusCode::OK
    );
    revoke(&mut owner, &share).await;
    until_gone(&b, &url, Duration::from_secs(2)).await;
    drop(owner);
    a.stop().await.unwrap();
    b.stop().await.unwrap();
}

#[tokio::test]
async fn a_policy_change_announced_through_one_process_is_shown_by_the_other_at_once() {
    // promise: P-POL-2 — shown in the app ahead of the change, whichever process serves.
    use obscura_shared::testids;
    let (a, b) = servers().await;
    let mut ada = verified_user(&b, "ada@example.com").await;
    // `b` has read (and keeps, 30 s by the clock that tests hold still) that nothing is announced.
    let page = ada.get(routes::GALLERY).await.text().await.unwrap();
    assert!(!page.contains(testids::POLICY_NOTICE));
    let next = obscura_server::privacy::facts(
        &obscura_server::config::Config::from_pairs(&[
            ("OPERATOR_NAME", "Example Imaging Ltd"),
            ("MEDIA_RETENTION_DAYS", "7"),
        ])
        .unwrap(),
        &a.state.storage.location,
    );
    let summary = "Images will be deleted 7 days after they are made.";
    obscura_server::privacy::policy::announce(&a.state, &next, summary)
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let page = ada.get(routes::GALLERY).await.text().await.unwrap();
        if page.contains(testids::POLICY_NOTICE) {
            assert!(page.contains(summary));
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the other process never showed it"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop(ada);
    a.stop().await.unwrap();
    b.stop().await.unwrap();
}
