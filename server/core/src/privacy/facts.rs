//! The facts the policy is generated from: controller, processors (only those configured),
//! data categories with their legal basis and retention as configured, age and grace periods.
//!
//! Every sentence comes from the message catalogue (`fact-*`). The English facts are the ones a
//! version's hash is made of, exactly as they were before the policy was translated; the other
//! languages are the same facts said in them ([`SiteInfo::translations`]).

use obscura_shared::{
    account::Language,
    i18n::Arg,
    site::{Controller, DataCategory, PolicyVersion, Processor, SiteInfo, Translation},
    t,
};
use secrecy::ExposeSecret;

use super::consent;
use crate::config::{self, Config, Database};

/// The facts about this deployment, without version information.
#[must_use]
pub fn facts(config: &Config, storage_location: &str) -> SiteInfo {
    let op = &config.operator;
    SiteInfo {
        public_url: config::origin(&config.public_url),
        development: !config.is_production(),
        controller: Controller {
            name: op.name.clone(),
            address: op.address.clone(),
            email: op.privacy_email.clone(),
            dpo_email: op.dpo_email.clone(),
            supervisory_authority: op.supervisory_authority.clone(),
            support_email: op.support_email.clone(),
            governing_law: op.governing_law.clone(),
        },
        min_age: config.min_age,
        erasure_grace_days: config.privacy.erasure_grace_days,
        policy_notice_days: config.privacy.policy_notice_days,
        google_sign_in: config.google.is_some(),
        trial_images: if config.trial.enabled() {
            config.trial.images
        } else {
            0
        },
        processors: processors(config, storage_location, Language::En),
        data_categories: categories(config, Language::En),
        policy: PolicyVersion::default(),
        authoritative_language: config.privacy.authoritative_language,
        // (The pseudo-locale too on a development server, to see the policy's layout in it.)
        translations: Language::ALL
            .into_iter()
            .filter(|lang| *lang != Language::En)
            .chain((!config.is_production()).then_some(Language::Pseudo))
            .map(|language| Translation {
                language,
                processors: processors(config, storage_location, language),
                data_categories: categories(config, language),
            })
            .collect(),
    }
}

/// A number in a fact. English prints it as the policy always has (ungrouped: a changed English
/// fact would be a new policy version); the other languages group it and choose their plural.
fn n(lang: Language, value: impl Into<i64>) -> Arg {
    let value = value.into();
    if lang == Language::En {
        Arg::Text(value.to_string())
    } else {
        Arg::from(value)
    }
}

fn processors(config: &Config, storage_location: &str, lang: Language) -> Vec<Processor> {
    let database = match &config.database {
        Database::Sqlite(_) => Processor {
            name: t!(lang, "fact-db-embedded-name"),
            purpose: t!(lang, "fact-db-purpose"),
            data: t!(lang, "fact-db-data"),
            location: t!(lang, "fact-db-embedded-location"),
        },
        Database::Postgres(url) => Processor {
            name: t!(lang, "fact-db-postgres-name"),
            purpose: t!(lang, "fact-db-purpose"),
            data: t!(lang, "fact-db-data"),
            location: url::Url::parse(url.expose_secret())
                .ok()
                .and_then(|u| {
                    u.host_str()
                        .map(|h| t!(lang, "fact-db-postgres-location-host", host = h))
                })
                .unwrap_or_else(|| t!(lang, "fact-db-postgres-location")),
        },
    };
    let files = Processor {
        name: t!(lang, "fact-files-name"),
        purpose: t!(lang, "fact-files-purpose"),
        data: t!(lang, "fact-files-data"),
        location: files_location(lang, storage_location),
    };
    [
        Some(database),
        Some(files),
        mail_processor(config, lang),
        google_processor(config, lang),
        stripe_processor(config, lang),
        turnstile_processor(config, lang),
    ]
    .into_iter()
    .flatten()
    .chain(model_processors(config, lang))
    .chain(social_processors(config, lang))
    .collect()
}

/// Where files are kept, from the storage's own description ([`crate::storage::Storage`]).
fn files_location(lang: Language, location: &str) -> String {
    if location == "the local disk of this server" {
        t!(lang, "fact-files-location-local")
    } else if let Some(host) = location.strip_prefix("an S3-compatible bucket at ") {
        t!(lang, "fact-files-location-s3", host = host)
    } else {
        capitalise(location)
    }
}

fn host_of(url: &str) -> Option<String> {
    // `url` is a configured base URL; only its host is ever shown.
    url::Url::parse(url).ok()?.host_str().map(str::to_owned)
}

fn mail_processor(config: &Config, lang: Language) -> Option<Processor> {
    let url = config.mail.smtp_url.as_ref()?;
    Some(Processor {
        name: t!(lang, "fact-mail-name"),
        purpose: t!(lang, "fact-mail-purpose"),
        data: t!(lang, "fact-mail-data"),
        location: host_of(url.expose_secret()).map_or_else(
            || t!(lang, "fact-mail-location"),
            |h| t!(lang, "fact-mail-location-host", host = h),
        ),
    })
}

fn google_processor(config: &Config, lang: Language) -> Option<Processor> {
    let google = config.google.as_ref()?;
    Some(Processor {
        name: t!(lang, "fact-google-name"),
        purpose: t!(lang, "fact-google-purpose"),
        data: t!(lang, "fact-google-data"),
        location: host_of(&google.issuer_url).map_or_else(
            || t!(lang, "fact-google-location"),
            |h| t!(lang, "fact-google-location-host", host = h),
        ),
    })
}

/// A platform's name as `lang` says it (most are names that stay as they are).
fn platform_label(lang: Language, platform: obscura_shared::social::Platform) -> String {
    use obscura_shared::social::Platform;
    match platform {
        Platform::Linkedin => t!(lang, "fact-platform-linkedin"),
        Platform::LinkedinPage => t!(lang, "fact-platform-linkedin-page"),
        Platform::Facebook => t!(lang, "fact-platform-facebook"),
        other => other.label().to_owned(),
    }
}

/// Each configured social platform: a recipient only for people who connect it.
fn social_processors(config: &Config, lang: Language) -> Vec<Processor> {
    use obscura_shared::social::Platform;
    let scopes = |p: Platform| crate::social::platforms::scopes(p).join(", ");
    let social = &config.social;
    let mut out = Vec::new();
    let api_at = |host: Option<&str>| {
        host.map_or_else(
            || t!(lang, "fact-social-location"),
            |h| t!(lang, "fact-social-location-host", host = h),
        )
    };
    let mut add =
        |name: String, platforms: &[Platform], host: Option<&str>, extra: Option<String>| {
            let asked: Vec<String> = platforms
                .iter()
                .map(|p| {
                    t!(
                        lang,
                        "fact-social-scopes",
                        platform = platform_label(lang, *p),
                        scopes = scopes(*p)
                    )
                })
                .collect();
            let mut purpose = t!(
                lang,
                "fact-social-purpose",
                scopes = asked.join(&t!(lang, "fact-social-scopes-separator"))
            );
            if let Some(extra) = extra {
                purpose.push(' ');
                purpose.push_str(&extra);
            }
            out.push(Processor {
                name,
                purpose,
                data: t!(lang, "fact-social-data"),
                location: api_at(host),
            });
        };
    if let Some(app) = &social.x {
        add(
            t!(lang, "fact-x-name"),
            &[Platform::X],
            app.api_base.host_str(),
            None,
        );
    }
    if let Some(app) = &social.linkedin {
        add(
            t!(lang, "fact-linkedin-name"),
            &[Platform::Linkedin, Platform::LinkedinPage],
            app.api_base.host_str(),
            None,
        );
    }
    if let Some(app) = &social.meta {
        add(
            t!(lang, "fact-meta-name"),
            &[Platform::Facebook, Platform::Instagram],
            app.api_base.host_str(),
            Some(t!(lang, "fact-meta-extra")),
        );
    }
    if let Some(app) = &social.pinterest {
        add(
            t!(lang, "fact-pinterest-name"),
            &[Platform::Pinterest],
            app.api_base.host_str(),
            Some(t!(lang, "fact-pinterest-extra")),
        );
    }
    if let Some(yt) = &social.youtube {
        out.push(Processor {
            name: t!(lang, "fact-youtube-name"),
            purpose: t!(
                lang,
                "fact-youtube-purpose",
                scopes = scopes(Platform::Youtube)
            ),
            data: t!(lang, "fact-youtube-data"),
            location: yt.api_base.host_str().map_or_else(
                || "YouTube".to_owned(),
                |h| t!(lang, "fact-social-location-host", host = h),
            ),
        });
    }
    out
}

fn turnstile_processor(config: &Config, lang: Language) -> Option<Processor> {
    if !config.trial.enabled() {
        return None;
    }
    let turnstile = config.trial.turnstile.as_ref()?;
    Some(Processor {
        name: t!(lang, "fact-turnstile-name"),
        purpose: t!(lang, "fact-turnstile-purpose"),
        data: t!(lang, "fact-turnstile-data"),
        location: turnstile.api_base.host_str().map_or_else(
            || "Cloudflare".to_owned(),
            |h| t!(lang, "fact-turnstile-location-host", host = h),
        ),
    })
}

fn stripe_processor(config: &Config, lang: Language) -> Option<Processor> {
    let stripe = config.billing.stripe.as_ref()?;
    Some(Processor {
        name: t!(lang, "fact-stripe-name"),
        purpose: t!(lang, "fact-stripe-purpose"),
        data: t!(lang, "fact-stripe-data"),
        location: stripe.api_base.host_str().map_or_else(
            || "Stripe".to_owned(),
            |h| t!(lang, "fact-stripe-location-host", host = h),
        ),
    })
}

/// One processor per image service that a configured model uses (P-GEN-1): what it receives
/// and for which models. The built-in offline renderer runs on this server and sends nothing.
fn model_processors(config: &Config, lang: Language) -> Vec<Processor> {
    use crate::generation::providers::ProviderKind;
    // The configured models, not the live settings: the policy names every provider that can
    // receive data, and a model an admin stops offering can be offered again without a restart
    // (its queued jobs still run), so its provider stays named.
    let g = &config.generation;
    let mut out = Vec::new();
    for kind in [
        ProviderKind::Openai,
        ProviderKind::Sdwebui,
        ProviderKind::Replicate,
        ProviderKind::Comfyui,
    ] {
        let models: Vec<&str> = g
            .models
            .iter()
            .filter(|m| m.provider == kind)
            .map(|m| m.label.as_str())
            .collect();
        if models.is_empty() {
            continue;
        }
        let (name, url) = match kind {
            ProviderKind::Openai => (
                t!(lang, "fact-model-openai-name"),
                g.openai.as_ref().map(|o| o.base_url.as_str()),
            ),
            ProviderKind::Sdwebui => (
                t!(lang, "fact-model-sdwebui-name"),
                g.sdwebui.as_ref().map(|s| s.base_url.as_str()),
            ),
            ProviderKind::Replicate => (
                "Replicate".to_owned(),
                g.replicate.as_ref().map(|r| r.base_url.as_str()),
            ),
            // The operator's own server: named as such, at the configured address.
            ProviderKind::Comfyui => (
                t!(lang, "comfyui-fact-name"),
                g.comfyui.as_ref().map(|c| c.base_url.as_str()),
            ),
            ProviderKind::Local | ProviderKind::Candle => continue,
        };
        if kind == ProviderKind::Comfyui {
            out.push(Processor {
                name,
                purpose: t!(lang, "fact-model-purpose", models = models.join(", ")),
                data: t!(lang, "fact-model-data"),
                location: t!(
                    lang,
                    "comfyui-fact-location",
                    host = url
                        .and_then(|u| url::Url::parse(u).ok())
                        .and_then(|u| {
                            let host = u.host_str()?.to_owned();
                            Some(u.port().map_or(host.clone(), |p| format!("{host}:{p}")))
                        })
                        .unwrap_or_default()
                ),
            });
            continue;
        }
        out.push(Processor {
            name,
            purpose: t!(lang, "fact-model-purpose", models = models.join(", ")),
            data: t!(lang, "fact-model-data"),
            location: url.and_then(host_of).map_or_else(
                || t!(lang, "fact-model-location"),
                |h| t!(lang, "fact-model-location-host", host = h),
            ),
        });
    }
    // The built-in engine runs in this process: the policy says so, and that nothing is sent.
    let local: Vec<&str> = g
        .models
        .iter()
        .filter(|m| m.provider == ProviderKind::Candle)
        .map(|m| m.label.as_str())
        .collect();
    if !local.is_empty() {
        out.push(Processor {
            name: t!(lang, "local-engine-fact-name"),
            purpose: t!(lang, "local-engine-fact-purpose", models = local.join(", ")),
            data: t!(lang, "local-engine-fact-data"),
            location: t!(lang, "local-engine-fact-location"),
        });
    }
    out
}

/// How long security events are kept.
pub const SECURITY_EVENT_RETENTION_DAYS: i64 = 365;

#[allow(clippy::too_many_lines)] // one row per category, in the order the policy lists them
fn categories(config: &Config, lang: Language) -> Vec<DataCategory> {
    use crate::config::IpPolicy;
    let ip = match config.ip_policy {
        IpPolicy::Full => t!(lang, "fact-ip-full"),
        IpPolicy::Hashed => t!(lang, "fact-ip-hashed"),
        IpPolicy::None => t!(lang, "fact-ip-none"),
    };
    let sessions = t!(lang, "fact-sessions-name", ip = ip);
    let session_retention = t!(
        lang,
        "fact-sessions-retention",
        idle = n(lang, config.session_idle.num_days()),
        absolute = n(lang, config.session_absolute.num_days()),
        months = n(lang, SECURITY_EVENT_RETENTION_DAYS / 30),
    );
    let account = if config.google.is_some() {
        t!(lang, "fact-account-name-google")
    } else {
        t!(lang, "fact-account-name")
    };
    let media_retention = match config.generation.media_retention_days {
        0 => t!(lang, "fact-media-retention-kept"),
        days => t!(lang, "fact-media-retention-days", days = n(lang, days)),
    };
    let shares = if config.share_indexable {
        t!(lang, "fact-shares-name-indexed")
    } else {
        t!(lang, "fact-shares-name-not-indexed")
    };
    let unconfirmed = n(
        lang,
        crate::privacy::erasure::UNCONFIRMED_RETENTION.num_days(),
    );
    let account_retention = match config.privacy.erasure_grace_days {
        0 => t!(
            lang,
            "fact-account-retention-at-once",
            unconfirmed = unconfirmed
        ),
        days => t!(
            lang,
            "fact-account-retention-grace",
            days = n(lang, days),
            unconfirmed = unconfirmed
        ),
    };
    let consent_retention = t!(
        lang,
        "fact-consent-retention",
        years = n(lang, consent::PROOF_RETENTION_DAYS / 365)
    );
    let row = |name: String, purpose: String, basis: String, retention: String| DataCategory {
        name,
        purpose,
        legal_basis: basis,
        retention,
    };
    let contract = || t!(lang, "fact-basis-contract");
    let service = || t!(lang, "fact-basis-service");
    let mut all = vec![
        row(
            account,
            t!(lang, "fact-account-purpose"),
            contract(),
            account_retention,
        ),
        row(
            t!(lang, "fact-media-name"),
            t!(lang, "fact-media-purpose"),
            contract(),
            media_retention,
        ),
        row(
            shares,
            t!(lang, "fact-shares-purpose"),
            contract(),
            t!(lang, "fact-shares-retention"),
        ),
        row(
            t!(lang, "fact-usage-name"),
            t!(lang, "fact-usage-purpose"),
            service(),
            t!(lang, "fact-usage-retention"),
        ),
        row(
            sessions,
            t!(lang, "fact-sessions-purpose"),
            t!(lang, "fact-basis-security"),
            session_retention,
        ),
        row(
            t!(lang, "fact-consent-name"),
            t!(lang, "fact-consent-purpose"),
            t!(lang, "fact-basis-consent-proof"),
            consent_retention,
        ),
        row(
            t!(lang, "fact-analytics-name"),
            t!(lang, "fact-analytics-purpose"),
            t!(lang, "fact-basis-consent"),
            t!(lang, "fact-analytics-retention"),
        ),
        row(
            t!(lang, "fact-choices-name"),
            t!(lang, "fact-choices-purpose"),
            t!(lang, "fact-basis-legal-obligation"),
            t!(lang, "fact-choices-retention"),
        ),
        row(
            t!(lang, "fact-exports-name"),
            t!(lang, "fact-exports-purpose"),
            t!(lang, "fact-basis-exports"),
            t!(lang, "fact-exports-retention"),
        ),
        row(
            t!(lang, "fact-support-name"),
            t!(lang, "fact-support-purpose"),
            t!(lang, "fact-basis-support"),
            t!(lang, "fact-support-retention"),
        ),
        row(
            t!(lang, "fact-requests-name"),
            t!(lang, "fact-requests-purpose"),
            t!(lang, "fact-basis-requests"),
            t!(lang, "fact-requests-retention"),
        ),
        row(
            t!(lang, "report-fact-name"),
            t!(lang, "report-fact-purpose"),
            t!(lang, "report-fact-basis"),
            t!(lang, "report-fact-retention"),
        ),
        row(
            t!(lang, "fact-audit-name"),
            t!(lang, "fact-audit-purpose"),
            t!(lang, "fact-basis-audit"),
            t!(lang, "fact-audit-retention"),
        ),
        row(
            t!(lang, "fact-api-name"),
            t!(lang, "fact-api-purpose"),
            contract(),
            t!(lang, "fact-api-retention"),
        ),
        row(
            t!(lang, "fact-logs-name"),
            t!(lang, "fact-logs-purpose"),
            service(),
            t!(lang, "fact-logs-retention"),
        ),
    ];
    if config.social.any() {
        all.push(row(
            t!(lang, "fact-social-name"),
            t!(lang, "fact-social-category-purpose"),
            contract(),
            t!(lang, "fact-social-retention"),
        ));
    }
    if config.trial.enabled() {
        all.push(row(
            t!(lang, "fact-trial-name"),
            t!(lang, "fact-trial-purpose"),
            t!(lang, "fact-basis-trial"),
            t!(lang, "fact-trial-retention"),
        ));
    }
    if config.billing.enabled() {
        all.push(row(
            t!(lang, "fact-payments-name"),
            t!(lang, "fact-payments-purpose"),
            t!(lang, "fact-basis-payments"),
            t!(
                lang,
                "fact-payments-retention",
                years = n(lang, config.privacy.payment_retention_years)
            ),
        ));
    }
    all
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_states_the_same_facts_in_the_same_order() {
        let c = Config::from_pairs(&[
            (
                "MODELS",
                r#"[{id="photo", label="Photo", provider="openai"}, {id="offline", provider="local"}]"#,
            ),
            ("OPENAI_API_KEY", "sk-secret-key"),
            ("GOOGLE_CLIENT_ID", "id"),
            ("GOOGLE_CLIENT_SECRET", "s"),
            ("SMTP_URL", "smtp://mail.example.net"),
        ])
        .unwrap();
        let f = facts(&c, "an S3-compatible bucket at s3.example.net");
        // Every language but English, and the pseudo-locale (a development configuration).
        assert_eq!(f.translations.len(), Language::ALL.len());
        assert!(
            f.translations
                .iter()
                .any(|t| t.language == Language::Pseudo)
        );
        for t in &f.translations {
            assert_eq!(t.processors.len(), f.processors.len());
            assert_eq!(t.data_categories.len(), f.data_categories.len());
            for (ours, english) in t.processors.iter().zip(&f.processors) {
                assert_ne!(ours.purpose, english.purpose, "{:?}", t.language);
            }
            assert!(
                t.processors[1].location.contains("s3.example.net"),
                "the host stays as configured"
            );
            assert!(
                t.processors.iter().any(|p| p.purpose.contains("Photo")),
                "model labels stay as configured"
            );
        }
        assert_eq!(
            f.processors[1].location,
            "An S3-compatible bucket at s3.example.net"
        );
        assert_eq!(
            f.data_categories_in(Language::De)[0].legal_basis,
            "Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)"
        );
    }

    #[test]
    fn english_numbers_print_as_they_always_did() {
        // A grouped "36,500" would change the English facts, and with them the version.
        let c = Config::from_pairs(&[("MEDIA_RETENTION_DAYS", "36500")]).unwrap();
        let f = facts(&c, "the local disk of this server");
        assert!(
            f.data_categories[1]
                .retention
                .contains(": 36500 days, then deleted")
        );
        assert!(
            f.data_categories_in(Language::De)[1]
                .retention
                .contains("36.500")
        );
        assert_eq!(f.processors[1].location, "The local disk of this server");
    }
}
