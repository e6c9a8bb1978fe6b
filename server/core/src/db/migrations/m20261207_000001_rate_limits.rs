//! Rate limits shared by every server process on one PostgreSQL database: one row per limiter and
//! keyed hash of the client, account or API key (never the key in clear), holding the GCRA
//! theoretical arrival time in microseconds since the Unix epoch. On SQLite, where one process
//! serves everything, the limits stay in memory and the table stays empty.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    Limiter,
    KeyHash,
    Tat,
    SeenAt,
    Allowed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimits::Table)
                    .if_not_exists()
                    .col(string_len(RateLimits::Limiter, 40))
                    .col(binary_len(RateLimits::KeyHash, 32))
                    .col(big_integer(RateLimits::Tat))
                    .col(big_integer(RateLimits::SeenAt))
                    .col(boolean(RateLimits::Allowed))
                    .primary_key(
                        Index::create()
                            .col(RateLimits::Limiter)
                            .col(RateLimits::KeyHash),
                    )
                    .to_owned(),
            )
            .await
    }
}
