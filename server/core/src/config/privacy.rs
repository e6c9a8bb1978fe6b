//! Privacy settings: analytics, erasure, payment records, policy notices and the language
//! whose policy prevails.

use obscura_shared::account::Language;

use super::ConfigError;

/// The raw privacy settings, as read.
#[derive(Debug, Clone)]
pub(super) struct RawPrivacy {
    pub(super) analytics_country_header: Option<String>,
    pub(super) erasure_grace_days: u32,
    pub(super) payment_retention_years: u32,
    pub(super) policy_notice_days: u32,
    pub(super) policy_authoritative_language: String,
}

/// Privacy settings.
#[derive(Debug, Clone)]
pub struct Privacy {
    /// A header set by a trusted proxy with the visitor's ISO country code
    /// (`OBSCURA_ANALYTICS_COUNTRY_HEADER`, e.g. `CF-IPCountry`); without it, no country.
    pub analytics_country_header: Option<http::HeaderName>,
    /// Days between asking to delete an account and its purge (`OBSCURA_ERASURE_GRACE_DAYS`,
    /// default 30; 0 purges at once).
    pub erasure_grace_days: u32,
    /// Years payment records are kept, detached from the person
    /// (`OBSCURA_PAYMENT_RETENTION_YEARS`, default 10).
    pub payment_retention_years: u32,
    /// Days between announcing a material policy change and its taking effect
    /// (`OBSCURA_POLICY_NOTICE_DAYS`, default 30).
    pub policy_notice_days: u32,
    /// The language whose privacy policy and terms prevail over their translations
    /// (`OBSCURA_POLICY_AUTHORITATIVE_LANGUAGE`: `en`, `de` or `fr`; default `en`). The pages in
    /// the other languages say so at the top.
    pub authoritative_language: Language,
}

impl RawPrivacy {
    pub(super) fn validate(self) -> Result<Privacy, ConfigError> {
        let analytics_country_header = match self.analytics_country_header.as_deref() {
            None | Some("") => None,
            Some(h) => Some(h.parse().map_err(|_| {
                ConfigError::new("analytics_country_header", "is not a valid header name")
            })?),
        };
        if self.erasure_grace_days > 90 {
            return Err(ConfigError::new(
                "erasure_grace_days",
                "must be between 0 and 90 (personal data must be purged within 30 days of the grace period's end)",
            ));
        }
        if !(1..=30).contains(&self.payment_retention_years) {
            return Err(ConfigError::new(
                "payment_retention_years",
                "must be between 1 and 30",
            ));
        }
        if !(1..=365).contains(&self.policy_notice_days) {
            return Err(ConfigError::new(
                "policy_notice_days",
                "must be between 1 and 365",
            ));
        }
        let wanted = self
            .policy_authoritative_language
            .trim()
            .to_ascii_lowercase();
        let authoritative_language = if wanted.is_empty() {
            Language::En
        } else {
            Language::from_code(&wanted).ok_or_else(|| {
                let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                ConfigError::new(
                    "policy_authoritative_language",
                    format!(
                        "must be one of {} (the language whose privacy policy and terms prevail), not {:?}",
                        codes.join(", "),
                        self.policy_authoritative_language
                    ),
                )
            })?
        };
        Ok(Privacy {
            analytics_country_header,
            erasure_grace_days: self.erasure_grace_days,
            payment_retention_years: self.payment_retention_years,
            policy_notice_days: self.policy_notice_days,
            authoritative_language,
        })
    }
}
