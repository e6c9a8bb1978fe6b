//! Replicate: create, poll, download; failures; throttling; webhooks that wake the poll loop.

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{Router, body::Bytes, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use obscura_server::generation::providers::{
    Provider as _, ProviderError,
    replicate::{Replicate, Settings, WebhookEvent, WebhookSettings, verify_webhook},
};
use secrecy::SecretString;

use super::{assert_class, assert_pngs, fast_retry, task, with_reference};
use crate::fakes::{
    other_origin,
    replicate::{ReplicateFake, TOKEN, WEBHOOK_SECRET, spawn},
};

fn settings(fake: &ReplicateFake) -> Settings {
    let mut settings = Settings::new(
        format!("{}/v1", fake.base).parse().unwrap(),
        SecretString::from(TOKEN),
    );
    settings.timeout = Duration::from_secs(2);
    settings.retry = fast_retry();
    settings.poll_interval = Duration::from_millis(10);
    settings.poll_interval_max = Duration::from_millis(40);
    settings.deadline = Duration::from_secs(5);
    // The fake serves its files from another origin of its own (on loopback).
    settings
        .downloads
        .extra_origins
        .push(other_origin(&fake.base).parse().unwrap());
    settings
}

fn adapter(fake: &ReplicateFake, tweak: impl FnOnce(&mut Settings)) -> Replicate {
    let mut s = settings(fake);
    tweak(&mut s);
    Replicate::new(s).unwrap()
}

#[tokio::test]
async fn a_model_prediction_is_created_polled_and_downloaded() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("black-forest-labs/flux-schnell", "a lighthouse"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 24, 16);
    let created = fake
        .log
        .to("/v1/models/black-forest-labs/flux-schnell/predictions");
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].auth(), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(created[0].headers["cancel-after"], "5s");
    let body = created[0].json.clone().unwrap();
    assert_eq!(
        body,
        serde_json::json!({"input": {
            "prompt": "a lighthouse", "negative_prompt": "blurry, watermark", "width": 64,
            "height": 48, "num_outputs": 2, "seed": 0x9abc_def0_u64
        }})
    );
    let polls = fake.log.to("/v1/predictions/");
    assert!(polls.len() >= 2, "starting → processing → succeeded");
    assert!(polls.iter().all(|r| r.method == axum::http::Method::GET));
    assert!(
        polls
            .iter()
            .all(|r| r.auth() == Some(format!("Bearer {TOKEN}").as_str()))
    );
    let downloads = fake.log.to("/files/");
    assert_eq!(downloads.len(), 2);
    assert!(
        downloads.iter().all(|r| r.auth().is_none()),
        "the token stays with the API"
    );
}

#[tokio::test]
async fn a_version_prediction_goes_to_predictions_with_the_reference_as_a_data_url() {
    let fake = spawn().await;
    let task = with_reference(task("stability-ai/sdxl:39ed52f2a78e", "make it snow"));
    let outputs = adapter(&fake, |s| {
        s.webhook = Some(WebhookSettings {
            url: "https://obscura.example/hooks/replicate".parse().unwrap(),
        });
    })
    .generate(&task)
    .await
    .unwrap();
    assert_pngs(&outputs, 2, 24, 16);
    let body = fake.log.to("/v1/predictions")[0].json.clone().unwrap();
    assert_eq!(body["version"], "39ed52f2a78e");
    assert!(
        body["input"]["image"]
            .as_str()
            .unwrap()
            .starts_with("data:image/png;base64,")
    );
    assert_eq!(body["webhook"], "https://obscura.example/hooks/replicate");
    assert_eq!(
        body["webhook_events_filter"],
        serde_json::json!(["completed"])
    );
}

#[tokio::test]
async fn string_and_data_url_outputs_are_accepted() {
    let fake = spawn().await;
    let replicate = adapter(&fake, |_| {});
    let mut one = task("owner/name", "[[string-output]] x");
    one.count = 1;
    assert_pngs(&replicate.generate(&one).await.unwrap(), 1, 24, 16);
    let mut data = task("owner/name", "[[data-url]] x");
    data.count = 1;
    assert_pngs(&replicate.generate(&data).await.unwrap(), 1, 8, 8);
}

#[tokio::test]
async fn failed_and_canceled_predictions_are_classified() {
    let fake = spawn().await;
    let replicate = adapter(&fake, |_| {});
    let nsfw = replicate.generate(&task("owner/name", "[[nsfw]] x")).await;
    assert_eq!(nsfw.unwrap_err(), ProviderError::ContentRejected);
    let prompt = "[[fail]] a private prompt";
    match replicate
        .generate(&task("owner/name", prompt))
        .await
        .unwrap_err()
    {
        ProviderError::Failed(reason) => assert!(!reason.contains("private"), "{reason}"),
        other => panic!("{other:?}"),
    }
    let canceled = replicate
        .generate(&task("owner/name", "[[cancel]] x"))
        .await;
    assert_eq!(canceled.unwrap_err(), ProviderError::Timeout);
}

#[tokio::test]
async fn a_prediction_past_the_deadline_is_canceled_and_times_out() {
    let fake = spawn().await;
    let started = Instant::now();
    let result = adapter(&fake, |s| s.deadline = Duration::from_millis(300))
        .generate(&task("owner/name", "[[never]] x"))
        .await;
    assert_eq!(result.unwrap_err(), ProviderError::Timeout);
    assert!(started.elapsed() < Duration::from_secs(2));
    let cancels: Vec<_> = fake
        .log
        .all()
        .into_iter()
        .filter(|r| r.path.ends_with("/cancel"))
        .collect();
    assert_eq!(cancels.len(), 1);
}

#[tokio::test]
async fn throttling_is_retried_then_reported_with_its_wait() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("owner/name", "[[429-once]] x"))
        .await;
    assert_pngs(&outputs.unwrap(), 2, 24, 16);
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("owner/name", "[[429]] x"))
        .await;
    // Retry-After: 1 is beyond the 50 ms cap: no retry, the wait is reported.
    assert_eq!(
        result.unwrap_err(),
        ProviderError::RateLimited {
            retry_after: Some(Duration::from_secs(1))
        }
    );
    assert_eq!(fake.log.all().len(), 1);
}

#[tokio::test]
async fn server_errors_are_retried_then_unavailable() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("owner/name", "[[500-once]] x"))
        .await;
    assert_pngs(&outputs.unwrap(), 2, 24, 16);
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("owner/name", "[[500]] x"))
        .await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::Unavailable("HTTP 500".into())
    );
    assert_eq!(fake.log.all().len(), 3);
}

#[tokio::test]
async fn refusals_timeouts_and_garbage_are_classified() {
    let fake = spawn().await;
    let bad_token = adapter(&fake, |s| s.api_token = SecretString::from("r8_wrong"));
    assert_eq!(
        bad_token
            .generate(&task("owner/name", "x"))
            .await
            .unwrap_err(),
        ProviderError::Unauthorized
    );
    let replicate = adapter(&fake, |s| {
        s.timeout = Duration::from_millis(200);
        s.retry.attempts = 2;
    });
    let invalid = replicate
        .generate(&task("owner/name", "[[422]] secret"))
        .await;
    assert_eq!(
        invalid.unwrap_err(),
        ProviderError::Rejected("Input validation failed".into())
    );
    let slow = replicate.generate(&task("owner/name", "[[slow]] x")).await;
    assert_eq!(slow.unwrap_err(), ProviderError::Timeout);
    assert_class(
        replicate
            .generate(&task("owner/name", "[[garbage]] x"))
            .await,
        "bad_response",
    );
    assert_class(replicate.generate(&task("no-slash", "x")).await, "rejected");
}

type Received = Arc<Mutex<Vec<Result<WebhookEvent, String>>>>;

async fn receive(
    State((replicate, received)): State<(Arc<Replicate>, Received)>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let verified = verify_webhook(WEBHOOK_SECRET, &headers, &body, chrono::Utc::now());
    if let Ok(event) = &verified {
        replicate.wake(&event.prediction_id);
    }
    let ok = verified.is_ok();
    received
        .lock()
        .unwrap()
        .push(verified.map_err(|e| e.to_string()));
    if ok {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::BAD_REQUEST
    }
}

#[tokio::test]
async fn a_verified_webhook_wakes_the_poll_loop_early() {
    let fake = spawn().await;
    let received: Received = Arc::default();
    // The receiver needs the adapter and the adapter needs the receiver's URL: bind first.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook_url = format!("http://{}/hooks/replicate", listener.local_addr().unwrap());
    let replicate = Arc::new(adapter(&fake, |s| {
        s.poll_interval = Duration::from_secs(5);
        s.poll_interval_max = Duration::from_secs(5);
        s.webhook = Some(WebhookSettings {
            url: hook_url.parse().unwrap(),
        });
    }));
    let router = Router::new()
        .route("/hooks/replicate", post(receive))
        .with_state((Arc::clone(&replicate), Arc::clone(&received)));
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });

    let started = Instant::now();
    let mut one = task("owner/name", "[[webhook]] x");
    one.count = 1;
    let outputs = replicate.generate(&one).await.unwrap();
    assert_pngs(&outputs, 1, 24, 16);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "woken, not a 5 s poll: {:?}",
        started.elapsed()
    );
    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let event = received[0].clone().unwrap();
    assert_eq!(event.status, "succeeded");
    assert!(event.webhook_id.starts_with("msg_"));
}
