//! Accounts: sign-up, three ways to sign in, sessions, profile and the security log.
//!
//! Every function takes the [`AppState`] and the requesting [`Client`]; the HTTP layer turns
//! their results into pages. Nothing here logs an email address, a password or a token.

pub mod admin;
pub mod client;
pub mod crypto;
pub mod events;
pub mod google;
pub mod google_flow;
pub mod limits;
pub mod password;
pub mod profile;
pub mod sessions;
pub mod tokens;

use std::time::Duration;

use anyhow::Context;
use obscura_shared::account::{EMAIL_MAX_CHARS, Language, NAME_MAX_CHARS, Role, fields};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set, SqlErr,
};
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

pub use admin::create_admin;
pub use client::Client;
use events::EventKind;
pub use google_flow::{
    GOOGLE_FLOW_LIFETIME, GoogleOutcome, GoogleStarted, finish_google_signup, google_finish,
    google_start, peek_google_signup,
};
pub use profile::{
    ProfileChange, change_password, confirm_email_change, request_email_change, update_profile,
};
use tokens::{Purpose, TokenProblem};

use crate::{
    db::entities::user,
    mail::templates::{self, Kind},
    state::AppState,
};

/// Field-level problems: (field name, message).
pub type FieldErrors = Vec<(&'static str, String)>;

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
    /// Something broke; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for AccountError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> AccountError {
    AccountError::Invalid(vec![(field, message.into())])
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
pub fn normalize_email(raw: &str) -> Result<String, &'static str> {
    let email = raw.trim().to_lowercase();
    if email.is_empty() {
        return Err("Enter your email address.");
    }
    if email.chars().count() > EMAIL_MAX_CHARS {
        return Err("This email address is too long.");
    }
    let valid = email.parse::<lettre::Address>().is_ok()
        && email
            .rsplit_once('@')
            .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'));
    if valid {
        Ok(email)
    } else {
        Err("Enter an email address like name@example.com.")
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
            Err(invalid(field, "Enter your name."))
        } else {
            Ok(None)
        };
    }
    if v.chars().count() > NAME_MAX_CHARS {
        return Err(invalid(field, "Use at most 100 characters."));
    }
    if v.chars().any(char::is_control) {
        return Err(invalid(field, "Remove the control characters."));
    }
    Ok(Some(v.to_owned()))
}

pub(crate) fn language(raw: &str) -> Result<Language, AccountError> {
    Language::from_code(raw)
        .ok_or_else(|| invalid(fields::LANGUAGE, "Choose a language from the list."))
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
pub fn send_in_background(state: &AppState, kind: Kind, u: &user::Model, to: &str, link: String) {
    let email = templates::render(
        &kind,
        Language::from_code(&u.language).unwrap_or_default(),
        to,
        &u.name,
        &link,
    );
    state.mailer.send_in_background(email);
}

pub(crate) fn limit(
    state: &AppState,
    action: limits::Action,
    client: &Client,
    account: Option<&str>,
) -> Result<(), AccountError> {
    let ip = client.ip.map(|ip| ip.to_string()).unwrap_or_default();
    state
        .limits
        .check(action, &ip, account)
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

/// What sign-up asks for.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// Email address as typed.
    pub email: String,
    /// Full name.
    pub name: String,
    /// Company, may be empty.
    pub company: String,
    /// Language tag.
    pub language: String,
    /// The chosen password.
    pub password: SecretString,
    /// The minimum-age box was ticked.
    pub age_confirmed: bool,
}

/// Creates an account and emails a verification link. When the address already has an
/// account, its owner gets a note instead, and the caller sees exactly the same answer.
///
/// # Errors
/// Field errors, a rate limit, or an internal error.
pub async fn sign_up(state: &AppState, input: SignUp, client: &Client) -> Result<(), AccountError> {
    let mut errors = FieldErrors::new();
    let email = normalize_email(&input.email)
        .map_err(|m| errors.push((fields::EMAIL, m.into())))
        .ok();
    let name = clean_name(fields::NAME, &input.name, true)
        .map_err(|e| {
            if let AccountError::Invalid(mut v) = e {
                errors.append(&mut v)
            }
        })
        .ok()
        .flatten();
    let company = clean_name(fields::COMPANY, &input.company, false)
        .map_err(|e| {
            if let AccountError::Invalid(mut v) = e {
                errors.append(&mut v)
            }
        })
        .ok()
        .flatten();
    let lang = language(&input.language)
        .map_err(|e| {
            if let AccountError::Invalid(mut v) = e {
                errors.append(&mut v)
            }
        })
        .ok();
    if let Err(m) = password::check_policy(input.password.expose_secret()) {
        errors.push((fields::PASSWORD, m.into()));
    }
    if !input.age_confirmed {
        errors.push((
            fields::AGE,
            format!(
                "You need to be at least {} to use Obscura.",
                state.config.min_age
            ),
        ));
    }
    let (Some(email), Some(name), Some(lang)) = (email, name, lang) else {
        return Err(AccountError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AccountError::Invalid(errors));
    }
    limit(state, limits::Action::SignUp, client, Some(&email))?;

    // Hash before looking the address up, so both answers take the same time.
    let hash = state.passwords.hash(&input.password).await?;
    if let Some(existing) = find_by_email(state, &email).await? {
        let token = tokens::issue(state, Purpose::Reset, existing.id, &existing.email).await?;
        let link = absolute(
            state,
            &format!("{}?token={token}", obscura_shared::routes::RESET_CONFIRM),
        );
        send_in_background(state, Kind::Reset, &existing, &existing.email, link);
        return Ok(());
    }
    let now = state.clock.now();
    let id = state.ids.new_id();
    let row = user::ActiveModel {
        id: Set(id),
        email: Set(email.clone()),
        email_verified_at: Set(None),
        name: Set(name),
        company: Set(company),
        language: Set(lang.code().to_owned()),
        password_hash: Set(Some(hash)),
        role: Set(Role::User.code().to_owned()),
        avatar_key: Set(None),
        google_sub: Set(None),
        picture_url: Set(None),
        age_confirmed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let created = match create_user(state, row).await {
        Ok(u) => u,
        // Two sign-ups for one address at once: the second one gets the same answer.
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    events::record(
        state,
        id,
        EventKind::AccountCreated,
        Some("email and password"),
        client,
    )
    .await;
    send_verification(state, &created).await?;
    Ok(())
}

/// Creates an account and grants its sign-up credits, in one transaction.
///
/// # Errors
/// Database errors (a unique violation when the address or Google account is taken).
pub async fn create_user(
    state: &AppState,
    row: user::ActiveModel,
) -> Result<user::Model, sea_orm::DbErr> {
    use sea_orm::TransactionTrait;
    let txn = state.db.begin().await?;
    let u = row.insert(&txn).await?;
    let credits = i64::from(state.config.signup_credits);
    if credits > 0 {
        let key = format!("signup:{}", u.id);
        let op = crate::credits::Operation {
            user_id: u.id,
            entry: crate::credits::Entry::Grant,
            amount: credits,
            key: &key,
            reference: Some("sign-up"),
        };
        crate::credits::apply(&txn, state.ids.new_id(), state.clock.now(), op)
            .await
            .map_err(|e| match e {
                crate::credits::CreditError::Db(e) => e,
                other => sea_orm::DbErr::Custom(other.to_string()),
            })?;
    }
    txn.commit().await?;
    Ok(u)
}

/// Emails a verification link to the account's address.
///
/// # Errors
/// Database errors.
pub async fn send_verification(state: &AppState, u: &user::Model) -> Result<(), AccountError> {
    let token = tokens::issue(state, Purpose::VerifyEmail, u.id, &u.email).await?;
    let link = absolute(
        state,
        &format!("{}?token={token}", obscura_shared::routes::VERIFY_EMAIL),
    );
    send_in_background(state, Kind::Verify, u, &u.email, link);
    Ok(())
}

/// Sends the verification email again for a signed-in, unverified account.
///
/// # Errors
/// A rate limit, or database errors.
pub async fn resend_verification(
    state: &AppState,
    user_id: Uuid,
    client: &Client,
) -> Result<(), AccountError> {
    let u = get(state, user_id).await?;
    limit(state, limits::Action::EmailLink, client, Some(&u.email))?;
    if u.email_verified_at.is_none() {
        send_verification(state, &u).await?;
    }
    Ok(())
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
pub async fn get(state: &AppState, user_id: Uuid) -> Result<user::Model, AccountError> {
    user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .context("account not found")
        .map_err(AccountError::Internal)
}

/// A successful sign-in: the account and its new session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The account.
    pub user: user::Model,
    /// The new session (its token goes into the cookie).
    pub session: sessions::NewSession,
}

/// Starts a session and logs the sign-in (and a new device, when it is one).
///
/// # Errors
/// Database errors.
pub async fn start_session(
    state: &AppState,
    u: user::Model,
    method: &str,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    if crate::privacy::erasure::is_closed(&state.db, u.id).await? {
        return Err(invalid(
            fields::EMAIL,
            "This account is closed and waiting to be deleted. To keep it, open the “Keep my account” link we emailed you.",
        ));
    }
    // A device is new when the account has signed in before, but never from it.
    let new_device = events::signed_in_before(state, u.id).await?
        && !events::device_seen(state, u.id, &client.device).await?;
    let session = sessions::create(state, u.id, client).await?;
    events::record(state, u.id, EventKind::SignIn, Some(method), client).await;
    if new_device {
        events::record(state, u.id, EventKind::NewDevice, None, client).await;
        notify(state, Kind::NewDevice, &u, &u.email);
    }
    Ok(SignedIn { user: u, session })
}

/// Signs in with email and password.
///
/// # Errors
/// `Invalid` with one message for a wrong address or password (the same for both), a rate
/// limit, or an internal error.
pub async fn sign_in_password(
    state: &AppState,
    email: &str,
    password: &SecretString,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let wrong = || {
        invalid(
            fields::PASSWORD,
            "The email address or the password is not right.",
        )
    };
    let email = match normalize_email(email) {
        Ok(e) => e,
        Err(m) => return Err(invalid(fields::EMAIL, m)),
    };
    if password.expose_secret().is_empty() {
        return Err(invalid(fields::PASSWORD, "Enter your password."));
    }
    limit(state, limits::Action::SignIn, client, Some(&email))?;
    let found = find_by_email(state, &email).await?;
    let hash = found.as_ref().and_then(|u| u.password_hash.as_deref());
    let verified = state.passwords.verify(password, hash).await?;
    let Some(u) = found else { return Err(wrong()) };
    if !verified.ok {
        events::record(
            state,
            u.id,
            EventKind::SignInFailed,
            Some("password"),
            client,
        )
        .await;
        return Err(wrong());
    }
    let u = if let Some(rehash) = verified.rehash {
        let mut active = u.into_active_model();
        active.password_hash = Set(Some(rehash));
        active.update(&state.db).await?
    } else {
        u
    };
    start_session(state, u, "password", client).await
}

/// Emails a sign-in link when the address has an account; the same answer either way.
///
/// # Errors
/// Field errors for a malformed address, a rate limit, or an internal error.
pub async fn request_magic_link(
    state: &AppState,
    email: &str,
    client: &Client,
) -> Result<(), AccountError> {
    request_link(state, email, client, Purpose::MagicLink).await
}

/// Emails a password-reset link when the address has an account; the same answer either way.
///
/// # Errors
/// As [`request_magic_link`].
pub async fn request_reset(
    state: &AppState,
    email: &str,
    client: &Client,
) -> Result<(), AccountError> {
    request_link(state, email, client, Purpose::Reset).await
}

async fn request_link(
    state: &AppState,
    email: &str,
    client: &Client,
    purpose: Purpose,
) -> Result<(), AccountError> {
    let email = normalize_email(email).map_err(|m| invalid(fields::EMAIL, m))?;
    limit(state, limits::Action::EmailLink, client, Some(&email))?;
    let Some(u) = find_by_email(state, &email).await? else {
        return Ok(());
    };
    let token = tokens::issue(state, purpose, u.id, &u.email).await?;
    let (kind, path) = match purpose {
        Purpose::MagicLink => (Kind::MagicLink, obscura_shared::routes::MAGIC_LINK),
        _ => (Kind::Reset, obscura_shared::routes::RESET_CONFIRM),
    };
    let link = absolute(state, &format!("{path}?token={token}"));
    send_in_background(state, kind, &u, &u.email, link);
    Ok(())
}

/// Loads the account a valid, unused token of `purpose` belongs to, without using it.
///
/// # Errors
/// The token's problem, or an internal error.
pub async fn peek_token(
    state: &AppState,
    purpose: Purpose,
    token: &str,
) -> Result<user::Model, AccountError> {
    let t = tokens::peek(state, purpose, token).await??;
    let u = get(state, t.user_id).await?;
    if purpose != Purpose::EmailChange && t.email != u.email {
        return Err(TokenProblem::Invalid.into());
    }
    Ok(u)
}

/// Uses a token and returns its account, checking the token still matches the address.
pub(crate) async fn use_token(
    state: &AppState,
    purpose: Purpose,
    token: &str,
) -> Result<(user::Model, String), AccountError> {
    let t = tokens::consume(state, purpose, token).await??;
    let u = get(state, t.user_id).await?;
    if purpose != Purpose::EmailChange && t.email != u.email {
        return Err(TokenProblem::Invalid.into());
    }
    Ok((u, t.email))
}

/// Marks the address verified (it received the link) and returns the updated account.
pub(crate) async fn mark_verified(
    state: &AppState,
    u: user::Model,
    client: &Client,
) -> Result<user::Model, AccountError> {
    if u.email_verified_at.is_some() {
        return Ok(u);
    }
    let id = u.id;
    let mut active = u.into_active_model();
    active.email_verified_at = Set(Some(state.clock.now()));
    active.updated_at = Set(state.clock.now());
    let u = active.update(&state.db).await?;
    events::record(state, id, EventKind::EmailVerified, None, client).await;
    Ok(u)
}

/// Signs in with an emailed sign-in or confirmation link (either proves the address).
///
/// # Errors
/// The link's problem, or an internal error.
pub async fn sign_in_with_token(
    state: &AppState,
    purpose: Purpose,
    token: &str,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let (u, _) = use_token(state, purpose, token).await?;
    let u = mark_verified(state, u, client).await?;
    let method = match purpose {
        Purpose::VerifyEmail => "email confirmation link",
        _ => "emailed link",
    };
    start_session(state, u, method, client).await
}

/// Sets a new password from a reset link, ends every session, and signs in here.
///
/// # Errors
/// Field errors for the new password, the link's problem, or an internal error.
pub async fn reset_password(
    state: &AppState,
    token: &str,
    new_password: &SecretString,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    password::check_policy(new_password.expose_secret())
        .map_err(|m| invalid(fields::PASSWORD, m))?;
    let hash = state.passwords.hash(new_password).await?;
    let (u, _) = use_token(state, Purpose::Reset, token).await?;
    let id = u.id;
    let u = store_password(state, u, hash).await?;
    sessions::end_all(state, id, None).await?;
    tokens::revoke_all(state, Purpose::Reset, id).await?;
    tokens::revoke_all(state, Purpose::MagicLink, id).await?;
    events::record(state, id, EventKind::PasswordReset, None, client).await;
    let u = mark_verified(state, u, client).await?;
    start_session(state, u, "password reset link", client).await
}
