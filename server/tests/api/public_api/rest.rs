//! `/api/v1/generations`: the same as the form, pages, caps, idempotency (P-API-2).

use super::*;
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    helpers::{Db, spawn_app_with},
    on_both_databases,
};
use obscura_server::db::entities::api_usage;

on_both_databases!(
    generations_through_the_api_are_the_same_as_through_the_form,
    generations_through_the_api_are_the_same_as_through_the_form
);
async fn generations_through_the_api_are_the_same_as_through_the_form(db: Db) {
    let app = spawn_app_with(db, &[TINY]).await;
    let (_, key) = account_with_key(
        &app,
        "gen@example.com",
        &["generate", "read", "delete"],
        &[],
    )
    .await;
    let res = post_json(
        &app,
        &key,
        r#"{"prompt": "a harbour at dawn", "count": 2, "seed": 7}"#,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::ACCEPTED, "{:?}", res.headers());
    let location = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let created: serde_json::Value = res.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(location, format!("{}/{id}", routes::API_GENERATIONS));
    assert_eq!(created["status"], "queued");
    assert_eq!(created["cost"], 2);
    assert_eq!(
        balance(&app, "gen@example.com").await,
        18,
        "reserved like /create"
    );
    obscura_server::api::usage::settle(&app.state).await;
    let usage = api_usage::Entity::find()
        .filter(api_usage::Column::Method.eq("POST"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (usage.route.as_str(), usage.status, usage.credits),
        (routes::API_GENERATIONS, 202, 2)
    );

    app.run_pending_jobs().await;
    let one: serde_json::Value = call(&app, &location, Some(&key))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["status"], "succeeded");
    assert_eq!(one["seed"], 7);
    let url = one["images"][0]["download_url"].as_str().unwrap();
    assert!(url.starts_with(&app.address), "absolute: {url}");
    assert_eq!(
        app.client.get(url).send().await.unwrap().status(),
        StatusCode::OK
    );
    let page: serde_json::Value = call(&app, routes::API_GENERATIONS, Some(&key))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["data"].as_array().unwrap().len(), 1);
    assert_eq!(page["next_cursor"], serde_json::Value::Null);

    // Another account's key: someone else's id is not found.
    let (_, stranger) =
        account_with_key(&app, "stranger@example.com", &["read", "delete"], &[]).await;
    let (status, code, _) = problem(call(&app, &location, Some(&stranger)).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let res = app
        .client
        .delete(app.url(&location))
        .header(header::AUTHORIZATION, format!("Bearer {stranger}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Bad input, each said precisely; nothing reserved.
    for (body, status, needle) in [
        (
            "{not json",
            StatusCode::BAD_REQUEST,
            "not a generation request",
        ),
        (
            r#"{"prompt": "x", "colour": "red"}"#,
            StatusCode::BAD_REQUEST,
            "unknown field `colour`",
        ),
        (
            r#"{"prompt": "  "}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Describe the image you want.",
        ),
        (
            r#"{"prompt": "x", "size": "9x9"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Choose one of the sizes",
        ),
        (
            r#"{"prompt": "x", "reference_image": "nope"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "not an image id",
        ),
    ] {
        let res = post_json(&app, &key, body).send().await.unwrap();
        let (got, _, detail) = problem(res).await;
        assert_eq!(got, status, "{body}");
        let res = post_json(&app, &key, body).send().await.unwrap();
        let text = res.text().await.unwrap();
        assert!(
            text.contains(needle) || detail.contains(needle),
            "{body}: {text}"
        );
    }
    let res = post_json(&app, &key, r#"{"prompt": " "}"#)
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["errors"][0]["pointer"], "/prompt");
    let big = format!(r#"{{"prompt": "{}"}}"#, "a".repeat(70 * 1024));
    let (status, _, _) = problem(post_json(&app, &key, &big).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(balance(&app, "gen@example.com").await, 18);
    // A read-only key may not generate; the stranger's key may not either.
    let (status, _, detail) = problem(
        post_json(&app, &stranger, r#"{"prompt": "x"}"#)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(detail.contains("`generate` scope"));
    // Deleting: the owner's key with `delete`.
    let res = app
        .client
        .delete(app.url(&location))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        call(&app, &location, Some(&key)).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn pages_caps_and_credits() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "5")]).await;
    let (_, key) = account_with_key(
        &app,
        "cap@example.com",
        &["generate", "read"],
        &[("monthly_cap", "3")],
    )
    .await;
    for i in 0..3 {
        let res = post_json(&app, &key, &format!(r#"{{"prompt": "p{i}"}}"#))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::ACCEPTED);
        app.clock.advance(chrono::Duration::seconds(1));
    }
    // The cap: 3 spent of 3.
    let (status, code, detail) = problem(
        post_json(&app, &key, r#"{"prompt": "p3"}"#)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::PAYMENT_REQUIRED, "insufficient_credits")
    );
    assert!(detail.contains("monthly cap"), "{detail}");
    // Pages of two, newest first, then the rest.
    let first: serde_json::Value = call(
        &app,
        &format!("{}?limit=2", routes::API_GENERATIONS),
        Some(&key),
    )
    .await
    .json()
    .await
    .unwrap();
    let prompts: Vec<&str> = first["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["prompt"].as_str().unwrap())
        .collect();
    assert_eq!(prompts, ["p2", "p1"]);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second: serde_json::Value = call(
        &app,
        &format!("{}?limit=2&cursor={cursor}", routes::API_GENERATIONS),
        Some(&key),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(second["data"][0]["prompt"], "p0");
    assert_eq!(second["next_cursor"], serde_json::Value::Null);
    let (status, _, _) = problem(
        call(
            &app,
            &format!("{}?limit=0", routes::API_GENERATIONS),
            Some(&key),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = problem(
        call(
            &app,
            &format!("{}?status=done", routes::API_GENERATIONS),
            Some(&key),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // By model: this server's ids only.
    let tiny: serde_json::Value = call(
        &app,
        &format!("{}?model=tiny&limit=100", routes::API_GENERATIONS),
        Some(&key),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(tiny["data"].as_array().unwrap().len(), 3);
    let (status, _, detail) = problem(
        call(
            &app,
            &format!("{}?model=dall-e-3", routes::API_GENERATIONS),
            Some(&key),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(detail.contains("model ids"), "{detail}");
    // Out of credits (2 left, a key without a cap asks for 4): 402 as well.
    let mut b = crate::helpers::browser::sign_in(
        &app,
        "cap@example.com",
        crate::helpers::browser::PASSWORD,
    )
    .await
    .0;
    let uncapped = create_key(&mut b, "uncapped", &["generate"], &[]).await;
    let (status, _, detail) = problem(
        post_json(&app, &uncapped, r#"{"prompt": "x", "count": 4}"#)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
    assert!(detail.contains("you have 2"), "{detail}");
}

on_both_databases!(
    twenty_identical_requests_with_one_idempotency_key_make_one_generation,
    twenty_identical_requests_with_one_idempotency_key_make_one_generation
);
/// promise: P-API-2 — a retried request with the same Idempotency-Key is answered again and
/// charged once.
async fn twenty_identical_requests_with_one_idempotency_key_make_one_generation(db: Db) {
    let app = spawn_app_with(db, &[TINY]).await;
    let (_, key) = account_with_key(&app, "idem@example.com", &["generate", "read"], &[]).await;
    let body = r#"{"prompt": "one lighthouse, once", "seed": 1}"#;
    let mut handles = Vec::new();
    for _ in 0..20 {
        let req = post_json(&app, &key, body).header("idempotency-key", "order-42");
        handles.push(tokio::spawn(async move {
            let res = req.send().await.unwrap();
            let replayed = res.headers().contains_key("idempotent-replayed");
            (res.status(), replayed, res.text().await.unwrap())
        }));
    }
    let mut answers = Vec::new();
    for h in handles {
        answers.push(h.await.unwrap());
    }
    assert!(
        answers.iter().all(|(s, _, _)| *s == StatusCode::ACCEPTED),
        "{:?}",
        answers.iter().map(|a| a.0).collect::<Vec<_>>()
    );
    assert!(
        answers.iter().all(|(_, _, b)| *b == answers[0].2),
        "20 identical answers"
    );
    assert_eq!(
        answers.iter().filter(|(_, replayed, _)| !replayed).count(),
        1,
        "one ran"
    );
    let made = obscura_server::db::entities::generation::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(made.len(), 1, "one generation");
    assert_eq!(balance(&app, "idem@example.com").await, 19, "one charge");
    // The same key with another request: 422, nothing made.
    let (status, code, detail) = problem(
        post_json(&app, &key, r#"{"prompt": "another"}"#)
            .header("idempotency-key", "order-42")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "validation")
    );
    assert!(detail.contains("used with another request"));
    // A malformed key is refused.
    let (status, _, _) = problem(
        post_json(&app, &key, body)
            .header("idempotency-key", "has space")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // A refused request's answer is kept too (it did not run twice either).
    let bad = r#"{"prompt": ""}"#;
    for _ in 0..2 {
        let res = post_json(&app, &key, bad)
            .header("idempotency-key", "bad-1")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // A day later the key is forgotten: the same request runs again.
    app.clock
        .advance(chrono::Duration::hours(24) + chrono::Duration::seconds(1));
    let res = post_json(&app, &key, body)
        .header("idempotency-key", "order-42")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    assert!(!res.headers().contains_key("idempotent-replayed"));
    assert_eq!(balance(&app, "idem@example.com").await, 18);
}
