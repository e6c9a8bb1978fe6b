//! Erasure (P-RGT-3): "Delete my account" asks for the password (or a sign-in of the last 15
//! minutes for accounts without one) and the typed word DELETE; then every session ends at
//! once, the account is closed, and an email with a "keep my account" link goes out. After
//! `OBSCURA_ERASURE_GRACE_DAYS` (0: at once) the purge deletes every personal row and every
//! stored object. What stays: proof of cookie choices, detached from the account (it holds a
//! random id only), and payment records once billing exists (P-PAY-2).

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use obscura_shared::{
    i18n::Message,
    privacy::{DELETE_CONFIRMATION, fields},
    routes,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set, sea_query::OnConflict,
};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use uuid::Uuid;

use crate::{
    accounts::{
        self, AccountError, Client, FieldErrors, SignedIn,
        events::{self, EventKind},
        sessions,
        tokens::{self, Purpose},
    },
    db::entities::{data_export, erasure, generation, generation_image, job, pending_signup, user},
    mail::templates::Kind,
    state::AppState,
};

/// A sign-in this recent stands in for the password of an account that has none.
pub use crate::accounts::sessions::FRESH_SIGN_IN;

/// Why an account was not scheduled for deletion.
#[derive(Debug, thiserror::Error)]
pub enum ErasureError {
    /// Wrong password or confirmation; the form shows these.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// No password, and the sign-in is older than [`FRESH_SIGN_IN`].
    #[error("sign in again")]
    SignInAgain,
    /// Too many password attempts.
    #[error("rate limited")]
    RateLimited(std::time::Duration),
    /// Logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for ErasureError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Closed now, purged then.
    Scheduled {
        /// When the purge may run.
        purge_at: DateTime<Utc>,
    },
    /// No waiting period: everything is gone already.
    Erased,
}

/// Checks who is asking, closes the account and schedules (or runs) its purge.
///
/// # Errors
/// See [`ErasureError`].
#[tracing::instrument(skip_all)]
pub async fn request(
    state: &AppState,
    current: &sessions::Current,
    password: &SecretString,
    confirm: &str,
    client: &Client,
) -> Result<Outcome, ErasureError> {
    let u = &current.user;
    let mut errors: FieldErrors = Vec::new();
    if confirm.trim() != DELETE_CONFIRMATION {
        errors.push((
            fields::CONFIRM,
            Message::new("error-erasure-confirm").arg("word", DELETE_CONFIRMATION),
        ));
    }
    if u.password_hash.is_some() {
        if password.expose_secret().is_empty() {
            errors.push((fields::PASSWORD, Message::new("error-password-empty")));
        } else {
            let ip = client.rate_key();
            state
                .limits
                .check(accounts::limits::Action::SignIn, &ip, Some(&u.email))
                .await
                .map_err(ErasureError::RateLimited)?;
            let verified = state
                .passwords
                .verify(password, u.password_hash.as_deref())
                .await?;
            if !verified.ok {
                events::record(
                    state,
                    u.id,
                    EventKind::SignInFailed,
                    Some(Message::new("security-detail-account-deletion")),
                    client,
                )
                .await;
                errors.push((fields::PASSWORD, Message::new("error-password-wrong")));
            }
        }
    } else if state.clock.now() - current.session.created_at > FRESH_SIGN_IN {
        return Err(ErasureError::SignInAgain);
    }
    if !errors.is_empty() {
        return Err(ErasureError::Invalid(errors));
    }

    let now = state.clock.now();
    let grace = i64::from(state.config.privacy.erasure_grace_days);
    let purge_at = now + Duration::days(grace);
    erasure::Entity::insert(erasure::ActiveModel {
        user_id: Set(u.id),
        requested_at: Set(now),
        purge_at: Set(purge_at),
    })
    .on_conflict(
        OnConflict::column(erasure::Column::UserId)
            .update_columns([erasure::Column::RequestedAt, erasure::Column::PurgeAt])
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    sessions::end_all(state, u.id, None).await?;
    // Shares stop at once (they read the erasure row); none may linger in the cache. API keys
    // too (they read it when checked): none may linger in theirs.
    crate::changes::announce(state, crate::changes::Change::Shares).await;
    crate::changes::announce(state, crate::changes::Change::Keys).await;
    if grace == 0 {
        purge_user(state, u.id).await?;
        return Ok(Outcome::Erased);
    }
    events::record(state, u.id, EventKind::ErasureRequested, None, client).await;
    let token = tokens::issue(state, Purpose::KeepAccount, u.id, &u.email).await?;
    let link = accounts::absolute(state, &format!("{}?token={token}", routes::ERASURE_CANCEL));
    accounts::send_in_background(state, Kind::ErasureScheduled, u, &u.email, link);
    Ok(Outcome::Scheduled { purge_at })
}

/// When the account's purge is due, if it is closed.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn pending(state: &AppState, user: Uuid) -> Result<Option<DateTime<Utc>>> {
    Ok(erasure::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .map(|e| e.purge_at))
}

/// Uses a "keep my account" link: the deletion is cancelled and the person signed in.
///
/// # Errors
/// The link's problem (also once the account is gone), or an internal error.
#[tracing::instrument(skip_all)]
pub async fn keep(
    state: &AppState,
    token: &str,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let (u, _) = accounts::use_token(state, Purpose::KeepAccount, token).await?;
    erasure::Entity::delete_by_id(u.id).exec(&state.db).await?;
    events::record(state, u.id, EventKind::ErasureCancelled, None, client).await;
    accounts::start_session(state, u, "emailed link", client).await
}

/// What a purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Purged {
    /// Accounts.
    pub accounts: u64,
    /// Generations (with their images and files).
    pub generations: u64,
    /// Stored objects besides generated images (avatars, export archives).
    pub objects: u64,
}

/// Deletes an account at once, for an admin, the operator's CLI or a support decision: ends
/// its sessions, purges it, and tells every process to forget its shares and API keys.
///
/// # Errors
/// Database or storage errors (a second run finishes the job).
pub async fn delete_now(state: &AppState, user_id: Uuid) -> Result<Purged> {
    sessions::end_all(state, user_id, None).await?;
    let purged = purge_user(state, user_id).await?;
    crate::changes::announce(state, crate::changes::Change::Shares).await;
    crate::changes::announce(state, crate::changes::Change::Keys).await;
    Ok(purged)
}

/// Deletes everything about one account: files first, then rows (the account's own row last;
/// its sessions, tokens, security events, ledger, shares, settings and exports go with it by
/// foreign key, and its consent proof is detached). Idempotent.
///
/// # Errors
/// Database or storage errors (a second run finishes the job).
pub async fn purge_user(state: &AppState, user_id: Uuid) -> Result<Purged> {
    let mut purged = Purged::default();
    // Platform access ends with the account: revoked where the platform allows it.
    crate::social::revoke_all(state, user_id).await;
    loop {
        let batch: Vec<Uuid> = generation::Entity::find()
            .select_only()
            .column(generation::Column::Id)
            .filter(generation::Column::UserId.eq(user_id))
            .limit(50)
            .into_tuple()
            .all(&state.db)
            .await?;
        if batch.is_empty() {
            break;
        }
        let images: Vec<Uuid> = generation_image::Entity::find()
            .select_only()
            .column(generation_image::Column::Id)
            .filter(generation_image::Column::GenerationId.is_in(batch.clone()))
            .into_tuple()
            .all(&state.db)
            .await?;
        crate::gallery::delete(state, user_id, &images, &batch).await?;
        // Generations still running are not deleted by the gallery: their rows go here.
        generation::Entity::delete_many()
            .filter(generation::Column::UserId.eq(user_id))
            .filter(generation::Column::Id.is_in(batch.clone()))
            .exec(&state.db)
            .await?;
        purged.generations += batch.len() as u64;
    }
    let Some(u) = user::Entity::find_by_id(user_id).one(&state.db).await? else {
        return Ok(purged);
    };
    let mut keys: Vec<String> = u.avatar_key.iter().cloned().collect();
    keys.extend(
        data_export::Entity::find()
            .filter(data_export::Column::UserId.eq(user_id))
            .all(&state.db)
            .await?
            .into_iter()
            .filter_map(|e| e.object_key),
    );
    for key in keys {
        if state.storage.delete_if_present(&key).await? {
            purged.objects += 1;
        }
    }
    purged.objects += crate::support::erase_user(state, &u).await?;
    // Job payloads may hold prompts.
    job::Entity::delete_many()
        .filter(job::Column::UserId.eq(user_id))
        .exec(&state.db)
        .await?;
    // Google sign-ups waiting for the address's owner are theirs only once it is proven.
    if u.email_verified_at.is_some() {
        pending_signup::Entity::delete_many()
            .filter(pending_signup::Column::Email.eq(u.email.clone()))
            .exec(&state.db)
            .await?;
    }
    // Plans end at Stripe; payment records stay for the legal period, detached (P-PAY-2).
    crate::billing::forget_account(state, user_id).await?;
    let deleted = user::Entity::delete_by_id(user_id)
        .exec(&state.db)
        .await?
        .rows_affected;
    purged.accounts += deleted;
    Ok(purged)
}

/// How long a sign-up whose address was never confirmed is kept (its link works 48 hours): it
/// is nobody's account, and while it exists its address cannot be signed up for again.
pub const UNCONFIRMED_RETENTION: Duration = Duration::days(7);

/// Deletes sign-ups never confirmed within [`UNCONFIRMED_RETENTION`] (at most 500 a run);
/// returns how many.
///
/// # Errors
/// Database or storage errors.
pub async fn purge_unconfirmed(state: &AppState) -> Result<u64> {
    let cutoff = state.clock.now() - UNCONFIRMED_RETENTION;
    let stale: Vec<Uuid> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::EmailVerifiedAt.is_null())
        .filter(user::Column::GoogleSub.is_null())
        .filter(user::Column::CreatedAt.lte(cutoff))
        .limit(500)
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut deleted = 0;
    for id in stale {
        deleted += purge_user(state, id).await?.accounts;
    }
    Ok(deleted)
}

/// Purges every account whose waiting period is over; returns the totals.
///
/// # Errors
/// Database or storage errors.
pub async fn purge_due(state: &AppState) -> Result<Purged> {
    let due: Vec<Uuid> = erasure::Entity::find()
        .select_only()
        .column(erasure::Column::UserId)
        .filter(erasure::Column::PurgeAt.lte(state.clock.now()))
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut total = Purged::default();
    for user in due {
        let p = purge_user(state, user).await?;
        total.accounts += p.accounts;
        total.generations += p.generations;
        total.objects += p.objects;
    }
    Ok(total)
}

/// Whether a sign-in must be refused because the account is closed for deletion.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn is_closed(db: &impl ConnectionTrait, user: Uuid) -> Result<bool, sea_orm::DbErr> {
    Ok(erasure::Entity::find_by_id(user).one(db).await?.is_some())
}
