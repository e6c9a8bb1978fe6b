//! Live settings: the moderation blocklist and the models' editable settings (offered or not,
//! name, cost per image, most images per request), stored in the database, seeded from the
//! configuration at start-up ([`seed`]), edited by admins at `/admin/settings` ([`edit`]), and
//! read by every use through one in-memory snapshot ([`Live`], `state.settings.current()`).
//!
//! A model's provider, its name at the provider and the provider's connection stay in the
//! configuration: they carry secrets and need a restart. A model removed from the configuration
//! disappears from the console and from every list (its row stays, unused).
//!
//! Every change bumps a revision. The process that made it reloads at once and announces
//! [`crate::changes::Change::Settings`] (with PostgreSQL the other processes reload as soon as
//! they hear it); every serving process also compares the stored revision with its own every
//! [`CHECK_EVERY`] ([`watch_forever`]), so a lost notification, or SQLite, costs at most that.

pub mod edit;
pub mod seed;

use std::{
    sync::{Arc, RwLock},
    time::Duration,
};

use anyhow::Context as _;
use obscura_shared::generation::MAX_COUNT;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use crate::{
    config::generation::{Generation, Model},
    db::entities::{blocklist_term, live_setting, model_setting},
    generation::moderation,
    state::AppState,
};

pub use edit::{BlocklistSaved, ModelInput, SettingsError, set_blocklist, set_model};

/// How often every serving process compares the stored revision with its own.
pub const CHECK_EVERY: Duration = Duration::from_secs(5);

/// The id of the one bookkeeping row.
pub(crate) const ROW: i32 = 1;

/// The settings in effect: one immutable snapshot, replaced whole on every change.
#[derive(Debug, Clone)]
pub struct Live {
    /// The revision it was read at (−1: the configuration's, never stored).
    pub revision: i64,
    /// Lower-cased terms refused before a prompt goes anywhere.
    pub blocklist: Vec<String>,
    /// Every configured model, in the configuration's order, with its console settings applied,
    /// and whether it is offered.
    models: Vec<(Model, bool)>,
}

impl Live {
    /// The configuration's settings as they are (every model offered).
    #[must_use]
    pub fn from_config(config: &Generation) -> Self {
        Self {
            revision: -1,
            blocklist: config.blocklist.clone(),
            models: config.models.iter().map(|m| (m.clone(), true)).collect(),
        }
    }

    /// Whether `text` contains a blocklisted term (whole words, see [`moderation`]).
    #[must_use]
    pub fn blocked(&self, text: &str) -> bool {
        moderation::blocked(&self.blocklist, text)
    }

    /// The offered model with this id.
    #[must_use]
    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models
            .iter()
            .find(|(m, on)| *on && m.id == id)
            .map(|(m, _)| m)
    }

    /// The configured model with this id, offered or not (jobs already queued for a model no
    /// longer offered still run; past generations are still listed by it).
    #[must_use]
    pub fn configured(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|(m, _)| m.id == id).map(|(m, _)| m)
    }

    /// The models offered, in order.
    pub fn offered(&self) -> impl Iterator<Item = &Model> {
        self.models.iter().filter(|(_, on)| *on).map(|(m, _)| m)
    }

    /// Every configured model with whether it is offered.
    pub fn all(&self) -> impl Iterator<Item = (&Model, bool)> {
        self.models.iter().map(|(m, on)| (m, *on))
    }

    /// The first model offered: the default (there is always one when the configuration has
    /// a model, which it must: see [`Self::assemble`]).
    #[must_use]
    pub fn default_model(&self) -> Option<&Model> {
        self.offered().next()
    }

    /// The snapshot made of the configuration and the stored rows.
    fn assemble(
        config: &Generation,
        revision: i64,
        blocklist: Vec<String>,
        rows: &[model_setting::Model],
    ) -> Self {
        let mut models: Vec<(Model, bool)> = config
            .models
            .iter()
            .map(|m| {
                let mut model = m.clone();
                let Some(row) = rows.iter().find(|r| r.model_id == m.id) else {
                    return (model, true);
                };
                model.label.clone_from(&row.label);
                model.cost = u32::try_from(row.cost).unwrap_or(model.cost).max(1);
                model.max_count = u8::try_from(row.max_count)
                    .unwrap_or(model.max_count)
                    .clamp(1, MAX_COUNT);
                (model, row.enabled)
            })
            .collect();
        // The console never disables the last model offered; should the configuration have
        // removed every model that was still offered, the first one is offered rather than none.
        if !models.iter().any(|(_, on)| *on)
            && let Some((m, on)) = models.first_mut()
        {
            tracing::warn!(model = %m.id, "no configured model is offered: offering the first");
            *on = true;
        }
        Self {
            revision,
            blocklist,
            models,
        }
    }
}

/// The snapshot every use reads, replaced whole on every change.
#[derive(Debug)]
pub struct Settings {
    current: RwLock<Arc<Live>>,
}

impl Settings {
    /// Starts with `live`.
    #[must_use]
    pub fn new(live: Live) -> Self {
        Self {
            current: RwLock::new(Arc::new(live)),
        }
    }

    /// The settings in effect now (hold the `Arc` for the length of one request).
    #[must_use]
    pub fn current(&self) -> Arc<Live> {
        match self.current.read() {
            Ok(g) => Arc::clone(&g),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Puts `live` in effect unless a newer revision already is.
    fn replace(&self, live: Live) {
        let mut guard = match self.current.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if live.revision >= guard.revision {
            *guard = Arc::new(live);
        }
    }
}

/// The stored revision (0 before the first seed).
async fn stored_revision<C: ConnectionTrait>(db: &C) -> Result<i64, sea_orm::DbErr> {
    Ok(live_setting::Entity::find_by_id(ROW)
        .one(db)
        .await?
        .map_or(0, |r| r.revision))
}

/// Reads the settings in effect: the configured models with their stored settings and the
/// stored blocklist (the configuration's while nothing was ever seeded).
///
/// # Errors
/// Database errors.
pub async fn load<C: ConnectionTrait>(db: &C, config: &Generation) -> anyhow::Result<Live> {
    let row = live_setting::Entity::find_by_id(ROW)
        .one(db)
        .await
        .context("reading the live settings")?;
    let (revision, seeded) = row
        .as_ref()
        .map_or((0, false), |r| (r.revision, r.seeded_blocklist.is_some()));
    let blocklist = if seeded {
        blocklist_term::Entity::find()
            .order_by_asc(blocklist_term::Column::Term)
            .all(db)
            .await
            .context("reading the blocklist")?
            .into_iter()
            .map(|t| t.term)
            .collect()
    } else {
        config.blocklist.clone()
    };
    let rows = model_setting::Entity::find()
        .all(db)
        .await
        .context("reading the models' settings")?;
    Ok(Live::assemble(config, revision, blocklist, &rows))
}

/// Reads the stored settings and puts them in effect in this process.
///
/// # Errors
/// Database errors (the settings in effect stay).
pub async fn reload(state: &AppState) -> anyhow::Result<()> {
    let live = load(&state.db, &state.config.generation).await?;
    state.settings.replace(live);
    Ok(())
}

/// Reloads when the stored revision is not this process's.
///
/// # Errors
/// Database errors.
pub async fn refresh(state: &AppState) -> anyhow::Result<bool> {
    let stored = stored_revision(&state.db)
        .await
        .context("reading the settings' revision")?;
    if stored == state.settings.current().revision {
        return Ok(false);
    }
    reload(state).await?;
    Ok(true)
}

/// Compares the stored revision with this process's every [`CHECK_EVERY`], for as long as the
/// process serves.
pub async fn watch_forever(state: AppState) {
    let mut tick = tokio::time::interval(CHECK_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = refresh(&state).await {
            tracing::warn!(
                error = format!("{e:#}"),
                "could not check the live settings"
            );
        }
    }
}
