//! Cookie consent: reading a request's choice and signals, recording each choice as proof, and
//! a person's consent history.
//!
//! Proof rows hold the time, the declarations' revision, the action, the analytics choice, a
//! signal present at the time and the cookie's pseudonymous subject id; the account only when
//! the visitor was signed in (detached, not deleted, when the account is erased). No IP address,
//! no user agent.

use anyhow::Result;
use axum::http::HeaderMap;
use chrono::{DateTime, Duration, Utc};
use obscura_shared::{
    consent::{ASK_AGAIN_DAYS, Action, AskReason, COOKIE, ConsentView, Signal, Stored},
    storage,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Serialize;
use uuid::Uuid;

use crate::{db::entities::consent, http::session::cookie_value, state::AppState};

/// How long proof of a choice is kept after it was given: three years, the limitation period
/// within which it may have to be shown.
pub const PROOF_RETENTION_DAYS: i64 = 3 * 365;

/// The do-not-track signal a request carries, if any.
#[must_use]
pub fn signal_of(headers: &HeaderMap) -> Option<Signal> {
    let on = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() == "1")
    };
    if on("sec-gpc") {
        Some(Signal::GlobalPrivacyControl)
    } else if on("dnt") {
        Some(Signal::DoNotTrack)
    } else {
        None
    }
}

/// What the page of a request knows about consent.
#[must_use]
pub fn view_of(headers: &HeaderMap, now: DateTime<Utc>, path: &str) -> ConsentView {
    let stored = cookie_value(headers, COOKIE).and_then(|v| Stored::parse(&v));
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
        signal: signal_of(headers),
        ask,
        path: path.to_owned(),
    }
}

/// Records a choice and returns what the cookie must hold. The subject id of an earlier
/// cookie is kept so that one browser's choices form one history.
///
/// # Errors
/// Database errors.
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
            action: Action::from_code(&r.action)
                .map_or_else(|| r.action.clone(), |a| a.label().to_owned()),
            analytics: r.analytics,
            revision: r.revision,
            signal: r.signal,
        })
        .collect())
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn first_visit_stale_revision_and_old_choice_are_asked() {
        let now = Utc::now();
        assert_eq!(
            view_of(&headers(&[]), now, "/").ask,
            Some(AskReason::FirstVisit)
        );
        let cookie = |rev: &str, at: i64| {
            format!("{COOKIE}=1.{rev}.1.{at}.0123456789abcdef0123456789abcdef; other=x")
        };
        let rev = storage::revision();
        let fresh = view_of(
            &headers(&[("cookie", &cookie(&rev, now.timestamp()))]),
            now,
            "/",
        );
        assert_eq!(fresh.ask, None);
        assert!(fresh.analytics_allowed());
        let stale = view_of(
            &headers(&[("cookie", &cookie("00000000", now.timestamp()))]),
            now,
            "/",
        );
        assert_eq!(stale.ask, Some(AskReason::PolicyChanged));
        assert!(!stale.analytics_allowed());
        let old = now - Duration::days(ASK_AGAIN_DAYS + 1);
        let renew = view_of(
            &headers(&[("cookie", &cookie(&rev, old.timestamp()))]),
            now,
            "/",
        );
        assert_eq!(renew.ask, Some(AskReason::Renew));
    }

    #[test]
    fn gpc_and_dnt_are_read_as_refusals() {
        // promise: P-CKE-4
        assert_eq!(
            signal_of(&headers(&[("sec-gpc", "1")])),
            Some(Signal::GlobalPrivacyControl)
        );
        assert_eq!(
            signal_of(&headers(&[("dnt", "1")])),
            Some(Signal::DoNotTrack)
        );
        assert_eq!(signal_of(&headers(&[("dnt", "0")])), None);
    }
}
