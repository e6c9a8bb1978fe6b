//! Policy changes (P-POL-2): a material change is announced ahead — stored as the version it
//! will be, emailed to every registered person by a job, shown in the app until its date — and
//! once in effect, people who had their account before it are asked to review it at their next
//! visit. `/privacy/versions` lists every version with what changed from the one before.

use std::sync::{Arc, RwLock};

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Duration, Utc};
use obscura_shared::{
    account::Language,
    routes,
    site::{PolicyChanges, PolicyNotice, PolicyVersionView, SiteInfo},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait, sea_query::OnConflict,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    db::entities::{erasure, policy_ack, policy_announcement, policy_version, user},
    jobs::{Attempt, Ended, Job, JobError, Schedule},
    state::AppState,
};

/// The announcements as read at a time.
type Snapshot = (DateTime<Utc>, Arc<Vec<policy_announcement::Model>>);

/// Announcements kept in memory for a short while, so that pages of signed-in people cost no
/// query when nothing is announced.
#[derive(Debug, Default)]
pub struct Announcements {
    cached: RwLock<Option<Snapshot>>,
}

/// How long the cache of announcements is trusted.
const CACHE_FOR: Duration = Duration::seconds(30);

impl Announcements {
    async fn all(&self, state: &AppState) -> Result<Arc<Vec<policy_announcement::Model>>> {
        let now = state.clock.now();
        if let Ok(guard) = self.cached.read()
            && let Some((at, list)) = guard.as_ref()
            && now - *at < CACHE_FOR
            && *at <= now
        {
            return Ok(Arc::clone(list));
        }
        let list = Arc::new(
            policy_announcement::Entity::find()
                .order_by_desc(policy_announcement::Column::EffectiveAt)
                .limit(20)
                .all(&state.db)
                .await?,
        );
        if let Ok(mut guard) = self.cached.write() {
            *guard = Some((now, Arc::clone(&list)));
        }
        Ok(list)
    }

    /// Forgets the cache (after an announcement).
    pub fn forget(&self) {
        if let Ok(mut guard) = self.cached.write() {
            *guard = None;
        }
    }
}

/// The email job of one announcement.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotifyPolicyChange {
    /// The announcement.
    pub announcement: Uuid,
}

impl Job for NotifyPolicyChange {
    const KIND: &'static str = "policy-notice";
    type Context = AppState;
    type Error = JobError;

    #[tracing::instrument(
        name = "policy_notice",
        skip_all,
        fields(announcement.id = %self.announcement)
    )]
    async fn run(&self, state: &AppState, _attempt: &Attempt) -> Result<(), JobError> {
        loop {
            let n = email_batch(state, self.announcement, 100)
                .await
                .map_err(|e| {
                    tracing::warn!(error = format!("{e:#}"), "policy notices stopped");
                    JobError::retry("policy_notice")
                })?;
            if n == 0 {
                return Ok(());
            }
        }
    }

    async fn give_up(
        &self,
        _state: &AppState,
        _attempt: &Attempt,
        why: Ended<JobError>,
    ) -> anyhow::Result<()> {
        let class = why.class();
        tracing::warn!(class, "policy notices gave up");
        Ok(())
    }
}

/// Announces `next` (the facts of the configuration that will run) to take effect after the
/// configured notice period, and queues the emails.
///
/// # Errors
/// When `next` is the policy in effect or already announced, or on database errors.
#[tracing::instrument(skip_all)]
pub async fn announce(
    state: &AppState,
    next: &SiteInfo,
    summary: &str,
) -> Result<policy_announcement::Model> {
    let summary = summary.trim();
    if summary.is_empty() {
        bail!("say what changes (--summary)");
    }
    let mut facts = next.clone();
    facts.policy = obscura_shared::site::PolicyVersion::default();
    let (version, json) = super::version_of(&facts)?;
    let now = state.clock.now();
    let in_effect = policy_version::Entity::find()
        .filter(policy_version::Column::EffectiveAt.lte(now))
        .order_by_desc(policy_version::Column::EffectiveAt)
        .one(&state.db)
        .await?;
    if in_effect.is_some_and(|v| v.version == version) {
        bail!("this configuration's policy ({version}) is the one in effect: nothing to announce");
    }
    if policy_version::Entity::find_by_id(version.clone())
        .one(&state.db)
        .await?
        .is_some()
    {
        bail!("policy version {version} was announced or in effect before");
    }
    let effective_at = now + Duration::days(i64::from(state.config.privacy.policy_notice_days));
    let id = state.ids.new_id();
    let txn = state.db.begin().await?;
    policy_version::ActiveModel {
        version: Set(version.clone()),
        facts: Set(json),
        effective_at: Set(effective_at),
    }
    .insert(&txn)
    .await?;
    let row = policy_announcement::ActiveModel {
        id: Set(id),
        version: Set(version),
        summary: Set(summary.to_owned()),
        announced_at: Set(now),
        effective_at: Set(effective_at),
        emailed_through: Set(None),
        emailed_count: Set(0),
    }
    .insert(&txn)
    .await?;
    NotifyPolicyChange { announcement: id }
        .enqueue(&txn, Schedule::new(state.ids.new_id(), now))
        .await?;
    txn.commit().await?;
    crate::changes::announce(state, crate::changes::Change::Announcements).await;
    state.queue.notify();
    Ok(row)
}

/// Emails the next batch of accounts about an announcement; returns how many were emailed
/// (0: done). The cursor is saved after each batch, so a run cut short goes on where it was.
///
/// # Errors
/// Database errors.
pub async fn email_batch(state: &AppState, announcement: Uuid, batch: u64) -> Result<u64> {
    let Some(a) = policy_announcement::Entity::find_by_id(announcement)
        .one(&state.db)
        .await?
    else {
        return Ok(0);
    };
    let mut q = user::Entity::find().order_by_asc(user::Column::Id);
    if let Some(after) = a.emailed_through {
        q = q.filter(user::Column::Id.gt(after));
    }
    let people = q.limit(batch).all(&state.db).await?;
    let Some(last) = people.last().map(|u| u.id) else {
        return Ok(0);
    };
    let closed: Vec<Uuid> = erasure::Entity::find()
        .select_only()
        .column(erasure::Column::UserId)
        .filter(erasure::Column::UserId.is_in(people.iter().map(|u| u.id)))
        .into_tuple()
        .all(&state.db)
        .await?;
    let link = crate::accounts::absolute(state, routes::PRIVACY_VERSIONS);
    let mut sent = 0;
    for u in people.iter().filter(|u| !closed.contains(&u.id)) {
        // A legally required notice: sent whatever the product-email choice.
        let email = crate::mail::templates::render_policy_change(
            obscura_shared::account::Language::from_code(&u.language).unwrap_or_default(),
            &u.email,
            &u.name,
            &link,
            a.effective_at.date_naive(),
            &a.summary,
        );
        if let Err(e) = state.mailer.send(email).await {
            tracing::warn!(
                error = format!("{e:#}"),
                "a policy notice could not be sent"
            );
        } else {
            sent += 1;
        }
    }
    let mut active = a.into_active_model();
    active.emailed_through = Set(Some(last));
    active.emailed_count = Set(active.emailed_count.take().unwrap_or_default() + sent);
    active.update(&state.db).await?;
    Ok(people.len() as u64)
}

/// The notice a signed-in person sees, if any: an announced change until its date, then — if
/// the account is older than the change and the change is the policy in effect — until they
/// say they have seen it.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn notice_for(state: &AppState, u: &user::Model) -> Result<Option<PolicyNotice>> {
    let all = state.policy_announcements.all(state).await?;
    if all.is_empty() {
        return Ok(None);
    }
    let now = state.clock.now();
    let relevant = all.iter().find(|a| {
        if a.effective_at > now {
            true
        } else {
            a.version == state.site.policy.version && u.created_at < a.effective_at
        }
    });
    let Some(a) = relevant else {
        return Ok(None);
    };
    let seen = policy_ack::Entity::find_by_id((u.id, a.version.clone()))
        .one(&state.db)
        .await?
        .is_some();
    Ok((!seen).then(|| PolicyNotice {
        version: a.version.clone(),
        effective_date: a.effective_at.format("%Y-%m-%d").to_string(),
        upcoming: a.effective_at > now,
        summary: a.summary.clone(),
    }))
}

/// Records that a person has seen policy `version`.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn acknowledge(state: &AppState, user: Uuid, version: &str) -> Result<()> {
    policy_ack::Entity::insert(policy_ack::ActiveModel {
        user_id: Set(user),
        version: Set(version.chars().take(16).collect()),
        acknowledged_at: Set(state.clock.now()),
    })
    .on_conflict(
        OnConflict::columns([policy_ack::Column::UserId, policy_ack::Column::Version])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    Ok(())
}

/// Every version, newest first, with what changed from the one before in each language.
///
/// What changed is found in the English statements, the facts a version is made of (their
/// wording never changes); each changed statement is then said in the reader's language as the
/// version that has it recorded it. So a translation improved in a later release is no change,
/// and a version recorded before the policy was translated says its statements in English.
///
/// # Errors
/// Database errors, or stored facts that no longer read.
#[tracing::instrument(skip_all)]
pub async fn versions(state: &AppState) -> Result<Vec<PolicyVersionView>> {
    let rows = policy_version::Entity::find()
        .order_by_asc(policy_version::Column::EffectiveAt)
        .all(&state.db)
        .await?;
    let announcements = policy_announcement::Entity::find().all(&state.db).await?;
    let now = state.clock.now();
    let mut previous: Option<(SiteInfo, Vec<String>)> = None;
    let mut out = Vec::new();
    for row in rows {
        let mut facts: SiteInfo =
            serde_json::from_str(&row.facts).context("reading a stored policy version")?;
        // The version in effect is this configuration's: its translations are known even when
        // an earlier release recorded it in English only.
        if row.version == state.site.policy.version && facts.translations.is_empty() {
            facts.translations.clone_from(&state.site.translations);
        }
        let english = facts.statements(Language::En);
        let (added_at, removed_at) = compare(
            previous.as_ref().map_or(&[][..], |(_, e)| e.as_slice()),
            &english,
        );
        let changes = Language::ALL
            .into_iter()
            .map(|language| {
                let (added_in, new) = said_in(&facts, &english, language);
                let (removed_in, old) = previous
                    .as_ref()
                    .map_or((language, Vec::new()), |(f, e)| said_in(f, e, language));
                PolicyChanges {
                    language,
                    added: added_at
                        .iter()
                        .filter_map(|i| new.get(*i).cloned())
                        .collect(),
                    added_in,
                    removed: removed_at
                        .iter()
                        .filter_map(|i| old.get(*i).cloned())
                        .collect(),
                    removed_in,
                }
            })
            .collect();
        let announced = announcements.iter().find(|a| a.version == row.version);
        out.push(PolicyVersionView {
            current: row.version == state.site.policy.version,
            upcoming: row.effective_at > now,
            version: row.version,
            effective_date: row.effective_at.format("%Y-%m-%d").to_string(),
            summary: announced.map(|a| a.summary.clone()),
            announced_date: announced.map(|a| a.announced_at.format("%Y-%m-%d").to_string()),
            changes,
        });
        previous = Some((facts, english));
    }
    out.reverse();
    Ok(out)
}

/// A version's statements in `lang`, one for one with its `english` ones, and the language
/// they are in: English when the version was recorded without a translation into `lang`.
fn said_in(facts: &SiteInfo, english: &[String], lang: Language) -> (Language, Vec<String>) {
    if lang != Language::En && facts.speaks(lang) {
        let said = facts.statements(lang);
        // A translation is the same facts in the same order; one that is not is not used.
        if said.len() == english.len() {
            return (lang, said);
        }
    }
    (Language::En, english.to_vec())
}

/// Which statements of `new` were added (their indices in `new`) and which of `old` removed
/// (their indices in `old`).
fn compare(old: &[String], new: &[String]) -> (Vec<usize>, Vec<usize>) {
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    let diff = similar::TextDiff::from_slices(&old, &new);
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Insert => added.extend(change.new_index()),
            similar::ChangeTag::Delete => removed.extend(change.old_index()),
            similar::ChangeTag::Equal => {}
        }
    }
    (added, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_payload_still_reads() {
        let stored = r#"{"announcement":"0193a0f4-6c1e-7b3a-9d2f-3c4b5a697887"}"#;
        let job: NotifyPolicyChange = serde_json::from_str(stored).unwrap();
        assert_eq!(serde_json::to_string(&job).unwrap(), stored);
        assert_eq!(NotifyPolicyChange::KIND, "policy-notice");
    }

    #[test]
    fn changes_are_found_in_english_and_said_as_each_version_recorded_them() {
        let facts_of = |pairs: &[(&str, &str)]| {
            crate::privacy::facts(
                &crate::config::Config::from_pairs(pairs).unwrap(),
                "the local disk of this server",
            )
        };
        let kept = facts_of(&[]);
        let week = facts_of(&[("MEDIA_RETENTION_DAYS", "7")]);
        let (old, new) = (kept.statements(Language::En), week.statements(Language::En));
        let (added, removed) = compare(&old, &new);
        assert_eq!(
            (added.len(), removed.len()),
            (1, 1),
            "{added:?} {removed:?}"
        );
        assert!(new[added[0]].contains("7 days, then deleted"));

        let (lang, german) = said_in(&week, &new, Language::De);
        assert_eq!(lang, Language::De);
        assert!(
            german[added[0]].contains("7 Tage, danach gelöscht"),
            "{german:?}"
        );
        let (lang, french) = said_in(&kept, &old, Language::Fr);
        assert_eq!(lang, Language::Fr);
        assert!(french[removed[0]].starts_with("Données "), "{french:?}");

        // A translation worded otherwise (a later release's) changes nothing.
        let mut reworded = week.clone();
        for t in &mut reworded.translations {
            t.data_categories[1].retention = "reworded".to_owned();
        }
        assert_eq!(
            compare(&new, &reworded.statements(Language::En)),
            (vec![], vec![])
        );
        // A version recorded before the policy was translated says its statements in English.
        let (lang, said) = said_in(&kept.english(), &old, Language::De);
        assert_eq!((lang, said), (Language::En, old));
    }
}
