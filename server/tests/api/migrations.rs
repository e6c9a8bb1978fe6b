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
