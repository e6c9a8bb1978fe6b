//! `policy_versions`: every distinct version of the generated privacy policy, with the facts it
//! was generated from and when it first took effect.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PolicyVersions {
    Table,
    Version,
    Facts,
    EffectiveAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PolicyVersions::Table)
                    .if_not_exists()
                    .col(string_len(PolicyVersions::Version, 32).primary_key())
                    .col(text(PolicyVersions::Facts))
                    .col(timestamp_with_time_zone(PolicyVersions::EffectiveAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_policy_versions_effective_at")
                    .table(PolicyVersions::Table)
                    .col(PolicyVersions::EffectiveAt)
                    .to_owned(),
            )
            .await
    }
}
