//! `AppState`: everything a request or a job needs, cheap to clone.

use std::{path::PathBuf, sync::Arc};

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use obscura_shared::site::SiteInfo;
use sea_orm::DatabaseConnection;

use crate::{
    accounts::{google::Google, limits::Limits, password::Passwords},
    clock::Clock,
    config::Config,
    ids::IdGenerator,
    mail::Mailer,
    secrets::MasterKey,
    storage::{Storage, signed::UrlSigner},
};

/// Shared application state.
#[derive(Clone)]
pub struct AppState {
    /// The validated configuration.
    pub config: Arc<Config>,
    /// The database pool.
    pub db: DatabaseConnection,
    /// The object store.
    pub storage: Storage,
    /// The current time (a manual clock in tests).
    pub clock: Arc<dyn Clock>,
    /// New identifiers.
    pub ids: Arc<dyn IdGenerator>,
    /// The master secret.
    pub master_key: Arc<MasterKey>,
    /// Public facts about this deployment (and the current policy version).
    pub site: Arc<SiteInfo>,
    /// Built site assets.
    pub assets: Arc<SiteAssets>,
    /// Leptos' options (site root, output name).
    pub leptos: LeptosOptions,
    /// Password hashing (bounded concurrency).
    pub passwords: Passwords,
    /// Rate limits of the account routes.
    pub limits: Limits,
    /// Outgoing mail.
    pub mailer: Mailer,
    /// Google sign-in, when configured.
    pub google: Option<Arc<Google>>,
    /// Signs and checks the URLs of stored files.
    pub signer: Arc<UrlSigner>,
    /// Wakes this process's job worker when work is enqueued.
    pub queue: crate::jobs::Waker,
    /// Share views not yet written.
    pub share_views: Arc<crate::sharing::ViewCounter>,
    /// Page views not yet written (only of visitors who allowed counting).
    pub page_views: Arc<crate::analytics::Counter>,
    /// Announced policy changes, kept briefly in memory.
    pub policy_announcements: Arc<crate::privacy::policy::Announcements>,
    /// Live shares kept briefly in memory (SQLite only).
    pub share_cache: Arc<crate::sharing::LiveCache>,
    /// The configured image providers.
    pub providers: Arc<crate::generation::providers::Providers>,
    /// Limits on anonymous writes, the cached readiness and the `denied` log.
    pub guards: Arc<crate::http::guard::Guards>,
    /// The process-wide bound on decoding, resizing and encoding images.
    pub images: crate::storage::images::ImageWork,
}

/// The built site: where it is and what its hashed files are called.
#[derive(Debug, Clone)]
pub struct SiteAssets {
    /// The directory served as the site root.
    pub root: PathBuf,
    /// The hashed stylesheet path.
    pub stylesheet: String,
    /// Base name of the `enhance` bundle (loaded by every page).
    pub enhance_name: String,
    /// Base name of the islands bundle (loaded by pages with islands).
    pub islands_name: String,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}
