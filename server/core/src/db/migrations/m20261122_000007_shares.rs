//! Shares: public links to one image each, with what they show and when they end; and their
//! views, counted per day (no IP, no cookie, no visitor).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum GenerationImages {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Shares {
    Table,
    Id,
    UserId,
    ImageId,
    ShowPrompt,
    ShowName,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum ShareViews {
    Table,
    ShareId,
    Day,
    Views,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Shares::Table)
                    .if_not_exists()
                    .col(string_len(Shares::Id, 32).primary_key())
                    .col(uuid(Shares::UserId))
                    .col(uuid(Shares::ImageId))
                    .col(boolean(Shares::ShowPrompt))
                    .col(boolean(Shares::ShowName))
                    .col(timestamp_with_time_zone(Shares::CreatedAt))
                    .col(timestamp_with_time_zone_null(Shares::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Shares::Table, Shares::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Shares::Table, Shares::ImageId)
                            .to(GenerationImages::Table, GenerationImages::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_shares_user_time")
                    .table(Shares::Table)
                    .col(Shares::UserId)
                    .col(Shares::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_shares_image")
                    .table(Shares::Table)
                    .col(Shares::ImageId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ShareViews::Table)
                    .if_not_exists()
                    .col(string_len(ShareViews::ShareId, 32))
                    .col(string_len(ShareViews::Day, 10))
                    .col(big_integer(ShareViews::Views))
                    .primary_key(
                        Index::create()
                            .col(ShareViews::ShareId)
                            .col(ShareViews::Day),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ShareViews::Table, ShareViews::ShareId)
                            .to(Shares::Table, Shares::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }
}
