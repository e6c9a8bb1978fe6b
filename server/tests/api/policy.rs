//! The privacy policy as rendered for three configurations, checked against snapshots
//! (`tests/api/snapshots/`; review changes with `cargo insta review` or rerun with
//! `INSTA_UPDATE=always` and read the diff): the embedded defaults; OpenAI + S3 + Google (also in
//! German and French); and a short media retention with hashed IPs. Every processor, retention
//! period and contact comes from the configuration (P-POL-1, P-POL-3, P-POL-4). Translated pages
//! say which language prevails, and the versions page compares versions in the reader's language.

use obscura_shared::routes;

use crate::helpers::{Db, TestApp, html, spawn_app_with};

/// A page's main text, one block per line.
fn main_text(body: &str) -> String {
    let doc = html(body);
    let blocks = scraper::Selector::parse(
        "main h1, main h2, main h3, main p, main li > p, main th, main td, main dt, main dd, main ul.list > li",
    )
    .unwrap();
    doc.select(&blocks)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `path` as a browser asking for `language` (`Accept-Language`) gets it.
async fn page_in(app: &TestApp, path: &str, language: &str) -> String {
    let res = app
        .client
        .get(app.url(path))
        .header("accept-language", language)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{path} in {language}");
    res.text().await.unwrap()
}

/// The settings every policy here is rendered with, and `extra`.
fn pairs<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    // A fixed public address: the policy's version hashes the facts, the address included.
    let mut pairs = vec![("PUBLIC_URL", "https://obscura.example")];
    pairs.extend_from_slice(extra);
    pairs
}

/// The policy's main text, one block per line.
async fn policy_text(extra: &[(&str, &str)]) -> String {
    let app = spawn_app_with(Db::Sqlite, &pairs(extra)).await;
    let body = app.get(routes::PRIVACY).await.text().await.unwrap();
    app.stop().await.unwrap();
    main_text(&body)
}

/// OpenAI, S3, Google sign-in, SMTP and every controller detail.
const OPENAI_S3_GOOGLE: &[(&str, &str)] = &[
    (
        "MODELS",
        r#"[{id="photo", label="Photoreal", provider="openai"}, {id="offline", provider="local"}]"#,
    ),
    ("OPENAI_API_KEY", "sk-test-not-shown"),
    ("OPENAI_BASE_URL", "https://api.openai.com/v1"),
    ("S3_BUCKET", "obscura-media"),
    ("S3_ENDPOINT", "https://s3.eu-central-1.amazonaws.com"),
    ("S3_REGION", "eu-central-1"),
    ("S3_ACCESS_KEY_ID", "AKIAEXAMPLE"),
    ("S3_SECRET_ACCESS_KEY", "secret-not-shown"),
    ("GOOGLE_CLIENT_ID", "obscura.apps.googleusercontent.com"),
    ("GOOGLE_CLIENT_SECRET", "google-secret-not-shown"),
    ("SMTP_URL", "smtps://mailer:mail-secret@smtp.example.net"),
    ("OPERATOR_ADDRESS", "1 Example Street, 10115 Berlin, Germany"),
    ("PRIVACY_EMAIL", "privacy@imaging.example"),
    ("DPO_EMAIL", "dpo@imaging.example"),
    (
        "SUPERVISORY_AUTHORITY",
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    ),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_of_the_embedded_defaults() {
    // promise: P-POL-1 — only the embedded database, local files and no outside processor.
    let text = policy_text(&[]).await;
    assert!(!text.contains("OpenAI") && !text.contains("Google sign-in") && !text.contains("S3"));
    insta::assert_snapshot!("policy_defaults", text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_with_openai_s3_and_google() {
    // promise: P-POL-1, P-POL-4, P-GEN-1
    let text = policy_text(OPENAI_S3_GOOGLE).await;
    for secret in ["sk-test", "secret-not-shown", "mail-secret", "AKIAEXAMPLE"] {
        assert!(!text.contains(secret), "{secret} leaked");
    }
    assert!(text.contains("OpenAI Images API") && text.contains("api.openai.com"));
    assert!(text.contains("Google sign-in") && text.contains("accounts.google.com"));
    assert!(text.contains("S3-compatible bucket"));
    assert!(text.contains("dpo@imaging.example") && text.contains("Berliner Beauftragte"));
    insta::assert_snapshot!("policy_openai_s3_google", text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_with_short_retention_and_hashed_ips() {
    // promise: P-POL-3, P-GEN-2, P-TRL-3
    let text = policy_text(&[
        ("MEDIA_RETENTION_DAYS", "7"),
        ("IP_POLICY", "hashed"),
        ("ERASURE_GRACE_DAYS", "7"),
        ("SESSION_IDLE_DAYS", "3"),
        ("MIN_AGE", "13"),
    ])
    .await;
    assert!(text.contains("7 days, then deleted"));
    assert!(text.contains("a salted hash of the IP address"));
    assert!(text.contains("purged 7 days later"));
    assert!(text.contains("at least 13 years old"));
    insta::assert_snapshot!("policy_short_retention_hashed_ips", text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_material_change_is_announced_ahead_and_reviewed_after() {
    // promise: P-POL-2 — emailed and shown in the app 30 days ahead; asked again after.
    use crate::helpers::browser::{PASSWORD, sign_in, verified_user};
    use crate::helpers::mail::mail_link;
    use crate::helpers::{epoch, spawn_app_at};
    use obscura_shared::testids;

    let base = [("PUBLIC_URL", "http://127.0.0.1:9")];
    let app = spawn_app_with(Db::Sqlite, &base).await;
    let data_dir = app.state.config.data_dir.to_str().unwrap().to_owned();
    let mut ada = verified_user(&app, "ada@example.com").await;
    let mut bob = verified_user(&app, "bob@example.com").await;
    assert!(
        !ada.get(routes::GALLERY)
            .await
            .text()
            .await
            .unwrap()
            .contains(testids::POLICY_NOTICE)
    );

    // The operator announces the configuration they will deploy: media kept 7 days.
    // (The operator name is the test apps' own.)
    let next_pairs = [
        ("PUBLIC_URL", "http://127.0.0.1:9"),
        ("OPERATOR_NAME", "Example Imaging Ltd"),
        ("MEDIA_RETENTION_DAYS", "7"),
    ];
    let next = obscura_server::privacy::facts(
        &obscura_server::config::Config::from_pairs(&next_pairs).unwrap(),
        &app.state.storage.location,
    );
    let summary = "Images will be deleted 7 days after they are made.";
    let announced = obscura_server::privacy::policy::announce(&app.state, &next, summary)
        .await
        .unwrap();
    assert_eq!(announced.effective_at, epoch() + chrono::Duration::days(30));
    assert!(
        obscura_server::privacy::policy::announce(&app.state, &next, summary)
            .await
            .is_err(),
        "announced once"
    );
    // Everyone is emailed, with the date and the summary (by a job).
    app.run_pending_jobs().await;
    for who in ["ada@example.com", "bob@example.com"] {
        let link = mail_link(&app, who, "changes on 2026-03-31").await;
        assert!(link.ends_with(routes::PRIVACY_VERSIONS));
    }
    // Signed-in pages show the notice until it is acknowledged.
    let page = ada.get(routes::GALLERY).await.text().await.unwrap();
    assert!(page.contains(testids::POLICY_NOTICE) && page.contains("changes on 2026-03-31"));
    assert!(page.contains(summary));
    ada.post(routes::POLICY_ACK, &[("version", &announced.version)])
        .await;
    assert!(
        !ada.get(routes::GALLERY)
            .await
            .text()
            .await
            .unwrap()
            .contains(testids::POLICY_NOTICE)
    );
    // The versions page shows what changes.
    let versions = app
        .get(routes::PRIVACY_VERSIONS)
        .await
        .text()
        .await
        .unwrap();
    assert!(versions.contains("Takes effect on 2026-03-31"));
    assert!(
        versions.contains("7 days, then deleted"),
        "the new retention is listed as added"
    );
    assert!(versions.contains(summary));
    drop(bob.get(routes::GALLERY).await);
    let kept = app.stop_keeping_data().await;

    // Day 31: the new configuration runs on the same data.
    let mut pairs = next_pairs.to_vec();
    pairs.push(("DATA_DIR", &data_dir));
    let app = spawn_app_at(Db::Sqlite, &pairs, epoch() + chrono::Duration::days(31)).await;
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert_eq!(app.state.site.policy.version, announced.version);
    assert!(
        policy.contains("datetime=\"2026-03-31\""),
        "in effect since its announced date"
    );
    // Bob had not seen it: asked at his next visit. Ada had: not asked again.
    let (mut bob, _) = sign_in(&app, "bob@example.com", PASSWORD).await;
    let page = bob.get(routes::GALLERY).await.text().await.unwrap();
    assert!(
        page.contains("changed on 2026-03-31"),
        "Bob is asked to review"
    );
    bob.post(routes::POLICY_ACK, &[("version", &announced.version)])
        .await;
    assert!(
        !bob.get(routes::GALLERY)
            .await
            .text()
            .await
            .unwrap()
            .contains(testids::POLICY_NOTICE)
    );
    let (mut ada, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    assert!(
        !ada.get(routes::GALLERY)
            .await
            .text()
            .await
            .unwrap()
            .contains(testids::POLICY_NOTICE)
    );
    // Someone who signs up after it took effect is not asked.
    let mut cleo = verified_user(&app, "cleo@example.com").await;
    assert!(
        !cleo
            .get(routes::GALLERY)
            .await
            .text()
            .await
            .unwrap()
            .contains(testids::POLICY_NOTICE)
    );
    app.stop().await.unwrap();
    drop(kept);
}
