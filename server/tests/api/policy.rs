//! The privacy policy as rendered for three configurations, checked against snapshots
//! (`tests/api/snapshots/`; review changes with `cargo insta review` or rerun with
//! `INSTA_UPDATE=always` and read the diff): the embedded defaults; OpenAI + S3 + Google (also in
//! German and French, with the terms in all three); and a short media retention with hashed IPs.
//! Every processor, retention period and contact comes from the configuration (P-POL-1, P-POL-3,
//! P-POL-4). Translated pages say which language prevails, and the versions page compares
//! versions in the reader's language.

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
    (
        "OPERATOR_ADDRESS",
        "1 Example Street, 10115 Berlin, Germany",
    ),
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
async fn the_policy_and_the_terms_in_each_language() {
    // One configuration in English, German and French: the same facts, the translated pages
    // saying at the top that the English version prevails (the default).
    let app = spawn_app_with(Db::Sqlite, &pairs(OPENAI_S3_GOOGLE)).await;
    for lang in ["en", "de", "fr"] {
        let policy = page_in(&app, routes::PRIVACY, lang).await;
        assert!(
            policy.contains(&format!(r#"<html lang="{lang}""#)),
            "{lang}"
        );
        let text = main_text(&policy);
        for secret in ["sk-test", "secret-not-shown", "mail-secret", "AKIAEXAMPLE"] {
            assert!(!text.contains(secret), "{secret} leaked in {lang}");
        }
        // The configured hosts and names stay as they are in every language.
        for kept in [
            "api.openai.com",
            "accounts.google.com",
            "smtp.example.net",
            "Photoreal",
        ] {
            assert!(text.contains(kept), "{kept} missing in {lang}");
        }
        let notice = notice_link(&policy);
        if lang == "en" {
            assert_eq!(notice, None, "the English policy is the authoritative one");
            // The English page is the snapshot of the test above.
            insta::assert_snapshot!("policy_openai_s3_google", text);
        } else {
            assert_eq!(notice.as_deref(), Some("/privacy?lang=en"), "{lang}");
            insta::assert_snapshot!(format!("policy_openai_s3_google_{lang}"), text);
        }
        let terms = page_in(&app, routes::TERMS, lang).await;
        let notice = notice_link(&terms);
        assert_eq!(
            notice.as_deref(),
            (lang != "en").then_some("/terms?lang=en"),
            "{lang}"
        );
        insta::assert_snapshot!(format!("terms_{lang}"), main_text(&terms));
    }
    app.stop().await.unwrap();
}

/// The link of a page's notice that it is a translation, if it has one.
fn notice_link(body: &str) -> Option<String> {
    let doc = html(body);
    let notice = scraper::Selector::parse(r#"main [role="note"]"#).unwrap();
    let link = scraper::Selector::parse("a").unwrap();
    let mut notices = doc.select(&notice);
    let first = notices.next()?;
    assert!(notices.next().is_none(), "one notice");
    first
        .select(&link)
        .next()
        .and_then(|a| a.value().attr("href"))
        .map(str::to_owned)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operator_chooses_which_language_prevails() {
    let app = spawn_app_with(
        Db::Sqlite,
        &pairs(&[("POLICY_AUTHORITATIVE_LANGUAGE", "de")]),
    )
    .await;
    for (path, link) in [
        (routes::PRIVACY, "/privacy?lang=de"),
        (routes::TERMS, "/terms?lang=de"),
    ] {
        for lang in ["en", "fr"] {
            let body = page_in(&app, path, lang).await;
            assert_eq!(
                notice_link(&body).as_deref(),
                Some(link),
                "{path} in {lang}"
            );
            let doc = html(&body);
            let a = scraper::Selector::parse(r#"main [role="note"] a[hreflang="de"][lang="de"]"#)
                .unwrap();
            assert_eq!(
                doc.select(&a).count(),
                1,
                "{path} in {lang}: the link says its language"
            );
        }
        let german = page_in(&app, path, "de").await;
        assert_eq!(
            notice_link(&german),
            None,
            "{path}: the German page prevails"
        );
    }
    let english = main_text(&page_in(&app, routes::PRIVACY, "en").await);
    assert!(
        english
            .contains("This privacy policy is a translation. The German version is authoritative")
    );
    let french = main_text(&page_in(&app, routes::TERMS, "fr").await);
    assert!(french.contains("Seule la version allemande fait foi"));
    // The choice is part of the policy: the versions page states it.
    let versions = page_in(&app, routes::PRIVACY_VERSIONS, "fr").await;
    assert!(versions.contains("Langue qui fait foi pour la politique\u{a0}: allemand"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_versions_page_compares_versions_in_the_reader_s_language() {
    use obscura_server::db::entities::policy_version;
    use sea_orm::{ActiveModelTrait, Set};

    use crate::helpers::epoch;

    let base = [
        ("PUBLIC_URL", "https://obscura.example"),
        ("OPERATOR_NAME", "Example Imaging Ltd"),
    ];
    let app = spawn_app_with(Db::Sqlite, &base).await;
    let location = app.state.storage.location.clone();
    let facts_of = |extra: &[(&str, &str)]| {
        let mut pairs = base.to_vec();
        pairs.extend_from_slice(extra);
        obscura_server::privacy::facts(
            &obscura_server::config::Config::from_pairs(&pairs).unwrap(),
            &location,
        )
    };
    // A version an earlier release recorded, in English only, before the one in effect.
    let old = facts_of(&[("SHARE_INDEXABLE", "false")]).english();
    assert!(old.translations.is_empty());
    policy_version::ActiveModel {
        version: Set("0a1b2c3d4e5f".to_owned()),
        facts: Set(serde_json::to_string(&old).unwrap()),
        effective_at: Set(epoch() - chrono::Duration::days(10)),
    }
    .insert(&app.db)
    .await
    .unwrap();
    // A change of configuration announced for later: images kept 7 days.
    let next = facts_of(&[("MEDIA_RETENTION_DAYS", "7")]);
    obscura_server::privacy::policy::announce(&app.state, &next, "Bilder werden gelöscht.")
        .await
        .unwrap();

    let changes = |body: &str, status: &str| -> Vec<(String, Option<String>, String)> {
        let doc = html(body);
        let version = scraper::Selector::parse(&format!(
            r#"[data-testid="{}"][data-status="{status}"]"#,
            obscura_shared::testids::POLICY_VERSION
        ))
        .unwrap();
        let lists = scraper::Selector::parse("ul").unwrap();
        let v = doc.select(&version).next().expect(status);
        v.select(&lists)
            .map(|ul| {
                let kind = if ul
                    .select(&scraper::Selector::parse("ins").unwrap())
                    .next()
                    .is_some()
                {
                    "added"
                } else {
                    "removed"
                };
                (
                    kind.to_owned(),
                    ul.value().attr("lang").map(str::to_owned),
                    ul.text().collect::<String>(),
                )
            })
            .collect()
    };

    let german = page_in(&app, routes::PRIVACY_VERSIONS, "de").await;
    // The announced change, compared in German: both versions were recorded with it.
    let announced = changes(&german, "Announced");
    assert_eq!(announced.len(), 2, "{announced:?}");
    assert_eq!(announced[0].0, "added");
    assert_eq!(announced[0].1, None, "said in the page's language");
    assert!(
        announced[0]
            .2
            .contains("Bilddateien (hochgeladene Referenzen, Ergebnisse, Vorschauen und Miniaturansichten): 7 Tage, danach gelöscht."),
        "{announced:?}"
    );
    assert!(
        announced[0]
            .2
            .starts_with("Daten Prompts, Referenzbilder und erzeugte Bilder")
    );
    assert_eq!(announced[1].0, "removed");
    assert_eq!(announced[1].1, None);
    assert!(
        announced[1]
            .2
            .contains("Speicherdauer: Bis Sie sie oder Ihr Konto löschen.")
    );
    assert!(german.contains("Tritt am 31.\u{a0}März\u{a0}2026 in Kraft"));
    assert!(
        german.contains("Bilder werden gelöscht."),
        "the operator's summary as written"
    );
    // The version in effect against the one recorded in English only: what it added in German,
    // what it removed as that version said it, in English and marked so.
    let current = changes(&german, "In effect");
    assert_eq!(current.len(), 2, "{current:?}");
    assert_eq!(
        (current[0].0.as_str(), current[0].1.as_deref()),
        ("added", None)
    );
    assert!(
        current[0]
            .2
            .contains("Suchmaschinen dürfen Freigabeseiten indexieren.")
    );
    assert_eq!(
        (current[1].0.as_str(), current[1].1.as_deref()),
        ("removed", Some("en"))
    );
    assert!(
        current[1]
            .2
            .contains("Search engines are asked not to index share pages.")
    );
    // The English-only version still renders, in English.
    let earlier = changes(&german, "Earlier");
    assert_eq!(earlier.len(), 1);
    assert_eq!(earlier[0].1.as_deref(), Some("en"));
    assert!(earlier[0].2.contains("Controller: Example Imaging Ltd"));

    let french = page_in(&app, routes::PRIVACY_VERSIONS, "fr").await;
    let announced = changes(&french, "Announced");
    assert!(
        announced[0].2.contains("7 jours, puis supprimés."),
        "{announced:?}"
    );
    assert!(
        announced
            .iter()
            .all(|(_, lang, said)| lang.is_none() && !said.contains("then deleted"))
    );
    // The page carries its readers' statements only (not every language's, for hydration).
    assert!(!french.contains("7 Tage, danach gelöscht") && !german.contains("7 jours, puis"));

    let english = page_in(&app, routes::PRIVACY_VERSIONS, "en").await;
    let announced = changes(&english, "Announced");
    assert!(announced[0].2.contains(": 7 days, then deleted."));
    assert!(announced.iter().all(|(_, lang, _)| lang.is_none()));
    assert!(
        changes(&english, "In effect")
            .iter()
            .all(|(_, lang, _)| lang.is_none())
    );
    app.stop().await.unwrap();
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
