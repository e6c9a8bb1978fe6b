//! Turns the raw settings into a [`Config`], with an error naming the first variable at fault.

use std::path::PathBuf;

use secrecy::SecretString;
use url::Url;

use super::{
    Config, ConfigError, Database, Environment, Google, Mail, Operator, Raw, generation, privacy,
    storage,
};

impl Raw {
    fn generation(&self) -> generation::RawGeneration {
        generation::RawGeneration {
            models: self.models.clone(),
            openai_api_key: self.openai_api_key.clone(),
            openai_base_url: self.openai_base_url.clone(),
            openai_organization: self.openai_organization.clone(),
            openai_project: self.openai_project.clone(),
            openai_download_origins: self.openai_download_origins.clone(),
            sdwebui_url: self.sdwebui_url.clone(),
            sdwebui_username: self.sdwebui_username.clone(),
            sdwebui_password: self.sdwebui_password.clone(),
            comfyui_url: self.comfyui_url.clone(),
            local_model_dir: self.local_model_dir.clone(),
            local_concurrency: self.local_concurrency,
            local_memory_check: self.local_memory_check,
            comfyui_authorization: self.comfyui_authorization.clone(),
            replicate_api_token: self.replicate_api_token.clone(),
            replicate_base_url: self.replicate_base_url.clone(),
            replicate_webhook_secret: self.replicate_webhook_secret.clone(),
            replicate_download_origins: self.replicate_download_origins.clone(),
            provider_download_max_mb: self.provider_download_max_mb,
            provider_timeout_secs: self.provider_timeout_secs,
            workers: self.workers,
            jobs_per_user: self.jobs_per_user,
            job_timeout_secs: self.job_timeout_secs,
            job_attempts: self.job_attempts,
            job_lease_secs: self.job_lease_secs,
            media_retention_days: self.media_retention_days,
            file_url_ttl_secs: self.file_url_ttl_secs,
            blocklist: self.blocklist.clone(),
            blocklist_file: self.blocklist_file.clone(),
            offline_delay_ms: self.offline_delay_ms,
        }
    }

    pub(super) fn validate(self) -> Result<Config, ConfigError> {
        let generation = self.generation().validate()?;
        let public_url = match &self.public_url {
            Some(s) if s.is_empty() => {
                return Err(ConfigError::new("public_url", "is empty"));
            }
            Some(s) => parse_origin(s)?,
            None => Url::parse(&format!("http://{}", self.addr))
                .map_err(|e| ConfigError::new("addr", e.to_string()))?,
        };
        let database = match self.database_url.as_deref() {
            None | Some("") => Database::Sqlite(self.data_dir.join("obscura.db")),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Url::parse(url).map_err(|_| {
                    ConfigError::new("database_url", "is not a valid postgres:// URL")
                })?;
                Database::Postgres(SecretString::from(url.to_owned()))
            }
            Some(url) if url.starts_with("sqlite:") => {
                let path = url
                    .trim_start_matches("sqlite://")
                    .trim_start_matches("sqlite:");
                let path = path.split('?').next().unwrap_or_default();
                if path.is_empty() {
                    return Err(ConfigError::new(
                        "database_url",
                        "sqlite: URL has no file path",
                    ));
                }
                Database::Sqlite(PathBuf::from(path))
            }
            Some(_) => {
                return Err(ConfigError::new(
                    "database_url",
                    "must start with postgres://, postgresql:// or sqlite:",
                ));
            }
        };
        let storage = storage::RawS3 {
            bucket: self.s3_bucket,
            endpoint: self.s3_endpoint,
            region: self.s3_region,
            access_key_id: self.s3_access_key_id,
            secret_access_key: self.s3_secret_access_key,
            path_style: self.s3_path_style,
            allow_http: self.s3_allow_http,
        }
        .validate()?;
        if self.shutdown_drain_secs > 300 {
            return Err(ConfigError::new(
                "shutdown_drain_secs",
                "must be between 0 and 300",
            ));
        }
        if !(13..=21).contains(&self.min_age) {
            return Err(ConfigError::new("min_age", "must be between 13 and 21"));
        }
        let current = self
            .secret_key
            .as_deref()
            .map(|key| {
                crate::secrets::decode_key(key).map_err(|m| ConfigError::new("secret_key", m))
            })
            .transpose()?;
        if let Some(previous) = self
            .secret_key_previous
            .as_deref()
            .filter(|k| !k.trim().is_empty())
        {
            let previous = crate::secrets::decode_key(previous)
                .map_err(|m| ConfigError::new("secret_key_previous", m))?;
            match &current {
                None => {
                    return Err(ConfigError::new(
                        "secret_key_previous",
                        "needs OBSCURA_SECRET_KEY (the key that replaced it)",
                    ));
                }
                Some(current) if *current == previous => {
                    return Err(ConfigError::new(
                        "secret_key_previous",
                        "must differ from OBSCURA_SECRET_KEY",
                    ));
                }
                Some(_) => {}
            }
        }
        if self.env == Environment::Production {
            if self.secret_key.is_none() {
                return Err(ConfigError::new(
                    "secret_key",
                    "is required in production (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)",
                ));
            }
            if self.public_url.is_none() {
                return Err(ConfigError::new("public_url", "is required in production"));
            }
            // The policy must name a real controller and a mailbox that is read.
            if self.operator_name == Raw::default().operator_name {
                return Err(ConfigError::new(
                    "operator_name",
                    "is required in production (the legal name of whoever runs this server)",
                ));
            }
            if self.privacy_email.is_none() {
                return Err(ConfigError::new(
                    "privacy_email",
                    "is required in production (where people send privacy requests)",
                ));
            }
        }
        if self.env == Environment::Production && self.smtp_url.as_deref().is_none_or(str::is_empty)
        {
            return Err(ConfigError::new(
                "smtp_url",
                "is required in production (sign-up, sign-in links and password resets are sent by email)",
            ));
        }
        let smtp_url = match self.smtp_url.as_deref() {
            None | Some("") => None,
            Some(url) => {
                let parsed = Url::parse(url)
                    .map_err(|_| ConfigError::new("smtp_url", "is not a valid URL"))?;
                if !matches!(parsed.scheme(), "smtp" | "smtps") || parsed.host_str().is_none() {
                    return Err(ConfigError::new(
                        "smtp_url",
                        "must look like smtp://host:port or smtps://user:password@host:465",
                    ));
                }
                Some(SecretString::from(url.to_owned()))
            }
        };
        let google = match (self.google_client_id, self.google_client_secret) {
            (None, None) => None,
            (Some(id), Some(secret)) if !id.is_empty() && !secret.is_empty() => {
                let issuer = Url::parse(&self.google_issuer_url)
                    .map_err(|_| ConfigError::new("google_issuer_url", "is not a valid URL"))?;
                if !matches!(issuer.scheme(), "http" | "https") {
                    return Err(ConfigError::new(
                        "google_issuer_url",
                        "must be an http:// or https:// URL",
                    ));
                }
                Some(Google {
                    issuer_url: self.google_issuer_url.trim_end_matches('/').to_owned(),
                    client_id: id,
                    client_secret: SecretString::from(secret),
                })
            }
            (Some(_), _) => {
                return Err(ConfigError::new(
                    "google_client_secret",
                    "is required when OBSCURA_GOOGLE_CLIENT_ID is set",
                ));
            }
            (None, Some(_)) => {
                return Err(ConfigError::new(
                    "google_client_id",
                    "is required when OBSCURA_GOOGLE_CLIENT_SECRET is set",
                ));
            }
        };
        if !(1..=90).contains(&self.session_idle_days) {
            return Err(ConfigError::new(
                "session_idle_days",
                "must be between 1 and 90",
            ));
        }
        if !(self.session_idle_days..=365).contains(&self.session_absolute_days) {
            return Err(ConfigError::new(
                "session_absolute_days",
                "must be at least OBSCURA_SESSION_IDLE_DAYS and at most 365",
            ));
        }
        if self.signup_credits > 1_000_000 {
            return Err(ConfigError::new(
                "signup_credits",
                "must be at most 1000000",
            ));
        }
        for (key, value) in [
            ("api_rate_per_minute", self.api_rate_per_minute),
            (
                "api_account_rate_per_minute",
                self.api_account_rate_per_minute,
            ),
        ] {
            if !(1..=1_000_000).contains(&value) {
                return Err(ConfigError::new(
                    key,
                    "is a number of requests from 1 to 1000000",
                ));
            }
        }
        if !(1..=10_000).contains(&self.auth_rate_per_minute) {
            return Err(ConfigError::new(
                "auth_rate_per_minute",
                "must be between 1 and 10000",
            ));
        }
        let trusted_proxies = self
            .trusted_proxies
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<ipnet::IpNet>()
                    .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        ConfigError::new(
                            "trusted_proxies",
                            format!("{s:?} is not an IP address or CIDR range"),
                        )
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        tracing_subscriber::EnvFilter::try_new(&self.log)
            .map_err(|e| ConfigError::new("log", format!("is not a valid log filter: {e}")))?;
        // Development defaults: an address at the public host, or at `localhost` for an IP.
        let host = match public_url.host() {
            Some(url::Host::Domain(d)) => d.to_owned(),
            _ => "localhost".to_owned(),
        };
        let email =
            |key: &str, value: Option<String>, default: &str| -> Result<String, ConfigError> {
                let v = value.unwrap_or_else(|| format!("{default}@{host}"));
                if v.contains('@') && !v.contains(char::is_whitespace) {
                    Ok(v)
                } else {
                    Err(ConfigError::new(key, "is not an email address"))
                }
            };
        let operator = Operator {
            privacy_email: email("privacy_email", self.privacy_email, "privacy")?,
            support_email: email("support_email", self.support_email, "support")?,
            dpo_email: match self.dpo_email {
                Some(d) => Some(email("dpo_email", Some(d), "dpo")?),
                None => None,
            },
            name: self.operator_name,
            address: self.operator_address,
            supervisory_authority: self.supervisory_authority,
            governing_law: self.governing_law,
        };
        let mail_from = self
            .mail_from
            .unwrap_or_else(|| format!("Obscura <no-reply@{host}>"));
        if mail_from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError::new(
                "mail_from",
                "is not a mailbox (e.g. Obscura <no-reply@obscura.example>)",
            ));
        }
        let privacy = privacy::RawPrivacy {
            analytics_country_header: self.analytics_country_header,
            erasure_grace_days: self.erasure_grace_days,
            payment_retention_years: self.payment_retention_years,
            policy_notice_days: self.policy_notice_days,
            policy_authoritative_language: self.policy_authoritative_language,
        }
        .validate()?;
        let billing = super::billing::RawBilling {
            secret_key: self.stripe_secret_key,
            webhook_secret: self.stripe_webhook_secret,
            api_base: self.stripe_api_base,
            items: self.billing,
            env: self.env,
        }
        .validate()?;
        let trial = super::trial::RawTrial {
            images: self.trial_images,
            global_per_hour: self.trial_global_per_hour,
            models: self.trial_models,
            turnstile_site_key: self.turnstile_site_key,
            turnstile_secret: self.turnstile_secret,
            turnstile_api_base: self.turnstile_api_base,
            env: self.env,
        }
        .validate(&generation)?;
        let app = |client_id, client_secret, auth_base, api_base| super::social::RawApp {
            client_id,
            client_secret,
            auth_base,
            api_base,
        };
        let social = super::social::RawSocial {
            x: app(
                self.x_client_id,
                self.x_client_secret,
                self.x_auth_base,
                self.x_api_base,
            ),
            linkedin: app(
                self.linkedin_client_id,
                self.linkedin_client_secret,
                self.linkedin_auth_base,
                self.linkedin_api_base,
            ),
            meta: app(
                self.meta_client_id,
                self.meta_client_secret,
                self.meta_auth_base,
                self.meta_api_base,
            ),
            pinterest: app(
                self.pinterest_client_id,
                self.pinterest_client_secret,
                self.pinterest_auth_base,
                self.pinterest_api_base,
            ),
            youtube: self.youtube,
            youtube_api_base: self.youtube_api_base,
            youtube_revoke_url: self.youtube_revoke_url,
            google_configured: google.is_some(),
        }
        .validate()?;
        let metrics = super::metrics::RawMetrics {
            addr: self.metrics_addr,
            token: self.metrics_token,
            main: self.addr,
        }
        .validate()?;
        Ok(Config {
            metrics,
            social,
            billing,
            trial,
            privacy,
            generation,
            public_url_explicit: self.public_url.is_some(),
            mail: Mail {
                smtp_url,
                from: mail_from,
            },
            google,
            ip_policy: self.ip_policy,
            ip_hash_salt: self.ip_hash_salt.map(SecretString::from),
            session_idle: chrono::Duration::days(i64::from(self.session_idle_days)),
            session_absolute: chrono::Duration::days(i64::from(self.session_absolute_days)),
            trusted_proxies,
            auth_rate_per_minute: self.auth_rate_per_minute,
            api_rate_per_minute: self.api_rate_per_minute,
            api_account_rate_per_minute: self.api_account_rate_per_minute,
            webhook_trusted_origins: super::generation::origins(
                "webhook_trusted_origins",
                self.webhook_trusted_origins.as_deref(),
            )?,
            signup_credits: self.signup_credits,
            share_indexable: self.share_indexable,
            admin_require_mfa: self
                .admin_require_mfa
                .unwrap_or(self.env == Environment::Production),
            addr: self.addr,
            data_dir: self.data_dir,
            storage,
            public_url,
            env: self.env,
            database,
            site_root: self.site_root,
            log_format: self.log_format,
            log: self.log,
            secret_key: self.secret_key.map(SecretString::from),
            secret_key_previous: self
                .secret_key_previous
                .filter(|k| !k.trim().is_empty())
                .map(SecretString::from),
            operator,
            min_age: self.min_age,
            shutdown_grace_secs: self.shutdown_grace_secs,
            shutdown_drain_secs: self.shutdown_drain_secs,
        })
    }
}

/// Parses an origin: http(s), a host, no path, query or fragment.
fn parse_origin(s: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(s.trim_end_matches('/'))
        .map_err(|_| ConfigError::new("public_url", "is not a valid URL"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError::new(
            "public_url",
            "must be an http:// or https:// URL with a host",
        ));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError::new(
            "public_url",
            "must be an origin only, without a path (e.g. https://obscura.example)",
        ));
    }
    Ok(url)
}
