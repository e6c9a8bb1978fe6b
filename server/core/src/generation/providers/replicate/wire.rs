//! Replicate's wire format: model references, the prediction object, outputs and errors.

use base64::Engine as _;
use bytes::Bytes;
use reqwest::StatusCode;
use serde::Deserialize;

use super::super::{ProviderError, http::reason, http::truncate};

/// Where a prediction is created.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum ModelRef<'a> {
    /// `owner/name`: `POST /models/{owner}/{name}/predictions`.
    Model { owner: &'a str, name: &'a str },
    /// `owner/name:version`: `POST /predictions` with `version`.
    Version(&'a str),
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Parses `owner/name` or `owner/name:version`.
pub(super) fn parse_model(model: &str) -> Result<ModelRef<'_>, ProviderError> {
    let (path, version) = match model.split_once(':') {
        Some((path, version)) => (path, Some(version)),
        None => (model, None),
    };
    let (owner, name) = path
        .split_once('/')
        .filter(|(o, n)| is_slug(o) && is_slug(n))
        .ok_or_else(|| ProviderError::Rejected("model is not owner/name[:version]".into()))?;
    match version {
        Some(v) if is_slug(v) => Ok(ModelRef::Version(v)),
        Some(_) => Err(ProviderError::Rejected("model version is malformed".into())),
        None => Ok(ModelRef::Model { owner, name }),
    }
}

/// A prediction's lifecycle state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(super) enum Status {
    Starting,
    Processing,
    Succeeded,
    Failed,
    Canceled,
    Aborted,
    #[serde(other)]
    Unknown,
}

impl Status {
    pub(super) const fn is_terminal(self) -> bool {
        matches!(
            self,
            Self::Succeeded | Self::Failed | Self::Canceled | Self::Aborted
        )
    }
}

/// The fields of a prediction we use.
#[derive(Debug, Deserialize)]
pub(super) struct Prediction {
    pub(super) id: String,
    pub(super) status: Status,
    #[serde(default)]
    pub(super) output: Option<serde_json::Value>,
    #[serde(default)]
    pub(super) error: Option<serde_json::Value>,
    #[serde(default)]
    pub(super) urls: Option<Urls>,
}

/// `urls` of a prediction.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Urls {
    pub(super) get: Option<String>,
    pub(super) cancel: Option<String>,
}

/// Parses a prediction and checks its id is safe to put in a path.
pub(super) fn prediction(body: &[u8]) -> Result<Prediction, ProviderError> {
    let p: Prediction = serde_json::from_slice(body)
        .map_err(|_| ProviderError::BadResponse("invalid prediction JSON".into()))?;
    if !is_slug(&p.id) {
        return Err(ProviderError::BadResponse("malformed prediction id".into()));
    }
    Ok(p)
}

/// The output URLs: `output` is one string or an array of strings (`null` items skipped).
pub(super) fn output_urls(output: Option<&serde_json::Value>) -> Vec<String> {
    match output {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// The bytes of a `data:…;base64,…` URL.
pub(super) fn data_url(url: &str) -> Option<Result<Bytes, ProviderError>> {
    let rest = url.strip_prefix("data:")?;
    Some(
        rest.split_once(";base64,")
            .and_then(|(_, b64)| base64::engine::general_purpose::STANDARD.decode(b64).ok())
            .map(Bytes::from)
            .ok_or_else(|| ProviderError::BadResponse("invalid data URL".into())),
    )
}

/// A failed prediction's class: safety filters become `ContentRejected`, the rest `Failed`
/// with a short reason that never repeats the prompt.
pub(super) fn failure(error: Option<&serde_json::Value>, private: &[&str]) -> ProviderError {
    let text = match error {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    let lower = text.to_lowercase();
    if ["nsfw", "safety", "sensitive", "content policy", "flagged"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return ProviderError::ContentRejected;
    }
    ProviderError::Failed(reason(&text, private))
}

#[derive(Deserialize)]
struct Problem {
    title: Option<String>,
    detail: Option<String>,
}

/// Replicate's error bodies (`{"title","detail","status"}` problems, 429 `{"detail"}`): the
/// title names a refusal; a 429's detail may say when the limit resets (`~30s`).
pub(super) fn classify(status: StatusCode, body: &[u8]) -> Option<ProviderError> {
    let problem: Problem = serde_json::from_slice(body).ok()?;
    match status.as_u16() {
        429 => {
            let detail = problem.detail.unwrap_or_default();
            let secs = detail
                .split_once('~')
                .and_then(|(_, rest)| rest.split_once('s'))
                .and_then(|(n, _)| n.trim().parse::<u64>().ok());
            Some(ProviderError::RateLimited {
                retry_after: secs.map(std::time::Duration::from_secs),
            })
        }
        400 | 402 | 404 | 409 | 422 => Some(ProviderError::Rejected(truncate(
            problem.title.as_deref().unwrap_or("refused"),
            200,
        ))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_references() {
        assert_eq!(
            parse_model("black-forest-labs/flux-schnell"),
            Ok(ModelRef::Model {
                owner: "black-forest-labs",
                name: "flux-schnell"
            })
        );
        assert_eq!(
            parse_model("stability-ai/sdxl:39ed52f2"),
            Ok(ModelRef::Version("39ed52f2"))
        );
        assert!(parse_model("flux").is_err());
        assert!(parse_model("a/b/../c").is_err());
        assert!(parse_model("a/b:").is_err());
    }

    #[test]
    fn outputs_are_a_string_or_a_list() {
        let one = serde_json::json!("https://x/1.png");
        assert_eq!(output_urls(Some(&one)), vec!["https://x/1.png"]);
        let many = serde_json::json!(["https://x/1.png", null, "https://x/2.png"]);
        assert_eq!(output_urls(Some(&many)).len(), 2);
        assert!(output_urls(None).is_empty());
    }

    #[test]
    fn failures_are_classified() {
        let nsfw = serde_json::json!(
            "NSFW content detected. Try running it again, or try a different prompt."
        );
        assert_eq!(failure(Some(&nsfw), &[]), ProviderError::ContentRejected);
        let oom = serde_json::json!("CUDA out of memory\nTraceback…");
        assert_eq!(
            failure(Some(&oom), &[]),
            ProviderError::Failed("CUDA out of memory".into())
        );
        let echo = serde_json::json!("cannot parse prompt 'a red fox'");
        assert_eq!(
            failure(Some(&echo), &["a red fox"]),
            ProviderError::Failed("(no detail)".into())
        );
    }

    #[test]
    fn throttling_says_when_it_resets() {
        let body = br#"{"detail":"Request was throttled. Your rate limit resets in ~30s."}"#;
        assert_eq!(
            classify(StatusCode::TOO_MANY_REQUESTS, body),
            Some(ProviderError::RateLimited {
                retry_after: Some(std::time::Duration::from_secs(30))
            })
        );
    }
}
