//! The `Accounts` port: the security settings, the development outbox, sign-in options.

use obscura_app::{
    account::{
        EventView, OutboxMessage, PasskeyView, SecurityOverview, SessionView, TotpSetup,
        TwoStepView, Viewer,
    },
    backend::Accounts,
    error::AppError,
    format::human_ago,
};
use obscura_shared::i18n::Message;

use super::StatePorts;
use crate::{
    accounts::{client, events, sessions},
    http::WebState,
};

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
        let user_id = viewer.id.into_uuid();
        let lang = super::language_of(viewer);
        let current = viewer.session_id.into_uuid();
        let now = state.clock.now();
        let mut list = sessions::list(state, user_id).await.map_err(fail)?;
        list.sort_by_key(|s| s.id != current);
        let signed_in_at = list.iter().find(|s| s.id == current).map(|s| s.created_at);
        let two_step = two_step_view(state, user_id, signed_in_at)
            .await
            .map_err(fail)?;
        let sessions = list
            .into_iter()
            .map(|s| SessionView {
                current: s.id == current,
                id: s.id.to_string(),
                device: client::device_message(&s.device).render(lang),
                created_at: s.created_at.to_rfc3339(),
                last_seen_at: s.last_seen_at.to_rfc3339(),
                last_seen_human: human_ago(super::language_of(viewer), s.last_seen_at, now),
            })
            .collect();
        let events = events::list(state, user_id, 50)
            .await
            .map_err(fail)?
            .into_iter()
            .map(|e| EventView {
                label: events::EventKind::from_code(&e.kind).map_or_else(
                    || e.kind.clone(),
                    |k| obscura_shared::i18n::text(super::language_of(viewer), k.message_id(), &[]),
                ),
                detail: e
                    .detail
                    .as_deref()
                    .map(|d| Message::from_stored(d).render(lang)),
                device: e
                    .device
                    .as_deref()
                    .map(|d| client::device_message(d).render(lang)),
                ip: e.ip,
                at: e.created_at.to_rfc3339(),
                at_human: human_ago(super::language_of(viewer), e.created_at, now),
            })
            .collect();
        Ok(SecurityOverview {
            sessions,
            events,
            ip_policy: state.config.ip_policy,
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
