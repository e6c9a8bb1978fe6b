//! Billing's form posts and Stripe's webhook.
//!
//! - `POST /settings/billing/checkout`: starts Stripe Checkout for a pack or plan (303 to Stripe).
//! - `POST /settings/billing/portal`: opens Stripe's customer portal (303 to Stripe).
//! - `POST /webhooks/stripe`: Stripe's events, verified by their signature on the raw body.
//! - `POST /admin/payments/refund`: an admin refunds a payment through Stripe (audited).

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_shared::{
    ErrorCode, Failure,
    billing::{fields, forms},
    routes,
};

use super::{
    errors::{FormPage, form_failed, status},
    forms::{see_other, signed_in, submitted},
};
use crate::{
    audit::{self, Action, Outcome},
    billing::{self, Received, admin::RefundError},
    http::WebState,
};

/// The billing form routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::BILLING_CHECKOUT, post(checkout)),
        (routes::BILLING_PORTAL, post(portal)),
        (routes::ADMIN_PAYMENTS_REFUND, post(refund)),
    ]
}

/// The webhook route (signed, so outside the cross-site check: see `webhooks`).
pub fn webhook_table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![(routes::STRIPE_WEBHOOK, post(stripe_event))]
}

async fn checkout(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let item = s.get(fields::ITEM);
    match billing::start_checkout(&state, c.user.id, &item).await {
        Ok(url) => see_other(&url),
        Err(e) => {
            let page = FormPage::new(routes::SETTINGS_BILLING, forms::CHECKOUT)
                .values(vec![(fields::ITEM.to_owned(), item)]);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn portal(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match billing::portal(&state, c.user.id).await {
        Ok(url) => see_other(&url),
        Err(e) => {
            let page = FormPage::new(routes::SETTINGS_BILLING, forms::PORTAL);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn refund(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let actor = match super::support::admin_actor(&s) {
        Ok(actor) => actor,
        Err(res) => return *res,
    };
    let id = s.get(fields::PAYMENT);
    let Ok(payment) = uuid::Uuid::parse_str(id.trim()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let amount = s.get(fields::AMOUNT);
    let result = billing::admin::refund(&state, payment, &amount).await;
    let outcome = match &result {
        Ok(_) => Outcome::Done,
        Err(RefundError::NotFound) => Outcome::NotFound,
        Err(RefundError::Amount { .. } | RefundError::NotRefundable) => Outcome::Invalid,
        Err(RefundError::Billing(_) | RefundError::Unreachable | RefundError::Refused) => {
            Outcome::Failed
        }
    };
    audit::record(
        &state,
        actor,
        Action::PaymentRefund,
        &audit::target("payment", payment),
        outcome,
    )
    .await;
    match result {
        Ok(_) => see_other(&format!("{}?notice=refund-sent", routes::ADMIN_PAYMENTS)),
        Err(e) => {
            let page = FormPage::new(routes::ADMIN_PAYMENTS, forms::REFUND).values(vec![
                (fields::PAYMENT.to_owned(), payment.to_string()),
                (fields::AMOUNT.to_owned(), amount),
            ]);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn stripe_event(State(state): State<WebState>, headers: HeaderMap, body: Bytes) -> Response {
    let signature = headers
        .get("stripe-signature")
        .and_then(|v| v.to_str().ok());
    match billing::receive(&state, signature, &body).await {
        Ok(Received::Queued) => StatusCode::OK.into_response(),
        Ok(Received::Duplicate) => {
            tracing::debug!("a stripe event received again: nothing to do");
            StatusCode::OK.into_response()
        }
        Ok(Received::Ignored) => StatusCode::OK.into_response(),
        Err(e) => {
            let failure = Failure::from(e);
            if failure.code == ErrorCode::Malformed {
                tracing::warn!("refused a stripe webhook: its signature does not verify");
            }
            status(failure.code).into_response()
        }
    }
}
