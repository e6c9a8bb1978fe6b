//! Keys: shown once, stored hashed, revoked at once (P-API-1); the usage log (P-API-3).

use super::*;
use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    helpers::{
        Db, TestApp,
        browser::{sign_up, user_id, verified_user},
        dump_database, spawn_app_with,
    },
    on_both_databases,
};
use obscura_server::db::entities::{api_key, api_usage, security_event};

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
    obscura_server::api::usage::settle(&app.state).await;
    let rows = api_usage::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.route == routes::API_ACCOUNT
        && r.method == "GET"
        && r.status == 200
        && r.credits == 0));
    // Unauthenticated requests have no account to log against.
    call(&app, routes::API_ACCOUNT, None).await;
    obscura_server::api::usage::settle(&app.state).await;
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

/// A key checked a moment ago is trusted from memory for a second at most, and revoking it, or
/// closing its account, forgets it at once: the very next request is refused.
#[tokio::test]
async fn a_closed_account_and_a_revoked_key_are_refused_at_once_despite_the_cache() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = verified_user(&app, "closing@example.com").await;
    let key = create_key(&mut b, "cached", &["read"], &[]).await;
    let other = create_key(&mut b, "other", &["read"], &[]).await;
    for k in [&key, &other] {
        assert_eq!(
            call(&app, routes::API_ACCOUNT, Some(k)).await.status(),
            StatusCode::OK
        );
    }
    let id = api_key::Entity::find()
        .filter(api_key::Column::Name.eq("cached"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let res = b
        .post(routes::API_KEY_REVOKE, &[("key", id.to_string().as_str())])
        .await;
    assert!(res.status().is_redirection());
    let (status, _, detail) = problem(call(&app, routes::API_ACCOUNT, Some(&key)).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(detail.contains("revoked"), "{detail}");
    // Closing the account (its erasure waits out the grace period) stops its keys too.
    assert_eq!(
        call(&app, routes::API_ACCOUNT, Some(&other)).await.status(),
        StatusCode::OK
    );
    let res = b
        .post(
            routes::ACCOUNT_DELETE,
            &[
                ("password", crate::helpers::browser::PASSWORD),
                ("confirm", "DELETE"),
            ],
        )
        .await;
    assert!(res.status().is_redirection());
    assert_eq!(
        call(&app, routes::API_ACCOUNT, Some(&other)).await.status(),
        StatusCode::UNAUTHORIZED
    );
}
