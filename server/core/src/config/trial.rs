//! The no-signup trial (`/try`): how many images a visitor may make, with which models, under
//! which global limit, and Cloudflare Turnstile when its keys are set.

use secrecy::SecretString;
use url::Url;

use super::{
    ConfigError, Environment,
    generation::{Generation, Model},
};
use crate::generation::providers::ProviderKind;

/// Cloudflare's documented test secrets (`developers.cloudflare.com/turnstile/troubleshooting/testing`):
/// they accept only the dummy token and answer with the hostname `example.com`.
pub const TEST_SECRETS: &[&str] = &[
    "1x0000000000000000000000000000000AA",
    "2x0000000000000000000000000000000AA",
    "3x0000000000000000000000000000000AA",
];

/// The hostname siteverify reports for tokens checked with a test secret.
pub const TEST_HOSTNAME: &str = "example.com";

/// The raw trial settings.
#[derive(Debug, Clone)]
pub(super) struct RawTrial {
    pub(super) images: u32,
    pub(super) global_per_hour: u32,
    pub(super) models: Option<String>,
    pub(super) turnstile_site_key: Option<String>,
    pub(super) turnstile_secret: Option<String>,
    pub(super) turnstile_api_base: String,
    pub(super) env: Environment,
}

/// Cloudflare Turnstile.
#[derive(Debug, Clone)]
pub struct Turnstile {
    /// `OBSCURA_TURNSTILE_SITE_KEY` (public: it is in the page).
    pub site_key: String,
    /// `OBSCURA_TURNSTILE_SECRET`.
    pub secret: SecretString,
    /// `OBSCURA_TURNSTILE_API_BASE`, default `https://challenges.cloudflare.com` (a peer in tests).
    pub api_base: Url,
    /// Whether the secret is one of Cloudflare's test secrets (refused in production).
    pub test_secret: bool,
}

/// The trial, when on.
#[derive(Debug, Clone, Default)]
pub struct Trial {
    /// Images a visitor may make in 24 hours (`OBSCURA_TRIAL_IMAGES`, default 3; 0: no trial).
    pub images: u32,
    /// Trial images the whole server makes per hour at most (`OBSCURA_TRIAL_GLOBAL_PER_HOUR`).
    pub global_per_hour: u32,
    /// The models a visitor may use (`OBSCURA_TRIAL_MODELS`, comma-separated ids; default every
    /// offline model), in the configured order.
    pub models: Vec<String>,
    /// Turnstile, when both keys are set.
    pub turnstile: Option<Turnstile>,
}

impl Trial {
    /// Whether visitors may try the generator.
    #[must_use]
    pub fn enabled(&self) -> bool {
        self.images > 0 && !self.models.is_empty()
    }

    /// One line for `check-config`.
    #[must_use]
    pub fn summary(&self) -> String {
        if !self.enabled() {
            return "off (OBSCURA_TRIAL_IMAGES=0, or no trial model)".to_owned();
        }
        format!(
            "{} image{} per visitor in 24 h with {}, at most {} per hour in all; {}",
            self.images,
            if self.images == 1 { "" } else { "s" },
            self.models.join(", "),
            self.global_per_hour,
            match &self.turnstile {
                Some(t) if t.test_secret => "Turnstile with Cloudflare's TEST secret".to_owned(),
                Some(t) => format!(
                    "Turnstile verified at {}",
                    t.api_base.host_str().unwrap_or_default()
                ),
                None => "no CAPTCHA (set OBSCURA_TURNSTILE_SITE_KEY and _SECRET)".to_owned(),
            }
        )
    }
}

/// The size a trial image is made at: the model's smallest.
#[must_use]
pub fn trial_size(model: &Model) -> obscura_shared::generation::Size {
    model
        .sizes
        .iter()
        .copied()
        .min_by_key(|s| u64::from(s.width) * u64::from(s.height))
        .unwrap_or(obscura_shared::generation::Size {
            width: 512,
            height: 512,
        })
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl RawTrial {
    pub(super) fn validate(self, generation: &Generation) -> Result<Trial, ConfigError> {
        if self.images > 50 {
            return Err(ConfigError::new(
                "trial_images",
                "is at most 50 (a trial, not a free plan)",
            ));
        }
        if self.images > 0 && self.global_per_hour == 0 {
            return Err(ConfigError::new(
                "trial_global_per_hour",
                "must be at least 1 while the trial is on (set OBSCURA_TRIAL_IMAGES=0 to turn it off)",
            ));
        }
        let models = match non_empty(self.models) {
            Some(list) => {
                let mut ids = Vec::new();
                for id in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if generation.model(id).is_none() {
                        return Err(ConfigError::new(
                            "trial_models",
                            format!("names {id:?}, which is not a configured model"),
                        ));
                    }
                    if !ids.iter().any(|i| i == id) {
                        ids.push(id.to_owned());
                    }
                }
                ids
            }
            None => generation
                .models
                .iter()
                .filter(|m| m.provider == ProviderKind::Local)
                .map(|m| m.id.clone())
                .collect(),
        };
        let turnstile = match (
            non_empty(self.turnstile_site_key),
            non_empty(self.turnstile_secret),
        ) {
            (None, None) => None,
            (Some(_), None) => {
                return Err(ConfigError::new(
                    "turnstile_secret",
                    "is needed with OBSCURA_TURNSTILE_SITE_KEY (the server checks every token)",
                ));
            }
            (None, Some(_)) => {
                return Err(ConfigError::new(
                    "turnstile_site_key",
                    "is needed with OBSCURA_TURNSTILE_SECRET (the page shows the widget)",
                ));
            }
            (Some(site_key), Some(secret)) => {
                let test_secret = TEST_SECRETS.contains(&secret.as_str());
                if test_secret && self.env == Environment::Production {
                    return Err(ConfigError::new(
                        "turnstile_secret",
                        "is one of Cloudflare's test secrets, which pass any robot: refused in production",
                    ));
                }
                if !site_key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                {
                    return Err(ConfigError::new(
                        "turnstile_site_key",
                        "is not a Turnstile site key (letters, digits, _ and -)",
                    ));
                }
                let api_base = Url::parse(self.turnstile_api_base.trim_end_matches('/'))
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
                    .ok_or_else(|| ConfigError::new("turnstile_api_base", "is not a valid URL"))?;
                Some(Turnstile {
                    site_key,
                    secret: SecretString::from(secret),
                    api_base,
                    test_secret,
                })
            }
        };
        Ok(Trial {
            images: self.images,
            global_per_hour: self.global_per_hour,
            models,
            turnstile,
        })
    }
}
