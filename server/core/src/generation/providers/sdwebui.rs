//! Stable Diffusion WebUI (AUTOMATIC1111, Forge): `POST /sdapi/v1/txt2img`, or `img2img` with a
//! reference. Synchronous: the answer carries the images as base64. There is no content policy;
//! quality becomes a number of sampling steps.

use std::time::Duration;

use base64::Engine as _;
use reqwest::StatusCode;
use secrecy::{ExposeSecret as _, SecretString};
use serde::Deserialize;
use url::Url;

use super::{
    Output, Provider, ProviderError, ProviderKind, Quality, RetryPolicy, Task,
    http::{Upstream, reason, truncate},
};

/// Sampling steps per quality (`Auto` uses `medium`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Steps {
    /// For [`Quality::Low`].
    pub low: u32,
    /// For [`Quality::Auto`] and [`Quality::Medium`].
    pub medium: u32,
    /// For [`Quality::High`].
    pub high: u32,
}

impl Default for Steps {
    fn default() -> Self {
        Self {
            low: 12,
            medium: 24,
            high: 40,
        }
    }
}

/// How to reach a WebUI and how to drive it.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The server, e.g. `http://127.0.0.1:7860` (the `/sdapi/v1/…` paths are appended).
    pub base_url: Url,
    /// `--api-auth user:password`, when the server was started with it.
    pub basic_auth: Option<(String, SecretString)>,
    /// The limit for one HTTP request (a slow GPU at high steps needs minutes).
    pub timeout: Duration,
    /// Retries of 429, 5xx and timeouts.
    pub retry: RetryPolicy,
    /// Steps per quality.
    pub steps: Steps,
    /// Classifier-free guidance scale.
    pub cfg_scale: f32,
    /// The sampler (`None`: the server's default).
    pub sampler_name: Option<String>,
    /// How far img2img may move from the reference (0–1).
    pub denoising_strength: f32,
}

impl Settings {
    /// Settings with the usual defaults: 5 minutes per request, default retries, steps 12/24/40,
    /// CFG 7, the server's sampler, denoising 0.6.
    #[must_use]
    pub fn new(base_url: Url) -> Self {
        Self {
            base_url,
            basic_auth: None,
            timeout: Duration::from_secs(300),
            retry: RetryPolicy::default(),
            steps: Steps::default(),
            cfg_scale: 7.0,
            sampler_name: None,
            denoising_strength: 0.6,
        }
    }
}

/// The SD-WebUI adapter.
#[derive(Debug)]
pub struct SdWebUi {
    settings: Settings,
    http: Upstream,
}

impl SdWebUi {
    /// Builds the adapter and its HTTP client.
    ///
    /// # Errors
    /// The HTTP client could not be built (TLS initialisation).
    pub fn new(settings: Settings) -> Result<Self, reqwest::Error> {
        let http = Upstream::new(ProviderKind::Sdwebui, settings.timeout, settings.retry)?;
        Ok(Self { settings, http })
    }

    fn body(&self, task: &Task) -> serde_json::Value {
        let steps = match task.quality {
            Quality::Low => self.settings.steps.low,
            Quality::Auto | Quality::Medium => self.settings.steps.medium,
            Quality::High => self.settings.steps.high,
        };
        let mut body = serde_json::json!({
            "prompt": task.prompt,
            "negative_prompt": task.negative_prompt.as_deref().unwrap_or(""),
            // A1111 seeds are 32-bit (-1 means random); ours always fits after the mask.
            "seed": i64::from(u32::try_from(task.seed & u64::from(u32::MAX)).unwrap_or(0)),
            "width": task.width,
            "height": task.height,
            "steps": steps,
            "cfg_scale": self.settings.cfg_scale,
            "batch_size": task.count,
            "n_iter": 1,
            "send_images": true,
            "save_images": false,
        });
        if let Some(sampler) = &self.settings.sampler_name {
            body["sampler_name"] = sampler.as_str().into();
        }
        if !task.upstream_model.is_empty() {
            body["override_settings"] =
                serde_json::json!({ "sd_model_checkpoint": task.upstream_model });
        }
        if let Some(reference) = &task.reference {
            let b64 = base64::engine::general_purpose::STANDARD.encode(&reference.png);
            body["init_images"] = serde_json::json!([b64]);
            body["denoising_strength"] = self.settings.denoising_strength.into();
        }
        body
    }
}

#[async_trait::async_trait]
impl Provider for SdWebUi {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Sdwebui
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let path = if task.reference.is_some() {
            "sdapi/v1/img2img"
        } else {
            "sdapi/v1/txt2img"
        };
        let url = super::http::endpoint(&self.settings.base_url, path);
        let body = self.body(task);
        let private = [
            task.prompt.as_str(),
            task.negative_prompt.as_deref().unwrap_or(""),
        ];
        let raw = self
            .http
            .send(
                "generate",
                |c| {
                    let req = c.post(&url).json(&body);
                    match &self.settings.basic_auth {
                        Some((user, pass)) => req.basic_auth(user, Some(pass.expose_secret())),
                        None => req,
                    }
                },
                |status, bytes| classify(status, bytes, &private),
            )
            .await?;
        let parsed: Images = serde_json::from_slice(&raw)
            .map_err(|_| ProviderError::BadResponse("invalid JSON".into()))?;
        let wanted = usize::from(task.count);
        // Some versions append a grid after the batch: the first `count` are ours.
        if parsed.images.len() < wanted {
            return Err(ProviderError::BadResponse(format!(
                "expected {wanted} images, got {}",
                parsed.images.len()
            )));
        }
        parsed
            .images
            .iter()
            .take(wanted)
            .map(|b64| {
                let data = b64.split_once("base64,").map_or(b64.as_str(), |(_, d)| d);
                base64::engine::general_purpose::STANDARD
                    .decode(data.trim())
                    .map(|bytes| Output {
                        bytes: bytes.into(),
                    })
                    .map_err(|_| ProviderError::BadResponse("invalid base64".into()))
            })
            .collect()
    }
}

#[derive(Deserialize)]
struct Images {
    #[serde(default)]
    images: Vec<String>,
}

/// A1111's error bodies: 422 `{"detail":[{loc,msg,type}]}` (FastAPI validation), 404
/// `{"detail":"Sampler not found"}`, 500 `{"error","detail","body","errors"}`. Only the
/// validation location, the exception's class name or a prompt-free detail are kept; `body`
/// echoes our request and is never read.
fn classify(status: StatusCode, body: &[u8], private: &[&str]) -> Option<ProviderError> {
    let json: serde_json::Value = serde_json::from_slice(body).ok()?;
    match status.as_u16() {
        422 => {
            let first = json.get("detail")?.as_array()?.first()?;
            let loc = first.get("loc").and_then(|l| l.as_array()).map(|parts| {
                parts
                    .iter()
                    .map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_owned))
                    .collect::<Vec<_>>()
                    .join(".")
            });
            let kind = first
                .get("type")
                .and_then(|t| t.as_str())
                .unwrap_or("invalid");
            Some(ProviderError::Rejected(truncate(
                &format!("{kind} at {}", loc.unwrap_or_default()),
                200,
            )))
        }
        400 | 404 | 500..=599 => {
            let class = json.get("error").and_then(|e| e.as_str()).unwrap_or("");
            let detail = json.get("detail").and_then(|d| d.as_str()).unwrap_or("");
            let errors = json.get("errors").and_then(|d| d.as_str()).unwrap_or("");
            let all = format!("{class} {detail} {errors}").to_lowercase();
            if all.contains("checkpoint") || all.contains("model not found") {
                // A wrong model name is our configuration, not a passing outage.
                return Some(ProviderError::Rejected("unknown checkpoint".into()));
            }
            if status.is_server_error() {
                let what = if class.is_empty() { "error" } else { class };
                return Some(ProviderError::Unavailable(format!(
                    "HTTP {}: {}",
                    status.as_u16(),
                    truncate(what, 80)
                )));
            }
            Some(ProviderError::Rejected(reason(detail, private)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_keep_the_location_only() {
        let body = br#"{"detail":[{"loc":["body","width"],"msg":"value is not a valid integer","type":"type_error.integer"}]}"#;
        assert_eq!(
            classify(StatusCode::UNPROCESSABLE_ENTITY, body, &[]),
            Some(ProviderError::Rejected(
                "type_error.integer at body.width".into()
            ))
        );
    }

    #[test]
    fn server_errors_keep_the_class_and_spot_checkpoints() {
        let oom = br#"{"error":"OutOfMemoryError","detail":"","body":"{\"prompt\":\"a red fox\"}","errors":"CUDA out of memory"}"#;
        assert_eq!(
            classify(StatusCode::INTERNAL_SERVER_ERROR, oom, &["a red fox"]),
            Some(ProviderError::Unavailable(
                "HTTP 500: OutOfMemoryError".into()
            ))
        );
        let ckpt = br#"{"error":"RuntimeError","detail":"","body":"","errors":"Checkpoint nope not found"}"#;
        assert_eq!(
            classify(StatusCode::INTERNAL_SERVER_ERROR, ckpt, &[]),
            Some(ProviderError::Rejected("unknown checkpoint".into()))
        );
        let sampler = br#"{"detail":"Sampler not found"}"#;
        assert_eq!(
            classify(StatusCode::NOT_FOUND, sampler, &[]),
            Some(ProviderError::Rejected("Sampler not found".into()))
        );
    }
}
