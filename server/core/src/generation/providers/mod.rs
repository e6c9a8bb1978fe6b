//! Image providers: one trait, one implementation per kind of upstream. `local` is the built-in
//! offline renderer that needs no key and no network; `openai`, `sdwebui` and `replicate` speak
//! their services' documented wire formats (each module names its API). The worker sees only
//! [`Provider`].
//!
//! Adapters never log prompts. They retry what is worth retrying (429, 5xx, timeouts) with the
//! shared [`RetryPolicy`], and map every upstream answer to a [`ProviderError`] class.

pub mod candle;
pub mod comfyui;
pub mod download;
mod http;
pub mod local;
pub mod openai;
mod registry;
pub mod replicate;
pub mod sdwebui;

pub use registry::{Providers, WEBHOOK_PATH};

use std::{fmt, time::Duration};

use bytes::Bytes;
use uuid::Uuid;

/// Which implementation a model uses (the `provider` of a configured model).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// The built-in offline renderer.
    Local,
    /// The OpenAI Images API or a server that speaks it.
    Openai,
    /// A Stable Diffusion WebUI (AUTOMATIC1111 / Forge) server.
    Sdwebui,
    /// Replicate's asynchronous predictions.
    Replicate,
    /// The operator's ComfyUI server running a workflow file per model.
    Comfyui,
    /// The built-in diffusion engine on the operator's weights (`OBSCURA_LOCAL_MODEL_DIR`).
    Candle,
}

impl ProviderKind {
    /// The stored and configured name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Local => "local",
            Self::Openai => "openai",
            Self::Sdwebui => "sdwebui",
            Self::Replicate => "replicate",
            Self::Comfyui => "comfyui",
            Self::Candle => "candle",
        }
    }

    /// Who runs a model of this kind, for people (the offline renderer also names its models).
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Local => "Offline preview renderer",
            Self::Openai => "OpenAI Images API",
            Self::Sdwebui => "Stable Diffusion WebUI",
            Self::Replicate => "Replicate",
            Self::Comfyui => "ComfyUI",
            Self::Candle => "Built-in image engine",
        }
    }
}

pub use obscura_shared::generation::Quality;

/// A reference image, already checked and re-encoded as PNG without metadata.
#[derive(Clone)]
pub struct Reference {
    /// PNG bytes.
    pub png: Bytes,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl fmt::Debug for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reference")
            .field("bytes", &self.png.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

/// What a provider reports while it works (steps done of steps in all, for the job card), and
/// how it learns that the person cancelled the job. Cheap to clone: clones share one state.
/// Providers that cannot tell their progress leave it alone; providers that can stop early check
/// [`Progress::is_cancelled`] between steps (or `select!` on [`Progress::cancelled`]) and then
/// answer [`ProviderError::Cancelled`].
#[derive(Clone, Default)]
pub struct Progress {
    inner: std::sync::Arc<ProgressInner>,
}

#[derive(Default)]
struct ProgressInner {
    /// Steps done (high 32 bits) and steps in all (low 32 bits), set together.
    steps: std::sync::atomic::AtomicU64,
    cancelled: std::sync::atomic::AtomicBool,
    wake: tokio::sync::Notify,
}

impl Progress {
    /// A fresh state: nothing done, not cancelled.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// `done` steps of `total` are finished (`done` is capped at `total`).
    pub fn set(&self, done: u32, total: u32) {
        let value = (u64::from(done.min(total)) << 32) | u64::from(total);
        self.inner
            .steps
            .store(value, std::sync::atomic::Ordering::Release);
    }

    /// Steps done and steps in all (`(0, 0)`: not known).
    #[must_use]
    pub fn get(&self) -> (u32, u32) {
        let value = self.inner.steps.load(std::sync::atomic::Ordering::Acquire);
        #[allow(clippy::cast_possible_truncation)]
        ((value >> 32) as u32, value as u32)
    }

    /// Asks the provider to stop.
    pub fn cancel(&self) {
        self.inner
            .cancelled
            .store(true, std::sync::atomic::Ordering::Release);
        self.inner.wake.notify_waiters();
    }

    /// Whether the job was cancelled.
    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        self.inner
            .cancelled
            .load(std::sync::atomic::Ordering::Acquire)
    }

    /// Resolves once the job is cancelled (at once if it already is).
    pub async fn cancelled(&self) {
        loop {
            let notified = self.inner.wake.notified();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

impl fmt::Debug for Progress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (done, total) = self.get();
        f.debug_struct("Progress")
            .field("done", &done)
            .field("total", &total)
            .field("cancelled", &self.is_cancelled())
            .finish()
    }
}

/// What to generate. `Debug` leaves the prompt out (it must never reach a log).
#[derive(Clone)]
pub struct Task {
    /// Our id of the generation (a correlation id upstream, never user data).
    pub id: Uuid,
    /// The model's name at the provider (e.g. `gpt-image-1`, `owner/name`, a checkpoint).
    pub upstream_model: String,
    /// The prompt.
    pub prompt: String,
    /// What to avoid, when the model supports it.
    pub negative_prompt: Option<String>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Quality.
    pub quality: Quality,
    /// How many images (1–4).
    pub count: u8,
    /// The seed (providers without seeds ignore it).
    pub seed: u64,
    /// An optional reference image.
    pub reference: Option<Reference>,
    /// Where the provider reports its steps and learns of a cancellation.
    pub progress: Progress,
}

impl fmt::Debug for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Task")
            .field("id", &self.id)
            .field("upstream_model", &self.upstream_model)
            .field("width", &self.width)
            .field("height", &self.height)
            .field("quality", &self.quality)
            .field("count", &self.count)
            .field("seed", &self.seed)
            .field("reference", &self.reference)
            .field("progress", &self.progress)
            .finish_non_exhaustive()
    }
}

/// One image as the provider returned it (PNG, JPEG or WebP; the caller checks the bytes).
#[derive(Clone)]
pub struct Output {
    /// The file, untouched (provider metadata such as C2PA stays intact).
    pub bytes: Bytes,
}

impl fmt::Debug for Output {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Output")
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// Why a provider did not deliver. Messages never contain the prompt or a key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// The provider's safety system refused the prompt or the reference. Not retried.
    #[error("the provider refused the content")]
    ContentRejected,
    /// Still rate limited after the retries.
    #[error("the provider is rate limiting requests")]
    RateLimited {
        /// What the provider asked us to wait, when it said.
        retry_after: Option<Duration>,
    },
    /// 5xx, connection errors: still failing after the retries.
    #[error("the provider is unavailable: {0}")]
    Unavailable(String),
    /// The provider did not answer in time, after the retries.
    #[error("the provider did not answer in time")]
    Timeout,
    /// The provider refused our request as invalid (4xx other than the above). Not retried.
    #[error("the provider refused the request: {0}")]
    Rejected(String),
    /// Our credentials were refused (401/403). Not retried.
    #[error("the provider refused our credentials")]
    Unauthorized,
    /// The provider answered something we cannot use (bad JSON, no images, bad base64).
    #[error("the provider's answer was unusable: {0}")]
    BadResponse(String),
    /// The task failed upstream (an asynchronous provider reported failure or cancellation).
    #[error("the provider reported a failure: {0}")]
    Failed(String),
    /// A result URL we refused to fetch (not the provider's delivery host, a private address,
    /// too many redirects, too large). Not retried.
    #[error("the provider's result URL was refused: {0}")]
    UnsafeUrl(download::Refusal),
    /// The job was cancelled while the provider worked ([`Progress::cancel`]). Not retried.
    #[error("the job was cancelled")]
    Cancelled,
}

impl ProviderError {
    /// A stable class name for the usage log and metrics.
    #[must_use]
    pub const fn class(&self) -> &'static str {
        match self {
            Self::ContentRejected => "content_rejected",
            Self::RateLimited { .. } => "rate_limited",
            Self::Unavailable(_) => "unavailable",
            Self::Timeout => "timeout",
            Self::Rejected(_) => "rejected",
            Self::Unauthorized => "unauthorized",
            Self::BadResponse(_) => "bad_response",
            Self::Failed(_) => "failed",
            Self::UnsafeUrl(_) => "unsafe_url",
            Self::Cancelled => "cancelled",
        }
    }

    /// Whether running the whole job again later may help.
    #[must_use]
    pub const fn retryable(&self) -> bool {
        matches!(
            self,
            Self::RateLimited { .. } | Self::Unavailable(_) | Self::Timeout
        )
    }
}

/// How adapters retry 429, 5xx and timeouts within one job attempt.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Tries in all (1 = no retry).
    pub attempts: u32,
    /// First backoff; doubles each time, with jitter.
    pub base: Duration,
    /// The longest wait, `Retry-After` included (a longer one ends the retries).
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 3,
            base: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

/// An image provider.
#[async_trait::async_trait]
pub trait Provider: Send + Sync {
    /// Which kind this is.
    fn kind(&self) -> ProviderKind;

    /// Generates `task.count` images (fewer is an error the adapter reports as `BadResponse`).
    ///
    /// # Errors
    /// The failure's class, after the adapter's own retries.
    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError>;
}
