//! The console's changes to the live settings and the page that shows them. Each change runs in
//! one transaction that takes the settings' write lock first (see [`super::seed::lock`]), bumps
//! the revision, then puts the new settings in effect in this process and announces them to
//! the others. The web layer writes the audit entry with the admin's reason; neither the terms
//! nor the prompts tested are ever logged.

use std::collections::{BTreeSet, HashSet};

use obscura_shared::{
    Failure,
    admin_settings::{
        AdminSettings, Changed, MAX_COST, MAX_LABEL_CHARS, MAX_TERM_CHARS, MAX_TERMS,
        MAX_TEST_CHARS, ModelSettingsView, PromptTest, fields,
    },
    generation::MAX_COUNT,
    i18n::Message,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait, sea_query::Expr};
use uuid::Uuid;

use super::{
    ROW,
    seed::{bump, delete_terms, insert_terms, lock},
};
use crate::{
    changes::{self, Change},
    db::entities::{blocklist_term, live_setting, model_setting, user},
    generation::request::FieldErrors,
    state::AppState,
};

/// Why a change was refused (nothing changed).
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// Fields to correct.
    #[error("invalid settings")]
    Invalid(FieldErrors),
    /// Disabling the last model offered.
    #[error("the last model offered")]
    LastModel,
    /// No configured model has this id.
    #[error("unknown model")]
    UnknownModel,
    /// Anything else (logged; people see a generic message).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for SettingsError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

impl From<SettingsError> for Failure {
    fn from(e: SettingsError) -> Self {
        match e {
            SettingsError::Invalid(errors) => Self::invalid(errors),
            SettingsError::LastModel => Self::invalid([(
                fields::ENABLED,
                Message::new("admin-settings-error-last-model"),
            )]),
            SettingsError::UnknownModel => Self::new(obscura_shared::ErrorCode::NotFound),
            SettingsError::Internal(e) => {
                tracing::error!(error = format!("{e:#}"), "a settings change failed");
                Self::internal()
            }
        }
    }
}

/// The admin's reason (see [`crate::audit::clean_reason`]).
fn reason_of(reason: &str, errors: &mut FieldErrors) {
    if let Err(m) = crate::audit::clean_reason(reason) {
        errors.push((fields::REASON, m));
    }
}

/// A blocklist as typed: its terms (trimmed, lower case, each once, in the order typed) and how
/// many lines were dropped (blank, repeated, or without a letter or digit to match).
///
/// # Errors
/// A term longer than [`MAX_TERM_CHARS`] (the first one's line is named), or more than
/// [`MAX_TERMS`] terms.
pub fn parse_terms(text: &str) -> Result<(Vec<String>, usize), Message> {
    let mut seen = HashSet::new();
    let mut terms = Vec::new();
    let mut dropped = 0;
    for (i, line) in text.lines().enumerate() {
        let term = line.trim().to_lowercase();
        if term.chars().count() > MAX_TERM_CHARS {
            return Err(Message::new("admin-settings-error-term-long")
                .arg("line", i + 1)
                .arg("max", MAX_TERM_CHARS));
        }
        if !term.chars().any(char::is_alphanumeric) || !seen.insert(term.clone()) {
            dropped += 1;
            continue;
        }
        terms.push(term);
    }
    if terms.len() > MAX_TERMS {
        return Err(Message::new("admin-settings-error-too-many")
            .arg("count", terms.len())
            .arg("max", MAX_TERMS));
    }
    Ok((terms, dropped))
}

/// What a blocklist change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlocklistSaved {
    /// Terms added.
    pub added: usize,
    /// Terms removed.
    pub removed: usize,
    /// Lines dropped (blank, repeated, nothing to match).
    pub dropped: usize,
}

/// Replaces the blocklist with `text` (one term per line), for the admin `admin`.
///
/// # Errors
/// See [`SettingsError`].
pub async fn set_blocklist(
    state: &AppState,
    admin: Uuid,
    text: &str,
    reason: &str,
) -> Result<BlocklistSaved, SettingsError> {
    let mut errors = FieldErrors::new();
    let parsed = parse_terms(text)
        .map_err(|m| errors.push((fields::TERMS, m)))
        .ok();
    reason_of(reason, &mut errors);
    let Some((terms, dropped)) = parsed.filter(|_| errors.is_empty()) else {
        return Err(SettingsError::Invalid(errors));
    };
    let now = state.clock.now();
    let txn = state.db.begin().await?;
    lock(&txn).await?;
    let stored: BTreeSet<String> = blocklist_term::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|t| t.term)
        .collect();
    let wanted: BTreeSet<String> = terms.into_iter().collect();
    let added: Vec<String> = wanted.difference(&stored).cloned().collect();
    let removed: Vec<String> = stored.difference(&wanted).cloned().collect();
    insert_terms(&txn, &added, now).await?;
    delete_terms(&txn, &removed).await?;
    live_setting::Entity::update_many()
        .col_expr(live_setting::Column::BlocklistChangedAt, Expr::value(now))
        .col_expr(live_setting::Column::BlocklistChangedBy, Expr::value(admin))
        .filter(live_setting::Column::Id.eq(ROW))
        .exec(&txn)
        .await?;
    bump(&txn).await?;
    txn.commit().await?;
    settled(state).await;
    Ok(BlocklistSaved {
        added: added.len(),
        removed: removed.len(),
        dropped,
    })
}

/// A model's settings as submitted.
#[derive(Debug, Clone, Default)]
pub struct ModelInput {
    /// The model's id.
    pub model: String,
    /// Its name.
    pub label: String,
    /// Credits per image.
    pub cost: String,
    /// Most images per request.
    pub max_count: String,
    /// Offered.
    pub enabled: bool,
    /// The admin's reason.
    pub reason: String,
}

/// Changes one configured model's settings, for the admin `admin`.
///
/// # Errors
/// See [`SettingsError`].
pub async fn set_model(
    state: &AppState,
    admin: Uuid,
    input: &ModelInput,
) -> Result<(), SettingsError> {
    let config = &state.config.generation;
    let Some(model) = config.model(input.model.trim()) else {
        return Err(SettingsError::UnknownModel);
    };
    let mut errors = FieldErrors::new();
    let label = input.label.trim();
    let chars = label.chars().count();
    if chars == 0 || chars > MAX_LABEL_CHARS || label.chars().any(char::is_control) {
        errors.push((
            fields::LABEL,
            Message::new("admin-settings-error-label").arg("max", MAX_LABEL_CHARS),
        ));
    }
    let cost = input
        .cost
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|c| (1..=MAX_COST).contains(c));
    if cost.is_none() {
        errors.push((
            fields::COST,
            Message::new("admin-settings-error-cost").arg("max", MAX_COST),
        ));
    }
    let max_count = input
        .max_count
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|c| (1..=MAX_COUNT).contains(c));
    if max_count.is_none() {
        errors.push((
            fields::MAX_COUNT,
            Message::new("admin-settings-error-max-count").arg("max", u32::from(MAX_COUNT)),
        ));
    }
    reason_of(&input.reason, &mut errors);
    let (Some(cost), Some(max_count), true) = (cost, max_count, errors.is_empty()) else {
        return Err(SettingsError::Invalid(errors));
    };
    let now = state.clock.now();
    let txn = state.db.begin().await?;
    lock(&txn).await?;
    let rows = model_setting::Entity::find().all(&txn).await?;
    if !input.enabled {
        let others_offered = config.models.iter().any(|m| {
            m.id != model.id
                && rows
                    .iter()
                    .find(|r| r.model_id == m.id)
                    .is_none_or(|r| r.enabled)
        });
        if !others_offered {
            return Err(SettingsError::LastModel);
        }
    }
    let cost = i32::try_from(cost).unwrap_or(i32::MAX);
    let max_count = i32::from(max_count);
    let row = model_setting::ActiveModel {
        model_id: Set(model.id.clone()),
        enabled: Set(input.enabled),
        label: Set(label.to_owned()),
        cost: Set(cost),
        max_count: Set(max_count),
        changed_at: Set(Some(now)),
        changed_by: Set(Some(admin)),
        ..Default::default()
    };
    if rows.iter().any(|r| r.model_id == model.id) {
        model_setting::Entity::update(row).exec(&txn).await?;
    } else {
        // Not seeded yet (a process that never served): the configuration's values are the
        // seeded ones.
        model_setting::Entity::insert(model_setting::ActiveModel {
            seeded_label: Set(model.label.clone()),
            seeded_cost: Set(i32::try_from(model.cost).unwrap_or(i32::MAX)),
            seeded_max_count: Set(i32::from(model.max_count)),
            ..row
        })
        .exec_without_returning(&txn)
        .await?;
    }
    bump(&txn).await?;
    txn.commit().await?;
    settled(state).await;
    Ok(())
}

/// After a change: in effect here at once, and announced to the other processes.
async fn settled(state: &AppState) {
    if let Err(e) = super::reload(state).await {
        tracing::warn!(
            error = format!("{e:#}"),
            "could not reload the live settings"
        );
    }
    changes::announce(state, Change::Settings).await;
}

/// Who and when, with the admin's address when the account still exists.
async fn changed(
    state: &AppState,
    at: Option<chrono::DateTime<chrono::Utc>>,
    by: Option<Uuid>,
) -> anyhow::Result<Option<Changed>> {
    let (Some(at), Some(by)) = (at, by) else {
        return Ok(None);
    };
    let email = user::Entity::find_by_id(by)
        .one(&state.db)
        .await?
        .map_or_else(|| by.to_string(), |u| u.email);
    Ok(Some(Changed {
        at: at.to_rfc3339(),
        by: email,
    }))
}

/// The settings page: the stored blocklist and models, who changed them last, and whether
/// `test` (when given) would be refused. Nothing is stored and the text is not logged.
///
/// # Errors
/// Database errors.
pub async fn page(state: &AppState, test: Option<&str>) -> anyhow::Result<AdminSettings> {
    let live = super::load(&state.db, &state.config.generation).await?;
    let row = live_setting::Entity::find_by_id(ROW).one(&state.db).await?;
    let rows = model_setting::Entity::find().all(&state.db).await?;
    let blocklist_changed = match row {
        Some(r) => changed(state, r.blocklist_changed_at, r.blocklist_changed_by).await?,
        None => None,
    };
    let mut models = Vec::new();
    for (m, enabled) in live.all() {
        let row = rows.iter().find(|r| r.model_id == m.id);
        models.push(ModelSettingsView {
            id: m.id.clone(),
            provider: m.provider.code().to_owned(),
            label: m.label.clone(),
            cost: m.cost,
            max_count: m.max_count,
            enabled,
            changed: match row {
                Some(r) => changed(state, r.changed_at, r.changed_by).await?,
                None => None,
            },
        });
    }
    let test = test
        .map(|t| t.chars().take(MAX_TEST_CHARS).collect::<String>())
        .filter(|t| !t.trim().is_empty())
        .map(|text| PromptTest {
            blocked: live.blocked(&text),
            text,
        });
    let mut terms = live.blocklist.clone();
    terms.sort();
    Ok(AdminSettings {
        terms,
        blocklist_changed,
        models,
        test,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_repeated_and_empty_lines_are_dropped() {
        let (terms, dropped) = parse_terms("Foo\n\n  foo \nbar baz\n!!!\n").unwrap();
        assert_eq!(terms, ["foo", "bar baz"]);
        assert_eq!(dropped, 3);
    }

    #[test]
    fn long_terms_and_long_lists_are_refused() {
        assert!(parse_terms(&"x".repeat(MAX_TERM_CHARS + 1)).is_err());
        assert!(parse_terms(&"x".repeat(MAX_TERM_CHARS)).is_ok());
        let many: String = (0..=MAX_TERMS).map(|i| format!("t{i}\n")).collect();
        assert!(parse_terms(&many).is_err());
    }
}
