//! Progress and cancellation of generations: the steps a running generation's provider last
//! reported (written at most about once a second, so that whichever process answers the job
//! card's poll can show them), and when its owner asked to cancel it while it ran (the process
//! running it checks this while the provider works).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Generations {
    Table,
    ProgressDone,
    ProgressTotal,
    CancelRequestedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        for column in [Generations::ProgressDone, Generations::ProgressTotal] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Generations::Table)
                        .add_column(ColumnDef::new(column).integer().not_null().default(0))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Generations::Table)
                    .add_column(
                        ColumnDef::new(Generations::CancelRequestedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }
}
