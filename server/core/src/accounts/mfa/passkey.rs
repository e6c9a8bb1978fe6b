//! Passkeys (WebAuthn, with `webauthn-rs`): a second step after a password, and a sign-in on
//! their own (a passkey checks both something held and, by the device's PIN or biometrics,
//! someone present, so it counts as both steps).
//!
//! Every ceremony has two halves: `*_start` draws the options the browser passes to
//! `navigator.credentials`, and keeps the server's half in `passkey_ceremonies` under the digest
//! of a random token the browser echoes; `*_finish` takes that half once (it is deleted) and
//! checks the browser's answer. The relying party is this server's public URL: its host is the
//! RP id, so passkeys need a domain name (`localhost` included), not an IP address.

use anyhow::Context;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use obscura_shared::i18n::Message;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use webauthn_rs::{
    Webauthn, WebauthnBuilder,
    prelude::{
        DiscoverableAuthentication, DiscoverableKey, Passkey, PasskeyAuthentication,
        PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    },
};

use super::{
    super::{
        AccountError, Client, SignedIn, crypto, events, events::EventKind, get, invalid, limit,
        limits, notify, open_session, tokens::TokenProblem,
    },
    CHALLENGE_LIFETIME, pending, require_recent_sign_in,
};
use crate::{
    accounts::sessions::Current,
    db::entities::{mfa_challenge, mfa_passkey, passkey_ceremony},
    mail::templates::Kind,
    state::AppState,
};

/// The name field of "Add a passkey".
pub const NAME: &str = obscura_shared::account::fields::PASSKEY_NAME;

/// The id field of "Remove" in the passkey list.
pub const ID: &str = obscura_shared::account::fields::PASSKEY_ID;

/// The form-error key of a passkey ceremony that failed.
pub const PASSKEY: &str = "passkey";

/// Passkeys an account may register.
pub const MAX_PER_ACCOUNT: u64 = 10;

/// The longest passkey name kept.
pub const NAME_MAX_CHARS: usize = 60;

const REGISTER: &str = "register";
const SECOND_STEP: &str = "second-step";
const PASSWORDLESS: &str = "passwordless";

/// A ceremony begun: the token the browser echoes, and the options for `navigator.credentials`
/// (`{"publicKey": …}`, as `PublicKeyCredential.parse*OptionsFromJSON` reads them).
#[derive(Debug, Clone, Serialize)]
pub struct Started {
    /// Echoed with the answer.
    pub token: String,
    /// The WebAuthn options.
    pub options: serde_json::Value,
}

#[derive(Serialize, Deserialize)]
struct Registering {
    name: String,
    state: PasskeyRegistration,
}

/// The relying party of this server, or `None` when its public URL has no domain name.
#[must_use]
pub fn relying_party(state: &AppState) -> Option<Webauthn> {
    let url = &state.config.public_url;
    let host = url.domain()?;
    WebauthnBuilder::new(host, url)
        .ok()?
        .rp_name("Obscura")
        .build()
        .ok()
}

/// Whether this server offers passkeys (its public URL has a domain name).
#[must_use]
pub fn available(state: &AppState) -> bool {
    relying_party(state).is_some()
}

fn unavailable() -> AccountError {
    invalid(PASSKEY, Message::new("error-passkey-unavailable"))
}

fn rp(state: &AppState) -> Result<Webauthn, AccountError> {
    relying_party(state).ok_or_else(unavailable)
}

/// An account's passkeys, oldest first.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn list(
    state: &AppState,
    user_id: Uuid,
) -> Result<Vec<mfa_passkey::Model>, sea_orm::DbErr> {
    let mut rows = mfa_passkey::Entity::find()
        .filter(mfa_passkey::Column::UserId.eq(user_id))
        .all(&state.db)
        .await?;
    rows.sort_by_key(|r| r.created_at);
    Ok(rows)
}

/// How many passkeys an account has.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn count(state: &AppState, user_id: Uuid) -> Result<u64, sea_orm::DbErr> {
    mfa_passkey::Entity::find()
        .filter(mfa_passkey::Column::UserId.eq(user_id))
        .count(&state.db)
        .await
}

fn credential_of(row: &mfa_passkey::Model) -> anyhow::Result<Passkey> {
    serde_json::from_str(&row.credential).context("a stored passkey cannot be read")
}

async fn keep(
    state: &AppState,
    purpose: &str,
    user_id: Option<Uuid>,
    bound_to: Option<String>,
    ceremony: &impl Serialize,
) -> Result<String, AccountError> {
    let token = crypto::new_token();
    passkey_ceremony::ActiveModel {
        token_hash: Set(crypto::digest(&token)),
        purpose: Set(purpose.to_owned()),
        user_id: Set(user_id),
        bound_to: Set(bound_to),
        state: Set(serde_json::to_string(ceremony).context("serialising a passkey ceremony")?),
        expires_at: Set(state.clock.now() + CHALLENGE_LIFETIME),
    }
    .insert(&state.db)
    .await?;
    Ok(token)
}

/// Takes (deletes) a live ceremony of this purpose; `None` when unknown, expired, already taken
/// or not of this purpose.
async fn take(
    state: &AppState,
    token: &str,
    purpose: &str,
) -> Result<Option<passkey_ceremony::Model>, AccountError> {
    if !crypto::looks_like_token(token) {
        return Ok(None);
    }
    let hash = crypto::digest(token);
    let Some(row) = passkey_ceremony::Entity::find_by_id(hash.clone())
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    // Single use: whoever deletes the row has it.
    let gone = passkey_ceremony::Entity::delete_many()
        .filter(passkey_ceremony::Column::TokenHash.eq(&hash))
        .exec(&state.db)
        .await?;
    if gone.rows_affected != 1 || row.purpose != purpose || row.expires_at <= state.clock.now() {
        return Ok(None);
    }
    Ok(Some(row))
}

fn options_json(options: &impl Serialize) -> Result<serde_json::Value, AccountError> {
    Ok(serde_json::to_value(options).context("serialising passkey options")?)
}

fn clean_name(raw: &str) -> Result<String, AccountError> {
    let name: String = raw.trim().chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        return Err(invalid(NAME, Message::new("error-passkey-name-empty")));
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(invalid(
            NAME,
            Message::new("error-passkey-name-too-long").arg("max", NAME_MAX_CHARS),
        ));
    }
    Ok(name)
}

/// Starts adding a passkey to the signed-in account (needs a recent sign-in).
///
/// # Errors
/// `Invalid` for a missing or long name, too many passkeys, a stale sign-in or a server without
/// passkeys; database errors.
#[tracing::instrument(skip_all)]
pub async fn register_start(
    state: &AppState,
    current: &Current,
    name: &str,
) -> Result<Started, AccountError> {
    require_recent_sign_in(state, current)?;
    let name = clean_name(name)?;
    let rp = rp(state)?;
    let u = &current.user;
    let existing = list(state, u.id).await?;
    if u64::try_from(existing.len()).unwrap_or(u64::MAX) >= MAX_PER_ACCOUNT {
        return Err(invalid(
            NAME,
            Message::new("error-passkey-too-many").arg("max", MAX_PER_ACCOUNT),
        ));
    }
    let exclude = existing
        .iter()
        .map(credential_of)
        .map(|k| k.map(|k| k.cred_id().clone()))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let (ccr, reg) = rp
        .start_passkey_registration(u.id, &u.email, &u.name, Some(exclude))
        .context("starting a passkey registration")?;
    let mut options = options_json(&ccr)?;
    // A passkey that can also sign in on its own: ask the device to keep it (discoverable).
    if let Some(sel) = options
        .pointer_mut("/publicKey/authenticatorSelection")
        .and_then(serde_json::Value::as_object_mut)
    {
        sel.insert("residentKey".into(), "required".into());
        sel.insert("requireResidentKey".into(), true.into());
    }
    let token = keep(
        state,
        REGISTER,
        Some(u.id),
        None,
        &Registering { name, state: reg },
    )
    .await?;
    Ok(Started { token, options })
}

/// Finishes adding a passkey with the browser's answer; logs it and tells the account holder.
///
/// # Errors
/// `Token` when the ceremony is unknown, expired, used or another account's; `Invalid` when the
/// answer does not verify; database errors.
#[tracing::instrument(skip_all)]
pub async fn register_finish(
    state: &AppState,
    current: &Current,
    token: &str,
    credential: &RegisterPublicKeyCredential,
    client: &Client,
) -> Result<(), AccountError> {
    let u = &current.user;
    let Some(row) = take(state, token, REGISTER).await? else {
        return Err(TokenProblem::Expired.into());
    };
    if row.user_id != Some(u.id) {
        return Err(TokenProblem::Invalid.into());
    }
    require_recent_sign_in(state, current)?;
    let rp = rp(state)?;
    let ceremony: Registering =
        serde_json::from_str(&row.state).context("reading a passkey ceremony")?;
    let Ok(key) = rp.finish_passkey_registration(credential, &ceremony.state) else {
        return Err(invalid(PASSKEY, Message::new("error-passkey-not-added")));
    };
    let raw_id: &[u8] = key.cred_id().as_ref();
    let credential_id = URL_SAFE_NO_PAD.encode(raw_id);
    let inserted = mfa_passkey::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(u.id),
        name: Set(ceremony.name.clone()),
        credential_id: Set(credential_id),
        credential: Set(serde_json::to_string(&key).context("serialising a passkey")?),
        created_at: Set(state.clock.now()),
        last_used_at: Set(None),
    }
    .insert(&state.db)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if crate::db::is_duplicate(&e) => {
            return Err(invalid(PASSKEY, Message::new("error-passkey-duplicate")));
        }
        Err(e) => return Err(e.into()),
    }
    events::record(
        state,
        u.id,
        EventKind::TwoStepAdded,
        Some(Message::new("security-detail-passkey").arg("name", &ceremony.name)),
        client,
    )
    .await;
    notify(state, Kind::PasskeyAdded, u, &u.email);
    Ok(())
}

/// Removes one of the signed-in account's passkeys (needs a recent sign-in); `false` when it
/// has no passkey of this id.
///
/// # Errors
/// `Invalid` for a stale sign-in; database errors.
#[tracing::instrument(skip_all)]
pub async fn remove(
    state: &AppState,
    current: &Current,
    id: &str,
    client: &Client,
) -> Result<bool, AccountError> {
    require_recent_sign_in(state, current)?;
    let u = &current.user;
    let Ok(id) = Uuid::parse_str(id.trim()) else {
        return Ok(false);
    };
    let Some(row) = mfa_passkey::Entity::find_by_id(id)
        .filter(mfa_passkey::Column::UserId.eq(u.id))
        .one(&state.db)
        .await?
    else {
        return Ok(false);
    };
    mfa_passkey::Entity::delete_many()
        .filter(mfa_passkey::Column::Id.eq(id))
        .filter(mfa_passkey::Column::UserId.eq(u.id))
        .exec(&state.db)
        .await?;
    // The last second step gone: the recovery codes go with it (as with the app).
    if !super::enrolled(state, u.id).await? {
        super::recovery::delete_all(state, u.id).await?;
    }
    events::record(
        state,
        u.id,
        EventKind::TwoStepRemoved,
        Some(Message::new("security-detail-passkey").arg("name", &row.name)),
        client,
    )
    .await;
    notify(state, Kind::PasskeyRemoved, u, &u.email);
    Ok(true)
}

/// Records a successful use: the new counter and when.
async fn used(
    state: &AppState,
    row: mfa_passkey::Model,
    mut key: Passkey,
    result: &webauthn_rs::prelude::AuthenticationResult,
) -> Result<(), AccountError> {
    key.update_credential(result);
    let mut active: mfa_passkey::ActiveModel = row.into();
    active.credential = Set(serde_json::to_string(&key).context("serialising a passkey")?);
    active.last_used_at = Set(Some(state.clock.now()));
    active.update(&state.db).await?;
    Ok(())
}

/// Starts the second step of a pending sign-in with one of the account's passkeys.
///
/// # Errors
/// `Token` when the pending sign-in is gone; `Invalid` when the account has no passkey or the
/// server none; database errors.
#[tracing::instrument(skip_all)]
pub async fn second_step_start(
    state: &AppState,
    challenge_token: &str,
) -> Result<Started, AccountError> {
    let Some(ch) = pending(state, challenge_token).await? else {
        return Err(TokenProblem::Expired.into());
    };
    let rp = rp(state)?;
    let keys = list(state, ch.user_id)
        .await?
        .iter()
        .map(credential_of)
        .collect::<anyhow::Result<Vec<_>>>()?;
    if keys.is_empty() {
        return Err(invalid(PASSKEY, Message::new("error-passkey-none")));
    }
    let (rcr, auth) = rp
        .start_passkey_authentication(&keys)
        .context("starting a passkey sign-in")?;
    let options = options_json(&rcr)?;
    let token = keep(
        state,
        SECOND_STEP,
        Some(ch.user_id),
        Some(ch.token_hash),
        &auth,
    )
    .await?;
    Ok(Started { token, options })
}

async fn count_failure(
    state: &AppState,
    ch: &mfa_challenge::Model,
    client: &Client,
) -> Result<(), AccountError> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    mfa_challenge::Entity::update_many()
        .col_expr(
            mfa_challenge::Column::Attempts,
            Expr::col(mfa_challenge::Column::Attempts).add(1),
        )
        .filter(mfa_challenge::Column::TokenHash.eq(&ch.token_hash))
        .exec(&state.db)
        .await?;
    events::record(
        state,
        ch.user_id,
        EventKind::TwoStepFailed,
        Some(events::method(&ch.method)),
        client,
    )
    .await;
    Ok(())
}

fn not_verified() -> AccountError {
    invalid(PASSKEY, Message::new("error-passkey-not-verified"))
}

/// Finishes the second step of a pending sign-in with a passkey, and starts the session.
///
/// # Errors
/// `Token` when the pending sign-in or the ceremony is gone, used, or not this browser's;
/// `Invalid` when the passkey does not verify (counted against the pending sign-in); a rate
/// limit; database errors.
#[tracing::instrument(skip_all)]
pub async fn second_step_finish(
    state: &AppState,
    challenge_token: &str,
    token: &str,
    credential: &PublicKeyCredential,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let Some(ch) = pending(state, challenge_token).await? else {
        return Err(TokenProblem::Expired.into());
    };
    limit(state, limits::Action::SignIn, client, None).await?;
    let Some(row) = take(state, token, SECOND_STEP).await? else {
        return Err(TokenProblem::Expired.into());
    };
    if row.user_id != Some(ch.user_id) || row.bound_to.as_deref() != Some(&ch.token_hash) {
        return Err(TokenProblem::Invalid.into());
    }
    let rp = rp(state)?;
    let auth: PasskeyAuthentication =
        serde_json::from_str(&row.state).context("reading a passkey ceremony")?;
    let credential_id = URL_SAFE_NO_PAD.encode(credential.get_credential_id());
    let stored = mfa_passkey::Entity::find()
        .filter(mfa_passkey::Column::CredentialId.eq(&credential_id))
        .filter(mfa_passkey::Column::UserId.eq(ch.user_id))
        .one(&state.db)
        .await?;
    let verified = match (&stored, rp.finish_passkey_authentication(credential, &auth)) {
        (Some(stored), Ok(result)) => Some((stored.clone(), result)),
        _ => None,
    };
    let Some((stored, result)) = verified else {
        count_failure(state, &ch, client).await?;
        return Err(not_verified());
    };
    let key = credential_of(&stored)?;
    used(state, stored, key, &result).await?;
    if !super::claim(state, &ch).await? {
        return Err(TokenProblem::Used.into());
    }
    let u = get(state, ch.user_id).await?;
    open_session(state, u, &format!("{} + passkey", ch.method), client).await
}

/// Starts a sign-in with a passkey alone (the device offers the passkeys it keeps for this
/// site).
///
/// # Errors
/// `Invalid` when the server has no passkeys; a rate limit; database errors.
#[tracing::instrument(skip_all)]
pub async fn passwordless_start(
    state: &AppState,
    client: &Client,
) -> Result<Started, AccountError> {
    limit(state, limits::Action::SignIn, client, None).await?;
    let rp = rp(state)?;
    let (mut rcr, auth) = rp
        .start_discoverable_authentication()
        .context("starting a passkey sign-in")?;
    // A button, not the autofill prompt.
    rcr.mediation = None;
    let options = options_json(&rcr)?;
    let token = keep(state, PASSWORDLESS, None, None, &auth).await?;
    Ok(Started { token, options })
}

/// Finishes a sign-in with a passkey alone, and starts the session (the passkey is both steps).
///
/// # Errors
/// `Token` when the ceremony is gone or used; `Invalid` when the passkey is unknown or does
/// not verify, or the account is closed; a rate limit; database errors.
#[tracing::instrument(skip_all)]
pub async fn passwordless_finish(
    state: &AppState,
    token: &str,
    credential: &PublicKeyCredential,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    limit(state, limits::Action::SignIn, client, None).await?;
    let Some(row) = take(state, token, PASSWORDLESS).await? else {
        return Err(TokenProblem::Expired.into());
    };
    let rp = rp(state)?;
    let auth: DiscoverableAuthentication =
        serde_json::from_str(&row.state).context("reading a passkey ceremony")?;
    let Ok((user_id, raw_id)) = rp.identify_discoverable_authentication(credential) else {
        return Err(not_verified());
    };
    let credential_id = URL_SAFE_NO_PAD.encode(raw_id);
    let Some(stored) = mfa_passkey::Entity::find()
        .filter(mfa_passkey::Column::CredentialId.eq(&credential_id))
        .filter(mfa_passkey::Column::UserId.eq(user_id))
        .one(&state.db)
        .await?
    else {
        return Err(not_verified());
    };
    let key = credential_of(&stored)?;
    let Ok(result) =
        rp.finish_discoverable_authentication(credential, auth, &[DiscoverableKey::from(&key)])
    else {
        return Err(not_verified());
    };
    used(state, stored, key, &result).await?;
    let u = get(state, user_id).await?;
    if crate::privacy::erasure::is_closed(&state.db, u.id).await? {
        return Err(invalid(PASSKEY, Message::new("error-account-closed")));
    }
    open_session(state, u, "passkey", client).await
}

/// Deletes the ceremonies that have expired.
///
/// # Errors
/// Database errors.
pub async fn sweep(state: &AppState) -> Result<u64, sea_orm::DbErr> {
    Ok(passkey_ceremony::Entity::delete_many()
        .filter(passkey_ceremony::Column::ExpiresAt.lte(state.clock.now()))
        .exec(&state.db)
        .await?
        .rows_affected)
}
