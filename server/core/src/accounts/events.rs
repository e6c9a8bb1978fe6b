//! The security log: what happened to an account, when, from which device.

use anyhow::Result;
use obscura_shared::{account::Language, i18n::Message};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use super::client::Client;
use crate::{db::entities::security_event, state::AppState};

/// Kinds of security event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// The account was created.
    AccountCreated,
    /// Signed in (detail: the method).
    SignIn,
    /// A sign-in with a wrong password.
    SignInFailed,
    /// Signed in from a device not seen before on this account.
    NewDevice,
    /// Signed out.
    SignOut,
    /// A session was ended from the settings (detail: how many).
    SessionEnded,
    /// The password was set or changed.
    PasswordChanged,
    /// The password was reset by emailed link.
    PasswordReset,
    /// The email address was verified.
    EmailVerified,
    /// The email address was changed.
    EmailChanged,
    /// A Google account was linked.
    GoogleLinked,
    /// The profile was edited.
    ProfileChanged,
    /// A prompt was refused by this server's blocklist (the prompt is not kept).
    ContentBlocked,
    /// The image service refused a prompt or reference under its content rules.
    ContentRejected,
    /// The person asked to delete the account.
    ErasureRequested,
    /// The person kept the account during the waiting period.
    ErasureCancelled,
    /// The address was proven for the first time and what existed before was removed
    /// (detail: what).
    EarlierAccessRemoved,
    /// A password sign-in to an address nobody has confirmed was refused.
    UnconfirmedSignInRefused,
    /// A second step was added (detail: which).
    TwoStepAdded,
    /// A second step was removed (detail: which).
    TwoStepRemoved,
    /// New recovery codes replaced the old ones.
    RecoveryCodesRenewed,
    /// A recovery code was used to sign in.
    RecoveryCodeUsed,
    /// A wrong code at the second step of a sign-in.
    TwoStepFailed,
    /// An API key was created (detail: its name).
    ApiKeyCreated,
    /// An API key was revoked (detail: its name).
    ApiKeyRevoked,
    /// The webhook endpoint was set or changed (detail: its host).
    WebhookChanged,
    /// The webhook endpoint was removed.
    WebhookRemoved,
    /// A social account was connected (detail: the platform).
    SocialConnected,
    /// A social account was disconnected (detail: the platform).
    SocialDisconnected,
    /// An admin suspended the account.
    Suspended,
    /// An admin lifted the suspension.
    Unsuspended,
}

impl EventKind {
    /// Every kind.
    pub const ALL: [Self; 31] = [
        Self::AccountCreated,
        Self::SignIn,
        Self::SignInFailed,
        Self::NewDevice,
        Self::SignOut,
        Self::SessionEnded,
        Self::PasswordChanged,
        Self::PasswordReset,
        Self::EmailVerified,
        Self::EmailChanged,
        Self::GoogleLinked,
        Self::ProfileChanged,
        Self::ContentBlocked,
        Self::ContentRejected,
        Self::ErasureRequested,
        Self::ErasureCancelled,
        Self::EarlierAccessRemoved,
        Self::UnconfirmedSignInRefused,
        Self::TwoStepAdded,
        Self::TwoStepRemoved,
        Self::RecoveryCodesRenewed,
        Self::RecoveryCodeUsed,
        Self::TwoStepFailed,
        Self::ApiKeyCreated,
        Self::ApiKeyRevoked,
        Self::WebhookChanged,
        Self::WebhookRemoved,
        Self::SocialConnected,
        Self::SocialDisconnected,
        Self::Suspended,
        Self::Unsuspended,
    ];

    /// The stored name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::AccountCreated => "account_created",
            Self::SignIn => "sign_in",
            Self::SignInFailed => "sign_in_failed",
            Self::NewDevice => "new_device",
            Self::SignOut => "sign_out",
            Self::SessionEnded => "session_ended",
            Self::PasswordChanged => "password_changed",
            Self::PasswordReset => "password_reset",
            Self::EmailVerified => "email_verified",
            Self::EmailChanged => "email_changed",
            Self::GoogleLinked => "google_linked",
            Self::ProfileChanged => "profile_changed",
            Self::ContentBlocked => "content_blocked",
            Self::ContentRejected => "content_rejected",
            Self::ErasureRequested => "erasure_requested",
            Self::ErasureCancelled => "erasure_cancelled",
            Self::EarlierAccessRemoved => "earlier_access_removed",
            Self::UnconfirmedSignInRefused => "unconfirmed_sign_in_refused",
            Self::TwoStepAdded => "two_step_added",
            Self::TwoStepRemoved => "two_step_removed",
            Self::RecoveryCodesRenewed => "recovery_codes_renewed",
            Self::RecoveryCodeUsed => "recovery_code_used",
            Self::TwoStepFailed => "two_step_failed",
            Self::ApiKeyCreated => "api_key_created",
            Self::ApiKeyRevoked => "api_key_revoked",
            Self::WebhookChanged => "webhook_changed",
            Self::WebhookRemoved => "webhook_removed",
            Self::SocialConnected => "social_connected",
            Self::SocialDisconnected => "social_disconnected",
            Self::Suspended => "suspended",
            Self::Unsuspended => "unsuspended",
        }
    }

    /// The catalogue message that names it in the security log (rendered in the reader's
    /// language by the security page).
    #[must_use]
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::AccountCreated => "event-account-created",
            Self::SignIn => "event-sign-in",
            Self::SignInFailed => "event-sign-in-failed",
            Self::NewDevice => "event-new-device",
            Self::SignOut => "event-sign-out",
            Self::SessionEnded => "event-session-ended",
            Self::PasswordChanged => "event-password-changed",
            Self::PasswordReset => "event-password-reset",
            Self::EmailVerified => "event-email-verified",
            Self::EmailChanged => "event-email-changed",
            Self::GoogleLinked => "event-google-linked",
            Self::ProfileChanged => "event-profile-changed",
            Self::ContentBlocked => "event-content-blocked",
            Self::ContentRejected => "event-content-rejected",
            Self::ErasureRequested => "event-erasure-requested",
            Self::ErasureCancelled => "event-erasure-cancelled",
            Self::EarlierAccessRemoved => "event-earlier-access-removed",
            Self::UnconfirmedSignInRefused => "event-unconfirmed-sign-in-refused",
            Self::TwoStepAdded => "event-two-step-added",
            Self::TwoStepRemoved => "event-two-step-removed",
            Self::RecoveryCodesRenewed => "event-recovery-codes-renewed",
            Self::RecoveryCodeUsed => "event-recovery-code-used",
            Self::TwoStepFailed => "event-two-step-failed",
            Self::ApiKeyCreated => "event-api-key-created",
            Self::ApiKeyRevoked => "event-api-key-revoked",
            Self::WebhookChanged => "event-webhook-changed",
            Self::WebhookRemoved => "event-webhook-removed",
            Self::SocialConnected => "event-social-connected",
            Self::SocialDisconnected => "event-social-disconnected",
            Self::Suspended => "admin-people-event-suspended",
            Self::Unsuspended => "admin-people-event-unsuspended",
        }
    }

    /// From the stored name.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The longest stored detail, in characters (the column's length).
pub const DETAIL_MAX: usize = 400;

/// A detail as stored: the message, rendered in whoever reads the log's language
/// ([`Message::from_stored`]). One too long for the column (never, with the names and hosts
/// it carries, which have their own limits) is kept as its English text, cut.
fn stored_detail(detail: &Message) -> String {
    let stored = detail.to_stored();
    if stored.chars().count() <= DETAIL_MAX {
        return stored;
    }
    let cut: String = detail
        .render(Language::En)
        .chars()
        .take(DETAIL_MAX - 2)
        .collect();
    Message::verbatim(cut).to_stored()
}

/// A sign-in method as the code names it (`"password"`, `"Google"`, `"emailed link"`,
/// `"password reset link"`, `"email confirmation link"`, `"passkey"`, each maybe followed by
/// `" + authenticator app"`, `" + recovery code"` or `" + passkey"` for the second step) as a
/// message for the security log; an unknown one as it is.
#[must_use]
pub fn method(method: &str) -> Message {
    let first = |m: &str| match m {
        "password" => Some("password"),
        "Google" => Some("google"),
        "passkey" => Some("passkey"),
        "email confirmation link" => Some("confirmation-link"),
        "password reset link" => Some("reset-link"),
        "emailed link" => Some("link"),
        _ => None,
    };
    let second = |m: &str| match m {
        "authenticator app" => Some("app"),
        "recovery code" => Some("recovery-code"),
        "passkey" => Some("passkey"),
        _ => None,
    };
    match method.split_once(" + ") {
        None => first(method).map(|m| Message::new("security-detail-method").arg("method", m)),
        Some((one, two)) => first(one).zip(second(two)).map(|(m, step)| {
            Message::new("security-detail-method-two-step")
                .arg("method", m)
                .arg("step", step)
        }),
    }
    .unwrap_or_else(|| Message::verbatim(method))
}

/// Appends an event to an account's log. Failures are logged, not raised: the log must never
/// stop a person from signing in.
///
/// The detail is a message, shown in the reader's language by the security page (in English
/// in the data export); names that are data (an API key's, a passkey's, a platform's, a host)
/// go in as they are.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn record(
    state: &AppState,
    user_id: Uuid,
    kind: EventKind,
    detail: Option<Message>,
    client: &Client,
) {
    let row = security_event::ActiveModel {
        id: Set(state.ids.new_id()),
        user_id: Set(user_id),
        kind: Set(kind.code().to_owned()),
        detail: Set(detail.as_ref().map(stored_detail)),
        device: Set(Some(client.device.clone())),
        ip: Set(client.stored_ip(&state.config, &super::ip_salt(state))),
        created_at: Set(state.clock.now()),
    };
    if let Err(e) = row.insert(&state.db).await {
        tracing::error!(error = %e, kind = kind.code(), "could not record a security event");
    }
}

/// The latest events of an account, newest first.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn list(
    state: &AppState,
    user_id: Uuid,
    limit: u64,
) -> Result<Vec<security_event::Model>> {
    Ok(security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user_id))
        .order_by_desc(security_event::Column::CreatedAt)
        .order_by_desc(security_event::Column::Id)
        .limit(limit)
        .all(&state.db)
        .await?)
}

/// Whether the account has signed in from this device description before.
///
/// # Errors
/// Database errors.
pub async fn device_seen(state: &AppState, user_id: Uuid, device: &str) -> Result<bool> {
    Ok(security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user_id))
        .filter(security_event::Column::Kind.eq(EventKind::SignIn.code()))
        .filter(security_event::Column::Device.eq(device))
        .one(&state.db)
        .await?
        .is_some())
}

/// Whether the account has signed in at least once.
///
/// # Errors
/// Database errors.
pub async fn signed_in_before(state: &AppState, user_id: Uuid) -> Result<bool> {
    Ok(security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user_id))
        .filter(security_event::Column::Kind.eq(EventKind::SignIn.code()))
        .one(&state.db)
        .await?
        .is_some())
}

#[cfg(test)]
mod tests {
    use obscura_shared::account::Language::{De, En, Fr};

    use super::*;

    #[test]
    fn sign_in_methods_read_in_each_language() {
        let shown = |m: &str| {
            let stored = stored_detail(&method(m));
            let read = Message::from_stored(&stored);
            [read.render(En), read.render(De), read.render(Fr)]
        };
        assert_eq!(shown("password"), ["password", "Passwort", "mot de passe"]);
        assert_eq!(shown("Google"), ["Google"; 3]);
        assert_eq!(
            shown("emailed link"),
            [
                "emailed link",
                "Anmeldelink per E-Mail",
                "lien de connexion envoyé par e-mail"
            ]
        );
        assert_eq!(
            shown("password + authenticator app"),
            [
                "password + authenticator app",
                "Passwort + Authenticator-App",
                "mot de passe + application d’authentification"
            ]
        );
        assert_eq!(
            shown("Google + recovery code"),
            [
                "Google + recovery code",
                "Google + Wiederherstellungscode",
                "Google + code de récupération"
            ]
        );
        assert_eq!(
            shown("password reset link + passkey")[1],
            "Link zum Zurücksetzen des Passworts + Passkey"
        );
        // A method the log does not know is shown as it is.
        assert_eq!(shown("carrier pigeon"), ["carrier pigeon"; 3]);
        assert_eq!(
            shown("password + carrier pigeon"),
            ["password + carrier pigeon"; 3]
        );
    }

    #[test]
    fn a_detail_always_fits_its_column() {
        let long = Message::new("security-detail-passkey").arg("name", "\"".repeat(500));
        let stored = stored_detail(&long);
        assert!(
            stored.chars().count() <= DETAIL_MAX,
            "{}",
            stored.chars().count()
        );
        assert!(
            Message::from_stored(&stored)
                .render(De)
                .starts_with("passkey “\"\"\"")
        );
        let short = Message::new("security-detail-other-sessions").arg("count", 3);
        assert_eq!(Message::from_stored(&stored_detail(&short)), short);
        assert_eq!(short.render(Fr), "3 autres sessions");
        assert_eq!(
            Message::new("security-detail-other-sessions")
                .arg("count", 1)
                .render(De),
            "1 weitere Sitzung"
        );
    }
}
