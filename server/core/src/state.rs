//! `AppState`: everything a service or a job needs, cheap to clone. What only the web layer
//! needs (rendering options, built assets, request guards) is in the server crate's `WebState`,
//! which wraps this.

use std::sync::Arc;

use anyhow::{Context, Result};

use obscura_shared::site::SiteInfo;
use sea_orm::DatabaseConnection;

use crate::{
    accounts::{google::Google, limits::Limits, password::Passwords},
    clock::{Clock, SystemClock},
    config::Config,
    ids::{IdGenerator, UuidV7},
    mail::Mailer,
    secrets::MasterKey,
    storage::{Storage, signed::UrlSigner},
};

/// Shared application state: one pointer to the [`Services`], so that the router's middleware
/// and handlers, which each take a copy per request, copy one `Arc` rather than some thirty.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

/// Everything the services use, shared by every copy of an [`AppState`].
pub struct Services {
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
    /// API usage rows not written yet (those that spent nothing; written in batches).
    pub api_usage: Arc<crate::api::usage::UsageBuffer>,
    /// API keys checked in the last second.
    pub api_keys: Arc<crate::api::keys::KeyCache>,
    /// Pages of `GET /api/v1/generations` answered in the last second.
    pub api_pages: Arc<crate::api::generations::PageCache>,
    /// Announced policy changes, kept briefly in memory.
    pub policy_announcements: Arc<crate::privacy::policy::Announcements>,
    /// Live shares kept briefly in memory (with PostgreSQL, only while hearing changes).
    pub share_cache: Arc<crate::sharing::LiveCache>,
    /// The configured image providers.
    pub providers: Arc<crate::generation::providers::Providers>,
    /// The last readiness check, shared by `/readyz` and the status island.
    pub readiness: Arc<crate::health::ReadinessCache>,
    /// The process-wide bound on decoding, resizing and encoding images.
    pub images: crate::storage::images::ImageWork,
    /// Stripe's client and the prices read from it.
    pub billing: Arc<crate::billing::Service>,
    /// The trial's bot check.
    pub trial: Arc<crate::trial::Service>,
    /// The social platforms' HTTP client.
    pub social: Arc<crate::social::Service>,
    /// The public API's request rates.
    pub api_limits: crate::api::limits::ApiLimits,
    /// The live settings in effect (blocklist, models), read by every use.
    pub settings: Arc<crate::settings::Settings>,
    /// The generations running in this process, for their cancellation.
    pub running: Arc<crate::generation::running::Running>,
}

/// Overrides for tests: a manual clock, predictable ids.
#[derive(Default)]
pub struct Overrides {
    /// Replaces the system clock.
    pub clock: Option<Arc<dyn Clock>>,
    /// Replaces the UUIDv7 generator.
    pub ids: Option<Arc<dyn IdGenerator>>,
}

impl AppState {
    /// Opens everything the services need: the data directory, the database (migrated), the
    /// object store, the secrets, mail, Google and the image providers. A `serving` process
    /// also makes its configuration's privacy policy the one in effect.
    ///
    /// # Errors
    /// If any of these cannot be opened or the configuration cannot be used.
    pub async fn open(config: Config, overrides: Overrides, serving: bool) -> Result<Self> {
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!("creating the data directory {}", config.data_dir.display())
        })?;
        let master_key = crate::secrets::load_or_generate(&config)?;
        let db = crate::db::connect(&config).await?;
        crate::db::migrate(&db).await?;
        let storage = Storage::open(&config)?;
        let clock = overrides.clock.unwrap_or_else(|| Arc::new(SystemClock));
        let ids = overrides.ids.unwrap_or_else(|| Arc::new(UuidV7));
        // Only a serving process seeds the live settings from its configuration (a command-line
        // task may run with another one); every process reads them.
        if serving && let Some(engine) = &config.generation.local_engine {
            crate::generation::providers::candle::check_memory(engine)
                .map_err(|e| anyhow::anyhow!("OBSCURA_LOCAL_MODEL_DIR: {e}"))?;
        }
        if serving {
            crate::settings::seed::seed(&db, &config.generation, clock.now())
                .await
                .context("seeding the live settings")?;
        }
        let settings = crate::settings::load(&db, &config.generation).await?;
        let facts = crate::privacy::facts(&config, &storage.location);
        // Only a serving process makes its configuration's policy the one in effect; a command-line
        // task (possibly run with the next configuration, to announce it) only describes it.
        let site = if serving {
            crate::privacy::publish_current(&db, clock.as_ref(), facts).await?
        } else {
            crate::privacy::describe(facts)?
        };
        let mailer = crate::mail::Mailer::from_config(&config)?;
        let google = config
            .google
            .clone()
            .map(crate::accounts::google::Google::new)
            .transpose()?
            .map(Arc::new);
        let auth_rate = config.auth_rate_per_minute;
        let rate_store = crate::ratelimit::Store::for_database(
            &db,
            secrecy::ExposeSecret::expose_secret(&master_key),
        );
        let providers = crate::generation::providers::Providers::from_config(
            &config.generation,
            &config.public_url,
        )
        .context("building the image providers' HTTP clients")?;
        let previous_key = crate::secrets::load_previous(&config)?;
        let signer = crate::storage::signed::UrlSigner::from_master(
            secrecy::ExposeSecret::expose_secret(&master_key),
            previous_key
                .as_ref()
                .map(|k| secrecy::ExposeSecret::expose_secret(k).as_slice()),
        )
        .map_err(|e| anyhow::anyhow!("file URL signer: {e}"))?;
        let billing = crate::billing::Service::from_config(&config.billing)
            .context("building the Stripe HTTP client")?;
        let trial =
            crate::trial::Service::from_config(&config).context("building the Turnstile client")?;
        Ok(AppState(Arc::new(Services {
            billing: Arc::new(billing),
            trial: Arc::new(trial),
            social: Arc::new(
                crate::social::Service::new().context("building the social platforms' client")?,
            ),
            api_limits: crate::api::limits::ApiLimits::new(
                config.api_rate_per_minute,
                config.api_account_rate_per_minute,
                rate_store.clone(),
            ),
            signer: Arc::new(signer),
            settings: Arc::new(crate::settings::Settings::new(settings)),
            running: Arc::default(),
            queue: crate::jobs::Waker::default(),
            providers: Arc::new(providers),
            images: crate::storage::images::ImageWork::for_this_machine(),
            share_views: Arc::default(),
            page_views: Arc::default(),
            api_usage: Arc::default(),
            api_keys: Arc::default(),
            api_pages: Arc::default(),
            policy_announcements: Arc::default(),
            readiness: Arc::default(),
            // With PostgreSQL the cache stays off until this process listens for changes.
            share_cache: Arc::new(match config.database {
                crate::config::Database::Sqlite(_) => crate::sharing::LiveCache::enabled(),
                crate::config::Database::Postgres(_) => crate::sharing::LiveCache::default(),
            }),
            config: Arc::new(config),
            db,
            storage,
            clock,
            ids,
            master_key: Arc::new(master_key),
            site: Arc::new(site),
            passwords: crate::accounts::password::Passwords::for_this_machine()?,
            limits: crate::accounts::limits::Limits::new(auth_rate, rate_store),
            mailer,
            google,
        })))
    }
}
