//! Generation settings: the models offered (each with its provider, cost and parameters), the
//! providers' connections, the job queue, the moderation blocklist and media retention.
//!
//! Models come from `[[models]]` tables in `obscura.toml` or from `OBSCURA_MODELS` as an inline
//! list (`[{id="photo", provider="openai", upstream="gpt-image-1", cost=4}]`). With none
//! configured, the built-in offline renderer is the one model.

use std::{path::PathBuf, time::Duration};

use secrecy::SecretString;
use url::Url;

use super::{ConfigError, models};
use crate::generation::providers::ProviderKind;

pub use super::models::{Model, stored_label_in};

/// The raw generation settings (read as top-level settings, gathered here to validate).
#[derive(Debug, Clone)]
pub(super) struct RawGeneration {
    pub(super) models: Option<Vec<models::RawModel>>,
    pub(super) openai_api_key: Option<String>,
    pub(super) openai_base_url: String,
    pub(super) openai_organization: Option<String>,
    pub(super) openai_project: Option<String>,
    pub(super) openai_download_origins: Option<String>,
    pub(super) sdwebui_url: Option<String>,
    pub(super) sdwebui_username: Option<String>,
    pub(super) sdwebui_password: Option<String>,
    pub(super) comfyui_url: Option<String>,
    pub(super) local_model_dir: Option<PathBuf>,
    pub(super) local_concurrency: usize,
    pub(super) local_memory_check: bool,
    pub(super) comfyui_authorization: Option<String>,
    pub(super) replicate_api_token: Option<String>,
    pub(super) replicate_base_url: String,
    pub(super) replicate_webhook_secret: Option<String>,
    pub(super) replicate_download_origins: Option<String>,
    pub(super) provider_download_max_mb: u64,
    pub(super) provider_timeout_secs: u64,
    pub(super) workers: usize,
    pub(super) jobs_per_user: usize,
    pub(super) job_timeout_secs: u64,
    pub(super) job_attempts: u32,
    pub(super) job_lease_secs: u64,
    pub(super) media_retention_days: u32,
    pub(super) file_url_ttl_secs: u64,
    pub(super) blocklist: Option<String>,
    pub(super) blocklist_file: Option<PathBuf>,
    pub(super) offline_delay_ms: u64,
}

impl Default for RawGeneration {
    fn default() -> Self {
        Self {
            models: None,
            openai_api_key: None,
            openai_base_url: "https://api.openai.com/v1".into(),
            openai_organization: None,
            openai_project: None,
            openai_download_origins: None,
            sdwebui_url: None,
            sdwebui_username: None,
            sdwebui_password: None,
            comfyui_url: None,
            local_model_dir: None,
            local_concurrency: 1,
            local_memory_check: true,
            comfyui_authorization: None,
            replicate_api_token: None,
            replicate_base_url: "https://api.replicate.com/v1".into(),
            replicate_webhook_secret: None,
            replicate_download_origins: None,
            provider_download_max_mb: 64,
            provider_timeout_secs: 180,
            workers: 4,
            jobs_per_user: 4,
            job_timeout_secs: 600,
            job_attempts: 3,
            job_lease_secs: 60,
            media_retention_days: 0,
            file_url_ttl_secs: 600,
            blocklist: None,
            blocklist_file: None,
            offline_delay_ms: 0,
        }
    }
}

/// The OpenAI Images API (or a server that speaks it).
#[derive(Debug, Clone)]
pub struct OpenAi {
    /// Base URL, e.g. `https://api.openai.com/v1`.
    pub base_url: Url,
    /// The key.
    pub api_key: SecretString,
    /// `OpenAI-Organization`.
    pub organization: Option<String>,
    /// `OpenAI-Project`.
    pub project: Option<String>,
    /// Origins result URLs may also come from besides the base URL's (trusted like it).
    pub download_origins: Vec<Url>,
}

/// A Stable Diffusion WebUI server.
#[derive(Debug, Clone)]
pub struct SdWebUi {
    /// Base URL, e.g. `http://gpu-box:7860`.
    pub base_url: Url,
    /// HTTP basic credentials (`--api-auth`).
    pub basic_auth: Option<(String, SecretString)>,
}

/// A ComfyUI server (the workflows are per model: [`Model::workflow`]).
#[derive(Debug, Clone)]
pub struct ComfyUi {
    /// Base URL, e.g. `http://gpu-box:8188`.
    pub base_url: Url,
    /// The whole `Authorization` header for a proxy in front of ComfyUI (`Bearer …`).
    pub authorization: Option<SecretString>,
}

impl ComfyUi {
    /// Lines for `check-config`: the server and each model's workflow and mapped inputs.
    #[must_use]
    pub fn summary(&self, models: &[Model]) -> String {
        let mut out = format!(
            "{}{}",
            self.base_url,
            if self.authorization.is_some() {
                " (with an Authorization header)"
            } else {
                ""
            }
        );
        for m in models {
            if let Some(w) = &m.workflow {
                out.push_str(&format!("\n    model {}: {}", m.id, w.summary()));
            }
        }
        out
    }
}

/// Replicate.
#[derive(Debug, Clone)]
pub struct Replicate {
    /// Base URL, e.g. `https://api.replicate.com/v1`.
    pub base_url: Url,
    /// The API token.
    pub api_token: SecretString,
    /// The webhook signing secret (`whsec_…`); webhooks are asked for only when set.
    pub webhook_secret: Option<SecretString>,
    /// Origins outputs may also come from besides the base URL's and `replicate.delivery`.
    pub download_origins: Vec<Url>,
}

/// The built-in diffusion engine (`candle` models), when a model uses it.
#[derive(Debug, Clone)]
pub struct LocalEngine {
    /// `OBSCURA_LOCAL_MODEL_DIR`: one folder per variant, as downloaded from Hugging Face.
    pub model_dir: PathBuf,
    /// Images made at once (`OBSCURA_LOCAL_CONCURRENCY`, 1 by default).
    pub concurrency: usize,
    /// Whether a serving process refuses to start without the memory the models need
    /// (`OBSCURA_LOCAL_MEMORY_CHECK`).
    pub memory_check: bool,
    /// The configured variants, their files and shapes checked.
    pub models: Vec<crate::generation::providers::candle::LocalModel>,
}

impl LocalEngine {
    /// The line of `check-config`: each model with its files' size and the memory it needs.
    #[must_use]
    pub fn summary(&self) -> String {
        let models: Vec<String> = self
            .models
            .iter()
            .map(|m| {
                format!(
                    "{}, {} steps",
                    crate::generation::providers::candle::pipeline::describe(&m.files),
                    m.steps
                )
            })
            .collect();
        format!(
            "{} at {}, {} image(s) at a time{}",
            models.join("; "),
            self.model_dir.display(),
            self.concurrency,
            if self.memory_check {
                ""
            } else {
                ", memory not checked at start-up"
            }
        )
    }

    fn from_models(
        dir: Option<PathBuf>,
        concurrency: usize,
        memory_check: bool,
        models: &[Model],
    ) -> Result<Option<Self>, ConfigError> {
        use crate::generation::providers::candle::{LocalModel, files::Variant};
        let wanted: Vec<&Model> = models
            .iter()
            .filter(|m| m.provider == ProviderKind::Candle)
            .collect();
        if wanted.is_empty() {
            return Ok(None);
        }
        let Some(dir) = dir.filter(|d| !d.as_os_str().is_empty()) else {
            return Err(ConfigError::new(
                "local_model_dir",
                format!(
                    "is not set, and model {:?} uses the candle provider: set OBSCURA_LOCAL_MODEL_DIR to the folder holding the model's weights",
                    wanted[0].id
                ),
            ));
        };
        if !dir.is_dir() {
            return Err(ConfigError::new(
                "local_model_dir",
                format!(
                    "OBSCURA_LOCAL_MODEL_DIR ({}) is not a directory",
                    dir.display()
                ),
            ));
        }
        if !(1..=16).contains(&concurrency) {
            return Err(ConfigError::new(
                "local_concurrency",
                "must be between 1 and 16",
            ));
        }
        let mut checked: Vec<LocalModel> = Vec::new();
        for m in wanted {
            let Some(variant) = Variant::parse(&m.upstream) else {
                continue;
            };
            if let Some(other) = checked.iter().find(|c| c.variant == variant) {
                if other.steps != m.steps {
                    return Err(ConfigError::new(
                        "models",
                        format!(
                            "two candle models use {} with different steps: give them one",
                            variant.code()
                        ),
                    ));
                }
                continue;
            }
            checked.push(
                LocalModel::inspect(&dir, variant, m.steps)
                    .map_err(|e| ConfigError::new("local_model_dir", e))?,
            );
        }
        Ok(Some(Self {
            model_dir: dir,
            concurrency,
            memory_check,
            models: checked,
        }))
    }
}

/// The validated generation settings.
#[derive(Debug, Clone)]
pub struct Generation {
    /// Models offered, in order (at least one).
    pub models: Vec<Model>,
    /// OpenAI, when a key is set.
    pub openai: Option<OpenAi>,
    /// SD-WebUI, when a URL is set.
    pub sdwebui: Option<SdWebUi>,
    /// ComfyUI, when a URL is set.
    pub comfyui: Option<ComfyUi>,
    /// The built-in diffusion engine, when a model uses it.
    pub local_engine: Option<LocalEngine>,
    /// Replicate, when a token is set.
    pub replicate: Option<Replicate>,
    /// Longest wait for one provider request.
    pub provider_timeout: Duration,
    /// The largest result file downloaded from a provider, in bytes.
    pub provider_download_max_bytes: u64,
    /// Jobs run at once by this process.
    pub workers: usize,
    /// Jobs of one person run at once (the rest wait their turn).
    pub jobs_per_user: usize,
    /// Longest a job may run.
    pub job_timeout: Duration,
    /// Tries per job before it fails and is refunded.
    pub job_attempts: u32,
    /// How long a worker's claim on a job lasts unless renewed (every third of it, while the
    /// job runs): how soon a job of a worker that died is run again by another.
    pub job_lease: Duration,
    /// Days results are kept (0: until the person deletes them).
    pub media_retention_days: u32,
    /// Lifetime of signed file URLs.
    pub file_url_ttl: Duration,
    /// Lower-cased words and phrases refused before dispatch.
    pub blocklist: Vec<String>,
    /// A pause before the offline renderer paints each image, to see how the interface behaves
    /// with a slow provider (demos and end-to-end tests).
    pub offline_delay: Duration,
}

impl Generation {
    /// The model with this id.
    #[must_use]
    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id == id)
    }
}

fn http_url(key: &str, value: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(value.trim_end_matches('/'))
        .map_err(|_| ConfigError::new(key, "is not a valid URL"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError::new(key, "must be an http:// or https:// URL"));
    }
    Ok(url)
}

/// A comma-separated list of `http(s)://host[:port]` origins (no path, query or credentials).
pub(super) fn origins(key: &str, value: Option<&str>) -> Result<Vec<Url>, ConfigError> {
    value
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|raw| {
            let url = http_url(key, raw)?;
            if !url.username().is_empty()
                || url.password().is_some()
                || url.path() != "/"
                || url.query().is_some()
                || url.fragment().is_some()
            {
                return Err(ConfigError::new(
                    key,
                    "lists origins only (scheme://host[:port], comma-separated)",
                ));
            }
            Ok(url)
        })
        .collect()
}

fn present(v: Option<String>) -> Option<String> {
    v.filter(|s| !s.trim().is_empty())
}

impl RawGeneration {
    pub(super) fn validate(self) -> Result<Generation, ConfigError> {
        let openai = match present(self.openai_api_key) {
            Some(key) => Some(OpenAi {
                base_url: http_url("openai_base_url", &self.openai_base_url)?,
                api_key: SecretString::from(key),
                organization: present(self.openai_organization),
                project: present(self.openai_project),
                download_origins: origins(
                    "openai_download_origins",
                    self.openai_download_origins.as_deref(),
                )?,
            }),
            None => None,
        };
        let sdwebui = match present(self.sdwebui_url) {
            Some(url) => Some(SdWebUi {
                base_url: http_url("sdwebui_url", &url)?,
                basic_auth: match (present(self.sdwebui_username), self.sdwebui_password) {
                    (Some(user), Some(pass)) => Some((user, SecretString::from(pass))),
                    (None, None) => None,
                    _ => {
                        return Err(ConfigError::new(
                            "sdwebui_password",
                            "OBSCURA_SDWEBUI_USERNAME and OBSCURA_SDWEBUI_PASSWORD go together",
                        ));
                    }
                },
            }),
            None => None,
        };
        let comfyui = match present(self.comfyui_url) {
            Some(url) => Some(ComfyUi {
                base_url: http_url("comfyui_url", &url)?,
                authorization: match present(self.comfyui_authorization) {
                    Some(value)
                        if value.chars().all(|c| c == ' ' || c.is_ascii_graphic())
                            && value.contains(' ') =>
                    {
                        Some(SecretString::from(value.trim().to_owned()))
                    }
                    Some(_) => {
                        return Err(ConfigError::new(
                            "comfyui_authorization",
                            "must be a whole Authorization header value, e.g. \"Bearer <token>\"",
                        ));
                    }
                    None => None,
                },
            }),
            None if present(self.comfyui_authorization).is_some() => {
                return Err(ConfigError::new(
                    "comfyui_authorization",
                    "is set without OBSCURA_COMFYUI_URL",
                ));
            }
            None => None,
        };
        let replicate = match present(self.replicate_api_token) {
            Some(token) => Some(Replicate {
                base_url: http_url("replicate_base_url", &self.replicate_base_url)?,
                api_token: SecretString::from(token),
                webhook_secret: match present(self.replicate_webhook_secret) {
                    Some(s) if s.starts_with("whsec_") => Some(SecretString::from(s)),
                    Some(_) => {
                        return Err(ConfigError::new(
                            "replicate_webhook_secret",
                            "must be the whsec_… secret Replicate gives",
                        ));
                    }
                    None => None,
                },
                download_origins: origins(
                    "replicate_download_origins",
                    self.replicate_download_origins.as_deref(),
                )?,
            }),
            None => None,
        };
        let models = match self.models {
            None => vec![models::offline()?],
            Some(list) => list
                .into_iter()
                .map(models::model)
                .collect::<Result<Vec<_>, _>>()?,
        };
        if models.is_empty() {
            return Err(ConfigError::new("models", "lists no model"));
        }
        for (i, m) in models.iter().enumerate() {
            if models[..i].iter().any(|o| o.id == m.id) {
                return Err(ConfigError::new(
                    "models",
                    format!("model id {:?} appears twice", m.id),
                ));
            }
            let (configured, variable) = match m.provider {
                ProviderKind::Local => (true, ""),
                ProviderKind::Openai => (openai.is_some(), "OBSCURA_OPENAI_API_KEY"),
                ProviderKind::Sdwebui => (sdwebui.is_some(), "OBSCURA_SDWEBUI_URL"),
                ProviderKind::Replicate => (replicate.is_some(), "OBSCURA_REPLICATE_API_TOKEN"),
                ProviderKind::Comfyui => (comfyui.is_some(), "OBSCURA_COMFYUI_URL"),
                ProviderKind::Candle => (true, "OBSCURA_LOCAL_MODEL_DIR"),
            };
            if !configured {
                return Err(ConfigError::new(
                    "models",
                    format!(
                        "model {:?} uses the {} provider, which needs {variable}",
                        m.id,
                        m.provider.code()
                    ),
                ));
            }
            if m.provider == ProviderKind::Comfyui
                && let Some(other) = models[..i]
                    .iter()
                    .find(|o| o.provider == ProviderKind::Comfyui && o.upstream == m.upstream)
            {
                return Err(ConfigError::new(
                    "models",
                    format!(
                        "models {:?} and {:?}: two comfyui models need different upstream names (each names its workflow)",
                        other.id, m.id
                    ),
                ));
            }
            if m.provider == ProviderKind::Replicate && !m.upstream.contains('/') {
                return Err(ConfigError::new(
                    "models",
                    format!(
                        "model {:?}: a Replicate model's upstream is owner/name or owner/name:version",
                        m.id
                    ),
                ));
            }
        }
        let local_engine = LocalEngine::from_models(
            self.local_model_dir,
            self.local_concurrency,
            self.local_memory_check,
            &models,
        )?;
        let range = |key: &str, v: u64, lo: u64, hi: u64| {
            if (lo..=hi).contains(&v) {
                Ok(v)
            } else {
                Err(ConfigError::new(
                    key,
                    format!("must be between {lo} and {hi}"),
                ))
            }
        };
        let provider_timeout = range("provider_timeout_secs", self.provider_timeout_secs, 5, 3600)?;
        let download_max_mb = range(
            "provider_download_max_mb",
            self.provider_download_max_mb,
            1,
            1024,
        )?;
        let workers = range("workers", self.workers as u64, 0, 256)?;
        let jobs_per_user = range("jobs_per_user", self.jobs_per_user as u64, 1, 64)?;
        let job_timeout = range("job_timeout_secs", self.job_timeout_secs, 10, 7200)?;
        let job_attempts = range("job_attempts", u64::from(self.job_attempts), 1, 10)?;
        let job_lease = range("job_lease_secs", self.job_lease_secs, 2, 3600)?;
        let retention = range(
            "media_retention_days",
            u64::from(self.media_retention_days),
            0,
            36_500,
        )?;
        let ttl = range("file_url_ttl_secs", self.file_url_ttl_secs, 30, 7 * 86_400)?;
        let offline_delay = range("offline_delay_ms", self.offline_delay_ms, 0, 60_000)?;
        let mut blocklist: Vec<String> = self
            .blocklist
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty())
            .collect();
        if let Some(path) = &self.blocklist_file {
            let text = std::fs::read_to_string(path).map_err(|e| {
                ConfigError::new(
                    "blocklist_file",
                    format!("cannot be read ({}): {e}", path.display()),
                )
            })?;
            blocklist.extend(
                text.lines()
                    .map(|l| l.trim().to_lowercase())
                    .filter(|l| !l.is_empty() && !l.starts_with('#')),
            );
        }
        #[expect(
            clippy::cast_possible_truncation,
            reason = "bounded by the range checks above"
        )]
        Ok(Generation {
            models,
            openai,
            sdwebui,
            comfyui,
            local_engine,
            replicate,
            provider_timeout: Duration::from_secs(provider_timeout),
            provider_download_max_bytes: download_max_mb * 1024 * 1024,
            workers: workers as usize,
            jobs_per_user: jobs_per_user as usize,
            job_timeout: Duration::from_secs(job_timeout),
            job_attempts: job_attempts as u32,
            job_lease: Duration::from_secs(job_lease),
            media_retention_days: retention as u32,
            file_url_ttl: Duration::from_secs(ttl),
            blocklist,
            offline_delay: Duration::from_millis(offline_delay),
        })
    }
}
