//! Billing: the Stripe customer of each account, payment records, the Stripe events received,
//! subscriptions, and credits a refund could not take back.
//!
//! `payments` rows outlive their account: on erasure `user_id` is cleared (the foreign key sets
//! it to NULL) and the record is kept for the legal period, then deleted by the retention run.
//! They hold what a payment record needs (Stripe ids, amount, card brand, last four digits,
//! expiry, billing name, company, address, VAT id), never a card number or security code.
//! `billing_events` keeps each Stripe event id once, so a repeated delivery has no effect.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum BillingCustomers {
    Table,
    UserId,
    CustomerId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    Id,
    UserId,
    CustomerId,
    Kind,
    ItemId,
    ItemLabel,
    Credits,
    CheckoutSessionId,
    InvoiceId,
    PaymentIntentId,
    ChargeId,
    Amount,
    Currency,
    Status,
    AmountRefunded,
    CreditsTakenBack,
    CardBrand,
    CardLast4,
    CardExpMonth,
    CardExpYear,
    BillingName,
    BillingCompany,
    BillingAddress,
    VatId,
    InvoiceUrl,
    InvoicePdf,
    PaidAt,
    DetachedAt,
}

#[derive(DeriveIden)]
enum BillingEvents {
    Table,
    EventId,
    EventType,
    ReceivedAt,
    ProcessedAt,
}

#[derive(DeriveIden)]
enum Subscriptions {
    Table,
    SubscriptionId,
    UserId,
    PlanId,
    Status,
    CurrentPeriodEnd,
    CancelAtPeriodEnd,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CreditDebts {
    Table,
    Id,
    UserId,
    Amount,
    Cause,
    CreatedAt,
    SettledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BillingCustomers::Table)
                    .if_not_exists()
                    .col(uuid(BillingCustomers::UserId).primary_key())
                    .col(string_len_uniq(BillingCustomers::CustomerId, 255))
                    .col(timestamp_with_time_zone(BillingCustomers::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BillingCustomers::Table, BillingCustomers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Payments::Table)
                    .if_not_exists()
                    .col(uuid(Payments::Id).primary_key())
                    .col(uuid_null(Payments::UserId))
                    .col(string_len_null(Payments::CustomerId, 255))
                    .col(string_len(Payments::Kind, 16))
                    .col(string_len(Payments::ItemId, 64))
                    .col(string_len(Payments::ItemLabel, 120))
                    .col(big_integer(Payments::Credits))
                    .col(string_len_null(Payments::CheckoutSessionId, 255).unique_key())
                    .col(string_len_null(Payments::InvoiceId, 255).unique_key())
                    .col(string_len_null(Payments::PaymentIntentId, 255))
                    .col(string_len_null(Payments::ChargeId, 255))
                    .col(big_integer(Payments::Amount))
                    .col(string_len(Payments::Currency, 3))
                    .col(string_len(Payments::Status, 24))
                    .col(big_integer(Payments::AmountRefunded).default(0))
                    .col(big_integer(Payments::CreditsTakenBack).default(0))
                    .col(string_len_null(Payments::CardBrand, 32))
                    .col(string_len_null(Payments::CardLast4, 4))
                    .col(integer_null(Payments::CardExpMonth))
                    .col(integer_null(Payments::CardExpYear))
                    .col(string_len_null(Payments::BillingName, 200))
                    .col(string_len_null(Payments::BillingCompany, 200))
                    .col(text_null(Payments::BillingAddress))
                    .col(string_len_null(Payments::VatId, 64))
                    .col(text_null(Payments::InvoiceUrl))
                    .col(text_null(Payments::InvoicePdf))
                    .col(timestamp_with_time_zone(Payments::PaidAt))
                    .col(timestamp_with_time_zone_null(Payments::DetachedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Payments::Table, Payments::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_payments_user", Payments::UserId),
            ("idx_payments_charge", Payments::ChargeId),
            ("idx_payments_intent", Payments::PaymentIntentId),
            ("idx_payments_paid_at", Payments::PaidAt),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Payments::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(BillingEvents::Table)
                    .if_not_exists()
                    .col(string_len(BillingEvents::EventId, 255).primary_key())
                    .col(string_len(BillingEvents::EventType, 80))
                    .col(timestamp_with_time_zone(BillingEvents::ReceivedAt))
                    .col(timestamp_with_time_zone_null(BillingEvents::ProcessedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Subscriptions::Table)
                    .if_not_exists()
                    .col(string_len(Subscriptions::SubscriptionId, 255).primary_key())
                    .col(uuid(Subscriptions::UserId))
                    .col(string_len(Subscriptions::PlanId, 64))
                    .col(string_len(Subscriptions::Status, 24))
                    .col(timestamp_with_time_zone_null(
                        Subscriptions::CurrentPeriodEnd,
                    ))
                    .col(boolean(Subscriptions::CancelAtPeriodEnd).default(false))
                    .col(timestamp_with_time_zone(Subscriptions::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Subscriptions::Table, Subscriptions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_subscriptions_user")
                    .table(Subscriptions::Table)
                    .col(Subscriptions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CreditDebts::Table)
                    .if_not_exists()
                    .col(uuid(CreditDebts::Id).primary_key())
                    .col(uuid(CreditDebts::UserId))
                    .col(big_integer(CreditDebts::Amount))
                    .col(string_len_uniq(CreditDebts::Cause, 255))
                    .col(timestamp_with_time_zone(CreditDebts::CreatedAt))
                    .col(timestamp_with_time_zone_null(CreditDebts::SettledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CreditDebts::Table, CreditDebts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_credit_debts_user")
                    .table(CreditDebts::Table)
                    .col(CreditDebts::UserId)
                    .to_owned(),
            )
            .await
    }
}
