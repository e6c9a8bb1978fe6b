//! Profile, password and email changes of a signed-in person.

use chrono::{DateTime, Utc};
use obscura_shared::{account::fields, i18n::Message};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use super::{
    AccountError, Client, FieldErrors, absolute, clean_name, events,
    events::EventKind,
    find_by_email, get, invalid, language, limit, limits, normalize_email, notify, password,
    send_in_background, sessions, tokens,
    tokens::{Purpose, TokenProblem},
    use_token,
};
use crate::{db::entities::user, mail::templates::Kind, state::AppState};

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
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
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

/// Sets the account's language (the footer's language switch).
///
/// # Errors
/// If the account cannot be read or written.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn set_language(
    state: &AppState,
    user_id: Uuid,
    lang: obscura_shared::account::Language,
    client: &Client,
) -> anyhow::Result<()> {
    let mut active = get(state, user_id).await?.into_active_model();
    active.language = Set(lang.code().to_owned());
    active.updated_at = Set(state.clock.now());
    active.update(&state.db).await?;
    events::record(state, user_id, EventKind::ProfileChanged, None, client).await;
    Ok(())
}

/// The message for a change that needs a recent sign-in.
const SIGN_IN_AGAIN: Message = Message::new("error-sign-in-again-first");

/// Whether a session started at `signed_in_at` is recent enough for a sensitive change.
#[must_use]
pub fn fresh(state: &AppState, signed_in_at: DateTime<Utc>) -> bool {
    state.clock.now() - signed_in_at <= sessions::FRESH_SIGN_IN
}

/// Changes the password (the current one is required when there is one; a first password
/// needs a sign-in of the last 15 minutes, so that a stolen session cannot add one) and ends
/// every other session.
///
/// # Errors
/// Field errors or an internal error.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn change_password(
    state: &AppState,
    user_id: Uuid,
    keep_session: Uuid,
    signed_in_at: DateTime<Utc>,
    current: &SecretString,
    new: &SecretString,
    client: &Client,
) -> Result<(), AccountError> {
    let u = get(state, user_id).await?;
    if u.password_hash.is_none() && !fresh(state, signed_in_at) {
        return Err(invalid(fields::NEW_PASSWORD, SIGN_IN_AGAIN));
    }
    if let Some(hash) = u.password_hash.as_deref() {
        if current.expose_secret().is_empty() {
            return Err(invalid(
                fields::CURRENT_PASSWORD,
                Message::new("error-current-password-empty"),
            ));
        }
        limit(state, limits::Action::SignIn, client, Some(&u.email)).await?;
        if !state.passwords.verify(current, Some(hash)).await?.ok {
            events::record(
                state,
                user_id,
                EventKind::SignInFailed,
                Some(Message::new("security-detail-password-change")),
                client,
            )
            .await;
            return Err(invalid(
                fields::CURRENT_PASSWORD,
                Message::new("error-current-password-wrong"),
            ));
        }
    }
    password::check_policy(new.expose_secret()).map_err(|m| invalid(fields::NEW_PASSWORD, m))?;
    let hash = state.passwords.hash(new).await?;
    let u = super::store_password(state, u, hash).await?;
    sessions::end_all(state, user_id, Some(keep_session)).await?;
    events::record(state, user_id, EventKind::PasswordChanged, None, client).await;
    notify(state, Kind::PasswordChanged, &u, &u.email);
    Ok(())
}

/// Starts an email change: a confirmation link goes to the new address. The answer is the same
/// whether or not the new address already has an account (then no link is sent). It needs
/// the current password when there is one (checked within the account's sign-in limit, a
/// failure logged) and a sign-in of the last 15 minutes.
///
/// # Errors
/// Field errors, a rate limit, or an internal error.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn request_email_change(
    state: &AppState,
    user_id: Uuid,
    signed_in_at: DateTime<Utc>,
    new_email: &str,
    current: &SecretString,
    client: &Client,
) -> Result<String, AccountError> {
    let u = get(state, user_id).await?;
    let email = normalize_email(new_email).map_err(|m| invalid(fields::EMAIL, m))?;
    if email == u.email {
        return Err(invalid(fields::EMAIL, Message::new("error-email-same")));
    }
    if !fresh(state, signed_in_at) {
        return Err(invalid(fields::EMAIL, SIGN_IN_AGAIN));
    }
    if let Some(hash) = u.password_hash.as_deref() {
        if current.expose_secret().is_empty() {
            return Err(invalid(
                fields::CURRENT_PASSWORD,
                Message::new("error-current-password-empty"),
            ));
        }
        limit(state, limits::Action::SignIn, client, Some(&u.email)).await?;
        if !state.passwords.verify(current, Some(hash)).await?.ok {
            events::record(
                state,
                user_id,
                EventKind::SignInFailed,
                Some(Message::new("security-detail-email-change")),
                client,
            )
            .await;
            return Err(invalid(
                fields::CURRENT_PASSWORD,
                Message::new("error-current-password-wrong"),
            ));
        }
    }
    limit(state, limits::Action::EmailLink, client, Some(&email)).await?;
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
#[tracing::instrument(skip_all)]
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
        Err(e) if crate::db::is_duplicate(&e) => {
            return Err(TokenProblem::Invalid.into());
        }
        Err(e) => return Err(e.into()),
    };
    events::record(state, id, EventKind::EmailChanged, None, client).await;
    // The old address hears about it: if it was not its owner, they can act.
    notify(state, Kind::EmailChanged, &u, &old);
    Ok(u)
}
