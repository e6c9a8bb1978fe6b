//! Replicate's asynchronous predictions: create, poll (woken early by a verified webhook when one
//! is configured), download the outputs at once (Replicate deletes them after an hour).
//!
//! A create that times out or meets a 5xx is retried like any request; Replicate has no
//! idempotency key, so such a retry may start (and bill) a second prediction.

mod webhook;
mod wire;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use base64::Engine as _;
use secrecy::{ExposeSecret as _, SecretString};
use url::Url;

pub use webhook::{TOLERANCE_SECS, Wakeups, WebhookError, WebhookEvent, verify_webhook};
use wire::{ModelRef, Prediction, Status};

use super::{
    Output, Provider, ProviderError, ProviderKind, RetryPolicy, Task,
    download::{Downloads, Policy, SafeFetch},
    http::{Upstream, same_origin},
};

/// The public API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.replicate.com/v1";

/// Where Replicate serves prediction outputs (`https` only, public addresses only).
pub const DELIVERY_HOSTS: &[&str] = &["replicate.delivery", "*.replicate.delivery"];

/// Where Replicate should send `completed` webhooks.
#[derive(Debug, Clone)]
pub struct WebhookSettings {
    /// Our public webhook endpoint.
    pub url: Url,
}

/// How to reach Replicate and how patiently to wait.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The API base, e.g. [`DEFAULT_BASE_URL`].
    pub base_url: Url,
    /// The API token.
    pub api_token: SecretString,
    /// The limit for one HTTP request (create, poll or download).
    pub timeout: Duration,
    /// Retries of 429, 5xx and timeouts, per request.
    pub retry: RetryPolicy,
    /// The first wait between polls; it grows by half each poll up to `poll_interval_max`.
    pub poll_interval: Duration,
    /// The longest wait between polls.
    pub poll_interval_max: Duration,
    /// How long a prediction may take in all; also sent as `Cancel-After`.
    pub deadline: Duration,
    /// Webhooks for early wake-ups, when we are reachable from Replicate.
    pub webhook: Option<WebhookSettings>,
    /// Extra trusted origins for outputs and the size cap (see [`super::download`]).
    pub downloads: Downloads,
}

impl Settings {
    /// Settings with the usual waits (0.5 s growing to 5 s, 5-minute deadline, 60 s requests).
    #[must_use]
    pub fn new(base_url: Url, api_token: SecretString) -> Self {
        Self {
            base_url,
            api_token,
            timeout: Duration::from_secs(60),
            retry: RetryPolicy::default(),
            poll_interval: Duration::from_millis(500),
            poll_interval_max: Duration::from_secs(5),
            deadline: Duration::from_secs(300),
            webhook: None,
            downloads: Downloads::default(),
        }
    }
}

/// The Replicate adapter.
#[derive(Debug)]
pub struct Replicate {
    settings: Settings,
    http: Upstream,
    fetch: SafeFetch,
    wakeups: Arc<Wakeups>,
}

/// Forgets a prediction's wake-up when its poll loop ends, however it ends.
struct Registration<'a> {
    wakeups: &'a Wakeups,
    id: String,
}

impl Drop for Registration<'_> {
    fn drop(&mut self) {
        self.wakeups.forget(&self.id);
    }
}

impl Replicate {
    /// Builds the adapter and its HTTP client.
    ///
    /// # Errors
    /// The HTTP client could not be built (TLS initialisation).
    pub fn new(settings: Settings) -> Result<Self, reqwest::Error> {
        let http = Upstream::new(ProviderKind::Replicate, settings.timeout, settings.retry)?;
        let policy = Policy::new(
            std::iter::once(&settings.base_url).chain(&settings.downloads.extra_origins),
            DELIVERY_HOSTS,
        );
        let fetch = SafeFetch::new(
            ProviderKind::Replicate,
            policy,
            settings.downloads.max_bytes,
            settings.timeout,
        )?;
        Ok(Self {
            settings,
            http,
            fetch,
            wakeups: Wakeups::new(),
        })
    }

    /// Wakes the poll loop of `prediction_id` now (call it after [`verify_webhook`]).
    /// Returns whether a loop was waiting.
    pub fn wake(&self, prediction_id: &str) -> bool {
        self.wakeups.wake(prediction_id)
    }

    /// The registry of waiting poll loops.
    #[must_use]
    pub fn wakeups(&self) -> Arc<Wakeups> {
        Arc::clone(&self.wakeups)
    }

    fn endpoint(&self, path: &str) -> String {
        super::http::endpoint(&self.settings.base_url, path)
    }

    /// An API URL Replicate gave us, if it points at the API we trust with the token.
    fn api_url(&self, given: Option<&str>, fallback: String) -> String {
        given
            .and_then(|u| Url::parse(u).ok())
            .filter(|u| same_origin(u, &self.settings.base_url))
            .map_or(fallback, String::from)
    }

    fn create_body(&self, task: &Task, model: &ModelRef<'_>) -> serde_json::Value {
        let mut input = serde_json::json!({
            "prompt": task.prompt,
            "width": task.width,
            "height": task.height,
            "num_outputs": task.count,
            // Most image models validate seeds as 32-bit.
            "seed": task.seed & u64::from(u32::MAX),
        });
        if let Some(negative) = task.negative_prompt.as_deref().filter(|n| !n.is_empty()) {
            input["negative_prompt"] = negative.into();
        }
        if let Some(reference) = &task.reference {
            let b64 = base64::engine::general_purpose::STANDARD.encode(&reference.png);
            input["image"] = format!("data:image/png;base64,{b64}").into();
        }
        let mut body = serde_json::json!({ "input": input });
        if let ModelRef::Version(version) = model {
            body["version"] = (*version).into();
        }
        if let Some(hook) = &self.settings.webhook {
            body["webhook"] = hook.url.as_str().into();
            body["webhook_events_filter"] = serde_json::json!(["completed"]);
        }
        body
    }

    async fn create(&self, task: &Task) -> Result<Prediction, ProviderError> {
        let model = wire::parse_model(&task.upstream_model)?;
        let url = match model {
            ModelRef::Model { owner, name } => {
                self.endpoint(&format!("models/{owner}/{name}/predictions"))
            }
            ModelRef::Version(_) => self.endpoint("predictions"),
        };
        let body = self.create_body(task, &model);
        let cancel_after = format!("{}s", self.settings.deadline.as_secs().max(5));
        // Holding the create open a few seconds saves polls, when our timeout allows it.
        let prefer_wait = self.settings.timeout >= Duration::from_secs(10);
        let raw = self
            .http
            .send(
                "create",
                |c| {
                    let req = c
                        .post(&url)
                        .bearer_auth(self.settings.api_token.expose_secret())
                        .header("Cancel-After", &cancel_after)
                        .json(&body);
                    if prefer_wait {
                        req.header("Prefer", "wait=5")
                    } else {
                        req
                    }
                },
                wire::classify,
            )
            .await?;
        wire::prediction(&raw)
    }

    async fn poll(&self, current: &Prediction) -> Result<Prediction, ProviderError> {
        let fallback = self.endpoint(&format!("predictions/{}", current.id));
        let url = self.api_url(
            current.urls.as_ref().and_then(|u| u.get.as_deref()),
            fallback,
        );
        let raw = self
            .http
            .send(
                "poll",
                |c| {
                    c.get(&url)
                        .bearer_auth(self.settings.api_token.expose_secret())
                },
                wire::classify,
            )
            .await?;
        let next = wire::prediction(&raw)?;
        if next.id != current.id {
            return Err(ProviderError::BadResponse(
                "another prediction answered".into(),
            ));
        }
        Ok(next)
    }

    /// Best effort: a prediction past our deadline should stop costing money.
    async fn cancel(&self, current: &Prediction) {
        let fallback = self.endpoint(&format!("predictions/{}/cancel", current.id));
        let url = self.api_url(
            current.urls.as_ref().and_then(|u| u.cancel.as_deref()),
            fallback,
        );
        let sent = self
            .http
            .send(
                "cancel",
                |c| {
                    c.post(&url)
                        .bearer_auth(self.settings.api_token.expose_secret())
                },
                |_, _| None,
            )
            .await;
        if let Err(err) = sent {
            tracing::info!(provider = "replicate", class = err.class(), "cancel failed");
        }
    }

    /// Polls until the prediction ends or the deadline passes.
    async fn wait(
        &self,
        mut current: Prediction,
        started: Instant,
    ) -> Result<Prediction, ProviderError> {
        if current.status.is_terminal() {
            return Ok(current);
        }
        let _registration = Registration {
            wakeups: &self.wakeups,
            id: current.id.clone(),
        };
        let woken = self.wakeups.register(&current.id);
        let mut interval = self.settings.poll_interval;
        loop {
            let left = self.settings.deadline.saturating_sub(started.elapsed());
            if left.is_zero() {
                self.cancel(&current).await;
                return Err(ProviderError::Timeout);
            }
            tokio::select! {
                () = tokio::time::sleep(interval.min(left)) => {}
                () = woken.notified() => {}
            }
            current = self.poll(&current).await?;
            if current.status.is_terminal() {
                return Ok(current);
            }
            interval = interval
                .mul_f32(1.5)
                .min(self.settings.poll_interval_max)
                .max(Duration::from_millis(1));
        }
    }

    async fn download(&self, url: &str) -> Result<Output, ProviderError> {
        if let Some(bytes) = wire::data_url(url) {
            return bytes.map(|bytes| Output { bytes });
        }
        let parsed = Url::parse(url)
            .map_err(|_| ProviderError::BadResponse("an output that is not a URL".into()))?;
        // Outputs live on a CDN: the token goes only to the API's own origin, hop by hop.
        let base = &self.settings.base_url;
        let token = &self.settings.api_token;
        let bytes = self
            .http
            .download(&self.fetch, &parsed, &|req, hop| {
                if same_origin(hop, base) {
                    req.bearer_auth(token.expose_secret())
                } else {
                    req
                }
            })
            .await?;
        Ok(Output { bytes })
    }
}

#[async_trait::async_trait]
impl Provider for Replicate {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Replicate
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let started = Instant::now();
        let created = self.create(task).await?;
        let done = self.wait(created, started).await?;
        let private = [
            task.prompt.as_str(),
            task.negative_prompt.as_deref().unwrap_or(""),
        ];
        match done.status {
            Status::Succeeded => {}
            Status::Failed => return Err(wire::failure(done.error.as_ref(), &private)),
            _ => return Err(ProviderError::Timeout),
        }
        let urls = wire::output_urls(done.output.as_ref());
        let wanted = usize::from(task.count);
        if urls.len() < wanted {
            return Err(ProviderError::BadResponse(format!(
                "expected {wanted} images, got {}",
                urls.len()
            )));
        }
        let mut outputs = Vec::with_capacity(wanted);
        for url in urls.iter().take(wanted) {
            outputs.push(self.download(url).await?);
        }
        Ok(outputs)
    }
}
