//! Accounts: people, their sessions, emailed-link tokens, the security log and in-flight
//! Google sign-ins. Secrets are stored only as SHA-256 digests (session and link tokens) or
//! Argon2id PHC strings (passwords).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    EmailVerifiedAt,
    Name,
    Company,
    Language,
    PasswordHash,
    Role,
    AvatarKey,
    GoogleSub,
    PictureUrl,
    AgeConfirmedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    Device,
    Ip,
}

#[derive(DeriveIden)]
enum AuthTokens {
    Table,
    TokenHash,
    Purpose,
    UserId,
    Email,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum SecurityEvents {
    Table,
    Id,
    UserId,
    Kind,
    Detail,
    Device,
    Ip,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OauthFlows {
    Table,
    StateHash,
    BrowserHash,
    Nonce,
    PkceVerifier,
    Next,
    AgeConfirmed,
    ExpiresAt,
}

fn owned_by(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
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
                    .table(Users::Table)
                    .if_not_exists()
                    .col(uuid(Users::Id).primary_key())
                    .col(string_len_uniq(Users::Email, 254))
                    .col(timestamp_with_time_zone_null(Users::EmailVerifiedAt))
                    .col(string_len(Users::Name, 100))
                    .col(string_len_null(Users::Company, 100))
                    .col(string_len(Users::Language, 8))
                    .col(text_null(Users::PasswordHash))
                    .col(string_len(Users::Role, 16).default("user"))
                    .col(string_len_null(Users::AvatarKey, 200))
                    .col(string_len_null(Users::GoogleSub, 255).unique_key())
                    .col(text_null(Users::PictureUrl))
                    .col(timestamp_with_time_zone(Users::AgeConfirmedAt))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .if_not_exists()
                    .col(uuid(Sessions::Id).primary_key())
                    .col(uuid(Sessions::UserId))
                    .col(string_len_uniq(Sessions::TokenHash, 64))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .col(string_len(Sessions::Device, 100))
                    .col(string_len_null(Sessions::Ip, 64))
                    .foreign_key(&mut owned_by(Sessions::Table, Sessions::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuthTokens::Table)
                    .if_not_exists()
                    .col(string_len(AuthTokens::TokenHash, 64).primary_key())
                    .col(string_len(AuthTokens::Purpose, 16))
                    .col(uuid(AuthTokens::UserId))
                    .col(string_len(AuthTokens::Email, 254))
                    .col(timestamp_with_time_zone(AuthTokens::CreatedAt))
                    .col(timestamp_with_time_zone(AuthTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AuthTokens::UsedAt))
                    .foreign_key(&mut owned_by(AuthTokens::Table, AuthTokens::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_auth_tokens_user")
                    .table(AuthTokens::Table)
                    .col(AuthTokens::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SecurityEvents::Table)
                    .if_not_exists()
                    .col(uuid(SecurityEvents::Id).primary_key())
                    .col(uuid(SecurityEvents::UserId))
                    .col(string_len(SecurityEvents::Kind, 32))
                    .col(string_len_null(SecurityEvents::Detail, 100))
                    .col(string_len_null(SecurityEvents::Device, 100))
                    .col(string_len_null(SecurityEvents::Ip, 64))
                    .col(timestamp_with_time_zone(SecurityEvents::CreatedAt))
                    .foreign_key(&mut owned_by(SecurityEvents::Table, SecurityEvents::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_security_events_user_time")
                    .table(SecurityEvents::Table)
                    .col(SecurityEvents::UserId)
                    .col(SecurityEvents::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OauthFlows::Table)
                    .if_not_exists()
                    .col(string_len(OauthFlows::StateHash, 64).primary_key())
                    .col(string_len(OauthFlows::BrowserHash, 64))
                    .col(string_len(OauthFlows::Nonce, 128))
                    .col(string_len(OauthFlows::PkceVerifier, 128))
                    .col(string_len(OauthFlows::Next, 200))
                    .col(boolean(OauthFlows::AgeConfirmed))
                    .col(timestamp_with_time_zone(OauthFlows::ExpiresAt))
                    .to_owned(),
            )
            .await
    }
}
