//! Forward-only migrations, named by timestamp, identical on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod m20261122_000001_policy_versions;
mod m20261122_000002_accounts;
mod m20261122_000003_pending_signups;
mod m20261122_000004_credits;
mod m20261122_000005_jobs;
mod m20261122_000006_generations;
mod m20261122_000007_shares;
mod m20261122_000008_privacy;
mod m20261122_000009_support;
mod m20261206_000004_admin_audit;
mod m20261206_000010_mfa;
mod m20261206_000011_passkeys;
mod m20261206_000012_billing;
mod m20261206_000013_trials;
mod m20261206_000014_api;
mod m20261206_000015_api_webhooks;
mod m20261206_000016_social;
mod m20261207_000001_rate_limits;
mod m20261208_000001_security_event_details;
mod m20261209_000001_admin_audit_reason;
mod m20261209_000002_suspensions;
mod m20261209_000003_reports;
mod m20261209_000004_live_settings;
mod m20261209_000005_dashboard_indexes;
mod m20261210_000001_generation_progress;
mod m20261210_000002_webhook_cancelled_event;

/// Every migration, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_policy_versions::Migration),
            Box::new(m20261122_000002_accounts::Migration),
            Box::new(m20261122_000003_pending_signups::Migration),
            Box::new(m20261122_000004_credits::Migration),
            Box::new(m20261122_000005_jobs::Migration),
            Box::new(m20261122_000006_generations::Migration),
            Box::new(m20261122_000007_shares::Migration),
            Box::new(m20261122_000008_privacy::Migration),
            Box::new(m20261122_000009_support::Migration),
            Box::new(m20261206_000004_admin_audit::Migration),
            Box::new(m20261206_000010_mfa::Migration),
            Box::new(m20261206_000011_passkeys::Migration),
            Box::new(m20261206_000012_billing::Migration),
            Box::new(m20261206_000013_trials::Migration),
            Box::new(m20261206_000014_api::Migration),
            Box::new(m20261206_000015_api_webhooks::Migration),
            Box::new(m20261206_000016_social::Migration),
            Box::new(m20261207_000001_rate_limits::Migration),
            Box::new(m20261208_000001_security_event_details::Migration),
            Box::new(m20261209_000001_admin_audit_reason::Migration),
            Box::new(m20261209_000002_suspensions::Migration),
            Box::new(m20261209_000003_reports::Migration),
            Box::new(m20261209_000004_live_settings::Migration),
            Box::new(m20261209_000005_dashboard_indexes::Migration),
            Box::new(m20261210_000001_generation_progress::Migration),
            Box::new(m20261210_000002_webhook_cancelled_event::Migration),
        ]
    }
}
