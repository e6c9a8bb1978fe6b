//! Generations through the upstream adapters, end to end against the local fakes: images stored
//! and charged once on success; an upstream refusal or outage fails the generation, releases its
//! credits, keeps no partial file, and says why; Replicate's webhooks reach the route.

use obscura_server::{
    credits,
    db::entities::{generation_image, security_event, usage_entry},
};
use obscura_shared::{generation::fields, routes};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::fakes::{openai, replicate};
use crate::helpers::browser::user_id;
use crate::helpers::browser::verified_user;
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, spawn_app_with};

const OPENAI_MODEL: &str =
    r#"[{id="photo", label="Photo", provider="openai", upstream="gpt-image-1", cost=3}]"#;

async fn openai_app(fake: &openai::OpenAiFake, attempts: &str) -> TestApp {
    let base = format!("{}/v1", fake.base);
    spawn_app_with(
        Db::Sqlite,
        &[
            ("MODELS", OPENAI_MODEL),
            ("OPENAI_API_KEY", openai::KEY),
            ("OPENAI_BASE_URL", &base),
            ("JOB_ATTEMPTS", attempts),
        ],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_openai_generation_is_stored_and_charged_once() {
    let fake = openai::spawn().await;
    let app = openai_app(&fake, "3").await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let page = b.get(routes::CREATE).await.text().await.unwrap();
    assert!(page.contains("Photo"), "the configured model is offered");
    assert!(
        !page.contains("Offline preview renderer"),
        "only configured models are offered"
    );
    let res = submit(
        &mut b,
        form(&[
            (fields::PROMPT, "a quiet harbour"),
            (fields::MODEL, "photo"),
            (fields::SIZE, "1024x1024"),
            (fields::COUNT, "2"),
        ]),
    )
    .await;
    let id = created_id(&res);
    let row = finished(&app, id).await;
    assert_eq!(row.status, "succeeded");
    let sent = fake.log.to("/v1/images/generations");
    assert_eq!(sent.len(), 1, "one upstream request for both images");
    let body = sent[0].json.as_ref().unwrap();
    assert_eq!(body["model"], "gpt-image-1");
    assert_eq!(body["n"], 2);
    assert_eq!(body["prompt"], "a quiet harbour");
    let stored = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 2);
    // promise: P-GEN-8 — 2 images × 3 credits, captured once.
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 20 - 6);
    assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 20 - 6);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upstream_content_refusal_is_refunded_and_recorded_without_the_prompt() {
    let fake = openai::spawn().await;
    let app = openai_app(&fake, "3").await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let res = submit(
        &mut b,
        form(&[
            (fields::PROMPT, "canary-prompt-71 [[moderation]]"),
            (fields::MODEL, "photo"),
        ]),
    )
    .await;
    let id = created_id(&res);
    let row = finished(&app, id).await;
    assert_eq!(row.status, "failed");
    assert_eq!(row.error_code.as_deref(), Some("content_rejected"));
    assert_eq!(fake.log.all().len(), 1, "a content refusal is not retried");
    // Refunded: reserve then release, nothing captured.
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 20);
    assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 20);
    let events = security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user))
        .filter(security_event::Column::Kind.eq("content_rejected"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(events.len(), 1, "the refusal is a security event");
    assert!(
        events
            .iter()
            .all(|e| !format!("{e:?}").contains("canary-prompt-71")),
        "without the prompt"
    );
    let usage = usage_entry::Entity::find()
        .filter(usage_entry::Column::TaskId.eq(id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(usage.len(), 1);
    assert_eq!(
        (usage[0].outcome.as_str(), usage[0].error_class.as_deref()),
        ("failed", Some("content_rejected"))
    );
    // The page says why, in plain words.
    let page = b
        .get(&format!("{}?remix={id}", routes::CREATE))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("refused this prompt or reference under its content rules"),
        "the failure is explained"
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upstream_outage_fails_after_its_attempts_and_is_refunded() {
    let fake = openai::spawn().await;
    // One job attempt (the adapter itself still retries each request three times).
    let app = openai_app(&fake, "1").await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let res = submit(
        &mut b,
        form(&[(fields::PROMPT, "a lake [[500]]"), (fields::MODEL, "photo")]),
    )
    .await;
    let id = created_id(&res);
    let row = finished(&app, id).await;
    assert_eq!(row.status, "failed");
    assert_eq!(row.error_code.as_deref(), Some("unavailable"));
    assert_eq!(row.error_class.as_deref(), Some("unavailable"));
    assert_eq!(fake.log.all().len(), 3, "the adapter's own retries");
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 20);
    assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 20);
    let page = b
        .get(&format!("{}?remix={id}", routes::CREATE))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("unavailable or busy right now"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicate_webhooks_are_verified_and_wake_the_generation() {
    let fake = replicate::spawn().await;
    let base = format!("{}/v1", fake.base);
    let files = crate::fakes::other_origin(&fake.base);
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            (
                "MODELS",
                r#"[{id="flux", provider="replicate", upstream="black-forest-labs/flux-schnell"}]"#,
            ),
            ("REPLICATE_API_TOKEN", replicate::TOKEN),
            ("REPLICATE_BASE_URL", &base),
            ("REPLICATE_WEBHOOK_SECRET", replicate::WEBHOOK_SECRET),
            ("REPLICATE_DOWNLOAD_ORIGINS", &files),
        ],
    )
    .await;
    // Webhooks are checked against the wall clock.
    app.clock
        .advance(chrono::Utc::now() - crate::helpers::epoch());
    let hook = format!("{}/webhooks/replicate", app.address);

    let mut b = verified_user(&app, "ada@example.com").await;
    let res = submit(
        &mut b,
        form(&[
            (fields::PROMPT, "a fox [[webhook]]"),
            (fields::MODEL, "flux"),
        ]),
    )
    .await;
    let id = created_id(&res);
    let row = finished(&app, id).await;
    assert_eq!(row.status, "succeeded");
    let created = fake.log.to("/v1/models/");
    assert_eq!(created.len(), 1);
    let body = created[0].json.as_ref().unwrap();
    assert_eq!(body["webhook"], hook.as_str(), "our endpoint is given");
    assert_eq!(body["webhook_events_filter"], json!(["completed"]));

    // A correctly signed delivery is accepted (and a repeat is harmless) …
    let event = json!({"id": "p-unknown", "status": "succeeded", "output": []});
    assert_eq!(
        replicate::send_webhook(&hook, &event).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        replicate::send_webhook(&hook, &event).await,
        StatusCode::NO_CONTENT
    );
    // … an unsigned or altered one is not, and a cross-site check does not get in the way.
    let client = reqwest::Client::new();
    let res = client
        .post(&hook)
        .header("webhook-id", "msg_1")
        .header(
            "webhook-timestamp",
            chrono::Utc::now().timestamp().to_string(),
        )
        .header("webhook-signature", "v1,AAAA")
        .body(event.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = client.post(&hook).body("{}").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_webhook_secret_the_route_does_not_exist() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let res = reqwest::Client::new()
        .post(format!("{}/webhooks/replicate", app.address))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    app.stop().await.unwrap();
}
