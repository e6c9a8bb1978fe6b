//! Two-step verification: an authenticator app (TOTP, RFC 6238) with single-use recovery codes.
//!
//! When an account has a second step, a successful first step (password, emailed link, reset
//! link, Google) starts no session: [`begin_challenge`] records a pending sign-in, bound to the
//! browser by a random token in an HttpOnly cookie (the database keeps its SHA-256), good for
//! [`CHALLENGE_LIFETIME`] and [`MAX_ATTEMPTS`] wrong codes. [`complete`] takes a code from the
//! app or a recovery code and only then starts the session. Adding or removing a step and
//! renewing codes need a sign-in of the last 15 minutes; each change is logged and emailed.

pub mod passkey;
pub mod recovery;
pub mod totp;

use chrono::Duration;
use obscura_shared::i18n::Message;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use super::{
    AccountError, Client, SignedIn, crypto, events, events::EventKind, get, invalid, limit, limits,
    notify, open_session, tokens::TokenProblem,
};
use crate::{
    accounts::sessions::Current, db::entities::mfa_challenge, mail::templates::Kind,
    privacy::erasure::FRESH_SIGN_IN, state::AppState,
};

/// How long a sign-in waits for its second step.
pub const CHALLENGE_LIFETIME: Duration = Duration::minutes(5);

/// Wrong codes a pending sign-in tolerates; then it is void and the person starts again.
pub const MAX_ATTEMPTS: i32 = 5;

/// The form-error key of "sign in again first" (shown as a notice, not next to a field).
pub const SIGN_IN_AGAIN: &str = "sign-in-again";

/// The code field of the second-step and set-up forms.
pub const CODE: &str = "code";

/// A sign-in waiting for its second step: the token goes into a cookie and nowhere else.
#[derive(Debug, Clone)]
pub struct Challenge {
    /// The cookie value.
    pub token: String,
}

/// Whether the account asks for a second step at sign-in.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn enrolled(state: &AppState, user_id: Uuid) -> Result<bool, sea_orm::DbErr> {
    Ok(totp::confirmed(state, user_id).await?.is_some()
        || passkey::count(state, user_id).await? > 0)
}

/// Whether an admin (of this id) is refused the admin pages for want of a second step (asked
/// only when `OBSCURA_ADMIN_REQUIRE_MFA` is on).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn refuses_admin(
    state: &AppState,
    user_id: Option<Uuid>,
) -> Result<bool, sea_orm::DbErr> {
    match user_id {
        Some(id) => Ok(!enrolled(state, id).await?),
        None => Ok(true),
    }
}

/// Records a sign-in waiting for its second step.
///
/// # Errors
/// Database errors.
pub(crate) async fn begin_challenge(
    state: &AppState,
    user_id: Uuid,
    method: &str,
) -> Result<Challenge, sea_orm::DbErr> {
    let now = state.clock.now();
    let token = crypto::new_token();
    mfa_challenge::ActiveModel {
        token_hash: Set(crypto::digest(&token)),
        user_id: Set(user_id),
        method: Set(method.chars().take(60).collect()),
        attempts: Set(0),
        created_at: Set(now),
        expires_at: Set(now + CHALLENGE_LIFETIME),
        used_at: Set(None),
    }
    .insert(&state.db)
    .await?;
    Ok(Challenge { token })
}

/// The live pending sign-in of a cookie token: unused, unexpired, with tries left.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn pending(
    state: &AppState,
    token: &str,
) -> Result<Option<mfa_challenge::Model>, sea_orm::DbErr> {
    if !crypto::looks_like_token(token) {
        return Ok(None);
    }
    let row = mfa_challenge::Entity::find_by_id(crypto::digest(token))
        .one(&state.db)
        .await?;
    let now = state.clock.now();
    Ok(row.filter(|c| c.used_at.is_none() && c.expires_at > now && c.attempts < MAX_ATTEMPTS))
}

/// Spaces and dashes people type or copy along with a code are ignored; letters are lower-cased.
#[must_use]
pub fn normalize_code(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .take(64)
        .collect()
}

/// Finishes a pending sign-in with a code from the authenticator app or a recovery code, and
/// starts the session.
///
/// # Errors
/// `Token` when the pending sign-in is unknown, expired, used or void (start again); `Invalid`
/// for a wrong code (logged, and counted against the pending sign-in); a rate limit; or an
/// internal error.
#[tracing::instrument(skip_all)]
pub async fn complete(
    state: &AppState,
    token: &str,
    code: &str,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let Some(ch) = pending(state, token).await? else {
        return Err(TokenProblem::Expired.into());
    };
    limit(state, limits::Action::SignIn, client, None).await?;
    let code = normalize_code(code);
    if code.is_empty() {
        return Err(invalid(CODE, Message::new("error-two-step-code-empty")));
    }
    let u = get(state, ch.user_id).await?;
    let factor = if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
        totp::check(state, u.id, &code)
            .await?
            .then_some("authenticator app")
    } else {
        recovery::redeem(state, u.id, &code)
            .await?
            .then_some("recovery code")
    };
    let Some(factor) = factor else {
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
            u.id,
            EventKind::TwoStepFailed,
            Some(events::method(&ch.method)),
            client,
        )
        .await;
        let left = MAX_ATTEMPTS - ch.attempts - 1;
        return Err(invalid(
            CODE,
            if left > 0 {
                Message::new("error-two-step-code-wrong").arg("left", left)
            } else {
                Message::new("error-two-step-closed")
            },
        ));
    };
    if !claim(state, &ch).await? {
        return Err(TokenProblem::Used.into());
    }
    if factor == "recovery code" {
        events::record(state, u.id, EventKind::RecoveryCodeUsed, None, client).await;
        notify(state, Kind::RecoveryCodeUsed, &u, &u.email);
    }
    open_session(state, u, &format!("{} + {factor}", ch.method), client).await
}

/// Marks a pending sign-in used. Single use: one conditional update, so two simultaneous
/// answers cannot both sign in; `false` for the one that lost.
pub(crate) async fn claim(
    state: &AppState,
    ch: &mfa_challenge::Model,
) -> Result<bool, sea_orm::DbErr> {
    let now = state.clock.now();
    let claimed = mfa_challenge::Entity::update_many()
        .col_expr(mfa_challenge::Column::UsedAt, Expr::value(now))
        .filter(mfa_challenge::Column::TokenHash.eq(&ch.token_hash))
        .filter(mfa_challenge::Column::UsedAt.is_null())
        .filter(mfa_challenge::Column::ExpiresAt.gt(now))
        .exec(&state.db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Changes to the second step need a sign-in of the last [`FRESH_SIGN_IN`]: a session left
/// open on a shared computer must not be enough to add or remove one.
///
/// # Errors
/// `Invalid` under [`SIGN_IN_AGAIN`].
pub fn require_recent_sign_in(state: &AppState, current: &Current) -> Result<(), AccountError> {
    if state.clock.now() - current.session.created_at > FRESH_SIGN_IN {
        return Err(invalid(
            SIGN_IN_AGAIN,
            Message::new("error-sign-in-again-then").arg("minutes", FRESH_SIGN_IN.num_minutes()),
        ));
    }
    Ok(())
}

/// Deletes the pending sign-ins that have expired (run periodically with the other sweeps).
///
/// # Errors
/// Database errors.
pub async fn sweep(state: &AppState) -> Result<u64, sea_orm::DbErr> {
    passkey::sweep(state).await?;
    Ok(mfa_challenge::Entity::delete_many()
        .filter(mfa_challenge::Column::ExpiresAt.lte(state.clock.now()))
        .exec(&state.db)
        .await?
        .rows_affected)
}

/// What the security settings show of the second step.
#[derive(Debug, Clone, Default)]
pub struct Overview {
    /// The authenticator app, once confirmed: since when.
    pub totp_since: Option<chrono::DateTime<chrono::Utc>>,
    /// A set-up in progress: the secret (base32) and its QR code (inline SVG).
    pub totp_setup: Option<(String, String)>,
    /// Recovery codes not yet used.
    pub recovery_remaining: u64,
    /// Passkeys: (id, name, added, last used).
    pub passkeys: Vec<PasskeyRow>,
    /// Whether this server offers passkeys (its public URL has a domain name).
    pub passkeys_available: bool,
}

/// One passkey in the security settings.
#[derive(Debug, Clone)]
pub struct PasskeyRow {
    /// Id (what the remove button names).
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Added.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Last used to sign in.
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The second step of an account, for its security settings.
///
/// # Errors
/// Database errors, or a secret that cannot be opened.
#[tracing::instrument(skip_all)]
pub async fn overview(
    state: &AppState,
    u: &crate::db::entities::user::Model,
) -> anyhow::Result<Overview> {
    let row = totp::find(state, u.id).await?;
    let (totp_since, totp_setup) = match row {
        Some(r) if r.confirmed_at.is_some() => (r.confirmed_at, None),
        Some(r) => (None, Some(totp::setup_view(state, u, &r)?)),
        None => (None, None),
    };
    Ok(Overview {
        totp_since,
        totp_setup,
        recovery_remaining: recovery::remaining(state, u.id).await?,
        passkeys: passkey::list(state, u.id)
            .await?
            .into_iter()
            .map(|p| PasskeyRow {
                id: p.id,
                name: p.name,
                created_at: p.created_at,
                last_used_at: p.last_used_at,
            })
            .collect(),
        passkeys_available: passkey::available(state),
    })
}
