//! Live settings, edited in the console at `/admin/settings` and seeded from the configuration:
//! the blocklist's terms, each configured model's editable settings (offered or not, its name,
//! its cost per image, its most images per request) with what the configuration said at the
//! last seed, and one row holding the revision every change bumps (each serving process
//! compares it with its own copy) and the configuration's blocklist at the last seed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LiveSettings {
    Table,
    Id,
    Revision,
    SeededBlocklist,
    BlocklistChangedAt,
    BlocklistChangedBy,
}

#[derive(DeriveIden)]
enum BlocklistTerms {
    Table,
    Term,
    AddedAt,
}

#[derive(DeriveIden)]
enum ModelSettings {
    Table,
    ModelId,
    Enabled,
    Label,
    Cost,
    MaxCount,
    SeededLabel,
    SeededCost,
    SeededMaxCount,
    ChangedAt,
    ChangedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LiveSettings::Table)
                    .if_not_exists()
                    .col(integer(LiveSettings::Id).primary_key())
                    .col(big_integer(LiveSettings::Revision))
                    .col(text_null(LiveSettings::SeededBlocklist))
                    .col(timestamp_with_time_zone_null(
                        LiveSettings::BlocklistChangedAt,
                    ))
                    .col(uuid_null(LiveSettings::BlocklistChangedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BlocklistTerms::Table)
                    .if_not_exists()
                    .col(text(BlocklistTerms::Term).primary_key())
                    .col(timestamp_with_time_zone(BlocklistTerms::AddedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModelSettings::Table)
                    .if_not_exists()
                    .col(string_len(ModelSettings::ModelId, 64).primary_key())
                    .col(boolean(ModelSettings::Enabled))
                    .col(text(ModelSettings::Label))
                    .col(integer(ModelSettings::Cost))
                    .col(integer(ModelSettings::MaxCount))
                    .col(text(ModelSettings::SeededLabel))
                    .col(integer(ModelSettings::SeededCost))
                    .col(integer(ModelSettings::SeededMaxCount))
                    .col(timestamp_with_time_zone_null(ModelSettings::ChangedAt))
                    .col(uuid_null(ModelSettings::ChangedBy))
                    .to_owned(),
            )
            .await
    }
}
