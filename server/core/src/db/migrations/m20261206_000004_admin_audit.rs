//! The admin audit log: every admin action with its actor, target, time and outcome, kept for
//! three years (`crate::audit`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AdminAudit {
    Table,
    Id,
    At,
    Actor,
    Action,
    Target,
    Outcome,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AdminAudit::Table)
                    .if_not_exists()
                    .col(uuid(AdminAudit::Id).primary_key())
                    .col(timestamp_with_time_zone(AdminAudit::At))
                    .col(string_len(AdminAudit::Actor, 64))
                    .col(string_len(AdminAudit::Action, 32))
                    .col(string_len(AdminAudit::Target, 128))
                    .col(string_len(AdminAudit::Outcome, 32))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_admin_audit_at")
                    .table(AdminAudit::Table)
                    .col(AdminAudit::At)
                    .to_owned(),
            )
            .await
    }
}
