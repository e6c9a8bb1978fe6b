//! Billing settings: Stripe's keys, and the credit packs and plans sold (`[[billing.packs]]`,
//! `[[billing.plans]]` in `obscura.toml`). Billing is off until a secret key is set.

use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use url::Url;

use super::{ConfigError, Environment};

/// `[billing]` as read from `obscura.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBillingItems {
    #[serde(default)]
    packs: Vec<RawPack>,
    #[serde(default)]
    plans: Vec<RawPlan>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    id: String,
    label: String,
    credits: i64,
    price: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    id: String,
    label: String,
    credits: i64,
    price: String,
    #[serde(default)]
    rollover: bool,
}

/// The raw billing settings, as read.
#[derive(Debug, Clone)]
pub(super) struct RawBilling {
    pub(super) secret_key: Option<String>,
    pub(super) webhook_secret: Option<String>,
    pub(super) api_base: String,
    pub(super) items: Option<RawBillingItems>,
    pub(super) env: Environment,
}

/// A one-time credit pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// Our id (in URLs and Stripe metadata).
    pub id: String,
    /// What people see.
    pub label: String,
    /// Credits it gives.
    pub credits: i64,
    /// Stripe's `price_…` id (a one-time price).
    pub price: String,
}

/// A subscription plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Our id.
    pub id: String,
    /// What people see.
    pub label: String,
    /// Credits each paid period gives.
    pub credits: i64,
    /// Stripe's `price_…` id (a recurring price).
    pub price: String,
    /// Whether credits unused at the end of a period stay (otherwise up to one period's
    /// credits are removed when the next period is paid).
    pub rollover: bool,
}

/// Stripe: keys and where its API is.
#[derive(Debug, Clone)]
pub struct Stripe {
    /// `OBSCURA_STRIPE_SECRET_KEY` (`sk_…` or a restricted `rk_…`).
    pub secret_key: SecretString,
    /// `OBSCURA_STRIPE_WEBHOOK_SECRET` (`whsec_…`); without it no webhook is accepted.
    pub webhook_secret: Option<SecretString>,
    /// `OBSCURA_STRIPE_API_BASE`, default `https://api.stripe.com` (a test peer's URL in tests).
    pub api_base: Url,
}

/// Billing: Stripe when configured, and what is sold.
#[derive(Debug, Clone, Default)]
pub struct Billing {
    /// None: billing is off.
    pub stripe: Option<Stripe>,
    /// Credit packs, in the order configured.
    pub packs: Vec<Pack>,
    /// Plans, in the order configured.
    pub plans: Vec<Plan>,
}

impl Billing {
    /// Whether payments can be taken.
    #[must_use]
    pub const fn enabled(&self) -> bool {
        self.stripe.is_some()
    }

    /// The pack with this id.
    #[must_use]
    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// The plan with this id.
    #[must_use]
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// One line for `check-config`.
    #[must_use]
    pub fn summary(&self) -> String {
        match &self.stripe {
            None => "off (set OBSCURA_STRIPE_SECRET_KEY)".to_owned(),
            Some(s) => format!(
                "Stripe at {} ({} pack{}, {} plan{}; webhooks {})",
                s.api_base.host_str().unwrap_or_default(),
                self.packs.len(),
                if self.packs.len() == 1 { "" } else { "s" },
                self.plans.len(),
                if self.plans.len() == 1 { "" } else { "s" },
                if s.webhook_secret.is_some() {
                    "verified with the webhook secret"
                } else {
                    "OFF: no OBSCURA_STRIPE_WEBHOOK_SECRET, so no payment is ever credited"
                },
            ),
        }
    }
}

fn valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl RawBilling {
    pub(super) fn validate(self) -> Result<Billing, ConfigError> {
        let items = self.items.unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        let mut packs = Vec::new();
        for p in items.packs {
            check_item(
                "billing.packs",
                &p.id,
                &p.label,
                p.credits,
                &p.price,
                &mut seen,
            )?;
            packs.push(Pack {
                id: p.id,
                label: p.label.trim().to_owned(),
                credits: p.credits,
                price: p.price,
            });
        }
        let mut plans = Vec::new();
        for p in items.plans {
            check_item(
                "billing.plans",
                &p.id,
                &p.label,
                p.credits,
                &p.price,
                &mut seen,
            )?;
            plans.push(Plan {
                id: p.id,
                label: p.label.trim().to_owned(),
                credits: p.credits,
                price: p.price,
                rollover: p.rollover,
            });
        }
        let Some(secret_key) = non_empty(self.secret_key) else {
            return Ok(Billing {
                stripe: None,
                packs,
                plans,
            });
        };
        if !(secret_key.starts_with("sk_") || secret_key.starts_with("rk_")) {
            return Err(ConfigError::new(
                "stripe_secret_key",
                "is not a Stripe secret key (sk_… or rk_…)",
            ));
        }
        let webhook_secret = non_empty(self.webhook_secret);
        if let Some(w) = &webhook_secret
            && !w.starts_with("whsec_")
        {
            return Err(ConfigError::new(
                "stripe_webhook_secret",
                "is not a Stripe webhook signing secret (whsec_…)",
            ));
        }
        if webhook_secret.is_none() && self.env == Environment::Production {
            return Err(ConfigError::new(
                "stripe_webhook_secret",
                "is required in production when OBSCURA_STRIPE_SECRET_KEY is set: payments are credited only from verified webhooks",
            ));
        }
        let api_base = Url::parse(self.api_base.trim_end_matches('/'))
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| ConfigError::new("stripe_api_base", "is not an http(s) URL"))?;
        if api_base.scheme() == "http" && self.env == Environment::Production {
            return Err(ConfigError::new(
                "stripe_api_base",
                "must be https in production",
            ));
        }
        if packs.is_empty() && plans.is_empty() {
            return Err(ConfigError::new(
                "billing",
                "Stripe is configured but nothing is for sale: add [[billing.packs]] or [[billing.plans]] to obscura.toml",
            ));
        }
        Ok(Billing {
            stripe: Some(Stripe {
                secret_key: SecretString::from(secret_key),
                webhook_secret: webhook_secret.map(SecretString::from),
                api_base,
            }),
            packs,
            plans,
        })
    }
}

fn check_item(
    key: &str,
    id: &str,
    label: &str,
    credits: i64,
    price: &str,
    seen: &mut std::collections::HashSet<String>,
) -> Result<(), ConfigError> {
    if !valid_id(id) {
        return Err(ConfigError::new(
            key,
            format!("id {id:?} must be 1–40 lower-case letters, digits or dashes"),
        ));
    }
    if !seen.insert(id.to_owned()) {
        return Err(ConfigError::new(
            key,
            format!("id {id:?} is used twice (packs and plans share ids)"),
        ));
    }
    if label.trim().is_empty() || label.chars().count() > 80 {
        return Err(ConfigError::new(
            key,
            format!("{id}: label must be 1–80 characters"),
        ));
    }
    if !(1..=1_000_000).contains(&credits) {
        return Err(ConfigError::new(
            key,
            format!("{id}: credits must be between 1 and 1000000"),
        ));
    }
    if !price.starts_with("price_") || price.len() > 255 {
        return Err(ConfigError::new(
            key,
            format!("{id}: price must be a Stripe price id (price_…)"),
        ));
    }
    Ok(())
}
