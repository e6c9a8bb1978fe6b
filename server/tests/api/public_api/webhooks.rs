//! Outgoing webhooks, received by a real HTTP endpoint on this machine (an origin the operator
//! trusts, `OBSCURA_WEBHOOK_TRUSTED_ORIGINS`): Standard Webhooks signatures checked the way a
//! receiver checks them, retries with the same message id until a 2xx, the failed event, the
//! test event, the delivery log, and the address rules an endpoint must meet (SSRF). Also the
//! account's daily credit cap, the usage page and its CSV, and the API reference page.

use std::sync::{Arc, Mutex};

use axum::{extract::State, http::HeaderMap, routing::post};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::EntityTrait;
use sha2::Sha256;

use super::*;
use crate::{
    helpers::{Db, html, spawn_app_with, text_of},
    on_both_databases,
};

/// What the endpoint received: (headers, body), and the statuses it answers, in turn (then 204).
#[derive(Clone, Default)]
struct Receiver {
    got: Arc<Mutex<Vec<(HeaderMap, String)>>>,
    answers: Arc<Mutex<Vec<u16>>>,
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: String) -> StatusCode {
    r.got.lock().unwrap().push((headers, body));
    let next = {
        let mut a = r.answers.lock().unwrap();
        if a.is_empty() { 204 } else { a.remove(0) }
    };
    StatusCode::from_u16(next).unwrap()
}

/// A webhook endpoint on a free port; returns its origin.
async fn endpoint(r: Receiver) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let app = axum::Router::new()
        .route("/hooks", post(receive))
        .with_state(r);
    tokio::spawn(async move { axum::serve(listener, app).await });
    origin
}

/// Checks a delivery the way the Standard Webhooks libraries do.
fn verify(secret: &str, headers: &HeaderMap, body: &str) -> bool {
    let id = headers["webhook-id"].to_str().unwrap();
    let ts = headers["webhook-timestamp"].to_str().unwrap();
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").unwrap())
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{ts}.{body}").as_bytes());
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    headers["webhook-signature"]
        .to_str()
        .unwrap()
        .split(' ')
        .any(|s| s == expected)
}

/// Sets the endpoint through the form; returns the secret shown once.
async fn set_endpoint(
    b: &mut crate::helpers::browser::Browser<'_>,
    url: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = vec![("url", url)];
    form.extend_from_slice(extra);
    b.post(routes::API_WEBHOOK, &form).await
}

fn secret_in(body: &str) -> String {
    text_of(
        &html(body),
        &format!("[data-testid='{}']", testids::WEBHOOK_SECRET),
    )
}

on_both_databases!(
    webhooks_are_signed_retried_and_logged,
    webhooks_are_signed_retried_and_logged
);
async fn webhooks_are_signed_retried_and_logged(db: Db) {
    let receiver = Receiver::default();
    let origin = endpoint(receiver.clone()).await;
    let app = spawn_app_with(db, &[TINY, ("WEBHOOK_TRUSTED_ORIGINS", origin.as_str())]).await;
    let (mut b, key) =
        account_with_key(&app, "hooks@example.com", &["generate", "read"], &[]).await;
    let url = format!("{origin}/hooks");
    // Set: the secret is shown once, on a page that is not cached.
    let res = set_endpoint(
        &mut b,
        &url,
        &[
            ("event", "generation.completed"),
            ("event", "generation.failed"),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let secret = secret_in(&res.text().await.unwrap());
    assert!(secret.starts_with("whsec_"), "{secret}");
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(!page.contains(&secret), "shown once only");
    assert!(page.contains(&url));
    // Kept sealed: not in the database as such.
    let dump = crate::helpers::dump_database(&app).await;
    assert!(!dump.contains(&secret[6..]), "the secret is sealed at rest");

    // A generation through the API: the endpoint fails once, then takes it.
    receiver.answers.lock().unwrap().push(500);
    let res = post_json(&app, &key, r#"{"prompt": "a secret harbour"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let created: serde_json::Value = res.json().await.unwrap();
    app.run_pending_jobs().await;
    {
        let got = receiver.got.lock().unwrap();
        assert_eq!(got.len(), 1, "one attempt so far");
        let (headers, body) = &got[0];
        assert!(verify(&secret, headers, body), "signed with the secret");
        let event: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(event["type"], "generation.completed");
        assert_eq!(event["data"]["id"], created["id"]);
        assert_eq!(event["data"]["status"], "succeeded");
        assert_eq!(event["data"]["images"].as_array().unwrap().len(), 1);
        assert!(!body.contains("secret harbour"), "never the prompt");
    }
    // Retried after 5 s with the same message id, and delivered.
    app.clock.advance(chrono::Duration::seconds(6));
    app.run_pending_jobs().await;
    let (first_id, second) = {
        let got = receiver.got.lock().unwrap();
        assert_eq!(got.len(), 2);
        (got[0].0["webhook-id"].clone(), got[1].clone())
    };
    assert_eq!(second.0["webhook-id"], first_id);
    assert!(verify(&secret, &second.0, &second.1));
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    let doc = html(&page);
    let row = format!("[data-testid='{}']", testids::WEBHOOK_DELIVERY);
    assert_eq!(
        doc.select(&scraper::Selector::parse(&row).unwrap()).count(),
        1
    );
    assert!(page.contains("data-status=\"delivered\""), "{page}");
    assert!(text_of(&doc, &row).contains("Delivered (204)"));

    // The test event.
    let res = b.post(routes::API_WEBHOOK_TEST, &[]).await;
    assert!(res.status().is_redirection());
    app.run_pending_jobs().await;
    {
        let got = receiver.got.lock().unwrap();
        let (headers, body) = got.last().unwrap();
        assert!(verify(&secret, headers, body));
        assert!(body.contains("\"webhook.test\""));
    }

    // Only the events asked for: without `generation.completed`, nothing for a success.
    let res = set_endpoint(&mut b, &url, &[("event", "generation.failed")]).await;
    assert!(res.status().is_redirection(), "saved, secret unchanged");
    let before = receiver.got.lock().unwrap().len();
    post_json(&app, &key, r#"{"prompt": "quiet"}"#)
        .send()
        .await
        .unwrap();
    app.run_pending_jobs().await;
    assert_eq!(receiver.got.lock().unwrap().len(), before);

    // A new secret on request; the old one no longer matches.
    let res = set_endpoint(
        &mut b,
        &url,
        &[("event", "generation.failed"), ("rotate", "1")],
    )
    .await;
    let rotated = secret_in(&res.text().await.unwrap());
    assert_ne!(rotated, secret);
    b.post(routes::API_WEBHOOK_TEST, &[]).await;
    app.run_pending_jobs().await;
    {
        let got = receiver.got.lock().unwrap();
        let (headers, body) = got.last().unwrap();
        assert!(verify(&rotated, headers, body));
        assert!(!verify(&secret, headers, body));
    }

    // An endpoint that never takes it: nine attempts, then failed for good.
    receiver.answers.lock().unwrap().extend([503; 9]);
    let before = receiver.got.lock().unwrap().len();
    b.post(routes::API_WEBHOOK_TEST, &[]).await;
    for _ in 0..10 {
        app.run_pending_jobs().await;
        app.clock.advance(chrono::Duration::hours(7));
    }
    assert_eq!(receiver.got.lock().unwrap().len() - before, 9);
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(page.contains("data-status=\"failed\""), "{page}");

    // Removed: nothing more is sent, and the log goes with it.
    let res = b.post(routes::API_WEBHOOK_DELETE, &[]).await;
    assert!(res.status().is_redirection());
    let before = receiver.got.lock().unwrap().len();
    b.post(routes::API_WEBHOOK_TEST, &[]).await;
    app.run_pending_jobs().await;
    assert_eq!(receiver.got.lock().unwrap().len(), before);
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(!page.contains(testids::WEBHOOK_DELIVERY));
}

on_both_databases!(
    a_cancellation_is_its_own_event,
    a_cancellation_is_its_own_event
);
async fn a_cancellation_is_its_own_event(db: Db) {
    use obscura_server::db::entities::{api_webhook, api_webhook_delivery, generation};
    use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

    let receiver = Receiver::default();
    let origin = endpoint(receiver.clone()).await;
    let app = spawn_app_with(db, &[TINY, ("WEBHOOK_TRUSTED_ORIGINS", origin.as_str())]).await;
    let (mut b, key) =
        account_with_key(&app, "cancels@example.com", &["generate", "read"], &[]).await;
    let url = format!("{origin}/hooks");
    // Offered like the others, and ticked for a new endpoint like them.
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    let offered = scraper::Selector::parse(
        "input#w-event-generation-cancelled[name=event][value='generation.cancelled'][checked]",
    )
    .unwrap();
    assert_eq!(html(&page).select(&offered).count(), 1, "{page}");
    assert!(page.contains("A generation was cancelled"));

    let create = |prompt: &'static str| {
        let req = post_json(&app, &key, &format!(r#"{{"prompt": "{prompt}"}}"#));
        async move {
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::ACCEPTED);
            let json: serde_json::Value = res.json().await.unwrap();
            json["id"].as_str().unwrap().to_owned()
        }
    };
    let cancel = |id: &str| {
        app.client
            .post(app.url(&routes::API_GENERATION_CANCEL.replace("{id}", id)))
            .header(header::AUTHORIZATION, format!("Bearer {key}"))
            .send()
    };
    let deliveries = || async {
        api_webhook_delivery::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
    };

    // Subscribed to failures only: a cancellation is not one, and nothing is sent.
    let res = set_endpoint(&mut b, &url, &[("event", "generation.failed")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let secret = secret_in(&res.text().await.unwrap());
    let quiet = create("a quiet lake").await;
    let res = cancel(&quiet).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    app.run_pending_jobs().await;
    assert!(receiver.got.lock().unwrap().is_empty());
    assert!(deliveries().await.is_empty(), "not even queued");

    // Subscribed: told once when a waiting generation is cancelled, however often it is asked.
    let res = set_endpoint(&mut b, &url, &[("event", "generation.cancelled")]).await;
    assert!(res.status().is_redirection(), "saved, secret unchanged");
    let queued = create("a hidden cove").await;
    for _ in 0..2 {
        let res = cancel(&queued).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
    }
    app.run_pending_jobs().await;
    {
        let got = receiver.got.lock().unwrap();
        assert_eq!(got.len(), 1, "once");
        let (headers, body) = &got[0];
        assert!(verify(&secret, headers, body), "signed like the others");
        let event: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(event["type"], "generation.cancelled");
        assert_eq!(event["data"]["id"], queued.as_str());
        assert_eq!(event["data"]["status"], "cancelled");
        assert_eq!(event["data"]["images"], serde_json::json!([]));
        assert_eq!(event["data"]["cost"], 0);
        assert_eq!(event["data"]["error_code"], serde_json::Value::Null);
        assert!(!body.contains("hidden cove"), "never the prompt");
    }

    // And when a running one is: its worker stops it and the event is sent then, once.
    let running = create("a secret garden").await;
    generation::ActiveModel {
        id: Set(running.parse().unwrap()),
        status: Set("running".into()),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    let res = cancel(&running).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        (json["status"].as_str(), json["cancel_requested"].as_bool()),
        (Some("running"), Some(true))
    );
    assert_eq!(receiver.got.lock().unwrap().len(), 1, "not yet: it runs");
    app.run_pending_jobs().await;
    {
        let got = receiver.got.lock().unwrap();
        assert_eq!(got.len(), 2, "once more");
        let (headers, body) = &got[1];
        assert!(verify(&secret, headers, body));
        let event: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(event["type"], "generation.cancelled");
        assert_eq!(event["data"]["id"], running.as_str());
        assert!(!body.contains("secret garden"));
    }
    let events: Vec<String> = deliveries().await.into_iter().map(|d| d.event).collect();
    assert_eq!(events, ["generation.cancelled", "generation.cancelled"]);
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(
        text_of(
            &html(&page),
            &format!("[data-testid='{}']", testids::WEBHOOK_DELIVERY)
        )
        .contains("generation.cancelled")
    );

    // The API lists them by their own status.
    let listed: serde_json::Value = call(
        &app,
        &format!("{}?status=cancelled", routes::API_GENERATIONS),
        Some(&key),
    )
    .await
    .json()
    .await
    .unwrap();
    let mut ids: Vec<&str> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            assert_eq!(g["status"], "cancelled");
            g["id"].as_str().unwrap()
        })
        .collect();
    ids.sort_unstable();
    let mut expected = vec![quiet.as_str(), queued.as_str(), running.as_str()];
    expected.sort_unstable();
    assert_eq!(ids, expected);
    let failed: serde_json::Value = call(
        &app,
        &format!("{}?status=failed", routes::API_GENERATIONS),
        Some(&key),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(failed["data"], serde_json::json!([]), "none of them failed");

    // Endpoints stored before the event existed: one that chose every ending (both events)
    // hears of cancellations from now on; one that chose a single event keeps its choice.
    let (mut other, _) = account_with_key(&app, "single@example.com", &["read"], &[]).await;
    let res = set_endpoint(&mut other, &url, &[("event", "generation.failed")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = set_endpoint(
        &mut b,
        &url,
        &[
            ("event", "generation.completed"),
            ("event", "generation.failed"),
        ],
    )
    .await;
    assert!(res.status().is_redirection());
    app.db
        .execute_unprepared(
            "DELETE FROM seaql_migrations WHERE version = 'm20261210_000002_webhook_cancelled_event'",
        )
        .await
        .unwrap();
    obscura_server::db::migrate(&app.db).await.unwrap();
    let mut stored: Vec<String> = api_webhook::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.events)
        .collect();
    stored.sort();
    assert_eq!(
        stored,
        [
            "generation.completed,generation.failed,generation.cancelled",
            "generation.failed"
        ]
    );
    app.stop().await.unwrap();
}

#[tokio::test]
async fn webhook_endpoints_must_be_public_https_and_belong_to_confirmed_accounts() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = crate::helpers::browser::verified_user(&app, "ssrf@example.com").await;
    for (url, needle) in [
        ("http://hooks.example.com/in", "Use an https:// address"),
        ("https://127.0.0.1/in", "private network or this machine"),
        (
            "https://169.254.169.254/latest/meta-data",
            "private network",
        ),
        ("https://[::ffff:10.0.0.1]/in", "private network"),
        (
            "https://user:pw@hooks.example.com/in",
            "user name and password",
        ),
        ("not a url", "not a full address"),
    ] {
        let res = set_endpoint(&mut b, url, &[("event", "generation.completed")]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let body = res.text().await.unwrap();
        let error = text_of(&html(&body), "#w-url-error");
        assert!(error.contains(needle), "{url}: {error}");
    }
    let res = set_endpoint(&mut b, "https://hooks.example.com/in", &[]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&html(&res.text().await.unwrap()), "#w-event-error").contains("at least one"));
    // A name that resolves to this machine passes the form (names are not resolved then)
    // but is never connected to: the delivery fails without reaching anything.
    let res = set_endpoint(
        &mut b,
        "https://localhost:9/in",
        &[("event", "generation.completed")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    b.post(routes::API_WEBHOOK_TEST, &[]).await;
    app.run_pending_jobs().await;
    let row = obscura_server::db::entities::api_webhook_delivery::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.attempts, row.response_code), (1, None));
    assert!(row.error.unwrap().contains("public address"));

    // An account whose address is not confirmed (anyone could have typed it) sets none: it
    // cannot even sign in, and the setting refuses it besides.
    let mut squatter = crate::helpers::browser::sign_up(&app, "victim@example.com").await;
    let res = set_endpoint(
        &mut squatter,
        "https://hooks.example.com/in",
        &[("event", "generation.completed")],
    )
    .await;
    assert!(
        !res.status().is_success(),
        "{:?}",
        res.headers().get(header::LOCATION)
    );
    assert_eq!(
        obscura_server::db::entities::api_webhook::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        1,
        "only the confirmed account's"
    );
}

#[tokio::test]
async fn the_daily_cap_the_usage_page_its_csv_and_the_reference() {
    let app = spawn_app_with(Db::Sqlite, &[TINY]).await;
    let (mut b, key) =
        account_with_key(&app, "daily@example.com", &["generate", "read"], &[]).await;
    // A bad cap is refused by its field.
    let res = b.post(routes::API_DAILY_CAP, &[("daily_cap", "-3")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&html(&res.text().await.unwrap()), "#d-cap-error").contains("whole number"));
    let res = b.post(routes::API_DAILY_CAP, &[("daily_cap", "2")]).await;
    assert!(res.status().is_redirection());
    for prompt in ["one", "two"] {
        let res = post_json(&app, &key, &format!(r#"{{"prompt": "{prompt}"}}"#))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::ACCEPTED);
    }
    let (status, code, detail) = problem(
        post_json(&app, &key, r#"{"prompt": "three"}"#)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::PAYMENT_REQUIRED, "insufficient_credits")
    );
    assert!(detail.contains("daily cap"), "{detail}");
    let account: serde_json::Value = call(&app, routes::API_ACCOUNT, Some(&key))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            account["daily_cap"].as_i64(),
            account["spent_today"].as_i64()
        ),
        (Some(2), Some(2))
    );
    // A new UTC day starts afresh.
    app.clock.advance(chrono::Duration::days(1));
    let res = post_json(&app, &key, r#"{"prompt": "tomorrow"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    // Lifted.
    b.post(routes::API_DAILY_CAP, &[("daily_cap", "")]).await;
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(page.contains("Today: 1 credit spent"), "{page}");

    // The usage page: the chart, two active days, refused ones counted apart.
    let page = b.get(routes::SETTINGS_API_USAGE).await;
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.unwrap();
    let doc = html(&body);
    let days =
        scraper::Selector::parse(&format!("[data-testid='{}']", testids::API_USAGE_DAY)).unwrap();
    let rows: Vec<String> = doc
        .select(&days)
        .map(|r| r.text().collect::<Vec<_>>().join("|"))
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(body.contains(testids::API_USAGE_CHART));
    assert!(body.contains("role=\"img\""));
    // Filters: failed answers only; a bad day is named by its field.
    let failed = b
        .get(&format!("{}?outcome=failed", routes::SETTINGS_API_USAGE))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html(&failed).select(&days).count(), 1);
    let bad = b
        .get(&format!("{}?from=2026-02-31", routes::SETTINGS_API_USAGE))
        .await
        .text()
        .await
        .unwrap();
    assert!(text_of(&html(&bad), "#u-from-error").contains("YYYY-MM-DD"));
    // The CSV: one row per request, no prompt, and another account sees only its own.
    let res = b.get(routes::SETTINGS_API_USAGE_CSV).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        res.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "time,key,key_name,method,route,status,duration_ms,credits"
    );
    assert_eq!(lines.len(), 1 + 5, "{csv}");
    assert!(lines.iter().any(|l| l.contains(",402,")));
    assert!(!csv.contains("tomorrow") && !csv.contains("three"));
    let (mut other, _) = account_with_key(&app, "other@example.com", &["read"], &[]).await;
    let theirs = other
        .get(routes::SETTINGS_API_USAGE_CSV)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(theirs.lines().count(), 1, "only the header");

    // The reference: public, every operation, from the same description.
    let res = app
        .client
        .get(app.url(routes::DOCS_API))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    let ops =
        scraper::Selector::parse(&format!("[data-testid='{}']", testids::API_OPERATION)).unwrap();
    assert_eq!(html(&body).select(&ops).count(), 11);
    assert!(body.contains("Idempotency-Key"));
    assert!(body.contains("id=\"schema-GenerationView\""));
    assert!(body.contains(&format!("{}/v1", app.address.trim_end_matches('/'))));
    assert!(
        !body.contains("<script src=\"http"),
        "no third-party scripts"
    );
}
