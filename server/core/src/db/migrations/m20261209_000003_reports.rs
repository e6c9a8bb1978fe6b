//! Reports of shared images, and take-downs: a share taken down stays as a row (its page answers
//! 410, its image cannot be shared again) with when and why (the report reason's code).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Shares {
    Table,
    TakenDownAt,
    TakedownReason,
}

#[derive(DeriveIden)]
enum ShareReports {
    Table,
    Id,
    ShareId,
    ImageId,
    OwnerId,
    ReporterId,
    ReporterEmail,
    ReporterKey,
    Language,
    Reason,
    Details,
    CreatedAt,
    Status,
    DecidedAt,
    DecidedBy,
    DecisionReason,
    Note,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Shares::Table)
                    .add_column(timestamp_with_time_zone_null(Shares::TakenDownAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Shares::Table)
                    .add_column(string_len_null(Shares::TakedownReason, 32))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ShareReports::Table)
                    .if_not_exists()
                    .col(uuid(ShareReports::Id).primary_key())
                    // No foreign key: a report outlives a revoked share.
                    .col(string_len(ShareReports::ShareId, 32))
                    .col(uuid_null(ShareReports::ImageId))
                    .col(uuid(ShareReports::OwnerId))
                    .col(uuid_null(ShareReports::ReporterId))
                    .col(string_len_null(ShareReports::ReporterEmail, 254))
                    .col(string_len_null(ShareReports::ReporterKey, 64))
                    .col(string_len(ShareReports::Language, 8))
                    .col(string_len(ShareReports::Reason, 32))
                    .col(text(ShareReports::Details))
                    .col(timestamp_with_time_zone(ShareReports::CreatedAt))
                    .col(string_len(ShareReports::Status, 16))
                    .col(timestamp_with_time_zone_null(ShareReports::DecidedAt))
                    .col(uuid_null(ShareReports::DecidedBy))
                    .col(text_null(ShareReports::DecisionReason))
                    .col(text_null(ShareReports::Note))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ShareReports::Table, ShareReports::OwnerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ShareReports::Table, ShareReports::ReporterId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ShareReports::Table, ShareReports::DecidedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_share_reports_status_time",
                vec![ShareReports::Status, ShareReports::CreatedAt],
            ),
            ("idx_share_reports_share", vec![ShareReports::ShareId]),
            ("idx_share_reports_owner", vec![ShareReports::OwnerId]),
            ("idx_share_reports_reporter", vec![ShareReports::ReporterId]),
        ] {
            let mut index = Index::create();
            index.name(name).table(ShareReports::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }
}
