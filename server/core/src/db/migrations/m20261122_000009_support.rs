//! Support: messages from the contact form (with an optional image), the replies sent to them,
//! and privacy requests tracked with their due date (P-RGT-6).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum SupportMessages {
    Table,
    Id,
    UserId,
    Email,
    Topic,
    Message,
    AttachmentKey,
    CreatedAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum SupportReplies {
    Table,
    Id,
    MessageId,
    Body,
    SentAt,
}

#[derive(DeriveIden)]
enum PrivacyRequests {
    Table,
    Id,
    Kind,
    Requester,
    Channel,
    ReceivedAt,
    DueAt,
    DoneAt,
    MessageId,
    Notes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SupportMessages::Table)
                    .if_not_exists()
                    .col(uuid(SupportMessages::Id).primary_key())
                    .col(uuid_null(SupportMessages::UserId))
                    .col(string_len(SupportMessages::Email, 254))
                    .col(string_len(SupportMessages::Topic, 16))
                    .col(text(SupportMessages::Message))
                    .col(string_len_null(SupportMessages::AttachmentKey, 200))
                    .col(timestamp_with_time_zone(SupportMessages::CreatedAt))
                    .col(timestamp_with_time_zone_null(SupportMessages::ClosedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SupportMessages::Table, SupportMessages::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_support_messages_time")
                    .table(SupportMessages::Table)
                    .col(SupportMessages::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SupportReplies::Table)
                    .if_not_exists()
                    .col(uuid(SupportReplies::Id).primary_key())
                    .col(uuid(SupportReplies::MessageId))
                    .col(text(SupportReplies::Body))
                    .col(timestamp_with_time_zone(SupportReplies::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SupportReplies::Table, SupportReplies::MessageId)
                            .to(SupportMessages::Table, SupportMessages::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PrivacyRequests::Table)
                    .if_not_exists()
                    .col(uuid(PrivacyRequests::Id).primary_key())
                    .col(string_len(PrivacyRequests::Kind, 16))
                    .col(string_len(PrivacyRequests::Requester, 254))
                    .col(string_len(PrivacyRequests::Channel, 64))
                    .col(timestamp_with_time_zone(PrivacyRequests::ReceivedAt))
                    .col(timestamp_with_time_zone(PrivacyRequests::DueAt))
                    .col(timestamp_with_time_zone_null(PrivacyRequests::DoneAt))
                    .col(uuid_null(PrivacyRequests::MessageId))
                    .col(text(PrivacyRequests::Notes))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PrivacyRequests::Table, PrivacyRequests::MessageId)
                            .to(SupportMessages::Table, SupportMessages::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await
    }
}
