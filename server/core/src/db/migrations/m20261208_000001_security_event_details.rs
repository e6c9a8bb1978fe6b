//! Security event details become messages kept as JSON (rendered in the reader's language by
//! the security page): the column grows to 400 characters. SQLite does not enforce a text
//! column's length, so only PostgreSQL changes.

use sea_orm_migration::{prelude::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SecurityEvents {
    Table,
    Detail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        manager
            .alter_table(
                Table::alter()
                    .table(SecurityEvents::Table)
                    .modify_column(ColumnDef::new(SecurityEvents::Detail).string_len(400))
                    .to_owned(),
            )
            .await
    }
}
