//! Suspending an account: an admin's decision that the person may not use the service for now.
//!
//! A suspended account keeps everything it has, but: every session ends at once, no sign-in
//! opens a new one (password, emailed link, Google, passkey, and a second step already in
//! flight), its API keys answer 403, its scheduled social posts do not go out, and its shares
//! are offline. The support page stays open to the person. Unsuspending brings the shares back
//! (unless one was taken down meanwhile) and lets the person sign in again.
//!
//! Admin accounts cannot be suspended: their role is taken back first. The admin's reason is
//! kept on the account for the operators and in the person's own data export; it is never shown
//! to the public and never logged.
//!
//! Waiting generations are not cancelled: a job already queued finishes (or fails and releases
//! its credits) as usual, and its images stay private to the account.

use obscura_shared::{account::Role, i18n::Message};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    client::Client,
    events::{self, EventKind},
    sessions,
};
use crate::{
    changes::{self, Change},
    db::entities::user,
    state::AppState,
};

/// What a suspension (or lifting one) came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suspension {
    /// Done now.
    Done,
    /// It was already so: nothing changed.
    Already,
    /// No such account.
    NotFound,
    /// The account is an admin's: take the role back first.
    AdminAccount,
}

/// Why a suspension could not be decided.
#[derive(Debug, thiserror::Error)]
pub enum SuspensionError {
    /// The reason is missing or too long (the message says which).
    #[error("invalid reason")]
    Reason(Message),
    /// The database failed.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for SuspensionError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// Whether the account is suspended (false for an unknown one).
///
/// # Errors
/// Database errors.
pub async fn is_suspended(db: &impl ConnectionTrait, user: Uuid) -> Result<bool, sea_orm::DbErr> {
    let at: Option<Option<chrono::DateTime<chrono::Utc>>> = user::Entity::find_by_id(user)
        .select_only()
        .column(user::Column::SuspendedAt)
        .into_tuple()
        .one(db)
        .await?;
    Ok(at.flatten().is_some())
}

/// Suspends an account: the columns set, every session ended, its shares offline (announced to
/// every process), an event in the person's security log. Not an admin's account.
///
/// # Errors
/// A missing or too long reason, or a database error.
#[tracing::instrument(skip_all, fields(user_id = %user))]
pub async fn suspend(
    state: &AppState,
    user: Uuid,
    reason: &str,
) -> Result<Suspension, SuspensionError> {
    let reason = crate::audit::clean_reason(reason).map_err(SuspensionError::Reason)?;
    let now = state.clock.now();
    // One conditional statement: a concurrent promotion or suspension cannot slip between a
    // read and the write.
    let changed = user::Entity::update_many()
        .col_expr(user::Column::SuspendedAt, Expr::value(Some(now)))
        .col_expr(user::Column::SuspensionReason, Expr::value(Some(reason)))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user))
        .filter(user::Column::SuspendedAt.is_null())
        .filter(user::Column::Role.ne(Role::Admin.code()))
        .exec(&state.db)
        .await?
        .rows_affected;
    if changed == 0 {
        return why_not(state, user, true).await;
    }
    sessions::end_all(state, user, None).await?;
    // Every process checks its known keys against the database again (with PostgreSQL the
    // others hear it at once; a lost notification costs at most the cache's minute).
    changes::announce(state, Change::Keys).await;
    changes::announce(state, Change::Shares).await;
    events::record(state, user, EventKind::Suspended, None, &Client::unknown()).await;
    Ok(Suspension::Done)
}

/// Lifts a suspension: the person may sign in again and their shares come back (unless taken
/// down meanwhile).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user))]
pub async fn unsuspend(state: &AppState, user: Uuid) -> Result<Suspension, SuspensionError> {
    let now = state.clock.now();
    let changed = user::Entity::update_many()
        .col_expr(
            user::Column::SuspendedAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(
            user::Column::SuspensionReason,
            Expr::value(Option::<String>::None),
        )
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user))
        .filter(user::Column::SuspendedAt.is_not_null())
        .exec(&state.db)
        .await?
        .rows_affected;
    if changed == 0 {
        return why_not(state, user, false).await;
    }
    changes::announce(state, Change::Shares).await;
    events::record(
        state,
        user,
        EventKind::Unsuspended,
        None,
        &Client::unknown(),
    )
    .await;
    Ok(Suspension::Done)
}

/// Why a conditional update changed nothing.
async fn why_not(
    state: &AppState,
    user: Uuid,
    suspending: bool,
) -> Result<Suspension, SuspensionError> {
    let Some(u) = user::Entity::find_by_id(user).one(&state.db).await? else {
        return Ok(Suspension::NotFound);
    };
    if suspending && u.suspended_at.is_none() && u.role == Role::Admin.code() {
        return Ok(Suspension::AdminAccount);
    }
    Ok(Suspension::Already)
}
