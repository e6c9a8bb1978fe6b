//! Signing in: password, emailed link, password reset, and the session each one starts.

use obscura_shared::{account::fields, i18n::Message};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use secrecy::{ExposeSecret, SecretString};

use super::{
    AccountError, Client, absolute,
    claim::{self, Proof},
    events,
    events::EventKind,
    find_by_email, get, invalid, limit, limits, normalize_email, notify, password,
    send_in_background, sessions, store_password, tokens,
    tokens::{Purpose, TokenProblem},
};
use crate::{db::entities::user, mail::templates::Kind, state::AppState};

/// A successful first step: the account, and its new session or its pending second step.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The account.
    pub user: user::Model,
    /// What happens next.
    pub step: SignInStep,
    /// This sign-in proved the address for the first time and removed what someone had set up
    /// before (see [`super::claim`]); the person is told.
    pub earlier_access_removed: bool,
}

/// Where a successful first step leads.
#[derive(Debug, Clone)]
pub enum SignInStep {
    /// Signed in: the new session (its token goes into the cookie).
    Session(sessions::NewSession),
    /// The account asks for a second step: the pending challenge (its token goes into a
    /// cookie; no session exists yet).
    SecondFactor(super::mfa::Challenge),
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
        return Err(invalid(fields::EMAIL, Message::new("error-account-closed")));
    }
    if u.suspended_at.is_some() {
        return Err(AccountError::Suspended);
    }
    if super::mfa::enrolled(state, u.id).await? {
        let challenge = super::mfa::begin_challenge(state, u.id, method).await?;
        return Ok(SignedIn {
            user: u,
            step: SignInStep::SecondFactor(challenge),
            earlier_access_removed: false,
        });
    }
    open_session(state, u, method, client).await
}

/// Starts the session itself and logs the sign-in (and a new device, when it is one): directly
/// for accounts with one step, after the second step for the others.
///
/// # Errors
/// Database errors.
pub(crate) async fn open_session(
    state: &AppState,
    u: user::Model,
    method: &str,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    // Read again: a second step (or a passkey) may finish after the account was suspended.
    if super::suspension::is_suspended(&state.db, u.id).await? {
        return Err(AccountError::Suspended);
    }
    // A device is new when the account has signed in before, but never from it.
    let new_device = events::signed_in_before(state, u.id).await?
        && !events::device_seen(state, u.id, &client.device).await?;
    let session = sessions::create(state, u.id, client).await?;
    events::record(
        state,
        u.id,
        EventKind::SignIn,
        Some(events::method(method)),
        client,
    )
    .await;
    if new_device {
        events::record(state, u.id, EventKind::NewDevice, None, client).await;
        notify(state, Kind::NewDevice, &u, &u.email);
    }
    Ok(SignedIn {
        user: u,
        step: SignInStep::Session(session),
        earlier_access_removed: false,
    })
}

/// Signs in with email and password.
///
/// # Errors
/// `Invalid` with one message for a wrong address or password (the same for both), a rate
/// limit, or an internal error.
#[tracing::instrument(skip_all)]
pub async fn sign_in_password(
    state: &AppState,
    email: &str,
    password: &SecretString,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let wrong = || invalid(fields::PASSWORD, Message::new("error-sign-in-wrong"));
    let email = match normalize_email(email) {
        Ok(e) => e,
        Err(m) => return Err(invalid(fields::EMAIL, m)),
    };
    if password.expose_secret().is_empty() {
        return Err(invalid(
            fields::PASSWORD,
            Message::new("error-password-empty"),
        ));
    }
    limit(state, limits::Action::SignIn, client, Some(&email)).await?;
    let found = find_by_email(state, &email).await?;
    let hash = found.as_ref().and_then(|u| u.password_hash.as_deref());
    let verified = state.passwords.verify(password, hash).await?;
    let Some(u) = found else { return Err(wrong()) };
    if !verified.ok {
        events::record(
            state,
            u.id,
            EventKind::SignInFailed,
            Some(events::method("password")),
            client,
        )
        .await;
        return Err(wrong());
    }
    if u.email_verified_at.is_none() {
        // Nobody has proven this address yet: the account is nobody's, and the password may
        // have been typed by someone else. The confirmation link goes out again (within its
        // own limit); opened in the browser that signed up, it keeps this password.
        events::record(
            state,
            u.id,
            EventKind::UnconfirmedSignInRefused,
            None,
            client,
        )
        .await;
        if limit(state, limits::Action::EmailLink, client, Some(&u.email))
            .await
            .is_ok()
        {
            super::send_verification(state, &u).await?;
        }
        return Err(invalid(
            fields::EMAIL,
            Message::new("error-unconfirmed-sign-in"),
        ));
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
#[tracing::instrument(skip_all)]
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
#[tracing::instrument(skip_all)]
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
    limit(state, limits::Action::EmailLink, client, Some(&email)).await?;
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
#[tracing::instrument(skip_all)]
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

/// Signs in with an emailed sign-in or confirmation link (either proves the address).
/// `signup_cookie` is the sign-up's browser-binding cookie, when the browser has one: a
/// confirmation link opened there keeps the password chosen at sign-up.
///
/// # Errors
/// The link's problem, or an internal error.
#[tracing::instrument(skip_all)]
pub async fn sign_in_with_token(
    state: &AppState,
    purpose: Purpose,
    token: &str,
    signup_cookie: Option<&str>,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let (u, _) = use_token(state, purpose, token).await?;
    let proof = if purpose == Purpose::VerifyEmail
        && claim::is_signup_browser(state, u.id, signup_cookie)
    {
        Proof::SignUpBrowser
    } else {
        Proof::EmailedLink
    };
    let (u, removed) = claim::first_proof(state, u, proof, client).await?;
    let method = match purpose {
        Purpose::VerifyEmail => "email confirmation link",
        _ => "emailed link",
    };
    let mut signed = start_session(state, u, method, client).await?;
    signed.earlier_access_removed = removed.any();
    Ok(signed)
}

/// Sets a new password from a reset link, ends every session, and signs in here.
///
/// # Errors
/// Field errors for the new password, the link's problem, or an internal error.
#[tracing::instrument(skip_all)]
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
    // A first proof of the address voids what was set up before it (the new password is
    // this person's own).
    let (u, removed) = claim::first_proof(state, u, Proof::EmailedLink, client).await?;
    let u = store_password(state, u, hash).await?;
    sessions::end_all(state, id, None).await?;
    tokens::revoke_all(state, Purpose::Reset, id).await?;
    tokens::revoke_all(state, Purpose::MagicLink, id).await?;
    events::record(state, id, EventKind::PasswordReset, None, client).await;
    let mut signed = start_session(state, u, "password reset link", client).await?;
    signed.earlier_access_removed = removed.any();
    Ok(signed)
}
