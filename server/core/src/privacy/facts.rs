//! The facts the policy is generated from: controller, processors (only those configured),
//! data categories with their legal basis and retention as configured, age and grace periods.

use obscura_shared::site::{Controller, DataCategory, PolicyVersion, Processor, SiteInfo};
use secrecy::ExposeSecret;

use super::consent;
use crate::config::{self, Config, Database};

/// The facts about this deployment, without version information.
#[must_use]
pub fn facts(config: &Config, storage_location: &str) -> SiteInfo {
    let op = &config.operator;
    let database = match &config.database {
        Database::Sqlite(_) => Processor {
            name: "Embedded database".into(),
            purpose:
                "Stores accounts, settings, the history of your generations and security records."
                    .into(),
            data: "Account details, prompts and generation settings, records of sign-ins.".into(),
            location: "A file on this server".into(),
        },
        Database::Postgres(url) => Processor {
            name: "PostgreSQL database".into(),
            purpose:
                "Stores accounts, settings, the history of your generations and security records."
                    .into(),
            data: "Account details, prompts and generation settings, records of sign-ins.".into(),
            location: url::Url::parse(url.expose_secret())
                .ok()
                .and_then(|u| {
                    u.host_str()
                        .map(|h| format!("The database server {h}, run by the operator"))
                })
                .unwrap_or_else(|| "A database server run by the operator".into()),
        },
    };
    let files = Processor {
        name: "File storage".into(),
        purpose: "Keeps your reference images and generated images.".into(),
        data: "Image files you upload or generate.".into(),
        location: capitalise(storage_location),
    };
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
        processors: [
            Some(database),
            Some(files),
            mail_processor(config),
            google_processor(config),
            stripe_processor(config),
            turnstile_processor(config),
        ]
        .into_iter()
        .flatten()
        .chain(model_processors(config))
        .chain(social_processors(config))
        .collect(),
        data_categories: categories(config),
        policy: PolicyVersion::default(),
    }
}

fn host_of(url: &str) -> Option<String> {
    // `url` is a configured base URL; only its host is ever shown.
    url::Url::parse(url).ok()?.host_str().map(str::to_owned)
}

fn mail_processor(config: &Config) -> Option<Processor> {
    let url = config.mail.smtp_url.as_ref()?;
    Some(Processor {
        name: "Email delivery".into(),
        purpose: "Sends account emails: address confirmation, sign-in links, password resets, security notices, data export links and account deletion notices."
            .into(),
        data: "Your email address, your name and the content of those emails.".into(),
        location: host_of(url.expose_secret()).map_or_else(
            || "The operator's mail server".into(),
            |h| format!("The mail server {h}"),
        ),
    })
}

fn google_processor(config: &Config) -> Option<Processor> {
    let google = config.google.as_ref()?;
    Some(Processor {
        name: "Google sign-in".into(),
        purpose: "Lets you sign in with your Google account, only if you choose to.".into(),
        data: "When you use it: the account id, name, email address and picture address that Google shares with us. No Google password or token is kept.".into(),
        location: host_of(&google.issuer_url).map_or_else(
            || "The configured sign-in provider".into(),
            |h| format!("The sign-in provider at {h}"),
        ),
    })
}

/// Each configured social platform: a recipient only for people who connect it.
fn social_processors(config: &Config) -> Vec<Processor> {
    use obscura_shared::social::Platform;
    let scopes = |p: Platform| crate::social::platforms::scopes(p).join(", ");
    let social = &config.social;
    let mut out = Vec::new();
    let sent = "Only when you connect it and press Publish: the image, the caption and the alt text you wrote, sent to the account, page or board you chose; to connect, your browser visits the platform and this server exchanges the code it returns for tokens (kept sealed), and reads your account's id, name and handle and the pages or boards you can publish to.";
    let mut add = |name: String, platforms: &[Platform], host: Option<&str>, extra: &str| {
        let scopes: Vec<String> = platforms
            .iter()
            .map(|p| format!("{}: {}", p.label(), scopes(*p)))
            .collect();
        out.push(Processor {
            name,
            purpose: format!(
                "Publishes the images you choose to your own account there, when you press Publish (never on its own). Permissions asked: {}.{extra}",
                scopes.join("; ")
            ),
            data: sent.into(),
            location: host.map_or_else(|| "The platform".into(), |h| format!("The platform's API at {h}")),
        });
    };
    if let Some(app) = &social.x {
        add(
            "X (publishing)".into(),
            &[Platform::X],
            app.api_base.host_str(),
            "",
        );
    }
    if let Some(app) = &social.linkedin {
        add(
            "LinkedIn (publishing)".into(),
            &[Platform::Linkedin, Platform::LinkedinPage],
            app.api_base.host_str(),
            "",
        );
    }
    if let Some(app) = &social.meta {
        add(
            "Meta: Facebook Pages and Instagram (publishing)".into(),
            &[Platform::Facebook, Platform::Instagram],
            app.api_base.host_str(),
            " Instagram fetches the image from a link of this server that works for one hour and ends once the post is made.",
        );
    }
    if let Some(app) = &social.pinterest {
        add(
            "Pinterest (publishing)".into(),
            &[Platform::Pinterest],
            app.api_base.host_str(),
            " Pinterest fetches the image from a link of this server that works for one hour and ends once the Pin is made.",
        );
    }
    if let Some(yt) = &social.youtube {
        out.push(Processor {
            name: "YouTube (channel only)".into(),
            purpose: format!(
                "Shows which channel you connected; nothing is published there, because YouTube has no API for image posts. Permission asked: {}.",
                scopes(Platform::Youtube)
            ),
            data: "Only when you connect it: the channel's id and title, through the Google sign-in client.".into(),
            location: yt.api_base.host_str().map_or_else(|| "YouTube".into(), |h| format!("The platform's API at {h}")),
        });
    }
    out
}

fn turnstile_processor(config: &Config) -> Option<Processor> {
    if !config.trial.enabled() {
        return None;
    }
    let turnstile = config.trial.turnstile.as_ref()?;
    Some(Processor {
        name: "Cloudflare Turnstile (bot check)".into(),
        purpose: "Checks that the no-signup trial at /try is used by a person and not a script. Its widget is loaded on that page only.".into(),
        data: "On /try only: what your browser sends when it loads the widget (its IP address, user agent and the signals Turnstile reads), and the token it issues, which this server sends back to check. Nothing about an account.".into(),
        location: turnstile.api_base.host_str().map_or_else(
            || "Cloudflare".into(),
            |h| format!("Cloudflare, at {h}"),
        ),
    })
}

fn stripe_processor(config: &Config) -> Option<Processor> {
    let stripe = config.billing.stripe.as_ref()?;
    Some(Processor {
        name: "Stripe (payments)".into(),
        purpose: "Takes card payments for credit packs and plans, sends receipts and invoices, and runs the page where you manage your card and plan.".into(),
        data: "Your email address, your account's id as a reference, what you buy, and what you type on Stripe's pages: card details, name, company, billing address and VAT id. The card number and security code go to Stripe only; this server never receives them.".into(),
        location: stripe
            .api_base
            .host_str()
            .map_or_else(|| "Stripe".into(), |h| format!("Stripe, at {h}")),
    })
}

/// One processor per image service that a configured model uses (P-GEN-1): what it receives
/// and for which models. The built-in offline renderer runs on this server and sends nothing.
fn model_processors(config: &Config) -> Vec<Processor> {
    use crate::generation::providers::ProviderKind;
    let g = &config.generation;
    let mut out = Vec::new();
    for kind in [
        ProviderKind::Openai,
        ProviderKind::Sdwebui,
        ProviderKind::Replicate,
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
                "OpenAI Images API (or a compatible server)",
                g.openai.as_ref().map(|o| o.base_url.as_str()),
            ),
            ProviderKind::Sdwebui => (
                "Stable Diffusion WebUI server",
                g.sdwebui.as_ref().map(|s| s.base_url.as_str()),
            ),
            ProviderKind::Replicate => (
                "Replicate",
                g.replicate.as_ref().map(|r| r.base_url.as_str()),
            ),
            ProviderKind::Local => continue,
        };
        out.push(Processor {
            name: name.into(),
            purpose: format!(
                "Generates the images you ask for with: {}. Only generations with these models are sent there.",
                models.join(", ")
            ),
            data: "The prompt, the negative prompt, the size and settings, and the reference image if you add one. Never your name, email address or account.".into(),
            location: url.and_then(host_of).map_or_else(
                || "The configured image service".into(),
                |h| format!("The image service at {h}"),
            ),
        });
    }
    out
}

/// How long security events are kept.
pub const SECURITY_EVENT_RETENTION_DAYS: i64 = 365;

fn categories(config: &Config) -> Vec<DataCategory> {
    use crate::config::IpPolicy;
    let ip = match config.ip_policy {
        IpPolicy::Full => "the IP address",
        IpPolicy::Hashed => "a salted hash of the IP address (the address itself is not kept)",
        IpPolicy::None => "no IP address",
    };
    let sessions = format!(
        "Sessions and security events (sign-ins, failed sign-ins, password and email changes, ended sessions): device description (browser and system), time, and {ip}"
    );
    let session_retention = format!(
        "Sessions: until you sign out, {} days without use, or {} days at most. Security events: {} months.",
        config.session_idle.num_days(),
        config.session_absolute.num_days(),
        SECURITY_EVENT_RETENTION_DAYS / 30,
    );
    let account = if config.google.is_some() {
        "Account details: email address, name, optional company, language, password hash (Argon2id), optional picture, two-step verification (the authenticator app's secret, sealed, and recovery codes as digests); with Google sign-in, the Google account id and picture address"
    } else {
        "Account details: email address, name, optional company, language, password hash (Argon2id), optional picture, two-step verification (the authenticator app's secret, sealed, and recovery codes as digests)"
    };
    let media_retention = match config.generation.media_retention_days {
        0 => "Until you delete them or your account.".to_owned(),
        days => format!(
            "Image files (uploaded references, results, previews and thumbnails): {days} days, then deleted. Prompts and settings: until you delete them or your account."
        ),
    };
    let shares = format!(
        "Share links you create: the image, and only if you choose, its prompt and your name; views counted per day, with nothing about the visitor. Search engines are {} to index share pages.",
        if config.share_indexable {
            "allowed"
        } else {
            "asked not"
        }
    );
    let unconfirmed_days = crate::privacy::erasure::UNCONFIRMED_RETENTION.num_days();
    let account_retention = match config.privacy.erasure_grace_days {
        0 => format!(
            "Until you delete your account; then at once. A sign-up whose address is never confirmed is deleted after {unconfirmed_days} days."
        ),
        days => format!(
            "Until you delete your account; the account is closed at once and purged {days} days later (you can cancel until then). A sign-up whose address is never confirmed is deleted after {unconfirmed_days} days."
        ),
    };
    let proof_years = consent::PROOF_RETENTION_DAYS / 365;
    let consent_retention = format!(
        "{proof_years} years after each choice. If you delete your account, the record stays for that time, detached from it."
    );
    let row = |name: &str, purpose: &str, basis: &str, retention: &str| DataCategory {
        name: name.into(),
        purpose: purpose.into(),
        legal_basis: basis.into(),
        retention: retention.into(),
    };
    let mut all = vec![
        row(
            account,
            "To create and secure your account and to reach you about it.",
            "Contract (Art. 6(1)(b) GDPR)",
            &account_retention,
        ),
        row(
            "Prompts, reference images and generated images",
            "To generate, store and show your images, and to share them when you ask.",
            "Contract (Art. 6(1)(b) GDPR)",
            &media_retention,
        ),
        row(
            &shares,
            "To show an image to anyone with its link, only when you create one.",
            "Contract (Art. 6(1)(b) GDPR)",
            "Until the link expires, you stop it, or the image is deleted; its view counts go with it.",
        ),
        row(
            "Usage log: for each generation, its id, the model, the image service, how long it took and whether it worked",
            "To support you and to find faults. It holds no prompt and no account details.",
            "Legitimate interest in a working service (Art. 6(1)(f) GDPR)",
            "Until the generation is deleted.",
        ),
        row(
            &sessions,
            "To keep you signed in and to let you spot and stop unwanted access.",
            "Legitimate interest in security (Art. 6(1)(f) GDPR)",
            &session_retention,
        ),
        row(
            "Cookie choices: when you chose, what, which version of the cookie list, and the random id kept in your browser's consent cookie (and your account, if you were signed in)",
            "To prove what you agreed to, and to respect it.",
            "Legal obligation to demonstrate consent (Art. 6(1)(c) and Art. 7(1) GDPR)",
            &consent_retention,
        ),
        row(
            "Page-view counts, only if you allow them: per day, the page, the referring site, the type of device and the country",
            "To learn which pages are used, without following anyone.",
            "Consent (Art. 6(1)(a) GDPR)",
            "Kept as totals that identify nobody: no cookie of their own, no IP address, no account.",
        ),
        row(
            "Your privacy choices (page-view exclusion, product emails, restriction) and a pending account deletion",
            "To honour them.",
            "Legal obligation (Art. 6(1)(c) GDPR)",
            "Until your account is purged.",
        ),
        row(
            "Data exports you ask for: an archive of all of the above and your images",
            "To give you a copy of your data.",
            "Legal obligation (Art. 15 and 20 GDPR)",
            "Deleted 7 days after it is ready.",
        ),
        row(
            "Support messages: your email address, the topic, your message, an image if you add one (its metadata removed), and our replies",
            "To answer you.",
            "Legitimate interest in helping you (Art. 6(1)(f) GDPR), or contract",
            "12 months after the conversation is closed, or until you delete your account.",
        ),
        row(
            "Privacy requests: your email address, what you asked, when, and when we answered",
            "To answer within one month and to show that we did.",
            "Legal obligation (Art. 5(2), 12 and 30 GDPR)",
            "3 years after the answer, also after your account is deleted.",
        ),
        row(
            "Admin audit log: for each action of an admin on an account, a message or a request (replies, closing, deleting an account, logging and answering requests, role changes), which admin, the account, message or request by its id, when, and how it ended",
            "To account for what admins do with people's data and to find misuse.",
            "Legitimate interest in accountability and security (Art. 5(2) and 6(1)(f) GDPR)",
            "3 years, also after the account concerned is deleted (it is then named only by a random id).",
        ),
        row(
            "API keys and their usage: each key's name, scopes, limits and dates (created, last used, expires, revoked), a keyed hash of its secret and its last four characters; for each API request, when, which key, the kind of request, its status, how long it took and the credits it used — never its content, a prompt or an address; the answer to a request sent with an idempotency key; your daily spending limit; your webhook endpoint's address, chosen events and sealed signing secret, and each event sent to it (type, the generation's id, status, image ids and cost, the endpoint's answer code)",
            "To let your programs use your account, to show you and limit what each key does and spends, to tell your endpoint when a generation ends, and to find misuse.",
            "Contract (Art. 6(1)(b) GDPR)",
            "Keys, limit and endpoint until you delete them or your account; the usage log 12 months; idempotent answers 24 hours; webhook deliveries 30 days.",
        ),
        row(
            "Technical logs: request identifiers, paths, status codes, timings",
            "To run the service and fix faults. Logs never contain IP addresses, emails, prompts or tokens.",
            "Legitimate interest in a working service (Art. 6(1)(f) GDPR)",
            "As long as the operator's log system keeps them, at most 30 days recommended.",
        ),
    ];
    if config.social.any() {
        all.push(row(
            "Social connections: for each platform you connect, your id, name and handle there, the scopes granted, the access and refresh tokens sealed with AES-256-GCM, their expiry, the pages, boards or profiles you can publish to and which you chose; for each post, the image, caption, alt text, where it went, when, its status, the platform's post id and link, and an approver's address when you ask for approval",
            "To publish the images you choose to your own accounts when you press Publish, and to show you what was published where.",
            "Contract (Art. 6(1)(b) GDPR)",
            "Connections and their tokens until you disconnect (tokens are revoked at the platform where it allows) or delete your account; the publishing history until you delete it or your account; a platform's deletion request deletes that platform's connections, tokens and history at once.",
        ));
    }
    if config.trial.enabled() {
        all.push(row(
            "No-signup trial: the prompts and images made at /try without an account, a hash of the random token in this browser's trial cookie, and two salted hashes: of your network address (for IPv6 its /64 network) with your user agent, and of the network address alone. The salt is random for each day and deleted two days later; the address itself is never stored.",
            "To let you try the generator without an account, to keep each visitor to the trial's limit, and to move the images into an account you create or sign in to within 24 hours.",
            "Legitimate interest in offering a trial without it being abused (Art. 6(1)(f) GDPR)",
            "24 hours, then deleted with the images (or moved into your account, where your account's rules apply).",
        ));
    }
    if config.billing.enabled() {
        let years = config.privacy.payment_retention_years;
        all.push(row(
            "Payments: for each payment, Stripe's references (customer, checkout, invoice, payment and charge), the amount and currency, what was bought and the credits it gave, refunds and disputes, the card's brand, last four digits and expiry, and the billing name, company, address and VAT id. Never a card number or security code.",
            "To give the credits you paid for, to show your payments and invoices, to handle refunds and disputes, and to keep the records that tax and accounting law require.",
            "Contract (Art. 6(1)(b) GDPR); legal obligation to keep accounting records (Art. 6(1)(c) GDPR)",
            &format!(
                "{years} years after the payment, also after you delete your account: the record is then detached from it (no account id), and deleted when the {years} years end."
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
