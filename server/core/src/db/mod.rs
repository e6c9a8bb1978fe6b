//! The relational database: connection (SQLite embedded or PostgreSQL) and migrations.

pub mod entities;
mod migrations;

use std::time::Duration;

use anyhow::{Context, Result};
use sea_orm::{ConnectOptions, ConnectionTrait, Database as SeaDatabase, DatabaseConnection};
use sea_orm_migration::MigratorTrait;
use secrecy::ExposeSecret;

pub use migrations::Migrator;

use crate::config::{Config, Database};

/// Connects to the configured database. SQLite gets WAL, a busy timeout and foreign keys.
///
/// # Errors
/// If the database cannot be reached or the SQLite file cannot be created.
pub async fn connect(config: &Config) -> Result<DatabaseConnection> {
    let mut options = match &config.database {
        Database::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
            let mut o = ConnectOptions::new(format!("sqlite://{}?mode=rwc", path.display()));
            o.map_sqlx_sqlite_opts(|opts| {
                use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
                opts.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(Duration::from_secs(5))
                    .foreign_keys(true)
            });
            // One writer at a time in SQLite; a small pool keeps readers concurrent.
            o.max_connections(8);
            o
        }
        Database::Postgres(url) => {
            let mut o = ConnectOptions::new(url.expose_secret().to_owned());
            o.max_connections(16);
            o
        }
    };
    options
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    SeaDatabase::connect(options)
        .await
        .context("connecting to the database")
}

/// Applies every pending migration.
///
/// # Errors
/// If a migration fails.
pub async fn migrate(db: &DatabaseConnection) -> Result<()> {
    use sea_orm::{DbBackend, TransactionTrait as _};
    if db.get_database_backend() != DbBackend::Postgres {
        return Migrator::up(db, None)
            .await
            .context("running database migrations");
    }
    // Several processes starting at once on one database: one migrates, the others wait here
    // and then find nothing pending (without it, two would create the same table and one would
    // fail). The lock is a transaction's, held on its own pooled connection while the
    // migrations run on others, and released by the commit, or by PostgreSQL if this process
    // dies.
    let lock = db
        .begin()
        .await
        .context("opening the migration lock's transaction")?;
    lock.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        .await
        .context("waiting for the migration lock")?;
    let result = Migrator::up(db, None)
        .await
        .context("running database migrations");
    lock.commit()
        .await
        .context("releasing the migration lock")?;
    result
}

/// The advisory lock key of migrations (PostgreSQL): the bytes of "obscmigr".
const MIGRATION_LOCK: i64 = 0x6f62_7363_6d69_6772;

/// `obscura migrate`: connect, migrate, report.
///
/// # Errors
/// If the database cannot be reached or a migration fails.
pub async fn migrate_only(config: &Config) -> Result<()> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating {}", config.data_dir.display()))?;
    let db = connect(config).await?;
    migrate(&db).await?;
    let applied = Migrator::get_applied_migrations(&db).await?.len();
    println!("database is up to date ({applied} migrations applied)");
    Ok(())
}

/// Whether the database answers a trivial query.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

/// Whether an insert or update failed on a unique constraint (a row that is already there).
#[must_use]
pub fn is_duplicate(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
