//! Retention: one scheduled, idempotent `retention` job ([`Retention`]) deletes everything past its time, and
//! logs each run with its counts in `retention_runs`:
//! - media (P-GEN-2): generations past their `expires_at` (set from
//!   `OBSCURA_MEDIA_RETENTION_DAYS` when they were made), with every stored file — originals,
//!   previews, thumbnails and references — and their shares;
//! - accounts whose erasure grace period is over (P-RGT-3), and sign-ups never confirmed
//!   within 7 days;
//! - data exports after their 7 days;
//! - sessions past their idle or absolute limit, emailed-link tokens, unfinished sign-ups and
//!   Google sign-ins;
//! - security events after 12 months (P-API-3 for the API log when it exists);
//! - proof of cookie choices after [`super::consent::PROOF_RETENTION_DAYS`];
//! - support messages 12 months after they were closed, answered privacy requests after 3 years;
//! - admin audit log entries after 3 years ([`crate::audit::RETENTION_DAYS`]);
//! - reports of shared images: dismissed ones 6 months after the decision, take-downs after 3
//!   years, reporters' addresses 30 days after the decision ([`crate::reports::purge_expired`]);
//! - the local store's staged uploads a process that died mid-write left, after an hour
//!   ([`crate::storage::Storage::sweep_staged`]).
//!
//! A scheduler in every serving process enqueues the job every few minutes unless one is
//! already waiting. The job's id is derived from the 10-minute slot, so processes that look at
//! the same moment collide on the primary key and only one run is queued. Each task works in
//! batches and is idempotent, so a run cut short (a crash, a lost lease) is finished by the
//! next one.

use std::time::Duration;

use chrono::Duration as Days;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    accounts::sessions::{self, SweptRecords},
    db::entities::{consent, generation, generation_image, job, retention_run},
    jobs::{Attempt, Ended, Job, JobError, Schedule},
    state::AppState,
};

/// The job of one retention run (payload `{}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {}

/// How often the scheduler looks.
pub const EVERY: Duration = Duration::from_secs(10 * 60);
/// Generations deleted per batch.
const BATCH: u64 = 50;

/// Deletes up to `batch` expired generations; returns how many went.
///
/// # Errors
/// Database or storage errors (what was not deleted is found again by the next call).
pub async fn purge_batch(state: &AppState, batch: u64) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let expired: Vec<(Uuid, Uuid)> = generation::Entity::find()
        .select_only()
        .column(generation::Column::Id)
        .column(generation::Column::UserId)
        .filter(generation::Column::ExpiresAt.lte(now))
        .filter(generation::Column::Status.is_in(obscura_shared::generation::Status::FINAL_CODES))
        .order_by_asc(generation::Column::ExpiresAt)
        .limit(batch)
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut purged = 0;
    for (id, user) in expired {
        let images: Vec<Uuid> = generation_image::Entity::find()
            .select_only()
            .column(generation_image::Column::Id)
            .filter(generation_image::Column::GenerationId.eq(id))
            .into_tuple()
            .all(&state.db)
            .await?;
        crate::gallery::delete(state, user, &images, &[id]).await?;
        purged += 1;
    }
    Ok(purged)
}

/// Enqueues a retention run unless one is already waiting or running.
///
/// # Errors
/// Database errors.
pub async fn schedule(state: &AppState) -> anyhow::Result<bool> {
    let pending = job::Entity::find()
        .filter(job::Column::Kind.eq(Retention::KIND))
        .filter(
            job::Column::Status.is_in([crate::jobs::status::QUEUED, crate::jobs::status::RUNNING]),
        )
        .count(&state.db)
        .await?;
    if pending > 0 {
        return Ok(false);
    }
    let now = state.clock.now();
    let queued = Retention {}
        .enqueue(&state.db, Schedule::new(slot_id(now), now))
        .await;
    match queued {
        Ok(_) => {
            state.queue.notify();
            Ok(true)
        }
        // Another process (or this one's timer) queued this slot's run a moment ago.
        Err(e) if crate::db::is_duplicate(&e) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// The id of the run for the [`EVERY`]-long slot holding `now`: time-ordered like every job id
/// (a UUIDv7 of the slot's start), and the same in every process.
fn slot_id(now: chrono::DateTime<chrono::Utc>) -> Uuid {
    let every = i64::try_from(EVERY.as_millis()).unwrap_or(i64::MAX);
    let start = now.timestamp_millis().div_euclid(every) * every;
    uuid::Builder::from_unix_timestamp_millis(u64::try_from(start).unwrap_or(0), b"retention\0")
        .into_uuid()
}

/// Schedules a run now and then every [`EVERY`], for the life of the process.
#[tracing::instrument(skip_all)]
pub async fn schedule_forever(state: AppState) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        if let Err(e) = schedule(&state).await {
            tracing::warn!(
                error = format!("{e:#}"),
                "could not schedule a retention run"
            );
        }
    }
}

/// What one run deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Generations past media retention (with their files and shares).
    pub expired_generations: u64,
    /// Accounts erased after their grace period.
    pub erased_accounts: u64,
    /// Generations of those accounts.
    pub erased_generations: u64,
    /// Other stored objects of those accounts (avatars, archives).
    pub erased_objects: u64,
    /// Sign-ups whose address was never confirmed within 7 days.
    pub unconfirmed_accounts: u64,
    /// Export archives past their 7 days.
    pub exports: u64,
    /// Ended sessions.
    pub sessions: u64,
    /// Security events, tokens, sign-ups and Google sign-ins past their time.
    #[serde(flatten)]
    pub records: SweptRecords,
    /// Proof of cookie choices past its legal period.
    pub consents: u64,
    /// Support messages closed more than 12 months ago.
    pub support_messages: u64,
    /// Privacy requests answered more than 3 years ago.
    pub privacy_requests: u64,
    /// Admin audit log entries older than 3 years.
    pub admin_audit: u64,
    /// Payment records past their legal period (`OBSCURA_PAYMENT_RETENTION_YEARS`).
    pub payments: u64,
    /// Stripe event ids received more than 30 days ago.
    pub billing_events: u64,
    /// Trial images past their 24 hours (with their files).
    pub trial_images: u64,
    /// Trial salts older than yesterday's.
    pub trial_salts: u64,
    /// API usage rows older than 12 months.
    pub api_usage: u64,
    /// Stored answers of idempotent API requests older than 24 hours.
    pub api_idempotency: u64,
    /// Webhook deliveries older than 30 days.
    pub api_webhook_deliveries: u64,
    /// Approval requests past their 7 days (their posts cancelled), unfinished connection
    /// attempts and public image links past their hour.
    pub social: u64,
    /// Staged uploads of the local store more than an hour old: writes a process that died
    /// (killed, crashed) never finished.
    pub staged_uploads: u64,
    /// Decided reports of shared images past their time.
    pub reports: u64,
    /// Reporters' addresses dropped 30 days after the decision.
    pub report_emails: u64,
}

/// Deletes proof of cookie choices older than [`super::consent::PROOF_RETENTION_DAYS`].
async fn purge_consents(state: &AppState) -> anyhow::Result<u64> {
    let cutoff = state.clock.now() - Days::days(super::consent::PROOF_RETENTION_DAYS);
    Ok(consent::Entity::delete_many()
        .filter(consent::Column::GivenAt.lte(cutoff))
        .exec(&state.db)
        .await?
        .rows_affected)
}

/// Runs every retention task once and records the run with its counts.
///
/// # Errors
/// The first task that fails (what it did not delete is found again by the next run).
pub async fn run_all(state: &AppState) -> anyhow::Result<Counts> {
    let started_at = state.clock.now();
    let mut counts = Counts::default();
    loop {
        let purged = purge_batch(state, BATCH).await?;
        counts.expired_generations += purged as u64;
        if purged < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            break;
        }
    }
    let erased = super::erasure::purge_due(state).await?;
    counts.erased_accounts = erased.accounts;
    counts.erased_generations = erased.generations;
    counts.erased_objects = erased.objects;
    counts.unconfirmed_accounts = super::erasure::purge_unconfirmed(state).await?;
    counts.exports = super::export::purge_expired(state).await?;
    counts.sessions = sessions::sweep(state).await?;
    counts.records = sessions::sweep_records(state).await?;
    counts.consents = purge_consents(state).await?;
    (counts.support_messages, counts.privacy_requests) =
        crate::support::purge_expired(state).await?;
    counts.admin_audit = crate::audit::purge_expired(state).await?;
    (counts.payments, counts.billing_events) = crate::billing::purge_expired(state).await?;
    (counts.trial_images, counts.trial_salts) = crate::trial::purge_expired(state).await?;
    (counts.api_usage, counts.api_idempotency) = crate::api::purge_expired(state).await?;
    counts.api_webhook_deliveries = crate::api::webhooks::purge_expired(state).await?;
    counts.social = crate::social::purge_expired(state).await?;
    (counts.reports, counts.report_emails) = crate::reports::purge_expired(state).await?;
    counts.staged_uploads = state
        .storage
        .sweep_staged(state.clock.now() - crate::storage::STAGED_MAX_AGE)
        .await?;
    retention_run::ActiveModel {
        id: Set(state.ids.new_id()),
        task: Set(Retention::KIND.to_owned()),
        started_at: Set(started_at),
        finished_at: Set(state.clock.now()),
        counts: Set(serde_json::to_string(&counts)?),
    }
    .insert(&state.db)
    .await?;
    tracing::info!(
        expired_generations = counts.expired_generations,
        erased_accounts = counts.erased_accounts,
        exports = counts.exports,
        sessions = counts.sessions,
        security_events = counts.records.security_events,
        tokens = counts.records.tokens,
        consents = counts.consents,
        "retention run finished"
    );
    Ok(counts)
}

impl Job for Retention {
    const KIND: &'static str = "retention";
    type Context = AppState;
    type Error = JobError;

    #[tracing::instrument(name = "retention", skip_all)]
    async fn run(&self, state: &AppState, _attempt: &Attempt) -> Result<(), JobError> {
        run_all(state).await.map(|_| ()).map_err(|e| {
            tracing::warn!(error = format!("{e:#}"), "a retention run failed");
            JobError::retry("retention")
        })
    }

    async fn give_up(
        &self,
        _state: &AppState,
        _attempt: &Attempt,
        why: Ended<JobError>,
    ) -> anyhow::Result<()> {
        let class = why.class();
        tracing::warn!(class, "a retention run gave up; the next one will go on");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn one_run_id_per_slot_in_time_order() {
        let at = |h, m, s| chrono::Utc.with_ymd_and_hms(2026, 11, 23, h, m, s).unwrap();
        assert_eq!(slot_id(at(5, 0, 0)), slot_id(at(5, 9, 59)));
        assert_ne!(slot_id(at(5, 9, 59)), slot_id(at(5, 10, 0)));
        assert!(slot_id(at(5, 9, 59)) < slot_id(at(5, 10, 0)));
        assert_eq!(slot_id(at(5, 0, 0)).get_version_num(), 7);
    }

    #[test]
    fn a_stored_payload_still_reads() {
        assert_eq!(Retention::KIND, "retention");
        assert_eq!(
            serde_json::from_str::<Retention>("{}").unwrap(),
            Retention {}
        );
        assert_eq!(serde_json::to_string(&Retention {}).unwrap(), "{}");
    }
}
