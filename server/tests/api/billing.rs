//! Billing (issue 15): Stripe Checkout for packs and plans, the customer portal, verified
//! webhooks (signed here by Stripe's official library), grants and claw-backs keyed by Stripe
//! objects, payment records (P-PAY-1, P-PAY-2). Stripe is the local fake in `fakes::stripe`.

use obscura_shared::{routes, testids};

use crate::on_both_databases;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::{
    fakes::stripe::{self, Paid, StripeFake, WEBHOOK_SECRET},
    helpers::{
        Db, TestApp,
        browser::{Browser, location, user_id, verified_user},
        html, spawn_app_with, text_of,
    },
};
use obscura_server::db::entities::{billing_event, credit_debt, payment, user};

const ITEMS: &str = r#"{packs=[{id="small", label="Small pack", credits=50, price="price_small"}, {id="big", label="Big pack", credits=250, price="price_big"}], plans=[{id="monthly", label="Monthly", credits=200, price="price_monthly", rollover=false}]}"#;

async fn billing_app(db: Db, fake: &StripeFake) -> TestApp {
    spawn_app_with(
        db,
        &[
            ("STRIPE_SECRET_KEY", stripe::SECRET_KEY),
            ("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET),
            ("STRIPE_API_BASE", &fake.url),
            ("BILLING", ITEMS),
            ("SIGNUP_CREDITS", "10"),
        ],
    )
    .await
}

/// Delivers a signed event to the webhook.
async fn deliver(app: &TestApp, payload: &str) -> reqwest::Response {
    let header = stripe::sign(payload, WEBHOOK_SECRET, app.clock_now().timestamp()).await;
    app.client
        .post(app.url(routes::STRIPE_WEBHOOK))
        .header("stripe-signature", header)
        .header("content-type", "application/json")
        .body(payload.to_owned())
        .send()
        .await
        .unwrap()
}

fn checkout_event(app: &TestApp, id: &str, session: &str) -> String {
    stripe::event(
        id,
        "checkout.session.completed",
        json!({"id": session, "object": "checkout.session"}),
        app.clock_now().timestamp(),
    )
}

async fn balance(app: &TestApp, email: &str) -> i64 {
    obscura_server::credits::balance(&app.db, user_id(app, email).await)
        .await
        .unwrap()
}

/// Starts a checkout for `item`; returns the session id at the fake.
async fn start(b: &mut Browser<'_>, fake: &StripeFake, item: &str) -> String {
    let res = b.post(routes::BILLING_CHECKOUT, &[("item", item)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    assert!(to.starts_with(&fake.url), "sent to Stripe's page: {to}");
    StripeFake::session_of(&to)
}

/// Buys `item` end to end: checkout, payment at Stripe, the webhook, the job.
async fn buy(
    app: &TestApp,
    b: &mut Browser<'_>,
    fake: &StripeFake,
    item: &str,
    event: &str,
) -> Paid {
    let session = start(b, fake, item).await;
    let paid = fake.pay(&session);
    assert_eq!(
        deliver(app, &checkout_event(app, event, &session))
            .await
            .status(),
        200
    );
    app.run_pending_jobs().await;
    paid
}

on_both_databases!(
    a_pack_bought_through_checkout_is_credited_once_by_the_webhook_with_its_record,
    |db: Db| async move {
        let fake = StripeFake::start().await;
        let app = billing_app(db, &fake).await;
        let mut b = verified_user(&app, "buyer@example.com").await;
        let session = start(&mut b, &fake, "small").await;

        // What the server asked Stripe for.
        let call = fake.calls("/v1/checkout/sessions").pop().unwrap();
        let uid = user_id(&app, "buyer@example.com").await.to_string();
        assert_eq!(call.param("mode"), Some("payment"));
        assert_eq!(call.param("line_items[0][price]"), Some("price_small"));
        assert_eq!(call.param("client_reference_id"), Some(uid.as_str()));
        assert_eq!(call.param("metadata[item]"), Some("small"));
        assert_eq!(call.param("tax_id_collection[enabled]"), Some("true"));
        assert_eq!(call.param("billing_address_collection"), Some("required"));
        assert_eq!(call.param("invoice_creation[enabled]"), Some("true"));
        assert_eq!(call.param("customer_creation"), Some("always"));
        assert_eq!(call.param("customer_email"), Some("buyer@example.com"));
        assert!(
            call.param("success_url")
                .unwrap()
                .ends_with("/settings/billing?checkout={CHECKOUT_SESSION_ID}")
        );
        assert!(
            call.idempotency_key.is_some(),
            "every POST carries an Idempotency-Key"
        );

        // Back from Stripe before the webhook: the page waits, nothing is credited.
        fake.pay(&session);
        let page = b
            .get(&format!("{}?checkout={session}", routes::SETTINGS_BILLING))
            .await;
        let body = page.text().await.unwrap();
        let doc = html(&body);
        let state = doc
            .select(
                &scraper::Selector::parse(&format!(
                    r#"[data-testid="{}"]"#,
                    testids::CHECKOUT_STATE
                ))
                .unwrap(),
            )
            .next()
            .unwrap();
        assert_eq!(state.value().attr("data-state"), Some("waiting"));
        assert!(text_of(&doc, "main").contains("your credits are on their way"));
        assert_eq!(balance(&app, "buyer@example.com").await, 10);

        // The webhook: 200 at once, the work in the job.
        let res = deliver(&app, &checkout_event(&app, "evt_pack_1", &session)).await;
        assert_eq!(res.status(), 200);
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "buyer@example.com").await, 60);

        // promise: P-PAY-1 — the record holds the card's brand, last four digits and expiry,
        // and the billing details; no card number, and the table has no column for one.
        let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
        assert_eq!(rec.checkout_session_id.as_deref(), Some(session.as_str()));
        assert_eq!(
            (rec.amount, rec.currency.as_str(), rec.credits),
            (500, "eur", 50)
        );
        assert_eq!(rec.card_brand.as_deref(), Some("visa"));
        assert_eq!(rec.card_last4.as_deref(), Some("4242"));
        assert_eq!(
            (rec.card_exp_month, rec.card_exp_year),
            (Some(12), Some(2030))
        );
        assert_eq!(
            rec.billing_company.as_deref(),
            Some("Analytical Engines Ltd")
        );
        assert_eq!(rec.vat_id.as_deref(), Some("GB123456789"));
        assert!(
            rec.billing_address
                .as_deref()
                .unwrap()
                .contains("NW1 5LR London")
        );
        assert!(rec.invoice_url.as_deref().unwrap().starts_with(&fake.url));
        let dump = crate::helpers::dump_database(&app).await;
        assert!(!dump.contains("4242424242424242"));
        use sea_orm::Iterable as _;
        for column in payment::Column::iter() {
            let name = format!("{column:?}").to_lowercase();
            assert!(
                !name.contains("number") && !name.contains("cvc") && !name.contains("cvv"),
                "{name}"
            );
        }

        // The page now shows the credit and the payment with its invoice.
        let body = b
            .get(&format!("{}?checkout={session}", routes::SETTINGS_BILLING))
            .await
            .text()
            .await
            .unwrap();
        let doc = html(&body);
        assert!(body.contains(r#"data-state="credited""#));
        assert_eq!(
            text_of(
                &doc,
                &format!(r#"[data-testid="{}"]"#, testids::BILLING_BALANCE)
            ),
            "60"
        );
        let row = text_of(
            &doc,
            &format!(r#"[data-testid="{}"]"#, testids::PAYMENT_ROW),
        );
        assert!(
            row.contains("Small pack") && row.contains("€5.00") && row.contains("····4242"),
            "{row}"
        );

        // The receipt, with the invoice link.
        let receipt = crate::helpers::mail::await_mails(
            &app,
            "buyer@example.com",
            "Your Obscura receipt: Small pack",
            1,
        )
        .await;
        let text = &receipt[0].email.text;
        assert!(
            text.contains("€5.00") && text.contains("50 credits"),
            "{text}"
        );
        assert_eq!(
            crate::helpers::mail::link_in(&receipt[0]),
            rec.invoice_url.clone().unwrap()
        );

        // The same event again, and a second event for the same session: nothing more.
        assert_eq!(
            deliver(&app, &checkout_event(&app, "evt_pack_1", &session))
                .await
                .status(),
            200
        );
        assert_eq!(
            deliver(&app, &checkout_event(&app, "evt_pack_1b", &session))
                .await
                .status(),
            200
        );
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "buyer@example.com").await, 60);
        assert_eq!(payment::Entity::find().all(&app.db).await.unwrap().len(), 1);
        crate::helpers::mail::settle(&app).await;
        assert_eq!(
            crate::helpers::mail::mails_about(&app, "buyer@example.com", "receipt")
                .await
                .len(),
            1,
            "one receipt"
        );

        // The next checkout reuses the Stripe customer.
        start(&mut b, &fake, "big").await;
        let call = fake.calls("/v1/checkout/sessions").pop().unwrap();
        assert_eq!(call.param("customer"), rec.customer_id.as_deref());
        assert_eq!(call.param("customer_email"), None);
    }
);

on_both_databases!(
    ten_concurrent_deliveries_of_one_event_grant_once,
    |db: Db| async move {
        let fake = StripeFake::start().await;
        let app = billing_app(db, &fake).await;
        let mut b = verified_user(&app, "many@example.com").await;
        let session = start(&mut b, &fake, "small").await;
        fake.pay(&session);
        let payload = checkout_event(&app, "evt_once", &session);
        let header = stripe::sign(&payload, WEBHOOK_SECRET, app.clock_now().timestamp()).await;
        let sends = (0..10).map(|_| {
            app.client
                .post(app.url(routes::STRIPE_WEBHOOK))
                .header("stripe-signature", header.clone())
                .body(payload.clone())
                .send()
        });
        for res in futures::future::join_all(sends).await {
            assert_eq!(res.unwrap().status(), 200);
        }
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "many@example.com").await, 60);
        let events = billing_event::Entity::find().all(&app.db).await.unwrap();
        assert_eq!(events.len(), 1, "the event id is recorded once");
        assert!(events[0].processed_at.is_some());
        assert_eq!(payment::Entity::find().all(&app.db).await.unwrap().len(), 1);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_webhook_deliveries_are_refused_or_ignored_without_effect() {
    let fake = StripeFake::start().await;
    let app = billing_app(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "w@example.com").await;
    let session = start(&mut b, &fake, "small").await;
    fake.pay(&session);
    let payload = checkout_event(&app, "evt_bad", &session);
    let post = |header: Option<String>, body: String| {
        let mut req = app.client.post(app.url(routes::STRIPE_WEBHOOK)).body(body);
        if let Some(h) = header {
            req = req.header("stripe-signature", h);
        }
        req.send()
    };
    let now = app.clock_now().timestamp();
    // No signature, another secret, a tampered body, a timestamp outside the 300 s tolerance.
    assert_eq!(post(None, payload.clone()).await.unwrap().status(), 400);
    let other = stripe::sign(&payload, "whsec_someone_else", now).await;
    assert_eq!(
        post(Some(other), payload.clone()).await.unwrap().status(),
        400
    );
    let good = stripe::sign(&payload, WEBHOOK_SECRET, now).await;
    let tampered = payload.replace("evt_bad", "evt_bad2");
    assert_eq!(post(Some(good), tampered).await.unwrap().status(), 400);
    let stale = stripe::sign(&payload, WEBHOOK_SECRET, now - 301).await;
    assert_eq!(
        post(Some(stale), payload.clone()).await.unwrap().status(),
        400
    );
    // A delayed payment that failed: nothing credited, the person is told.
    let failed = stripe::event(
        "evt_async_failed",
        "checkout.session.async_payment_failed",
        json!({"id": session}),
        now,
    );
    assert_eq!(deliver(&app, &failed).await.status(), 200);
    // A type not handled: 200, nothing queued.
    let unknown = stripe::event(
        "evt_unknown",
        "customer.tax_id.created",
        json!({"id": "txi_1"}),
        now,
    );
    assert_eq!(deliver(&app, &unknown).await.status(), 200);
    // One about an object without an id (a balance): 200 too, or Stripe would retry it for days.
    let balance_event = stripe::event(
        "evt_balance",
        "balance.available",
        json!({"object": "balance", "available": []}),
        now,
    );
    assert_eq!(deliver(&app, &balance_event).await.status(), 200);
    // An event for a checkout nobody here started: 200, logged, nothing credited.
    let orphan = stripe::event(
        "evt_orphan",
        "checkout.session.completed",
        json!({"id": "cs_test999999"}),
        now,
    );
    assert_eq!(deliver(&app, &orphan).await.status(), 200);
    app.run_pending_jobs().await;
    let events: Vec<String> = billing_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.event_id)
        .collect();
    let mut events = events;
    events.sort();
    assert_eq!(
        events,
        ["evt_async_failed", "evt_orphan"],
        "refused and unhandled events leave no trace"
    );
    crate::helpers::mail::await_mails(&app, "w@example.com", "Small pack did not go through", 1)
        .await;
    assert_eq!(balance(&app, "w@example.com").await, 10);
    assert!(
        payment::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_confirmed_accounts_can_buy_and_bad_choices_are_named() {
    let fake = StripeFake::start().await;
    let app = billing_app(Db::Sqlite, &fake).await;
    // Not signed in: sent to sign in.
    let mut anonymous = Browser::new(&app);
    let res = anonymous
        .post(routes::BILLING_CHECKOUT, &[("item", "small")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).starts_with(routes::LOGIN));
    // Signed in with an address no longer confirmed (it was changed and not yet proven):
    // refused with a clear message, nothing sent to Stripe.
    let mut unconfirmed = verified_user(&app, "new@example.com").await;
    let uid = user_id(&app, "new@example.com").await;
    user::Entity::update_many()
        .col_expr(
            user::Column::EmailVerifiedAt,
            sea_orm::sea_query::Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .filter(user::Column::Id.eq(uid))
        .exec(&app.db)
        .await
        .unwrap();
    // Such an account has no working session (an unproven address opens nothing), and the
    // service refuses it as well, with the message people see.
    let res = unconfirmed
        .post(routes::BILLING_CHECKOUT, &[("item", "small")])
        .await;
    assert!(location(&res).starts_with(routes::LOGIN));
    let refused = obscura_server::billing::start_checkout(&app.state, uid, "small")
        .await
        .unwrap_err();
    let failure = obscura_shared::Failure::from(refused);
    assert_eq!(failure.code.http_status(), 403);
    assert!(
        failure
            .message_in(obscura_shared::account::Language::En)
            .unwrap_or_default()
            .contains("Confirm your email address first")
    );
    // An unknown pack: the field says so.
    let mut b = verified_user(&app, "v@example.com").await;
    let res = b.post(routes::BILLING_CHECKOUT, &[("item", "gold")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose one of the packs or plans")
    );
    assert!(fake.calls("/v1/checkout/sessions").is_empty());
    // No purchase yet: the portal has nothing to manage.
    let res = b.post(routes::BILLING_PORTAL, &[]).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.text().await.unwrap().contains("nothing to manage yet"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_stripe_billing_is_off_and_says_so() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let body = app.get(routes::PRICING).await.text().await.unwrap();
    assert!(body.contains("This server does not sell credits"));
    let mut b = verified_user(&app, "o@example.com").await;
    assert_eq!(
        b.post(routes::BILLING_CHECKOUT, &[("item", "small")])
            .await
            .status(),
        404
    );
    let res = app
        .client
        .post(app.url(routes::STRIPE_WEBHOOK))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    // promise: P-POL-1 — Stripe is named as a processor only when it is configured.
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(
        !policy.contains("Stripe"),
        "Stripe is named only when configured"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pricing_shows_packs_plans_prices_and_model_costs() {
    let fake = StripeFake::start().await;
    let app = billing_app(Db::Sqlite, &fake).await;
    let res = app.get(routes::PRICING).await;
    assert_eq!(res.status(), 200);
    // The buy forms redirect to Stripe's page: the policy lets forms lead there.
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains(&format!("form-action 'self' {};", fake.url)),
        "{csp}"
    );
    let body = res.text().await.unwrap();
    let text = html(&body).root_element().text().collect::<String>();
    for expected in [
        "Small pack",
        "50 credits",
        "€5.00",
        "Monthly",
        "200 credits",
        "€9.00 per month",
        "Unused credits end",
        "credit",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(body.contains("Create an account to buy"));
    assert!(!body.contains("<leptos-island"), "a light page: no islands");
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(policy.contains("Stripe (payments)"));
}

on_both_databases!(
    a_plan_grants_each_paid_period_once_even_out_of_order,
    |db: Db| async move {
        let fake = StripeFake::start().await;
        let app = billing_app(db, &fake).await;
        let mut b = verified_user(&app, "plan@example.com").await;
        let session = start(&mut b, &fake, "monthly").await;
        let call = fake.calls("/v1/checkout/sessions").pop().unwrap();
        assert_eq!(call.param("mode"), Some("subscription"));
        assert_eq!(
            call.param("subscription_data[metadata][item]"),
            Some("monthly")
        );
        let paid = fake.pay(&session);
        let sub = paid.subscription.clone().unwrap();
        let now = app.clock_now().timestamp();
        // The invoice arrives before the checkout event: the subscription is read from Stripe.
        let invoice_paid =
            stripe::event("evt_in_1", "invoice.paid", json!({"id": paid.invoice}), now);
        assert_eq!(deliver(&app, &invoice_paid).await.status(), 200);
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "plan@example.com").await, 210);
        assert_eq!(
            deliver(&app, &checkout_event(&app, "evt_cs_plan", &session))
                .await
                .status(),
            200
        );
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "plan@example.com").await, 210);
        // A renewal: unused credits of the plan end (no roll-over), the new period's arrive.
        let (renewal, _) = fake.renew(&sub);
        let ev = stripe::event("evt_in_2", "invoice.paid", json!({"id": renewal}), now);
        assert_eq!(deliver(&app, &ev).await.status(), 200);
        let again = stripe::event(
            "evt_in_2_again",
            "invoice.paid",
            json!({"id": renewal}),
            now,
        );
        assert_eq!(deliver(&app, &again).await.status(), 200);
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "plan@example.com").await, 210);
        assert_eq!(payment::Entity::find().all(&app.db).await.unwrap().len(), 2);
        crate::helpers::mail::await_mails(
            &app,
            "plan@example.com",
            "Your Obscura plan is renewed: Monthly",
            1,
        )
        .await;
        // A failed payment is told to the person.
        let (failed, _) = fake.renew(&sub);
        let ev = stripe::event(
            "evt_in_fail",
            "invoice.payment_failed",
            json!({"id": failed}),
            now,
        );
        assert_eq!(deliver(&app, &ev).await.status(), 200);
        app.run_pending_jobs().await;
        crate::helpers::mail::await_mails(&app, "plan@example.com", "did not go through", 1).await;
        // The page shows the plan; a second plan cannot be started.
        let body = b.get(routes::SETTINGS_BILLING).await.text().await.unwrap();
        assert!(body.contains("Monthly") && body.contains("Manage card and plan"));
        let res = b
            .post(routes::BILLING_CHECKOUT, &[("item", "monthly")])
            .await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        // The portal opens for the customer.
        let res = b.post(routes::BILLING_PORTAL, &[]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).starts_with(&format!("{}/portal/", fake.url)));
        let call = fake.calls("/v1/billing_portal/sessions").pop().unwrap();
        assert_eq!(call.param("customer"), Some(paid.customer.as_str()));
        // Cancelled in the portal: the plan ends here too, and a new one can be taken.
        fake.cancel(&sub);
        let ev = stripe::event(
            "evt_sub_del",
            "customer.subscription.deleted",
            json!({"id": sub}),
            now,
        );
        assert_eq!(deliver(&app, &ev).await.status(), 200);
        app.run_pending_jobs().await;
        let body = b.get(routes::SETTINGS_BILLING).await.text().await.unwrap();
        assert!(body.contains("No plan."));
        start(&mut b, &fake, "monthly").await;
    }
);

on_both_databases!(
    refunds_take_back_unspent_credits_and_record_what_was_already_used,
    |db: Db| async move {
        let fake = StripeFake::start().await;
        let app = billing_app(db, &fake).await;
        let mut b = verified_user(&app, "refund@example.com").await;
        let uid = user_id(&app, "refund@example.com").await;
        let paid = buy(&app, &mut b, &fake, "small", "evt_r_buy").await;
        assert_eq!(balance(&app, "refund@example.com").await, 60);
        let now = app.clock_now().timestamp();
        // Half refunded: 25 of the 50 credits go back.
        fake.refund(&paid.charge, 250);
        let ev = stripe::event(
            "evt_r_1",
            "charge.refunded",
            json!({"id": paid.charge}),
            now,
        );
        assert_eq!(deliver(&app, &ev).await.status(), 200);
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "refund@example.com").await, 35);
        // Most credits spent, then the rest refunded: the balance stops at zero and the
        // remainder is owed.
        obscura_server::credits::apply(
            &app.db,
            uuid::Uuid::now_v7(),
            app.clock_now(),
            obscura_server::credits::Operation {
                user_id: uid,
                entry: obscura_server::credits::Entry::AdjustDown,
                amount: 30,
                key: "spent",
                reference: None,
            },
        )
        .await
        .unwrap();
        fake.refund(&paid.charge, 250);
        let ev = stripe::event(
            "evt_r_2",
            "charge.refunded",
            json!({"id": paid.charge}),
            now,
        );
        assert_eq!(deliver(&app, &ev).await.status(), 200);
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "refund@example.com").await, 0);
        assert_eq!(
            obscura_server::billing::owed(&app.db, uid).await.unwrap(),
            20
        );
        let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
        assert_eq!(
            (
                rec.status.as_str(),
                rec.amount_refunded,
                rec.credits_taken_back
            ),
            ("refunded", 500, 50)
        );
        // New images wait, with the reason, on the billing page and when asking for one.
        let body = b.get(routes::SETTINGS_BILLING).await.text().await.unwrap();
        assert!(body.contains("20 credits that had already been used"));
        let res = crate::helpers::generation::submit(
            &mut b,
            crate::helpers::generation::form(&[("prompt", "a quiet harbour")]),
        )
        .await;
        assert_eq!(res.status(), StatusCode::PAYMENT_REQUIRED);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("A refunded payment left 20 credits")
        );
        // Buying again settles what is owed first.
        buy(&app, &mut b, &fake, "small", "evt_r_buy2").await;
        assert_eq!(balance(&app, "refund@example.com").await, 30);
        assert_eq!(
            obscura_server::billing::owed(&app.db, uid).await.unwrap(),
            0
        );
        let settled = credit_debt::Entity::find()
            .filter(credit_debt::Column::UserId.eq(uid))
            .all(&app.db)
            .await
            .unwrap();
        assert!(settled.iter().all(|d| d.settled_at.is_some()));
        // The ledger still adds up to the balance.
        assert_eq!(
            obscura_server::credits::ledger_sum(&app.db, uid)
                .await
                .unwrap(),
            30
        );
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dispute_takes_the_credits_back() {
    let fake = StripeFake::start().await;
    let app = billing_app(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "d@example.com").await;
    let paid = buy(&app, &mut b, &fake, "big", "evt_d_buy").await;
    assert_eq!(balance(&app, "d@example.com").await, 260);
    let now = app.clock_now().timestamp();
    let ev = stripe::event(
        "evt_dp",
        "charge.dispute.created",
        json!({"id": "dp_test1", "object": "dispute", "charge": paid.charge, "amount": 2000}),
        now,
    );
    assert_eq!(deliver(&app, &ev).await.status(), 200);
    app.run_pending_jobs().await;
    assert_eq!(balance(&app, "d@example.com").await, 10);
    let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(rec.status, "disputed");
}

on_both_databases!(
    erasure_keeps_payment_records_detached_until_the_legal_period_ends,
    |db: Db| async move {
        // promise: P-PAY-2 — kept after erasure, detached, then deleted when the period ends.
        let fake = StripeFake::start().await;
        let app = billing_app(db, &fake).await;
        let mut b = verified_user(&app, "gone@example.com").await;
        let uid = user_id(&app, "gone@example.com").await;
        buy(&app, &mut b, &fake, "small", "evt_e_buy").await;
        let session = start(&mut b, &fake, "monthly").await;
        let paid = fake.pay(&session);
        deliver(&app, &checkout_event(&app, "evt_e_plan", &session)).await;
        app.run_pending_jobs().await;
        obscura_server::privacy::erasure::purge_user(&app.state, uid)
            .await
            .unwrap();
        // The plan ended at Stripe: nothing more is charged.
        let sub = paid.subscription.as_deref().unwrap();
        assert_eq!(fake.subscription_status(sub), "canceled");
        let ended = fake.calls(&format!("/v1/subscriptions/{sub}"));
        assert!(ended.iter().any(|c| c.method == reqwest::Method::DELETE));
        let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
        assert_eq!(rec.user_id, None, "detached from the erased account");
        assert!(rec.detached_at.is_some());
        assert_eq!(
            rec.card_last4.as_deref(),
            Some("4242"),
            "what the law needs stays"
        );
        // Ten years on, the retention run deletes it.
        app.clock.advance(chrono::Duration::days(365 * 10 + 10));
        let counts = obscura_server::privacy::retention::run_all(&app.state)
            .await
            .unwrap();
        assert_eq!(counts.payments, 1);
        assert!(
            payment::Entity::find()
                .one(&app.db)
                .await
                .unwrap()
                .is_none()
        );
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payments_are_in_the_data_export() {
    let fake = StripeFake::start().await;
    let app = billing_app(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "x@example.com").await;
    let uid = user_id(&app, "x@example.com").await;
    buy(&app, &mut b, &fake, "small", "evt_x_buy").await;
    let exported = obscura_server::billing::records::export(&app.db, uid)
        .await
        .unwrap();
    assert_eq!(exported.len(), 1);
    assert_eq!(exported[0].card_expiry.as_deref(), Some("12/2030"));
    assert_eq!(
        exported[0].billing_company.as_deref(),
        Some("Analytical Engines Ltd")
    );
}

on_both_databases!(
    an_admin_refunds_through_stripe_and_the_credits_follow_its_event,
    |db: Db| async move {
        let fake = StripeFake::start().await;
        let app = billing_app(db, &fake).await;
        let mut b = verified_user(&app, "r@example.com").await;
        let paid = buy(&app, &mut b, &fake, "big", "evt_a_buy").await;
        assert_eq!(balance(&app, "r@example.com").await, 260);
        let id = payment::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        // Only admins see the page or refund (others get the 404 of a page that does not exist).
        assert_eq!(b.get(routes::ADMIN_PAYMENTS).await.status(), 404);
        assert_eq!(
            b.post(routes::ADMIN_PAYMENTS_REFUND, &[("payment", &id)])
                .await
                .status(),
            404
        );
        let mut admin = crate::helpers::browser::admin(&app).await;
        let body = admin
            .get(routes::ADMIN_PAYMENTS)
            .await
            .text()
            .await
            .unwrap();
        let doc = html(&body);
        let row = text_of(&doc, r#"[data-testid="admin-payment-row"]"#);
        assert!(
            row.contains("Big pack") && row.contains("€20.00") && row.contains("r@example.com"),
            "{row}"
        );
        let month = text_of(&doc, r#"[data-testid="revenue-row"]"#);
        assert!(month.contains("€20.00"), "{month}");
        // The filter: by account, by the day it was paid, by status; a wrong date says so.
        let rows_for = |body: &str| body.matches(r#"data-testid="admin-payment-row""#).count();
        let today = app.clock_now().date_naive();
        for (query, expected) in [
            ("?account=R%40EXAMPLE".to_owned(), 1),
            ("?account=nobody".to_owned(), 0),
            (format!("?from={today}&to={today}"), 1),
            (format!("?from={}", today.succ_opt().unwrap()), 0),
            ("?status=refunded".to_owned(), 0),
            ("?status=paid&account=r%40".to_owned(), 1),
        ] {
            let body = admin
                .get(&format!("{}{query}", routes::ADMIN_PAYMENTS))
                .await
                .text()
                .await
                .unwrap();
            assert_eq!(rows_for(&body), expected, "{query}");
        }
        let res = admin
            .get(&format!("{}?from=31.12.2026", routes::ADMIN_PAYMENTS))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let body = res.text().await.unwrap();
        assert!(body.contains("Use a date such as 2026-12-31."));
        assert_eq!(rows_for(&body), 1, "an unreadable date filters nothing");
        // More than was paid: the field says how much can be refunded.
        let res = admin
            .post(
                routes::ADMIN_PAYMENTS_REFUND,
                &[("payment", &id), ("amount", "25")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains("up to €20.00"));
        assert!(fake.calls("/v1/refunds").is_empty());
        // €5 of €20: Stripe is asked, and the credits follow its event (a quarter of 250).
        let res = admin
            .post(
                routes::ADMIN_PAYMENTS_REFUND,
                &[("payment", &id), ("amount", "5")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).ends_with("notice=refund-sent"));
        // A second click before Stripe's event is the same refund at Stripe, not another.
        admin
            .post(
                routes::ADMIN_PAYMENTS_REFUND,
                &[("payment", &id), ("amount", "5")],
            )
            .await;
        let calls = fake.calls("/v1/refunds");
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].idempotency_key, calls[1].idempotency_key);
        let call = fake.calls("/v1/refunds").pop().unwrap();
        assert_eq!(call.param("amount"), Some("500"));
        assert!(
            call.param("payment_intent")
                .is_some_and(|pi| pi.starts_with("pi_"))
        );
        assert!(call.idempotency_key.is_some());
        assert_eq!(
            balance(&app, "r@example.com").await,
            260,
            "nothing before Stripe confirms"
        );
        let ev = stripe::event(
            "evt_a_ref",
            "charge.refunded",
            json!({"id": paid.charge}),
            app.clock_now().timestamp(),
        );
        assert_eq!(deliver(&app, &ev).await.status(), 200);
        app.run_pending_jobs().await;
        assert_eq!(balance(&app, "r@example.com").await, 198);
        let rec = payment::Entity::find().one(&app.db).await.unwrap().unwrap();
        assert_eq!(
            (rec.status.as_str(), rec.amount_refunded),
            ("partially_refunded", 500)
        );
        // The refund is in the audit log.
        let audit = admin.get(routes::ADMIN_AUDIT).await.text().await.unwrap();
        assert!(audit.contains("Refunded a payment"));
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_account_cannot_flood_stripe_with_checkouts() {
    let fake = StripeFake::start().await;
    let app = billing_app(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "flood@example.com").await;
    let burst = obscura_server::accounts::limits::BILLING_SESSIONS_BURST as usize;
    for _ in 0..burst {
        start(&mut b, &fake, "small").await;
    }
    let res = b.post(routes::BILLING_CHECKOUT, &[("item", "small")]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    assert!(res.text().await.unwrap().contains("several payment pages"));
    assert_eq!(
        fake.calls("/v1/checkout/sessions").len(),
        burst,
        "the refused one never reached Stripe"
    );
    // Another account is not affected.
    let mut other = verified_user(&app, "calm@example.com").await;
    start(&mut other, &fake, "small").await;
}
