//! Two-step verification: an authenticator app (TOTP) per account, its single-use recovery
//! codes, and the sign-ins waiting for their second step.
//!
//! `mfa_totp` keeps the shared secret sealed with AES-256-GCM under a key derived from the
//! master key, and the last time step used (a code is never accepted twice). Recovery codes and
//! challenge tokens are kept only as SHA-256 digests. Every row goes with its account.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MfaTotp {
    Table,
    UserId,
    SecretSealed,
    ConfirmedAt,
    LastStep,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MfaRecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    CreatedAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum MfaChallenges {
    Table,
    TokenHash,
    UserId,
    Method,
    Attempts,
    CreatedAt,
    ExpiresAt,
    UsedAt,
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
                    .table(MfaTotp::Table)
                    .if_not_exists()
                    .col(uuid(MfaTotp::UserId).primary_key())
                    .col(text(MfaTotp::SecretSealed))
                    .col(timestamp_with_time_zone_null(MfaTotp::ConfirmedAt))
                    .col(big_integer_null(MfaTotp::LastStep))
                    .col(timestamp_with_time_zone(MfaTotp::CreatedAt))
                    .foreign_key(&mut owned_by(MfaTotp::Table, MfaTotp::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MfaRecoveryCodes::Table)
                    .if_not_exists()
                    .col(uuid(MfaRecoveryCodes::Id).primary_key())
                    .col(uuid(MfaRecoveryCodes::UserId))
                    .col(string_len_uniq(MfaRecoveryCodes::CodeHash, 64))
                    .col(timestamp_with_time_zone(MfaRecoveryCodes::CreatedAt))
                    .col(timestamp_with_time_zone_null(MfaRecoveryCodes::UsedAt))
                    .foreign_key(&mut owned_by(
                        MfaRecoveryCodes::Table,
                        MfaRecoveryCodes::UserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mfa_recovery_codes_user")
                    .table(MfaRecoveryCodes::Table)
                    .col(MfaRecoveryCodes::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MfaChallenges::Table)
                    .if_not_exists()
                    .col(string_len(MfaChallenges::TokenHash, 64).primary_key())
                    .col(uuid(MfaChallenges::UserId))
                    .col(string_len(MfaChallenges::Method, 60))
                    .col(integer(MfaChallenges::Attempts).default(0))
                    .col(timestamp_with_time_zone(MfaChallenges::CreatedAt))
                    .col(timestamp_with_time_zone(MfaChallenges::ExpiresAt))
                    .col(timestamp_with_time_zone_null(MfaChallenges::UsedAt))
                    .foreign_key(&mut owned_by(MfaChallenges::Table, MfaChallenges::UserId))
                    .to_owned(),
            )
            .await
    }
}
