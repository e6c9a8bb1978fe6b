//! Server-side sessions: a 256-bit random token in the cookie, its SHA-256 in the database,
//! an idle and an absolute expiry, listed and ended by their owner.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, sea_query::Expr,
};
use uuid::Uuid;

use super::{client::Client, crypto};
use crate::{
    db::entities::{session, user},
    state::AppState,
};

/// A sign-in this recent stands in for the password of an account that has none, and is needed
/// for sensitive changes (email address, a first password, deleting the account).
pub const FRESH_SIGN_IN: chrono::Duration = chrono::Duration::minutes(15);

/// Writing `last_seen_at` on every request would make every page a write; once in this long
/// is precise enough for a 7-day idle limit.
const TOUCH_EVERY: Duration = Duration::minutes(5);

/// A signed-in account and the session it is signed in with (of a request, as the HTTP layer
/// resolved it from the session cookie).
#[derive(Debug, Clone)]
pub struct Current {
    /// The account.
    pub user: user::Model,
    /// The session.
    pub session: session::Model,
}

/// A session just created: the token goes into the cookie and nowhere else.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// The session's public id.
    pub id: Uuid,
    /// The cookie value.
    pub token: String,
}

/// Starts a session for `user_id` (always a new token: no fixation).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn create(state: &AppState, user_id: Uuid, client: &Client) -> Result<NewSession> {
    let now = state.clock.now();
    let token = crypto::new_token();
    let id = state.ids.new_id();
    session::ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        token_hash: Set(crypto::digest(&token)),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + state.config.session_absolute),
        device: Set(client.device.clone()),
        ip: Set(client.stored_ip(&state.config, &super::ip_salt(state))),
    }
    .insert(&state.db)
    .await?;
    Ok(NewSession { id, token })
}

/// Whether a session is still alive at `now`.
#[must_use]
pub fn is_live(s: &session::Model, now: DateTime<Utc>, idle: Duration) -> bool {
    now < s.expires_at && now < s.last_seen_at + idle
}

/// The session and account a cookie token belongs to, if the session is alive. Expired
/// sessions are deleted when met.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn resolve(
    state: &AppState,
    token: &str,
) -> Result<Option<(session::Model, user::Model)>> {
    if !crypto::looks_like_token(token) {
        return Ok(None);
    }
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(crypto::digest(token)))
        .one(&state.db)
        .await?;
    let Some(s) = found else { return Ok(None) };
    let now = state.clock.now();
    if !is_live(&s, now, state.config.session_idle) {
        session::Entity::delete_by_id(s.id).exec(&state.db).await?;
        return Ok(None);
    }
    let Some(u) = user::Entity::find_by_id(s.user_id).one(&state.db).await? else {
        return Ok(None);
    };
    // An address nobody has proven is not an account anybody owns: a session on one (left
    // from before sign-in required a confirmed address) opens nothing. A Google identity is
    // its own proof of who holds the session.
    // A suspended account's sessions end when it is suspended; one met all the same (made
    // by a sign-in that raced the suspension) opens nothing either.
    if u.suspended_at.is_some() || (u.email_verified_at.is_none() && u.google_sub.is_none()) {
        session::Entity::delete_by_id(s.id).exec(&state.db).await?;
        return Ok(None);
    }
    let s = if now - s.last_seen_at >= TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::Id.eq(s.id))
            .exec(&state.db)
            .await?;
        session::Model {
            last_seen_at: now,
            ..s
        }
    } else {
        s
    };
    Ok(Some((s, u)))
}

/// The owner's live sessions, most recently used first.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn list(state: &AppState, user_id: Uuid) -> Result<Vec<session::Model>> {
    let now = state.clock.now();
    let all = session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .order_by_desc(session::Column::LastSeenAt)
        .all(&state.db)
        .await?;
    Ok(all
        .into_iter()
        .filter(|s| is_live(s, now, state.config.session_idle))
        .collect())
}

/// Ends one of the owner's sessions. `false` when there is no such session of theirs.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn end(state: &AppState, user_id: Uuid, session_id: Uuid) -> Result<bool> {
    let r = session::Entity::delete_many()
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::UserId.eq(user_id))
        .exec(&state.db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// Ends every session of the owner except `keep`; returns how many ended.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn end_all(state: &AppState, user_id: Uuid, keep: Option<Uuid>) -> Result<u64> {
    let mut q = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        q = q.filter(session::Column::Id.ne(keep));
    }
    Ok(q.exec(&state.db).await?.rows_affected)
}

/// Deletes every expired session (run periodically).
///
/// # Errors
/// Database errors.
pub async fn sweep(state: &AppState) -> Result<u64> {
    let now = state.clock.now();
    let r = session::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(session::Column::ExpiresAt.lte(now))
                .add(session::Column::LastSeenAt.lte(now - state.config.session_idle)),
        )
        .exec(&state.db)
        .await?;
    Ok(r.rows_affected)
}

/// What [`sweep_records`] deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct SweptRecords {
    /// Security events past their retention.
    pub security_events: u64,
    /// Emailed-link tokens a day past expiry.
    pub tokens: u64,
    /// Google sign-ins that never came back.
    pub oauth_flows: u64,
    /// Sign-ups never confirmed.
    pub pending_signups: u64,
    /// Sign-ins that never got their second step.
    pub two_step_challenges: u64,
}

/// Deletes what has outlived its retention: security events older than
/// [`crate::privacy::SECURITY_EVENT_RETENTION_DAYS`], emailed-link tokens a day past expiry,
/// Google sign-ins that never came back, and sign-ups never confirmed.
///
/// # Errors
/// Database errors.
pub async fn sweep_records(state: &AppState) -> Result<SweptRecords> {
    use crate::db::entities::{auth_token, oauth_flow, pending_signup, security_event};
    let now = state.clock.now();
    let security_events = security_event::Entity::delete_many()
        .filter(
            security_event::Column::CreatedAt
                .lte(now - Duration::days(crate::privacy::SECURITY_EVENT_RETENTION_DAYS)),
        )
        .exec(&state.db)
        .await?
        .rows_affected;
    let tokens = auth_token::Entity::delete_many()
        .filter(auth_token::Column::ExpiresAt.lte(now - Duration::days(1)))
        .exec(&state.db)
        .await?
        .rows_affected;
    let oauth_flows = oauth_flow::Entity::delete_many()
        .filter(oauth_flow::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?
        .rows_affected;
    let pending_signups = pending_signup::Entity::delete_many()
        .filter(pending_signup::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?
        .rows_affected;
    let two_step_challenges = super::mfa::sweep(state).await?;
    Ok(SweptRecords {
        security_events,
        tokens,
        oauth_flows,
        pending_signups,
        two_step_challenges,
    })
}
