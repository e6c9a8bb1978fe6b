//! `pending_signups`: a Google identity waiting (10 minutes at most) for its owner to confirm the
//! minimum age before the account is created. Found by the SHA-256 of a single-use token.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PendingSignups {
    Table,
    TokenHash,
    Subject,
    Email,
    EmailVerified,
    Name,
    PictureUrl,
    Next,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PendingSignups::Table)
                    .if_not_exists()
                    .col(string_len(PendingSignups::TokenHash, 64).primary_key())
                    .col(string_len(PendingSignups::Subject, 255))
                    .col(string_len(PendingSignups::Email, 254))
                    .col(boolean(PendingSignups::EmailVerified))
                    .col(string_len(PendingSignups::Name, 100))
                    .col(text_null(PendingSignups::PictureUrl))
                    .col(string_len(PendingSignups::Next, 200))
                    .col(timestamp_with_time_zone(PendingSignups::ExpiresAt))
                    .to_owned(),
            )
            .await
    }
}
