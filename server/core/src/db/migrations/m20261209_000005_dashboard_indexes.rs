//! Indexes for the admin dashboard (`crate::admin_dashboard`), whose statements count a period
//! of days: without an index that starts with the timestamp, each would read the whole table
//! (the existing ones start with the account: `(user_id, created_at)`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Generations {
    Table,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CreditLedger {
    Table,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SecurityEvents {
    Table,
    Kind,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_users_created_at")
                    .table(Users::Table)
                    .col(Users::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_generations_created_at")
                    .table(Generations::Table)
                    .col(Generations::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_credit_ledger_created_at")
                    .table(CreditLedger::Table)
                    .col(CreditLedger::CreatedAt)
                    .to_owned(),
            )
            .await?;
        // Sign-ins of a period: the kind first, then the time.
        manager
            .create_index(
                Index::create()
                    .name("idx_security_events_kind_time")
                    .table(SecurityEvents::Table)
                    .col(SecurityEvents::Kind)
                    .col(SecurityEvents::CreatedAt)
                    .to_owned(),
            )
            .await
    }
}
