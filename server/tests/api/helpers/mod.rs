//! `spawn_app()` and friends: a running server on a fresh database, the PostgreSQL template,
//! the fake built site, HTML and database reading. The account flows, mail and jobs have their
//! own modules.

pub mod browser;
pub mod gallery;
pub mod generation;
pub mod jobs;
pub mod mail;

use std::{
    path::{Path, PathBuf},
    sync::{Arc, OnceLock},
};

use chrono::{DateTime, Utc};
use obscura_server::{
    clock::ManualClock,
    config::Config,
    startup::{Application, Overrides},
};
use sea_orm::{ConnectionTrait, Database, Statement};

/// Which database a test runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// A running server.
pub struct TestApp {
    pub address: String,
    /// The separate `/metrics` listener's origin, when `METRICS_ADDR` was set.
    pub metrics_address: Option<String>,
    pub client: reqwest::Client,
    /// The injected clock; tests of expiry and retention move it.
    pub clock: ManualClock,
    pub db: sea_orm::DatabaseConnection,
    /// The application state (for calling services directly).
    pub state: obscura_server::http::WebState,
    pub data_dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    pub server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl TestApp {
    /// The injected clock's time.
    pub fn clock_now(&self) -> DateTime<Utc> {
        use obscura_server::clock::Clock as _;
        self.clock.now()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request failed")
    }

    /// Stops the server and hands over its data directory (to start another on the same data).
    pub async fn stop_keeping_data(mut self) -> tempfile::TempDir {
        self.shut_down().await.unwrap();
        let keep = tempfile::tempdir().unwrap();
        std::mem::replace(&mut self.data_dir, keep)
    }

    /// Sends the shutdown signal and waits for the server to stop.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        self.shut_down().await
    }

    async fn shut_down(&mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.server
            .take()
            .expect("running")
            .await
            .expect("server task panicked")
    }
}

/// The instant the manual clock starts at.
pub fn epoch() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .unwrap()
        .to_utc()
}

/// Starts the app on SQLite with extra configuration pairs.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(Db::Sqlite, &[]).await
}

/// Starts the app on the given database with extra `(KEY, value)` configuration.
pub async fn spawn_app_with(db: Db, extra: &[(&str, &str)]) -> TestApp {
    spawn_app_at(db, extra, epoch()).await
}

/// As [`spawn_app_with`], with the injected clock starting at `start` (a later pair overrides
/// an earlier one, so `DATA_DIR` can point at another app's data to restart it).
///
/// The app runs no job worker: a test runs the due jobs with [`TestApp::run_pending_jobs`]
/// (which [`jobs::finished`] does), so nothing depends on a worker's timing. A test of the worker
/// asks for one with `("WORKERS", "n")`.
pub async fn spawn_app_at(db: Db, extra: &[(&str, &str)], start: DateTime<Utc>) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    let site_root = fake_site(data_dir.path());
    let data = data_dir.path().join("data");
    let database_url = match db {
        Db::Sqlite => None,
        Db::Postgres => Some(fresh_postgres_database().await),
    };
    let mut pairs: Vec<(&str, &str)> = vec![
        ("ADDR", "127.0.0.1:0"),
        ("DATA_DIR", data.to_str().unwrap()),
        ("SITE_ROOT", site_root.to_str().unwrap()),
        ("OPERATOR_NAME", "Example Imaging Ltd"),
        ("LOG", "warn"),
        ("WORKERS", "0"),
    ];
    if let Some(url) = &database_url {
        pairs.push(("DATABASE_URL", url));
    }
    pairs.extend_from_slice(extra);
    let config = Config::from_pairs(&pairs).expect("valid test config");
    let clock = ManualClock::new(start);
    let app = Application::build_with(
        config,
        Overrides {
            clock: Some(Arc::new(clock.clone())),
            ids: None,
        },
    )
    .await
    .expect("app builds");
    let address = format!("http://{}", app.local_addr().unwrap());
    let metrics_address = app.metrics_addr().map(|a| format!("http://{a}"));
    let db = app.state().db.clone();
    let state = app.state().clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until_stopped(async move {
        let _ = rx.await;
    }));
    TestApp {
        address,
        metrics_address,
        // A request the server never answers fails the test with its URL instead of hanging the
        // run (one such hang was seen once in five runs of the authz matrix on SQLite).
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap(),
        clock,
        db,
        state,
        data_dir,
        shutdown: Some(tx),
        server: Some(server),
    }
}

/// The `obscura` binary these tests were built with, from a clean slate: none of the caller's
/// `OBSCURA_*` variables (the harness's included), no colours.
pub fn obscura_command() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_obscura"));
    for (k, _) in std::env::vars() {
        if k.starts_with("OBSCURA_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("NO_COLOR", "1");
    cmd
}

/// Starts the app in production mode on SQLite, served at `https://obscura.example`.
pub async fn spawn_production_app() -> TestApp {
    spawn_app_with(
        Db::Sqlite,
        &[
            ("ENV", "production"),
            ("SECRET_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="),
            ("PUBLIC_URL", "https://obscura.example"),
            ("PRIVACY_EMAIL", "privacy@obscura.example"),
            // Nothing listens here; tests of the production app send no mail they read.
            ("SMTP_URL", "smtp://127.0.0.1:9"),
        ],
    )
    .await
}

/// Runs a test body against SQLite, and against PostgreSQL when it is configured.
#[macro_export]
macro_rules! on_both_databases {
    ($name:ident, $body:expr) => {
        mod $name {
            // Some bodies name nothing from the enclosing module: an `expect` would be unfulfilled
            // in those expansions, so this stays an `allow`.
            #[allow(unused_imports, reason = "used by most expansions, not all")]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)($crate::helpers::Db::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::helpers::postgres_admin_url().is_none() {
                    return;
                }
                ($body)($crate::helpers::Db::Postgres).await;
            }
        }
    };
}

/// The admin URL of the test PostgreSQL server. When `OBSCURA_TEST_REQUIRE_POSTGRES=1` (as the
/// test command sets) a missing URL fails the run instead of skipping the PostgreSQL half.
pub fn postgres_admin_url() -> Option<String> {
    let url = std::env::var("OBSCURA_TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty());
    if url.is_none() && std::env::var("OBSCURA_TEST_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("OBSCURA_TEST_REQUIRE_POSTGRES=1 but OBSCURA_TEST_POSTGRES_URL is not set");
    }
    url
}

const TEMPLATE: &str = "obscura_test_template";

/// Creates a fresh database from a migrated template (the template is made once per run).
pub async fn fresh_postgres_database() -> String {
    let admin = postgres_admin_url().expect("postgres configured");
    static TEMPLATE_READY: OnceLock<()> = OnceLock::new();
    let admin_for_template = admin.clone();
    // The template is built on its own runtime: each test has its own, and pools must not cross.
    TEMPLATE_READY.get_or_init(|| {
        std::thread::spawn(move || {
            tokio::runtime::Runtime::new().unwrap().block_on(async {
                let conn = Database::connect(&admin_for_template).await.unwrap();
                conn.execute_unprepared(&format!("DROP DATABASE IF EXISTS {TEMPLATE}"))
                    .await
                    .unwrap();
                conn.execute_unprepared(&format!("CREATE DATABASE {TEMPLATE}"))
                    .await
                    .unwrap();
                let tpl = Database::connect(&with_database(&admin_for_template, TEMPLATE))
                    .await
                    .unwrap();
                obscura_server::db::migrate(&tpl).await.unwrap();
                tpl.close().await.unwrap();
                conn.close().await.unwrap();
            });
        })
        .join()
        .unwrap();
    });
    let name = format!("obscura_test_{}", uuid::Uuid::new_v4().simple());
    let conn = Database::connect(&admin).await.unwrap();
    let mut last = None;
    for _ in 0..20 {
        match conn
            .execute_unprepared(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
            .await
        {
            Ok(_) => {
                last = None;
                break;
            }
            // Two copies of one template at the same instant can collide; try again.
            Err(e) => {
                last = Some(e);
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        }
    }
    if let Some(e) = last {
        panic!("could not create test database: {e}");
    }
    conn.close().await.unwrap();
    with_database(&admin, &name)
}

pub fn with_database(url: &str, name: &str) -> String {
    let mut u = url::Url::parse(url).unwrap();
    u.set_path(&format!("/{name}"));
    u.to_string()
}

/// Writes a minimal built site (manifest, hashed assets with precompressed twins).
pub fn fake_site(dir: &Path) -> PathBuf {
    let root = dir.join("site");
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    let js = "export default function init(){}\n".repeat(40);
    std::fs::write(pkg.join("enhance-0011223344556677.js"), &js).unwrap();
    std::fs::write(pkg.join("enhance-0011223344556677.js.br"), b"BROTLI-BYTES").unwrap();
    std::fs::write(pkg.join("enhance-0011223344556677.js.gz"), b"GZIP-BYTES").unwrap();
    std::fs::write(
        pkg.join("enhance-0011223344556677_bg.wasm"),
        b"\0asm\x01\0\0\0",
    )
    .unwrap();
    std::fs::write(pkg.join("obscura-8899aabbccddeeff.css"), "body{margin:0}").unwrap();
    std::fs::write(
        root.join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    std::fs::write(
        root.join("manifest.json"),
        r#"{"enhance":{"name":"enhance-0011223344556677"},"islands":{"name":"obscura-ffeeddccbbaa9988"},"stylesheet":"/pkg/obscura-8899aabbccddeeff.css"}"#,
    )
    .unwrap();
    root
}

/// Parses an HTML body.
pub fn html(body: &str) -> scraper::Html {
    scraper::Html::parse_document(body)
}

/// The text of the first element matching `selector`.
pub fn text_of(doc: &scraper::Html, selector: &str) -> String {
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel)
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default()
}

/// Every page path the Leptos router serves, read from the router itself.
pub fn router_pages() -> Vec<String> {
    let mut paths: Vec<String> = obscura_server::http::pages::route_list()
        .iter()
        .map(|r| r.path().to_owned())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Every route to check for cross-cutting behaviour (headers, compression): each page of the
/// router, the probes, the built assets, and an unknown path.
pub fn all_routes() -> Vec<String> {
    let mut routes = router_pages();
    routes.extend(
        [
            obscura_shared::routes::HEALTHZ,
            obscura_shared::routes::READYZ,
            "/rpc/status",
            "/favicon.svg",
            "/pkg/enhance-0011223344556677.js",
            "/pkg/enhance-0011223344556677_bg.wasm",
            "/pkg/obscura-8899aabbccddeeff.css",
            "/no-such-page",
        ]
        .map(str::to_owned),
    );
    routes
}

/// Text of every row of every table, for scanning for secrets.
pub async fn dump_database(app: &TestApp) -> String {
    let backend = app.db.get_database_backend();
    let tables = [
        "users",
        "sessions",
        "auth_tokens",
        "security_events",
        "oauth_flows",
        "pending_signups",
        "policy_versions",
        "mfa_totp",
        "mfa_recovery_codes",
        "mfa_challenges",
        "mfa_passkeys",
        "passkey_ceremonies",
        "payments",
        "billing_customers",
        "trial_images",
        "trial_salts",
        "api_keys",
        "api_usage",
        "social_connections",
        "social_targets",
        "social_flows",
        "social_posts",
        "social_publications",
        "rate_limits",
    ];
    let mut out = String::new();
    for t in tables {
        let sql = match backend {
            sea_orm::DatabaseBackend::Postgres => {
                format!("SELECT row_to_json(t)::text AS r FROM {t} t")
            }
            _ => format!("SELECT * FROM {t}"),
        };
        let rows = app
            .db
            .query_all_raw(Statement::from_string(backend, sql))
            .await
            .unwrap();
        for row in rows {
            match backend {
                sea_orm::DatabaseBackend::Postgres => {
                    out.push_str(&row.try_get::<String>("", "r").unwrap())
                }
                _ => {
                    for i in 0..32 {
                        if let Ok(v) = row.try_get_by_index::<Option<String>>(i) {
                            out.push_str(&v.unwrap_or_default());
                            out.push('|');
                        }
                    }
                }
            }
            out.push('\n');
        }
    }
    out
}

/// A command-line tool installed with pip (a test peer): `env` when set (a wrong path then
/// fails where it is used), else `~/.local/bin/<name>` or one on `PATH`; None (the test is
/// skipped) when there is none, unless `OBSCURA_TEST_REQUIRE_PEERS=1`, which makes it a failure.
pub fn python_tool(env: &str, name: &str, install: &str) -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    if let Some(p) = std::env::var_os(env).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let home = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/bin").join(name));
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let found = home.into_iter().chain(on_path).find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var("OBSCURA_TEST_REQUIRE_PEERS").as_deref() != Ok("1"),
            "OBSCURA_TEST_REQUIRE_PEERS=1 but {name} is not installed (set {env})"
        );
        eprintln!("skipped: no {name} ({install}, or set {env})");
    }
    found
}
