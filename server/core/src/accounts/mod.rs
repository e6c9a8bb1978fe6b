//! Accounts: sign-up, three ways to sign in, sessions, profile and the security log.
//!
//! Every function takes the [`AppState`] and the requesting [`Client`]; the HTTP layer turns
//! their results into pages. Nothing here logs an email address, a password or a token.

pub mod admin;
pub mod claim;
pub mod client;
pub mod crypto;
pub mod events;
pub mod google;
pub mod google_flow;
pub mod limits;
pub mod mfa;
pub mod password;
pub mod profile;
pub mod sessions;
mod sign_in;
mod sign_up;
pub mod suspension;
pub mod tokens;

use std::time::Duration;

use anyhow::Context;
use obscura_shared::{
    account::{EMAIL_MAX_CHARS, Language, NAME_MAX_CHARS, fields},
    i18n::Message,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use secrecy::ExposeSecret;
use uuid::Uuid;

pub use admin::{OperatorAction, OperatorOutcome, create_admin, operator_act};
pub use client::Client;
pub use google_flow::{
    GOOGLE_FLOW_LIFETIME, GoogleOutcome, GoogleStarted, finish_google_signup, google_finish,
    google_start, peek_google_signup,
};
pub use profile::{
    ProfileChange, change_password, confirm_email_change, request_email_change, update_profile,
};
pub use sign_in::{
    SignInStep, SignedIn, peek_token, request_magic_link, request_reset, reset_password,
    sign_in_password, sign_in_with_token, start_session,
};
pub(crate) use sign_in::{open_session, use_token};
pub use sign_up::{SignUp, create_user, resend_verification, send_verification, sign_up};
use tokens::TokenProblem;

use crate::{
    db::entities::user,
    mail::templates::{self, Kind},
    state::AppState,
};

/// Field-level problems: (field name, message).
pub type FieldErrors = Vec<(&'static str, Message)>;

/// Why an account action did not happen.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// Some fields are wrong; the form is shown again with these messages.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// Too many attempts; try again after this long.
    #[error("rate limited")]
    RateLimited(Duration),
    /// An emailed link that does not work.
    #[error(transparent)]
    Token(#[from] TokenProblem),
    /// The account is suspended by an admin: no sign-in opens a session.
    #[error("account suspended")]
    Suspended,
    /// Something broke; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for AccountError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

pub(crate) fn invalid(field: &'static str, message: Message) -> AccountError {
    AccountError::Invalid(vec![(field, message)])
}

/// The salt for hashed IP addresses: configured, or derived from the master key.
#[must_use]
pub fn ip_salt(state: &AppState) -> Vec<u8> {
    state.config.ip_hash_salt.as_ref().map_or_else(
        || crypto::derive(state.master_key.expose_secret(), "ip-salt"),
        |s| s.expose_secret().as_bytes().to_vec(),
    )
}

/// Trims and lower-cases an address and checks its shape.
///
/// # Errors
/// The message to show next to the field.
pub fn normalize_email(raw: &str) -> Result<String, Message> {
    let email = raw.trim().to_lowercase();
    if email.is_empty() {
        return Err(Message::new("error-email-empty"));
    }
    if email.chars().count() > EMAIL_MAX_CHARS {
        return Err(Message::new("error-email-too-long"));
    }
    let valid = email.parse::<lettre::Address>().is_ok()
        && email
            .rsplit_once('@')
            .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'));
    if valid {
        Ok(email)
    } else {
        Err(Message::new("error-email-shape"))
    }
}

pub(crate) fn clean_name(
    field: &'static str,
    raw: &str,
    required: bool,
) -> Result<Option<String>, AccountError> {
    let v = raw.trim();
    if v.is_empty() {
        return if required {
            Err(invalid(field, Message::new("error-name-empty")))
        } else {
            Ok(None)
        };
    }
    if v.chars().count() > NAME_MAX_CHARS {
        return Err(invalid(
            field,
            Message::new("error-chars-max").arg("max", NAME_MAX_CHARS),
        ));
    }
    if v.chars().any(char::is_control) {
        return Err(invalid(field, Message::new("error-name-control")));
    }
    Ok(Some(v.to_owned()))
}

pub(crate) fn language(raw: &str) -> Result<Language, AccountError> {
    Language::from_code(raw)
        .ok_or_else(|| invalid(fields::LANGUAGE, Message::new("error-language")))
}

/// The absolute URL of a path on this server.
#[must_use]
pub fn absolute(state: &AppState, path_and_query: &str) -> String {
    format!(
        "{}{path_and_query}",
        crate::config::origin(&state.config.public_url)
    )
}

/// Sends an account email in the background, so that answers take the same time whether or
/// not a message goes out. Failures are logged without the address.
///
/// Mail to an address nobody has proven yet greets without a name: whoever signed up may not
/// be the address's owner, and must not put their words into the owner's inbox.
pub fn send_in_background(state: &AppState, kind: Kind, u: &user::Model, to: &str, link: String) {
    let name = if u.email_verified_at.is_some() {
        u.name.as_str()
    } else {
        ""
    };
    let email = templates::render(
        &kind,
        Language::from_code(&u.language).unwrap_or_default(),
        to,
        name,
        &link,
    );
    state.mailer.send_in_background(email);
}

pub(crate) async fn limit(
    state: &AppState,
    action: limits::Action,
    client: &Client,
    account: Option<&str>,
) -> Result<(), AccountError> {
    let ip = client.rate_key();
    state
        .limits
        .check(action, &ip, account)
        .await
        .map_err(AccountError::RateLimited)
}

/// Tells the account holder about a security change, with a link to their security settings.
pub fn notify(state: &AppState, kind: Kind, u: &user::Model, to: &str) {
    let link = absolute(state, obscura_shared::routes::SETTINGS_SECURITY);
    send_in_background(state, kind, u, to, link);
}

/// Stores a new password hash on the account.
pub(crate) async fn store_password(
    state: &AppState,
    u: user::Model,
    hash: String,
) -> Result<user::Model, sea_orm::DbErr> {
    let mut active = u.into_active_model();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(state.clock.now());
    active.update(&state.db).await
}
/// Finds an account by (normalised) email.
///
/// # Errors
/// Database errors.
pub async fn find_by_email(
    state: &AppState,
    email: &str,
) -> Result<Option<user::Model>, AccountError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&state.db)
        .await?)
}

/// The account with this id.
///
/// # Errors
/// Internal error when it does not exist (callers hold a session for it).
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn get(state: &AppState, user_id: Uuid) -> Result<user::Model, AccountError> {
    user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .context("account not found")
        .map_err(AccountError::Internal)
}
