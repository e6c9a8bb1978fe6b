//! Building and running the application: open everything, bind the listener, serve until a
//! shutdown signal, then drain.

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use anyhow::{Context, Result};
use axum::serve::ListenerExt;
use leptos::prelude::LeptosOptions;
use tokio::net::TcpListener;

use crate::{
    config::Config,
    http::{SiteAssets, WebState},
    state::AppState,
};

/// A built application with its listener bound.
pub struct Application {
    listener: TcpListener,
    /// The separate `/metrics` listener (`OBSCURA_METRICS_ADDR`), when configured.
    metrics_listener: Option<TcpListener>,
    state: WebState,
}

pub use crate::state::Overrides;

impl Application {
    /// Opens the data directory, database (migrated), object store and site assets, and binds
    /// the configured address (port 0 picks a free port).
    ///
    /// # Errors
    /// If any of these cannot be opened.
    pub async fn build(config: Config) -> Result<Self> {
        Self::build_with(config, Overrides::default()).await
    }

    /// [`Application::build`] with test overrides.
    ///
    /// # Errors
    /// As [`Application::build`].
    pub async fn build_with(config: Config, overrides: Overrides) -> Result<Self> {
        // Bound now (the address must be free, and port 0 must become a port before the public
        // URL is derived from it), listening only once the database is open and migrated: until
        // then a connection is refused, so a balancer moves on instead of waiting here.
        let socket = bind(config.addr).with_context(|| {
            format!(
                "binding {} (set OBSCURA_ADDR to use another address)",
                config.addr
            )
        })?;
        let addr = socket.local_addr()?;
        let metrics_listener = match config.metrics.addr {
            Some(metrics_addr) => {
                Some(TcpListener::bind(metrics_addr).await.with_context(|| {
                    format!(
                        "binding {metrics_addr} (set OBSCURA_METRICS_ADDR to use another address)"
                    )
                })?)
            }
            None => None,
        };
        if config.metrics.enabled() {
            crate::http::metrics::install();
        }
        // Without an explicit public URL, it follows the bound address (port 0 in tests).
        let mut config = config;
        if !config.public_url_explicit {
            config.public_url = url::Url::parse(&format!("http://{addr}"))?;
        }
        let assets = load_assets(&config)?;
        let leptos = LeptosOptions::builder()
            .output_name(assets.islands_name.clone())
            .site_root(assets.root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(addr)
            .build();
        let app = AppState::open(config, overrides, true).await?;
        let static_headers = Arc::new(crate::http::security::static_headers(&app.config));
        let guards = Arc::new(crate::http::guard::Guards::new(app.limits.store().clone()));
        let state = WebState::new(crate::http::Web {
            app,
            assets: Arc::new(assets),
            leptos,
            guards,
            static_headers,
            kept_pages: crate::http::kept_pages::KeptPages::default(),
        });
        let listener = socket
            .listen(LISTEN_BACKLOG)
            .with_context(|| format!("listening on {addr}"))?;
        Ok(Self {
            listener,
            metrics_listener,
            state,
        })
    }

    /// The bound address (the real port when 0 was asked for).
    ///
    /// # Errors
    /// If the socket has no local address.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// The bound address of the separate `/metrics` listener, when there is one.
    #[must_use]
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
    }

    /// The application state (for tests).
    #[must_use]
    pub fn state(&self) -> &WebState {
        &self.state
    }

    /// Serves until `shutdown` completes, then stops accepting, lets in-flight requests finish
    /// (up to the configured grace period) and closes the database.
    ///
    /// # Errors
    /// If serving fails.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<()> {
        let addr = self.listener.local_addr()?;
        let grace = Duration::from_secs(self.state.config.shutdown_grace_secs);
        let drain = Duration::from_secs(self.state.config.shutdown_drain_secs);
        let readiness_state = self.state.app.clone();
        let db = self.state.db.clone();
        let app = crate::http::service(self.state.clone());
        tracing::info!(%addr, "obscura is listening on http://{addr}");
        let (stopping_tx, stopping_rx) = tokio::sync::oneshot::channel::<()>();
        // Without TCP_NODELAY a body written after its headers waits for the peer's delayed ACK
        // (~40 ms per response on Linux); measured by bench/run.
        let listener = self.listener.tap_io(|tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::debug!(error = %e, "could not set TCP_NODELAY");
            }
        });
        let metrics = self.metrics_listener.map(|listener| {
            let router = crate::http::metrics::listener_router(self.state.clone());
            if let Ok(addr) = listener.local_addr() {
                tracing::info!(%addr, "metrics are served at http://{addr}/metrics");
                if !reachable_only_nearby(addr.ip()) {
                    tracing::warn!(
                        %addr,
                        "OBSCURA_METRICS_ADDR answers without a token: keep this address away from the internet (firewall), or bind it to loopback or a private network"
                    );
                }
            }
            tokio::spawn(async move { axum::serve(listener, router).await })
        });
        let sweeper = tokio::spawn(sweep_forever(self.state.clone()));
        let views = tokio::spawn(flush_views_forever(self.state.app.clone()));
        let share_changes = tokio::spawn(crate::changes::listen(self.state.app.clone()));
        let settings = tokio::spawn(crate::settings::watch_forever(self.state.app.clone()));
        let retention = tokio::spawn(crate::privacy::retention::schedule_forever(
            self.state.app.clone(),
        ));
        let (stop_jobs, jobs_stopped) = tokio::sync::oneshot::channel::<()>();
        let worker = (self.state.config.generation.workers > 0).then(|| {
            queue(&self.state).start(async move {
                let _ = jobs_stopped.await;
            })
        });
        let server = axum::serve(
            listener,
            axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<
                SocketAddr,
            >(app),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            // /readyz answers 503 from here on; during the drain time everything else is still
            // served, so that a balancer polling readiness stops sending here first.
            readiness_state.readiness.stop();
            if !drain.is_zero() {
                tracing::info!(
                    drain_secs = drain.as_secs(),
                    "shutting down: draining (readiness fails, requests are still served)"
                );
                tokio::time::sleep(drain).await;
            }
            tracing::info!("shutting down: finishing in-flight requests");
            let _ = stopping_tx.send(());
            let _ = stop_jobs.send(());
        });
        let drained = async {
            let _ = stopping_rx.await;
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            result = server => result.context("serving HTTP")?,
            () = drained => tracing::warn!(grace_secs = grace.as_secs(), "in-flight requests did not finish within the grace period"),
        }
        if let Some(metrics) = metrics {
            metrics.abort();
        }
        sweeper.abort();
        views.abort();
        share_changes.abort();
        settings.abort();
        retention.abort();
        self.state.share_views.flush(&self.state.db).await;
        self.state.page_views.flush(&self.state.db).await;
        self.state.api_usage.flush(&self.state.db).await;
        if let Some(worker) = worker {
            // The worker lets running jobs finish within its own grace period; the others go
            // back to the queue when their lease ends.
            let _ = worker.await;
        }
        let _ = db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Pending connections the kernel holds for the listener.
const LISTEN_BACKLOG: u32 = 1024;

/// A TCP socket bound to `addr` (with `SO_REUSEADDR`, as a listener binds on Unix), not yet
/// listening.
fn bind(addr: SocketAddr) -> std::io::Result<tokio::net::TcpSocket> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    Ok(socket)
}

/// This process's job queue: every job kind, registered by type, woken by the state's waker.
#[must_use]
pub fn queue(state: &AppState) -> crate::jobs::Queue {
    let g = &state.config.generation;
    let config = crate::jobs::QueueConfig {
        concurrency: g.workers.max(1),
        per_user_limit: g.jobs_per_user,
        job_timeout: g.job_timeout,
        lease: g.job_lease,
        shutdown_grace: Duration::from_secs(state.config.shutdown_grace_secs),
        ..crate::jobs::QueueConfig::default()
    };
    crate::jobs::Queue::builder(
        state.db.clone(),
        Arc::clone(&state.clock),
        config,
        state.clone(),
    )
    .waker(state.queue.clone())
    .register::<crate::generation::jobs::Generate>()
    .register::<crate::privacy::retention::Retention>()
    .register::<crate::privacy::export::BuildExport>()
    .register::<crate::privacy::policy::NotifyPolicyChange>()
    .register::<crate::billing::HandleEvent>()
    .register::<crate::trial::job::TrialGenerate>()
    .register::<crate::api::webhooks::DeliverWebhook>()
    .register::<crate::social::publish::PublishPost>()
    .register::<crate::social::RefreshConnection>()
    .build()
}

/// The state without a listener, for command-line tasks (`obscura admin …`).
///
/// # Errors
/// As [`Application::build`].
pub async fn state_for_cli(config: Config) -> Result<AppState> {
    AppState::open(config, Overrides::default(), false).await
}

/// Every few seconds: write the share views, page views and API usage rows held in memory.
async fn flush_views_forever(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        state.share_views.flush(&state.db).await;
        state.page_views.flush(&state.db).await;
        state.api_usage.flush(&state.db).await;
    }
}

/// Every few minutes: forget idle rate-limit buckets (this process's memory, and on PostgreSQL
/// the shared table's full buckets, in bounded batches; stored records are the retention
/// job's).
async fn sweep_forever(state: WebState) {
    let mut tick = tokio::time::interval(Duration::from_secs(300));
    loop {
        tick.tick().await;
        state.limits.forget_idle();
        state.api_limits.forget_idle();
        state.guards.forget_idle();
        state.limits.store().sweep().await;
    }
}

/// Whether an address is loopback or private (link-local, RFC 1918, unique local), so that a
/// listener bound to it is not on the internet by itself.
fn reachable_only_nearby(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => v4.is_loopback() || v4.is_private() || v4.is_link_local(),
        std::net::IpAddr::V6(v6) => {
            v6.is_loopback() || v6.is_unique_local() || v6.is_unicast_link_local()
        }
    }
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[derive(serde::Deserialize)]
struct Manifest {
    enhance: Bundle,
    islands: Bundle,
    stylesheet: String,
}

#[derive(serde::Deserialize)]
struct Bundle {
    name: String,
}

/// Finds the built site: `OBSCURA_SITE_ROOT`, else `site/` next to the binary's profile
/// directory (`target/site` for `target/release/obscura`), else `./target/site`.
fn load_assets(config: &Config) -> Result<SiteAssets> {
    let candidates: Vec<PathBuf> = match &config.site_root {
        Some(root) => vec![root.clone()],
        None => {
            let mut c = Vec::new();
            if let Ok(exe) = std::env::current_exe()
                && let Some(profile_dir) = exe.parent()
            {
                // target/<profile>/obscura and target/<profile>/deps/<test binary>
                c.push(profile_dir.join("../site"));
                c.push(profile_dir.join("../../site"));
            }
            c.push(PathBuf::from("target/site"));
            c
        }
    };
    let root = candidates
        .iter()
        .find(|p| p.join("manifest.json").exists())
        .with_context(|| {
            format!(
                "the built site was not found (looked in {}); build it with `cargo run -p obscura-builder` or set OBSCURA_SITE_ROOT",
                candidates.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
            )
        })?
        .canonicalize()?;
    let manifest: Manifest = serde_json::from_slice(&std::fs::read(root.join("manifest.json"))?)
        .context("reading the site manifest")?;
    let files = crate::http::static_memory::MemoryFiles::load(&root);
    Ok(SiteAssets {
        root,
        stylesheet: manifest.stylesheet,
        enhance_name: manifest.enhance.name,
        islands_name: manifest.islands.name,
        files,
    })
}
