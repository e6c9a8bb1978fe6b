//! Cookie consent: reading a request's choice and signals, recording each choice as proof, and
//! a person's consent history.
//!
//! Proof rows hold the time, the declarations' revision, the action, the analytics choice, a
//! signal present at the time and the cookie's pseudonymous subject id; the account only when
//! the visitor was signed in (detached, not deleted, when the account is erased). No IP address,
//! no user agent.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use obscura_shared::{
    consent::{ASK_AGAIN_DAYS, Action, AskReason, ConsentView, Signal, Stored},
    storage,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Serialize;
use uuid::Uuid;

use crate::{db::entities::consent, state::AppState};

/// How long proof of a choice is kept after it was given: three years, the limitation period
/// within which it may have to be shown.
pub const PROOF_RETENTION_DAYS: i64 = 3 * 365;

/// What a page knows about consent, from the choice its cookie holds (already parsed; `None`
/// when absent or unreadable) and a signal against tracking the request carries.
#[must_use]
pub fn view(
    stored: Option<Stored>,
    signal: Option<Signal>,
    now: DateTime<Utc>,
    path: &str,
) -> ConsentView {
    let current = storage::revision();
    let (stored, ask) = match stored {
        None => (None, Some(AskReason::FirstVisit)),
        // A choice about another list of cookies is no choice about this one.
        Some(s) if s.revision != current => (None, Some(AskReason::PolicyChanged)),
        Some(s) => {
            // The time comes from the cookie: any i64 (saturating, so no overflow panic).
            let age = now.timestamp().saturating_sub(s.given_at);
            let renew = age > Duration::days(ASK_AGAIN_DAYS).num_seconds();
            (Some(s), renew.then_some(AskReason::Renew))
        }
    };
    ConsentView {
        stored,
        signal,
        ask,
        path: path.to_owned(),
    }
}

/// Records a choice and returns what the cookie must hold. The subject id of an earlier
/// cookie is kept so that one browser's choices form one history.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn record(
    state: &AppState,
    previous: Option<&Stored>,
    action: Action,
    analytics: bool,
    signal: Option<Signal>,
    user: Option<Uuid>,
) -> Result<Stored> {
    let now = state.clock.now();
    // A signal against tracking wins over a tick in the form.
    let analytics = analytics && signal.is_none() && action != Action::Withdraw;
    let subject = previous.map_or_else(
        || Uuid::new_v4().simple().to_string(),
        |p| p.subject.clone(),
    );
    let stored = Stored {
        revision: storage::revision(),
        analytics,
        given_at: now.timestamp(),
        subject,
    };
    consent::ActiveModel {
        id: Set(state.ids.new_id()),
        subject: Set(stored.subject.clone()),
        user_id: Set(user),
        given_at: Set(now),
        revision: Set(stored.revision.clone()),
        action: Set(action.code().to_owned()),
        analytics: Set(analytics),
        signal: Set(signal.map(|s| s.code().to_owned())),
    }
    .insert(&state.db)
    .await?;
    Ok(stored)
}

/// One recorded choice, as the person's history and export show it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// When (RFC 3339).
    pub given_at: String,
    /// What they did.
    pub action: String,
    /// Whether analytics was allowed.
    pub analytics: bool,
    /// The declarations' revision.
    pub revision: String,
    /// A signal present at the time.
    pub signal: Option<String>,
}

/// A person's recorded choices, newest first.
///
/// # Errors
/// Database errors.
pub async fn history(state: &AppState, user: Uuid) -> Result<Vec<Entry>> {
    let rows = consent::Entity::find()
        .filter(consent::Column::UserId.eq(user))
        .order_by_desc(consent::Column::GivenAt)
        .order_by_desc(consent::Column::Id)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Entry {
            given_at: r.given_at.to_rfc3339(),
            action: r.action,
            analytics: r.analytics,
            revision: r.revision,
            signal: r.signal,
        })
        .collect())
}
