//! Billing against `localstripe` (PyPI 1.15.10), a second Stripe implementation written by
//! others, in Python: our client's requests, and its own signed webhooks, are read by code we
//! did not write. It has no Checkout Sessions, portal or prices, so it drives only the flows it
//! implements: a plan started at Stripe, a plan ended when its account is erased, an admin
//! refund, and refusals (a wrong key, an object that does not exist, a non-JSON 404). Checkout,
//! prices, renewals and disputes stay on `fakes::stripe` (see docs/TESTING.md).
//!
//! Each test starts its own localstripe (`--from-scratch`, on a free port) and stops it when it
//! ends. They take turns: localstripe writes its state to the fixed `/tmp/localstripe.pickle`.
//! The binary is `OBSCURA_TEST_LOCALSTRIPE`, else `~/.local/bin/localstripe` or one on `PATH`;
//! without one the tests are skipped, or fail with `OBSCURA_TEST_REQUIRE_PEERS=1`.
//!
//! The app runs on the real time (`spawn_app_at(…, Utc::now())`): localstripe signs its webhooks
//! with the wall clock, and signatures older than 300 s are refused.

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use obscura_shared::routes;
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    fakes::stripe::{self, SECRET_KEY, WEBHOOK_SECRET},
    helpers::{
        Db, TestApp,
        browser::{self, location, user_id, verified_user},
        spawn_app_at,
    },
};
use obscura_server::db::entities::{billing_event, job, payment, subscription, user};

/// A pack and a plan. localstripe has no prices: the tests that need the plan make a
/// localstripe plan with its price's id, and the pricing page shows no amounts.
const ITEMS: &str = r#"{packs=[{id="small", label="Small pack", credits=50, price="price_small"}], plans=[{id="monthly", label="Monthly", credits=200, price="price_monthly", rollover=false}]}"#;

/// How long a webhook may take: localstripe sends each about 1 s after the change.
const DELIVERY: Duration = Duration::from_secs(15);

/// One localstripe at a time (its state file is shared by every instance).
static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The localstripe program, or None (skip) when there is none and peers are not required.
fn program() -> Option<PathBuf> {
    crate::helpers::python_tool(
        "OBSCURA_TEST_LOCALSTRIPE",
        "localstripe",
        "pip3 install --user localstripe==1.15.10",
    )
}

/// A running localstripe, stopped (killed by its pid) when dropped.
struct Localstripe {
    url: String,
    child: Child,
    log: PathBuf,
    http: reqwest::Client,
    _dir: tempfile::TempDir,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Drop for Localstripe {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!(
                "localstripe's log:\n{}",
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
        }
    }
}

impl Localstripe {
    /// Starts one on a free port, from scratch, and waits until it answers.
    async fn start() -> Option<Self> {
        let program = program()?;
        let turn = TURN.lock().await;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("localstripe.log");
        let out = std::fs::File::create(&log).unwrap();
        let child = Command::new(&program)
            .args(["--port", &port.to_string(), "--from-scratch"])
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .unwrap_or_else(|e| panic!("{} does not start: {e}", program.display()));
        let mut ls = Self {
            url: format!("http://127.0.0.1:{port}"),
            child,
            log,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap(),
            _dir: dir,
            _turn: turn,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let up = ls
                .http
                // Not `/v1/balance`: its first read makes a `balance.available` event, whose
                // object has no `id`, and our webhook answers such an event 400.
                .get(format!("{}/v1/events", ls.url))
                .bearer_auth(SECRET_KEY)
                .send()
                .await
                .is_ok_and(|r| r.status() == StatusCode::OK);
            if up {
                return Some(ls);
            }
            if let Ok(Some(status)) = ls.child.try_wait() {
                panic!("localstripe ended at start ({status})");
            }
            assert!(Instant::now() < deadline, "localstripe did not answer");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A request with the right key; its JSON body, which must be a success.
    async fn call(&self, method: reqwest::Method, path: &str, form: &[(&str, &str)]) -> Value {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.url))
            .bearer_auth(SECRET_KEY);
        req = if method == reqwest::Method::GET {
            req.query(form)
        } else {
            req.form(form)
        };
        let res = req.send().await.unwrap();
        let status = res.status();
        let body = res.text().await.unwrap();
        assert!(status.is_success(), "{method} {path}: {status} {body}");
        serde_json::from_str(&body).unwrap()
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> Value {
        self.call(reqwest::Method::POST, path, form).await
    }

    async fn get(&self, path: &str) -> Value {
        self.call(reqwest::Method::GET, path, &[]).await
    }

    /// Sends every event to the app's webhook, signed with our secret.
    async fn deliver_to(&self, app: &TestApp) {
        let res = self
            .http
            .post(format!("{}/_config/webhooks/obscura", self.url))
            .form(&[
                ("url", app.url(routes::STRIPE_WEBHOOK).as_str()),
                ("secret", WEBHOOK_SECRET),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
    }

    /// A customer paying by the test Visa card.
    async fn customer(&self, email: &str) -> String {
        let c = self
            .post(
                "/v1/customers",
                &[
                    ("email", email),
                    ("payment_method", "pm_card_visa"),
                    ("invoice_settings[default_payment_method]", "pm_card_visa"),
                ],
            )
            .await;
        c["id"].as_str().unwrap().to_owned()
    }

    /// The configured plan's price, as a localstripe plan with the same id.
    async fn plan(&self) {
        self.post("/v1/products", &[("id", "prod_studio"), ("name", "Studio")])
            .await;
        self.post(
            "/v1/plans",
            &[
                ("id", "price_monthly"),
                ("amount", "900"),
                ("currency", "eur"),
                ("interval", "month"),
                ("product", "prod_studio"),
            ],
        )
        .await;
    }

    /// A plan for `account` paid at once by `customer`; returns `sub_…`.
    async fn subscribe(&self, customer: &str, account: Uuid) -> String {
        let account = account.to_string();
        let sub = self
            .post(
                "/v1/subscriptions",
                &[
                    ("customer", customer),
                    ("items[0][plan]", "price_monthly"),
                    ("metadata[account]", &account),
                    ("metadata[item]", "monthly"),
                ],
            )
            .await;
        assert_eq!(sub["status"], "active", "{sub}");
        sub["id"].as_str().unwrap().to_owned()
    }

    /// The one event of `kind` about `object` that localstripe made.
    async fn event_about(&self, kind: &str, object: &str) -> String {
        let list = self
            .call(reqwest::Method::GET, "/v1/events", &[("type", kind)])
            .await;
        let ids: Vec<&str> = list["data"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["data"]["object"]["id"] == object)
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids.len(), 1, "one {kind} about {object}: {list}");
        ids[0].to_owned()
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits until localstripe logs that `kind` was delivered with a 2xx answer.
    async fn delivered(&self, kind: &str) {
        let line = format!("webhook \"{kind}\" successfully delivered");
        let deadline = Instant::now() + DELIVERY;
        while !self.log().contains(&line) {
            assert!(
                Instant::now() < deadline,
                "localstripe did not deliver {kind}:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// No delivery was answered with an error (every signature verified).
    fn no_refused_delivery(&self) {
        let log = self.log();
        assert!(
            !log.contains("failed with response code") && !log.contains("\" failed: "),
            "{log}"
        );
    }
}

/// The app with billing at `ls`, signing in with `key`, on the wall clock.
async fn app_at(ls: &Localstripe, key: &str) -> TestApp {
    spawn_app_at(
        Db::Sqlite,
        &[
            ("STRIPE_SECRET_KEY", key),
            ("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET),
            ("STRIPE_API_BASE", &ls.url),
            ("BILLING", ITEMS),
            ("SIGNUP_CREDITS", "10"),
        ],
        chrono::Utc::now(),
    )
    .await
}

/// Waits until the app has recorded event `id` (the webhook answered), then runs the jobs;
/// returns its row.
async fn received(app: &TestApp, id: &str) -> billing_event::Model {
    let deadline = Instant::now() + DELIVERY;
    loop {
        if billing_event::Entity::find_by_id(id.to_owned())
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
        {
            break;
        }
        assert!(Instant::now() < deadline, "event {id} was not received");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.run_pending_jobs().await;
    billing_event::Entity::find_by_id(id.to_owned())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// Signs `payload` with Stripe's library (localstripe sends no such event) and posts it.
async fn deliver(app: &TestApp, payload: &str) -> StatusCode {
    let header = stripe::sign(payload, WEBHOOK_SECRET, app.clock_now().timestamp()).await;
    app.client
        .post(app.url(routes::STRIPE_WEBHOOK))
        .header("stripe-signature", header)
        .header("content-type", "application/json")
        .body(payload.to_owned())
        .send()
        .await
        .unwrap()
        .status()
}

async fn balance(app: &TestApp, user: Uuid) -> i64 {
    obscura_server::credits::balance(&app.db, user)
        .await
        .unwrap()
}

/// The `stripe-event` jobs that failed, with their error class.
async fn failed_event_jobs(app: &TestApp) -> Vec<Option<String>> {
    job::Entity::find()
        .filter(job::Column::Kind.eq("stripe-event"))
        .filter(job::Column::Status.eq("failed"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|j| j.last_error)
        .collect()
}

/// A plan started at localstripe for a new account; returns the account and `sub_…` once
/// localstripe's own `customer.subscription.created` has been received and handled.
async fn plan_started(app: &TestApp, ls: &Localstripe, email: &str) -> (Uuid, String) {
    let uid = user_id(app, email).await;
    ls.plan().await;
    let customer = ls.customer(email).await;
    let sub = ls.subscribe(&customer, uid).await;
    let event = ls.event_about("customer.subscription.created", &sub).await;
    let row = received(app, &event).await;
    assert_eq!(row.event_type, "customer.subscription.created");
    assert!(row.processed_at.is_some(), "its job succeeded");
    (uid, sub)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_started_at_localstripe_is_recorded_from_its_signed_event() {
    let Some(ls) = Localstripe::start().await else {
        return;
    };
    let app = app_at(&ls, SECRET_KEY).await;
    ls.deliver_to(&app).await;
    let mut b = verified_user(&app, "plan@example.com").await;
    let page = b.get(routes::SETTINGS_BILLING).await.text().await.unwrap();
    assert!(page.contains("No plan."), "no plan before the event");

    let (uid, sub) = plan_started(&app, &ls, "plan@example.com").await;

    // localstripe's signature verified and the job read the plan back from localstripe.
    let row = subscription::Entity::find_by_id(sub.clone())
        .one(&app.db)
        .await
        .unwrap()
        .expect("the plan is recorded");
    assert_eq!(
        (row.user_id, row.plan_id.as_str(), row.status.as_str()),
        (uid, "monthly", "active")
    );
    assert!(!row.cancel_at_period_end);
    let page = b.get(routes::SETTINGS_BILLING).await.text().await.unwrap();
    assert!(
        !page.contains("No plan."),
        "the billing page shows the plan"
    );
    // A second plan cannot be started while this one runs (nothing is sent to Stripe).
    let res = b
        .post(routes::BILLING_CHECKOUT, &[("item", "monthly")])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(!ls.log().contains("/v1/checkout/sessions"));
    // Every event localstripe sent (customer, invoice, plan, …) was answered 2xx.
    ls.delivered("customer.subscription.created").await;
    ls.no_refused_delivery();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erasing_an_account_ends_its_plan_at_localstripe() {
    let Some(ls) = Localstripe::start().await else {
        return;
    };
    let app = app_at(&ls, SECRET_KEY).await;
    ls.deliver_to(&app).await;
    verified_user(&app, "gone@example.com").await;
    let (uid, sub) = plan_started(&app, &ls, "gone@example.com").await;

    obscura_server::privacy::erasure::purge_user(&app.state, uid)
        .await
        .unwrap();

    // A real DELETE ended the plan at localstripe: nothing more is charged.
    let at_stripe = ls.get(&format!("/v1/subscriptions/{sub}")).await;
    assert_eq!(at_stripe["status"], "canceled", "{at_stripe}");
    assert!(at_stripe["ended_at"].is_i64());
    assert!(
        user::Entity::find_by_id(uid)
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    // localstripe's signed `customer.subscription.deleted` is accepted and handled, and does
    // not bring the erased account's plan back.
    let event = ls.event_about("customer.subscription.deleted", &sub).await;
    let row = received(&app, &event).await;
    assert!(row.processed_at.is_some(), "its job succeeded");
    ls.delivered("customer.subscription.deleted").await;
    ls.no_refused_delivery();
    assert!(
        subscription::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(failed_event_jobs(&app).await.is_empty());
}

/// A paid €5.00 charge at localstripe and our record of it, its 50 credits granted as a
/// purchase is (neither Checkout nor `invoice.paid` can make this row against localstripe);
/// returns the record's id and `ch_…`.
async fn paid_at_localstripe(app: &TestApp, ls: &Localstripe, user: Uuid) -> (Uuid, String) {
    let customer = ls.customer("refund@example.com").await;
    let pi = ls
        .post(
            "/v1/payment_intents",
            &[
                ("amount", "500"),
                ("currency", "eur"),
                ("customer", &customer),
                ("payment_method", "pm_card_visa"),
                ("confirm", "true"),
            ],
        )
        .await;
    assert_eq!(pi["status"], "succeeded", "{pi}");
    let intent = pi["id"].as_str().unwrap().to_owned();
    let charge = pi["latest_charge"]["id"].as_str().unwrap().to_owned();
    let now = app.clock_now();
    let id = Uuid::now_v7();
    payment::ActiveModel {
        id: Set(id),
        user_id: Set(Some(user)),
        customer_id: Set(Some(customer)),
        kind: Set("pack".into()),
        item_id: Set("small".into()),
        item_label: Set("Small pack".into()),
        credits: Set(50),
        checkout_session_id: Set(None),
        invoice_id: Set(None),
        payment_intent_id: Set(Some(intent.clone())),
        charge_id: Set(Some(charge.clone())),
        amount: Set(500),
        currency: Set("eur".into()),
        status: Set("paid".into()),
        amount_refunded: Set(0),
        credits_taken_back: Set(0),
        card_brand: Set(None),
        card_last4: Set(None),
        card_exp_month: Set(None),
        card_exp_year: Set(None),
        billing_name: Set(None),
        billing_company: Set(None),
        billing_address: Set(None),
        vat_id: Set(None),
        invoice_url: Set(None),
        invoice_pdf: Set(None),
        paid_at: Set(now),
        detached_at: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
    obscura_server::credits::apply(
        &app.db,
        Uuid::now_v7(),
        now,
        obscura_server::credits::Operation {
            user_id: user,
            entry: obscura_server::credits::Entry::Grant,
            amount: 50,
            key: &format!("stripe:payment:{intent}"),
            reference: Some("payment"),
        },
    )
    .await
    .unwrap();
    (id, charge)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_refund_reaches_localstripe_and_the_credits_follow() {
    let Some(ls) = Localstripe::start().await else {
        return;
    };
    let app = app_at(&ls, SECRET_KEY).await;
    verified_user(&app, "refund@example.com").await;
    let uid = user_id(&app, "refund@example.com").await;
    let (id, charge) = paid_at_localstripe(&app, &ls, uid).await;
    let id = id.to_string();
    assert_eq!(balance(&app, uid).await, 60);
    let mut admin = browser::admin(&app).await;

    // €2.00 of €5.00: a real refund at localstripe.
    let res = admin
        .post(
            routes::ADMIN_PAYMENTS_REFUND,
            &[("payment", &id), ("amount", "2.00")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).ends_with("notice=refund-sent"));
    let at_stripe = ls.get(&format!("/v1/charges/{charge}")).await;
    assert_eq!(at_stripe["amount_refunded"], 200, "{at_stripe}");
    assert_eq!(at_stripe["refunds"]["data"].as_array().unwrap().len(), 1);
    assert_eq!(balance(&app, uid).await, 60, "nothing before the event");

    // localstripe sends no `charge.refunded`: the test does, and the job reads the charge from
    // localstripe. 40 % refunded: 20 of the 50 credits go back.
    let now = app.clock_now().timestamp();
    let ev = stripe::event(
        "evt_ls_refund_1",
        "charge.refunded",
        json!({"id": charge, "object": "charge"}),
        now,
    );
    assert_eq!(deliver(&app, &ev).await, StatusCode::OK);
    app.run_pending_jobs().await;
    assert_eq!(balance(&app, uid).await, 40);
    let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(
        (
            rec.status.as_str(),
            rec.amount_refunded,
            rec.credits_taken_back
        ),
        ("partially_refunded", 200, 20)
    );

    // The rest, as an explicit amount (localstripe would refund the whole charge again for a
    // refund without one, where Stripe refunds what is left).
    let res = admin
        .post(
            routes::ADMIN_PAYMENTS_REFUND,
            &[("payment", &id), ("amount", "3.00")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let at_stripe = ls.get(&format!("/v1/charges/{charge}")).await;
    assert_eq!(at_stripe["amount_refunded"], 500, "{at_stripe}");
    let ev = stripe::event(
        "evt_ls_refund_2",
        "charge.refunded",
        json!({"id": charge, "object": "charge"}),
        now,
    );
    assert_eq!(deliver(&app, &ev).await, StatusCode::OK);
    app.run_pending_jobs().await;
    assert_eq!(balance(&app, uid).await, 10);
    let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(
        (
            rec.status.as_str(),
            rec.amount_refunded,
            rec.credits_taken_back
        ),
        ("refunded", 500, 50)
    );
    // Nothing is left to refund: refused here, nothing more asked of localstripe.
    let res = admin
        .post(
            routes::ADMIN_PAYMENTS_REFUND,
            &[("payment", &id), ("amount", "1.00")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let at_stripe = ls.get(&format!("/v1/charges/{charge}")).await;
    assert_eq!(at_stripe["amount_refunded"], 500);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn localstripe_refusals_are_clear_and_pages_still_render() {
    let Some(ls) = Localstripe::start().await else {
        return;
    };
    // localstripe has no prices (a text/plain 404): the pricing page still lists what is sold.
    let app = app_at(&ls, SECRET_KEY).await;
    let res = app.get(routes::PRICING).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    for expected in [
        "Small pack",
        "50 credits",
        "Monthly",
        "Price shown at checkout",
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
    assert!(!body.contains("€5.00"));
    // An event about an object localstripe does not have: the job ends for good, named.
    let now = app.clock_now().timestamp();
    let ev = stripe::event(
        "evt_ls_missing",
        "customer.subscription.updated",
        json!({"id": "sub_missing", "object": "subscription"}),
        now,
    );
    assert_eq!(deliver(&app, &ev).await, StatusCode::OK);
    app.run_pending_jobs().await;
    assert_eq!(
        failed_event_jobs(&app).await,
        [Some("stripe_object_missing".to_owned())]
    );

    // A key localstripe refuses (401; our configuration accepts restricted `rk_` keys).
    let wrong = app_at(&ls, "rk_test_obscura").await;
    let res = wrong.get(routes::PRICING).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Price shown at checkout")
    );
    let mut b = verified_user(&wrong, "refund@example.com").await;
    let uid = user_id(&wrong, "refund@example.com").await;
    let page = b.get(routes::SETTINGS_BILLING).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Price shown at checkout")
    );
    // An admin's refund is refused with a message, and nothing is refunded.
    let (id, charge) = paid_at_localstripe(&wrong, &ls, uid).await;
    let mut admin = browser::admin(&wrong).await;
    let res = admin
        .post(
            routes::ADMIN_PAYMENTS_REFUND,
            &[("payment", &id.to_string()), ("amount", "2.00")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Stripe did not accept this refund, so nothing was refunded")
    );
    let at_stripe = ls.get(&format!("/v1/charges/{charge}")).await;
    assert_eq!(at_stripe["amount_refunded"], 0);
    // An event whose object cannot be read with this key: the job ends for good (no retry
    // storm against a key that will not work), the credits untouched.
    let ev = stripe::event(
        "evt_ls_wrong_key",
        "charge.refunded",
        json!({"id": charge, "object": "charge"}),
        now,
    );
    assert_eq!(deliver(&wrong, &ev).await, StatusCode::OK);
    wrong.run_pending_jobs().await;
    assert_eq!(
        failed_event_jobs(&wrong).await,
        [Some("stripe_refused".to_owned())]
    );
    assert_eq!(balance(&wrong, uid).await, 60);
}
