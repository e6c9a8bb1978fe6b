//! The `stripe-event` job: the work of one verified Stripe event. The object is always read
//! again from Stripe (events come out of order and more than once), and every change is keyed
//! by the Stripe object it came from, so a second run changes nothing.

use chrono::{DateTime, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait, sea_query::Expr,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::stripe::{self, Charge, CheckoutSession, Expandable, StripeError};
use crate::{
    credits::{self, Applied, CreditError, Entry, Operation},
    db::entities::{billing_customer, billing_event, credit_debt, payment, subscription, user},
    jobs::{Attempt, Ended, Job, JobError},
    state::AppState,
};

/// One verified Stripe event to act on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HandleEvent {
    /// `evt_…`.
    pub event: String,
    /// Its type.
    pub kind: String,
    /// The id of the object it is about.
    pub object: String,
    /// Disputes: the charge.
    pub charge: Option<String>,
}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
enum EventError {
    #[error(transparent)]
    Stripe(#[from] StripeError),
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
    #[error(transparent)]
    Credits(#[from] CreditError),
}

impl From<EventError> for JobError {
    fn from(e: EventError) -> Self {
        match e {
            EventError::Stripe(StripeError::Refused { status: 404, .. }) => {
                Self::permanent("stripe_object_missing")
            }
            EventError::Stripe(StripeError::Refused { .. } | StripeError::Malformed) => {
                tracing::error!(error = %e, "a stripe event could not be handled");
                Self::permanent("stripe_refused")
            }
            EventError::Stripe(StripeError::Unavailable) => Self::retry("stripe_unavailable"),
            EventError::Db(_) | EventError::Credits(_) => {
                tracing::warn!(error = %e, "a stripe event will be tried again");
                Self::retry("billing_db")
            }
        }
    }
}

impl Job for HandleEvent {
    const KIND: &'static str = "stripe-event";
    type Context = AppState;
    type Error = JobError;

    #[tracing::instrument(name = "stripe_event", skip_all, fields(event.kind = %self.kind))]
    async fn run(&self, state: &AppState, _attempt: &Attempt) -> Result<(), JobError> {
        let Some(client) = state.billing.client() else {
            return Err(JobError::permanent("billing_off"));
        };
        let result = match self.kind.as_str() {
            "checkout.session.completed" | "checkout.session.async_payment_succeeded" => {
                checkout_completed(state, client, &self.object).await
            }
            "checkout.session.async_payment_failed" => {
                checkout_failed(state, client, &self.object).await
            }
            "invoice.paid" => invoice_paid(state, client, &self.object).await,
            "invoice.payment_failed" => invoice_failed(state, client, &self.object).await,
            "customer.subscription.created"
            | "customer.subscription.updated"
            | "customer.subscription.deleted" => {
                subscription_changed(state, client, &self.object).await
            }
            "charge.refunded" => charge_changed(state, client, &self.object, false).await,
            "charge.dispute.created" => match &self.charge {
                Some(charge) => charge_changed(state, client, charge, true).await,
                None => Ok(()),
            },
            _ => Ok(()),
        };
        result?;
        billing_event::Entity::update_many()
            .col_expr(
                billing_event::Column::ProcessedAt,
                Expr::value(state.clock.now()),
            )
            .filter(billing_event::Column::EventId.eq(&self.event))
            .exec(&state.db)
            .await
            .map_err(|_| JobError::retry("billing_db"))?;
        Ok(())
    }

    async fn give_up(
        &self,
        _state: &AppState,
        _attempt: &Attempt,
        why: Ended<JobError>,
    ) -> anyhow::Result<()> {
        tracing::error!(
            class = why.class(),
            kind = %self.kind,
            "a stripe event was given up: check the payment in Stripe's dashboard"
        );
        Ok(())
    }
}

/// Emails the account holder about billing (in the background; failures are logged).
async fn tell(
    state: &AppState,
    user: Uuid,
    kind: crate::mail::templates::Kind,
    link: Option<String>,
    values: crate::mail::templates::Values<'_>,
) {
    let Ok(Some(u)) = user::Entity::find_by_id(user).one(&state.db).await else {
        return;
    };
    let link = link.unwrap_or_else(|| {
        crate::accounts::absolute(state, obscura_shared::routes::SETTINGS_BILLING)
    });
    let email = crate::mail::templates::render_with(
        &kind,
        obscura_shared::account::Language::from_code(&u.language).unwrap_or_default(),
        &u.email,
        &u.name,
        &link,
        &values,
    );
    state.mailer.send_in_background(email);
}

/// The account a Stripe object names in its metadata (or as the client reference).
async fn account_of<C: ConnectionTrait>(
    db: &C,
    reference: Option<&str>,
) -> Result<Option<Uuid>, sea_orm::DbErr> {
    let Some(id) = reference.and_then(|r| Uuid::parse_str(r).ok()) else {
        return Ok(None);
    };
    Ok(user::Entity::find_by_id(id).one(db).await?.map(|u| u.id))
}

async fn remember_customer<C: ConnectionTrait>(
    db: &C,
    user: Uuid,
    customer: Option<&Expandable<stripe::Customer>>,
    now: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    if let Some(c) = customer {
        billing_customer::Entity::insert(billing_customer::ActiveModel {
            user_id: Set(user),
            customer_id: Set(c.id().to_owned()),
            created_at: Set(now),
        })
        .on_conflict_do_nothing()
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

fn at(unix: Option<i64>, or: DateTime<Utc>) -> DateTime<Utc> {
    unix.and_then(|t| Utc.timestamp_opt(t, 0).single())
        .unwrap_or(or)
}

/// What a payment record keeps of a charge and the buyer's details.
struct Buyer {
    brand: Option<String>,
    last4: Option<String>,
    exp_month: Option<i32>,
    exp_year: Option<i32>,
    name: Option<String>,
    company: Option<String>,
    address: Option<String>,
    vat_id: Option<String>,
}

fn cut(s: Option<String>, n: usize) -> Option<String> {
    s.map(|s| s.trim().chars().take(n).collect::<String>())
        .filter(|s| !s.is_empty())
}

fn buyer(charge: Option<&Charge>, details: Option<&stripe::CustomerDetails>) -> Buyer {
    let card = charge
        .and_then(|c| c.payment_method_details.as_ref())
        .and_then(|d| d.card.as_ref());
    let billing = charge.and_then(|c| c.billing_details.as_ref());
    let address = details
        .and_then(|d| d.address.as_ref())
        .or_else(|| billing.and_then(|b| b.address.as_ref()))
        .map(stripe::Address::lines);
    Buyer {
        brand: cut(card.and_then(|c| c.brand.clone()), 32),
        last4: cut(card.and_then(|c| c.last4.clone()), 4),
        exp_month: card.and_then(|c| c.exp_month),
        exp_year: card.and_then(|c| c.exp_year),
        name: cut(
            details
                .and_then(|d| d.name.clone())
                .or_else(|| billing.and_then(|b| b.name.clone())),
            200,
        ),
        company: cut(details.and_then(|d| d.business_name.clone()), 200),
        address: cut(address, 1000),
        vat_id: cut(
            details
                .and_then(|d| d.tax_ids.as_ref())
                .and_then(|t| t.first())
                .map(|t| t.value.clone()),
            64,
        ),
    }
}

/// A paid payment's row: its id, account, buyer's details and nothing refunded yet; the
/// caller fills in what was bought and Stripe's references.
fn paid_row(id: Uuid, user: Uuid, b: Buyer) -> payment::ActiveModel {
    payment::ActiveModel {
        id: Set(id),
        user_id: Set(Some(user)),
        status: Set("paid".to_owned()),
        amount_refunded: Set(0),
        credits_taken_back: Set(0),
        card_brand: Set(b.brand),
        card_last4: Set(b.last4),
        card_exp_month: Set(b.exp_month),
        card_exp_year: Set(b.exp_year),
        billing_name: Set(b.name),
        billing_company: Set(b.company),
        billing_address: Set(b.address),
        vat_id: Set(b.vat_id),
        detached_at: Set(None),
        ..Default::default()
    }
}

async fn checkout_completed(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
) -> Result<(), EventError> {
    let session: CheckoutSession = client.checkout_session(id).await?;
    let reference = session.account_reference();
    let now = state.clock.now();
    let Some(user) = account_of(&state.db, reference).await? else {
        tracing::warn!("a checkout for an unknown account: nothing to credit");
        return Ok(());
    };
    remember_customer(&state.db, user, session.customer.as_ref(), now).await?;
    if session.mode == "subscription" {
        if let Some(sub) = &session.subscription {
            let sub = client.subscription(sub.id()).await?;
            upsert_subscription(state, user, &sub).await?;
        }
        return Ok(());
    }
    if session.payment_status != "paid" {
        // A delayed payment method: `async_payment_succeeded` follows.
        return Ok(());
    }
    let item = session.metadata.get("item").cloned().unwrap_or_default();
    let pack = state.config.billing.pack(&item);
    let credits = session
        .metadata
        .get("credits")
        .and_then(|c| c.parse::<i64>().ok())
        .or_else(|| pack.map(|p| p.credits))
        .unwrap_or(0);
    if credits <= 0 {
        tracing::error!("a paid checkout names no credits: check its metadata");
        return Ok(());
    }
    let intent = session.payment_intent.as_ref();
    let charge = intent
        .and_then(Expandable::object)
        .and_then(|pi| pi.latest_charge.as_ref())
        .and_then(Expandable::object);
    let invoice = session.invoice.as_ref().and_then(Expandable::object);
    let b = buyer(charge, session.customer_details.as_ref());
    let record = payment::ActiveModel {
        customer_id: Set(session.customer.as_ref().map(|c| c.id().to_owned())),
        kind: Set("pack".to_owned()),
        item_id: Set(item.clone()),
        item_label: Set(pack.map_or(item, |p| p.label.clone())),
        credits: Set(credits),
        checkout_session_id: Set(Some(session.id.clone())),
        invoice_id: Set(None),
        payment_intent_id: Set(intent.map(|i| i.id().to_owned())),
        charge_id: Set(charge.map(|c| c.id.clone())),
        amount: Set(session.amount_total.unwrap_or(0)),
        currency: Set(session.currency.clone().unwrap_or_default()),
        invoice_url: Set(invoice.and_then(|i| i.hosted_invoice_url.clone())),
        invoice_pdf: Set(invoice.and_then(|i| i.invoice_pdf.clone())),
        paid_at: Set(now),
        ..paid_row(state.ids.new_id(), user, b)
    };
    let key = format!("stripe:checkout:{}", session.id);
    let what = pack.map(|p| p.label.clone());
    let currency = session.currency.clone().unwrap_or_default();
    let invoice_url = invoice.and_then(|i| i.hosted_invoice_url.clone());
    if record_and_grant(state, user, record, credits, &key, None).await? {
        tell(
            state,
            user,
            crate::mail::templates::Kind::Receipt,
            invoice_url,
            crate::mail::templates::Values {
                what: what.as_deref(),
                amount: Some((session.amount_total.unwrap_or(0), &currency)),
                credits: Some(credits),
                ..Default::default()
            },
        )
        .await;
    }
    Ok(())
}

/// A delayed payment method (a bank debit) failed after Checkout: nothing was paid; the
/// person is told.
async fn checkout_failed(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
) -> Result<(), EventError> {
    let session = client.checkout_session(id).await?;
    let reference = session.account_reference();
    let Some(user) = account_of(&state.db, reference).await? else {
        return Ok(());
    };
    let item = session.metadata.get("item").cloned().unwrap_or_default();
    let what = state
        .config
        .billing
        .pack(&item)
        .map(|p| p.label.clone())
        .or_else(|| state.config.billing.plan(&item).map(|p| p.label.clone()));
    tracing::info!("a delayed checkout payment failed");
    tell(
        state,
        user,
        crate::mail::templates::Kind::CheckoutFailed,
        None,
        crate::mail::templates::Values {
            what: what.as_deref(),
            ..Default::default()
        },
    )
    .await;
    Ok(())
}

/// Inserts the payment (once: its Stripe id is unique) and grants its credits, in one
/// transaction; `expire` first removes a plan's unused credits.
async fn record_and_grant(
    state: &AppState,
    user: Uuid,
    record: payment::ActiveModel,
    credits: i64,
    key: &str,
    expire: Option<(i64, String)>,
) -> Result<bool, EventError> {
    let now = state.clock.now();
    let txn = state.db.begin().await?;
    match record.insert(&txn).await {
        Ok(_) => {}
        Err(e) if crate::db::is_duplicate(&e) => {
            txn.rollback().await?;
            return Ok(false);
        }
        Err(e) => return Err(e.into()),
    }
    if let Some((amount, expire_key)) = expire {
        let debit = Debit {
            entry: Entry::Expire,
            key: &expire_key,
            reference: "unused plan credits at renewal",
        };
        take_up_to(&txn, state, user, amount, debit, now).await?;
    }
    let applied = credits::apply(
        &txn,
        state.ids.new_id(),
        now,
        Operation {
            user_id: user,
            entry: Entry::Grant,
            amount: credits,
            key,
            reference: Some("payment"),
        },
    )
    .await?;
    if let Applied::Done(_) = applied {
        settle_debts(&txn, state, user, key, now).await?;
    }
    txn.commit().await?;
    tracing::info!(credits, "payment credited");
    Ok(true)
}

/// A debit of the ledger: what it is, its idempotency key and why.
struct Debit<'a> {
    entry: Entry,
    key: &'a str,
    reference: &'static str,
}

/// Takes up to `want` credits from the balance (never below zero); returns how many were taken.
async fn take_up_to<C>(
    txn: &C,
    state: &AppState,
    user: Uuid,
    want: i64,
    debit: Debit<'_>,
    now: DateTime<Utc>,
) -> Result<i64, EventError>
where
    C: ConnectionTrait + TransactionTrait,
{
    let take = want.min(credits::balance(txn, user).await?);
    if take <= 0 {
        return Ok(0);
    }
    credits::apply(
        txn,
        state.ids.new_id(),
        now,
        Operation {
            user_id: user,
            entry: debit.entry,
            amount: take,
            key: debit.key,
            reference: Some(debit.reference),
        },
    )
    .await?;
    Ok(take)
}

/// Pays what refunds left owing from the balance, oldest first.
async fn settle_debts<C>(
    txn: &C,
    state: &AppState,
    user: Uuid,
    cause: &str,
    now: DateTime<Utc>,
) -> Result<(), EventError>
where
    C: ConnectionTrait + TransactionTrait,
{
    let debts = credit_debt::Entity::find()
        .filter(credit_debt::Column::UserId.eq(user))
        .filter(credit_debt::Column::SettledAt.is_null())
        .order_by_asc(credit_debt::Column::CreatedAt)
        .all(txn)
        .await?;
    let owed: i64 = debts.iter().map(|d| d.amount).sum();
    if owed <= 0 {
        return Ok(());
    }
    let debit = Debit {
        entry: Entry::Clawback,
        key: &format!("stripe:settle:{cause}"),
        reference: "credits owed after a refund",
    };
    let mut pay = take_up_to(txn, state, user, owed, debit, now).await?;
    for d in debts {
        if pay == 0 {
            break;
        }
        let part = pay.min(d.amount);
        pay -= part;
        let left = d.amount - part;
        let mut row: credit_debt::ActiveModel = d.into();
        row.amount = Set(left);
        if left == 0 {
            row.settled_at = Set(Some(now));
        }
        row.update(txn).await?;
    }
    Ok(())
}

async fn upsert_subscription(
    state: &AppState,
    user: Uuid,
    sub: &stripe::Subscription,
) -> Result<(), EventError> {
    let now = state.clock.now();
    let period_end = sub
        .current_period_end()
        .and_then(|t| Utc.timestamp_opt(t, 0).single());
    if let Some(row) = subscription::Entity::find_by_id(sub.id.clone())
        .one(&state.db)
        .await?
    {
        let newly_ending = sub.cancel_at_period_end && !row.cancel_at_period_end;
        let mut row: subscription::ActiveModel = row.into();
        row.status = Set(sub.status.clone());
        row.cancel_at_period_end = Set(sub.cancel_at_period_end);
        row.current_period_end = Set(period_end);
        row.updated_at = Set(now);
        row.update(&state.db).await?;
        if newly_ending && let Some(end) = period_end {
            tell(
                state,
                user,
                crate::mail::templates::Kind::PlanEnding,
                None,
                crate::mail::templates::Values {
                    date: Some(end.date_naive()),
                    ..Default::default()
                },
            )
            .await;
        }
    } else {
        subscription::Entity::insert(subscription::ActiveModel {
            subscription_id: Set(sub.id.clone()),
            user_id: Set(user),
            plan_id: Set(sub.metadata.get("item").cloned().unwrap_or_default()),
            status: Set(sub.status.clone()),
            current_period_end: Set(period_end),
            cancel_at_period_end: Set(sub.cancel_at_period_end),
            updated_at: Set(now),
        })
        .on_conflict_do_nothing()
        .exec_without_returning(&state.db)
        .await?;
    }
    Ok(())
}

/// The subscription's row, read from Stripe when its checkout event has not arrived yet.
async fn subscription_row(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
) -> Result<Option<subscription::Model>, EventError> {
    if let Some(row) = subscription::Entity::find_by_id(id.to_owned())
        .one(&state.db)
        .await?
    {
        return Ok(Some(row));
    }
    let sub = client.subscription(id).await?;
    let Some(user) = account_of(&state.db, sub.metadata.get("account").map(String::as_str)).await?
    else {
        tracing::warn!("a subscription for an unknown account");
        return Ok(None);
    };
    remember_customer(&state.db, user, sub.customer.as_ref(), state.clock.now()).await?;
    upsert_subscription(state, user, &sub).await?;
    Ok(subscription::Entity::find_by_id(id.to_owned())
        .one(&state.db)
        .await?)
}

async fn invoice_paid(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
) -> Result<(), EventError> {
    let invoice = client.invoice(id).await?;
    // A pack's invoice (made by Checkout) is paid through its checkout: nothing to add.
    let Some(sub_id) = invoice.subscription().map(str::to_owned) else {
        return Ok(());
    };
    let Some(sub) = subscription_row(state, client, &sub_id).await? else {
        return Ok(());
    };
    let plan = state.config.billing.plan(&sub.plan_id);
    let Some(plan) = plan else {
        tracing::error!("a paid invoice for a plan no longer configured: nothing credited");
        return Ok(());
    };
    let now = state.clock.now();
    // The paying charge (card and billing details), read on its own: Stripe expands at most
    // four levels, and the invoice's intent is already the fourth.
    let charge = match invoice.charge() {
        Some(stripe::Expandable::Object(c)) => Some(c.as_ref().clone()),
        Some(stripe::Expandable::Id(id)) => Some(client.charge(id).await?),
        None => None,
    };
    let charge = charge.as_ref();
    let mut b = buyer(charge, None);
    b.name = b.name.or_else(|| cut(invoice.customer_name.clone(), 200));
    let record = payment::ActiveModel {
        customer_id: Set(invoice.customer.as_ref().map(|c| c.id().to_owned())),
        kind: Set("plan".to_owned()),
        item_id: Set(plan.id.clone()),
        item_label: Set(plan.label.clone()),
        credits: Set(plan.credits),
        checkout_session_id: Set(None),
        invoice_id: Set(Some(invoice.id.clone())),
        payment_intent_id: Set(charge
            .and_then(|c| c.payment_intent.as_ref())
            .map(|p| p.id().to_owned())),
        charge_id: Set(charge.map(|c| c.id.clone())),
        amount: Set(invoice.amount_paid),
        currency: Set(invoice.currency.clone().unwrap_or_default()),
        invoice_url: Set(invoice.hosted_invoice_url.clone()),
        invoice_pdf: Set(invoice.invoice_pdf.clone()),
        paid_at: Set(at(
            invoice.status_transitions.as_ref().and_then(|s| s.paid_at),
            now,
        )),
        ..paid_row(state.ids.new_id(), sub.user_id, b)
    };
    let renewal = invoice.billing_reason.as_deref() == Some("subscription_cycle");
    let expire = (renewal && !plan.rollover)
        .then(|| (plan.credits, format!("stripe:expire:{}", invoice.id)));
    let key = format!("stripe:invoice:{}", invoice.id);
    let currency = invoice.currency.clone().unwrap_or_default();
    if record_and_grant(state, sub.user_id, record, plan.credits, &key, expire).await? {
        let kind = if renewal {
            crate::mail::templates::Kind::PlanRenewed
        } else {
            crate::mail::templates::Kind::Receipt
        };
        tell(
            state,
            sub.user_id,
            kind,
            invoice.hosted_invoice_url.clone(),
            crate::mail::templates::Values {
                what: Some(&plan.label),
                amount: Some((invoice.amount_paid, &currency)),
                credits: Some(plan.credits),
                ..Default::default()
            },
        )
        .await;
    }
    Ok(())
}

async fn invoice_failed(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
) -> Result<(), EventError> {
    let invoice = client.invoice(id).await?;
    if let Some(sub_id) = invoice.subscription() {
        // The plan's status (past_due) arrives with its own event; read it now as well.
        if let Some(row) = subscription_row(state, client, sub_id).await? {
            tracing::info!(user_id = %row.user_id, "a plan's payment failed");
            tell(
                state,
                row.user_id,
                crate::mail::templates::Kind::PaymentFailed,
                None,
                crate::mail::templates::Values::default(),
            )
            .await;
        }
    }
    Ok(())
}

async fn subscription_changed(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
) -> Result<(), EventError> {
    let sub = client.subscription(id).await?;
    let existing = subscription::Entity::find_by_id(id.to_owned())
        .one(&state.db)
        .await?;
    let user = match existing {
        Some(row) => Some(row.user_id),
        None => account_of(&state.db, sub.metadata.get("account").map(String::as_str)).await?,
    };
    match user {
        Some(user) => {
            // A plan started elsewhere (Stripe's dashboard), or whose checkout event was lost:
            // its customer is the account's too, so that the portal can manage it.
            remember_customer(&state.db, user, sub.customer.as_ref(), state.clock.now()).await?;
            upsert_subscription(state, user, &sub).await
        }
        None => {
            tracing::warn!("a subscription for an unknown account");
            Ok(())
        }
    }
}

/// A refund or a dispute: takes back the credits of the part no longer paid, as far as the
/// balance allows, and records the rest as owed (new images wait until it is settled).
async fn charge_changed(
    state: &AppState,
    client: &stripe::Client,
    id: &str,
    disputed: bool,
) -> Result<(), EventError> {
    let charge = client.charge(id).await?;
    let intent = charge.payment_intent.as_ref().map(|p| p.id().to_owned());
    let mut query = payment::Entity::find().filter(payment::Column::ChargeId.eq(&charge.id));
    if let Some(pi) = &intent {
        query = payment::Entity::find().filter(
            Condition::any()
                .add(payment::Column::ChargeId.eq(&charge.id))
                .add(payment::Column::PaymentIntentId.eq(pi)),
        );
    }
    let Some(record) = query.one(&state.db).await? else {
        tracing::warn!("a refund or dispute for a payment not recorded here");
        return Ok(());
    };
    let lost = if disputed {
        charge.amount
    } else {
        charge.amount_refunded
    }
    .clamp(0, record.amount.max(charge.amount));
    let target = if record.amount > 0 {
        (i128::from(record.credits) * i128::from(lost) / i128::from(record.amount.max(1)))
            .clamp(0, i128::from(record.credits))
    } else {
        0
    };
    let target = i64::try_from(target).unwrap_or(record.credits);
    let status = if disputed {
        "disputed"
    } else if charge.amount_refunded >= record.amount {
        "refunded"
    } else if charge.amount_refunded > 0 {
        "partially_refunded"
    } else {
        "paid"
    };
    if disputed && record.status != "disputed" {
        tracing::warn!(
            payment_id = %record.id,
            "a payment was disputed: its credits were taken back; answer the dispute in Stripe's dashboard"
        );
        // Only ids and an amount: nothing here needs escaping for the HTML part.
        let text = format!(
            "A card payment of {} was disputed. Its credits were taken back (what had been used is recorded as owed, and the account cannot make new images until it is settled).\n\nAnswer the dispute in Stripe's dashboard: payment {}, charge {}.\n",
            obscura_shared::billing::money(record.amount, &record.currency),
            record.id,
            record.charge_id.as_deref().unwrap_or("unknown"),
        );
        state.mailer.send_in_background(crate::mail::Email {
            to: state.config.operator.support_email.clone(),
            subject: "Obscura: a payment was disputed".to_owned(),
            html: format!("<p>{}</p>", text.replace("\n\n", "</p><p>")),
            text,
        });
    }
    let now = state.clock.now();
    let txn = state.db.begin().await?;
    let delta = target - record.credits_taken_back;
    if delta > 0
        && let Some(user) = record.user_id
    {
        let debit = Debit {
            entry: Entry::Clawback,
            key: &format!("stripe:clawback:{}:{target}", record.id),
            reference: if disputed {
                "disputed payment"
            } else {
                "refunded payment"
            },
        };
        let take = take_up_to(&txn, state, user, delta, debit, now).await?;
        if delta > take {
            credit_debt::Entity::insert(credit_debt::ActiveModel {
                id: Set(state.ids.new_id()),
                user_id: Set(user),
                amount: Set(delta - take),
                cause: Set(format!("stripe:owed:{}:{target}", record.id)),
                created_at: Set(now),
                settled_at: Set(None),
            })
            .on_conflict_do_nothing()
            .exec_without_returning(&txn)
            .await?;
        }
    }
    let mut row: payment::ActiveModel = record.clone().into();
    row.amount_refunded = Set(charge.amount_refunded.max(record.amount_refunded));
    row.credits_taken_back = Set(target.max(record.credits_taken_back));
    row.status = Set(status.to_owned());
    row.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}
