//! The public API (issue 16): API keys made and revoked in `/settings/api`, shown once and
//! stored as a keyed hash only (P-API-1, [`keys`]); `/api/v1` with problem details for every
//! refusal, idempotency (P-API-2) and caps ([`rest`]); images, shares, usage and the OpenAPI
//! description ([`resources`]); the OpenAI-compatible endpoints with OpenAI's own clients
//! ([`openai`]); the usage log (P-API-3).

mod keys;
mod openai;
mod resources;
mod rest;
mod schema;
mod webhooks;

use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};

use crate::helpers::{
    TestApp,
    browser::{Browser, user_id, verified_user},
    html, text_of,
};

/// Creates a key through the form; returns its full text.
pub(super) async fn create_key(
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

pub(super) async fn call(app: &TestApp, path: &str, key: Option<&str>) -> reqwest::Response {
    let mut rb = app.client.get(app.url(path));
    if let Some(k) = key {
        rb = rb.header(header::AUTHORIZATION, format!("Bearer {k}"));
    }
    rb.send().await.unwrap()
}

/// A refusal in RFC 9457 form: its status, `code` and `detail`.
pub(super) async fn problem(res: reqwest::Response) -> (StatusCode, String, String) {
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

pub(super) async fn account_with_key<'a>(
    app: &'a TestApp,
    email: &str,
    scopes: &[&str],
    extra: &[(&str, &str)],
) -> (Browser<'a>, String) {
    let mut b = verified_user(app, email).await;
    let key = create_key(&mut b, "tests", scopes, extra).await;
    (b, key)
}

pub(super) fn post_json(app: &TestApp, key: &str, body: &str) -> reqwest::RequestBuilder {
    app.client
        .post(app.url(routes::API_GENERATIONS))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.to_owned())
}

pub(super) async fn balance(app: &TestApp, email: &str) -> i64 {
    obscura_server::credits::balance(&app.db, user_id(app, email).await)
        .await
        .unwrap()
}

pub(super) const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["64x64"]}]"#,
);
