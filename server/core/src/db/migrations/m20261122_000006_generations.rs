//! Generations: what was asked (prompt, model, size, seed, reference), where it is, what it cost;
//! the images each produced (original, preview and thumbnail keys with their sizes); and the usage
//! log (task id, model, provider, duration, outcome — no prompt, no person).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Generations {
    Table,
    Id,
    UserId,
    Model,
    ModelLabel,
    Provider,
    Upstream,
    Prompt,
    NegativePrompt,
    Width,
    Height,
    Quality,
    Count,
    Seed,
    ReferenceKey,
    Status,
    ErrorCode,
    ErrorClass,
    Cost,
    CreatedAt,
    StartedAt,
    FinishedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum GenerationImages {
    Table,
    Id,
    GenerationId,
    UserId,
    Position,
    Mime,
    Bytes,
    Width,
    Height,
    OriginalKey,
    PreviewKey,
    PreviewWidth,
    PreviewHeight,
    ThumbKey,
    ThumbWidth,
    ThumbHeight,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UsageLog {
    Table,
    Id,
    TaskId,
    Model,
    Provider,
    Attempt,
    DurationMs,
    Outcome,
    ErrorClass,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Generations::Table)
                    .if_not_exists()
                    .col(uuid(Generations::Id).primary_key())
                    .col(uuid(Generations::UserId))
                    .col(string_len(Generations::Model, 64))
                    .col(string_len(Generations::ModelLabel, 100))
                    .col(string_len(Generations::Provider, 16))
                    .col(string_len(Generations::Upstream, 200))
                    .col(text(Generations::Prompt))
                    .col(text_null(Generations::NegativePrompt))
                    .col(integer(Generations::Width))
                    .col(integer(Generations::Height))
                    .col(string_len(Generations::Quality, 8))
                    .col(small_integer(Generations::Count))
                    .col(big_integer(Generations::Seed))
                    .col(string_len_null(Generations::ReferenceKey, 300))
                    .col(string_len(Generations::Status, 16))
                    .col(string_len_null(Generations::ErrorCode, 32))
                    .col(string_len_null(Generations::ErrorClass, 32))
                    .col(big_integer(Generations::Cost))
                    .col(timestamp_with_time_zone(Generations::CreatedAt))
                    .col(timestamp_with_time_zone_null(Generations::StartedAt))
                    .col(timestamp_with_time_zone_null(Generations::FinishedAt))
                    .col(timestamp_with_time_zone_null(Generations::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Generations::Table, Generations::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_generations_user_time")
                    .table(Generations::Table)
                    .col(Generations::UserId)
                    .col(Generations::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_generations_expiry")
                    .table(Generations::Table)
                    .col(Generations::ExpiresAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GenerationImages::Table)
                    .if_not_exists()
                    .col(uuid(GenerationImages::Id).primary_key())
                    .col(uuid(GenerationImages::GenerationId))
                    .col(uuid(GenerationImages::UserId))
                    .col(small_integer(GenerationImages::Position))
                    .col(string_len(GenerationImages::Mime, 32))
                    .col(big_integer(GenerationImages::Bytes))
                    .col(integer(GenerationImages::Width))
                    .col(integer(GenerationImages::Height))
                    .col(string_len(GenerationImages::OriginalKey, 300))
                    .col(string_len(GenerationImages::PreviewKey, 300))
                    .col(integer(GenerationImages::PreviewWidth))
                    .col(integer(GenerationImages::PreviewHeight))
                    .col(string_len(GenerationImages::ThumbKey, 300))
                    .col(integer(GenerationImages::ThumbWidth))
                    .col(integer(GenerationImages::ThumbHeight))
                    .col(timestamp_with_time_zone(GenerationImages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(GenerationImages::Table, GenerationImages::GenerationId)
                            .to(Generations::Table, Generations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_generation_images_position")
                    .table(GenerationImages::Table)
                    .col(GenerationImages::GenerationId)
                    .col(GenerationImages::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_generation_images_user")
                    .table(GenerationImages::Table)
                    .col(GenerationImages::UserId)
                    .col(GenerationImages::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UsageLog::Table)
                    .if_not_exists()
                    .col(uuid(UsageLog::Id).primary_key())
                    .col(uuid(UsageLog::TaskId))
                    .col(string_len(UsageLog::Model, 64))
                    .col(string_len(UsageLog::Provider, 16))
                    .col(integer(UsageLog::Attempt))
                    .col(big_integer(UsageLog::DurationMs))
                    .col(string_len(UsageLog::Outcome, 16))
                    .col(string_len_null(UsageLog::ErrorClass, 32))
                    .col(timestamp_with_time_zone(UsageLog::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_usage_log_task")
                    .table(UsageLog::Table)
                    .col(UsageLog::TaskId)
                    .to_owned(),
            )
            .await
    }
}
