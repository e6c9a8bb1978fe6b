//! Passkeys (WebAuthn): an account's registered passkeys, and the registration and sign-in
//! ceremonies waiting for the browser's answer.
//!
//! `mfa_passkeys` keeps each credential as webauthn-rs serialises it (public key, counter; no
//! secret). `passkey_ceremonies` keeps the server half of a ceremony for five minutes, keyed by
//! the SHA-256 of a random token the browser echoes; a ceremony is deleted when answered.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MfaPasskeys {
    Table,
    Id,
    UserId,
    Name,
    CredentialId,
    Credential,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum PasskeyCeremonies {
    Table,
    TokenHash,
    Purpose,
    UserId,
    BoundTo,
    State,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MfaPasskeys::Table)
                    .if_not_exists()
                    .col(uuid(MfaPasskeys::Id).primary_key())
                    .col(uuid(MfaPasskeys::UserId))
                    .col(string_len(MfaPasskeys::Name, 60))
                    .col(string_len_uniq(MfaPasskeys::CredentialId, 1400))
                    .col(text(MfaPasskeys::Credential))
                    .col(timestamp_with_time_zone(MfaPasskeys::CreatedAt))
                    .col(timestamp_with_time_zone_null(MfaPasskeys::LastUsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MfaPasskeys::Table, MfaPasskeys::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mfa_passkeys_user")
                    .table(MfaPasskeys::Table)
                    .col(MfaPasskeys::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PasskeyCeremonies::Table)
                    .if_not_exists()
                    .col(string_len(PasskeyCeremonies::TokenHash, 64).primary_key())
                    .col(string_len(PasskeyCeremonies::Purpose, 20))
                    .col(uuid_null(PasskeyCeremonies::UserId))
                    .col(string_len_null(PasskeyCeremonies::BoundTo, 64))
                    .col(text(PasskeyCeremonies::State))
                    .col(timestamp_with_time_zone(PasskeyCeremonies::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasskeyCeremonies::Table, PasskeyCeremonies::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }
}
