//! Migrations on both databases.

use obscura_server::db::{self, Migrator};
use sea_orm::{ConnectionTrait, EntityTrait};
use sea_orm_migration::MigratorTrait;

use crate::{helpers::spawn_app_with, on_both_databases};

on_both_databases!(
    migrations_are_applied_once_and_rerunning_is_harmless,
    |db| async move {
        let app = spawn_app_with(db, &[]).await;
        let applied = Migrator::get_applied_migrations(&app.db).await.unwrap();
        assert_eq!(applied.len(), Migrator::migrations().len());
        db::migrate(&app.db).await.unwrap();
        assert_eq!(
            Migrator::get_applied_migrations(&app.db)
                .await
                .unwrap()
                .len(),
            applied.len()
        );
        assert!(
            Migrator::get_pending_migrations(&app.db)
                .await
                .unwrap()
                .is_empty()
        );
        // The schema is usable: the current policy version was recorded at start-up.
        let versions = obscura_server::db::entities::policy_version::Entity::find()
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(versions.len(), 1);
        assert_eq!(versions[0].effective_at, crate::helpers::epoch());
        app.db
            .execute_unprepared("SELECT version, facts, effective_at FROM policy_versions")
            .await
            .unwrap();
    }
);

on_both_databases!(
    a_changed_configuration_is_a_new_policy_version,
    |db| async move {
        let app = spawn_app_with(db, &[]).await;
        let state_db = app.db.clone();
        // Start a second server on the same database with a different operator.
        let before = obscura_server::db::entities::policy_version::Entity::find()
            .all(&state_db)
            .await
            .unwrap()
            .len();
        let config = obscura_server::config::Config::from_pairs(&[
            ("OPERATOR_NAME", "Someone Else GmbH"),
            ("MIN_AGE", "18"),
        ])
        .unwrap();
        let facts = obscura_server::privacy::facts(&config, "the local disk of this server");
        let clock = obscura_server::clock::ManualClock::new(
            crate::helpers::epoch() + chrono::Duration::days(3),
        );
        let published = obscura_server::privacy::publish_current(&state_db, &clock, facts)
            .await
            .unwrap();
        assert_eq!(published.policy.effective_date, "2026-03-04");
        let after = obscura_server::db::entities::policy_version::Entity::find()
            .all(&state_db)
            .await
            .unwrap()
            .len();
        assert_eq!(after, before + 1);
        // Publishing the same facts again changes nothing.
        let again = obscura_server::privacy::publish_current(
            &state_db,
            &clock,
            obscura_server::privacy::facts(&config, "the local disk of this server"),
        )
        .await
        .unwrap();
        assert_eq!(again.policy, published.policy);
    }
);

/// Processes started together on a new PostgreSQL database (a deployment's first start, or an
/// upgrade restarting every process): one migrates while the others wait for it, and all of
/// them succeed with the whole schema applied once.
#[tokio::test]
async fn processes_migrating_one_postgres_database_at_once_all_succeed() {
    let Some(admin) = crate::helpers::postgres_admin_url() else {
        return;
    };
    let name = format!(
        "obscura_migrate_{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let conn = sea_orm::Database::connect(&admin).await.unwrap();
    conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let url = crate::helpers::with_database(&admin, &name);
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let children: Vec<_> = dirs
        .iter()
        .map(|dir| {
            crate::helpers::obscura_command()
                .env("OBSCURA_DATABASE_URL", &url)
                .env("OBSCURA_DATA_DIR", dir.path())
                .env("OBSCURA_LOG", "warn")
                .arg("migrate")
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
            .await
            .unwrap();
        assert!(
            out.status.success(),
            "a migrating process failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("database is up to date"));
    }
    let db = sea_orm::Database::connect(&url).await.unwrap();
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        Migrator::migrations().len()
    );
    db.close().await.unwrap();
    conn.execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .await
        .unwrap();
}
