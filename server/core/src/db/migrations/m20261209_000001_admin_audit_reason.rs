//! The admin audit log keeps the reason an admin gave for a console action (credits,
//! suspensions, roles, deletions, reports, settings).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AdminAudit {
    Table,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AdminAudit::Table)
                    .add_column(ColumnDef::new(AdminAudit::Reason).text().null())
                    .to_owned(),
            )
            .await
    }
}
