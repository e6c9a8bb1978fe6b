//! Data export (P-RGT-1): one click queues a job that writes a ZIP of everything kept about the
//! person — `account.json`, `generations.json` and `generations.csv`, the credit ledger, shares,
//! sessions, security events, consents, support messages, and every image file ([`archive`]) —
//! stores it, and emails a signed link that works for 7 days. The archive is deleted after that by the retention worker. One
//! export per hour.

mod archive;

use anyhow::{Context, Result};
use chrono::{DateTime, Duration, Utc};
use object_store::{ObjectStore as _, WriteMultipart, path::Path as ObjectPath};
use obscura_shared::{
    privacy::{ExportStatus, ExportView},
    routes,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use tokio::io::AsyncReadExt as _;
use uuid::Uuid;

use crate::{
    db::entities::{data_export, user},
    jobs::{Attempt, Ended, Job, JobError, Schedule},
    mail::templates::Kind,
    state::AppState,
};

/// How long the download link works and the archive is kept.
pub const LINK_DAYS: i64 = 7;
/// At most one export per this long.
pub const MIN_INTERVAL: Duration = Duration::hours(1);

/// Why an export was not queued.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// One was asked for less than an hour ago.
    #[error("an export was asked for recently")]
    TooSoon {
        /// When the next one may be asked for.
        next_at: DateTime<Utc>,
    },
    /// A database error.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// The job that builds one export (payload `{"export": id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildExport {
    /// The export's id.
    pub export: Uuid,
}

impl Job for BuildExport {
    const KIND: &'static str = "build-export";
    type Context = AppState;
    type Error = JobError;

    #[tracing::instrument(name = "export", skip_all, fields(export.id = %self.export))]
    async fn run(&self, state: &AppState, _attempt: &Attempt) -> Result<(), JobError> {
        build(state, self.export).await.map_err(|e| {
            tracing::warn!(error = format!("{e:#}"), "an export could not be built");
            JobError::retry("export")
        })
    }

    async fn give_up(
        &self,
        state: &AppState,
        _attempt: &Attempt,
        _why: Ended<JobError>,
    ) -> anyhow::Result<()> {
        if let Some(row) = data_export::Entity::find_by_id(self.export)
            .one(&state.db)
            .await?
            && row.status == ExportStatus::Queued.code()
        {
            let mut active = row.into_active_model();
            active.status = Set(ExportStatus::Failed.code().to_owned());
            active.update(&state.db).await?;
        }
        Ok(())
    }
}

/// When the person may ask for another export (None: now).
///
/// # Errors
/// Database errors.
pub async fn next_allowed(state: &AppState, user: Uuid) -> Result<Option<DateTime<Utc>>> {
    let last = data_export::Entity::find()
        .filter(data_export::Column::UserId.eq(user))
        .filter(data_export::Column::Status.ne(ExportStatus::Failed.code()))
        .order_by_desc(data_export::Column::RequestedAt)
        .one(&state.db)
        .await?;
    let now = state.clock.now();
    Ok(last
        .map(|l| l.requested_at + MIN_INTERVAL)
        .filter(|next| *next > now))
}

/// Queues an export: the row and its job in one transaction.
///
/// # Errors
/// [`ExportError::TooSoon`] within an hour of the last one.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn request(state: &AppState, user: Uuid) -> Result<Uuid, ExportError> {
    if let Some(next_at) = next_allowed(state, user).await? {
        return Err(ExportError::TooSoon { next_at });
    }
    let now = state.clock.now();
    let id = state.ids.new_id();
    let txn = state.db.begin().await.context("starting a transaction")?;
    data_export::ActiveModel {
        id: Set(id),
        user_id: Set(user),
        status: Set(ExportStatus::Queued.code().to_owned()),
        requested_at: Set(now),
        ready_at: Set(None),
        expires_at: Set(None),
        object_key: Set(None),
        size_bytes: Set(None),
    }
    .insert(&txn)
    .await
    .context("recording an export")?;
    BuildExport { export: id }
        .enqueue(&txn, Schedule::new(state.ids.new_id(), now).for_user(user))
        .await
        .context("queueing an export")?;
    txn.commit().await.context("committing an export")?;
    state.queue.notify();
    Ok(id)
}

/// The download path of an export.
#[must_use]
pub fn download_path(id: Uuid) -> String {
    format!("{}/{id}", routes::EXPORTS)
}

/// A signed download URL (path and query) that works until the archive is deleted.
#[must_use]
pub fn signed_url(state: &AppState, row: &data_export::Model) -> Option<String> {
    let expires = row.expires_at?;
    let now = state.clock.now();
    let path = download_path(row.id);
    let sig = state
        .signer
        .sign("GET", &path, &row.user_id.to_string(), now, expires - now);
    Some(format!("{path}?{}", sig.to_query()))
}

/// The person's recent exports, newest first.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn list(state: &AppState, user: Uuid) -> Result<Vec<ExportView>> {
    let rows = data_export::Entity::find()
        .filter(data_export::Column::UserId.eq(user))
        .order_by_desc(data_export::Column::RequestedAt)
        .limit(10)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let status = ExportStatus::from_code(&r.status).unwrap_or(ExportStatus::Failed);
            ExportView {
                id: r.id.to_string(),
                status,
                requested_at: r.requested_at.to_rfc3339(),
                expires_at: r.expires_at.map(|e| e.to_rfc3339()),
                download_url: (status == ExportStatus::Ready)
                    .then(|| signed_url(state, &r))
                    .flatten(),
                size_bytes: r.size_bytes,
            }
        })
        .collect())
}

/// Builds export `id` if it is still queued: archive, upload, row, email. Idempotent: a second
/// run of a finished export does nothing, and a run cut short starts again from the beginning.
///
/// # Errors
/// Database, storage or file errors.
#[tracing::instrument(skip_all)]
pub async fn build(state: &AppState, id: Uuid) -> Result<()> {
    let Some(row) = data_export::Entity::find_by_id(id).one(&state.db).await? else {
        return Ok(());
    };
    if row.status != ExportStatus::Queued.code() {
        return Ok(());
    }
    let file = archive::write_archive(state, row.user_id).await?;
    let size = file.metadata()?.len();
    let key = ObjectPath::from(format!("exports/{}/{id}.zip", row.user_id));
    let upload = state.storage.store.put_multipart(&key).await?;
    let mut upload = WriteMultipart::new(upload);
    let mut file = tokio::fs::File::from_std(file);
    tokio::io::AsyncSeekExt::rewind(&mut file).await?;
    let mut buf = vec![0; 1 << 20];
    loop {
        let n = file.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        upload.write(&buf[..n]);
    }
    upload.finish().await?;

    let now = state.clock.now();
    let mut active = row.clone().into_active_model();
    active.status = Set(ExportStatus::Ready.code().to_owned());
    active.ready_at = Set(Some(now));
    active.expires_at = Set(Some(now + Duration::days(LINK_DAYS)));
    active.object_key = Set(Some(key.to_string()));
    active.size_bytes = Set(Some(i64::try_from(size).unwrap_or(i64::MAX)));
    let ready = active.update(&state.db).await?;
    if let (Some(person), Some(url)) = (
        user::Entity::find_by_id(row.user_id).one(&state.db).await?,
        signed_url(state, &ready),
    ) {
        let link = crate::accounts::absolute(state, &url);
        let to = person.email.clone();
        crate::accounts::send_in_background(state, Kind::ExportReady, &person, &to, link);
    }
    Ok(())
}

/// Deletes archives past their 7 days; returns how many.
///
/// # Errors
/// Database or storage errors (the rest is found again by the next run).
pub async fn purge_expired(state: &AppState) -> Result<u64> {
    let now = state.clock.now();
    let expired = data_export::Entity::find()
        .filter(data_export::Column::Status.eq(ExportStatus::Ready.code()))
        .filter(data_export::Column::ExpiresAt.lte(now))
        .all(&state.db)
        .await?;
    let mut n = 0;
    for row in expired {
        if let Some(key) = &row.object_key {
            state.storage.delete_if_present(key).await?;
        }
        let mut active = row.into_active_model();
        active.status = Set(ExportStatus::Expired.code().to_owned());
        active.object_key = Set(None);
        active.update(&state.db).await?;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_payload_still_reads() {
        let stored = r#"{"export":"0193a0f4-6c1e-7b3a-9d2f-3c4b5a697887"}"#;
        let job: BuildExport = serde_json::from_str(stored).unwrap();
        assert_eq!(serde_json::to_string(&job).unwrap(), stored);
        assert_eq!(BuildExport::KIND, "build-export");
    }
}
