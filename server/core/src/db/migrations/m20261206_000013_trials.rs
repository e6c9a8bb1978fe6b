//! The no-signup trial: each trial image a visitor made (kept 24 hours), and the daily salts
//! their identities are hashed with.
//!
//! A visitor is known by three hashes, never by an address: `visitor` (the SHA-256 of the random
//! token in their trial cookie), `fingerprint` (a salted SHA-256 of their network address — the
//! /64 for IPv6 — with their user agent) and `network` (a salted SHA-256 of the address alone).
//! The salt is random per UTC day, and deleted two days later: from then on, no hash can be
//! matched to an address by anyone.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TrialSalts {
    Table,
    Day,
    Salt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrialImages {
    Table,
    Id,
    Visitor,
    Fingerprint,
    Network,
    Model,
    ModelLabel,
    Provider,
    Upstream,
    Prompt,
    Width,
    Height,
    Seed,
    Status,
    ErrorCode,
    Mime,
    Bytes,
    ImageWidth,
    ImageHeight,
    OriginalKey,
    PreviewKey,
    PreviewWidth,
    PreviewHeight,
    ThumbKey,
    ThumbWidth,
    ThumbHeight,
    CreatedAt,
    FinishedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TrialSalts::Table)
                    .if_not_exists()
                    .col(string_len(TrialSalts::Day, 10).primary_key())
                    .col(string_len(TrialSalts::Salt, 64))
                    .col(timestamp_with_time_zone(TrialSalts::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrialImages::Table)
                    .if_not_exists()
                    .col(uuid(TrialImages::Id).primary_key())
                    .col(string_len(TrialImages::Visitor, 64))
                    .col(string_len(TrialImages::Fingerprint, 64))
                    .col(string_len(TrialImages::Network, 64))
                    .col(string_len(TrialImages::Model, 64))
                    .col(string_len(TrialImages::ModelLabel, 120))
                    .col(string_len(TrialImages::Provider, 16))
                    .col(string_len(TrialImages::Upstream, 255))
                    .col(text(TrialImages::Prompt))
                    .col(integer(TrialImages::Width))
                    .col(integer(TrialImages::Height))
                    .col(big_integer(TrialImages::Seed))
                    .col(string_len(TrialImages::Status, 16))
                    .col(string_len_null(TrialImages::ErrorCode, 32))
                    .col(string_len_null(TrialImages::Mime, 32))
                    .col(big_integer_null(TrialImages::Bytes))
                    .col(integer_null(TrialImages::ImageWidth))
                    .col(integer_null(TrialImages::ImageHeight))
                    .col(text_null(TrialImages::OriginalKey))
                    .col(text_null(TrialImages::PreviewKey))
                    .col(integer_null(TrialImages::PreviewWidth))
                    .col(integer_null(TrialImages::PreviewHeight))
                    .col(text_null(TrialImages::ThumbKey))
                    .col(integer_null(TrialImages::ThumbWidth))
                    .col(integer_null(TrialImages::ThumbHeight))
                    .col(timestamp_with_time_zone(TrialImages::CreatedAt))
                    .col(timestamp_with_time_zone_null(TrialImages::FinishedAt))
                    .col(timestamp_with_time_zone(TrialImages::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_trial_images_visitor", TrialImages::Visitor),
            ("idx_trial_images_fingerprint", TrialImages::Fingerprint),
            ("idx_trial_images_network", TrialImages::Network),
            ("idx_trial_images_created", TrialImages::CreatedAt),
            ("idx_trial_images_expires", TrialImages::ExpiresAt),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(TrialImages::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TrialImages::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(TrialSalts::Table).to_owned())
            .await
    }
}
