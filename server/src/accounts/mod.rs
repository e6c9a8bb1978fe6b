//! Accounts: sign-up, three ways to sign in, sessions, profile and the security log.
//!
//! Every function takes the [`AppState`] and the requesting [`Client`]; the HTTP layer turns
//! their results into pages. Nothing here logs an email address, a password or a token.

pub mod client;
pub mod crypto;
pub mod events;
pub mod google;
pub mod limits;
pub mod password;
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

pub use client::Client;
use events::EventKind;
use tokens::{Purpose, TokenProblem};

use crate::{
    db::entities::{pending_signup, user},
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

fn invalid(field: &'static str, message: impl Into<String>) -> AccountError {
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

fn clean_name(
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

fn language(raw: &str) -> Result<Language, AccountError> {
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
    let mailer = state.mailer.clone();
    tokio::spawn(async move {
        if let Err(e) = mailer.send(email).await {
            tracing::error!(
                error = format!("{e:#}"),
                "an account email could not be sent"
            );
        }
    });
}

fn limit(
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
async fn use_token(
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
async fn mark_verified(
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
    let mut active = u.into_active_model();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(state.clock.now());
    let u = active.update(&state.db).await?;
    sessions::end_all(state, id, None).await?;
    tokens::revoke_all(state, Purpose::Reset, id).await?;
    tokens::revoke_all(state, Purpose::MagicLink, id).await?;
    events::record(state, id, EventKind::PasswordReset, None, client).await;
    let u = mark_verified(state, u, client).await?;
    start_session(state, u, "password reset link", client).await
}

/// What the profile form sends.
#[derive(Debug, Clone)]
pub struct ProfileChange {
    /// Full name.
    pub name: String,
    /// Company, may be empty.
    pub company: String,
    /// Language tag.
    pub language: String,
}

/// Updates name, company and language.
///
/// # Errors
/// Field errors or an internal error.
pub async fn update_profile(
    state: &AppState,
    user_id: Uuid,
    change: ProfileChange,
    client: &Client,
) -> Result<user::Model, AccountError> {
    let mut errors = FieldErrors::new();
    let name = clean_name(fields::NAME, &change.name, true);
    let company = clean_name(fields::COMPANY, &change.company, false);
    let lang = language(&change.language);
    for r in [name.as_ref().err(), company.as_ref().err()]
        .into_iter()
        .flatten()
    {
        if let AccountError::Invalid(v) = r {
            errors.extend(v.iter().cloned());
        }
    }
    if let Err(AccountError::Invalid(v)) = &lang {
        errors.extend(v.iter().cloned());
    }
    let (Ok(Some(name)), Ok(company), Ok(lang)) = (name, company, lang) else {
        return Err(AccountError::Invalid(errors));
    };
    let u = get(state, user_id).await?;
    let mut active = u.into_active_model();
    active.name = Set(name);
    active.company = Set(company);
    active.language = Set(lang.code().to_owned());
    active.updated_at = Set(state.clock.now());
    let u = active.update(&state.db).await?;
    events::record(state, user_id, EventKind::ProfileChanged, None, client).await;
    Ok(u)
}

/// Changes the password (the current one is required when there is one) and ends every other
/// session.
///
/// # Errors
/// Field errors or an internal error.
pub async fn change_password(
    state: &AppState,
    user_id: Uuid,
    keep_session: Uuid,
    current: &SecretString,
    new: &SecretString,
    client: &Client,
) -> Result<(), AccountError> {
    let u = get(state, user_id).await?;
    if let Some(hash) = u.password_hash.as_deref() {
        if current.expose_secret().is_empty() {
            return Err(invalid(
                fields::CURRENT_PASSWORD,
                "Enter your current password.",
            ));
        }
        limit(state, limits::Action::SignIn, client, Some(&u.email))?;
        if !state.passwords.verify(current, Some(hash)).await?.ok {
            events::record(
                state,
                user_id,
                EventKind::SignInFailed,
                Some("password change"),
                client,
            )
            .await;
            return Err(invalid(
                fields::CURRENT_PASSWORD,
                "This is not your current password.",
            ));
        }
    }
    password::check_policy(new.expose_secret()).map_err(|m| invalid(fields::NEW_PASSWORD, m))?;
    let hash = state.passwords.hash(new).await?;
    let mut active = u.into_active_model();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(state.clock.now());
    let u = active.update(&state.db).await?;
    sessions::end_all(state, user_id, Some(keep_session)).await?;
    events::record(state, user_id, EventKind::PasswordChanged, None, client).await;
    notify(state, Kind::PasswordChanged, &u, &u.email);
    Ok(())
}

/// Starts an email change: a confirmation link goes to the new address. The answer is the same
/// whether or not the new address already has an account (then no link is sent).
///
/// # Errors
/// Field errors, a rate limit, or an internal error.
pub async fn request_email_change(
    state: &AppState,
    user_id: Uuid,
    new_email: &str,
    current: &SecretString,
    client: &Client,
) -> Result<String, AccountError> {
    let u = get(state, user_id).await?;
    let email = normalize_email(new_email).map_err(|m| invalid(fields::EMAIL, m))?;
    if email == u.email {
        return Err(invalid(fields::EMAIL, "This is already your address."));
    }
    if let Some(hash) = u.password_hash.as_deref()
        && !state.passwords.verify(current, Some(hash)).await?.ok
    {
        return Err(invalid(
            fields::CURRENT_PASSWORD,
            "This is not your current password.",
        ));
    }
    limit(state, limits::Action::EmailLink, client, Some(&email))?;
    if find_by_email(state, &email).await?.is_none() {
        let token = tokens::issue(state, Purpose::EmailChange, u.id, &email).await?;
        let link = absolute(
            state,
            &format!(
                "{}?token={token}",
                obscura_shared::routes::EMAIL_CHANGE_CONFIRM
            ),
        );
        send_in_background(state, Kind::EmailChange, &u, &email, link);
    }
    Ok(email)
}

/// Confirms an email change from the link sent to the new address.
///
/// # Errors
/// The link's problem (also when the address was taken meanwhile), or an internal error.
pub async fn confirm_email_change(
    state: &AppState,
    token: &str,
    client: &Client,
) -> Result<user::Model, AccountError> {
    let (u, new_email) = use_token(state, Purpose::EmailChange, token).await?;
    let id = u.id;
    let old = u.email.clone();
    let mut active = u.into_active_model();
    active.email = Set(new_email);
    active.email_verified_at = Set(Some(state.clock.now()));
    active.updated_at = Set(state.clock.now());
    let u = match active.update(&state.db).await {
        Ok(u) => u,
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(TokenProblem::Invalid.into());
        }
        Err(e) => return Err(e.into()),
    };
    events::record(state, id, EventKind::EmailChanged, None, client).await;
    // The old address hears about it: if it was not its owner, they can act.
    notify(state, Kind::EmailChanged, &u, &old);
    Ok(u)
}

/// Creates an admin account (or makes an existing one admin) from the command line, and
/// returns a sign-in link valid for 15 minutes.
///
/// # Errors
/// An invalid address or name, or a database error.
pub async fn create_admin(
    state: &AppState,
    email: &str,
    name: &str,
) -> Result<String, AccountError> {
    let email = normalize_email(email).map_err(|m| invalid(fields::EMAIL, m))?;
    let name = clean_name(fields::NAME, name, true)?.unwrap_or_default();
    let now = state.clock.now();
    let u = match find_by_email(state, &email).await? {
        Some(u) => {
            let mut active = u.into_active_model();
            active.role = Set(Role::Admin.code().to_owned());
            active.updated_at = Set(now);
            active.update(&state.db).await?
        }
        None => {
            let row = user::ActiveModel {
                id: Set(state.ids.new_id()),
                email: Set(email.clone()),
                email_verified_at: Set(Some(now)),
                name: Set(name),
                company: Set(None),
                language: Set(Language::En.code().to_owned()),
                password_hash: Set(None),
                role: Set(Role::Admin.code().to_owned()),
                avatar_key: Set(None),
                google_sub: Set(None),
                picture_url: Set(None),
                // The operator creating their own account confirms for themselves.
                age_confirmed_at: Set(now),
                created_at: Set(now),
                updated_at: Set(now),
            };
            create_user(state, row).await?
        }
    };
    let token = tokens::issue(state, Purpose::MagicLink, u.id, &u.email).await?;
    Ok(absolute(
        state,
        &format!("{}?token={token}", obscura_shared::routes::MAGIC_LINK),
    ))
}

/// A Google sign-in on its way to the provider.
#[derive(Debug)]
pub struct GoogleStarted {
    /// Where to send the browser.
    pub url: String,
    /// The value of the browser-binding cookie.
    pub browser_token: String,
}

/// How long a started Google sign-in may take.
pub const GOOGLE_FLOW_LIFETIME: chrono::Duration = chrono::Duration::minutes(10);

/// Starts a Google sign-in: remembers state, nonce and PKCE verifier (10 minutes, single use),
/// bound to a fresh browser cookie.
///
/// # Errors
/// When Google sign-in is not configured or discovery fails.
pub async fn google_start(
    state: &AppState,
    redirect: &str,
    next: &str,
    age_confirmed: bool,
) -> Result<GoogleStarted, AccountError> {
    use crate::db::entities::oauth_flow;
    let google = state
        .google
        .as_ref()
        .context("Google sign-in is not configured")?;
    let started = google.start(redirect).await?;
    let browser_token = crypto::new_token();
    let now = state.clock.now();
    // Forget flows that were never finished.
    oauth_flow::Entity::delete_many()
        .filter(oauth_flow::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?;
    oauth_flow::ActiveModel {
        state_hash: Set(crypto::digest(&started.state)),
        browser_hash: Set(crypto::digest(&browser_token)),
        nonce: Set(started.nonce),
        pkce_verifier: Set(started.pkce_verifier),
        next: Set(next.to_owned()),
        age_confirmed: Set(age_confirmed),
        expires_at: Set(now + GOOGLE_FLOW_LIFETIME),
    }
    .insert(&state.db)
    .await?;
    Ok(GoogleStarted {
        url: started.url,
        browser_token,
    })
}

/// How a Google sign-in ended.
#[derive(Debug)]
pub enum GoogleOutcome {
    /// Signed in (to a new, linked or known account); go to `next`.
    SignedIn(Box<SignedIn>, String),
    /// No account yet and the minimum age was not confirmed: ask, on the page of this
    /// single-use token, before creating the account.
    NeedsAge(String),
    /// An account has this address but the provider has not verified it: not linked.
    Unverified,
    /// The provider shared no email address.
    NoEmail,
}

/// Finishes a Google sign-in from the provider's redirect.
///
/// # Errors
/// `Token(Invalid)` for a missing, unknown, replayed or foreign `state` (another browser),
/// `Token(Expired)` after 10 minutes, `Internal` when the exchange or the ID token fails.
pub async fn google_finish(
    state: &AppState,
    redirect: &str,
    code: &str,
    state_param: &str,
    browser_token: Option<&str>,
    client: &Client,
) -> Result<GoogleOutcome, AccountError> {
    use crate::db::entities::oauth_flow;
    let google = state
        .google
        .as_ref()
        .context("Google sign-in is not configured")?;
    if state_param.is_empty() || code.is_empty() {
        return Err(TokenProblem::Invalid.into());
    }
    let hash = crypto::digest(state_param);
    let Some(flow) = oauth_flow::Entity::find_by_id(hash.clone())
        .one(&state.db)
        .await?
    else {
        return Err(TokenProblem::Invalid.into());
    };
    // Single use: whoever deletes the row owns the flow.
    let deleted = oauth_flow::Entity::delete_by_id(hash)
        .exec(&state.db)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(TokenProblem::Used.into());
    }
    if browser_token.map(crypto::digest).as_deref() != Some(flow.browser_hash.as_str()) {
        return Err(TokenProblem::Invalid.into());
    }
    if flow.expires_at <= state.clock.now() {
        return Err(TokenProblem::Expired.into());
    }
    let identity = google
        .finish(redirect, code, &flow.pkce_verifier, &flow.nonce)
        .await?;

    if let Some(u) = user::Entity::find()
        .filter(user::Column::GoogleSub.eq(identity.subject.as_str()))
        .one(&state.db)
        .await?
    {
        let signed = start_session(state, u, "Google", client).await?;
        return Ok(GoogleOutcome::SignedIn(Box::new(signed), flow.next));
    }
    let Some(email) = identity
        .email
        .as_deref()
        .and_then(|e| normalize_email(e).ok())
    else {
        return Ok(GoogleOutcome::NoEmail);
    };
    let now = state.clock.now();
    if let Some(existing) = find_by_email(state, &email).await? {
        if !identity.email_verified {
            return Ok(GoogleOutcome::Unverified);
        }
        let id = existing.id;
        let mut active = existing.into_active_model();
        active.google_sub = Set(Some(identity.subject.clone()));
        active.picture_url = Set(identity.picture.clone());
        if active.email_verified_at.as_ref().is_none() {
            active.email_verified_at = Set(Some(now));
        }
        active.updated_at = Set(now);
        let u = active.update(&state.db).await?;
        events::record(state, id, EventKind::GoogleLinked, None, client).await;
        let signed = start_session(state, u, "Google", client).await?;
        return Ok(GoogleOutcome::SignedIn(Box::new(signed), flow.next));
    }
    let name = identity
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map_or_else(
            || email.split('@').next().unwrap_or_default().to_owned(),
            |n| n.chars().take(NAME_MAX_CHARS).collect(),
        );
    let pending = pending_signup::Model {
        token_hash: String::new(),
        subject: identity.subject,
        email,
        email_verified: identity.email_verified,
        name,
        picture_url: identity.picture,
        next: flow.next,
        expires_at: now + GOOGLE_FLOW_LIFETIME,
    };
    if !flow.age_confirmed {
        let token = crypto::new_token();
        pending_signup::ActiveModel {
            token_hash: Set(crypto::digest(&token)),
            ..pending.into_active_model()
        }
        .insert(&state.db)
        .await?;
        return Ok(GoogleOutcome::NeedsAge(token));
    }
    let next = pending.next.clone();
    let signed = create_google_account(state, pending, client).await?;
    Ok(GoogleOutcome::SignedIn(Box::new(signed), next))
}

async fn create_google_account(
    state: &AppState,
    p: pending_signup::Model,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let now = state.clock.now();
    let id = state.ids.new_id();
    let u = user::ActiveModel {
        id: Set(id),
        email: Set(p.email),
        email_verified_at: Set(p.email_verified.then_some(now)),
        name: Set(p.name),
        company: Set(None),
        language: Set(Language::En.code().to_owned()),
        password_hash: Set(None),
        role: Set(Role::User.code().to_owned()),
        avatar_key: Set(None),
        google_sub: Set(Some(p.subject)),
        picture_url: Set(p.picture_url),
        age_confirmed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let u = match create_user(state, u).await {
        Ok(u) => u,
        // The address or the Google account got an account meanwhile: start again.
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(TokenProblem::Used.into());
        }
        Err(e) => return Err(e.into()),
    };
    events::record(state, id, EventKind::AccountCreated, Some("Google"), client).await;
    start_session(state, u, "Google", client).await
}

/// The Google identity waiting behind a pending sign-up token.
///
/// # Errors
/// `Token(Invalid)` for an unknown or malformed token, `Token(Expired)` after 10 minutes.
pub async fn peek_google_signup(
    state: &AppState,
    token: &str,
) -> Result<pending_signup::Model, AccountError> {
    if !crypto::looks_like_token(token) {
        return Err(TokenProblem::Invalid.into());
    }
    let row = pending_signup::Entity::find_by_id(crypto::digest(token))
        .one(&state.db)
        .await?
        .ok_or(TokenProblem::Invalid)?;
    if row.expires_at <= state.clock.now() {
        return Err(TokenProblem::Expired.into());
    }
    Ok(row)
}

/// Creates the account of a pending Google sign-up once the minimum age is confirmed.
///
/// # Errors
/// A field error without the confirmation, the token's problem, or an internal error.
pub async fn finish_google_signup(
    state: &AppState,
    token: &str,
    age_confirmed: bool,
    client: &Client,
) -> Result<(SignedIn, String), AccountError> {
    let pending = peek_google_signup(state, token).await?;
    if !age_confirmed {
        return Err(invalid(
            fields::AGE,
            format!(
                "You need to be at least {} to use Obscura.",
                state.config.min_age
            ),
        ));
    }
    // Single use: whoever deletes the row creates the account.
    let deleted = pending_signup::Entity::delete_by_id(pending.token_hash.clone())
        .exec(&state.db)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(TokenProblem::Used.into());
    }
    let next = pending.next.clone();
    Ok((create_google_account(state, pending, client).await?, next))
}
