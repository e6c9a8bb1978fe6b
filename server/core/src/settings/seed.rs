//! Seeding the live settings from the configuration at start-up, so that the console's changes
//! survive restarts and the configuration's changes still take effect:
//!
//! - **Blocklist**: the configuration's terms at the last seed are remembered. A term the
//!   configuration lists now but did not then is added; a term it listed then but no longer does
//!   is removed. A term the configuration kept listing is left as the console made it: removed
//!   in the console, it stays removed; added in the console, it stays. The first seed adds every
//!   configured term.
//! - **Models**: each field the console edits (name, cost, most images) remembers the
//!   configuration's value at the last seed. Where the configuration's value changed since, the
//!   configuration's new value wins; otherwise the console's stands. Whether a model is offered
//!   is the console's alone. A configured model without a row gets one with the configuration's
//!   values, offered; a model removed from the configuration keeps its row, unused, and is seeded
//!   like any other if it comes back.
//!
//! Seeding runs in one transaction that starts by writing the bookkeeping row, so that processes
//! starting together on one database seed one after the other; it bumps the revision only when
//! something changed.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionSession,
    TransactionTrait,
    sea_query::{Expr, ExprTrait},
};

use super::ROW;
use crate::{
    config::generation::{Generation, Model},
    db::entities::{blocklist_term, live_setting, model_setting},
};

/// Rows per insert statement.
const CHUNK: usize = 500;

/// Makes sure the bookkeeping row exists, then takes the settings' write lock for `txn` by
/// writing it (every change starts here: PostgreSQL locks the row, SQLite the database).
pub(super) async fn lock<C: ConnectionTrait>(
    txn: &C,
) -> Result<live_setting::Model, sea_orm::DbErr> {
    live_setting::Entity::insert(live_setting::ActiveModel {
        id: Set(ROW),
        revision: Set(0),
        seeded_blocklist: Set(None),
        blocklist_changed_at: Set(None),
        blocklist_changed_by: Set(None),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(txn)
    .await?;
    live_setting::Entity::update_many()
        .col_expr(
            live_setting::Column::Revision,
            Expr::col(live_setting::Column::Revision).add(0),
        )
        .filter(live_setting::Column::Id.eq(ROW))
        .exec(txn)
        .await?;
    live_setting::Entity::find_by_id(ROW)
        .one(txn)
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("live_settings".into()))
}

/// Bumps the revision (inside the transaction that changed something).
pub(super) async fn bump<C: ConnectionTrait>(txn: &C) -> Result<(), sea_orm::DbErr> {
    live_setting::Entity::update_many()
        .col_expr(
            live_setting::Column::Revision,
            Expr::col(live_setting::Column::Revision).add(1),
        )
        .filter(live_setting::Column::Id.eq(ROW))
        .exec(txn)
        .await?;
    Ok(())
}

/// Adds `terms` to the blocklist (those already there are left alone).
pub(super) async fn insert_terms<C: ConnectionTrait>(
    txn: &C,
    terms: &[String],
    now: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    for chunk in terms.chunks(CHUNK) {
        blocklist_term::Entity::insert_many(chunk.iter().map(|t| blocklist_term::ActiveModel {
            term: Set(t.clone()),
            added_at: Set(now),
        }))
        .on_conflict_do_nothing()
        .exec_without_returning(txn)
        .await?;
    }
    Ok(())
}

/// Removes `terms` from the blocklist.
pub(super) async fn delete_terms<C: ConnectionTrait>(
    txn: &C,
    terms: &[String],
) -> Result<(), sea_orm::DbErr> {
    for chunk in terms.chunks(CHUNK) {
        blocklist_term::Entity::delete_many()
            .filter(blocklist_term::Column::Term.is_in(chunk.iter().cloned()))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// What the configuration's blocklist changed since the last seed: (added, removed).
#[must_use]
pub fn blocklist_delta(last: &[String], config: &[String]) -> (Vec<String>, Vec<String>) {
    let last: BTreeSet<&String> = last.iter().collect();
    let now: BTreeSet<&String> = config.iter().collect();
    (
        now.difference(&last).map(|t| (*t).clone()).collect(),
        last.difference(&now).map(|t| (*t).clone()).collect(),
    )
}

/// The configuration's value of each edited field, as stored.
fn configured(m: &Model) -> (String, i32, i32) {
    (
        m.label.clone(),
        i32::try_from(m.cost).unwrap_or(i32::MAX),
        i32::from(m.max_count),
    )
}

/// A model's row after a seed with the configuration `m`, or None when nothing changes.
#[must_use]
pub fn seeded_row(row: &model_setting::Model, m: &Model) -> Option<model_setting::Model> {
    let (label, cost, max_count) = configured(m);
    let mut next = row.clone();
    if row.seeded_label != label {
        next.label.clone_from(&label);
        next.seeded_label = label;
    }
    if row.seeded_cost != cost {
        next.cost = cost;
        next.seeded_cost = cost;
    }
    if row.seeded_max_count != max_count {
        next.max_count = max_count;
        next.seeded_max_count = max_count;
    }
    (next != *row).then_some(next)
}

/// The configuration's terms, as the blocklist keeps them (trimmed, lower case, each once).
fn config_terms(config: &Generation) -> Vec<String> {
    let set: BTreeSet<String> = config
        .blocklist
        .iter()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    set.into_iter().collect()
}

/// Seeds the stored settings from the configuration (see the module's documentation).
///
/// # Errors
/// Database errors.
pub async fn seed<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    config: &Generation,
    now: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    let txn = db.begin().await?;
    let state = lock(&txn).await?;
    let mut changed = false;

    let last: Vec<String> = state
        .seeded_blocklist
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    let terms = config_terms(config);
    let (added, removed) = blocklist_delta(&last, &terms);
    if !added.is_empty() || !removed.is_empty() || state.seeded_blocklist.is_none() {
        insert_terms(&txn, &added, now).await?;
        delete_terms(&txn, &removed).await?;
        live_setting::Entity::update_many()
            .col_expr(
                live_setting::Column::SeededBlocklist,
                Expr::value(serde_json::to_string(&terms).unwrap_or_else(|_| "[]".into())),
            )
            .filter(live_setting::Column::Id.eq(ROW))
            .exec(&txn)
            .await?;
        changed = true;
    }

    let rows = model_setting::Entity::find().all(&txn).await?;
    for m in &config.models {
        match rows.iter().find(|r| r.model_id == m.id) {
            None => {
                let (label, cost, max_count) = configured(m);
                model_setting::Entity::insert(model_setting::ActiveModel {
                    model_id: Set(m.id.clone()),
                    enabled: Set(true),
                    label: Set(label.clone()),
                    cost: Set(cost),
                    max_count: Set(max_count),
                    seeded_label: Set(label),
                    seeded_cost: Set(cost),
                    seeded_max_count: Set(max_count),
                    changed_at: Set(None),
                    changed_by: Set(None),
                })
                .exec_without_returning(&txn)
                .await?;
                changed = true;
            }
            Some(row) => {
                if let Some(next) = seeded_row(row, m) {
                    model_setting::Entity::update(model_setting::ActiveModel {
                        model_id: Set(next.model_id),
                        label: Set(next.label),
                        cost: Set(next.cost),
                        max_count: Set(next.max_count),
                        seeded_label: Set(next.seeded_label),
                        seeded_cost: Set(next.seeded_cost),
                        seeded_max_count: Set(next.seeded_max_count),
                        ..Default::default()
                    })
                    .exec(&txn)
                    .await?;
                    changed = true;
                }
            }
        }
    }
    if changed {
        bump(&txn).await?;
    }
    txn.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(terms: &[&str]) -> Vec<String> {
        terms.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn only_what_the_configuration_changed_is_applied_to_the_blocklist() {
        let (added, removed) = blocklist_delta(&list(&["a", "b"]), &list(&["b", "c"]));
        assert_eq!(added, ["c"]);
        assert_eq!(removed, ["a"]);
        let (added, removed) = blocklist_delta(&list(&["a"]), &list(&["a"]));
        assert!(added.is_empty() && removed.is_empty());
    }
}
