//! Implementations of the UI's ports (`obscura_app::backend`) over the server's services.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use obscura_app::{
    account::{
        EventView, OutboxMessage, PasskeyView, SecurityOverview, SessionView, TotpSetup,
        TwoStepView, Viewer,
    },
    backend::{Accounts, Admin, Gallery, Generations, Ports, Privacy, Site, Status},
    error::AppError,
};
use obscura_shared::{ErrorCode, health::Readiness, site::SiteInfo};

use obscura_app::generation::CreatePage;
use obscura_shared::generation::{CreateOptions, GenerationView, ModelInfo};

use crate::{
    accounts::{events, sessions},
    config::IpPolicy,
    generation,
    http::WebState,
};

/// Builds the ports for one request.
#[must_use]
pub fn for_state(state: &WebState) -> Ports {
    let ports = Arc::new(StatePorts(state.clone()));
    Ports {
        site: ports.clone(),
        status: ports.clone(),
        accounts: ports.clone(),
        generations: ports.clone(),
        gallery: ports.clone(),
        privacy: ports.clone(),
        admin: ports,
    }
}

struct StatePorts(WebState);

impl Site for StatePorts {
    fn info(&self) -> Arc<SiteInfo> {
        self.0.site.clone()
    }
}

#[async_trait::async_trait]
impl Status for StatePorts {
    async fn readiness(&self) -> Readiness {
        crate::health::readiness(&self.0).await
    }
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the date.
#[must_use]
pub fn human_ago(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = now - at;
    let plural = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit} ago")
        } else {
            format!("{n} {unit}s ago")
        }
    };
    if d.num_minutes() < 1 {
        "just now".into()
    } else if d.num_hours() < 1 {
        plural(d.num_minutes(), "minute")
    } else if d.num_days() < 1 {
        plural(d.num_hours(), "hour")
    } else if d.num_days() < 14 {
        plural(d.num_days(), "day")
    } else {
        at.format("%-d %b %Y").to_string()
    }
}

/// The two-step section of the security settings.
async fn two_step_view(
    state: &WebState,
    user_id: uuid::Uuid,
    signed_in_at: Option<chrono::DateTime<chrono::Utc>>,
) -> anyhow::Result<TwoStepView> {
    let u = crate::accounts::get(state, user_id)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let o = crate::accounts::mfa::overview(state, &u).await?;
    Ok(TwoStepView {
        totp_since: o.totp_since.map(|t| t.to_rfc3339()),
        totp_setup: o
            .totp_setup
            .map(|(secret, qr_svg)| TotpSetup { secret, qr_svg }),
        recovery_remaining: o.recovery_remaining,
        passkeys: o
            .passkeys
            .into_iter()
            .map(|p| PasskeyView {
                id: p.id.to_string(),
                name: p.name,
                created_at: p.created_at.to_rfc3339(),
                last_used_at: p.last_used_at.map(|t| t.to_rfc3339()),
            })
            .collect(),
        passkeys_available: o.passkeys_available,
        sign_in_again: signed_in_at
            .is_none_or(|t| state.clock.now() - t > crate::privacy::erasure::FRESH_SIGN_IN),
    })
}

#[async_trait::async_trait]
impl Accounts for StatePorts {
    async fn security(&self, viewer: &Viewer) -> Result<SecurityOverview, AppError> {
        let state = &self.0;
        let fail = |e: anyhow::Error| {
            tracing::error!(
                error = format!("{e:#}"),
                "could not load the security overview"
            );
            AppError::internal()
        };
        let user_id = viewer.id.parse().map_err(|_| AppError::internal())?;
        let now = state.clock.now();
        let mut list = sessions::list(state, user_id).await.map_err(fail)?;
        list.sort_by_key(|s| s.id.to_string() != viewer.session_id);
        let signed_in_at = list
            .iter()
            .find(|s| s.id.to_string() == viewer.session_id)
            .map(|s| s.created_at);
        let two_step = two_step_view(state, user_id, signed_in_at)
            .await
            .map_err(fail)?;
        let sessions = list
            .into_iter()
            .map(|s| SessionView {
                current: s.id.to_string() == viewer.session_id,
                id: s.id.to_string(),
                device: s.device,
                created_at: s.created_at.to_rfc3339(),
                last_seen_at: s.last_seen_at.to_rfc3339(),
                last_seen_human: human_ago(s.last_seen_at, now),
            })
            .collect();
        let events = events::list(state, user_id, 50)
            .await
            .map_err(fail)?
            .into_iter()
            .map(|e| EventView {
                label: events::EventKind::from_code(&e.kind)
                    .map_or_else(|| e.kind.clone(), |k| k.label().to_owned()),
                detail: e.detail,
                device: e.device,
                ip: e.ip,
                at: e.created_at.to_rfc3339(),
                at_human: human_ago(e.created_at, now),
            })
            .collect();
        let ip_policy = match state.config.ip_policy {
            IpPolicy::Full => "This server keeps the IP address of each event.",
            IpPolicy::Hashed => {
                "This server keeps only a salted hash of each event's IP address: the same address shows the same code, but the address itself is not stored."
            }
            IpPolicy::None => "This server keeps no IP addresses.",
        }
        .to_owned();
        Ok(SecurityOverview {
            sessions,
            events,
            ip_policy,
            two_step,
        })
    }

    async fn outbox(&self) -> Option<Vec<OutboxMessage>> {
        if self.0.config.is_production() {
            return None;
        }
        let outbox = self.0.mailer.outbox()?;
        let list = outbox.list().await.ok()?;
        Some(
            list.into_iter()
                .take(50)
                .map(|m| OutboxMessage {
                    links: m
                        .email
                        .text
                        .split_whitespace()
                        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
                        .map(str::to_owned)
                        .collect(),
                    id: m.id,
                    sent_at: m.sent_at.to_rfc3339(),
                    to: m.email.to,
                    subject: m.email.subject,
                    text: m.email.text,
                })
                .collect(),
        )
    }

    fn google_enabled(&self) -> bool {
        self.0.google.is_some()
    }

    fn passkeys_enabled(&self) -> bool {
        crate::accounts::mfa::passkey::available(&self.0)
    }
}

fn not_found() -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        "This generation does not exist or was deleted.",
    )
}

fn internal(what: &str, e: &anyhow::Error) -> AppError {
    tracing::error!(error = format!("{e:#}"), "could not load {what}");
    AppError::internal()
}

#[async_trait::async_trait]
impl Generations for StatePorts {
    async fn create_page(
        &self,
        viewer: &Viewer,
        reference_image: Option<String>,
        remix: Option<String>,
    ) -> Result<CreatePage, AppError> {
        let state = &self.0;
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        let config = &state.config.generation;
        let balance = crate::credits::balance(&state.db, user)
            .await
            .map_err(|e| internal("the balance", &e.into()))?;
        let recent = generation::recent(state, user, 12)
            .await
            .map_err(|e| internal("the latest generations", &e))?;
        let reference = match reference_image.and_then(|id| id.parse().ok()) {
            Some(id) => generation::own_image(state, user, id)
                .await
                .map_err(|e| internal("a reference image", &e))?,
            None => None,
        };
        let prefill = match remix.and_then(|id| id.parse().ok()) {
            Some(id) => generation::row(state, user, id)
                .await
                .map_err(|e| internal("a generation", &e))?
                .map(|g| {
                    use obscura_shared::generation::fields;
                    vec![
                        (fields::MODEL.to_owned(), g.model),
                        (fields::PROMPT.to_owned(), g.prompt),
                        (
                            fields::NEGATIVE_PROMPT.to_owned(),
                            g.negative_prompt.unwrap_or_default(),
                        ),
                        (fields::SIZE.to_owned(), format!("{}x{}", g.width, g.height)),
                        (fields::QUALITY.to_owned(), g.quality),
                        (fields::COUNT.to_owned(), g.count.to_string()),
                    ]
                })
                .unwrap_or_default(),
            None => Vec::new(),
        };
        Ok(CreatePage {
            options: CreateOptions {
                models: config.models.iter().map(model_info).collect(),
                balance,
                retention_days: config.media_retention_days,
            },
            recent,
            reference,
            prefill,
        })
    }

    async fn generation(&self, viewer: &Viewer, id: &str) -> Result<GenerationView, AppError> {
        let state = &self.0;
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        let id = id.parse().map_err(|_| not_found())?;
        generation::find(state, user, id)
            .await
            .map_err(|e| internal("a generation", &e))?
            .ok_or_else(not_found)
    }
}

/// A configured model as the generator offers it.
fn model_info(m: &crate::config::generation::Model) -> ModelInfo {
    use crate::generation::providers::ProviderKind;
    ModelInfo {
        id: m.id.clone(),
        label: m.label.clone(),
        provider_label: match m.provider {
            ProviderKind::Local => "Offline preview renderer",
            ProviderKind::Openai => "OpenAI Images API",
            ProviderKind::Sdwebui => "Stable Diffusion WebUI",
            ProviderKind::Replicate => "Replicate",
        }
        .to_owned(),
        offline: m.provider == ProviderKind::Local,
        cost_per_image: m.cost,
        sizes: m.sizes.clone(),
        qualities: m.qualities.clone(),
        max_count: m.max_count,
        negative_prompt: m.negative_prompt,
        reference: m.reference,
        max_prompt_chars: m.max_prompt_chars,
    }
}

fn image_not_found() -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        "This image does not exist or was deleted.",
    )
}

#[async_trait::async_trait]
impl Gallery for StatePorts {
    async fn page(
        &self,
        viewer: &Viewer,
        query: Vec<(String, String)>,
    ) -> Result<obscura_shared::gallery::GalleryPage, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        let (query, errors) = obscura_shared::gallery::GalleryQuery::from_pairs(&query);
        let errors = errors
            .into_iter()
            .map(|(field, message)| (field.to_owned(), message))
            .collect();
        crate::gallery::page(&self.0, user, query, errors)
            .await
            .map_err(|e| internal("the gallery", &e))
    }

    async fn item(
        &self,
        viewer: &Viewer,
        id: &str,
    ) -> Result<obscura_shared::gallery::GalleryItem, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        let id = id.parse().map_err(|_| image_not_found())?;
        crate::gallery::item(&self.0, user, id)
            .await
            .map_err(|e| internal("an image", &e))?
            .ok_or_else(image_not_found)
    }

    async fn shares(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<obscura_shared::gallery::ShareView>, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        crate::sharing::list(&self.0, user)
            .await
            .map_err(|e| internal("the shares", &anyhow::anyhow!(e)))
    }

    async fn public_share(
        &self,
        id: &str,
    ) -> Result<Option<obscura_shared::gallery::PublicShare>, AppError> {
        crate::sharing::public(&self.0, id)
            .await
            .map_err(|e| internal("a share", &anyhow::anyhow!(e)))
    }
}

#[async_trait::async_trait]
impl Privacy for StatePorts {
    async fn overview(
        &self,
        viewer: &Viewer,
    ) -> Result<obscura_shared::privacy::PrivacyOverview, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        crate::privacy::center::overview(&self.0, user)
            .await
            .map_err(|e| internal("the privacy center", &e))
    }

    async fn versions(&self) -> Result<Vec<obscura_shared::site::PolicyVersionView>, AppError> {
        crate::privacy::policy::versions(&self.0)
            .await
            .map_err(|e| internal("the policy versions", &e))
    }
}

fn admin_only(viewer: &Viewer) -> Result<(), AppError> {
    if viewer.role == obscura_shared::account::Role::Admin {
        Ok(())
    } else {
        Err(AppError::new(
            ErrorCode::NotFound,
            "This page doesn't exist.",
        ))
    }
}

#[async_trait::async_trait]
impl Admin for StatePorts {
    async fn messages(
        &self,
        viewer: &Viewer,
        all: bool,
    ) -> Result<Vec<obscura_shared::support::MessageView>, AppError> {
        admin_only(viewer)?;
        crate::support::list(&self.0, !all)
            .await
            .map_err(|e| internal("support messages", &e))
    }

    async fn message(
        &self,
        viewer: &Viewer,
        id: &str,
    ) -> Result<obscura_shared::support::MessageView, AppError> {
        admin_only(viewer)?;
        let not_found = || AppError::new(ErrorCode::NotFound, "This message doesn't exist.");
        let id = id.parse().map_err(|_| not_found())?;
        crate::support::get(&self.0, id).await.map_err(|e| match e {
            crate::support::SupportError::Internal(e) => internal("a support message", &e),
            _ => not_found(),
        })
    }

    async fn requests(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<obscura_shared::support::RequestView>, AppError> {
        admin_only(viewer)?;
        crate::support::requests::list(&self.0)
            .await
            .map_err(|e| internal("privacy requests", &e))
    }

    async fn analytics(
        &self,
        viewer: &Viewer,
        days: i64,
    ) -> Result<obscura_shared::analytics::Summary, AppError> {
        admin_only(viewer)?;
        crate::analytics::summary(&self.0, days.clamp(1, 366))
            .await
            .map_err(|e| internal("analytics", &e))
    }

    async fn audit(
        &self,
        viewer: &Viewer,
        page: u64,
    ) -> Result<obscura_shared::audit::AuditPage, AppError> {
        admin_only(viewer)?;
        crate::audit::list(&self.0, page.clamp(1, 100_000))
            .await
            .map_err(|e| internal("the audit log", &e))
    }
}
