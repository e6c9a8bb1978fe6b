//! AUTOMATIC1111 / Forge (`/sdapi/v1/txt2img`, `/sdapi/v1/img2img`): `{images, parameters,
//! info}` answers, FastAPI `{"detail":[…]}` 422s, `{"error","detail","body","errors"}` 500s and
//! basic auth (`--api-auth`). Extra markers: `[[422]]`, `[[grid]]` (an extra grid image after
//! the batch). The checkpoint `missing.safetensors` fails as an unknown checkpoint does.

use std::sync::{
    Arc,
    atomic::{AtomicU32, Ordering},
};

use axum::{
    Json, Router,
    extract::{Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};
use base64::Engine as _;
use serde_json::json;

use super::{Log, SLOW, has, serve, tiny_png};

/// The `--api-auth` credentials the fake wants.
pub const USER: &str = "obscura";
pub const PASSWORD: &str = "sd-test-password";

#[derive(Clone)]
struct Fake {
    log: Log,
    calls: Arc<AtomicU32>,
}

pub struct SdFake {
    pub base: String,
    pub log: Log,
}

pub async fn spawn() -> SdFake {
    let fake = Fake {
        log: Log::default(),
        calls: Arc::default(),
    };
    let router = Router::new()
        .route("/sdapi/v1/txt2img", post(generate))
        .route("/sdapi/v1/img2img", post(generate))
        .with_state(fake.clone());
    SdFake {
        base: serve(router).await,
        log: fake.log,
    }
}

fn server_error(class: &str, errors: &str, request: &serde_json::Value) -> Response {
    // A1111 echoes the request in `body`: the adapter must not copy it anywhere.
    let body = json!({"error": class, "detail": "", "body": request.to_string(), "errors": errors});
    (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response()
}

async fn generate(State(fake): State<Fake>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    let call = fake.calls.fetch_add(1, Ordering::SeqCst) + 1;
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
    );
    if r.auth() != Some(expected.as_str()) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"detail": "Incorrect username or password"})),
        )
            .into_response();
    }
    let body = r.json.clone().unwrap_or_default();
    let prompt = r.prompt();
    if body
        .pointer("/override_settings/sd_model_checkpoint")
        .and_then(|c| c.as_str())
        == Some("missing.safetensors")
    {
        return server_error(
            "RuntimeError",
            "Checkpoint missing.safetensors not found",
            &body,
        );
    }
    if has(&prompt, "422") {
        let detail = json!({"detail": [{"loc": ["body", "width"], "msg": "value is not a valid integer", "type": "type_error.integer"}]});
        return (StatusCode::UNPROCESSABLE_ENTITY, Json(detail)).into_response();
    }
    if has(&prompt, "400") {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"detail": "Invalid encoded image"})),
        )
            .into_response();
    }
    if has(&prompt, "429") || (has(&prompt, "429-once") && call == 1) {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "0")],
            "Too Many Requests",
        )
            .into_response();
    }
    if has(&prompt, "500") || (has(&prompt, "500-once") && call == 1) {
        return server_error(
            "OutOfMemoryError",
            "CUDA out of memory. Tried to allocate 2.00 GiB",
            &body,
        );
    }
    if has(&prompt, "slow") {
        tokio::time::sleep(SLOW).await;
    }
    if has(&prompt, "garbage") {
        return (StatusCode::OK, "Internal Server Error").into_response();
    }
    let n = body["batch_size"].as_u64().unwrap_or(1) * body["n_iter"].as_u64().unwrap_or(1);
    let w = body["width"].as_u64().unwrap_or(512) as u32;
    let h = body["height"].as_u64().unwrap_or(512) as u32;
    let png = base64::engine::general_purpose::STANDARD.encode(tiny_png(w, h));
    let mut images = vec![png; n as usize];
    if has(&prompt, "grid") {
        images.push("bm90IGEgcG5n".into());
    }
    let info = json!({"seed": body["seed"], "all_seeds": [body["seed"]], "width": w, "height": h});
    Json(json!({"images": images, "parameters": body, "info": info.to_string()})).into_response()
}
