//! The generator end to end: the form, the job, the stored files behind signed URLs, the credits
//! (reserved, captured, released), the blocklist, reference uploads and the usage log.

use obscura_server::{
    credits,
    db::entities::{generation, generation_image, security_event, usage_entry},
};
use obscura_shared::{generation::fields, routes};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::helpers::browser::{location, user_id, verified_user};
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, html, spawn_app_with, text_of};
use crate::on_both_databases;

async fn images(app: &TestApp, id: Uuid) -> Vec<generation_image::Model> {
    generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .order_by_asc(generation_image::Column::Position)
        .all(&app.db)
        .await
        .unwrap()
}

fn attr_values(body: &str, selector: &str, attr: &str) -> Vec<String> {
    let doc = html(body);
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

on_both_databases!(
    a_generation_runs_and_its_files_are_signed,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let user = user_id(&app, "ada@example.com").await;
        let page = b.get(routes::CREATE).await;
        assert_eq!(page.status(), StatusCode::OK);
        let body = page.text().await.unwrap();
        assert!(
            body.contains("Offline preview renderer"),
            "the offline model is labelled"
        );
        assert!(body.contains("Nothing here yet"), "empty state");

        let res = submit(
            &mut b,
            form(&[
                (fields::PROMPT, "a lighthouse at dusk, warm light"),
                (fields::MODEL, "offline"),
                (fields::SIZE, "512x512"),
                (fields::COUNT, "2"),
                (fields::SEED, "7"),
            ]),
        )
        .await;
        let id = created_id(&res);
        let row = finished(&app, id).await;
        assert_eq!(row.status, "succeeded");
        assert_eq!(
            (row.width, row.height, row.count, row.seed),
            (512, 512, 2, 7)
        );
        // promise: P-GEN-8 — charged once: reserved then captured.
        assert_eq!(credits::balance(&app.db, user).await.unwrap(), 18);
        assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 18);
        // promise: P-GEN-7 — the usage log has the task, model, provider, duration and outcome.
        let usage = usage_entry::Entity::find()
            .filter(usage_entry::Column::TaskId.eq(id))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(usage.len(), 1);
        assert_eq!(
            (
                usage[0].model.as_str(),
                usage[0].provider.as_str(),
                usage[0].outcome.as_str()
            ),
            ("offline", "local", "succeeded")
        );

        let stored = images(&app, id).await;
        assert_eq!(stored.len(), 2);
        assert!(
            stored
                .iter()
                .all(|i| i.mime == "image/png" && i.width == 512)
        );
        assert!(
            stored
                .iter()
                .all(|i| i.thumb_width <= 512 && i.preview_width <= 1024)
        );

        // The page lists it, finished, with signed URLs.
        let body = b.get(&location(&res)).await.text().await.unwrap();
        let statuses = attr_values(&body, "[data-testid=job-card]", "data-status");
        assert_eq!(statuses, ["succeeded"]);
        assert!(
            body.contains("a lighthouse at dusk, warm light"),
            "the form is filled from it"
        );
        let thumbs = attr_values(&body, "[data-testid=result-image]", "src");
        let downloads = attr_values(&body, "[data-testid=result-download]", "href");
        assert_eq!((thumbs.len(), downloads.len()), (2, 2));

        // promise: P-GEN-4 — a signed URL works without a session and says what it is.
        let anon = &app.client;
        let thumb = anon.get(app.url(&thumbs[0])).send().await.unwrap();
        assert_eq!(thumb.status(), StatusCode::OK);
        assert_eq!(thumb.headers()[header::CONTENT_TYPE], "image/webp");
        assert_eq!(thumb.headers()["x-content-type-options"], "nosniff");
        let cache = thumb.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(cache.starts_with("private, max-age="), "{cache}");
        let max_age: i64 = cache
            .trim_start_matches("private, max-age=")
            .split(',')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (1..=600).contains(&max_age),
            "cached no longer than the URL lives"
        );
        let bytes = thumb.bytes().await.unwrap();
        assert_eq!(&bytes[..4], b"RIFF");
        let original = anon.get(app.url(&downloads[0])).send().await.unwrap();
        assert_eq!(original.status(), StatusCode::OK);
        let disposition = original.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            disposition.starts_with("attachment; filename=\"obscura-"),
            "{disposition}"
        );
        let png = original.bytes().await.unwrap();
        let decoded = image::load_from_memory(&png).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (512, 512));

        // Altered: another image's path with this signature, or a changed signature or expiry.
        let other = downloads[0].replace(&stored[0].id.to_string(), &stored[1].id.to_string());
        let tampered_sig = {
            let (head, sig) = downloads[0].rsplit_once("sig=").unwrap();
            let flipped: String = sig
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if i == 3 {
                        if c == 'A' { 'B' } else { 'A' }
                    } else {
                        c
                    }
                })
                .collect();
            format!("{head}sig={flipped}")
        };
        let exp: i64 = downloads[0]
            .split("exp=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let later = downloads[0].replace(&format!("exp={exp}"), &format!("exp={}", exp + 3600));
        let unsigned = downloads[0].split('?').next().unwrap().to_owned();
        for url in [other, tampered_sig, later, unsigned] {
            let res = anon.get(app.url(&url)).send().await.unwrap();
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{url}");
        }
        // Expired after its lifetime (10 minutes by default).
        app.clock.advance(chrono::Duration::minutes(11));
        let res = anon.get(app.url(&downloads[1])).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        // The server function gives fresh ones; a deleted image answers 404.
        let fresh = obscura_server::generation::find(&app.state, user, id)
            .await
            .unwrap()
            .unwrap();
        let url = fresh.images[1].download_url.clone();
        assert_eq!(
            anon.get(app.url(&url)).send().await.unwrap().status(),
            StatusCode::OK
        );
        generation_image::Entity::delete_by_id(stored[1].id)
            .exec(&app.db)
            .await
            .unwrap();
        assert_eq!(
            anon.get(app.url(&url)).send().await.unwrap().status(),
            StatusCode::NOT_FOUND
        );
    }
);

on_both_databases!(
    another_persons_generation_is_not_found,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut ada = verified_user(&app, "ada@example.com").await;
        let id = created_id(&submit(&mut ada, form(&[(fields::PROMPT, "a red fox")])).await);
        finished(&app, id).await;
        let mut eve = verified_user(&app, "eve@example.com").await;
        let eve_id = user_id(&app, "eve@example.com").await;
        // promise: P-GEN-5 — not through the service, not through remix or "use as reference".
        assert!(
            obscura_server::generation::find(&app.state, eve_id, id)
                .await
                .unwrap()
                .is_none()
        );
        let body = eve
            .get(&format!("{}?remix={id}", routes::CREATE))
            .await
            .text()
            .await
            .unwrap();
        assert!(!body.contains("a red fox"));
        let image = images(&app, id).await[0].id;
        let body = eve
            .get(&format!("{}?reference_image={image}", routes::CREATE))
            .await
            .text()
            .await
            .unwrap();
        assert!(!body.contains(&image.to_string()));
        let res = submit(
            &mut eve,
            form(&[
                (fields::PROMPT, "steal it"),
                (fields::REFERENCE_IMAGE, &image.to_string()),
            ]),
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_with_workers_runs_the_jobs_itself() {
    // The other tests run the jobs themselves; a server configured with workers starts one,
    // which the submission wakes.
    let app = spawn_app_with(Db::Sqlite, &[("WORKERS", "1")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let id = created_id(&submit(&mut b, form(&[(fields::PROMPT, "a red fox")])).await);
    assert_eq!(finished(&app, id).await.status, "succeeded");
    app.stop().await.unwrap();
}

/// Fields submitted, the field expected to be marked, and words of its message.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_field_by_field_and_costs_nothing() {
    let app = spawn_app_with(Db::Sqlite, &[("BLOCKLIST", "forbidden word")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let cases: &[Case] = &[
        (
            &[(fields::PROMPT, "  ")],
            fields::PROMPT,
            "Describe the image",
        ),
        (
            &[(fields::PROMPT, &"a".repeat(4_001))],
            fields::PROMPT,
            "4001 characters",
        ),
        (
            &[(fields::PROMPT, "x"), (fields::MODEL, "nope")],
            fields::MODEL,
            "Choose one of the models",
        ),
        (
            &[(fields::PROMPT, "x"), (fields::SIZE, "333x333")],
            fields::SIZE,
            "sizes",
        ),
        (
            &[(fields::PROMPT, "x"), (fields::COUNT, "9")],
            fields::COUNT,
            "between 1 and 4",
        ),
        (
            &[(fields::PROMPT, "x"), (fields::SEED, "-3")],
            fields::SEED,
            "whole number",
        ),
        (
            &[(fields::PROMPT, "a Forbidden-Word at night")],
            fields::PROMPT,
            "does not accept",
        ),
    ];
    for (pairs, field, message) in cases {
        let res = submit(&mut b, form(pairs)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let body = res.text().await.unwrap();
        let shown = text_of(&html(&body), &format!("#c-{}-error", field_id(field)));
        assert!(shown.contains(message), "{field}: {shown:?}");
    }
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 20);
    assert_eq!(generation::Entity::find().count(&app.db).await.unwrap(), 0);
    // The blocked prompt is a security event, without the prompt.
    let events = security_event::Entity::find()
        .filter(security_event::Column::Kind.eq("content_blocked"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert!(events[0].detail.is_none());
}

fn field_id(field: &str) -> &str {
    match field {
        f if f == fields::NEGATIVE_PROMPT => "negative",
        f => f,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_few_credits_is_said_plainly() {
    let app = spawn_app_with(Db::Sqlite, &[("SIGNUP_CREDITS", "1")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let res = submit(
        &mut b,
        form(&[(fields::PROMPT, "two foxes"), (fields::COUNT, "2")]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::PAYMENT_REQUIRED);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("This costs 2 credits and you have 1"),
        "{body}"
    );
    assert!(body.contains("two foxes"), "the form keeps what was typed");
    let user = user_id(&app, "ada@example.com").await;
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 1);
    assert_eq!(generation::Entity::find().count(&app.db).await.unwrap(), 0);
}

on_both_databases!(
    fifty_concurrent_submissions_against_ten_credits,
    |db: Db| async move {
        // The whole submission (validate, reserve, write, enqueue in one transaction) under a
        // race: exactly 10 of 50 are accepted, 100 times over. This process runs no jobs.
        let app = std::sync::Arc::new(
            spawn_app_with(db, &[("SIGNUP_CREDITS", "10"), ("WORKERS", "0")]).await,
        );
        for round in 0..100 {
            let email = format!("race{round}@example.com");
            let user = crate::helpers::browser::new_account(&app, &email).await;
            let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(50));
            let mut tasks = Vec::new();
            for _ in 0..50 {
                let (app, barrier) = (app.clone(), barrier.clone());
                tasks.push(tokio::spawn(async move {
                    barrier.wait().await;
                    let input = obscura_server::generation::request::Submitted {
                        prompt: "a race".into(),
                        ..Default::default()
                    };
                    obscura_server::generation::create(
                        &app.state,
                        user,
                        &input,
                        obscura_server::generation::ReferenceInput::None,
                        &obscura_server::accounts::Client::unknown(),
                    )
                    .await
                }));
            }
            let (mut ok, mut refused) = (0, 0);
            for t in tasks {
                match t.await.unwrap() {
                    Ok(_) => ok += 1,
                    Err(obscura_server::generation::CreateError::InsufficientCredits {
                        ..
                    }) => {
                        refused += 1;
                    }
                    Err(other) => panic!("round {round}: {other:?}"),
                }
            }
            assert_eq!((ok, refused), (10, 40), "round {round}");
            assert_eq!(credits::balance(&app.db, user).await.unwrap(), 0);
            assert_eq!(credits::ledger_sum(&app.db, user).await.unwrap(), 0);
            let rows = generation::Entity::find()
                .filter(generation::Column::UserId.eq(user))
                .count(&app.db)
                .await
                .unwrap();
            assert_eq!(
                rows, 10,
                "round {round}: one generation per accepted submission"
            );
        }
        std::sync::Arc::into_inner(app)
            .unwrap()
            .stop()
            .await
            .unwrap();
    }
);
