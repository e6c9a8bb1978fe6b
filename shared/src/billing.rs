//! Billing views: what `/pricing` and `/settings/billing` show, and the form's field names.

use serde::{Deserialize, Serialize};

/// Form ids (for feedback) and field names.
pub mod fields {
    /// The payment to refund.
    pub const PAYMENT: &str = "payment";
    /// How much to refund, in the currency's main unit (empty: all that is left).
    pub const AMOUNT: &str = "amount";
    /// The pack or plan to buy.
    pub const ITEM: &str = "item";
}

/// Form ids for feedback.
pub mod forms {
    /// An admin's refund.
    pub const REFUND: &str = "refund";
    /// Buying a pack or plan.
    pub const CHECKOUT: &str = "checkout";
    /// Opening the customer portal.
    pub const PORTAL: &str = "portal";
}

/// A price as Stripe holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceView {
    /// Smallest currency unit.
    pub amount: i64,
    /// ISO 4217, lower case.
    pub currency: String,
    /// For plans: `month`, `year`, … with its count.
    pub interval: Option<(String, u32)>,
}

/// One pack or plan for sale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemView {
    /// Our id (the form's value).
    pub id: String,
    /// Label.
    pub label: String,
    /// Credits it gives (per period for plans).
    pub credits: i64,
    /// The price, when Stripe could be asked.
    pub price: Option<PriceView>,
    /// Plans: whether unused credits stay.
    pub rollover: bool,
}

/// What `/pricing` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PricingView {
    /// Payments can be taken.
    pub enabled: bool,
    /// One-time packs.
    pub packs: Vec<ItemView>,
    /// Plans.
    pub plans: Vec<ItemView>,
    /// What one image costs with each model: (label, credits).
    pub model_costs: Vec<(String, i64)>,
    /// Credits a new account starts with.
    pub signup_credits: i64,
}

/// One payment on the billing page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentView {
    /// When (RFC 3339).
    pub paid_at: String,
    /// The pack or plan.
    pub label: String,
    /// Credits given.
    pub credits: i64,
    /// Amount paid, smallest unit.
    pub amount: i64,
    /// Currency.
    pub currency: String,
    /// Refunded so far.
    pub amount_refunded: i64,
    /// `paid`, `partially_refunded`, `refunded`, `disputed`.
    pub status: String,
    /// e.g. `visa` and `4242`.
    pub card: Option<(String, String)>,
    /// Stripe's hosted invoice.
    pub invoice_url: Option<String>,
    /// The invoice PDF.
    pub invoice_pdf: Option<String>,
}

/// The account's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionView {
    /// The plan's label.
    pub label: String,
    /// Credits per period.
    pub credits: i64,
    /// Stripe's status.
    pub status: String,
    /// End of the paid period (RFC 3339).
    pub current_period_end: Option<String>,
    /// Ends then rather than renewing.
    pub cancel_at_period_end: bool,
}

/// Where a checkout the person came back from stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckoutState {
    /// Stripe has not told us yet: the credits are on their way.
    Waiting,
    /// Recorded: the credits given.
    Credited(i64),
}

/// What `/settings/billing` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct BillingOverview {
    /// What is for sale (and whether billing is on).
    pub pricing: PricingView,
    /// The address is confirmed (only confirmed accounts can buy).
    pub verified: bool,
    /// Credits now.
    pub balance: i64,
    /// Credits a refund could not take back: new images wait until it is settled.
    pub owed: i64,
    /// The plan, if any (not ended).
    pub subscription: Option<SubscriptionView>,
    /// The account has a Stripe customer (the portal can open).
    pub has_customer: bool,
    /// Payments, newest first.
    pub payments: Vec<PaymentView>,
    /// The checkout the person just came back from.
    pub checkout: Option<CheckoutState>,
}

/// One payment on the admin page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminPaymentView {
    /// Its id (the refund form's value).
    pub id: String,
    /// The payment as the person sees it.
    pub payment: PaymentView,
    /// The account's email, or None once erased (the record is kept, detached).
    pub account: Option<String>,
    /// Whether some of it can still be refunded here.
    pub refundable: bool,
}

/// One month's takings in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthRevenue {
    /// `YYYY-MM`.
    pub month: String,
    /// Currency.
    pub currency: String,
    /// Paid, smallest unit.
    pub gross: i64,
    /// Refunded.
    pub refunded: i64,
    /// Payments.
    pub count: i64,
}

/// The filter of `/admin/payments` (its query string: `status`, `account`, `from`, `to`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PaymentFilter {
    /// Only this status.
    pub status: Option<String>,
    /// Only accounts whose email address contains this.
    pub account: Option<String>,
    /// Paid on or after this day (`YYYY-MM-DD`, UTC).
    pub from: Option<String>,
    /// Paid on or before this day.
    pub to: Option<String>,
}

/// What `/admin/payments` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AdminPayments {
    /// Payments can be refunded here (Stripe is configured).
    pub enabled: bool,
    /// The filter applied (what could not be read is left out).
    pub filter: PaymentFilter,
    /// Filter fields that could not be read: (field, message).
    pub filter_errors: Vec<(String, String)>,
    /// Payments, newest first (at most 200).
    pub payments: Vec<AdminPaymentView>,
    /// Revenue per month, oldest first (the last 12 months with payments).
    pub months: Vec<MonthRevenue>,
}

/// `1234` in `eur` as `€12.34`; currencies without a symbol here as `12.34 SEK`.
#[must_use]
pub fn money(amount: i64, currency: &str) -> String {
    let zero_decimal = matches!(
        currency,
        "bif"
            | "clp"
            | "djf"
            | "gnf"
            | "jpy"
            | "kmf"
            | "krw"
            | "mga"
            | "pyg"
            | "rwf"
            | "ugx"
            | "vnd"
            | "vuv"
            | "xaf"
            | "xof"
            | "xpf"
    );
    let number = if zero_decimal {
        amount.to_string()
    } else {
        let sign = if amount < 0 { "-" } else { "" };
        let a = amount.unsigned_abs();
        format!("{sign}{}.{:02}", a / 100, a % 100)
    };
    match currency {
        "eur" => format!("€{number}"),
        "usd" => format!("${number}"),
        "gbp" => format!("£{number}"),
        "jpy" => format!("¥{number}"),
        other => format!("{number} {}", other.to_uppercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::money;

    #[test]
    fn amounts_are_written_in_their_currency() {
        assert_eq!(money(1234, "eur"), "€12.34");
        assert_eq!(money(500, "usd"), "$5.00");
        assert_eq!(money(7, "gbp"), "£0.07");
        assert_eq!(money(1500, "jpy"), "¥1500");
        assert_eq!(money(9900, "sek"), "99.00 SEK");
    }
}
