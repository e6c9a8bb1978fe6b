//! Share views, counted in memory per share and day and added to `share_views` in batches, so
//! that a busy share page costs no database write per view. A crash loses at most the views of
//! the last few seconds.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, Utc};
use sea_orm::{
    ConnectionTrait, EntityTrait, Set,
    sea_query::{Expr, ExprTrait as _, OnConflict},
};

use crate::db::entities::share_view;

/// Views not yet written, by (share id, day).
#[derive(Debug, Default)]
pub struct ViewCounter {
    pending: Mutex<HashMap<(String, String), i64>>,
}

impl ViewCounter {
    /// Counts one view of `share` at `now`.
    pub fn count(&self, share: &str, now: DateTime<Utc>) {
        let day = now.format("%Y-%m-%d").to_string();
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        *pending.entry((share.to_owned(), day)).or_default() += 1;
    }

    /// Adds the pending counts to the table. A share deleted meanwhile loses its counts (the
    /// foreign key refuses them); other failures put the counts back for the next flush.
    pub async fn flush(&self, db: &impl ConnectionTrait) {
        let batch: Vec<_> = {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            pending.drain().collect()
        };
        for ((share, day), views) in batch {
            let row = share_view::ActiveModel {
                share_id: Set(share.clone()),
                day: Set(day.clone()),
                views: Set(views),
            };
            let result = share_view::Entity::insert(row)
                .on_conflict(
                    OnConflict::columns([share_view::Column::ShareId, share_view::Column::Day])
                        .value(
                            share_view::Column::Views,
                            Expr::col((share_view::Entity, share_view::Column::Views)).add(views),
                        )
                        .to_owned(),
                )
                .exec_without_returning(db)
                .await;
            if let Err(e) = result {
                let gone = share_exists(db, &share).await == Some(false);
                if !gone {
                    tracing::warn!(error = %e, "could not record share views");
                    let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
                    *pending.entry((share, day)).or_default() += views;
                }
            }
        }
    }
}

async fn share_exists(db: &impl ConnectionTrait, id: &str) -> Option<bool> {
    crate::db::entities::share::Entity::find_by_id(id)
        .one(db)
        .await
        .ok()
        .map(|row| row.is_some())
}
