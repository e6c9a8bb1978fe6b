//! The OpenAI-compatible endpoints, driven by OpenAI's own clients; request rates.

use super::*;
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{Db, spawn_app_with};
use obscura_server::db::entities::api_usage;

/// Runs one of OpenAI's official clients, unmodified (`node tools/openai-client.mjs`: the `openai`
/// npm package; `python3 tools/openai_client.py`: the `openai` PyPI package) against `base_url`.
async fn official_client(
    program: &'static str,
    script: &'static str,
    base_url: &str,
    key: &str,
) -> serde_json::Value {
    let (base_url, key) = (base_url.to_owned(), key.to_owned());
    tokio::task::spawn_blocking(move || {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end");
        let out = std::process::Command::new(program)
            .args([script, &base_url, &key, "tiny"])
            .current_dir(&dir)
            .output()
            .expect("the test command installs node, python3 and both clients");
        assert!(
            out.status.success(),
            "{script}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openais_official_client_makes_images_here_through_base_url() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("WORKERS", "1")]).await;
    let (_, key) = account_with_key(&app, "sdk@example.com", &["generate", "read"], &[]).await;
    let base = format!("{}{}", app.address, routes::OPENAI_V1);
    let got = official_client("node", "tools/openai-client.mjs", &base, &key).await;
    assert_eq!(got["models"], serde_json::json!(["tiny"]));
    // Two PNGs, as base64, made by the offline renderer at the model's size.
    assert_eq!(
        got["magic"],
        serde_json::json!(["89504e470d0a1a0a", "89504e470d0a1a0a"])
    );
    assert_eq!(got["size"], "64x64");
    // An edit: the first image sent back as the reference (multipart), a new PNG made from it.
    assert_eq!(got["edited"], serde_json::json!(["89504e470d0a1a0a"]));
    // OpenAI's model names mean this server's first model; `url` is a signed link to the file.
    let url = got["url"].as_str().unwrap();
    assert!(url.starts_with(&app.address), "{url}");
    let file = app.client.get(url).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()[header::CONTENT_TYPE], "image/png");
    // Errors come back in OpenAI's shape, so the client reads them.
    assert_eq!(got["error"]["status"], 400);
    assert_eq!(got["error"]["type"], "invalid_request_error");
    assert_eq!(got["error"]["param"], "size");
    assert!(
        got["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Choose one of the sizes")
    );
    assert_eq!(got["unauthorised"]["status"], 401);
    assert_eq!(got["unauthorised"]["type"], "authentication_error");
    // Four images charged, and logged as such.
    assert_eq!(balance(&app, "sdk@example.com").await, 16);
    obscura_server::api::usage::settle(&app.state).await;
    let logged = api_usage::Entity::find()
        .filter(api_usage::Column::Route.eq(routes::OPENAI_IMAGES))
        .all(&app.db)
        .await
        .unwrap();
    let credits: Vec<i64> = logged.iter().map(|r| r.credits).collect();
    assert_eq!(credits, [2, 1, 0]);

    // The Python client too.
    let got = official_client("python3", "tools/openai_client.py", &base, &key).await;
    assert_eq!(got["models"], serde_json::json!(["tiny"]));
    assert_eq!(got["magic"], serde_json::json!(["89504e470d0a1a0a"]));
    assert_eq!(got["edited"], serde_json::json!(["89504e470d0a1a0a"]));
    assert_eq!(got["error"]["status"], 400);
    assert_eq!(got["error"]["param"], "n");
    assert_eq!(balance(&app, "sdk@example.com").await, 14);
    obscura_server::api::usage::settle(&app.state).await;
    let edits = api_usage::Entity::find()
        .filter(api_usage::Column::Route.eq(routes::OPENAI_EDITS))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        edits
            .iter()
            .map(|r| (r.status, r.credits))
            .collect::<Vec<_>>(),
        [(200, 1), (200, 1)]
    );
    // The edits' references were stored as references (re-encoded), like uploads to /create.
    let with_reference = obscura_server::db::entities::generation::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|g| g.reference_key.is_some())
        .count();
    assert_eq!(with_reference, 2);
    // Edits refused field by field, in OpenAI's shape.
    let edit = |form: reqwest::multipart::Form| {
        app.client
            .post(app.url(routes::OPENAI_EDITS))
            .header(header::AUTHORIZATION, format!("Bearer {key}"))
            .multipart(form)
    };
    for (form, param) in [
        (reqwest::multipart::Form::new().text("prompt", "x"), "image"),
        (
            reqwest::multipart::Form::new().text("prompt", "x").part(
                "image",
                reqwest::multipart::Part::bytes(b"not a picture".to_vec()).file_name("a.png"),
            ),
            "image",
        ),
    ] {
        let res = edit(form).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"]["param"], param, "{body}");
        assert_eq!(body["error"]["type"], "invalid_request_error");
    }
    assert_eq!(
        balance(&app, "sdk@example.com").await,
        14,
        "nothing charged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generation_cancelled_while_the_call_waits_is_answered_as_cancelled() {
    use obscura_server::db::entities::generation;
    // No worker: the call waits for the generation until it is cancelled.
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "5")]).await;
    let (_, key) = account_with_key(&app, "waits@example.com", &["generate", "read"], &[]).await;
    let waiting = tokio::spawn(
        app.client
            .post(app.url(routes::OPENAI_IMAGES))
            .header(header::AUTHORIZATION, format!("Bearer {key}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(r#"{"prompt": "a slow tide", "size": "64x64"}"#)
            .send(),
    );
    let mut queued = None;
    for _ in 0..250 {
        queued = generation::Entity::find().one(&app.db).await.unwrap();
        if queued.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let id = queued
        .expect("the call queued its generation")
        .id
        .to_string();
    let res = app
        .client
        .post(app.url(&routes::API_GENERATION_CANCEL.replace("{id}", &id)))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = waiting.await.unwrap().unwrap();
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "conflict", "{body}");
    assert_eq!(body["error"]["type"], "invalid_request_error");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("was cancelled"), "{message}");
    assert!(!message.contains("went wrong"), "not told as a failure");
    assert_eq!(balance(&app, "waits@example.com").await, 5, "given back");
}

#[tokio::test]
async fn each_key_and_each_account_has_a_request_rate() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("API_RATE_PER_MINUTE", "3"),
            ("API_ACCOUNT_RATE_PER_MINUTE", "5"),
        ],
    )
    .await;
    let (mut b, first) = account_with_key(&app, "rate@example.com", &["read"], &[]).await;
    for remaining in ["2", "1", "0"] {
        let res = call(&app, routes::API_ACCOUNT, Some(&first)).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["x-ratelimit-limit"], "3");
        assert_eq!(res.headers()["x-ratelimit-remaining"], remaining);
    }
    let res = call(&app, routes::API_ACCOUNT, Some(&first)).await;
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(res.headers()["x-ratelimit-remaining"], "0");
    let (status, code, detail) = problem(res).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    assert!(detail.contains("this key may make 3 a minute"), "{detail}");
    // Another key of the account has its own three, until the account's five are used.
    let second = create_key(&mut b, "second", &["read"], &[]).await;
    assert_eq!(
        call(&app, routes::API_ACCOUNT, Some(&second))
            .await
            .status(),
        StatusCode::OK
    );
    let (status, _, detail) = problem(call(&app, routes::API_ACCOUNT, Some(&second)).await).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        detail.contains("this account's keys together may make 5"),
        "{detail}"
    );
    // Another account is not affected; refused requests are in the usage log too.
    let (_, other) = account_with_key(&app, "calm@example.com", &["read"], &[]).await;
    assert_eq!(
        call(&app, routes::API_ACCOUNT, Some(&other)).await.status(),
        StatusCode::OK
    );
    obscura_server::api::usage::settle(&app.state).await;
    let refused = api_usage::Entity::find()
        .filter(api_usage::Column::Status.eq(429))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(refused.len(), 2);
}
