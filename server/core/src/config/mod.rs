//! One typed configuration, read once at start-up from `OBSCURA_*` environment variables and an
//! optional `obscura.toml` (environment wins), and validated with messages that name the variable.

use std::{net::SocketAddr, path::PathBuf};

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use url::Url;

pub mod billing;
pub mod metrics;
pub mod privacy;
pub mod social;
pub mod storage;
pub mod trial;

pub use billing::Billing;
pub use metrics::Metrics;
pub use privacy::Privacy;
pub use social::Social;
pub use storage::{ObjectStorage, S3Storage};
pub use trial::Trial;

/// Development or production. Production refuses unsafe defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    /// Local use: generated secrets, `/dev/outbox`, verbose errors in logs.
    Development,
    /// A real deployment: explicit secrets required.
    Production,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

pub use obscura_shared::privacy::IpPolicy;

/// The raw settings as read; [`Config::load`] validates them into a [`Config`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    addr: SocketAddr,
    data_dir: PathBuf,
    // Object storage (validated in `storage.rs`).
    s3_bucket: Option<String>,
    s3_endpoint: Option<String>,
    s3_region: String,
    s3_access_key_id: Option<String>,
    s3_secret_access_key: Option<String>,
    s3_path_style: bool,
    s3_allow_http: bool,
    // End of object storage.
    public_url: Option<String>,
    env: Environment,
    database_url: Option<String>,
    site_root: Option<PathBuf>,
    log_format: LogFormat,
    log: String,
    secret_key: Option<String>,
    secret_key_previous: Option<String>,
    operator_name: String,
    operator_address: Option<String>,
    privacy_email: Option<String>,
    support_email: Option<String>,
    dpo_email: Option<String>,
    supervisory_authority: Option<String>,
    governing_law: Option<String>,
    min_age: u8,
    shutdown_grace_secs: u64,
    shutdown_drain_secs: u64,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    google_issuer_url: String,
    google_client_id: Option<String>,
    google_client_secret: Option<String>,
    ip_policy: IpPolicy,
    ip_hash_salt: Option<String>,
    session_idle_days: u32,
    session_absolute_days: u32,
    trusted_proxies: Option<String>,
    auth_rate_per_minute: u32,
    api_rate_per_minute: u32,
    api_account_rate_per_minute: u32,
    webhook_trusted_origins: Option<String>,
    signup_credits: u32,
    share_indexable: bool,
    admin_require_mfa: Option<bool>,
    analytics_country_header: Option<String>,
    erasure_grace_days: u32,
    payment_retention_years: u32,
    policy_notice_days: u32,
    policy_authoritative_language: String,
    // Billing (validated in `billing.rs`).
    stripe_secret_key: Option<String>,
    stripe_webhook_secret: Option<String>,
    stripe_api_base: String,
    billing: Option<billing::RawBillingItems>,
    // The trial (validated in `trial.rs`).
    trial_images: u32,
    trial_global_per_hour: u32,
    trial_models: Option<String>,
    turnstile_site_key: Option<String>,
    turnstile_secret: Option<String>,
    turnstile_api_base: String,
    // Social publishing (validated in `social.rs`).
    x_client_id: Option<String>,
    x_client_secret: Option<String>,
    x_auth_base: String,
    x_api_base: String,
    linkedin_client_id: Option<String>,
    linkedin_client_secret: Option<String>,
    linkedin_auth_base: String,
    linkedin_api_base: String,
    meta_client_id: Option<String>,
    meta_client_secret: Option<String>,
    meta_auth_base: String,
    meta_api_base: String,
    pinterest_client_id: Option<String>,
    pinterest_client_secret: Option<String>,
    pinterest_auth_base: String,
    pinterest_api_base: String,
    youtube: bool,
    youtube_api_base: String,
    youtube_revoke_url: String,
    // Generation (validated by `generation::RawGeneration`).
    models: Option<Vec<models::RawModel>>,
    openai_api_key: Option<String>,
    openai_base_url: String,
    openai_organization: Option<String>,
    openai_project: Option<String>,
    openai_download_origins: Option<String>,
    sdwebui_url: Option<String>,
    sdwebui_username: Option<String>,
    sdwebui_password: Option<String>,
    comfyui_url: Option<String>,
    local_model_dir: Option<PathBuf>,
    local_concurrency: usize,
    local_memory_check: bool,
    comfyui_authorization: Option<String>,
    replicate_api_token: Option<String>,
    replicate_base_url: String,
    replicate_webhook_secret: Option<String>,
    replicate_download_origins: Option<String>,
    provider_download_max_mb: u64,
    provider_timeout_secs: u64,
    workers: usize,
    jobs_per_user: usize,
    job_timeout_secs: u64,
    job_attempts: u32,
    job_lease_secs: u64,
    media_retention_days: u32,
    file_url_ttl_secs: u64,
    blocklist: Option<String>,
    blocklist_file: Option<PathBuf>,
    offline_delay_ms: u64,
    // The Prometheus endpoint (validated in `metrics.rs`).
    metrics_addr: Option<String>,
    metrics_token: Option<String>,
    // Read from the environment by `load` itself; accepted here so the env provider's keys pass
    // `deny_unknown_fields`.
    config: Option<PathBuf>,
}

/// Where the relational data lives.
#[derive(Debug, Clone)]
pub enum Database {
    /// The embedded SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL server.
    Postgres(SecretString),
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on (`OBSCURA_ADDR`).
    pub addr: SocketAddr,
    /// Directory for the SQLite file, local objects and generated secrets (`OBSCURA_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Where objects are stored: the local disk, or an S3-compatible bucket (`OBSCURA_S3_*`).
    pub storage: ObjectStorage,
    /// The public origin users reach the server at (`OBSCURA_PUBLIC_URL`), no trailing slash.
    pub public_url: Url,
    /// Development or production (`OBSCURA_ENV`).
    pub env: Environment,
    /// The database.
    pub database: Database,
    /// Directory of the built site assets (`OBSCURA_SITE_ROOT`); found next to the binary if unset.
    pub site_root: Option<PathBuf>,
    /// Log line format (`OBSCURA_LOG_FORMAT`).
    pub log_format: LogFormat,
    /// Log filter, `tracing` env-filter syntax (`OBSCURA_LOG`).
    pub log: String,
    /// Master secret, base64 of at least 32 bytes (`OBSCURA_SECRET_KEY`); generated in development.
    pub secret_key: Option<SecretString>,
    /// The master secret before the last rotation (`OBSCURA_SECRET_KEY_PREVIOUS`): it no longer
    /// signs anything, but what it signed (file links) still verifies until it expires.
    pub secret_key_previous: Option<SecretString>,
    /// Who runs this server, for the policy and terms.
    pub operator: Operator,
    /// Minimum age to hold an account (`OBSCURA_MIN_AGE`, 13–21, default 16).
    pub min_age: u8,
    /// How long in-flight requests may take to finish on shutdown (`OBSCURA_SHUTDOWN_GRACE_SECS`).
    pub shutdown_grace_secs: u64,
    /// How long the process keeps serving after SIGTERM/SIGINT with `/readyz` answering 503,
    /// before it stops accepting connections (`OBSCURA_SHUTDOWN_DRAIN_SECS`, 0–300, default 0):
    /// time for a balancer that polls readiness to stop sending requests here.
    pub shutdown_drain_secs: u64,
    /// Whether `OBSCURA_PUBLIC_URL` was set (otherwise it is derived from the listen address).
    pub public_url_explicit: bool,
    /// Outgoing mail.
    pub mail: Mail,
    /// Google sign-in, when configured.
    pub google: Option<Google>,
    /// What is kept of client IP addresses (`OBSCURA_IP_POLICY`).
    pub ip_policy: IpPolicy,
    /// Salt for hashed IP addresses (`OBSCURA_IP_HASH_SALT`); derived from the secret key if unset.
    pub ip_hash_salt: Option<SecretString>,
    /// A session ends after this long without use (`OBSCURA_SESSION_IDLE_DAYS`, default 7).
    pub session_idle: chrono::Duration,
    /// A session ends this long after sign-in whatever happens (`OBSCURA_SESSION_ABSOLUTE_DAYS`).
    pub session_absolute: chrono::Duration,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`OBSCURA_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Password sign-in attempts one address may make per minute (`OBSCURA_AUTH_RATE_PER_MINUTE`);
    /// the other account limits scale with it.
    pub auth_rate_per_minute: u32,
    /// API requests one key may make per minute (`OBSCURA_API_RATE_PER_MINUTE`, default 120).
    pub api_rate_per_minute: u32,
    /// API requests one account may make per minute with all its keys
    /// (`OBSCURA_API_ACCOUNT_RATE_PER_MINUTE`, default 600).
    pub api_account_rate_per_minute: u32,
    /// Origins outgoing webhooks may reach over any address, `http` allowed
    /// (`OBSCURA_WEBHOOK_TRUSTED_ORIGINS`, comma-separated; e.g. an intranet receiver). Every
    /// other endpoint must be `https` and resolve to public addresses only.
    pub webhook_trusted_origins: Vec<url::Url>,
    /// Credits every new account receives (`OBSCURA_SIGNUP_CREDITS`, default 20).
    pub signup_credits: u32,
    /// Whether search engines may index public share pages (`OBSCURA_SHARE_INDEXABLE`).
    pub share_indexable: bool,
    /// Whether admin pages refuse an admin without two-step verification
    /// (`OBSCURA_ADMIN_REQUIRE_MFA`; default on in production, off otherwise).
    pub admin_require_mfa: bool,
    /// Analytics, erasure, payment records and policy notices.
    pub privacy: Privacy,
    /// Models, providers, the job queue, moderation and media retention.
    pub generation: generation::Generation,
    /// Stripe, credit packs and plans.
    pub billing: Billing,
    /// The no-signup trial.
    pub trial: Trial,
    /// Social platforms people may connect and publish to.
    pub social: Social,
    /// The Prometheus endpoint (`OBSCURA_METRICS_ADDR`, `OBSCURA_METRICS_TOKEN`); off by default.
    pub metrics: Metrics,
}

/// How mail leaves the server.
#[derive(Debug, Clone)]
pub struct Mail {
    /// `OBSCURA_SMTP_URL` (`smtp://`, `smtps://`, with optional user:password@); when unset,
    /// messages go to the development outbox at `/dev/outbox`.
    pub smtp_url: Option<SecretString>,
    /// The `From:` header (`OBSCURA_MAIL_FROM`), default `Obscura <no-reply@<public host>>`.
    pub from: String,
}

/// Google (or any OpenID Connect provider) sign-in.
#[derive(Debug, Clone)]
pub struct Google {
    /// `OBSCURA_GOOGLE_ISSUER_URL`, default `https://accounts.google.com`.
    pub issuer_url: String,
    /// `OBSCURA_GOOGLE_CLIENT_ID`.
    pub client_id: String,
    /// `OBSCURA_GOOGLE_CLIENT_SECRET`.
    pub client_secret: SecretString,
}

/// The operator's public details.
#[derive(Debug, Clone)]
pub struct Operator {
    /// `OBSCURA_OPERATOR_NAME`.
    pub name: String,
    /// `OBSCURA_OPERATOR_ADDRESS`.
    pub address: Option<String>,
    /// `OBSCURA_PRIVACY_EMAIL` (defaults to `privacy@<public host>`).
    pub privacy_email: String,
    /// `OBSCURA_SUPPORT_EMAIL` (defaults to `support@<public host>`).
    pub support_email: String,
    /// `OBSCURA_DPO_EMAIL`.
    pub dpo_email: Option<String>,
    /// `OBSCURA_SUPERVISORY_AUTHORITY`.
    pub supervisory_authority: Option<String>,
    /// `OBSCURA_GOVERNING_LAW`.
    pub governing_law: Option<String>,
}

/// A configuration problem, naming the variable to fix.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    /// The environment variable (or the `obscura.toml` key in lower case) at fault.
    pub variable: String,
    /// What is wrong with it.
    pub message: String,
}

impl ConfigError {
    fn new(key: &str, message: impl Into<String>) -> Self {
        Self {
            variable: format!("OBSCURA_{}", key.to_uppercase()),
            message: message.into(),
        }
    }
}

impl Config {
    /// Reads the process environment and `obscura.toml` (or the file in `OBSCURA_CONFIG`).
    ///
    /// # Errors
    /// A message naming the first invalid variable.
    pub fn load() -> Result<Self, ConfigError> {
        let file = std::env::var_os("OBSCURA_CONFIG")
            .map_or_else(|| PathBuf::from("obscura.toml"), PathBuf::from);
        if std::env::var_os("OBSCURA_CONFIG").is_some() && !file.exists() {
            return Err(ConfigError::new(
                "config",
                format!("file {} does not exist", file.display()),
            ));
        }
        Self::from_figment(
            Figment::from(Serialized::defaults(Raw::default()))
                .merge(Toml::file(file))
                // `OBSCURA_TEST_*` belong to the test harness, not to the server.
                .merge(
                    Env::prefixed("OBSCURA_")
                        .filter(|k| !k.as_str().to_ascii_lowercase().starts_with("test_")),
                ),
        )
    }

    /// Builds a configuration from explicit `(KEY, value)` pairs over the defaults (keys without
    /// the `OBSCURA_` prefix); for tests and tools.
    ///
    /// # Errors
    /// As [`Config::load`].
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Raw::default()));
        for (k, v) in pairs {
            let value: figment::value::Value = v.parse().unwrap_or_else(|_| (*v).into());
            figment = figment.merge((k.to_lowercase(), value));
        }
        Self::from_figment(figment)
    }

    fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        let raw: Raw = figment.extract().map_err(|e| {
            let key = e.path.first().cloned().unwrap_or_default();
            let message = match &e.kind {
                figment::error::Kind::UnknownField(field, _) => {
                    return ConfigError::new(field, "is not a known setting (check its spelling)");
                }
                kind => kind.to_string(),
            };
            ConfigError::new(&key, message)
        })?;
        raw.validate()
    }

    /// Whether this is a production deployment.
    #[must_use]
    pub fn is_production(&self) -> bool {
        self.env == Environment::Production
    }

    /// A multi-line summary for `obscura check-config`, without secrets.
    #[must_use]
    pub fn summary(&self) -> String {
        let database = match &self.database {
            Database::Sqlite(path) => format!("SQLite at {}", path.display()),
            Database::Postgres(url) => format!(
                "PostgreSQL at {}",
                Url::parse(url.expose_secret())
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
        };
        let storage = match &self.storage {
            ObjectStorage::Local => {
                format!("local disk ({})", self.data_dir.join("objects").display())
            }
            ObjectStorage::S3(s3) => format!(
                "S3-compatible bucket {} at {} (region {}, {})",
                s3.bucket,
                s3.host(),
                s3.region,
                if s3.path_style {
                    "path-style"
                } else {
                    "virtual-hosted-style"
                }
            ),
        };
        format!(
            "configuration is valid\n  environment: {:?}\n  listen: {}\n  public url: {}\n  data dir: {}\n  database: {database}\n  storage: {storage}\n  secret key: {}\n  minimum age: {}",
            self.env,
            self.addr,
            self.public_url,
            self.data_dir.display(),
            if self.secret_key_previous.is_some() {
                "set (the previous key still verifies)"
            } else if self.secret_key.is_some() {
                "set"
            } else {
                "generated and stored in the data dir"
            },
            self.min_age,
        ) + &format!(
            "\n  mail: {}\n  google sign-in: {}\n  ip addresses kept: {:?}\n  sessions: {} days idle, {} days at most",
            if self.mail.smtp_url.is_some() {
                "SMTP"
            } else {
                "development outbox (/dev/outbox)"
            },
            self.google
                .as_ref()
                .map_or_else(|| "off".to_owned(), |g| format!("on ({})", g.issuer_url)),
            self.ip_policy,
            self.session_idle.num_days(),
            self.session_absolute.num_days(),
        ) + &format!("\n  billing: {}", self.billing.summary())
            + &format!("\n  trial: {}", self.trial.summary())
            + &format!("\n  social publishing: {}", self.social.summary())
            + &format!(
                "\n  built-in engine: {}",
                self.generation
                    .local_engine
                    .as_ref()
                    .map_or_else(|| "off".to_owned(), |l| l.summary())
            )
            + &format!(
                "\n  comfyui: {}",
                self.generation
                    .comfyui
                    .as_ref()
                    .map_or_else(|| "off".to_owned(), |c| c.summary(&self.generation.models))
            )
            + &format!(
                "\n  metrics: {}",
                match (&self.metrics.addr, &self.metrics.token) {
                    (None, None) => "off".to_owned(),
                    (Some(addr), None) => format!("http://{addr}/metrics"),
                    (None, Some(_)) => "/metrics with a bearer token".to_owned(),
                    (Some(addr), Some(_)) => {
                        format!("http://{addr}/metrics, and /metrics with a bearer token")
                    }
                }
            )
    }
}

/// The public origin as a string without the trailing slash.
#[must_use]
pub fn origin(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_owned()
}

mod defaults;
pub mod generation;
mod models;
#[cfg(test)]
mod tests;
mod validate;
