//! The OpenAI Images API (`/images/generations`, `/images/edits`) and the self-hosted servers
//! that speak it (LocalAI, vLLM-Omni, sd-server, Ollama: spec §1.5). GPT image models get their
//! own parameters; every other model gets only the fields those servers all accept.

use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use reqwest::{StatusCode, multipart};
use secrecy::{ExposeSecret as _, SecretString};
use serde::Deserialize;
use url::Url;

use super::{
    Output, Provider, ProviderError, ProviderKind, Quality, RetryPolicy, Task,
    download::{Downloads, Policy, SafeFetch},
    http::{Upstream, same_origin, truncate},
};

/// The public API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// Where DALL·E served its hour-long result URLs (`https` only, public addresses only).
pub const DELIVERY_HOSTS: &[&str] = &["oaidalleapiprodscus.blob.core.windows.net"];

/// How to reach an OpenAI-compatible images API.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The API base, e.g. [`DEFAULT_BASE_URL`] or `http://localhost:8080/v1`.
    pub base_url: Url,
    /// The bearer key (self-hosted servers often ignore it but want one).
    pub api_key: SecretString,
    /// The limit for one HTTP request, body included (GPT images can take a minute or more).
    pub timeout: Duration,
    /// Retries of 429, 5xx and timeouts.
    pub retry: RetryPolicy,
    /// `OpenAI-Organization`, when the key belongs to several.
    pub organization: Option<String>,
    /// `OpenAI-Project`, when the key belongs to several.
    pub project: Option<String>,
    /// Extra trusted origins for result URLs and the size cap (see [`super::download`]).
    pub downloads: Downloads,
}

/// The OpenAI adapter.
#[derive(Debug)]
pub struct OpenAi {
    settings: Settings,
    http: Upstream,
    fetch: SafeFetch,
}

impl OpenAi {
    /// Builds the adapter and its HTTP client.
    ///
    /// # Errors
    /// The HTTP client could not be built (TLS initialisation).
    pub fn new(settings: Settings) -> Result<Self, reqwest::Error> {
        let http = Upstream::new(ProviderKind::Openai, settings.timeout, settings.retry)?;
        let policy = Policy::new(
            std::iter::once(&settings.base_url).chain(&settings.downloads.extra_origins),
            DELIVERY_HOSTS,
        );
        let fetch = SafeFetch::new(
            ProviderKind::Openai,
            policy,
            settings.downloads.max_bytes,
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

    fn authorize(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let mut req = req.bearer_auth(self.settings.api_key.expose_secret());
        if let Some(org) = &self.settings.organization {
            req = req.header("OpenAI-Organization", org);
        }
        if let Some(project) = &self.settings.project {
            req = req.header("OpenAI-Project", project);
        }
        req
    }

    async fn images(&self, task: &Task) -> Result<Vec<Image>, ProviderError> {
        let gpt = is_gpt_image(&task.upstream_model);
        let body = match &task.reference {
            None => {
                let json = generation_body(task, gpt);
                let url = self.endpoint("images/generations");
                self.http
                    .send(
                        "generate",
                        |c| self.authorize(c.post(&url)).json(&json),
                        classify,
                    )
                    .await?
            }
            Some(reference) => {
                let url = self.endpoint("images/edits");
                let png = reference.png.clone();
                self.http
                    .send(
                        "edit",
                        |c| {
                            self.authorize(c.post(&url))
                                .multipart(edit_form(task, gpt, &png))
                        },
                        classify,
                    )
                    .await?
            }
        };
        let parsed: ImagesResponse = serde_json::from_slice(&body)
            .map_err(|_| ProviderError::BadResponse("invalid JSON".into()))?;
        Ok(parsed.data)
    }

    async fn decode(&self, image: Image) -> Result<Output, ProviderError> {
        if let Some(b64) = image.b64_json {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|_| ProviderError::BadResponse("invalid base64".into()))?;
            return Ok(Output {
                bytes: bytes.into(),
            });
        }
        let Some(url) = image.url.and_then(|u| Url::parse(&u).ok()) else {
            return Err(ProviderError::BadResponse("an image without data".into()));
        };
        // DALL·E-style URLs live an hour: fetch at once; the key goes only to the API's origin.
        let base = &self.settings.base_url;
        let bytes = self
            .http
            .download(&self.fetch, &url, &|req, hop| {
                if same_origin(hop, base) {
                    self.authorize(req)
                } else {
                    req
                }
            })
            .await?;
        Ok(Output { bytes })
    }
}

#[async_trait::async_trait]
impl Provider for OpenAi {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Openai
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let images = self.images(task).await?;
        let wanted = usize::from(task.count);
        if images.len() < wanted {
            return Err(ProviderError::BadResponse(format!(
                "expected {wanted} images, got {}",
                images.len()
            )));
        }
        let mut outputs = Vec::with_capacity(wanted);
        for image in images.into_iter().take(wanted) {
            outputs.push(self.decode(image).await?);
        }
        Ok(outputs)
    }
}

/// Whether the model takes the GPT image parameters (`quality`, `output_format`, …).
fn is_gpt_image(model: &str) -> bool {
    model.starts_with("gpt-image") || model.starts_with("chatgpt-image")
}

const fn quality(q: Quality) -> &'static str {
    match q {
        Quality::Auto => "auto",
        Quality::Low => "low",
        Quality::Medium => "medium",
        Quality::High => "high",
    }
}

/// The `/images/generations` body. OpenAI has no negative prompt: it is left out.
fn generation_body(task: &Task, gpt: bool) -> serde_json::Value {
    let mut body = serde_json::json!({
        "model": task.upstream_model,
        "prompt": task.prompt,
        "n": task.count,
        "size": format!("{}x{}", task.width, task.height),
    });
    if gpt {
        body["quality"] = quality(task.quality).into();
        body["output_format"] = "png".into();
    } else {
        body["response_format"] = "b64_json".into();
    }
    body
}

/// The `/images/edits` multipart form, rebuilt for each attempt.
fn edit_form(task: &Task, gpt: bool, png: &Bytes) -> multipart::Form {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::CONTENT_TYPE,
        reqwest::header::HeaderValue::from_static("image/png"),
    );
    let image = multipart::Part::stream(png.clone())
        .file_name("reference.png")
        .headers(headers);
    let form = multipart::Form::new()
        .part("image", image)
        .text("prompt", task.prompt.clone())
        .text("model", task.upstream_model.clone())
        .text("n", task.count.to_string())
        .text("size", format!("{}x{}", task.width, task.height));
    if gpt {
        form.text("quality", quality(task.quality))
            .text("output_format", "png")
    } else {
        form.text("response_format", "b64_json")
    }
}

#[derive(Deserialize)]
struct ImagesResponse {
    #[serde(default)]
    data: Vec<Image>,
}

#[derive(Deserialize)]
struct Image {
    b64_json: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    message: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    code: Option<serde_json::Value>,
}

/// OpenAI's error body: safety refusals, quota, and the upstream code for refusals. The message
/// is read only to spot a safety refusal; it is never copied (it may quote the prompt).
fn classify(status: StatusCode, body: &[u8]) -> Option<ProviderError> {
    let error = serde_json::from_slice::<ErrorEnvelope>(body).ok()?.error;
    let code = error.code.as_ref().and_then(|c| match c {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let message = error.message.unwrap_or_default().to_lowercase();
    let safety = code.as_deref() == Some("moderation_blocked")
        || code.as_deref() == Some("content_policy_violation")
        || (error.kind.as_deref() == Some("image_generation_user_error")
            && (message.contains("safety") || message.contains("moderation")))
        || message.contains("rejected as a result of our safety system");
    if safety {
        return Some(ProviderError::ContentRejected);
    }
    let named = code.or(error.kind).map(|c| truncate(&c, 200));
    match status.as_u16() {
        // Out of credit is not a rate limit: waiting will not help.
        429 if named.as_deref() == Some("insufficient_quota") => {
            Some(ProviderError::Rejected("insufficient_quota".into()))
        }
        400 | 404 | 409 | 413 | 415 | 422 => Some(ProviderError::Rejected(
            named.unwrap_or_else(|| format!("HTTP {}", status.as_u16())),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safety_refusals_are_content_rejections() {
        let blocked = br#"{"error":{"message":"Your request was rejected by the safety system.","type":"image_generation_user_error","param":null,"code":"moderation_blocked"}}"#;
        assert_eq!(
            classify(StatusCode::BAD_REQUEST, blocked),
            Some(ProviderError::ContentRejected)
        );
        let old = br#"{"error":{"message":"Your request was rejected as a result of our safety system.","type":"invalid_request_error","code":null}}"#;
        assert_eq!(
            classify(StatusCode::BAD_REQUEST, old),
            Some(ProviderError::ContentRejected)
        );
    }

    #[test]
    fn refusals_keep_the_code_not_the_message() {
        let body = br#"{"error":{"message":"a red fox is invalid","type":"invalid_request_error","param":"size","code":"invalid_size"}}"#;
        assert_eq!(
            classify(StatusCode::BAD_REQUEST, body),
            Some(ProviderError::Rejected("invalid_size".into()))
        );
        assert_eq!(classify(StatusCode::INTERNAL_SERVER_ERROR, body), None);
        assert_eq!(classify(StatusCode::BAD_REQUEST, b"not json"), None);
    }

    #[test]
    fn only_gpt_models_get_gpt_parameters() {
        assert!(is_gpt_image("gpt-image-1"));
        assert!(is_gpt_image("chatgpt-image-latest"));
        assert!(!is_gpt_image("dall-e-3"));
        assert!(!is_gpt_image("x/z-image-turbo"));
    }
}
