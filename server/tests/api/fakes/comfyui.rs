//! ComfyUI (`server.py`): `/upload/image`, `/prompt` (400 with `node_errors`), `/ws?clientId=`
//! (`status`, `execution_start`, `executing`, `progress`, `executed`, `execution_success`,
//! `execution_error`, `execution_interrupted`, a binary preview frame), `/history/{id}`,
//! `/queue` (GET and `{delete}`), `/interrupt`, `/view` and `POST /history {delete}`.
//!
//! Markers in the prompt text (found in any string input of the workflow): `[[node-error]]`
//! (a 400 naming node 4's `ckpt_name`), `[[oom]]` (an `execution_error` with
//! `torch.OutOfMemoryError`), `[[error]]` (a `RuntimeError`), `[[interrupted]]` (interrupted at
//! the server), `[[slow]]` (40 steps, 100 ms each, so that a test can cancel), `[[500]]`,
//! `[[queued]]` (never leaves the queue). `no_ws` makes `/ws` answer 404 (the polling path).

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use axum::{
    Json, Router,
    extract::{
        Path, Query, Request, State,
        ws::{Message, WebSocket, WebSocketUpgrade},
    },
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::{Log, has, serve, tiny_png};

#[derive(Default)]
struct Inner {
    sockets: HashMap<String, mpsc::UnboundedSender<Message>>,
    history: HashMap<String, Value>,
    running: Option<String>,
    pending: Vec<String>,
    interrupted: HashMap<String, Arc<AtomicBool>>,
    sizes: HashMap<String, (u32, u32)>,
    views: Vec<HashMap<String, String>>,
    counter: u64,
}

#[derive(Clone)]
struct Fake {
    log: Log,
    inner: Arc<Mutex<Inner>>,
    no_ws: bool,
}

pub struct ComfyFake {
    pub base: String,
    pub log: Log,
    inner: Arc<Mutex<Inner>>,
}

impl ComfyFake {
    /// The query of each `/view` request.
    pub fn views(&self) -> Vec<HashMap<String, String>> {
        self.inner.lock().unwrap().views.clone()
    }

    /// The workflows queued, in order.
    pub fn queued(&self) -> Vec<Value> {
        self.log
            .to("/prompt")
            .into_iter()
            .filter_map(|r| r.json.and_then(|j| j.get("prompt").cloned()))
            .collect()
    }
}

pub async fn spawn() -> ComfyFake {
    spawn_with(false).await
}

/// A fake whose websocket never opens.
pub async fn spawn_without_ws() -> ComfyFake {
    spawn_with(true).await
}

async fn spawn_with(no_ws: bool) -> ComfyFake {
    let fake = Fake {
        log: Log::default(),
        inner: Arc::default(),
        no_ws,
    };
    let router = Router::new()
        .route("/upload/image", post(upload))
        .route("/prompt", post(prompt))
        .route("/ws", get(ws))
        .route("/history/{id}", get(history))
        .route("/history", post(record_only))
        .route("/queue", get(queue).post(record_only))
        .route("/interrupt", post(interrupt))
        .route("/view", get(view))
        .with_state(fake.clone());
    ComfyFake {
        base: serve(router).await,
        log: fake.log,
        inner: fake.inner,
    }
}

async fn record_only(State(fake): State<Fake>, req: Request) -> StatusCode {
    fake.log.record(req).await;
    StatusCode::OK
}

async fn upload(State(fake): State<Fake>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    let Some((_, name, _, _)) = r.files.iter().find(|f| f.0 == "image") else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    Json(json!({"name": name, "subfolder": "", "type": "input"})).into_response()
}

/// Every string input of the workflow, joined: where the markers are.
fn texts(graph: &Value) -> String {
    graph
        .as_object()
        .map(|nodes| {
            nodes
                .values()
                .filter_map(|n| n.get("inputs").and_then(Value::as_object))
                .flat_map(|i| i.values().filter_map(Value::as_str).map(str::to_owned))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

fn find(graph: &Value, class: &str) -> Option<Value> {
    graph
        .as_object()?
        .values()
        .find(|n| n["class_type"] == class)
        .map(|n| n["inputs"].clone())
}

async fn prompt(State(fake): State<Fake>, req: Request) -> Response {
    let r = fake.log.record(req).await;
    let body = r.json.unwrap_or_default();
    let graph = body["prompt"].clone();
    let client = body["client_id"].as_str().unwrap_or_default().to_owned();
    let text = texts(&graph);
    if has(&text, "500") {
        return (StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response();
    }
    if has(&text, "node-error") {
        let error = json!({
            "error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation", "details": "", "extra_info": {}},
            "node_errors": {"4": {
                "errors": [{"type": "value_not_in_list", "message": "Value not in list",
                    "details": format!("ckpt_name: '{text}' not in []"),
                    "extra_info": {"input_name": "ckpt_name", "received_value": text}}],
                "dependent_outputs": ["9"], "class_type": "CheckpointLoaderSimple"}}
        });
        return (StatusCode::BAD_REQUEST, Json(error)).into_response();
    }
    let latent = find(&graph, "EmptyLatentImage").unwrap_or_default();
    let batch = latent["batch_size"].as_u64().unwrap_or(1);
    let size = (
        latent["width"].as_u64().unwrap_or(64) as u32,
        latent["height"].as_u64().unwrap_or(64) as u32,
    );
    let (id, number, flag) = {
        let mut inner = fake.inner.lock().unwrap();
        inner.counter += 1;
        let id = format!("00000000-0000-4000-8000-{:012}", inner.counter);
        let flag = Arc::new(AtomicBool::new(false));
        inner.interrupted.insert(id.clone(), flag.clone());
        inner.pending.push(id.clone());
        inner.sizes.insert(id.clone(), size);
        (id, inner.counter, flag)
    };
    if !has(&text, "queued") {
        tokio::spawn(execute(fake.clone(), id.clone(), client, text, batch, flag));
    }
    Json(json!({"prompt_id": id, "number": number, "node_errors": {}})).into_response()
}

impl Fake {
    fn send(&self, client: &str, kind: &str, data: Value) {
        let msg = json!({"type": kind, "data": data}).to_string();
        if let Some(tx) = self.inner.lock().unwrap().sockets.get(client) {
            let _ = tx.send(Message::Text(msg.into()));
        }
    }

    fn finish(&self, id: &str, entry: Value) {
        let mut inner = self.inner.lock().unwrap();
        inner.history.insert(id.to_owned(), entry);
        inner.running = None;
    }
}

/// Runs a queued prompt as ComfyUI's `prompt_worker` would.
async fn execute(
    fake: Fake,
    id: String,
    client: String,
    text: String,
    batch: u64,
    interrupted: Arc<AtomicBool>,
) {
    // Let the client's websocket register (the adapter opens it before queueing).
    for _ in 0..50 {
        if fake.no_ws || fake.inner.lock().unwrap().sockets.contains_key(&client) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    {
        let mut inner = fake.inner.lock().unwrap();
        inner.pending.retain(|p| *p != id);
        inner.running = Some(id.clone());
    }
    let pid = json!(id);
    fake.send(
        &client,
        "execution_start",
        json!({"prompt_id": pid, "timestamp": 0}),
    );
    fake.send(
        &client,
        "execution_cached",
        json!({"nodes": [], "prompt_id": pid, "timestamp": 0}),
    );
    fake.send(
        &client,
        "executing",
        json!({"node": "3", "display_node": "3", "prompt_id": pid}),
    );
    if let Some(tx) = fake.inner.lock().unwrap().sockets.get(&client) {
        // A preview: a 4-byte event type, a 4-byte image type, then the image.
        let _ = tx.send(Message::Binary(
            vec![0, 0, 0, 1, 0, 0, 0, 2, 1, 2, 3].into(),
        ));
    }
    let steps: u32 = if has(&text, "slow") { 40 } else { 4 };
    let wait = Duration::from_millis(if has(&text, "slow") { 100 } else { 5 });
    let fail = |kind: &str, data: Value| {
        let mut data = data;
        data["prompt_id"] = pid.clone();
        fake.send(&client, kind, data.clone());
        fake.finish(
            &id,
            json!({"prompt": [], "outputs": {}, "status": {"status_str": "error", "completed": false,
                "messages": [["execution_start", {"prompt_id": pid}], [kind, data]]}}),
        );
        fake.send(
            &client,
            "executing",
            json!({"node": null, "prompt_id": pid}),
        );
    };
    for step in 1..=steps {
        if interrupted.load(Ordering::SeqCst) || (has(&text, "interrupted") && step == 2) {
            fail(
                "execution_interrupted",
                json!({"node_id": "3", "node_type": "KSampler", "executed": ["4"]}),
            );
            return;
        }
        tokio::time::sleep(wait).await;
        fake.send(
            &client,
            "progress",
            json!({"value": step, "max": steps, "prompt_id": pid, "node": "3"}),
        );
    }
    if has(&text, "oom") {
        fail(
            "execution_error",
            json!({"node_id": "3", "node_type": "KSampler", "executed": [],
                "exception_type": "torch.OutOfMemoryError",
                "exception_message": "Allocation on device \nThis error means you ran out of memory on your GPU.",
                "traceback": ["..."], "current_inputs": {"text": text}, "current_outputs": []}),
        );
        return;
    }
    if has(&text, "error") {
        fail(
            "execution_error",
            json!({"node_id": "8", "node_type": "VAEDecode", "executed": [],
                "exception_type": "RuntimeError",
                "exception_message": format!("failed on {text}"),
                "traceback": [], "current_inputs": {}, "current_outputs": []}),
        );
        return;
    }
    let images: Vec<Value> = (0..batch)
        .map(|i| json!({"filename": format!("ComfyUI_{id}_{i:05}_.png"), "subfolder": "", "type": "output"}))
        .collect();
    let output = json!({"images": images});
    fake.send(
        &client,
        "executed",
        json!({"node": "9", "display_node": "9", "output": output, "prompt_id": pid}),
    );
    fake.send(
        &client,
        "execution_success",
        json!({"prompt_id": pid, "timestamp": 0}),
    );
    fake.finish(
        &id,
        json!({"prompt": [], "outputs": {"9": output}, "status": {"status_str": "success", "completed": true, "messages": []}, "meta": {}}),
    );
    fake.send(
        &client,
        "executing",
        json!({"node": null, "prompt_id": pid}),
    );
}

async fn ws(
    State(fake): State<Fake>,
    Query(q): Query<HashMap<String, String>>,
    req_headers: axum::http::HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    let path = format!(
        "/ws?clientId={}",
        q.get("clientId").cloned().unwrap_or_default()
    );
    let mut req = Request::new(axum::body::Body::empty());
    *req.uri_mut() = path.parse().unwrap();
    *req.headers_mut() = req_headers;
    fake.log.record(req).await;
    if fake.no_ws {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Ok(upgrade) = upgrade else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let client = q.get("clientId").cloned().unwrap_or_default();
    upgrade.on_upgrade(move |socket| session(fake, client, socket))
}

async fn session(fake: Fake, client: String, mut socket: WebSocket) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let status = json!({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": client}});
    let _ = socket.send(Message::Text(status.to_string().into())).await;
    fake.inner
        .lock()
        .unwrap()
        .sockets
        .insert(client.clone(), tx);
    loop {
        tokio::select! {
            out = rx.recv() => match out {
                Some(m) => if socket.send(m).await.is_err() { break },
                None => break,
            },
            incoming = socket.recv() => if !matches!(incoming, Some(Ok(_))) { break },
        }
    }
    fake.inner.lock().unwrap().sockets.remove(&client);
}

async fn history(State(fake): State<Fake>, Path(id): Path<String>, req: Request) -> Response {
    fake.log.record(req).await;
    let inner = fake.inner.lock().unwrap();
    match inner.history.get(&id) {
        Some(entry) => Json(json!({ id: entry })).into_response(),
        None => Json(json!({})).into_response(),
    }
}

async fn queue(State(fake): State<Fake>, req: Request) -> Response {
    fake.log.record(req).await;
    let inner = fake.inner.lock().unwrap();
    let running: Vec<Value> = inner
        .running
        .iter()
        .map(|id| json!([0, id, {}, {}, []]))
        .collect();
    let pending: Vec<Value> = inner
        .pending
        .iter()
        .map(|id| json!([1, id, {}, {}, []]))
        .collect();
    Json(json!({"queue_running": running, "queue_pending": pending})).into_response()
}

async fn interrupt(State(fake): State<Fake>, req: Request) -> StatusCode {
    let r = fake.log.record(req).await;
    let inner = fake.inner.lock().unwrap();
    // Newer ComfyUI interrupts only the named prompt, and only if it runs.
    let named = r
        .json
        .as_ref()
        .and_then(|j| j.get("prompt_id"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let target = match (named, &inner.running) {
        (Some(n), Some(running)) if n == *running => Some(n),
        (None, Some(running)) => Some(running.clone()),
        _ => None,
    };
    if let Some(id) = target
        && let Some(flag) = inner.interrupted.get(&id)
    {
        flag.store(true, Ordering::SeqCst);
    }
    StatusCode::OK
}

async fn view(
    State(fake): State<Fake>,
    Query(q): Query<HashMap<String, String>>,
    req: Request,
) -> Response {
    fake.log.record(req).await;
    fake.inner.lock().unwrap().views.push(q.clone());
    // `filename=ComfyUI_<prompt id>_<n>_.png`: the size that prompt asked for.
    let filename = q.get("filename").cloned().unwrap_or_default();
    let size = {
        let inner = fake.inner.lock().unwrap();
        inner
            .sizes
            .iter()
            .find(|(id, _)| filename.contains(id.as_str()))
            .map(|(_, s)| *s)
    };
    if q.get("type").map(String::as_str) != Some("output") || size.is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let (w, h) = size.unwrap_or((64, 64));
    ([("content-type", "image/png")], tiny_png(w, h)).into_response()
}
