//! A small typed client of the Stripe API calls Obscura makes (wire format:
//! <https://docs.stripe.com/api>): form-encoded requests with bracket nesting, an
//! `Idempotency-Key` on every POST (the same key on each retry), and retries with backoff when
//! Stripe says so (`Stripe-Should-Retry`) or answers 409, 429 or 5xx.
//!
//! Why not the `async-stripe` crate: see the README's "Billing" section.

use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, de::DeserializeOwned};
use url::Url;

/// The API version requests are pinned to (webhook payloads follow the endpoint's version).
pub const API_VERSION: &str = "2026-07-29.dahlia";

/// Why a Stripe call failed. The texts are for logs; people see a generic message.
#[derive(Debug, thiserror::Error)]
pub enum StripeError {
    /// Stripe refused the request (4xx other than 409/429): a bug or a configuration problem.
    #[error("stripe refused the request: {status} {kind} {code}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// `error.type`.
        kind: String,
        /// `error.code` (may be empty).
        code: String,
    },
    /// Stripe could not be reached, timed out, or kept failing.
    #[error("stripe is unavailable")]
    Unavailable,
    /// The answer was not what the API documents.
    #[error("stripe's answer could not be read")]
    Malformed,
}

/// An id, or the object when the request expanded it.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    /// Not expanded.
    Id(String),
    /// Expanded.
    Object(Box<T>),
}

impl<T: HasId> Expandable<T> {
    /// The id either way.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Id(id) => id,
            Self::Object(o) => o.id(),
        }
    }

    /// The object, when expanded.
    #[must_use]
    pub fn object(&self) -> Option<&T> {
        match self {
            Self::Id(_) => None,
            Self::Object(o) => Some(o),
        }
    }
}

/// Objects with an id.
pub trait HasId {
    /// The object's id.
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => {$(impl HasId for $t { fn id(&self) -> &str { &self.id } })*};
}

/// A created Checkout Session.
#[derive(Debug, Clone, Deserialize)]
pub struct CreatedSession {
    /// `cs_…`.
    pub id: String,
    /// Where to send the browser.
    pub url: String,
}

/// A Checkout Session as read back (with `payment_intent.latest_charge` and `invoice` expanded).
#[derive(Debug, Clone, Deserialize)]
pub struct CheckoutSession {
    /// `cs_…`.
    pub id: String,
    /// `payment` or `subscription`.
    pub mode: String,
    /// `open`, `complete` or `expired`.
    #[serde(default)]
    pub status: Option<String>,
    /// `paid`, `unpaid` or `no_payment_required`.
    pub payment_status: String,
    /// Our account id.
    #[serde(default)]
    pub client_reference_id: Option<String>,
    /// The customer.
    #[serde(default)]
    pub customer: Option<Expandable<Customer>>,
    /// Our metadata.
    #[serde(default)]
    pub metadata: std::collections::HashMap<String, String>,
    /// Total, smallest unit.
    #[serde(default)]
    pub amount_total: Option<i64>,
    /// Currency.
    #[serde(default)]
    pub currency: Option<String>,
    /// The PaymentIntent (payment mode).
    #[serde(default)]
    pub payment_intent: Option<Expandable<PaymentIntent>>,
    /// The invoice (payment mode with invoice creation, or subscription mode).
    #[serde(default)]
    pub invoice: Option<Expandable<Invoice>>,
    /// The subscription (subscription mode).
    #[serde(default)]
    pub subscription: Option<Expandable<Subscription>>,
    /// What the customer typed.
    #[serde(default)]
    pub customer_details: Option<CustomerDetails>,
}

impl CheckoutSession {
    /// The account that started it: the client reference, else the metadata's `account`.
    #[must_use]
    pub fn account_reference(&self) -> Option<&str> {
        self.client_reference_id
            .as_deref()
            .or_else(|| self.metadata.get("account").map(String::as_str))
    }
}

/// A customer (only its id is read).
#[derive(Debug, Clone, Deserialize)]
pub struct Customer {
    /// `cus_…`.
    pub id: String,
}

/// The buyer's details collected by Checkout.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CustomerDetails {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Company name, when buying as a business.
    #[serde(default)]
    pub business_name: Option<String>,
    /// Billing address.
    #[serde(default)]
    pub address: Option<Address>,
    /// Tax ids given.
    #[serde(default)]
    pub tax_ids: Option<Vec<TaxId>>,
}

/// A postal address.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Address {
    /// Line 1.
    #[serde(default)]
    pub line1: Option<String>,
    /// Line 2.
    #[serde(default)]
    pub line2: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// City.
    #[serde(default)]
    pub city: Option<String>,
    /// State or region.
    #[serde(default)]
    pub state: Option<String>,
    /// ISO country.
    #[serde(default)]
    pub country: Option<String>,
}

impl Address {
    /// The address as lines, empty parts left out.
    #[must_use]
    pub fn lines(&self) -> String {
        let city = [self.postal_code.as_deref(), self.city.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        [
            self.line1.as_deref(),
            self.line2.as_deref(),
            Some(city.as_str()),
            self.state.as_deref(),
            self.country.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
    }
}

/// A tax id.
#[derive(Debug, Clone, Deserialize)]
pub struct TaxId {
    /// The number.
    pub value: String,
}

/// A PaymentIntent.
#[derive(Debug, Clone, Deserialize)]
pub struct PaymentIntent {
    /// `pi_…`.
    pub id: String,
    /// Its last charge.
    #[serde(default)]
    pub latest_charge: Option<Expandable<Charge>>,
}

/// A Charge.
#[derive(Debug, Clone, Deserialize)]
pub struct Charge {
    /// `ch_…`.
    pub id: String,
    /// Charged, smallest unit.
    pub amount: i64,
    /// Refunded so far.
    #[serde(default)]
    pub amount_refunded: i64,
    /// Currency.
    #[serde(default)]
    pub currency: Option<String>,
    /// The PaymentIntent.
    #[serde(default)]
    pub payment_intent: Option<Expandable<PaymentIntent>>,
    /// How it was paid.
    #[serde(default)]
    pub payment_method_details: Option<PaymentMethodDetails>,
    /// Billing details given with the payment method.
    #[serde(default)]
    pub billing_details: Option<BillingDetails>,
    /// Whether a dispute is open.
    #[serde(default)]
    pub disputed: bool,
}

/// How a charge was paid.
#[derive(Debug, Clone, Deserialize)]
pub struct PaymentMethodDetails {
    /// Present for cards.
    #[serde(default)]
    pub card: Option<Card>,
}

/// What Stripe tells about a card (never its number).
#[derive(Debug, Clone, Deserialize)]
pub struct Card {
    /// `visa`, `mastercard`, …
    #[serde(default)]
    pub brand: Option<String>,
    /// Last four digits.
    #[serde(default)]
    pub last4: Option<String>,
    /// Expiry month.
    #[serde(default)]
    pub exp_month: Option<i32>,
    /// Expiry year.
    #[serde(default)]
    pub exp_year: Option<i32>,
}

/// Billing details of a payment method.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct BillingDetails {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Address.
    #[serde(default)]
    pub address: Option<Address>,
}

/// An invoice (with `payments.data.payment.payment_intent` expanded when read: Stripe expands at
/// most four levels, so the charge is read on its own).
#[derive(Debug, Clone, Deserialize)]
pub struct Invoice {
    /// `in_…`.
    pub id: String,
    /// `draft`, `open`, `paid`, `uncollectible`, `void`.
    #[serde(default)]
    pub status: Option<String>,
    /// The customer.
    #[serde(default)]
    pub customer: Option<Expandable<Customer>>,
    /// Paid, smallest unit.
    #[serde(default)]
    pub amount_paid: i64,
    /// Currency.
    #[serde(default)]
    pub currency: Option<String>,
    /// Stripe's hosted page.
    #[serde(default)]
    pub hosted_invoice_url: Option<String>,
    /// The PDF.
    #[serde(default)]
    pub invoice_pdf: Option<String>,
    /// The company name and address printed on the invoice.
    #[serde(default)]
    pub customer_name: Option<String>,
    /// `subscription_create`, `subscription_cycle`, `manual`, …
    #[serde(default)]
    pub billing_reason: Option<String>,
    /// Where the invoice came from (dahlia: its subscription is here).
    #[serde(default)]
    pub parent: Option<InvoiceParent>,
    /// Its payments.
    #[serde(default)]
    pub payments: Option<List<InvoicePayment>>,
    /// When it was paid.
    #[serde(default)]
    pub status_transitions: Option<StatusTransitions>,
}

impl Invoice {
    /// The subscription this invoice bills, if any.
    #[must_use]
    pub fn subscription(&self) -> Option<&str> {
        self.parent
            .as_ref()?
            .subscription_details
            .as_ref()?
            .subscription
            .as_ref()
            .map(Expandable::id)
    }

    /// The charge that paid it (its id, or the object when Stripe expanded it).
    #[must_use]
    pub fn charge(&self) -> Option<&Expandable<Charge>> {
        self.payments
            .as_ref()?
            .data
            .iter()
            .filter_map(|p| p.payment.payment_intent.as_ref()?.object())
            .find_map(|pi| pi.latest_charge.as_ref())
    }
}

/// A list.
#[derive(Debug, Clone, Deserialize)]
pub struct List<T> {
    /// The items.
    pub data: Vec<T>,
}

/// An invoice's parent.
#[derive(Debug, Clone, Deserialize)]
pub struct InvoiceParent {
    /// Present for subscription invoices.
    #[serde(default)]
    pub subscription_details: Option<SubscriptionDetails>,
}

/// The subscription of an invoice.
#[derive(Debug, Clone, Deserialize)]
pub struct SubscriptionDetails {
    /// The subscription.
    #[serde(default)]
    pub subscription: Option<Expandable<Subscription>>,
}

/// One payment of an invoice.
#[derive(Debug, Clone, Deserialize)]
pub struct InvoicePayment {
    /// What paid.
    pub payment: InvoicePaymentRef,
}

/// The PaymentIntent that paid an invoice.
#[derive(Debug, Clone, Deserialize)]
pub struct InvoicePaymentRef {
    /// The PaymentIntent.
    #[serde(default)]
    pub payment_intent: Option<Expandable<PaymentIntent>>,
}

/// When an invoice changed status.
#[derive(Debug, Clone, Deserialize)]
pub struct StatusTransitions {
    /// Paid at (Unix seconds).
    #[serde(default)]
    pub paid_at: Option<i64>,
}

/// A subscription.
#[derive(Debug, Clone, Deserialize)]
pub struct Subscription {
    /// `sub_…`.
    pub id: String,
    /// `active`, `past_due`, `canceled`, …
    pub status: String,
    /// The customer.
    #[serde(default)]
    pub customer: Option<Expandable<Customer>>,
    /// Our metadata (`account`, `item`).
    #[serde(default)]
    pub metadata: std::collections::HashMap<String, String>,
    /// Ends at the period's end.
    #[serde(default)]
    pub cancel_at_period_end: bool,
    /// Its items (dahlia: the period lives here).
    #[serde(default)]
    pub items: Option<List<SubscriptionItem>>,
}

impl Subscription {
    /// The end of the current period (Unix seconds).
    #[must_use]
    pub fn current_period_end(&self) -> Option<i64> {
        self.items
            .as_ref()?
            .data
            .iter()
            .filter_map(|i| i.current_period_end)
            .max()
    }
}

/// A subscription item.
#[derive(Debug, Clone, Deserialize)]
pub struct SubscriptionItem {
    /// End of the current period.
    #[serde(default)]
    pub current_period_end: Option<i64>,
}

/// A price.
#[derive(Debug, Clone, Deserialize)]
pub struct Price {
    /// `price_…`.
    pub id: String,
    /// Smallest unit (None for custom amounts).
    #[serde(default)]
    pub unit_amount: Option<i64>,
    /// Currency.
    pub currency: String,
    /// Present for recurring prices.
    #[serde(default)]
    pub recurring: Option<Recurring>,
}

/// How often a recurring price bills.
#[derive(Debug, Clone, Deserialize)]
pub struct Recurring {
    /// `day`, `week`, `month`, `year`.
    pub interval: String,
    /// Every this many intervals.
    #[serde(default = "one")]
    pub interval_count: u32,
}

const fn one() -> u32 {
    1
}

/// A refund.
#[derive(Debug, Clone, Deserialize)]
pub struct Refund {
    /// `re_…`.
    pub id: String,
    /// `pending`, `succeeded`, `failed`, …
    #[serde(default)]
    pub status: Option<String>,
}

/// A customer-portal session.
#[derive(Debug, Clone, Deserialize)]
pub struct PortalSession {
    /// Where to send the browser.
    pub url: String,
}

has_id!(Customer, PaymentIntent, Charge, Invoice, Subscription);

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    code: Option<String>,
}

/// The client.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    key: SecretString,
    retries: usize,
}

/// Form parameters, in order (`key[sub][0]` bracket nesting written out by the caller).
pub type Params = Vec<(String, String)>;

impl Client {
    /// A client for `base` (e.g. `https://api.stripe.com`) with the secret key.
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn new(base: Url, key: SecretString) -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(5))
            .user_agent(concat!("Obscura/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            http,
            base,
            key,
            retries: 3,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base.as_str().trim_end_matches('/'))
    }

    async fn once<T: DeserializeOwned>(
        &self,
        method: &Method,
        path: &str,
        params: &Params,
        idempotency_key: Option<&str>,
    ) -> Result<T, Attempt> {
        let mut req = self
            .http
            .request(method.clone(), self.url(path))
            .bearer_auth(self.key.expose_secret())
            .header("Stripe-Version", API_VERSION);
        if *method == Method::GET {
            req = req.query(params);
        } else {
            req = req.form(params);
        }
        if let Some(key) = idempotency_key {
            req = req.header("Idempotency-Key", key);
        }
        let res = req.send().await.map_err(|_| Attempt::Retry)?;
        let status = res.status();
        let should_retry = res
            .headers()
            .get("stripe-should-retry")
            .and_then(|v| v.to_str().ok())
            .map(|v| v == "true");
        let bytes = res.bytes().await.map_err(|_| Attempt::Retry)?;
        if status.is_success() {
            return serde_json::from_slice(&bytes)
                .map_err(|_| Attempt::Fail(StripeError::Malformed));
        }
        let retry = should_retry.unwrap_or(
            status == StatusCode::CONFLICT
                || status == StatusCode::TOO_MANY_REQUESTS
                || status.is_server_error(),
        );
        if retry {
            return Err(Attempt::Retry);
        }
        let detail = serde_json::from_slice::<ErrorBody>(&bytes).ok();
        Err(Attempt::Fail(StripeError::Refused {
            status: status.as_u16(),
            kind: detail
                .as_ref()
                .map(|d| d.error.kind.clone())
                .unwrap_or_default(),
            code: detail.and_then(|d| d.error.code).unwrap_or_default(),
        }))
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        params: Params,
        idempotency_key: Option<&str>,
    ) -> Result<T, StripeError> {
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(300))
            .with_max_delay(Duration::from_secs(4))
            .with_max_times(self.retries)
            .with_jitter();
        (|| self.once(&method, path, &params, idempotency_key))
            .retry(backoff)
            .when(|e| matches!(e, Attempt::Retry))
            .await
            .map_err(|e| match e {
                Attempt::Retry => StripeError::Unavailable,
                Attempt::Fail(e) => e,
            })
    }

    /// `POST /v1/checkout/sessions`.
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn create_checkout_session(
        &self,
        params: Params,
        idempotency_key: &str,
    ) -> Result<CreatedSession, StripeError> {
        self.call(
            Method::POST,
            "/v1/checkout/sessions",
            params,
            Some(idempotency_key),
        )
        .await
    }

    /// `POST /v1/billing_portal/sessions`.
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn create_portal_session(
        &self,
        customer: &str,
        return_url: &str,
        idempotency_key: &str,
    ) -> Result<PortalSession, StripeError> {
        let params = vec![
            ("customer".to_owned(), customer.to_owned()),
            ("return_url".to_owned(), return_url.to_owned()),
        ];
        self.call(
            Method::POST,
            "/v1/billing_portal/sessions",
            params,
            Some(idempotency_key),
        )
        .await
    }

    /// `GET /v1/checkout/sessions/{id}` with the charge and invoice expanded.
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn checkout_session(&self, id: &str) -> Result<CheckoutSession, StripeError> {
        let params = vec![
            (
                "expand[]".to_owned(),
                "payment_intent.latest_charge".to_owned(),
            ),
            ("expand[]".to_owned(), "invoice".to_owned()),
        ];
        self.call(
            Method::GET,
            &format!("/v1/checkout/sessions/{}", path_id(id)?),
            params,
            None,
        )
        .await
    }

    /// `GET /v1/invoices/{id}` with its payments' intents expanded (four levels, Stripe's most;
    /// the charge itself is read with [`Client::charge`]).
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn invoice(&self, id: &str) -> Result<Invoice, StripeError> {
        let params = vec![(
            "expand[]".to_owned(),
            "payments.data.payment.payment_intent".to_owned(),
        )];
        self.call(
            Method::GET,
            &format!("/v1/invoices/{}", path_id(id)?),
            params,
            None,
        )
        .await
    }

    /// `GET /v1/subscriptions/{id}`.
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn subscription(&self, id: &str) -> Result<Subscription, StripeError> {
        self.call(
            Method::GET,
            &format!("/v1/subscriptions/{}", path_id(id)?),
            Vec::new(),
            None,
        )
        .await
    }

    /// `DELETE /v1/subscriptions/{id}`: cancels at once (an erased account's plan).
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn cancel_subscription(&self, id: &str) -> Result<Subscription, StripeError> {
        self.call(
            Method::DELETE,
            &format!("/v1/subscriptions/{}", path_id(id)?),
            Vec::new(),
            None,
        )
        .await
    }

    /// `GET /v1/charges/{id}`.
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn charge(&self, id: &str) -> Result<Charge, StripeError> {
        self.call(
            Method::GET,
            &format!("/v1/charges/{}", path_id(id)?),
            Vec::new(),
            None,
        )
        .await
    }

    /// `GET /v1/prices/{id}`.
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn price(&self, id: &str) -> Result<Price, StripeError> {
        self.call(
            Method::GET,
            &format!("/v1/prices/{}", path_id(id)?),
            Vec::new(),
            None,
        )
        .await
    }

    /// `POST /v1/refunds` for a PaymentIntent (the whole rest when `amount` is None).
    ///
    /// # Errors
    /// [`StripeError`].
    pub async fn refund(
        &self,
        payment_intent: &str,
        amount: Option<i64>,
        idempotency_key: &str,
    ) -> Result<Refund, StripeError> {
        let mut params = vec![("payment_intent".to_owned(), payment_intent.to_owned())];
        if let Some(a) = amount {
            params.push(("amount".to_owned(), a.to_string()));
        }
        self.call(Method::POST, "/v1/refunds", params, Some(idempotency_key))
            .await
    }
}

enum Attempt {
    Retry,
    Fail(StripeError),
}

/// An id safe to put in a path (Stripe ids are `prefix_` and alphanumerics).
fn path_id(id: &str) -> Result<&str, StripeError> {
    if !id.is_empty()
        && id.len() <= 255
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        Ok(id)
    } else {
        Err(StripeError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_with_other_characters_never_reach_a_path() {
        assert!(path_id("cs_test_a1B2").is_ok());
        assert!(path_id("../v1/refunds").is_err());
        assert!(path_id("cs_1?expand=x").is_err());
        assert!(path_id("").is_err());
    }

    #[test]
    fn an_address_is_written_as_lines_without_gaps() {
        let a = Address {
            line1: Some("1 Quay Street".into()),
            line2: Some(String::new()),
            postal_code: Some("D02".into()),
            city: Some("Dublin".into()),
            state: None,
            country: Some("IE".into()),
        };
        assert_eq!(a.lines(), "1 Quay Street\nD02 Dublin\nIE");
    }

    #[test]
    fn expandable_fields_read_as_an_id_or_an_object() {
        let s: CheckoutSession = serde_json::from_str(
            r#"{"id":"cs_1","mode":"payment","payment_status":"paid","customer":"cus_1",
                "payment_intent":{"id":"pi_1","latest_charge":{"id":"ch_1","amount":500,
                "payment_method_details":{"card":{"brand":"visa","last4":"4242","exp_month":12,"exp_year":2030}}}}}"#,
        )
        .unwrap();
        assert_eq!(s.customer.as_ref().map(Expandable::id), Some("cus_1"));
        let pi = s
            .payment_intent
            .as_ref()
            .and_then(Expandable::object)
            .unwrap();
        let ch = pi
            .latest_charge
            .as_ref()
            .and_then(Expandable::object)
            .unwrap();
        assert_eq!(ch.id, "ch_1");
    }
}
