//! ComfyUI (`comfyui`): the operator's own ComfyUI server runs a workflow file per model (API
//! format JSON) with our prompt, seed, size, batch size and reference filled into the node
//! inputs the configuration names ([`workflow`]). One generation: upload the reference
//! (`/upload/image`) → queue the filled workflow (`POST /prompt` with a fresh client id) → follow
//! it on the websocket (`/ws`: steps to the job card, errors, the end), falling back to polling
//! `/history/{id}` with backoff when the websocket cannot be opened or drops → download the
//! output nodes' images (`/view`, size-capped, checked to be images) → forget the prompt in
//! ComfyUI's history. The wire format is in [`wire`].
//!
//! A cancelled job interrupts its prompt if it runs (`POST /interrupt` with its id) or takes it
//! out of the queue (`POST /queue {delete}`). Never logged: prompts, the workflow's values, the
//! authorization header.

pub mod wire;
pub mod workflow;

use std::{collections::HashMap, sync::Arc, time::Duration};

use futures::StreamExt as _;
use reqwest::{Client, RequestBuilder};
use secrecy::{ExposeSecret as _, SecretString};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest as _};
use url::Url;
use uuid::Uuid;

use super::{
    Output, Provider, ProviderError, ProviderKind, RetryPolicy, Task,
    download::{Policy, SafeFetch},
    http::Upstream,
};
use wire::{Event, Finished};
pub use workflow::Workflow;

/// How to reach ComfyUI and which workflow each model runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The server, e.g. `http://127.0.0.1:8188` (paths are appended; `ws`/`wss` for `/ws`).
    pub base_url: Url,
    /// The whole `Authorization` header (`Bearer …`, `Basic …`) when a proxy in front of
    /// ComfyUI wants one; sent on every request, the websocket's included, to that origin only.
    pub authorization: Option<SecretString>,
    /// The limit for one HTTP request.
    pub timeout: Duration,
    /// The longest one prompt may take from queueing to its end (then `Timeout`).
    pub deadline: Duration,
    /// Retries of 429, 5xx, connection failures and timeouts of each request.
    pub retry: RetryPolicy,
    /// The first wait between two polls of the history (doubles up to `max_poll`).
    pub poll: Duration,
    /// The longest wait between two polls.
    pub max_poll: Duration,
    /// While the websocket is quiet, how often the history is checked anyway (a message lost
    /// with a proxy's buffer must not hang the job).
    pub quiet_check: Duration,
    /// The largest image downloaded.
    pub max_bytes: u64,
    /// The workflow of each model, by the model's `upstream` name.
    pub workflows: HashMap<String, Arc<Workflow>>,
}

impl Settings {
    /// Settings with the usual defaults: 5 minutes per request, 10 minutes per prompt, default
    /// retries, polls from 0.5 s to 5 s, a history check every 15 s, 64 MB per image.
    #[must_use]
    pub fn new(base_url: Url) -> Self {
        Self {
            base_url,
            authorization: None,
            timeout: Duration::from_secs(300),
            deadline: Duration::from_secs(600),
            retry: RetryPolicy::default(),
            poll: Duration::from_millis(500),
            max_poll: Duration::from_secs(5),
            quiet_check: Duration::from_secs(15),
            max_bytes: super::download::DEFAULT_MAX_BYTES,
            workflows: HashMap::new(),
        }
    }
}

/// The ComfyUI adapter.
#[derive(Debug)]
pub struct ComfyUi {
    settings: Settings,
    http: Upstream,
    fetch: SafeFetch,
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Where a queued prompt stands, as far as we know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Queued, not seen running.
    Queued,
    /// Seen running (or cached): interrupting it is the way to stop it.
    Running,
    /// Not known (the websocket is gone): ask `/queue` before stopping it.
    Unknown,
}

impl ComfyUi {
    /// Builds the adapter and its HTTP clients.
    ///
    /// # Errors
    /// An HTTP client could not be built (TLS initialisation).
    pub fn new(settings: Settings) -> Result<Self, reqwest::Error> {
        let http = Upstream::new(ProviderKind::Comfyui, settings.timeout, settings.retry)?;
        let fetch = SafeFetch::new(
            ProviderKind::Comfyui,
            Policy::new(std::iter::once(&settings.base_url), &[]),
            settings.max_bytes,
            settings.timeout,
        )?;
        Ok(Self {
            settings,
            http,
            fetch,
        })
    }

    fn endpoint(&self, path: &str) -> String {
        super::http::endpoint(&self.settings.base_url, path)
    }

    fn authorize(&self, req: RequestBuilder) -> RequestBuilder {
        match &self.settings.authorization {
            Some(value) => req.header(reqwest::header::AUTHORIZATION, value.expose_secret()),
            None => req,
        }
    }

    /// `POST /upload/image`: the reference, under a name of our own (overwritten if it exists).
    async fn upload(&self, task: &Task, png: &bytes::Bytes) -> Result<String, ProviderError> {
        let url = self.endpoint("upload/image");
        let name = format!("obscura-{}.png", task.id.simple());
        let raw = self
            .http
            .send(
                "upload",
                |c: &Client| {
                    let part = reqwest::multipart::Part::bytes(png.to_vec())
                        .file_name(name.clone())
                        .mime_str("image/png")
                        .unwrap_or_else(|_| reqwest::multipart::Part::bytes(png.to_vec()));
                    let form = reqwest::multipart::Form::new()
                        .part("image", part)
                        .text("overwrite", "true")
                        .text("type", "input");
                    self.authorize(c.post(&url).multipart(form))
                },
                |_, _| None,
            )
            .await?;
        let uploaded: wire::Uploaded = serde_json::from_slice(&raw)
            .map_err(|_| ProviderError::BadResponse("invalid upload answer".into()))?;
        Ok(uploaded.image_value())
    }

    /// `POST /prompt`: queues the filled workflow, answering its id.
    async fn queue(
        &self,
        graph: &serde_json::Value,
        client_id: &str,
    ) -> Result<String, ProviderError> {
        let url = self.endpoint("prompt");
        let body = serde_json::json!({ "prompt": graph, "client_id": client_id });
        let raw = self
            .http
            .send(
                "prompt",
                |c| self.authorize(c.post(&url).json(&body)),
                wire::classify_prompt,
            )
            .await?;
        let queued: wire::Queued = serde_json::from_slice(&raw)
            .map_err(|_| ProviderError::BadResponse("invalid prompt answer".into()))?;
        if queued.prompt_id.is_empty() {
            return Err(ProviderError::BadResponse("no prompt id".into()));
        }
        Ok(queued.prompt_id)
    }

    /// Opens `/ws?clientId=…` (within 10 s), or `None`: the caller then polls.
    async fn socket(&self, client_id: &str) -> Option<Socket> {
        let mut url = self.settings.base_url.clone();
        let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
        url.set_scheme(scheme).ok()?;
        let path = format!("{}/ws", url.path().trim_end_matches('/'));
        url.set_path(&path);
        url.query_pairs_mut()
            .clear()
            .append_pair("clientId", client_id);
        let mut request = url.as_str().into_client_request().ok()?;
        if let Some(value) = &self.settings.authorization {
            let value = http::HeaderValue::from_str(value.expose_secret()).ok()?;
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, value);
        }
        let connect = tokio_tungstenite::connect_async(request);
        match tokio::time::timeout(self.settings.timeout.min(Duration::from_secs(10)), connect)
            .await
        {
            Ok(Ok((socket, _))) => Some(socket),
            _ => {
                tracing::debug!(
                    provider = "comfyui",
                    op = "ws",
                    "the websocket could not be opened; polling the history"
                );
                None
            }
        }
    }

    /// `GET /history/{id}`.
    async fn history(&self, prompt_id: &str) -> Result<Finished, ProviderError> {
        let url = self.endpoint(&format!("history/{prompt_id}"));
        let raw = self
            .http
            .send("history", |c| self.authorize(c.get(&url)), |_, _| None)
            .await?;
        wire::history(&raw, prompt_id)
    }

    /// Follows one queued prompt to its end: on the websocket while it lasts, then by polling.
    /// `step` turns this prompt's (value, max) into the job's progress.
    async fn follow(
        &self,
        task: &Task,
        socket: Option<Socket>,
        prompt_id: &str,
        step: &(dyn Fn(u32, u32) + Sync),
    ) -> Result<serde_json::Map<String, serde_json::Value>, ProviderError> {
        let deadline = Instant::now() + self.settings.deadline;
        let mut seen = if socket.is_some() {
            Seen::Queued
        } else {
            Seen::Unknown
        };
        let mut socket = socket;
        let mut wait = self.settings.poll;
        let mut next_check = Instant::now() + self.settings.quiet_check;
        loop {
            // On the websocket: wait for a message, a quiet check, the deadline or a cancel.
            if let Some(ws) = socket.as_mut() {
                let message = tokio::select! {
                    () = task.progress.cancelled() => return Err(self.stop(prompt_id, seen).await),
                    () = tokio::time::sleep_until(deadline) => {
                        let _ = self.stop(prompt_id, seen).await;
                        return Err(ProviderError::Timeout);
                    }
                    () = tokio::time::sleep_until(next_check) => None,
                    message = ws.next() => Some(message),
                };
                match message {
                    None => {
                        next_check = Instant::now() + self.settings.quiet_check;
                        if let Finished::Done(outputs) = self.history(prompt_id).await? {
                            return Ok(outputs);
                        }
                    }
                    Some(Some(Ok(Message::Text(text)))) => {
                        let event = Event::parse(text.as_str());
                        if event.prompt_id() != Some(prompt_id) {
                            continue;
                        }
                        match event {
                            Event::Started { .. } | Event::Executed { .. } => seen = Seen::Running,
                            Event::Progress { value, max, .. } => {
                                seen = Seen::Running;
                                step(value, max);
                            }
                            // The history is written before this message is sent.
                            Event::Done { .. } => break,
                            Event::Error { .. } | Event::Interrupted { .. } => {
                                return Err(ended(&event, task));
                            }
                            Event::Other => {}
                        }
                    }
                    Some(Some(Ok(_))) => {}
                    Some(None | Some(Err(_))) => {
                        tracing::debug!(
                            provider = "comfyui",
                            op = "ws",
                            "the websocket dropped; polling the history"
                        );
                        socket = None;
                        seen = if seen == Seen::Running {
                            Seen::Running
                        } else {
                            Seen::Unknown
                        };
                    }
                }
                continue;
            }
            // Polling.
            match self.history(prompt_id).await? {
                Finished::Done(outputs) => return Ok(outputs),
                Finished::Ended(event) => return Err(ended(&event, task)),
                Finished::Pending => {}
            }
            tokio::select! {
                () = task.progress.cancelled() => return Err(self.stop(prompt_id, seen).await),
                () = tokio::time::sleep_until(deadline) => {
                    let _ = self.stop(prompt_id, seen).await;
                    return Err(ProviderError::Timeout);
                }
                () = tokio::time::sleep(wait) => {}
            }
            wait = (wait * 2).min(self.settings.max_poll);
        }
        // Done on the websocket: the history holds the outputs (poll briefly if a proxy
        // reordered things).
        for _ in 0..5 {
            match self.history(prompt_id).await? {
                Finished::Done(outputs) => return Ok(outputs),
                Finished::Ended(event) => return Err(ended(&event, task)),
                Finished::Pending => tokio::time::sleep(self.settings.poll).await,
            }
        }
        Err(ProviderError::BadResponse(
            "the prompt ended without a history".into(),
        ))
    }

    /// Stops a prompt we no longer want: interrupts it if it runs, takes it out of the queue
    /// otherwise. Best effort; answers `Cancelled`.
    async fn stop(&self, prompt_id: &str, seen: Seen) -> ProviderError {
        let running = match seen {
            Seen::Running => true,
            Seen::Queued => false,
            Seen::Unknown => {
                let url = self.endpoint("queue");
                match self
                    .http
                    .send("queue", |c| self.authorize(c.get(&url)), |_, _| None)
                    .await
                {
                    Ok(raw) => wire::is_running(&raw, prompt_id),
                    Err(_) => false,
                }
            }
        };
        let (path, body, op) = if running {
            (
                "interrupt",
                serde_json::json!({ "prompt_id": prompt_id }),
                "interrupt",
            )
        } else {
            (
                "queue",
                serde_json::json!({ "delete": [prompt_id] }),
                "dequeue",
            )
        };
        let url = self.endpoint(path);
        let _ = self
            .http
            .send(
                op,
                |c| self.authorize(c.post(&url).json(&body)),
                |_, _| None,
            )
            .await;
        ProviderError::Cancelled
    }

    /// `GET /view` of each output file, capped and checked to be an image.
    async fn download(&self, files: &[wire::FileRef]) -> Result<Vec<Output>, ProviderError> {
        let mut out = Vec::with_capacity(files.len());
        let base = &self.settings.base_url;
        for file in files {
            let mut url = Url::parse(&self.endpoint("view"))
                .map_err(|_| ProviderError::BadResponse("bad view URL".into()))?;
            url.query_pairs_mut()
                .append_pair("filename", &file.filename)
                .append_pair("subfolder", &file.subfolder)
                .append_pair("type", &file.kind);
            let bytes = self
                .http
                .download(&self.fetch, &url, &|req, hop| {
                    if super::http::same_origin(hop, base) {
                        self.authorize(req)
                    } else {
                        req
                    }
                })
                .await?;
            if !wire::is_image(&bytes) {
                return Err(ProviderError::BadResponse(
                    "an output is not an image".into(),
                ));
            }
            out.push(Output { bytes });
        }
        Ok(out)
    }

    /// `POST /history {delete}`: ComfyUI keeps every prompt's workflow (our prompt text with it)
    /// in memory until it restarts; we take ours out once its images are here. Best effort.
    async fn forget(&self, prompt_id: &str) {
        let url = self.endpoint("history");
        let body = serde_json::json!({ "delete": [prompt_id] });
        let _ = self
            .http
            .send(
                "forget",
                |c| self.authorize(c.post(&url).json(&body)),
                |_, _| None,
            )
            .await;
    }
}

/// The error an ending message means for us.
fn ended(event: &Event, task: &Task) -> ProviderError {
    match event {
        Event::Interrupted { .. } if task.progress.is_cancelled() => ProviderError::Cancelled,
        Event::Interrupted { .. } => ProviderError::Failed("interrupted".into()),
        Event::Error {
            node,
            node_type,
            exception_type,
            exception_message,
            ..
        } => wire::execution_error(node, node_type, exception_type, exception_message),
        _ => ProviderError::BadResponse("unexpected message".into()),
    }
}

#[async_trait::async_trait]
impl Provider for ComfyUi {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Comfyui
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let Some(workflow) = self.settings.workflows.get(&task.upstream_model).cloned() else {
            return Err(ProviderError::Rejected(
                "no ComfyUI workflow is configured for this model".into(),
            ));
        };
        if task.progress.is_cancelled() {
            return Err(ProviderError::Cancelled);
        }
        let reference = match (&task.reference, &workflow.inputs.reference) {
            (Some(r), Some(_)) => Some(self.upload(task, &r.png).await?),
            _ => None,
        };
        // One prompt with the batch size, or one prompt per image (consecutive seeds).
        let wanted = task.count.max(1);
        let runs: Vec<(u64, u8)> = if workflow.inputs.count.is_some() {
            vec![(task.seed, wanted)]
        } else {
            (0..wanted)
                .map(|i| (task.seed.wrapping_add(u64::from(i)), 1))
                .collect()
        };
        let total_runs = u32::try_from(runs.len()).unwrap_or(1);
        let mut outputs = Vec::new();
        for (index, (seed, count)) in runs.into_iter().enumerate() {
            if task.progress.is_cancelled() {
                return Err(ProviderError::Cancelled);
            }
            let graph = workflow.fill(&workflow::Fill {
                prompt: &task.prompt,
                negative_prompt: task.negative_prompt.as_deref().unwrap_or(""),
                seed,
                width: task.width,
                height: task.height,
                count,
                reference: reference.as_deref(),
            });
            let client_id = Uuid::new_v4().simple().to_string();
            // Listen before queueing, so that no message about the prompt is missed.
            let socket = self.socket(&client_id).await;
            let prompt_id = self.queue(&graph, &client_id).await?;
            let index = u32::try_from(index).unwrap_or(0);
            let progress = task.progress.clone();
            let step = move |value: u32, max: u32| {
                if max > 0 {
                    progress.set(
                        index.saturating_mul(max).saturating_add(value),
                        total_runs.saturating_mul(max),
                    );
                }
            };
            let done = self.follow(task, socket, &prompt_id, &step).await?;
            let files = wire::images(&done, &workflow.outputs)?;
            let images = self.download(&files).await?;
            self.forget(&prompt_id).await;
            outputs.extend(images.into_iter().take(usize::from(count)));
        }
        if outputs.len() < usize::from(wanted) {
            return Err(ProviderError::BadResponse(format!(
                "expected {wanted} images, got {}",
                outputs.len()
            )));
        }
        Ok(outputs)
    }
}
