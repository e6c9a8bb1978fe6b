//! The admin dashboard (`/admin`): exact figures from known data on days moved with the test
//! clock (sign-ups, active people, generations and failures by provider, the queue, credits,
//! revenue), the `?days=` periods, a fresh install's empty state, and who may see it.

use chrono::{DateTime, Duration, Utc};
use obscura_server::db::entities::{
    credit_entry, generation, job, payment, security_event, support_message,
};
use obscura_shared::{routes, testids};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

use crate::{
    helpers::{
        Db, TestApp,
        browser::{admin, location, new_account, verified_user},
        html, spawn_app_with,
    },
    on_both_databases,
};

/// No sign-up credits: the ledger holds only the rows a test writes.
const QUIET: &[(&str, &str)] = &[("SIGNUP_CREDITS", "0")];

/// Billing on (Stripe is never called by the dashboard).
const BILLING: &[(&str, &str)] = &[
    ("SIGNUP_CREDITS", "0"),
    ("STRIPE_SECRET_KEY", "sk_test_dashboard"),
    ("STRIPE_WEBHOOK_SECRET", "whsec_dashboard"),
    ("STRIPE_API_BASE", "http://127.0.0.1:9"),
    (
        "BILLING",
        r#"{packs=[{id="small", label="Small pack", credits=50, price="price_small"}]}"#,
    ),
];

async fn add_generation(
    app: &TestApp,
    user: Uuid,
    provider: &str,
    status: &str,
    at: DateTime<Utc>,
) {
    let finished = matches!(status, "succeeded" | "failed" | "cancelled").then_some(at);
    generation::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user),
        model: Set(format!("{provider}-model")),
        model_label: Set("A model".into()),
        provider: Set(provider.into()),
        upstream: Set("upstream".into()),
        prompt: Set("a private prompt that never reaches the dashboard".into()),
        negative_prompt: Set(None),
        width: Set(512),
        height: Set(512),
        quality: Set("standard".into()),
        count: Set(1),
        seed: Set(1),
        reference_key: Set(None),
        status: Set(status.into()),
        error_code: Set((status == "failed").then(|| "provider_failed".into())),
        error_class: Set(None),
        cost: Set(1),
        created_at: Set(at),
        started_at: Set(finished),
        finished_at: Set(finished),
        expires_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn add_ledger(app: &TestApp, user: Uuid, kind: &str, delta: i64, amount: i64) {
    credit_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user),
        kind: Set(kind.into()),
        delta: Set(delta),
        amount: Set(amount),
        idempotency_key: Set(Uuid::now_v7().to_string()),
        reference: Set(None),
        created_at: Set(app.clock_now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn add_sign_in(app: &TestApp, user: Uuid) {
    security_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user),
        kind: Set("sign_in".into()),
        detail: Set(Some("password".into())),
        device: Set(None),
        ip: Set(None),
        created_at: Set(app.clock_now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn add_job(app: &TestApp, status: &str, run_at: DateTime<Utc>) {
    let now = app.clock_now();
    job::ActiveModel {
        id: Set(Uuid::now_v7()),
        kind: Set("dashboard-test".into()),
        payload: Set("{}".into()),
        user_id: Set(None),
        status: Set(status.into()),
        attempts: Set(i32::from(status != "queued")),
        max_attempts: Set(3),
        run_at: Set(run_at),
        lease_until: Set((status == "running").then(|| now + Duration::minutes(5))),
        worker: Set(None),
        last_error: Set(None),
        created_at: Set(run_at.min(now)),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn add_support_message(app: &TestApp, closed: bool) {
    let now = app.clock_now();
    support_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(None),
        email: Set("someone@example.com".into()),
        topic: Set("help".into()),
        message: Set("A support message the dashboard only counts.".into()),
        attachment_key: Set(None),
        created_at: Set(now),
        closed_at: Set(closed.then_some(now)),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn add_payment(app: &TestApp, user: Uuid, amount: i64, refunded: i64, at: DateTime<Utc>) {
    payment::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(Some(user)),
        customer_id: Set(None),
        kind: Set("pack".into()),
        item_id: Set("small".into()),
        item_label: Set("Small pack".into()),
        credits: Set(50),
        checkout_session_id: Set(Some(format!("cs_{}", Uuid::now_v7().simple()))),
        invoice_id: Set(None),
        payment_intent_id: Set(None),
        charge_id: Set(None),
        amount: Set(amount),
        currency: Set("eur".into()),
        status: Set(if refunded > 0 {
            "partially_refunded"
        } else {
            "paid"
        }
        .into()),
        amount_refunded: Set(refunded),
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
        paid_at: Set(at),
        detached_at: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Runs the retention job the server queues when it starts, once it is there (its first
/// scheduling runs at once, the next one 10 minutes later), so that the queue holds only what a
/// test puts in it.
async fn settle_queue(app: &TestApp) {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    for _ in 0..250 {
        let queued = job::Entity::find()
            .filter(job::Column::Kind.eq("retention"))
            .count(&app.db)
            .await
            .unwrap();
        if queued > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    app.run_pending_jobs().await;
}

/// The known data: three days from the clock's start (2026-03-01 12:00 UTC), then an admin
/// made and signed in on the third day. Returns the admin's browser.
///
/// - 03-01: Ada and Bob sign up; Ada: openai succeeded, failed and cancelled; Bob: openai
///   succeeded; grants 100 + 100, a capture of 4; a payment of €5.00.
/// - 03-02: Ada signs in.
/// - 03-03: Cy signs up; Cy: replicate failed, cancelled and queued; Bob: a provider this
///   version does not know, succeeded; +10 and −3 by an operator, a claw-back of 2, a capture
///   of 6 (a reserve and a release, which are neither); a payment of €12.00 with €2.00
///   refunded; the admin is made and signs in.
/// - 40 days before the start: an openai generation (Ada) and a payment of €9.00, outside
///   the 7- and 30-day periods, inside 90 days.
/// - Now: two due jobs (10 and 1 minutes late), one for later, one running, one failed; one open
///   and one closed support message.
async fn seed(app: &TestApp) -> crate::helpers::browser::Browser<'_> {
    settle_queue(app).await;
    let start = app.clock_now();
    let ada = new_account(app, "ada@example.com").await;
    let bob = new_account(app, "bob@example.com").await;
    add_generation(app, ada, "openai", "succeeded", start).await;
    add_generation(app, ada, "openai", "failed", start).await;
    add_generation(app, ada, "openai", "cancelled", start).await;
    add_generation(app, bob, "openai", "succeeded", start).await;
    add_generation(app, ada, "openai", "succeeded", start - Duration::days(40)).await;
    add_ledger(app, ada, "grant", 100, 100).await;
    add_ledger(app, bob, "grant", 100, 100).await;
    add_ledger(app, ada, "capture", 0, 4).await;
    add_payment(app, ada, 500, 0, start).await;
    add_payment(app, ada, 900, 0, start - Duration::days(40)).await;

    app.clock.advance(Duration::days(1));
    add_sign_in(app, ada).await;

    app.clock.advance(Duration::days(1));
    let now = app.clock_now();
    let cy = new_account(app, "cy@example.com").await;
    add_generation(app, cy, "replicate", "failed", now).await;
    add_generation(app, cy, "replicate", "cancelled", now).await;
    add_generation(app, cy, "replicate", "queued", now).await;
    add_generation(app, bob, "midjourney", "succeeded", now).await;
    add_ledger(app, ada, "adjust", 10, 10).await;
    add_ledger(app, ada, "adjust", -3, 3).await;
    add_ledger(app, bob, "clawback", -2, 2).await;
    add_ledger(app, cy, "reserve", -6, 6).await;
    add_ledger(app, cy, "capture", 0, 6).await;
    add_ledger(app, cy, "release", 1, 1).await;
    add_payment(app, bob, 1200, 200, now).await;
    add_job(app, "queued", now - Duration::minutes(10)).await;
    add_job(app, "queued", now - Duration::minutes(1)).await;
    add_job(app, "queued", now + Duration::hours(1)).await;
    add_job(app, "running", now - Duration::minutes(2)).await;
    add_job(app, "failed", now - Duration::hours(3)).await;
    add_support_message(app, false).await;
    add_support_message(app, true).await;
    admin(app).await
}

/// The page, parsed.
async fn page(b: &mut crate::helpers::browser::Browser<'_>, query: &str) -> scraper::Html {
    let res = b.get(&format!("{}{query}", routes::ADMIN_DASHBOARD)).await;
    assert_eq!(res.status(), StatusCode::OK, "{query}");
    html(&res.text().await.unwrap())
}

fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap()
}

/// A total's `data-value`.
fn total(doc: &scraper::Html, field: &str) -> String {
    let s = sel(&format!(
        "[data-testid=\"{}\"][data-field=\"{field}\"]",
        testids::DASH_TOTAL
    ));
    doc.select(&s)
        .next()
        .unwrap_or_else(|| panic!("no total {field}"))
        .value()
        .attr("data-value")
        .unwrap()
        .to_owned()
}

/// A total as shown.
fn total_text(doc: &scraper::Html, field: &str) -> String {
    let s = sel(&format!(
        "[data-testid=\"{}\"][data-field=\"{field}\"] dd",
        testids::DASH_TOTAL
    ));
    doc.select(&s)
        .next()
        .unwrap_or_else(|| panic!("no total {field}"))
        .text()
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The text of what `selector` finds inside a figure, trimmed.
fn within(doc: &scraper::Html, figure: &str, selector: &str) -> String {
    let s = sel(&format!(
        "[data-testid=\"{}\"][data-figure=\"{figure}\"] {selector}",
        testids::DASH_FIGURE
    ));
    doc.select(&s)
        .next()
        .unwrap_or_else(|| panic!("nothing at {figure} {selector}"))
        .text()
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A cell of a figure's day table.
fn cell(doc: &scraper::Html, figure: &str, day: &str, field: &str) -> String {
    within(
        doc,
        figure,
        &format!("tr[data-day=\"{day}\"] td[data-field=\"{field}\"]"),
    )
}

fn current_period(doc: &scraper::Html) -> Vec<String> {
    let s = sel(&format!(
        "[data-testid=\"{}\"][aria-current=\"page\"]",
        testids::DASH_PERIOD
    ));
    doc.select(&s)
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect()
}

on_both_databases!(
    the_dashboard_counts_exactly_what_happened,
    |db: Db| async move {
        let app = spawn_app_with(db, BILLING).await;
        let mut ops = seed(&app).await;
        let doc = page(&mut ops, "").await;

        // 30 days (the default) ending today, 2026-03-03.
        assert_eq!(current_period(&doc), ["/admin?days=30"]);
        assert_eq!(
            within(&doc, "signups", "tr[data-day=\"2026-02-02\"] th"),
            "2026-02-02"
        );
        // Ada, Bob, Cy and the admin.
        assert_eq!(total(&doc, "people"), "4");
        assert_eq!(total(&doc, "signups"), "4");
        // Ada, Bob (generations), Cy (generations), the admin (signed in).
        assert_eq!(total(&doc, "active"), "4");
        assert_eq!(total(&doc, "generations"), "8");
        // 2 failed of 5 finished (the queued one has not finished; the 2 cancelled ones did
        // not either, and are no failures).
        assert_eq!(total_text(&doc, "failure-rate"), "40.0%");
        assert_eq!(total(&doc, "failure-rate"), "2");
        assert_eq!(total(&doc, "cancelled"), "2");
        assert_eq!(
            within(
                &doc,
                "generations",
                "tr[data-provider=\"openai\"] td[data-field=\"failure-rate\"]"
            ),
            "33.3%"
        );
        assert_eq!(total(&doc, "open-support"), "1");
        assert_eq!(total(&doc, "open-reports"), "0");

        // Sign-ups per day.
        assert_eq!(cell(&doc, "signups", "2026-03-01", "signups"), "2");
        assert_eq!(cell(&doc, "signups", "2026-03-02", "signups"), "0");
        assert_eq!(cell(&doc, "signups", "2026-03-03", "signups"), "2");
        // Active per day: generations on the 1st, a sign-in alone on the 2nd.
        assert_eq!(cell(&doc, "active", "2026-03-01", "active"), "2");
        assert_eq!(cell(&doc, "active", "2026-03-02", "active"), "1");
        assert_eq!(cell(&doc, "active", "2026-03-03", "active"), "3");

        // Generations by provider, most used first; a provider not known is "unknown".
        let providers: Vec<String> = doc
            .select(&sel(&format!(
                "[data-testid=\"{}\"]",
                testids::DASH_PROVIDER
            )))
            .map(|r| r.value().attr("data-provider").unwrap().to_owned())
            .collect();
        assert_eq!(providers, ["openai", "replicate", "unknown"]);
        let provider = |p: &str, field: &str| {
            within(
                &doc,
                "generations",
                &format!("tr[data-provider=\"{p}\"] td[data-field=\"{field}\"]"),
            )
        };
        assert_eq!(provider("openai", "generations"), "4");
        assert_eq!(provider("openai", "failed"), "1");
        assert_eq!(provider("openai", "cancelled"), "1");
        assert_eq!(provider("replicate", "generations"), "3");
        assert_eq!(provider("replicate", "failed"), "1");
        assert_eq!(provider("replicate", "cancelled"), "1");
        assert_eq!(provider("replicate", "failure-rate"), "100.0%");
        assert_eq!(provider("unknown", "generations"), "1");
        assert_eq!(provider("unknown", "cancelled"), "0");
        assert_eq!(provider("unknown", "failure-rate"), "0.0%");
        assert_eq!(cell(&doc, "generations", "2026-03-01", "openai"), "4");
        assert_eq!(
            cell(&doc, "generations", "2026-03-01", "openai-failed"),
            "1"
        );
        assert_eq!(
            cell(&doc, "generations", "2026-03-01", "openai-cancelled"),
            "1"
        );
        assert_eq!(cell(&doc, "generations", "2026-03-03", "replicate"), "3");
        assert_eq!(
            cell(&doc, "generations", "2026-03-03", "replicate-failed"),
            "1"
        );
        assert_eq!(
            cell(&doc, "generations", "2026-03-03", "replicate-cancelled"),
            "1"
        );
        assert_eq!(
            cell(&doc, "generations", "2026-03-02", "openai-cancelled"),
            "0"
        );
        assert_eq!(cell(&doc, "generations", "2026-03-03", "unknown"), "1");
        assert_eq!(cell(&doc, "generations", "2026-03-02", "openai"), "0");

        // The queue now: the oldest due job has waited 10 minutes, past the backlog mark.
        let queue = |field: &str| within(&doc, "queue", &format!("[data-field=\"{field}\"]"));
        assert_eq!(queue("waiting"), "2");
        assert_eq!(queue("running"), "1");
        assert_eq!(queue("scheduled"), "1");
        assert_eq!(queue("failed"), "1");
        assert_eq!(queue("oldest"), "10 minutes");
        let state = doc
            .select(&sel(&format!(
                "[data-testid=\"{}\"]",
                testids::DASH_QUEUE_STATE
            )))
            .next()
            .unwrap();
        assert_eq!(state.value().attr("data-state"), Some("backlog"));

        // Credits: grants and an operator's addition up, captures spent, removals apart.
        assert_eq!(cell(&doc, "credits", "2026-03-01", "granted"), "200");
        assert_eq!(cell(&doc, "credits", "2026-03-01", "spent"), "4");
        assert_eq!(cell(&doc, "credits", "2026-03-01", "removed"), "0");
        assert_eq!(cell(&doc, "credits", "2026-03-03", "granted"), "10");
        assert_eq!(cell(&doc, "credits", "2026-03-03", "spent"), "6");
        assert_eq!(cell(&doc, "credits", "2026-03-03", "removed"), "5");

        // Revenue per day while billing is on.
        let revenue = |day: &str, field: &str| {
            let s = sel(&format!(
                "[data-figure=\"revenue\"] tr[data-day=\"{day}\"][data-currency=\"eur\"] [data-field=\"{field}\"]"
            ));
            let el = doc
                .select(&s)
                .next()
                .unwrap_or_else(|| panic!("{day} {field}"));
            (
                el.value().attr("data-value").map(str::to_owned),
                el.text().collect::<String>(),
            )
        };
        assert_eq!(revenue("2026-03-01", "gross").0.as_deref(), Some("500"));
        assert_eq!(revenue("2026-03-03", "gross").0.as_deref(), Some("1200"));
        assert_eq!(revenue("2026-03-03", "refunded").0.as_deref(), Some("200"));
        assert_eq!(revenue("2026-03-03", "count").1, "1");
        assert_eq!(revenue("2026-03-03", "gross").1, "€12.00");

        // Counts only: nobody's address or prompt.
        let body = ops.get(routes::ADMIN_DASHBOARD).await.text().await.unwrap();
        for private in ["ada@example.com", "someone@example.com", "a private prompt"] {
            assert!(!body.contains(private), "{private}");
        }
        app.stop().await.unwrap();
    }
);

on_both_databases!(the_period_is_7_30_or_90_days, |db: Db| async move {
    let app = spawn_app_with(db, BILLING).await;
    let mut ops = seed(&app).await;

    let week = page(&mut ops, "?days=7").await;
    assert_eq!(current_period(&week), ["/admin?days=7"]);
    assert!(
        week.select(&sel(
            "[data-figure=\"signups\"] tr[data-day=\"2026-02-24\"]"
        ))
        .next()
        .is_none(),
        "7 days end today"
    );
    assert_eq!(cell(&week, "signups", "2026-02-25", "signups"), "0");
    assert_eq!(total(&week, "generations"), "8");

    // The generation and the payment of 40 days ago count in 90 days only.
    let quarter = page(&mut ops, "?days=90").await;
    assert_eq!(current_period(&quarter), ["/admin?days=90"]);
    assert_eq!(total(&quarter, "generations"), "9");
    assert_eq!(cell(&quarter, "generations", "2026-01-20", "openai"), "1");
    assert_eq!(cell(&quarter, "active", "2026-01-20", "active"), "1");
    assert!(
        quarter
            .select(&sel(
                "[data-figure=\"revenue\"] tr[data-day=\"2026-01-20\"]"
            ))
            .next()
            .is_some()
    );
    let month = page(&mut ops, "?days=30").await;
    assert!(
        month
            .select(&sel(
                "[data-figure=\"revenue\"] tr[data-day=\"2026-01-20\"]"
            ))
            .next()
            .is_none()
    );

    // Anything else is 30 days.
    for other in [
        "?days=8",
        "?days=abc",
        "?days=",
        "?days=-7",
        "?days=365",
        "?days=30.5",
    ] {
        let doc = page(&mut ops, other).await;
        assert_eq!(current_period(&doc), ["/admin?days=30"], "{other}");
        assert_eq!(total(&doc, "generations"), "8", "{other}");
    }
    app.stop().await.unwrap();
});

on_both_databases!(a_fresh_install_shows_zeros_and_help, |db: Db| async move {
    let app = spawn_app_with(db, QUIET).await;
    let mut ops = admin(&app).await;
    settle_queue(&app).await;
    let doc = page(&mut ops, "").await;
    assert_eq!(total(&doc, "people"), "1");
    assert_eq!(total(&doc, "generations"), "0");
    assert_eq!(total(&doc, "signups"), "1");
    assert_eq!(total(&doc, "open-support"), "0");
    let body = ops.get(routes::ADMIN_DASHBOARD).await.text().await.unwrap();
    for text in [
        "No generations in this period.",
        "No credits moved in this period.",
        "Healthy: no job is waiting long.",
        "nothing waits",
        "so there is no failure rate yet",
    ] {
        assert!(body.contains(text), "{text}");
    }
    let state = doc
        .select(&sel(&format!(
            "[data-testid=\"{}\"]",
            testids::DASH_QUEUE_STATE
        )))
        .next()
        .unwrap();
    assert_eq!(state.value().attr("data-state"), Some("healthy"));
    // Billing is off: nothing about revenue.
    assert!(
        doc.select(&sel("[data-figure=\"revenue\"]"))
            .next()
            .is_none()
    );
    assert!(!body.contains("Revenue"));
    app.stop().await.unwrap();
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_see_the_dashboard() {
    let app = spawn_app_with(Db::Sqlite, QUIET).await;
    let res = app.get(routes::ADMIN_DASHBOARD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).starts_with(routes::LOGIN));
    let mut ada = verified_user(&app, "ada@example.com").await;
    for query in ["", "?days=7"] {
        let res = ada
            .get(&format!("{}{query}", routes::ADMIN_DASHBOARD))
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let body = res.text().await.unwrap();
        assert!(!body.contains(testids::DASH_TOTAL), "{query}");
    }
    // The menu of every admin page starts with the dashboard, current only on it.
    let mut ops = admin(&app).await;
    for (path, current) in [
        (routes::ADMIN_DASHBOARD, true),
        (routes::ADMIN_SUPPORT, false),
    ] {
        let doc = html(&ops.get(path).await.text().await.unwrap());
        let first = doc.select(&sel("nav.settings-nav a")).next().unwrap();
        assert_eq!(first.value().attr("href"), Some(routes::ADMIN_DASHBOARD));
        assert_eq!(
            first.value().attr("aria-current") == Some("page"),
            current,
            "{path}"
        );
    }
    app.stop().await.unwrap();
}

on_both_databases!(
    cancellations_are_counted_apart_and_leave_no_failed_job,
    |db: Db| async move {
        use crate::helpers::generation::{created_id, form, submit};
        use obscura_shared::generation::fields::PROMPT;
        use obscura_shared::generation_queue::fields::GENERATION;

        let app = spawn_app_with(
            db,
            &[crate::helpers::gallery::TINY, ("SIGNUP_CREDITS", "10")],
        )
        .await;
        settle_queue(&app).await;
        let mut ada = verified_user(&app, "ada@example.com").await;
        let mut ids = Vec::new();
        for prompt in [
            "cancelled while it waits",
            "cancelled while it runs",
            "made",
        ] {
            ids.push(created_id(
                &submit(&mut ada, form(&[(PROMPT, prompt)])).await,
            ));
        }
        let (waiting, running, made) = (ids[0], ids[1], ids[2]);
        // One cancelled in the queue; one whose worker had taken it, stopped by the worker.
        let res = ada
            .post(routes::CREATE_CANCEL, &[(GENERATION, &waiting.to_string())])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        generation::ActiveModel {
            id: Set(running),
            status: Set("running".into()),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .unwrap();
        let res = ada
            .post(routes::CREATE_CANCEL, &[(GENERATION, &running.to_string())])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        app.run_pending_jobs().await;
        let status = async |id: Uuid| crate::helpers::jobs::row(&app, id).await.status;
        assert_eq!(status(waiting).await, "cancelled");
        assert_eq!(status(running).await, "cancelled");
        assert_eq!(status(made).await, "succeeded");

        let mut ops = admin(&app).await;
        let doc = page(&mut ops, "").await;
        assert_eq!(total(&doc, "generations"), "3");
        assert_eq!(total(&doc, "cancelled"), "2");
        // Nothing failed of the one that finished: no failure at all.
        assert_eq!(total(&doc, "failure-rate"), "0");
        assert_eq!(total_text(&doc, "failure-rate"), "0.0%");
        let local = |field: &str| {
            within(
                &doc,
                "generations",
                &format!("tr[data-provider=\"local\"] td[data-field=\"{field}\"]"),
            )
        };
        assert_eq!(local("generations"), "3");
        assert_eq!(local("failed"), "0");
        assert_eq!(local("cancelled"), "2");
        assert_eq!(local("failure-rate"), "0.0%");
        let today = app.clock_now().date_naive().to_string();
        assert_eq!(cell(&doc, "generations", &today, "local-cancelled"), "2");
        assert_eq!(cell(&doc, "generations", &today, "local-failed"), "0");
        // The queue holds nothing of them: not waiting, not running, not failed.
        let queue = |field: &str| within(&doc, "queue", &format!("[data-field=\"{field}\"]"));
        assert_eq!(queue("waiting"), "0");
        assert_eq!(queue("running"), "0");
        assert_eq!(queue("failed"), "0");
        app.stop().await.unwrap();
    }
);
