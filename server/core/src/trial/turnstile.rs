//! Cloudflare Turnstile's server-side check (`POST /turnstile/v0/siteverify`).
//!
//! A token is redeemed once, here, before any trial image is made. The check fails closed: a
//! timeout, a network error, an answer that is not JSON or an unexpected hostname or action is a
//! refusal. Cloudflare's test secrets answer for the hostname `example.com`, which is accepted only
//! with them (and they are refused in production by the configuration).

use std::time::Duration;

use secrecy::ExposeSecret as _;
use serde::Deserialize;

use crate::config::trial::{TEST_HOSTNAME, Turnstile};

/// Tokens are at most this long (Cloudflare's documented limit).
pub const MAX_TOKEN_CHARS: usize = 2048;

/// Why a token was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The form carried no token (the widget did not finish, or scripts are off).
    #[error("no token")]
    Missing,
    /// Cloudflare said no (`invalid-input-response`, …), or the token is malformed.
    #[error("invalid token")]
    Invalid,
    /// Already redeemed or older than 5 minutes (`timeout-or-duplicate`).
    #[error("token spent or expired")]
    Spent,
    /// For another site or another form.
    #[error("token for another site or form")]
    Elsewhere,
    /// Cloudflare could not be asked (timeout, network, not JSON): refused, fail closed.
    #[error("siteverify unavailable")]
    Unavailable,
}

/// What a passed check tells us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    /// Turnstile's per-device id (Enterprise only), part of the visitor's fingerprint.
    pub ephemeral_id: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Answer {
    success: bool,
    #[serde(default, rename = "error-codes")]
    error_codes: Vec<String>,
    #[serde(default)]
    hostname: Option<String>,
    #[serde(default)]
    action: Option<String>,
    #[serde(default)]
    metadata: Option<Metadata>,
}

#[derive(Debug, Deserialize)]
struct Metadata {
    #[serde(default)]
    ephemeral_id: Option<String>,
}

/// A siteverify client.
#[derive(Debug, Clone)]
pub struct Verifier {
    http: reqwest::Client,
    config: Turnstile,
    hostname: String,
}

impl Verifier {
    /// For `config`, expecting tokens solved on `hostname` (the public URL's host).
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn new(config: Turnstile, hostname: String) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(8))
            .connect_timeout(Duration::from_secs(3))
            .user_agent(concat!("Obscura/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            http,
            config,
            hostname,
        })
    }

    /// The site key the page's widget uses.
    #[must_use]
    pub fn site_key(&self) -> &str {
        &self.config.site_key
    }

    /// Redeems `token` for `action`.
    ///
    /// # Errors
    /// See [`Refused`].
    pub async fn verify(&self, token: &str, action: &str) -> Result<Passed, Refused> {
        let token = token.trim();
        if token.is_empty() {
            return Err(Refused::Missing);
        }
        if token.len() > MAX_TOKEN_CHARS {
            return Err(Refused::Invalid);
        }
        let url = format!(
            "{}/turnstile/v0/siteverify",
            self.config.api_base.as_str().trim_end_matches('/')
        );
        // One idempotency key per check: a retry after a lost answer re-reads the same result
        // instead of failing as a duplicate.
        let idempotency_key = uuid::Uuid::new_v4().to_string();
        let form = [
            ("secret", self.config.secret.expose_secret()),
            ("response", token),
            ("idempotency_key", idempotency_key.as_str()),
        ];
        let mut answer = None;
        for attempt in 0..2 {
            match self.http.post(&url).form(&form).send().await {
                Ok(res) if res.status().is_server_error() && attempt == 0 => {}
                Ok(res) => {
                    answer = res.json::<Answer>().await.ok();
                    if answer
                        .as_ref()
                        .is_some_and(|a| a.error_codes.iter().any(|c| c == "internal-error"))
                        && attempt == 0
                    {
                        answer = None;
                        continue;
                    }
                    break;
                }
                Err(e) if attempt == 0 && e.is_connect() => {}
                Err(_) => break,
            }
        }
        let Some(answer) = answer else {
            tracing::warn!("Turnstile could not be asked; the trial request was refused");
            return Err(Refused::Unavailable);
        };
        if !answer.success {
            let code = |c: &str| answer.error_codes.iter().any(|e| e == c);
            return Err(if code("timeout-or-duplicate") {
                Refused::Spent
            } else if code("missing-input-secret")
                || code("invalid-input-secret")
                || code("internal-error")
                || code("bad-request")
            {
                tracing::error!(
                    codes = answer.error_codes.join(","),
                    "Turnstile refused this server's request: check OBSCURA_TURNSTILE_SECRET"
                );
                Refused::Unavailable
            } else {
                Refused::Invalid
            });
        }
        let hostname_ok = match answer.hostname.as_deref() {
            Some(h) if h.eq_ignore_ascii_case(&self.hostname) => true,
            Some(TEST_HOSTNAME) => self.config.test_secret,
            _ => false,
        };
        // Test secrets answer without the widget's action; real tokens carry it.
        let action_ok = match answer.action.as_deref() {
            Some(a) if a == action => true,
            None | Some("") => self.config.test_secret,
            Some(_) => false,
        };
        if !(hostname_ok && action_ok) {
            return Err(Refused::Elsewhere);
        }
        Ok(Passed {
            ephemeral_id: answer
                .metadata
                .and_then(|m| m.ephemeral_id)
                .filter(|id| !id.is_empty() && id.len() <= 200),
        })
    }
}
