//! The public API (issue 16), first part: API keys made and revoked in `/settings/api`, shown
//! once and stored as a keyed hash only (P-API-1); the key check of `/api/v1` with problem
//! details for every refusal; the usage log (P-API-3).

use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    helpers::{
        Db, TestApp,
        browser::{Browser, sign_up, user_id, verified_user},
        dump_database, html, spawn_app_with, text_of,
    },
    on_both_databases,
};
use obscura_server::db::entities::{api_key, api_usage, security_event};

/// Creates a key through the form; returns its full text.
async fn create_key(
    b: &mut Browser<'_>,
    name: &str,
    scopes: &[&str],
    extra: &[(&str, &str)],
) -> String {
    let mut form = vec![("name", name)];
    form.extend(scopes.iter().map(|s| ("scope", *s)));
    form.extend_from_slice(extra);
    let res = b.post(routes::API_KEY_CREATE, &form).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let body = res.text().await.unwrap();
    let doc = html(&body);
    let key = text_of(&doc, &format!("[data-testid='{}']", testids::API_KEY_TEXT));
    assert!(key.starts_with("obs_"), "{key}");
    key
}

async fn call(app: &TestApp, path: &str, key: Option<&str>) -> reqwest::Response {
    let mut rb = app.client.get(app.url(path));
    if let Some(k) = key {
        rb = rb.header(header::AUTHORIZATION, format!("Bearer {k}"));
    }
    rb.send().await.unwrap()
}

/// A refusal in RFC 9457 form: its status, `code` and `detail`.
async fn problem(res: reqwest::Response) -> (StatusCode, String, String) {
    let status = res.status();
    assert_eq!(
        res.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], status.as_u16());
    assert!(
        body["type"]
            .as_str()
            .unwrap()
            .ends_with(body["code"].as_str().unwrap())
    );
    (
        status,
        body["code"].as_str().unwrap().to_owned(),
        body["detail"].as_str().unwrap().to_owned(),
    )
}

on_both_databases!(
    keys_are_shown_once_stored_hashed_and_refused_once_revoked,
    keys_are_shown_once_stored_hashed_and_refused_once_revoked
);
/// promise: P-API-1 — a key's secret is shown once and only a keyed hash of it is stored.
async fn keys_are_shown_once_stored_hashed_and_refused_once_revoked(db: Db) {
    let app = spawn_app_with(db, &[]).await;
    let mut b = verified_user(&app, "dev@example.com").await;
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(page.contains("No keys yet."));
    assert!(page.contains(routes::API_V1), "where the API is");
    let key = create_key(
        &mut b,
        "nightly renders",
        &["read", "generate"],
        &[("monthly_cap", "500")],
    )
    .await;
    let secret = key["obs_".len() + 17..].to_owned();
    assert_eq!(secret.len(), 43, "256 random bits");

    // Listed by its hint, never in full again.
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(!page.contains(&secret));
    assert!(page.contains("nightly renders"));
    assert!(page.contains(&format!("…{}", &secret[secret.len() - 4..])));
    assert!(page.contains("0 of 500 credits this month"));
    let dump = dump_database(&app).await;
    assert!(!dump.contains(&secret), "the secret is not stored");
    let row = api_key::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(row.secret_hash.len(), 64);
    assert_eq!(row.scopes, "generate,read");
    // The holder is told, and the security log has it.
    crate::helpers::mail::mail_link(&app, "dev@example.com", "A new API key was created").await;
    let uid = user_id(&app, "dev@example.com").await;
    let events = security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(uid))
        .all(&app.db)
        .await
        .unwrap();
    assert!(events.iter().any(|e| e.kind == "api_key_created"));

    // The key opens the API; its account is read.
    let res = call(&app, routes::API_ACCOUNT, Some(&key)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let account: serde_json::Value = res.json().await.unwrap();
    assert_eq!(account["balance"], 20);
    assert_eq!(account["key"]["name"], "nightly renders");
    assert_eq!(
        account["key"]["scopes"],
        serde_json::json!(["generate", "read"])
    );
    assert_eq!(account["key"]["monthly_cap"], 500);
    assert_eq!(
        account["requests_this_month"], 0,
        "counted after the answer"
    );

    // Refusals, each in problem form.
    let (status, code, detail) = problem(call(&app, routes::API_ACCOUNT, None).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::UNAUTHORIZED, "unauthenticated")
    );
    assert!(detail.contains("Authorization: Bearer"));
    let res = call(&app, routes::API_ACCOUNT, None).await;
    assert_eq!(
        res.headers()[header::WWW_AUTHENTICATE],
        "Bearer realm=\"obscura\""
    );
    let wrong = format!(
        "{}{}",
        &key[..key.len() - 1],
        if key.ends_with('A') { "B" } else { "A" }
    );
    let (status, _, detail) = problem(call(&app, routes::API_ACCOUNT, Some(&wrong)).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(detail, "This API key is not valid.");
    let (status, _, _) = problem(call(&app, routes::API_ACCOUNT, Some("sk_live_123")).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A key in the URL is refused before it is looked at, even a valid one.
    let in_url = format!("{}?api_key={key}", routes::API_ACCOUNT);
    let (status, code, detail) = problem(call(&app, &in_url, None).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::BAD_REQUEST, "malformed")
    );
    assert!(detail.contains("never accepted in URLs"));

    // A key without `read` may not read the account.
    let generate_only = create_key(&mut b, "generator", &["generate"], &[]).await;
    let (status, code, detail) =
        problem(call(&app, routes::API_ACCOUNT, Some(&generate_only)).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::FORBIDDEN, "forbidden")
    );
    assert!(detail.contains("`read` scope"));

    // Revoked: refused at once, saying so; another account cannot revoke it.
    let mut other = verified_user(&app, "other@example.com").await;
    let res = other
        .post(routes::API_KEY_REVOKE, &[("key", &row.id.to_string())])
        .await;
    assert!(crate::helpers::browser::location(&res).ends_with("notice=key-unchanged"));
    assert_eq!(
        call(&app, routes::API_ACCOUNT, Some(&key)).await.status(),
        StatusCode::OK
    );
    let res = b
        .post(routes::API_KEY_REVOKE, &[("key", &row.id.to_string())])
        .await;
    assert!(crate::helpers::browser::location(&res).ends_with("notice=key-revoked"));
    let (status, _, detail) = problem(call(&app, routes::API_ACCOUNT, Some(&key)).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(detail, "This API key was revoked.");
    crate::helpers::mail::mail_link(
        &app,
        "dev@example.com",
        "An API key of your Obscura account was revoked",
    )
    .await;
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(page.contains("data-state=\"revoked\""));
}

on_both_databases!(
    every_api_request_is_logged_without_what_it_carried,
    every_api_request_is_logged_without_what_it_carried
);
/// promise: P-API-3 — one usage row per request: key, method, route template, status,
/// duration, credits; no path with ids, no body, no address.
async fn every_api_request_is_logged_without_what_it_carried(db: Db) {
    let app = spawn_app_with(db, &[]).await;
    let mut b = verified_user(&app, "log@example.com").await;
    let key = create_key(&mut b, "logger", &["read"], &[("expires_days", "7")]).await;
    for _ in 0..3 {
        assert_eq!(
            call(&app, routes::API_ACCOUNT, Some(&key)).await.status(),
            StatusCode::OK
        );
    }
    let account: serde_json::Value = call(&app, routes::API_ACCOUNT, Some(&key))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(account["requests_this_month"], 3);
    let rows = api_usage::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.route == routes::API_ACCOUNT
        && r.method == "GET"
        && r.status == 200
        && r.credits == 0));
    // Unauthenticated requests have no account to log against.
    call(&app, routes::API_ACCOUNT, None).await;
    assert_eq!(
        api_usage::Entity::find().all(&app.db).await.unwrap().len(),
        4
    );

    // `last_used_at` is written at most once a minute.
    let used = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            api_key::Entity::find()
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .last_used_at
        }
    };
    let first = used(&app).await.expect("used");
    app.clock.advance(chrono::Duration::seconds(30));
    call(&app, routes::API_ACCOUNT, Some(&key)).await;
    assert_eq!(used(&app).await, Some(first));
    app.clock.advance(chrono::Duration::seconds(31));
    call(&app, routes::API_ACCOUNT, Some(&key)).await;
    assert!(used(&app).await > Some(first));

    // A 7-day key stops after 7 days, saying why.
    app.clock.advance(chrono::Duration::days(7));
    let (status, _, detail) = problem(call(&app, routes::API_ACCOUNT, Some(&key)).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(detail, "This API key has expired.");
    // (The session ended too: seven days without use.)
    let (mut b, _) = crate::helpers::browser::sign_in(
        &app,
        "log@example.com",
        crate::helpers::browser::PASSWORD,
    )
    .await;
    let page = b.get(routes::SETTINGS_API).await.text().await.unwrap();
    assert!(page.contains("data-state=\"expired\""));

    // Twelve months on, the retention run deletes the usage log.
    app.clock.advance(chrono::Duration::days(366));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.api_usage, 6);
    assert!(
        api_usage::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn key_forms_refuse_bad_settings_field_by_field() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    // Only a confirmed address may make keys.
    let mut unconfirmed = sign_up(&app, "new@example.com").await;
    let _ = unconfirmed.get(routes::SETTINGS_API).await;
    let res = unconfirmed
        .post(routes::API_KEY_CREATE, &[("name", "x"), ("scope", "read")])
        .await;
    // Not signed in until confirmed: sent to sign in, nothing made.
    assert!(res.status().is_redirection() || res.status() == StatusCode::FORBIDDEN);
    assert!(
        api_key::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );

    let mut b = verified_user(&app, "form@example.com").await;
    let res = b
        .post(
            routes::API_KEY_CREATE,
            &[
                ("name", ""),
                ("scope", "admin"),
                ("expires_days", "3"),
                ("monthly_cap", "lots"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    for message in [
        "Name the key after where it is used",
        "Choose among the scopes offered.",
        "Choose one of the expiry periods offered",
        "A cap is a whole number of credits",
    ] {
        assert!(body.contains(message), "{message}");
    }
    assert!(!body.contains(testids::API_KEY_SHOWN));
    let res = b
        .post(routes::API_KEY_CREATE, &[("name", "no scope")])
        .await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose at least one thing the key may do.")
    );
    assert!(
        api_key::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    // At most 25 live keys.
    for i in 0..25 {
        create_key(&mut b, &format!("k{i}"), &["read"], &[]).await;
    }
    let res = b
        .post(
            routes::API_KEY_CREATE,
            &[("name", "one more"), ("scope", "read")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.text().await.unwrap().contains("at most 25 live keys"));
}

/// A key for `email`'s new verified account, with `scopes`.
async fn account_with_key<'a>(
    app: &'a TestApp,
    email: &str,
    scopes: &[&str],
    extra: &[(&str, &str)],
) -> (Browser<'a>, String) {
    let mut b = verified_user(app, email).await;
    let key = create_key(&mut b, "tests", scopes, extra).await;
    (b, key)
}

fn post_json(app: &TestApp, key: &str, body: &str) -> reqwest::RequestBuilder {
    app.client
        .post(app.url(routes::API_GENERATIONS))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.to_owned())
}

async fn balance(app: &TestApp, email: &str) -> i64 {
    obscura_server::credits::balance(&app.db, user_id(app, email).await)
        .await
        .unwrap()
}

const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["64x64"]}]"#,
);

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
    let refused = api_usage::Entity::find()
        .filter(api_usage::Column::Status.eq(429))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(refused.len(), 2);
}
