//! Social publishing: connections to platforms (tokens sealed), what each connection can publish
//! to, the browser-bound OAuth flows, publish requests and their posts (the history), the
//! short-lived public links platforms fetch images from, platform deletion requests, and the
//! sealing key ids that `obscura keys rotate` advances.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum SealingKeys {
    Table,
    Id,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SocialConnections {
    Table,
    Id,
    UserId,
    Platform,
    PlatformUserId,
    Username,
    DisplayName,
    Scopes,
    AccessToken,
    RefreshToken,
    ExpiresAt,
    RefreshExpiresAt,
    Status,
    StatusReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SocialTargets {
    Table,
    Id,
    ConnectionId,
    UserId,
    Kind,
    ExternalId,
    Name,
    Token,
    Chosen,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SocialFlows {
    Table,
    StateHash,
    BrowserHash,
    UserId,
    Platform,
    PkceVerifier,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum SocialPublications {
    Table,
    Id,
    UserId,
    ImageId,
    RequestKey,
    Caption,
    AltText,
    Status,
    ApproverEmail,
    ApprovalHash,
    ApprovalExpiresAt,
    DecidedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SocialPosts {
    Table,
    Id,
    PublicationId,
    UserId,
    ImageId,
    ConnectionId,
    TargetId,
    Platform,
    PlatformUserId,
    AccountName,
    TargetName,
    Status,
    Stage,
    PostId,
    Permalink,
    Error,
    Attempts,
    RetryAt,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum SocialMediaLinks {
    Table,
    TokenHash,
    PostId,
    UserId,
    ImageId,
    ExpiresAt,
    FetchedAt,
}

#[derive(DeriveIden)]
enum SocialDeletions {
    Table,
    Code,
    Platform,
    Connections,
    Posts,
    CreatedAt,
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
                    .table(SealingKeys::Table)
                    .if_not_exists()
                    .col(integer(SealingKeys::Id).primary_key())
                    .col(timestamp_with_time_zone(SealingKeys::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialConnections::Table)
                    .if_not_exists()
                    .col(uuid(SocialConnections::Id).primary_key())
                    .col(uuid(SocialConnections::UserId))
                    .col(string_len(SocialConnections::Platform, 16))
                    .col(string_len(SocialConnections::PlatformUserId, 128))
                    .col(string_len_null(SocialConnections::Username, 200))
                    .col(string_len(SocialConnections::DisplayName, 200))
                    .col(string_len(SocialConnections::Scopes, 400))
                    .col(text(SocialConnections::AccessToken))
                    .col(text_null(SocialConnections::RefreshToken))
                    .col(timestamp_with_time_zone_null(SocialConnections::ExpiresAt))
                    .col(timestamp_with_time_zone_null(
                        SocialConnections::RefreshExpiresAt,
                    ))
                    .col(string_len(SocialConnections::Status, 16))
                    .col(string_len_null(SocialConnections::StatusReason, 300))
                    .col(timestamp_with_time_zone(SocialConnections::CreatedAt))
                    .col(timestamp_with_time_zone(SocialConnections::UpdatedAt))
                    .foreign_key(&mut to_user(
                        SocialConnections::Table,
                        SocialConnections::UserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_connections_account")
                    .table(SocialConnections::Table)
                    .col(SocialConnections::UserId)
                    .col(SocialConnections::Platform)
                    .col(SocialConnections::PlatformUserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_connections_platform_user")
                    .table(SocialConnections::Table)
                    .col(SocialConnections::Platform)
                    .col(SocialConnections::PlatformUserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialTargets::Table)
                    .if_not_exists()
                    .col(uuid(SocialTargets::Id).primary_key())
                    .col(uuid(SocialTargets::ConnectionId))
                    .col(uuid(SocialTargets::UserId))
                    .col(string_len(SocialTargets::Kind, 16))
                    .col(string_len(SocialTargets::ExternalId, 128))
                    .col(string_len(SocialTargets::Name, 200))
                    .col(text_null(SocialTargets::Token))
                    .col(boolean(SocialTargets::Chosen).default(false))
                    .col(timestamp_with_time_zone(SocialTargets::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SocialTargets::Table, SocialTargets::ConnectionId)
                            .to(SocialConnections::Table, SocialConnections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_targets_connection")
                    .table(SocialTargets::Table)
                    .col(SocialTargets::ConnectionId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialFlows::Table)
                    .if_not_exists()
                    .col(string_len(SocialFlows::StateHash, 64).primary_key())
                    .col(string_len(SocialFlows::BrowserHash, 64))
                    .col(uuid(SocialFlows::UserId))
                    .col(string_len(SocialFlows::Platform, 16))
                    .col(text(SocialFlows::PkceVerifier))
                    .col(timestamp_with_time_zone(SocialFlows::ExpiresAt))
                    .foreign_key(&mut to_user(SocialFlows::Table, SocialFlows::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialPublications::Table)
                    .if_not_exists()
                    .col(uuid(SocialPublications::Id).primary_key())
                    .col(uuid(SocialPublications::UserId))
                    .col(uuid(SocialPublications::ImageId))
                    .col(string_len(SocialPublications::RequestKey, 64))
                    .col(text(SocialPublications::Caption))
                    .col(text(SocialPublications::AltText))
                    .col(string_len(SocialPublications::Status, 24))
                    .col(string_len_null(SocialPublications::ApproverEmail, 320))
                    .col(string_len_null(SocialPublications::ApprovalHash, 64))
                    .col(timestamp_with_time_zone_null(
                        SocialPublications::ApprovalExpiresAt,
                    ))
                    .col(timestamp_with_time_zone_null(SocialPublications::DecidedAt))
                    .col(timestamp_with_time_zone(SocialPublications::CreatedAt))
                    .foreign_key(&mut to_user(
                        SocialPublications::Table,
                        SocialPublications::UserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_publications_request")
                    .table(SocialPublications::Table)
                    .col(SocialPublications::UserId)
                    .col(SocialPublications::RequestKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialPosts::Table)
                    .if_not_exists()
                    .col(uuid(SocialPosts::Id).primary_key())
                    .col(uuid(SocialPosts::PublicationId))
                    .col(uuid(SocialPosts::UserId))
                    .col(uuid(SocialPosts::ImageId))
                    .col(uuid_null(SocialPosts::ConnectionId))
                    .col(uuid_null(SocialPosts::TargetId))
                    .col(string_len(SocialPosts::Platform, 16))
                    .col(string_len(SocialPosts::PlatformUserId, 128))
                    .col(string_len(SocialPosts::AccountName, 200))
                    .col(string_len(SocialPosts::TargetName, 200))
                    .col(string_len(SocialPosts::Status, 24))
                    .col(string_len(SocialPosts::Stage, 24))
                    .col(string_len_null(SocialPosts::PostId, 200))
                    .col(string_len_null(SocialPosts::Permalink, 500))
                    .col(string_len_null(SocialPosts::Error, 300))
                    .col(integer(SocialPosts::Attempts).default(0))
                    .col(timestamp_with_time_zone_null(SocialPosts::RetryAt))
                    .col(timestamp_with_time_zone(SocialPosts::CreatedAt))
                    .col(timestamp_with_time_zone(SocialPosts::UpdatedAt))
                    .col(timestamp_with_time_zone_null(SocialPosts::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SocialPosts::Table, SocialPosts::PublicationId)
                            .to(SocialPublications::Table, SocialPublications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_posts_publication_target")
                    .table(SocialPosts::Table)
                    .col(SocialPosts::PublicationId)
                    .col(SocialPosts::TargetId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_posts_user_image")
                    .table(SocialPosts::Table)
                    .col(SocialPosts::UserId)
                    .col(SocialPosts::ImageId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialMediaLinks::Table)
                    .if_not_exists()
                    .col(string_len(SocialMediaLinks::TokenHash, 64).primary_key())
                    .col(uuid(SocialMediaLinks::PostId))
                    .col(uuid(SocialMediaLinks::UserId))
                    .col(uuid(SocialMediaLinks::ImageId))
                    .col(timestamp_with_time_zone(SocialMediaLinks::ExpiresAt))
                    .col(timestamp_with_time_zone_null(SocialMediaLinks::FetchedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SocialMediaLinks::Table, SocialMediaLinks::PostId)
                            .to(SocialPosts::Table, SocialPosts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialDeletions::Table)
                    .if_not_exists()
                    .col(string_len(SocialDeletions::Code, 64).primary_key())
                    .col(string_len(SocialDeletions::Platform, 16))
                    .col(integer(SocialDeletions::Connections))
                    .col(integer(SocialDeletions::Posts))
                    .col(timestamp_with_time_zone(SocialDeletions::CreatedAt))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SocialDeletions::Table.into_iden(),
            SocialMediaLinks::Table.into_iden(),
            SocialPosts::Table.into_iden(),
            SocialPublications::Table.into_iden(),
            SocialFlows::Table.into_iden(),
            SocialTargets::Table.into_iden(),
            SocialConnections::Table.into_iden(),
            SealingKeys::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
