//! The OpenAI Images API (spec §1.1): `POST /v1/images/generations` (JSON) and
//! `POST /v1/images/edits` (multipart), `{"data":[{"b64_json"}]}` answers and
//! `{"error":{message,type,param,code}}` errors. Extra marker: `[[url]]` answers with URLs
//! (served at `/files/…`, as DALL·E did) instead of base64.

use std::sync::{
    Arc,
    atomic::{AtomicU32, Ordering},
};

use axum::{
    Json, Router,
    extract::{Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use base64::Engine as _;
use serde_json::json;

use super::{Log, SLOW, has, other_origin, serve, tiny_png};

/// The key the fake accepts.
pub const KEY: &str = "sk-test-openai-key";

#[derive(Clone)]
struct Fake {
    log: Log,
    calls: Arc<AtomicU32>,
    base: Arc<std::sync::OnceLock<String>>,
}

/// A running fake: `base` is the server, the API is at `{base}/v1`.
pub struct OpenAiFake {
    pub base: String,
    pub log: Log,
}

pub async fn spawn() -> OpenAiFake {
    let fake = Fake {
        log: Log::default(),
        calls: Arc::default(),
        base: Arc::default(),
    };
    let router = Router::new()
        .route("/v1/images/generations", post(images))
        .route("/v1/images/edits", post(images))
        .route("/files/{name}", get(file))
        .with_state(fake.clone());
    let base = serve(router).await;
    fake.base.set(base.clone()).unwrap();
    OpenAiFake {
        base,
        log: fake.log,
    }
}

fn error(status: StatusCode, message: &str, kind: &str, code: Option<&str>) -> Response {
    let body = json!({"error": {"message": message, "type": kind, "param": null, "code": code}});
    (status, Json(body)).into_response()
}

async fn images(State(fake): State<Fake>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    let call = fake.calls.fetch_add(1, Ordering::SeqCst) + 1;
    let prompt = r.prompt();
    if r.auth() != Some(&format!("Bearer {KEY}")) || has(&prompt, "401") {
        return error(
            StatusCode::UNAUTHORIZED,
            "Incorrect API key provided: sk-***.",
            "invalid_request_error",
            Some("invalid_api_key"),
        );
    }
    if has(&prompt, "moderation") {
        return error(
            StatusCode::BAD_REQUEST,
            "Your request was rejected by the safety system.",
            "image_generation_user_error",
            Some("moderation_blocked"),
        );
    }
    if has(&prompt, "400") {
        // The message quotes the prompt, as real messages may: the adapter must keep the code.
        let message = format!("Invalid prompt: {prompt}");
        return error(
            StatusCode::BAD_REQUEST,
            &message,
            "invalid_request_error",
            Some("invalid_value"),
        );
    }
    let throttle = |reset: &str| {
        let mut res = error(
            StatusCode::TOO_MANY_REQUESTS,
            "Rate limit reached for images per minute.",
            "requests",
            Some("rate_limit_exceeded"),
        );
        res.headers_mut()
            .insert("x-ratelimit-reset-requests", reset.parse().unwrap());
        res.headers_mut()
            .insert("x-ratelimit-remaining-requests", "0".parse().unwrap());
        res
    };
    if has(&prompt, "429") {
        return throttle("1ms");
    }
    if has(&prompt, "429-once") && call == 1 {
        return throttle("300ms");
    }
    if has(&prompt, "429-long") {
        let mut res = throttle("1h0m0s");
        res.headers_mut()
            .insert("retry-after", "3600".parse().unwrap());
        return res;
    }
    if has(&prompt, "500") || (has(&prompt, "500-once") && call == 1) {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The server had an error while processing your request.",
            "server_error",
            None,
        );
    }
    if has(&prompt, "slow") {
        tokio::time::sleep(SLOW).await;
    }
    if has(&prompt, "garbage") {
        return (StatusCode::OK, "<html>upstream proxy error</html>").into_response();
    }
    let field = |name: &str| -> Option<String> {
        r.json
            .as_ref()
            .and_then(|j| j.get(name))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .or_else(|| r.texts.get(name).cloned())
    };
    let n: usize = field("n").and_then(|n| n.parse().ok()).unwrap_or(1);
    let size = field("size").unwrap_or_else(|| "1024x1024".into());
    let (w, h) = size.split_once('x').unwrap();
    let png = tiny_png(w.parse().unwrap(), h.parse().unwrap());
    let data: Vec<_> = (0..n)
        .map(|i| {
            if has(&prompt, "url") {
                json!({"url": format!("{}/files/{i}.png", other_origin(fake.base.get().unwrap()))})
            } else {
                json!({"b64_json": base64::engine::general_purpose::STANDARD.encode(&png)})
            }
        })
        .collect();
    let mut res = Json(json!({
        "created": 1_700_000_000, "data": data, "output_format": "png", "size": size,
        "quality": field("quality").unwrap_or_else(|| "auto".into()),
        "usage": {"total_tokens": 100, "input_tokens": 10, "output_tokens": 90}
    }))
    .into_response();
    res.headers_mut()
        .insert("x-request-id", "req_fake123".parse().unwrap());
    res
}

async fn file(State(fake): State<Fake>, req: Request) -> Response {
    fake.log.record(req).await;
    ([("content-type", "image/png")], tiny_png(16, 16)).into_response()
}
