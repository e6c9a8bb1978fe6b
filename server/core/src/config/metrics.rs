//! The Prometheus endpoint: off unless a separate address (`OBSCURA_METRICS_ADDR`) or a bearer
//! token for `/metrics` on the main address (`OBSCURA_METRICS_TOKEN`) is set.

use std::net::SocketAddr;

use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::ConfigError;

/// The shortest token accepted: a guessable token would open the metrics to anyone.
pub const MIN_TOKEN_CHARS: usize = 32;

/// The raw metrics settings, as read.
#[derive(Debug, Clone)]
pub(super) struct RawMetrics {
    pub(super) addr: Option<String>,
    pub(super) token: Option<String>,
    /// The main listen address (the metrics listener must differ).
    pub(super) main: SocketAddr,
}

/// Where and to whom `/metrics` is served.
#[derive(Debug, Clone, Default)]
pub struct Metrics {
    /// A second listener serving only `GET /metrics`, without a token (`OBSCURA_METRICS_ADDR`):
    /// an address only the operator's scraper reaches.
    pub addr: Option<SocketAddr>,
    /// When set, `GET /metrics` on the main address answers to `Authorization: Bearer <token>`
    /// (`OBSCURA_METRICS_TOKEN`, at least [`MIN_TOKEN_CHARS`] characters).
    pub token: Option<SecretString>,
}

impl Metrics {
    /// Whether anything is recorded at all (either way of scraping is configured).
    #[must_use]
    pub const fn enabled(&self) -> bool {
        self.addr.is_some() || self.token.is_some()
    }

    /// Whether `presented` (the bearer token of a request) is the configured token, compared in
    /// constant time (both sides are hashed first, so not even the length is revealed). False
    /// when no token is configured.
    #[must_use]
    pub fn authorizes(&self, presented: &str) -> bool {
        self.token.as_ref().is_some_and(|token| {
            let want = Sha256::digest(token.expose_secret().as_bytes());
            let got = Sha256::digest(presented.as_bytes());
            bool::from(want.ct_eq(&got))
        })
    }
}

impl RawMetrics {
    pub(super) fn validate(self) -> Result<Metrics, ConfigError> {
        let addr = match self.addr.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(a) => {
                let addr: SocketAddr = a.parse().map_err(|_| {
                    ConfigError::new(
                        "metrics_addr",
                        "is not an address and port (e.g. 127.0.0.1:9464)",
                    )
                })?;
                if addr == self.main && addr.port() != 0 {
                    return Err(ConfigError::new(
                        "metrics_addr",
                        "must differ from OBSCURA_ADDR (set OBSCURA_METRICS_TOKEN instead to serve /metrics there)",
                    ));
                }
                Some(addr)
            }
        };
        let token = match self.token.as_deref() {
            None | Some("") => None,
            Some(t) if t.chars().count() < MIN_TOKEN_CHARS || t.trim() != t => {
                return Err(ConfigError::new(
                    "metrics_token",
                    format!(
                        "must be at least {MIN_TOKEN_CHARS} characters without surrounding spaces (e.g. `openssl rand -hex 32`)"
                    ),
                ));
            }
            Some(t) => Some(SecretString::from(t.to_owned())),
        };
        Ok(Metrics { addr, token })
    }
}
