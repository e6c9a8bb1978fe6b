//! Progress and cancellation of generations: the steps of a running generation are written for
//! the job card and shown in its JSON and HTML; a queued generation is cancelled at once (credits
//! back, never run); a running one stops within seconds (the offline renderer between its
//! bands, an HTTP provider by being dropped), keeps no image and gives its credits back once;
//! a cancellation asked through one process reaches the process running it; the API route;
//! and the refusals (another account, anonymous, malformed, finished, twice).

use std::time::{Duration, Instant};

use obscura_server::{
    credits,
    db::entities::{credit_entry, generation, generation_image, usage_entry},
};
use obscura_shared::{generation::fields, routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use crate::fakes::sdwebui;
use crate::helpers::browser::{Browser, location, user_id, verified_user};
use crate::helpers::gallery::TINY;
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::{finished, row};
use crate::helpers::{Db, TestApp, postgres_admin_url, spawn_app_with};
use crate::public_api::{account_with_key, problem};

const CANCEL_FIELD: &str = obscura_shared::generation_queue::fields::GENERATION;

/// Waits (at most 15 s) until `check` holds for the generation's row.
async fn until(app: &TestApp, id: Uuid, what: &str, check: impl Fn(&generation::Model) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let r = row(app, id).await;
        if check(&r) {
            return;
        }
        assert!(Instant::now() < deadline, "{what}: still {r:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn images(app: &TestApp, id: Uuid) -> u64 {
    generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn releases(app: &TestApp, id: Uuid) -> u64 {
    credit_entry::Entity::find()
        .filter(credit_entry::Column::Kind.eq("release"))
        .filter(credit_entry::Column::Reference.eq(format!("generation:{id}")))
        .count(&app.db)
        .await
        .unwrap()
}

async fn cancel(b: &mut Browser<'_>, id: &str) -> reqwest::Response {
    b.post(routes::CREATE_CANCEL, &[(CANCEL_FIELD, id)]).await
}

/// The card as `/rpc/generation` answers it.
async fn card(b: &mut Browser<'_>, id: Uuid) -> serde_json::Value {
    let res = b.post("/rpc/generation", &[("id", &id.to_string())]).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

/// The offline renderer, slowed down so that its bands can be seen (8 bands of 0.75 s).
async fn slow_local_app(db: Db, extra: &[(&str, &str)]) -> TestApp {
    let mut pairs = vec![
        TINY,
        ("SIGNUP_CREDITS", "100"),
        ("OFFLINE_DELAY_MS", "6000"),
    ];
    pairs.extend_from_slice(extra);
    spawn_app_with(db, &pairs).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_is_shown_and_a_running_generation_stops_when_cancelled() {
    let app = slow_local_app(Db::Sqlite, &[("WORKERS", "1")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let id = created_id(
        &submit(
            &mut b,
            form(&[(fields::PROMPT, "a red fox"), (fields::COUNT, "2")]),
        )
        .await,
    );
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 100 - 2);
    // The worker writes the renderer's bands (2 images × 8) at most once a second.
    until(&app, id, "progress written", |r| {
        r.status == "running" && r.progress_total == 16 && r.progress_done >= 1
    })
    .await;
    let json = card(&mut b, id).await;
    assert_eq!(json["status"], "running");
    assert_eq!(json["progress"]["total"], 16);
    let done = json["progress"]["done"].as_u64().unwrap();
    assert!((1..16).contains(&done), "{json}");
    assert_eq!(json["cancel_requested"], false);
    let page = b.get(routes::CREATE).await.text().await.unwrap();
    assert!(
        page.contains(&format!("data-testid=\"{}\"", testids::JOB_PROGRESS)),
        "the card has its progress bar"
    );
    assert!(page.contains("max=\"16\""), "of 16 steps");
    assert!(page.contains("Step "), "and says which step");
    assert!(
        page.contains(&format!("action=\"{}\"", routes::CREATE_CANCEL)),
        "a Cancel form that works without JavaScript"
    );

    // Cancel: back to the generator, the card stopping, then cancelled within seconds.
    let asked = Instant::now();
    let res = cancel(&mut b, &id.to_string()).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), routes::CREATE);
    until(&app, id, "cancelled", |r| r.status == "cancelled").await;
    assert!(
        asked.elapsed() < Duration::from_secs(3),
        "stopped in {:?}",
        asked.elapsed()
    );
    assert_eq!(
        images(&app, id).await,
        0,
        "a cancelled generation keeps nothing"
    );
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 100);
    assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 100);
    assert_eq!(releases(&app, id).await, 1);
    let json = card(&mut b, id).await;
    assert_eq!(json["status"], "cancelled");
    assert!(json["progress"].is_null());
    let page = b.get(routes::CREATE).await.text().await.unwrap();
    assert!(page.contains("Cancelled — your credits were given back"));
    let usage = usage_entry::Entity::find()
        .filter(usage_entry::Column::TaskId.eq(id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(usage.len(), 1);
    assert_eq!(usage[0].outcome, "cancelled");

    // Twice: the same answer, nothing more given back; a finished one cannot be cancelled.
    assert_eq!(
        cancel(&mut b, &id.to_string()).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(releases(&app, id).await, 1);
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 100);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queued_generation_is_cancelled_at_once_and_never_runs() {
    // The test app runs no worker: the generation waits until the test runs the jobs.
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "10")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let id = created_id(
        &submit(
            &mut b,
            form(&[(fields::PROMPT, "a red fox"), (fields::COUNT, "3")]),
        )
        .await,
    );
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 7);
    let res = cancel(&mut b, &id.to_string()).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let r = row(&app, id).await;
    assert_eq!(r.status, "cancelled");
    assert!(r.finished_at.is_some());
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 10);
    // Its job is gone: running the queue paints nothing.
    app.run_pending_jobs().await;
    let r = row(&app, id).await;
    assert_eq!(r.status, "cancelled");
    assert_eq!(images(&app, id).await, 0);
    let usage = usage_entry::Entity::find()
        .filter(usage_entry::Column::TaskId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(usage, 0, "it never ran");
    // Twice: nothing more given back.
    assert_eq!(
        cancel(&mut b, &id.to_string()).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(releases(&app, id).await, 1);
    assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 10);
    // The server function answers the card as it is now.
    let res = b.post("/rpc/cancel", &[("id", &id.to_string())]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["status"], "cancelled");
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_owner_cancels_and_a_finished_generation_stays() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "10")]).await;
    let mut ada = verified_user(&app, "ada@example.com").await;
    let ada_id = user_id(&app, "ada@example.com").await;
    let waiting = created_id(&submit(&mut ada, form(&[(fields::PROMPT, "a red fox")])).await);

    // Another account: 404, nothing changes.
    let mut eve = verified_user(&app, "eve@example.com").await;
    let res = cancel(&mut eve, &waiting.to_string()).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = eve
        .post("/rpc/cancel", &[("id", &waiting.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(row(&app, waiting).await.status, "queued");
    // Malformed and unknown ids: 404.
    for id in ["not-an-id", "", "../1", &Uuid::now_v7().to_string()] {
        assert_eq!(
            cancel(&mut ada, id).await.status(),
            StatusCode::NOT_FOUND,
            "{id:?}"
        );
    }
    // Anonymous: sent to sign in.
    let mut anon = Browser::new(&app);
    let res = cancel(&mut anon, &waiting.to_string()).await;
    assert!(res.status().is_redirection());
    assert!(location(&res).starts_with(routes::LOGIN));
    assert_eq!(row(&app, waiting).await.status, "queued");
    assert_eq!(credits::balance(&app.db, ada_id).await.unwrap(), 9);

    // Finished: 409 and the page says why; nothing changes.
    let done = finished(&app, waiting).await;
    assert_eq!(done.status, "succeeded");
    let res = cancel(&mut ada, &waiting.to_string()).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("already finished, so it can no longer be cancelled")
    );
    let res = ada
        .post("/rpc/cancel", &[("id", &waiting.to_string())])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(row(&app, waiting).await.status, "succeeded");
    assert_eq!(images(&app, waiting).await, 1);
    assert_eq!(credits::balance(&app.db, ada_id).await.unwrap(), 9);
    assert_eq!(releases(&app, waiting).await, 0);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_that_does_not_stop_by_itself_is_dropped() {
    // The SD-WebUI fake takes 3 s for a "slow" prompt and knows nothing of cancellations.
    let fake = sdwebui::spawn().await;
    let models =
        r#"[{id="sd", label="SD", provider="sdwebui", upstream="sd.safetensors", cost=2}]"#;
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("MODELS", models),
            ("SDWEBUI_URL", &fake.base),
            ("SDWEBUI_USERNAME", sdwebui::USER),
            ("SDWEBUI_PASSWORD", sdwebui::PASSWORD),
            ("WORKERS", "1"),
        ],
    )
    .await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let before = credits::balance(&app.db, user).await.unwrap();
    let id = created_id(
        &submit(
            &mut b,
            form(&[
                (fields::PROMPT, "a slow harbour [[slow]]"),
                (fields::MODEL, "sd"),
            ]),
        )
        .await,
    );
    // Wait for the request to reach the fake, then cancel.
    let deadline = Instant::now() + Duration::from_secs(10);
    while fake.log.all().is_empty() {
        assert!(Instant::now() < deadline, "the provider was never called");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let asked = Instant::now();
    assert_eq!(
        cancel(&mut b, &id.to_string()).await.status(),
        StatusCode::SEE_OTHER
    );
    until(&app, id, "cancelled", |r| r.status == "cancelled").await;
    assert!(
        asked.elapsed() < Duration::from_millis(2_500),
        "dropped before the provider answered: {:?}",
        asked.elapsed()
    );
    // The fake's answer (after 3 s) changes nothing.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(row(&app, id).await.status, "cancelled");
    assert_eq!(images(&app, id).await, 0);
    assert_eq!(fake.log.all().len(), 1, "not retried");
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), before);
    assert_eq!(releases(&app, id).await, 1);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancellation_through_one_process_stops_the_run_in_another() {
    if postgres_admin_url().is_none() {
        return;
    }
    let url = crate::helpers::fresh_postgres_database().await;
    let shared = [
        ("DATABASE_URL", url.as_str()),
        ("SECRET_KEY", crate::limits_shared::SECRET),
        ("TRUSTED_PROXIES", "127.0.0.1/32,::1/128"),
    ];
    // `a` runs the jobs; `b` only serves.
    let runner = slow_local_app(Db::Sqlite, &[&shared[..], &[("WORKERS", "1")]].concat()).await;
    let server = slow_local_app(Db::Sqlite, &[&shared[..], &[("WORKERS", "0")]].concat()).await;
    let mut ada = verified_user(&server, "ada@example.com").await;
    let user = user_id(&server, "ada@example.com").await;
    let id = created_id(&submit(&mut ada, form(&[(fields::PROMPT, "a red fox")])).await);
    until(&server, id, "running with progress", |r| {
        r.status == "running" && r.progress_total == 8
    })
    .await;
    // The card's poll, answered by the process that does not run it, shows the steps.
    let json = card(&mut ada, id).await;
    assert_eq!(json["progress"]["total"], 8);
    assert!(runner.state.running.len() == 1 && server.state.running.is_empty());
    let asked = Instant::now();
    assert_eq!(
        cancel(&mut ada, &id.to_string()).await.status(),
        StatusCode::SEE_OTHER
    );
    let json = card(&mut ada, id).await;
    assert!(
        json["status"] == "cancelled" || json["cancel_requested"] == true,
        "{json}"
    );
    until(&server, id, "cancelled", |r| r.status == "cancelled").await;
    assert!(
        asked.elapsed() < Duration::from_secs(4),
        "the other process stopped in {:?}",
        asked.elapsed()
    );
    assert_eq!(images(&server, id).await, 0);
    assert_eq!(credits::balance(&server.db, user).await.unwrap(), 100);
    assert_eq!(releases(&server, id).await, 1);
    runner.stop().await.unwrap();
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_cancels_with_problem_details() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "10")]).await;
    let (mut b, key) = account_with_key(&app, "ada@example.com", &["generate", "read"], &[]).await;
    let (_, read_only) = account_with_key(&app, "eve@example.com", &["read"], &[]).await;
    let user = user_id(&app, "ada@example.com").await;
    let id = created_id(&submit(&mut b, form(&[(fields::PROMPT, "a red fox")])).await);
    let post = |path: String, key: &str| {
        app.client
            .post(app.url(&path))
            .header(header::AUTHORIZATION, format!("Bearer {key}"))
            .send()
    };
    let path = |id: &str| routes::API_GENERATION_CANCEL.replace("{id}", id);
    // Without a key, another account's key, a malformed id.
    let res = app
        .client
        .post(app.url(&path(&id.to_string())))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let (status, code, _) = problem(post(path(&id.to_string()), &read_only).await.unwrap()).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::FORBIDDEN, "forbidden")
    );
    let (status, _, _) = problem(post(path("nope"), &key).await.unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(row(&app, id).await.status, "queued");
    // The owner: cancelled at once; again, the same answer.
    for _ in 0..2 {
        let res = post(path(&id.to_string()), &key).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let json: serde_json::Value = res.json().await.unwrap();
        assert_eq!(json["status"], "cancelled");
    }
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 10);
    assert_eq!(releases(&app, id).await, 1);
    // A finished one: 409.
    let done = created_id(&submit(&mut b, form(&[(fields::PROMPT, "a blue fox")])).await);
    finished(&app, done).await;
    let (status, code, detail) = problem(post(path(&done.to_string()), &key).await.unwrap()).await;
    assert_eq!((status, code.as_str()), (StatusCode::CONFLICT, "conflict"));
    assert!(detail.contains("already finished"), "{detail}");
    // Documented.
    let doc = app.get(routes::API_OPENAPI).await.text().await.unwrap();
    assert!(doc.contains("/api/v1/generations/{id}/cancel"));
    assert!(doc.contains("\"cancelled\""), "the status is in the enum");
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generation_ending_in_error_after_its_owner_cancelled_it_is_cancelled_not_failed() {
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "10")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let id = created_id(&submit(&mut b, form(&[(fields::PROMPT, "a red fox")])).await);
    // Its worker has it; its owner asks to cancel; before it stops, it ends in an error that
    // is not retried (its provider is gone), so the job gives up.
    generation::ActiveModel {
        id: Set(id),
        status: Set("running".into()),
        provider: Set("midjourney".into()),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    let res = cancel(&mut b, &id.to_string()).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(row(&app, id).await.cancel_requested_at.is_some());
    app.run_pending_jobs().await;
    let r = row(&app, id).await;
    assert_eq!(
        (r.status.as_str(), r.error_code.as_deref()),
        ("cancelled", None)
    );
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 10);
    assert_eq!(releases(&app, id).await, 1);
}
