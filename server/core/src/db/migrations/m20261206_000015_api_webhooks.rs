//! The public API, continued: each account's API settings (a daily credit cap over all its
//! keys), its outgoing webhook endpoint (the signing secret sealed under the master key) and the
//! log of deliveries to it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ApiAccounts {
    Table,
    UserId,
    DailyCap,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApiWebhooks {
    Table,
    Id,
    UserId,
    Url,
    Secret,
    Events,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApiWebhookDeliveries {
    Table,
    Id,
    WebhookId,
    UserId,
    MessageId,
    Event,
    GenerationId,
    Payload,
    Status,
    Attempts,
    ResponseCode,
    Error,
    DurationMs,
    CreatedAt,
    LastAttemptAt,
}

fn to_user<T: IntoIden>(table: T, col: T) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ApiAccounts::Table)
                    .if_not_exists()
                    .col(uuid(ApiAccounts::UserId).primary_key())
                    .col(big_integer_null(ApiAccounts::DailyCap))
                    .col(timestamp_with_time_zone(ApiAccounts::UpdatedAt))
                    .foreign_key(&mut to_user(ApiAccounts::Table, ApiAccounts::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiWebhooks::Table)
                    .if_not_exists()
                    .col(uuid(ApiWebhooks::Id).primary_key())
                    .col(uuid_uniq(ApiWebhooks::UserId))
                    .col(string_len(ApiWebhooks::Url, 2048))
                    .col(text(ApiWebhooks::Secret))
                    .col(string_len(ApiWebhooks::Events, 120))
                    .col(timestamp_with_time_zone(ApiWebhooks::CreatedAt))
                    .col(timestamp_with_time_zone(ApiWebhooks::UpdatedAt))
                    .foreign_key(&mut to_user(ApiWebhooks::Table, ApiWebhooks::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiWebhookDeliveries::Table)
                    .if_not_exists()
                    .col(uuid(ApiWebhookDeliveries::Id).primary_key())
                    .col(uuid(ApiWebhookDeliveries::WebhookId))
                    .col(uuid(ApiWebhookDeliveries::UserId))
                    .col(string_len(ApiWebhookDeliveries::MessageId, 64))
                    .col(string_len(ApiWebhookDeliveries::Event, 40))
                    .col(uuid_null(ApiWebhookDeliveries::GenerationId))
                    .col(text(ApiWebhookDeliveries::Payload))
                    .col(string_len(ApiWebhookDeliveries::Status, 16))
                    .col(integer(ApiWebhookDeliveries::Attempts).default(0))
                    .col(integer_null(ApiWebhookDeliveries::ResponseCode))
                    .col(string_len_null(ApiWebhookDeliveries::Error, 120))
                    .col(integer_null(ApiWebhookDeliveries::DurationMs))
                    .col(timestamp_with_time_zone(ApiWebhookDeliveries::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        ApiWebhookDeliveries::LastAttemptAt,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiWebhookDeliveries::Table, ApiWebhookDeliveries::WebhookId)
                            .to(ApiWebhooks::Table, ApiWebhooks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut to_user(
                        ApiWebhookDeliveries::Table,
                        ApiWebhookDeliveries::UserId,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            (
                "idx_api_webhook_deliveries_webhook",
                ApiWebhookDeliveries::WebhookId,
            ),
            (
                "idx_api_webhook_deliveries_created",
                ApiWebhookDeliveries::CreatedAt,
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(ApiWebhookDeliveries::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
