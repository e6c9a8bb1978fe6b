//! Credits: an append-only ledger (one row per cause, unique idempotency key) and a balance per
//! account kept by one conditional update in the same transaction, never below zero.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CreditBalances {
    Table,
    UserId,
    Balance,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CreditLedger {
    Table,
    Id,
    UserId,
    Kind,
    Delta,
    Amount,
    IdempotencyKey,
    Reference,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CreditBalances::Table)
                    .if_not_exists()
                    .col(uuid(CreditBalances::UserId).primary_key())
                    .col(
                        big_integer(CreditBalances::Balance)
                            .check(Expr::col(CreditBalances::Balance).gte(0)),
                    )
                    .col(timestamp_with_time_zone(CreditBalances::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CreditBalances::Table, CreditBalances::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CreditLedger::Table)
                    .if_not_exists()
                    .col(uuid(CreditLedger::Id).primary_key())
                    .col(uuid(CreditLedger::UserId))
                    .col(string_len(CreditLedger::Kind, 16))
                    .col(big_integer(CreditLedger::Delta))
                    .col(big_integer(CreditLedger::Amount))
                    .col(string_len_uniq(CreditLedger::IdempotencyKey, 200))
                    .col(string_len_null(CreditLedger::Reference, 100))
                    .col(timestamp_with_time_zone(CreditLedger::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CreditLedger::Table, CreditLedger::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_credit_ledger_user_time")
                    .table(CreditLedger::Table)
                    .col(CreditLedger::UserId)
                    .col(CreditLedger::CreatedAt)
                    .to_owned(),
            )
            .await
    }
}
