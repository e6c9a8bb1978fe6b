//! Billing for admins: the payments list with its filter, revenue per month, and refunds
//! through Stripe (whose `charge.refunded` event then takes the credits back).

use std::collections::BTreeMap;

use obscura_shared::{
    account::Language,
    billing::{AdminPaymentView, AdminPayments, MonthRevenue, PaymentFilter},
    i18n::Message,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement,
};
use uuid::Uuid;

use super::{BillingError, records};
use crate::{
    db::entities::{payment, user},
    state::AppState,
};

/// The statuses the list can be filtered by.
pub const STATUSES: &[&str] = &["paid", "partially_refunded", "refunded", "disputed"];

/// How many payments the page lists.
const LIMIT: u64 = 200;

fn day(
    field: &str,
    value: Option<&String>,
    errors: &mut Vec<(String, Message)>,
) -> Option<chrono::NaiveDate> {
    let v = value.map(|v| v.trim()).filter(|v| !v.is_empty())?;
    let parsed = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.push((field.to_owned(), Message::new("error-payments-date")));
    }
    parsed
}

/// The payments page: newest first, filtered by status, account and paid date, with revenue per
/// month; messages about the filters in `lang`.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn overview(
    state: &AppState,
    filter: &PaymentFilter,
    lang: Language,
) -> anyhow::Result<AdminPayments> {
    let mut errors = Vec::new();
    let status = filter
        .status
        .as_deref()
        .filter(|s| STATUSES.contains(s))
        .map(str::to_owned);
    let account = filter
        .account
        .as_deref()
        .map(|a| a.trim().to_lowercase())
        .filter(|a| !a.is_empty())
        .map(|a| a.chars().take(254).collect::<String>());
    let from = day("from", filter.from.as_ref(), &mut errors);
    let to = day("to", filter.to.as_ref(), &mut errors);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        errors.push(("to".to_owned(), Message::new("error-payments-range")));
    }
    let mut query = payment::Entity::find().order_by_desc(payment::Column::PaidAt);
    if let Some(s) = &status {
        query = query.filter(payment::Column::Status.eq(s.as_str()));
    }
    if let Some(a) = &account {
        // Matched in Rust: an admin's search text never becomes a LIKE pattern.
        let ids: Vec<Uuid> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::Email)
            .into_tuple::<(Uuid, String)>()
            .all(&state.db)
            .await?
            .into_iter()
            .filter(|(_, email)| email.to_lowercase().contains(a.as_str()))
            .map(|(id, _)| id)
            .collect();
        query = query.filter(payment::Column::UserId.is_in(ids));
    }
    if let Some(f) = from.and_then(|d| d.and_hms_opt(0, 0, 0)) {
        query = query.filter(payment::Column::PaidAt.gte(f.and_utc()));
    }
    if let Some(t) = to
        .and_then(|d| d.succ_opt())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
    {
        query = query.filter(payment::Column::PaidAt.lt(t.and_utc()));
    }
    let rows = query.limit(LIMIT).all(&state.db).await?;
    let owners: Vec<Uuid> = rows.iter().filter_map(|p| p.user_id).collect();
    let emails: BTreeMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(owners))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    let enabled = state.billing.client().is_some();
    let payments = rows
        .into_iter()
        .map(|p| AdminPaymentView {
            id: p.id.to_string(),
            account: p.user_id.and_then(|u| emails.get(&u).cloned()),
            refundable: enabled
                && p.payment_intent_id.is_some()
                && p.amount_refunded < p.amount
                && p.status != "disputed",
            payment: records::view(p),
        })
        .collect();
    Ok(AdminPayments {
        enabled,
        filter: PaymentFilter {
            status,
            account,
            from: from.map(|d| d.to_string()),
            to: to.map(|d| d.to_string()),
        },
        filter_errors: errors
            .into_iter()
            .map(|(field, m)| (field, m.render(lang)))
            .collect(),
        payments,
        months: revenue(state).await?,
    })
}

/// Paid and refunded per month and currency, the last 12 months that had payments.
async fn revenue(state: &AppState) -> anyhow::Result<Vec<MonthRevenue>> {
    let since = state.clock.now() - chrono::Duration::days(366);
    Ok(revenue_by(state, since, Unit::Month)
        .await?
        .into_iter()
        .map(|r| MonthRevenue {
            month: r.period,
            currency: r.currency,
            gross: r.gross,
            refunded: r.refunded,
            count: r.count,
        })
        .collect())
}

/// What revenue is counted per (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
}

/// Payments of one day or month in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revenue {
    /// `YYYY-MM-DD` or `YYYY-MM`, as asked.
    pub period: String,
    /// ISO 4217, lower case.
    pub currency: String,
    /// Paid, smallest unit.
    pub gross: i64,
    /// Refunded of those payments so far, smallest unit.
    pub refunded: i64,
    /// Payments.
    pub count: i64,
}

/// Paid and refunded per `unit` and currency of the payments paid since `since` (by when they
/// were paid), oldest first: one grouped statement on `paid_at`.
///
/// # Errors
/// Database errors.
pub async fn revenue_by(
    state: &AppState,
    since: chrono::DateTime<chrono::Utc>,
    unit: Unit,
) -> anyhow::Result<Vec<Revenue>> {
    let backend = state.db.get_database_backend();
    let period = match (backend, unit) {
        (DbBackend::Postgres, Unit::Day) => "to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        (DbBackend::Postgres, Unit::Month) => "to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM')",
        (_, Unit::Day) => "strftime('%Y-%m-%d', paid_at)",
        (_, Unit::Month) => "strftime('%Y-%m', paid_at)",
    };
    let sql = format!(
        "SELECT {period} AS period, currency, CAST(SUM(amount) AS BIGINT) AS gross, \
         CAST(SUM(amount_refunded) AS BIGINT) AS refunded, COUNT(*) AS n \
         FROM payments WHERE paid_at >= $1 GROUP BY {period}, currency ORDER BY period, currency"
    );
    let rows = state
        .db
        .query_all_raw(Statement::from_sql_and_values(backend, sql, [since.into()]))
        .await?;
    rows.iter()
        .map(|r| {
            let gross: Option<i64> = r.try_get("", "gross")?;
            let refunded: Option<i64> = r.try_get("", "refunded")?;
            Ok(Revenue {
                period: r.try_get("", "period")?,
                currency: r.try_get("", "currency")?,
                gross: gross.unwrap_or_default(),
                refunded: refunded.unwrap_or_default(),
                count: r.try_get("", "n")?,
            })
        })
        .collect()
}

/// What an admin asked to refund.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefundAmount {
    /// All that is left.
    Rest,
    /// This much, smallest unit.
    Part(i64),
}

/// Reads the refund form's amount in the currency's main unit (`12.50`); empty is the rest.
///
/// # Errors
/// `None` when it is not an amount with at most two decimals, or not above zero.
#[must_use]
pub fn parse_amount(input: &str) -> Option<RefundAmount> {
    let input = input.trim().replace(',', ".");
    if input.is_empty() {
        return Some(RefundAmount::Rest);
    }
    let (whole, frac) = input.split_once('.').unwrap_or((&input, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || whole.len() > 9
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let cents: i64 = format!("{frac:0<2}").parse().ok()?;
    let total = whole * 100 + cents;
    (total > 0).then_some(RefundAmount::Part(total))
}

/// Why a refund did not happen.
#[derive(Debug, thiserror::Error)]
pub enum RefundError {
    /// No such payment.
    #[error("no such payment")]
    NotFound,
    /// The amount is not one, or more than what is left.
    #[error("invalid amount")]
    Amount {
        /// What can still be refunded, smallest unit.
        left: i64,
        /// Its currency.
        currency: String,
    },
    /// Nothing is left to refund, or it is disputed (Stripe handles that).
    #[error("not refundable")]
    NotRefundable,
    /// Stripe could not be reached: nothing was refunded.
    #[error("stripe unreachable")]
    Unreachable,
    /// Stripe refused the refund (logged: a key without refund rights, a charge it no longer
    /// allows to refund, …): nothing was refunded.
    #[error("stripe refused the refund")]
    Refused,
    /// Stripe.
    #[error(transparent)]
    Billing(#[from] BillingError),
}

/// Refunds `amount` of a payment through Stripe. The credits are taken back when Stripe's
/// `charge.refunded` event arrives, like a refund made in Stripe's dashboard.
///
/// # Errors
/// [`RefundError`].
#[tracing::instrument(skip_all, fields(payment_id = %id))]
pub async fn refund(state: &AppState, id: Uuid, amount: &str) -> Result<i64, RefundError> {
    let client = state
        .billing
        .client()
        .ok_or(RefundError::Billing(BillingError::Off))?;
    let p = payment::Entity::find_by_id(id)
        .one(&state.db)
        .await
        .map_err(BillingError::from)?
        .ok_or(RefundError::NotFound)?;
    let left = p.amount - p.amount_refunded;
    let (Some(intent), true) = (
        p.payment_intent_id.as_deref(),
        left > 0 && p.status != "disputed",
    ) else {
        return Err(RefundError::NotRefundable);
    };
    let wrong = || RefundError::Amount {
        left,
        currency: p.currency.clone(),
    };
    let value = match parse_amount(amount).ok_or_else(wrong)? {
        RefundAmount::Rest => None,
        RefundAmount::Part(n) if n <= left => Some(n),
        RefundAmount::Part(_) => return Err(wrong()),
    };
    // The key names what this refund is (the payment, what was refunded of it so far, and how
    // much more): a second click, or a retried form, is the same refund at Stripe and not another.
    // Once Stripe's event has counted a refund, the next one has a new key.
    let key = format!(
        "refund:{id}:{}:{}",
        p.amount_refunded,
        value.map_or_else(|| "rest".to_owned(), |v| v.to_string())
    );
    client
        .refund(intent, value, &key)
        .await
        .map_err(|e| match e {
            super::stripe::StripeError::Unavailable => {
                tracing::warn!("stripe could not be reached for a refund");
                RefundError::Unreachable
            }
            other => {
                tracing::error!(error = %other, "stripe refused a refund");
                RefundError::Refused
            }
        })?;
    Ok(value.unwrap_or(left))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refund_amounts_are_read_in_the_main_unit() {
        assert_eq!(parse_amount(""), Some(RefundAmount::Rest));
        assert_eq!(parse_amount("12.5"), Some(RefundAmount::Part(1250)));
        assert_eq!(parse_amount("12,50"), Some(RefundAmount::Part(1250)));
        assert_eq!(parse_amount("3"), Some(RefundAmount::Part(300)));
        assert_eq!(parse_amount(".5"), Some(RefundAmount::Part(50)));
        for bad in ["0", "-1", "1.234", "abc", "1e3", ".", "12.5.1"] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
    }
}
