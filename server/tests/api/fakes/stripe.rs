//! A local double of the Stripe API endpoints Obscura calls (spec §2): Checkout Sessions,
//! billing-portal sessions, prices, invoices, subscriptions, charges and refunds, form-encoded
//! with bracket nesting, Stripe's error bodies and 401/404 answers. The test plays the buyer
//! with [`StripeFake::pay`] (what Stripe's hosted page would do), then delivers the event.
//!
//! Prices: `price_small` (€5.00, one-time), `price_big` (€20.00, one-time) and `price_monthly`
//! (€9.00 per month).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    Form, Json, Router,
    extract::{Path, Query, State},
    http::{HeaderMap, Method, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::{Value, json};

/// The secret key the fake accepts.
pub const SECRET_KEY: &str = "sk_test_obscura";
/// The webhook signing secret the tests configure.
pub const WEBHOOK_SECRET: &str = "whsec_test_obscura";

/// One request the fake received.
#[derive(Debug, Clone)]
pub struct StripeCall {
    pub method: Method,
    pub path: String,
    pub params: Vec<(String, String)>,
    pub idempotency_key: Option<String>,
}

impl StripeCall {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
pub struct Store {
    pub calls: Vec<StripeCall>,
    sessions: HashMap<String, Value>,
    /// `subscription_data[metadata]` of subscription sessions, for the subscription.
    sub_metadata: HashMap<String, Value>,
    subscriptions: HashMap<String, Value>,
    invoices: HashMap<String, Value>,
    charges: HashMap<String, Value>,
    intents: HashMap<String, String>,
    customers: Vec<String>,
    replies: HashMap<String, Value>,
    next: u64,
    base: String,
}

impl Store {
    fn id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}_test{:06}", self.next)
    }
}

/// The fake: its URL and what it holds.
#[derive(Clone)]
pub struct StripeFake {
    pub url: String,
    pub store: Arc<Mutex<Store>>,
}

fn price(id: &str) -> Option<Value> {
    Some(match id {
        "price_small" => {
            json!({"id": id, "object": "price", "unit_amount": 500, "currency": "eur", "recurring": null})
        }
        "price_big" => {
            json!({"id": id, "object": "price", "unit_amount": 2000, "currency": "eur", "recurring": null})
        }
        "price_monthly" => {
            json!({"id": id, "object": "price", "unit_amount": 900, "currency": "eur", "recurring": {"interval": "month", "interval_count": 1}})
        }
        _ => return None,
    })
}

fn error(status: StatusCode, kind: &str, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({"error": {"type": kind, "code": code, "message": message}})),
    )
        .into_response()
}

fn missing(what: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "invalid_request_error",
        "resource_missing",
        &format!("No such {what}"),
    )
}

/// Stripe refuses expansions deeper than four levels (`a.b.c.d`); the fake does too.
fn too_deep(params: &[(String, String)]) -> Option<Response> {
    params
        .iter()
        .filter(|(k, _)| k == "expand[]")
        .any(|(_, v)| v.split('.').count() > 4)
        .then(|| {
            error(
                StatusCode::BAD_REQUEST,
                "invalid_request_error",
                "parameter_invalid_string",
                "You cannot expand more than 4 levels of a property.",
            )
        })
}

fn authorised(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok())
        == Some(&format!("Bearer {SECRET_KEY}"))
}

/// Checks the key and records the call; the store, or None for a wrong key.
fn begin<'a>(
    fake: &'a StripeFake,
    headers: &HeaderMap,
    method: Method,
    path: &str,
    params: &[(String, String)],
) -> Option<std::sync::MutexGuard<'a, Store>> {
    if !authorised(headers) {
        return None;
    }
    let mut store = fake.store.lock().unwrap();
    record(&mut store, method, path, headers, params);
    Some(store)
}

/// Stripe's answer to a wrong secret key.
fn unauthorised() -> Response {
    error(
        StatusCode::UNAUTHORIZED,
        "invalid_request_error",
        "",
        "Invalid API Key provided",
    )
}

fn record(
    store: &mut Store,
    method: Method,
    path: &str,
    headers: &HeaderMap,
    params: &[(String, String)],
) {
    store.calls.push(StripeCall {
        method,
        path: path.to_owned(),
        params: params.to_vec(),
        idempotency_key: headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    });
}

/// `metadata[k]=v` pairs under `prefix` as an object.
fn nested(params: &[(String, String)], prefix: &str) -> Value {
    let mut out = serde_json::Map::new();
    for (k, v) in params {
        if let Some(key) = k
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('['))
            .and_then(|r| r.strip_suffix(']'))
        {
            out.insert(key.to_owned(), Value::String(v.clone()));
        }
    }
    Value::Object(out)
}

fn get_param<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

async fn create_session(
    State(fake): State<StripeFake>,
    headers: HeaderMap,
    Form(params): Form<Vec<(String, String)>>,
) -> Response {
    let Some(mut store) = begin(
        &fake,
        &headers,
        Method::POST,
        "/v1/checkout/sessions",
        &params,
    ) else {
        return unauthorised();
    };
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if let Some(reply) = key.as_ref().and_then(|k| store.replies.get(k)) {
        return Json(reply.clone()).into_response();
    }
    let mode = get_param(&params, "mode").unwrap_or_default().to_owned();
    let Some(p) = get_param(&params, "line_items[0][price]").and_then(price) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            "resource_missing",
            "No such price",
        );
    };
    let recurring = !p["recurring"].is_null();
    if (mode == "payment" && recurring)
        || (mode == "subscription" && !recurring)
        || !matches!(mode.as_str(), "payment" | "subscription")
    {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            "parameter_invalid",
            "mode does not match the price",
        );
    }
    if let Some(c) = get_param(&params, "customer")
        && !store.customers.iter().any(|x| x == c)
    {
        return missing("customer");
    }
    let id = store.id("cs");
    let session = json!({
        "id": id, "object": "checkout.session", "url": format!("{}/checkout/{id}", store.base),
        "status": "open", "payment_status": "unpaid", "mode": mode,
        "client_reference_id": get_param(&params, "client_reference_id"),
        "customer": get_param(&params, "customer"),
        "metadata": nested(&params, "metadata"),
        "amount_total": p["unit_amount"], "currency": p["currency"],
        "success_url": get_param(&params, "success_url"),
        "payment_intent": null, "invoice": null, "subscription": null, "customer_details": null,
    });
    store
        .sub_metadata
        .insert(id.clone(), nested(&params, "subscription_data[metadata]"));
    store.sessions.insert(id.clone(), session.clone());
    if let Some(k) = key {
        store.replies.insert(k, session.clone());
    }
    Json(session).into_response()
}

fn expand_intent(store: &Store, pi: &Value) -> Value {
    match pi.as_str() {
        Some(id) => {
            let charge = store
                .intents
                .get(id)
                .and_then(|c| store.charges.get(c))
                .cloned();
            json!({"id": id, "object": "payment_intent", "latest_charge": charge})
        }
        None => Value::Null,
    }
}

async fn read_session(
    State(fake): State<StripeFake>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    let Some(store) = begin(
        &fake,
        &headers,
        Method::GET,
        &format!("/v1/checkout/sessions/{id}"),
        &params,
    ) else {
        return unauthorised();
    };
    if let Some(refused) = too_deep(&params) {
        return refused;
    }
    let Some(mut s) = store.sessions.get(&id).cloned() else {
        return missing("checkout.session");
    };
    let expands: Vec<&str> = params
        .iter()
        .filter(|(k, _)| k == "expand[]")
        .map(|(_, v)| v.as_str())
        .collect();
    if expands.contains(&"payment_intent.latest_charge") {
        s["payment_intent"] = expand_intent(&store, &s["payment_intent"]);
    }
    if expands.contains(&"invoice")
        && let Some(inv) = s["invoice"].as_str().and_then(|i| store.invoices.get(i))
    {
        s["invoice"] = inv.clone();
    }
    Json(s).into_response()
}

async fn read_object(
    State(fake): State<StripeFake>,
    method: Method,
    headers: HeaderMap,
    Path((kind, id)): Path<(String, String)>,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    let Some(mut store) = begin(
        &fake,
        &headers,
        method.clone(),
        &format!("/v1/{kind}/{id}"),
        &params,
    ) else {
        return unauthorised();
    };
    match kind.as_str() {
        "prices" => price(&id).map_or_else(|| missing("price"), |p| Json(p).into_response()),
        "charges" => store
            .charges
            .get(&id)
            .cloned()
            .map_or_else(|| missing("charge"), |c| Json(c).into_response()),
        "subscriptions" => {
            if method == Method::DELETE
                && let Some(s) = store.subscriptions.get_mut(&id)
            {
                s["status"] = json!("canceled");
            }
            store
                .subscriptions
                .get(&id)
                .cloned()
                .map_or_else(|| missing("subscription"), |s| Json(s).into_response())
        }
        "invoices" => {
            if let Some(refused) = too_deep(&params) {
                return refused;
            }
            let Some(mut inv) = store.invoices.get(&id).cloned() else {
                return missing("invoice");
            };
            let expand = params
                .iter()
                .any(|(k, v)| k == "expand[]" && v == "payments.data.payment.payment_intent");
            if expand && let Some(payments) = inv["payments"]["data"].as_array().cloned() {
                // The intent, with its charge as an id (one level more would be five).
                let expanded: Vec<Value> = payments
                    .iter()
                    .map(|p| {
                        let mut pi = expand_intent(&store, &p["payment"]["payment_intent"]);
                        if let Some(charge) = pi["latest_charge"]["id"].as_str() {
                            pi["latest_charge"] = json!(charge);
                        }
                        json!({"payment": {"type": "payment_intent", "payment_intent": pi}})
                    })
                    .collect();
                inv["payments"]["data"] = Value::Array(expanded);
            }
            Json(inv).into_response()
        }
        _ => missing(&kind),
    }
}

async fn portal(
    State(fake): State<StripeFake>,
    headers: HeaderMap,
    Form(params): Form<Vec<(String, String)>>,
) -> Response {
    let Some(mut store) = begin(
        &fake,
        &headers,
        Method::POST,
        "/v1/billing_portal/sessions",
        &params,
    ) else {
        return unauthorised();
    };
    let customer = get_param(&params, "customer")
        .unwrap_or_default()
        .to_owned();
    if !store.customers.contains(&customer) {
        return missing("customer");
    }
    let id = store.id("bps");
    let url = format!("{}/portal/{id}", store.base);
    Json(
        json!({"id": id, "object": "billing_portal.session", "customer": customer, "url": url,
        "return_url": get_param(&params, "return_url")}),
    )
    .into_response()
}

async fn refund(
    State(fake): State<StripeFake>,
    headers: HeaderMap,
    Form(params): Form<Vec<(String, String)>>,
) -> Response {
    let Some(mut store) = begin(&fake, &headers, Method::POST, "/v1/refunds", &params) else {
        return unauthorised();
    };
    // Stripe answers a repeated Idempotency-Key with the first answer, refunding nothing more.
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(|k| format!("refund:{k}"));
    if let Some(reply) = key.as_ref().and_then(|k| store.replies.get(k)) {
        return Json(reply.clone()).into_response();
    }
    let pi = get_param(&params, "payment_intent")
        .unwrap_or_default()
        .to_owned();
    let Some(charge) = store.intents.get(&pi).cloned() else {
        return missing("payment_intent");
    };
    let amount = get_param(&params, "amount").and_then(|a| a.parse::<i64>().ok());
    let id = store.id("re");
    let c = store.charges.get_mut(&charge).unwrap();
    let left = c["amount"].as_i64().unwrap() - c["amount_refunded"].as_i64().unwrap();
    c["amount_refunded"] =
        json!(c["amount_refunded"].as_i64().unwrap() + amount.unwrap_or(left).min(left));
    let reply = json!({"id": id, "object": "refund", "status": "succeeded", "charge": charge});
    if let Some(k) = key {
        store.replies.insert(k, reply.clone());
    }
    Json(reply).into_response()
}

/// What the buyer typed on Stripe's page.
pub fn buyer_details() -> Value {
    json!({
        "name": "Ada Lovelace", "email": "ada@example.com", "business_name": "Analytical Engines Ltd",
        "address": {"line1": "12 Marylebone Road", "line2": null, "postal_code": "NW1 5LR", "city": "London", "state": null, "country": "GB"},
        "tax_ids": [{"type": "gb_vat", "value": "GB123456789"}],
    })
}

/// The ids a payment made.
#[derive(Debug, Clone)]
pub struct Paid {
    pub customer: String,
    pub charge: String,
    pub invoice: String,
    pub subscription: Option<String>,
}

impl StripeFake {
    pub async fn start() -> Self {
        let store = Arc::new(Mutex::new(Store::default()));
        let fake = Self {
            url: String::new(),
            store: store.clone(),
        };
        let router = Router::new()
            .route("/v1/checkout/sessions", post(create_session))
            .route("/v1/checkout/sessions/{id}", get(read_session))
            .route("/v1/billing_portal/sessions", post(portal))
            .route("/v1/refunds", post(refund))
            .route("/v1/{kind}/{id}", get(read_object).delete(read_object))
            .with_state(fake.clone());
        let url = super::serve(router).await;
        store.lock().unwrap().base = url.clone();
        Self { url, store }
    }

    pub fn calls(&self, path: &str) -> Vec<StripeCall> {
        self.store
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|c| c.path == path)
            .cloned()
            .collect()
    }

    /// The session's id from a Checkout URL the server redirected to.
    pub fn session_of(url: &str) -> String {
        url.rsplit('/').next().unwrap().to_owned()
    }

    fn charge_for(store: &mut Store, customer: &str, amount: i64) -> (String, String) {
        let pi = store.id("pi");
        let ch = store.id("ch");
        store.charges.insert(ch.clone(), json!({
            "id": ch, "object": "charge", "amount": amount, "amount_refunded": 0, "currency": "eur",
            "customer": customer, "payment_intent": pi, "disputed": false, "refunded": false,
            "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030, "country": "GB", "funding": "credit"}},
            "billing_details": {"name": "Ada Lovelace", "email": "ada@example.com", "address": {"line1": "12 Marylebone Road", "postal_code": "NW1 5LR", "city": "London", "country": "GB"}},
        }));
        store.intents.insert(pi.clone(), ch.clone());
        (pi, ch)
    }

    fn invoice_for(
        store: &mut Store,
        customer: &str,
        amount: i64,
        pi: &str,
        sub: Option<&str>,
        reason: &str,
    ) -> String {
        let id = store.id("in");
        let base = store.base.clone();
        store.invoices.insert(id.clone(), json!({
            "id": id, "object": "invoice", "status": "paid", "customer": customer, "amount_paid": amount, "currency": "eur",
            "customer_name": "Analytical Engines Ltd", "billing_reason": reason,
            "hosted_invoice_url": format!("{base}/invoices/{id}"), "invoice_pdf": format!("{base}/invoices/{id}.pdf"),
            "parent": sub.map(|s| json!({"type": "subscription_details", "subscription_details": {"subscription": s}})),
            "payments": {"object": "list", "data": [{"payment": {"type": "payment_intent", "payment_intent": pi}}]},
            "status_transitions": {"paid_at": null},
        }));
        id
    }

    /// The buyer pays on Stripe's page: the session completes, with a customer, a card charge
    /// and an invoice (and a subscription in subscription mode).
    pub fn pay(&self, session: &str) -> Paid {
        let mut store = self.store.lock().unwrap();
        let s = store
            .sessions
            .get(session)
            .cloned()
            .expect("a session the server created");
        let customer = match s["customer"].as_str() {
            Some(c) => c.to_owned(),
            None => {
                let c = store.id("cus");
                store.customers.push(c.clone());
                c
            }
        };
        let amount = s["amount_total"].as_i64().unwrap();
        let (pi, ch) = Self::charge_for(&mut store, &customer, amount);
        let mut subscription = None;
        if s["mode"] == "subscription" {
            let sub = store.id("sub");
            let metadata = store
                .sub_metadata
                .get(session)
                .cloned()
                .unwrap_or(json!({}));
            store.subscriptions.insert(sub.clone(), json!({
                "id": sub, "object": "subscription", "status": "active", "customer": customer,
                "metadata": metadata, "cancel_at_period_end": false,
                "items": {"object": "list", "data": [{"id": "si_1", "current_period_end": 1_900_000_000, "price": {"id": "price_monthly"}}]},
            }));
            subscription = Some(sub);
        }
        let invoice = Self::invoice_for(
            &mut store,
            &customer,
            amount,
            &pi,
            subscription.as_deref(),
            if subscription.is_some() {
                "subscription_create"
            } else {
                "manual"
            },
        );
        let entry = store.sessions.get_mut(session).unwrap();
        entry["status"] = json!("complete");
        entry["payment_status"] = json!("paid");
        entry["customer"] = json!(customer);
        entry["customer_details"] = buyer_details();
        entry["invoice"] = json!(invoice);
        if let Some(sub) = &subscription {
            entry["subscription"] = json!(sub);
        } else {
            entry["payment_intent"] = json!(pi);
        }
        Paid {
            customer,
            charge: ch,
            invoice,
            subscription,
        }
    }

    /// The next period of a plan is paid: a new invoice and charge.
    pub fn renew(&self, subscription: &str) -> (String, String) {
        let mut store = self.store.lock().unwrap();
        let customer = store.subscriptions[subscription]["customer"]
            .as_str()
            .unwrap()
            .to_owned();
        let (pi, ch) = Self::charge_for(&mut store, &customer, 900);
        let invoice = Self::invoice_for(
            &mut store,
            &customer,
            900,
            &pi,
            Some(subscription),
            "subscription_cycle",
        );
        (invoice, ch)
    }

    /// Refunds `amount` of a charge (as the dashboard would).
    pub fn refund(&self, charge: &str, amount: i64) {
        let mut store = self.store.lock().unwrap();
        let c = store.charges.get_mut(charge).unwrap();
        c["amount_refunded"] = json!(c["amount_refunded"].as_i64().unwrap() + amount);
        c["refunded"] = json!(c["amount_refunded"] == c["amount"]);
    }

    /// The plan is cancelled (as in the customer portal).
    pub fn cancel(&self, subscription: &str) {
        let mut store = self.store.lock().unwrap();
        store.subscriptions.get_mut(subscription).unwrap()["status"] = json!("canceled");
    }

    pub fn subscription_status(&self, id: &str) -> String {
        self.store.lock().unwrap().subscriptions[id]["status"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// An event envelope as Stripe sends it (API version dahlia).
pub fn event(id: &str, kind: &str, object: Value, created: i64) -> String {
    json!({
        "id": id, "object": "event", "api_version": "2026-07-29.dahlia", "created": created,
        "type": kind, "livemode": false, "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null},
        "data": {"object": object},
    })
    .to_string()
}

/// The `Stripe-Signature` header for `payload`, made by Stripe's official Node library.
pub async fn sign(payload: &str, secret: &str, timestamp: i64) -> String {
    let payload = payload.to_owned();
    let secret = secret.to_owned();
    tokio::task::spawn_blocking(move || {
        use std::io::Write as _;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end");
        let mut child = std::process::Command::new("node")
            .arg("tools/stripe-sign.mjs")
            .arg(&secret)
            .arg(timestamp.to_string())
            .current_dir(&dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("node runs (the test command installs it)");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(payload.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "stripe's library signs the payload");
        String::from_utf8(out.stdout).unwrap()
    })
    .await
    .unwrap()
}
