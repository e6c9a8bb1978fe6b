//! Billing: credit packs and plans sold through Stripe Checkout, the customer portal, Stripe's
//! webhooks, payment records and the credits they give or take back.
//!
//! Credits are never given from the browser's return from Checkout: only a verified webhook
//! does, through the `stripe-event` job, which re-reads the object from Stripe (events arrive
//! out of order and more than once). Every grant or claw-back is a ledger row keyed by the
//! Stripe object it came from, and each event id is recorded once.
//!
//! Payment records are kept for `OBSCURA_PAYMENT_RETENTION_YEARS` (P-PAY-2), detached from an
//! erased account, and hold no card number or security code (P-PAY-1).

pub mod admin;
pub mod events;
pub mod records;
pub mod stripe;
pub mod webhook;

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use obscura_shared::billing::{
    BillingOverview, CheckoutState, ItemView, PriceView, PricingView, SubscriptionView,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use uuid::Uuid;

use crate::{
    db::entities::{billing_customer, billing_event, credit_debt, payment, subscription, user},
    jobs::{Job, Schedule},
    state::AppState,
};

pub use events::HandleEvent;

/// The event types acted on; others are acknowledged and ignored.
pub const HANDLED: &[&str] = &[
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "invoice.paid",
    "invoice.payment_failed",
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "charge.refunded",
    "charge.dispute.created",
];

/// Plan statuses that count as having a plan.
const LIVE: &[&str] = &[
    "active",
    "trialing",
    "past_due",
    "unpaid",
    "incomplete",
    "paused",
];

/// How long a price read from Stripe is reused.
const PRICE_TTL: Duration = Duration::from_secs(600);

/// Why a billing action did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BillingError {
    /// Billing is not configured (or webhooks are not).
    #[error("billing is off")]
    Off,
    /// Only accounts with a confirmed address can buy.
    #[error("the address is not confirmed")]
    NotVerified,
    /// No pack or plan has this id.
    #[error("unknown pack or plan")]
    UnknownItem,
    /// The portal needs a Stripe customer: nothing was bought yet.
    #[error("no stripe customer")]
    NoCustomer,
    /// A plan is already running.
    #[error("a plan is already running")]
    AlreadySubscribed,
    /// Stripe could not be reached or refused (logged).
    #[error("stripe is unavailable")]
    Unavailable,
    /// Too many checkout or portal sessions: try again after this long.
    #[error("too many sessions")]
    RateLimited(std::time::Duration),
    /// A webhook's signature was refused.
    #[error(transparent)]
    Signature(#[from] webhook::SignatureError),
    /// The database failed.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for BillingError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

impl From<stripe::StripeError> for BillingError {
    fn from(e: stripe::StripeError) -> Self {
        match e {
            stripe::StripeError::Unavailable => {
                tracing::warn!("stripe could not be reached");
            }
            other => tracing::error!(error = %other, "stripe refused a request"),
        }
        Self::Unavailable
    }
}

/// Billing's share of the application state: the Stripe client and a cache of prices.
#[derive(Debug, Default)]
pub struct Service {
    client: Option<stripe::Client>,
    prices: Mutex<HashMap<String, (Instant, Option<PriceView>)>>,
}

impl Service {
    /// From the configuration (no client when billing is off).
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn from_config(config: &crate::config::Billing) -> anyhow::Result<Self> {
        let client = config
            .stripe
            .as_ref()
            .map(|s| stripe::Client::new(s.api_base.clone(), s.secret_key.clone()))
            .transpose()?;
        Ok(Self {
            client,
            prices: Mutex::default(),
        })
    }

    /// The Stripe client, when billing is on.
    #[must_use]
    pub const fn client(&self) -> Option<&stripe::Client> {
        self.client.as_ref()
    }

    async fn price(&self, id: &str) -> Option<PriceView> {
        let client = self.client.as_ref()?;
        if let Ok(cache) = self.prices.lock()
            && let Some((at, p)) = cache.get(id)
            && at.elapsed() < PRICE_TTL
        {
            return p.clone();
        }
        let read = match client.price(id).await {
            Ok(p) => p.unit_amount.map(|amount| PriceView {
                amount,
                currency: p.currency,
                interval: p.recurring.map(|r| (r.interval, r.interval_count)),
            }),
            Err(e) => {
                tracing::warn!(error = %e, "a price could not be read from stripe");
                None
            }
        };
        if let Ok(mut cache) = self.prices.lock() {
            cache.insert(id.to_owned(), (Instant::now(), read.clone()));
        }
        read
    }
}

/// What is for sale, with prices from Stripe (cached; missing when Stripe is unreachable), and
/// the models' costs named in `lang`.
pub async fn pricing(state: &AppState, lang: obscura_shared::account::Language) -> PricingView {
    let billing = &state.config.billing;
    let mut packs = Vec::new();
    for p in &billing.packs {
        packs.push(ItemView {
            id: p.id.clone(),
            label: p.label.clone(),
            credits: p.credits,
            price: state.billing.price(&p.price).await,
            rollover: true,
        });
    }
    let mut plans = Vec::new();
    for p in &billing.plans {
        plans.push(ItemView {
            id: p.id.clone(),
            label: p.label.clone(),
            credits: p.credits,
            price: state.billing.price(&p.price).await,
            rollover: p.rollover,
        });
    }
    PricingView {
        enabled: billing.enabled(),
        packs,
        plans,
        // The models offered now, at their cost now (the live settings).
        model_costs: state
            .settings
            .current()
            .offered()
            .map(|m| (m.label_in(lang), i64::from(m.cost)))
            .collect(),
        signup_credits: i64::from(state.config.signup_credits),
    }
}

/// Credits a refund could not take back, still owed.
///
/// # Errors
/// Database errors.
pub async fn owed<C: ConnectionTrait>(db: &C, user: Uuid) -> Result<i64, sea_orm::DbErr> {
    Ok(credit_debt::Entity::find()
        .filter(credit_debt::Column::UserId.eq(user))
        .filter(credit_debt::Column::SettledAt.is_null())
        .all(db)
        .await?
        .iter()
        .map(|d| d.amount)
        .sum())
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The billing page of `user`, in `lang`; `checkout` is the session id the browser came back
/// with.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user))]
pub async fn overview(
    state: &AppState,
    user: Uuid,
    checkout: Option<&str>,
    lang: obscura_shared::account::Language,
) -> anyhow::Result<BillingOverview> {
    let db = &state.db;
    let account = user::Entity::find_by_id(user).one(db).await?;
    let payments = payment::Entity::find()
        .filter(payment::Column::UserId.eq(user))
        .order_by_desc(payment::Column::PaidAt)
        .all(db)
        .await?;
    let subscription = subscription::Entity::find()
        .filter(subscription::Column::UserId.eq(user))
        .filter(subscription::Column::Status.is_in(LIVE.iter().copied()))
        .order_by_desc(subscription::Column::UpdatedAt)
        .one(db)
        .await?
        .map(|s| {
            let plan = state.config.billing.plan(&s.plan_id);
            SubscriptionView {
                label: plan.map_or_else(|| s.plan_id.clone(), |p| p.label.clone()),
                credits: plan.map_or(0, |p| p.credits),
                status: s.status,
                current_period_end: s.current_period_end.map(rfc3339),
                cancel_at_period_end: s.cancel_at_period_end,
            }
        });
    let checkout = checkout.map(|id| {
        payments
            .iter()
            .find(|p| p.checkout_session_id.as_deref() == Some(id))
            .map_or(CheckoutState::Waiting, |p| {
                CheckoutState::Credited(p.credits)
            })
    });
    let has_customer = billing_customer::Entity::find_by_id(user)
        .one(db)
        .await?
        .is_some();
    Ok(BillingOverview {
        pricing: pricing(state, lang).await,
        verified: account.is_some_and(|a| a.email_verified_at.is_some()),
        balance: crate::credits::balance(db, user).await?,
        owed: owed(db, user).await?,
        subscription,
        has_customer,
        payments: payments.into_iter().map(records::view).collect(),
        checkout,
    })
}

fn param(k: &str, v: impl Into<String>) -> (String, String) {
    (k.to_owned(), v.into())
}

/// Starts a Stripe Checkout for the pack or plan `item`; returns where to send the browser.
///
/// # Errors
/// [`BillingError`].
#[tracing::instrument(skip_all, fields(user_id = %user))]
pub async fn start_checkout(
    state: &AppState,
    user: Uuid,
    item: &str,
) -> Result<String, BillingError> {
    let client = state.billing.client().ok_or(BillingError::Off)?;
    state
        .limits
        .check_billing(&user.to_string())
        .await
        .map_err(BillingError::RateLimited)?;
    let account = user::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .ok_or(BillingError::NotVerified)?;
    if account.email_verified_at.is_none() {
        return Err(BillingError::NotVerified);
    }
    let billing = &state.config.billing;
    let (mode, price, credits, label, kind) = if let Some(p) = billing.pack(item) {
        ("payment", &p.price, p.credits, &p.label, "pack")
    } else if let Some(p) = billing.plan(item) {
        ("subscription", &p.price, p.credits, &p.label, "plan")
    } else {
        return Err(BillingError::UnknownItem);
    };
    if kind == "plan"
        && subscription::Entity::find()
            .filter(subscription::Column::UserId.eq(user))
            .filter(subscription::Column::Status.is_in(LIVE.iter().copied()))
            .one(&state.db)
            .await?
            .is_some()
    {
        return Err(BillingError::AlreadySubscribed);
    }
    let customer = billing_customer::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .map(|c| c.customer_id);
    let origin = crate::config::origin(&state.config.public_url);
    let account_id = user.to_string();
    let mut params = vec![
        param("mode", mode),
        param("line_items[0][price]", price.clone()),
        param("line_items[0][quantity]", "1"),
        param(
            "success_url",
            format!(
                "{origin}{}?checkout={{CHECKOUT_SESSION_ID}}",
                obscura_shared::routes::SETTINGS_BILLING
            ),
        ),
        param(
            "cancel_url",
            format!(
                "{origin}{}?notice=checkout-cancelled",
                obscura_shared::routes::PRICING
            ),
        ),
        param("client_reference_id", account_id.clone()),
        param("metadata[account]", account_id.clone()),
        param("metadata[item]", item),
        param("metadata[kind]", kind),
        param("metadata[credits]", credits.to_string()),
        param("tax_id_collection[enabled]", "true"),
        param("billing_address_collection", "required"),
    ];
    match &customer {
        Some(c) => {
            params.push(param("customer", c.clone()));
            // Name and address typed at Checkout update the customer, so invoices carry them.
            params.push(param("customer_update[name]", "auto"));
            params.push(param("customer_update[address]", "auto"));
        }
        None => {
            params.push(param("customer_email", account.email.clone()));
            if mode == "payment" {
                params.push(param("customer_creation", "always"));
            }
        }
    }
    if mode == "payment" {
        params.push(param("invoice_creation[enabled]", "true"));
        params.push(param(
            "invoice_creation[invoice_data][description]",
            label.clone(),
        ));
        params.push(param(
            "payment_intent_data[metadata][account]",
            account_id.clone(),
        ));
        params.push(param("payment_intent_data[metadata][item]", item));
    } else {
        params.push(param("subscription_data[metadata][account]", account_id));
        params.push(param("subscription_data[metadata][item]", item));
        params.push(param(
            "subscription_data[metadata][credits]",
            credits.to_string(),
        ));
    }
    let key = format!("checkout:{user}:{item}:{}", state.ids.new_id());
    let session = client.create_checkout_session(params, &key).await?;
    Ok(session.url)
}

/// Opens Stripe's customer portal for `user`; returns where to send the browser.
///
/// # Errors
/// [`BillingError`].
#[tracing::instrument(skip_all, fields(user_id = %user))]
pub async fn portal(state: &AppState, user: Uuid) -> Result<String, BillingError> {
    let client = state.billing.client().ok_or(BillingError::Off)?;
    state
        .limits
        .check_billing(&user.to_string())
        .await
        .map_err(BillingError::RateLimited)?;
    let customer = billing_customer::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .ok_or(BillingError::NoCustomer)?;
    let origin = crate::config::origin(&state.config.public_url);
    let key = format!("portal:{user}:{}", state.ids.new_id());
    let session = client
        .create_portal_session(
            &customer.customer_id,
            &format!("{origin}{}", obscura_shared::routes::SETTINGS_BILLING),
            &key,
        )
        .await?;
    Ok(session.url)
}

/// What became of a webhook delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    /// New: its work is queued.
    Queued,
    /// This event was received before: nothing more happens.
    Duplicate,
    /// A type not acted on.
    Ignored,
}

/// Verifies a webhook delivery, records its event id once and queues its work, in one
/// transaction.
///
/// # Errors
/// `Off` without a webhook secret, `Signature` for a refused delivery, or database errors.
#[tracing::instrument(skip_all)]
pub async fn receive(
    state: &AppState,
    signature: Option<&str>,
    body: &[u8],
) -> Result<Received, BillingError> {
    let secret = state
        .config
        .billing
        .stripe
        .as_ref()
        .and_then(|s| s.webhook_secret.as_ref())
        .ok_or(BillingError::Off)?;
    let now = state.clock.now();
    let event = webhook::verify(
        secrecy::ExposeSecret::expose_secret(secret),
        signature,
        body,
        now,
    )?;
    if !HANDLED.contains(&event.kind.as_str()) {
        tracing::debug!(kind = %event.kind, "stripe event type not handled");
        return Ok(Received::Ignored);
    }
    // Every handled type is about an object with an id; one without is not Stripe's.
    let Some(object) = event.object.clone() else {
        return Err(webhook::SignatureError::NotAnEvent.into());
    };
    let txn = state.db.begin().await?;
    let inserted = billing_event::Entity::insert(billing_event::ActiveModel {
        event_id: Set(event.id.clone()),
        event_type: Set(event.kind.clone()),
        received_at: Set(now),
        processed_at: Set(None),
    })
    .on_conflict_do_nothing_on([billing_event::Column::EventId])
    .exec_without_returning(&txn)
    .await?;
    if !matches!(inserted, sea_orm::TryInsertResult::Inserted(n) if n > 0) {
        txn.rollback().await?;
        return Ok(Received::Duplicate);
    }
    HandleEvent {
        event: event.id,
        kind: event.kind,
        object,
        charge: event.charge,
    }
    .enqueue(&txn, Schedule::new(state.ids.new_id(), now).max_attempts(8))
    .await?;
    txn.commit().await?;
    state.queue.notify();
    Ok(Received::Queued)
}

/// Before an account is deleted: ends its plans at Stripe (nothing more is charged) and
/// detaches its payment records, which are kept for the legal period without the account id.
///
/// # Errors
/// Stripe unreachable while a plan is live (the purge is tried again by the next retention
/// run), or database errors.
#[tracing::instrument(skip_all, fields(user_id = %user))]
pub async fn forget_account(state: &AppState, user: Uuid) -> anyhow::Result<()> {
    let live = subscription::Entity::find()
        .filter(subscription::Column::UserId.eq(user))
        .filter(subscription::Column::Status.is_in(LIVE.iter().copied()))
        .all(&state.db)
        .await?;
    if !live.is_empty() {
        let client = state
            .billing
            .client()
            .ok_or_else(|| anyhow::anyhow!("a plan is live but Stripe is not configured"))?;
        for sub in live {
            match client.cancel_subscription(&sub.subscription_id).await {
                Ok(_) | Err(stripe::StripeError::Refused { status: 404, .. }) => {}
                Err(e) => return Err(anyhow::anyhow!("ending a plan at Stripe: {e}")),
            }
        }
    }
    records::detach(&state.db, user, state.clock.now()).await?;
    Ok(())
}

/// How long a received event id is kept (Stripe retries a delivery for up to 3 days).
pub const EVENT_RETENTION_DAYS: i64 = 30;

/// Deletes payment records past the legal period and event ids past [`EVENT_RETENTION_DAYS`];
/// returns both counts.
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> anyhow::Result<(u64, u64)> {
    let now = state.clock.now();
    let payments =
        records::purge(&state.db, now, state.config.privacy.payment_retention_years).await?;
    let events = billing_event::Entity::delete_many()
        .filter(
            billing_event::Column::ReceivedAt
                .lt(now - chrono::Duration::days(EVENT_RETENTION_DAYS)),
        )
        .exec(&state.db)
        .await?
        .rows_affected;
    Ok((payments, events))
}
