//! Single-use tokens sent by email. The link carries 256 random bits; the database keeps only
//! the SHA-256, the purpose, the address it was sent to and its expiry.

use anyhow::Result;
use chrono::Duration;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::Expr};
use uuid::Uuid;

use super::crypto;
use crate::{db::entities::auth_token, state::AppState};

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Prove the account's address.
    VerifyEmail,
    /// Sign in without a password.
    MagicLink,
    /// Choose a new password.
    Reset,
    /// Move the account to a new address (sent to the new one).
    EmailChange,
    /// Keep an account that is waiting to be erased.
    KeepAccount,
}

impl Purpose {
    const fn code(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify",
            Self::MagicLink => "magic",
            Self::Reset => "reset",
            Self::EmailChange => "email",
            Self::KeepAccount => "keep",
        }
    }

    /// How long a link works.
    #[must_use]
    pub const fn lifetime(self) -> Duration {
        match self {
            Self::MagicLink => Duration::minutes(15),
            Self::Reset => Duration::minutes(30),
            Self::VerifyEmail => Duration::hours(48),
            Self::EmailChange => Duration::hours(24),
            // The longest waiting period; the link also stops working once the account is gone.
            Self::KeepAccount => Duration::days(90),
        }
    }
}

/// Why a link does not work; each has its own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenProblem {
    /// Unknown, malformed, or for another purpose.
    #[error("this link is not valid")]
    Invalid,
    /// Past its expiry.
    #[error("this link has expired")]
    Expired,
    /// Already used.
    #[error("this link was already used")]
    Used,
}

/// Issues a token and returns it (to be put in a link, never stored).
///
/// # Errors
/// Database errors.
pub async fn issue(
    state: &AppState,
    purpose: Purpose,
    user_id: Uuid,
    email: &str,
) -> Result<String> {
    let now = state.clock.now();
    let token = crypto::new_token();
    auth_token::ActiveModel {
        token_hash: Set(crypto::digest(&token)),
        purpose: Set(purpose.code().to_owned()),
        user_id: Set(user_id),
        email: Set(email.to_owned()),
        created_at: Set(now),
        expires_at: Set(now + purpose.lifetime()),
        used_at: Set(None),
    }
    .insert(&state.db)
    .await?;
    Ok(token)
}

/// Looks a token up without using it (to show the page a link lands on).
///
/// # Errors
/// The problem with the token, or a database error (as `Ok(Err(..))` is not used: database
/// errors are `Err` of the outer result).
#[tracing::instrument(skip_all)]
pub async fn peek(
    state: &AppState,
    purpose: Purpose,
    token: &str,
) -> Result<Result<auth_token::Model, TokenProblem>> {
    if !crypto::looks_like_token(token) {
        return Ok(Err(TokenProblem::Invalid));
    }
    let row = auth_token::Entity::find_by_id(crypto::digest(token))
        .one(&state.db)
        .await?;
    Ok(classify(state, purpose, row))
}

fn classify(
    state: &AppState,
    purpose: Purpose,
    row: Option<auth_token::Model>,
) -> Result<auth_token::Model, TokenProblem> {
    match row {
        None => Err(TokenProblem::Invalid),
        Some(t) if t.purpose != purpose.code() => Err(TokenProblem::Invalid),
        Some(t) if t.used_at.is_some() => Err(TokenProblem::Used),
        Some(t) if t.expires_at <= state.clock.now() => Err(TokenProblem::Expired),
        Some(t) => Ok(t),
    }
}

/// Uses a token: one conditional update, so two simultaneous uses cannot both succeed.
///
/// # Errors
/// As [`peek`].
pub async fn consume(
    state: &AppState,
    purpose: Purpose,
    token: &str,
) -> Result<Result<auth_token::Model, TokenProblem>> {
    if !crypto::looks_like_token(token) {
        return Ok(Err(TokenProblem::Invalid));
    }
    let hash = crypto::digest(token);
    let now = state.clock.now();
    let updated = auth_token::Entity::update_many()
        .col_expr(auth_token::Column::UsedAt, Expr::value(now))
        .filter(auth_token::Column::TokenHash.eq(&hash))
        .filter(auth_token::Column::Purpose.eq(purpose.code()))
        .filter(auth_token::Column::UsedAt.is_null())
        .filter(auth_token::Column::ExpiresAt.gt(now))
        .exec(&state.db)
        .await?;
    let row = auth_token::Entity::find_by_id(hash).one(&state.db).await?;
    if updated.rows_affected == 1 {
        return Ok(row.ok_or(TokenProblem::Invalid));
    }
    Ok(classify(state, purpose, row).and(Err(TokenProblem::Used)))
}

/// Invalidates every unused token of `purpose` for an account (e.g. after a reset).
///
/// # Errors
/// Database errors.
pub async fn revoke_all(state: &AppState, purpose: Purpose, user_id: Uuid) -> Result<()> {
    auth_token::Entity::update_many()
        .col_expr(auth_token::Column::UsedAt, Expr::value(state.clock.now()))
        .filter(auth_token::Column::UserId.eq(user_id))
        .filter(auth_token::Column::Purpose.eq(purpose.code()))
        .filter(auth_token::Column::UsedAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(())
}
