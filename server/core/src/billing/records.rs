//! Payment records: their views, the export's rows, detaching them from an erased account and
//! deleting them when the legal period ends (P-PAY-2).

use chrono::{DateTime, Utc};
use obscura_shared::billing::PaymentView;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde::Serialize;
use uuid::Uuid;

use crate::db::entities::payment;

/// A payment as the billing page shows it.
#[must_use]
pub fn view(p: payment::Model) -> PaymentView {
    PaymentView {
        paid_at: p.paid_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        label: p.item_label,
        credits: p.credits,
        amount: p.amount,
        currency: p.currency,
        amount_refunded: p.amount_refunded,
        status: p.status,
        card: p.card_brand.zip(p.card_last4),
        invoice_url: p.invoice_url,
        invoice_pdf: p.invoice_pdf,
    }
}

/// A payment in the data export: everything stored about it.
#[derive(Debug, Clone, Serialize)]
pub struct ExportedPayment {
    /// When.
    pub paid_at: DateTime<Utc>,
    /// `pack` or `plan`.
    pub kind: String,
    /// What was bought.
    pub item: String,
    /// Credits given.
    pub credits: i64,
    /// Credits taken back after refunds or disputes.
    pub credits_taken_back: i64,
    /// Amount, smallest unit.
    pub amount: i64,
    /// Currency.
    pub currency: String,
    /// Refunded.
    pub amount_refunded: i64,
    /// Status.
    pub status: String,
    /// Card brand.
    pub card_brand: Option<String>,
    /// Last four digits.
    pub card_last4: Option<String>,
    /// Expiry as `MM/YYYY`.
    pub card_expiry: Option<String>,
    /// Billing name.
    pub billing_name: Option<String>,
    /// Company.
    pub billing_company: Option<String>,
    /// Address.
    pub billing_address: Option<String>,
    /// VAT id.
    pub vat_id: Option<String>,
    /// Stripe's ids: customer, checkout session, invoice, payment intent, charge.
    pub stripe_ids: Vec<String>,
    /// The invoice.
    pub invoice_url: Option<String>,
}

/// The account's payments for the export, oldest first.
///
/// # Errors
/// Database errors.
pub async fn export<C: ConnectionTrait>(
    db: &C,
    user: Uuid,
) -> Result<Vec<ExportedPayment>, sea_orm::DbErr> {
    Ok(payment::Entity::find()
        .filter(payment::Column::UserId.eq(user))
        .order_by_asc(payment::Column::PaidAt)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ExportedPayment {
            paid_at: p.paid_at,
            kind: p.kind,
            item: p.item_label,
            credits: p.credits,
            credits_taken_back: p.credits_taken_back,
            amount: p.amount,
            currency: p.currency,
            amount_refunded: p.amount_refunded,
            status: p.status,
            card_brand: p.card_brand,
            card_last4: p.card_last4,
            card_expiry: p
                .card_exp_month
                .zip(p.card_exp_year)
                .map(|(m, y)| format!("{m:02}/{y}")),
            billing_name: p.billing_name,
            billing_company: p.billing_company,
            billing_address: p.billing_address,
            vat_id: p.vat_id,
            stripe_ids: [
                p.customer_id,
                p.checkout_session_id,
                p.invoice_id,
                p.payment_intent_id,
                p.charge_id,
            ]
            .into_iter()
            .flatten()
            .collect(),
            invoice_url: p.invoice_url,
        })
        .collect())
}

/// Detaches the account's payment records before the account is deleted: the records stay
/// (the law asks for them) without the account id.
///
/// # Errors
/// Database errors.
pub async fn detach<C: ConnectionTrait>(
    db: &C,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<u64, sea_orm::DbErr> {
    Ok(payment::Entity::update_many()
        .col_expr(payment::Column::UserId, Expr::value(Option::<Uuid>::None))
        .col_expr(payment::Column::DetachedAt, Expr::value(now))
        .filter(payment::Column::UserId.eq(user))
        .exec(db)
        .await?
        .rows_affected)
}

/// Deletes payment records older than the retention period.
///
/// # Errors
/// Database errors.
pub async fn purge<C: ConnectionTrait>(
    db: &C,
    now: DateTime<Utc>,
    years: u32,
) -> Result<u64, sea_orm::DbErr> {
    let cutoff = now
        .checked_sub_months(chrono::Months::new(years.saturating_mul(12)))
        .unwrap_or(now);
    Ok(payment::Entity::delete_many()
        .filter(payment::Column::PaidAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected)
}
