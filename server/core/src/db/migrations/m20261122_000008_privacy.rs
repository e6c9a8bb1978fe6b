//! Privacy: proof of cookie choices, each person's restriction and objection settings, data
//! exports, pending erasures, first-party page-view counts, the retention runs' log, announced
//! policy changes and who acknowledged them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    Id,
    Subject,
    UserId,
    GivenAt,
    Revision,
    Action,
    Analytics,
    Signal,
}

#[derive(DeriveIden)]
enum PrivacySettings {
    Table,
    UserId,
    AnalyticsOptOut,
    ProductEmailsOptOut,
    RestrictedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DataExports {
    Table,
    Id,
    UserId,
    Status,
    RequestedAt,
    ReadyAt,
    ExpiresAt,
    ObjectKey,
    SizeBytes,
}

#[derive(DeriveIden)]
enum Erasures {
    Table,
    UserId,
    RequestedAt,
    PurgeAt,
}

#[derive(DeriveIden)]
enum AnalyticsDaily {
    Table,
    Day,
    Path,
    Referrer,
    Device,
    Country,
    Views,
}

#[derive(DeriveIden)]
enum PolicyAnnouncements {
    Table,
    Id,
    Version,
    Summary,
    AnnouncedAt,
    EffectiveAt,
    EmailedThrough,
    EmailedCount,
}

#[derive(DeriveIden)]
enum PolicyAcks {
    Table,
    UserId,
    Version,
    AcknowledgedAt,
}

#[derive(DeriveIden)]
enum RetentionRuns {
    Table,
    Id,
    Task,
    StartedAt,
    FinishedAt,
    Counts,
}

fn owner_fk(
    table: impl IntoIden,
    col: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(Users::Table, Users::Id)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Consents::Table)
                    .if_not_exists()
                    .col(uuid(Consents::Id).primary_key())
                    .col(string_len(Consents::Subject, 32))
                    // Proof outlives an erased account, detached from it.
                    .col(uuid_null(Consents::UserId))
                    .col(timestamp_with_time_zone(Consents::GivenAt))
                    .col(string_len(Consents::Revision, 16))
                    .col(string_len(Consents::Action, 16))
                    .col(boolean(Consents::Analytics))
                    .col(string_len_null(Consents::Signal, 8))
                    .foreign_key(&mut owner_fk(
                        Consents::Table,
                        Consents::UserId,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_consents_user", Consents::UserId),
            ("idx_consents_subject", Consents::Subject),
            ("idx_consents_given", Consents::GivenAt),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Consents::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(PrivacySettings::Table)
                    .if_not_exists()
                    .col(uuid(PrivacySettings::UserId).primary_key())
                    .col(boolean(PrivacySettings::AnalyticsOptOut))
                    .col(boolean(PrivacySettings::ProductEmailsOptOut))
                    .col(timestamp_with_time_zone_null(PrivacySettings::RestrictedAt))
                    .col(timestamp_with_time_zone(PrivacySettings::UpdatedAt))
                    .foreign_key(&mut owner_fk(
                        PrivacySettings::Table,
                        PrivacySettings::UserId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DataExports::Table)
                    .if_not_exists()
                    .col(uuid(DataExports::Id).primary_key())
                    .col(uuid(DataExports::UserId))
                    .col(string_len(DataExports::Status, 16))
                    .col(timestamp_with_time_zone(DataExports::RequestedAt))
                    .col(timestamp_with_time_zone_null(DataExports::ReadyAt))
                    .col(timestamp_with_time_zone_null(DataExports::ExpiresAt))
                    .col(string_len_null(DataExports::ObjectKey, 200))
                    .col(big_integer_null(DataExports::SizeBytes))
                    .foreign_key(&mut owner_fk(
                        DataExports::Table,
                        DataExports::UserId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_exports_user_time")
                    .table(DataExports::Table)
                    .col(DataExports::UserId)
                    .col(DataExports::RequestedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Erasures::Table)
                    .if_not_exists()
                    .col(uuid(Erasures::UserId).primary_key())
                    .col(timestamp_with_time_zone(Erasures::RequestedAt))
                    .col(timestamp_with_time_zone(Erasures::PurgeAt))
                    .foreign_key(&mut owner_fk(
                        Erasures::Table,
                        Erasures::UserId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AnalyticsDaily::Table)
                    .if_not_exists()
                    .col(string_len(AnalyticsDaily::Day, 10))
                    .col(string_len(AnalyticsDaily::Path, 64))
                    .col(string_len(AnalyticsDaily::Referrer, 128))
                    .col(string_len(AnalyticsDaily::Device, 8))
                    .col(string_len(AnalyticsDaily::Country, 2))
                    .col(big_integer(AnalyticsDaily::Views))
                    .primary_key(
                        Index::create()
                            .col(AnalyticsDaily::Day)
                            .col(AnalyticsDaily::Path)
                            .col(AnalyticsDaily::Referrer)
                            .col(AnalyticsDaily::Device)
                            .col(AnalyticsDaily::Country),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RetentionRuns::Table)
                    .if_not_exists()
                    .col(uuid(RetentionRuns::Id).primary_key())
                    .col(string_len(RetentionRuns::Task, 32))
                    .col(timestamp_with_time_zone(RetentionRuns::StartedAt))
                    .col(timestamp_with_time_zone(RetentionRuns::FinishedAt))
                    .col(text(RetentionRuns::Counts))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PolicyAnnouncements::Table)
                    .if_not_exists()
                    .col(uuid(PolicyAnnouncements::Id).primary_key())
                    .col(string_len(PolicyAnnouncements::Version, 16))
                    .col(text(PolicyAnnouncements::Summary))
                    .col(timestamp_with_time_zone(PolicyAnnouncements::AnnouncedAt))
                    .col(timestamp_with_time_zone(PolicyAnnouncements::EffectiveAt))
                    .col(uuid_null(PolicyAnnouncements::EmailedThrough))
                    .col(big_integer(PolicyAnnouncements::EmailedCount))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PolicyAcks::Table)
                    .if_not_exists()
                    .col(uuid(PolicyAcks::UserId))
                    .col(string_len(PolicyAcks::Version, 16))
                    .col(timestamp_with_time_zone(PolicyAcks::AcknowledgedAt))
                    .primary_key(
                        Index::create()
                            .col(PolicyAcks::UserId)
                            .col(PolicyAcks::Version),
                    )
                    .foreign_key(&mut owner_fk(
                        PolicyAcks::Table,
                        PolicyAcks::UserId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
