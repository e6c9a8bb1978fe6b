//! The public API: API keys (only a keyed hash of each secret is kept), the usage log (one row
//! per API request: no prompt, no body, no address) and stored answers of idempotent requests.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ApiKeys {
    Table,
    Id,
    UserId,
    Name,
    Lookup,
    SecretHash,
    Last4,
    Scopes,
    MonthlyCap,
    CreatedAt,
    LastUsedAt,
    ExpiresAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum ApiUsage {
    Table,
    Id,
    UserId,
    KeyId,
    Method,
    Route,
    Status,
    DurationMs,
    Credits,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ApiIdempotency {
    Table,
    UserId,
    Key,
    RequestHash,
    State,
    Status,
    Body,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ApiKeys::Table)
                    .if_not_exists()
                    .col(uuid(ApiKeys::Id).primary_key())
                    .col(uuid(ApiKeys::UserId))
                    .col(string_len(ApiKeys::Name, 80))
                    .col(string_len_uniq(ApiKeys::Lookup, 32))
                    .col(string_len(ApiKeys::SecretHash, 64))
                    .col(string_len(ApiKeys::Last4, 4))
                    .col(string_len(ApiKeys::Scopes, 64))
                    .col(big_integer_null(ApiKeys::MonthlyCap))
                    .col(timestamp_with_time_zone(ApiKeys::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::LastUsedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::ExpiresAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiKeys::Table, ApiKeys::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_api_keys_user")
                    .table(ApiKeys::Table)
                    .col(ApiKeys::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiUsage::Table)
                    .if_not_exists()
                    .col(uuid(ApiUsage::Id).primary_key())
                    .col(uuid(ApiUsage::UserId))
                    .col(uuid(ApiUsage::KeyId))
                    .col(string_len(ApiUsage::Method, 8))
                    .col(string_len(ApiUsage::Route, 120))
                    .col(integer(ApiUsage::Status))
                    .col(integer(ApiUsage::DurationMs))
                    .col(big_integer(ApiUsage::Credits).default(0))
                    .col(timestamp_with_time_zone(ApiUsage::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiUsage::Table, ApiUsage::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiUsage::Table, ApiUsage::KeyId)
                            .to(ApiKeys::Table, ApiKeys::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_api_usage_user", ApiUsage::UserId),
            ("idx_api_usage_key", ApiUsage::KeyId),
            ("idx_api_usage_created", ApiUsage::CreatedAt),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(ApiUsage::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ApiIdempotency::Table)
                    .if_not_exists()
                    .col(uuid(ApiIdempotency::UserId))
                    .col(string_len(ApiIdempotency::Key, 255))
                    .col(string_len(ApiIdempotency::RequestHash, 64))
                    .col(string_len(ApiIdempotency::State, 16))
                    .col(integer_null(ApiIdempotency::Status))
                    .col(text_null(ApiIdempotency::Body))
                    .col(timestamp_with_time_zone(ApiIdempotency::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ApiIdempotency::UserId)
                            .col(ApiIdempotency::Key),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiIdempotency::Table, ApiIdempotency::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_api_idempotency_created")
                    .table(ApiIdempotency::Table)
                    .col(ApiIdempotency::CreatedAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
