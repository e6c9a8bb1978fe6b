//! Replicate predictions (spec §1.2): create (`/v1/models/{owner}/{name}/predictions` or
//! `/v1/predictions` with a version), poll (`/v1/predictions/{id}`: starting → processing →
//! terminal on the second poll), cancel, output files on the fake itself, problem-style errors
//! and throttling, and signed Standard Webhooks. Extra markers: `[[nsfw]]`, `[[fail]]`,
//! `[[cancel]]`, `[[never]]` (stays processing), `[[string-output]]`, `[[data-url]]`,
//! `[[webhook]]` (succeeds 300 ms after creation, whatever the polls, and sends the
//! `completed` webhook then).

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU32, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    Json, Router,
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use super::{Log, SLOW, has, other_origin, serve, tiny_png};

pub const TOKEN: &str = "r8_test_token";
/// The webhook signing secret (Standard Webhooks form).
pub const WEBHOOK_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

struct Prediction {
    prompt: String,
    count: usize,
    created: Instant,
    polls: u32,
    canceled: bool,
}

#[derive(Clone)]
struct Fake {
    log: Log,
    calls: Arc<AtomicU32>,
    base: Arc<std::sync::OnceLock<String>>,
    predictions: Arc<Mutex<HashMap<String, Prediction>>>,
}

pub struct ReplicateFake {
    pub base: String,
    pub log: Log,
}

pub async fn spawn() -> ReplicateFake {
    let fake = Fake {
        log: Log::default(),
        calls: Arc::default(),
        base: Arc::default(),
        predictions: Arc::default(),
    };
    let router = Router::new()
        .route("/v1/models/{owner}/{name}/predictions", post(create))
        .route("/v1/predictions", post(create))
        .route("/v1/predictions/{id}", get(poll))
        .route("/v1/predictions/{id}/cancel", post(cancel))
        .route("/files/{name}", get(file))
        .with_state(fake.clone());
    let base = serve(router).await;
    fake.base.set(base.clone()).unwrap();
    ReplicateFake {
        base,
        log: fake.log,
    }
}

fn problem(status: StatusCode, title: &str, detail: &str) -> Response {
    let body = json!({"title": title, "detail": detail, "status": status.as_u16()});
    (status, Json(body)).into_response()
}

fn authorized(r: &super::Recorded) -> Option<Response> {
    (r.auth() != Some(&format!("Bearer {TOKEN}"))).then(|| {
        problem(
            StatusCode::UNAUTHORIZED,
            "Unauthenticated",
            "You did not pass a valid authentication token",
        )
    })
}

impl Fake {
    /// The prediction object as the API shows it now.
    fn view(&self, id: &str, p: &Prediction) -> Value {
        let base = self.base.get().unwrap();
        let files = other_origin(base);
        let prompt = &p.prompt;
        let done = if has(prompt, "webhook") {
            p.created.elapsed() >= Duration::from_millis(300)
        } else {
            p.polls >= 2 && !has(prompt, "never")
        };
        let (status, output, error) = if p.canceled || (done && has(prompt, "cancel")) {
            ("canceled", Value::Null, Value::Null)
        } else if p.polls == 0 && !done {
            ("starting", Value::Null, Value::Null)
        } else if !done {
            ("processing", Value::Null, Value::Null)
        } else if has(prompt, "nsfw") {
            let e = "NSFW content detected. Try running it again, or try a different prompt.";
            ("failed", Value::Null, json!(e))
        } else if has(prompt, "fail") {
            (
                "failed",
                Value::Null,
                json!(format!("CUDA out of memory while handling '{prompt}'")),
            )
        } else if has(prompt, "string-output") {
            (
                "succeeded",
                json!(format!("{files}/files/{id}-0.png")),
                Value::Null,
            )
        } else if has(prompt, "data-url") {
            let b64 = base64::engine::general_purpose::STANDARD.encode(tiny_png(8, 8));
            (
                "succeeded",
                json!([format!("data:image/png;base64,{b64}")]),
                Value::Null,
            )
        } else {
            let urls: Vec<_> = (0..p.count)
                .map(|i| format!("{files}/files/{id}-{i}.png"))
                .collect();
            ("succeeded", json!(urls), Value::Null)
        };
        json!({
            "id": id, "model": "owner/name", "version": "v1", "input": {"prompt": prompt},
            "status": status, "output": output, "error": error, "logs": "",
            "created_at": "2026-03-01T12:00:00Z", "data_removed": false,
            "urls": {
                "get": format!("{base}/v1/predictions/{id}"),
                "cancel": format!("{base}/v1/predictions/{id}/cancel"),
            }
        })
    }
}

async fn create(State(fake): State<Fake>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    let call = fake.calls.fetch_add(1, Ordering::SeqCst) + 1;
    if let Some(res) = authorized(&r) {
        return res;
    }
    let body = r.json.clone().unwrap_or_default();
    let prompt = r.prompt();
    let throttled = |retry_after: &str| {
        let detail = "Request was throttled. Your rate limit resets in ~1s.";
        let mut res = (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({"detail": detail})),
        )
            .into_response();
        res.headers_mut()
            .insert("retry-after", retry_after.parse().unwrap());
        res
    };
    if has(&prompt, "429") {
        return throttled("1");
    }
    if has(&prompt, "429-once") && call == 1 {
        return throttled("0");
    }
    if has(&prompt, "400") || has(&prompt, "422") {
        let detail = format!("- input.prompt: {prompt} is not allowed");
        return problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Input validation failed",
            &detail,
        );
    }
    if has(&prompt, "500") || (has(&prompt, "500-once") && call == 1) {
        return problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            "",
        );
    }
    if has(&prompt, "slow") {
        tokio::time::sleep(SLOW).await;
    }
    if has(&prompt, "garbage") {
        return (StatusCode::CREATED, "<html>bad gateway</html>").into_response();
    }
    let id = format!("pred{call:04}x");
    let count = body
        .pointer("/input/num_outputs")
        .and_then(Value::as_u64)
        .unwrap_or(1) as usize;
    let prediction = Prediction {
        prompt: prompt.clone(),
        count,
        created: Instant::now(),
        polls: 0,
        canceled: false,
    };
    let view = fake.view(&id, &prediction);
    fake.predictions
        .lock()
        .unwrap()
        .insert(id.clone(), prediction);
    if let Some(hook) = body
        .get("webhook")
        .and_then(Value::as_str)
        .filter(|_| has(&prompt, "webhook"))
    {
        let (fake, hook, id) = (fake.clone(), hook.to_owned(), id.clone());
        tokio::spawn(async move {
            // Like Replicate, the webhook comes once the prediction is done, some time later.
            tokio::time::sleep(Duration::from_millis(320)).await;
            let view = {
                let predictions = fake.predictions.lock().unwrap();
                fake.view(&id, &predictions[&id])
            };
            send_webhook(&hook, &view).await;
        });
    }
    (StatusCode::CREATED, Json(view)).into_response()
}

/// Signs and posts `prediction` to `url` as Replicate does (Standard Webhooks).
pub async fn send_webhook(url: &str, prediction: &Value) -> reqwest::StatusCode {
    let body = prediction.to_string();
    let id = format!("msg_{}", prediction["id"].as_str().unwrap());
    let ts = chrono::Utc::now().timestamp().to_string();
    let key = base64::engine::general_purpose::STANDARD
        .decode(WEBHOOK_SECRET.trim_start_matches("whsec_"))
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{ts}.{body}").as_bytes());
    let sig = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", ts)
        .header("webhook-signature", format!("v1,{sig}"))
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
}

async fn poll(State(fake): State<Fake>, Path(id): Path<String>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    if let Some(res) = authorized(&r) {
        return res;
    }
    let mut predictions = fake.predictions.lock().unwrap();
    let Some(p) = predictions.get_mut(&id) else {
        return problem(StatusCode::NOT_FOUND, "Not found", "");
    };
    p.polls += 1;
    Json(fake.view(&id, p)).into_response()
}

async fn cancel(State(fake): State<Fake>, Path(id): Path<String>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    if let Some(res) = authorized(&r) {
        return res;
    }
    let mut predictions = fake.predictions.lock().unwrap();
    let Some(p) = predictions.get_mut(&id) else {
        return problem(StatusCode::NOT_FOUND, "Not found", "");
    };
    p.canceled = true;
    Json(fake.view(&id, p)).into_response()
}

async fn file(State(fake): State<Fake>, req: Request) -> Response {
    fake.log.record(req).await;
    ([("content-type", "image/png")], tiny_png(24, 16)).into_response()
}
