//! `jobs`: the background job queue. A job is a row: queued until its `run_at`, running while a
//! worker holds its lease, deleted when it succeeds, kept as `failed` for inspection when it ends
//! for good (`giving_up` while its handler's give-up step runs). No foreign key on `user_id`:
//! system work has no user, and a job must be able to outlive (and clean up after) its user.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    UserId,
    Status,
    Attempts,
    MaxAttempts,
    RunAt,
    LeaseUntil,
    Worker,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .if_not_exists()
                    .col(uuid(Jobs::Id).primary_key())
                    .col(string_len(Jobs::Kind, 64))
                    .col(text(Jobs::Payload))
                    .col(uuid_null(Jobs::UserId))
                    .col(string_len(Jobs::Status, 16))
                    .col(integer(Jobs::Attempts))
                    .col(integer(Jobs::MaxAttempts))
                    .col(timestamp_with_time_zone(Jobs::RunAt))
                    .col(timestamp_with_time_zone_null(Jobs::LeaseUntil))
                    .col(string_len_null(Jobs::Worker, 100))
                    .col(string_len_null(Jobs::LastError, 64))
                    .col(timestamp_with_time_zone(Jobs::CreatedAt))
                    .col(timestamp_with_time_zone(Jobs::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // The claim: due jobs oldest first, and running jobs counted per user.
        manager
            .create_index(
                Index::create()
                    .name("idx_jobs_status_run_at")
                    .table(Jobs::Table)
                    .col(Jobs::Status)
                    .col(Jobs::RunAt)
                    .col(Jobs::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_jobs_status_user")
                    .table(Jobs::Table)
                    .col(Jobs::Status)
                    .col(Jobs::UserId)
                    .to_owned(),
            )
            .await
    }
}
