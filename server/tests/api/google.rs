//! Google sign-in against a real OpenID Connect provider (npm `oauth2-mock-server`, started by
//! the test command): discovery, JWKS, authorization code + PKCE S256, nonce and ID-token
//! validation all run for real. P-ACC-3; ASVS V10.

use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::EntityTrait;

use crate::helpers::browser::{Browser, PASSWORD, location, sign_up, verified_user};
use crate::helpers::dump_database;
use crate::helpers::{Db, TestApp, spawn_app_with};

/// The provider's issuer and control URLs, or None (skip) when it is not running. With
/// `OBSCURA_TEST_REQUIRE_PEERS=1` (the test command) a missing provider fails the run.
pub(crate) fn provider() -> Option<(String, String)> {
    let issuer = std::env::var("OBSCURA_TEST_OIDC_ISSUER")
        .ok()
        .filter(|s| !s.is_empty());
    let control = std::env::var("OBSCURA_TEST_OIDC_CONTROL")
        .ok()
        .filter(|s| !s.is_empty());
    match (issuer, control) {
        (Some(i), Some(c)) => Some((i, c)),
        _ if std::env::var("OBSCURA_TEST_REQUIRE_PEERS").as_deref() == Ok("1") => {
            panic!("OBSCURA_TEST_REQUIRE_PEERS=1 but the OpenID Connect provider is not configured")
        }
        _ => None,
    }
}

/// The provider signs in one identity at a time: tests that use it take turns.
pub(crate) static PROVIDER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn set_identity(control: &str, sub: &str, email: &str, verified: bool) {
    let res = reqwest::Client::new()
        .put(format!("{control}/identity"))
        .json(&serde_json::json!({
            "sub": sub, "email": email, "email_verified": verified,
            "name": "Ada Lovelace", "picture": "https://example.com/ada.png"
        }))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
}

async fn app_with_google(db: Db, issuer: &str) -> TestApp {
    spawn_app_with(
        db,
        &[
            ("GOOGLE_ISSUER_URL", issuer),
            ("GOOGLE_CLIENT_ID", "obscura-test"),
            ("GOOGLE_CLIENT_SECRET", "test-secret"),
        ],
    )
    .await
}

/// Starts a sign-in; returns the provider URL and the browser-binding cookie.
async fn start(b: &Browser<'_>, query: &str) -> (String, String) {
    let res = b
        .app
        .client
        .get(b.app.url(&format!("{}{query}", routes::GOOGLE_START)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cookie = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.starts_with("obscura_oauth=")
            && cookie.contains("HttpOnly")
            && cookie.contains("Max-Age=600")
    );
    (location(&res), cookie.split(';').next().unwrap().to_owned())
}

/// Lets the provider answer the authorization request; returns our callback path and query.
async fn authorize(app: &TestApp, url: &str) -> String {
    let res = app.client.get(url).send().await.unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    let to = location(&res);
    assert!(to.starts_with(&app.address), "{to}");
    to[app.address.len()..].to_owned()
}

async fn callback(
    b: &mut Browser<'_>,
    path: &str,
    oauth_cookie: Option<&str>,
) -> reqwest::Response {
    let mut req = b.app.client.get(b.app.url(path));
    if let Some(c) = oauth_cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = req.send().await.unwrap();
    for v in res.headers().get_all(header::SET_COOKIE) {
        let pair = v
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .trim()
            .to_owned();
        if pair.starts_with("obscura_session=") && pair.len() > "obscura_session=".len() {
            b.cookie = Some(pair);
        }
    }
    res
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn google_sign_in_creates_links_and_refuses() {
    let Some((issuer, control)) = provider() else {
        return;
    };
    let _turn = PROVIDER.lock().await;
    for db in [Db::Sqlite, Db::Postgres] {
        if db == Db::Postgres && crate::helpers::postgres_admin_url().is_none() {
            continue;
        }
        let app = app_with_google(db, &issuer).await;
        // The button shows when configured.
        assert!(
            app.get(routes::LOGIN)
                .await
                .text()
                .await
                .unwrap()
                .contains("Continue with Google")
        );

        // A new person, age confirmed: the account is created and signed in.
        set_identity(&control, "google-sub-ada", "ada@example.com", true).await;
        let mut b = Browser::new(&app);
        let (url, oauth) = start(&b, "?age_confirmed=on").await;
        let auth = url::Url::parse(&url).unwrap();
        let q: std::collections::HashMap<_, _> = auth.query_pairs().into_owned().collect();
        assert_eq!(q["code_challenge_method"], "S256");
        assert_eq!(q["response_type"], "code");
        assert!(q["scope"].contains("openid") && q["scope"].contains("email"));
        assert!(
            q["state"].len() >= 22 && q["nonce"].len() >= 22,
            "≥128-bit state and nonce"
        );
        assert_eq!(
            q["redirect_uri"],
            format!("{}{}", app.address, routes::GOOGLE_CALLBACK)
        );
        let back = authorize(&app, &url).await;
        let res = callback(&mut b, &back, Some(&oauth)).await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "{}",
            res.text().await.unwrap()
        );
        assert!(b.cookie.is_some());
        let page = b.get(routes::SETTINGS_PROFILE).await.text().await.unwrap();
        assert!(page.contains("Ada Lovelace") && page.contains("Your Google account is linked"));
        let users = obscura_server::db::entities::user::Entity::find()
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(users.len(), 1);
        assert_eq!(users[0].google_sub.as_deref(), Some("google-sub-ada"));
        assert_eq!(
            users[0].picture_url.as_deref(),
            Some("https://example.com/ada.png")
        );
        assert!(users[0].password_hash.is_none() && users[0].email_verified_at.is_some());

        // Replaying the same callback: 400, nothing new.
        let mut replay = Browser::new(&app);
        let res = callback(&mut replay, &back, Some(&oauth)).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert!(replay.cookie.is_none());

        // A callback in another browser (no binding cookie): login CSRF, refused.
        let (url, _) = start(&b, "?age_confirmed=on").await;
        let back = authorize(&app, &url).await;
        let mut stranger = Browser::new(&app);
        assert_eq!(
            callback(&mut stranger, &back, None).await.status(),
            StatusCode::BAD_REQUEST
        );
        assert!(stranger.cookie.is_none());

        // Missing or unknown state, and a flow older than 10 minutes.
        let mut c = Browser::new(&app);
        assert_eq!(
            callback(
                &mut c,
                &format!("{}?code=x", routes::GOOGLE_CALLBACK),
                Some(&oauth)
            )
            .await
            .status(),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            callback(
                &mut c,
                &format!("{}?code=x&state=forged", routes::GOOGLE_CALLBACK),
                Some(&oauth)
            )
            .await
            .status(),
            StatusCode::BAD_REQUEST
        );
        let (url, oauth) = start(&c, "?age_confirmed=on").await;
        let back = authorize(&app, &url).await;
        app.clock.advance(chrono::Duration::minutes(11));
        assert_eq!(
            callback(&mut c, &back, Some(&oauth)).await.status(),
            StatusCode::BAD_REQUEST
        );
        assert!(c.cookie.is_none());

        // An existing password account with the same, verified address: linked.
        let mut grace = verified_user(&app, "grace@example.com").await;
        grace.get("/").await;
        set_identity(&control, "google-sub-grace", "grace@example.com", true).await;
        let mut g = Browser::new(&app);
        let (url, oauth) = start(&g, "").await;
        let back = authorize(&app, &url).await;
        assert_eq!(
            callback(&mut g, &back, Some(&oauth)).await.status(),
            StatusCode::SEE_OTHER
        );
        let linked = obscura_server::accounts::find_by_email(&app.state, "grace@example.com")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(linked.google_sub.as_deref(), Some("google-sub-grace"));
        assert!(linked.password_hash.is_some(), "the password stays");

        // The same address, not verified by the provider: not linked, nobody signed in.
        sign_up(&app, "mallory@example.com").await;
        set_identity(&control, "google-sub-mallory", "mallory@example.com", false).await;
        let mut m = Browser::new(&app);
        let (url, oauth) = start(&m, "").await;
        let back = authorize(&app, &url).await;
        let res = callback(&mut m, &back, Some(&oauth)).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=google-unverified", routes::LOGIN)
        );
        assert!(m.cookie.is_none());
        let kept = obscura_server::accounts::find_by_email(&app.state, "mallory@example.com")
            .await
            .unwrap()
            .unwrap();
        assert!(kept.google_sub.is_none());

        // A new address the provider has not verified makes no account either (same answer).
        set_identity(&control, "google-sub-nobody", "nobody@example.com", false).await;
        let mut x = Browser::new(&app);
        let (url, oauth) = start(&x, "?age_confirmed=on").await;
        let back = authorize(&app, &url).await;
        let res = callback(&mut x, &back, Some(&oauth)).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=google-unverified", routes::LOGIN)
        );
        assert!(x.cookie.is_none());
        assert!(
            obscura_server::accounts::find_by_email(&app.state, "nobody@example.com")
                .await
                .unwrap()
                .is_none()
        );

        // A new person who has not confirmed the minimum age: asked first, then created.
        set_identity(&control, "google-sub-new", "new@example.com", true).await;
        let mut n = Browser::new(&app);
        let (url, oauth) = start(&n, "").await;
        let back = authorize(&app, &url).await;
        let res = callback(&mut n, &back, Some(&oauth)).await;
        let ask = location(&res);
        assert!(
            ask.starts_with(&format!("{}?token=", routes::GOOGLE_SIGNUP)),
            "{ask}"
        );
        assert!(n.cookie.is_none());
        assert!(
            obscura_server::accounts::find_by_email(&app.state, "new@example.com")
                .await
                .unwrap()
                .is_none()
        );
        let page = n.get(&ask).await;
        assert_eq!(page.status(), StatusCode::OK);
        let page = page.text().await.unwrap();
        assert!(page.contains("new@example.com") && page.contains("I am at least 16 years old."));
        let token = ask.split_once("token=").unwrap().1.to_owned();
        let res = n.post(routes::GOOGLE_SIGNUP, &[("token", &token)]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("You need to be at least 16")
        );
        let res = n
            .post(
                routes::GOOGLE_SIGNUP,
                &[("token", &token), ("age_confirmed", "on")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(n.cookie.is_some());
        let created = obscura_server::accounts::find_by_email(&app.state, "new@example.com")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(created.google_sub.as_deref(), Some("google-sub-new"));
        // Single use.
        let res = Browser::new(&app)
            .post(
                routes::GOOGLE_SIGNUP,
                &[("token", &token), ("age_confirmed", "on")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        // Ten minutes at most.
        set_identity(&control, "google-sub-late", "late@example.com", true).await;
        let mut l = Browser::new(&app);
        let (url, oauth) = start(&l, "").await;
        let back = authorize(&app, &url).await;
        let ask = location(&callback(&mut l, &back, Some(&oauth)).await);
        app.clock.advance(chrono::Duration::minutes(11));
        assert_eq!(l.get(&ask).await.status(), StatusCode::BAD_REQUEST);
        let token = ask.split_once("token=").unwrap().1.to_owned();
        let res = l
            .post(
                routes::GOOGLE_SIGNUP,
                &[("token", &token), ("age_confirmed", "on")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert!(
            obscura_server::accounts::find_by_email(&app.state, "late@example.com")
                .await
                .unwrap()
                .is_none()
        );

        // P-ACC-3: nothing from the provider but sub, name, email and picture URL is kept:
        // no token (its tokens are JWTs), no state, nonce or verifier left over.
        let dump = dump_database(&app).await;
        // (A JWT starts with the base64 of `{"alg":` or `{"typ":`; a bare "eyJ" can occur by
        // chance in the base64 of an Argon2 salt.)
        for jwt_start in ["eyJhbGci", "eyJ0eXAi"] {
            assert!(!dump.contains(jwt_start), "a provider token was stored");
        }
        assert!(!dump.contains(PASSWORD));
        app.stop().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn google_button_is_hidden_and_routes_404_when_not_configured() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    assert!(
        !app.get(routes::LOGIN)
            .await
            .text()
            .await
            .unwrap()
            .contains("Continue with Google")
    );
    assert!(
        !app.get(routes::SIGNUP)
            .await
            .text()
            .await
            .unwrap()
            .contains("Sign up with Google")
    );
    assert_eq!(
        app.get(routes::GOOGLE_START).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(routes::GOOGLE_CALLBACK).await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await.unwrap();
}

/// Pre-account takeover through Google: Mallory signs up with Alice's address and keeps what
/// she can; Alice then signs in with Google, which has verified the address. Everything Mallory
/// set up is void.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verified_google_sign_in_voids_an_unconfirmed_sign_up() {
    let Some((issuer, control)) = provider() else {
        return;
    };
    let _turn = PROVIDER.lock().await;
    for db in [Db::Sqlite, Db::Postgres] {
        if db == Db::Postgres && crate::helpers::postgres_admin_url().is_none() {
            continue;
        }
        let app = app_with_google(db, &issuer).await;
        let _ = sign_up(&app, "alice@example.com").await;
        let pending = obscura_server::accounts::find_by_email(&app.state, "alice@example.com")
            .await
            .unwrap()
            .unwrap();
        let old = obscura_server::accounts::sessions::create(
            &app.state,
            pending.id,
            &obscura_server::accounts::Client::unknown(),
        )
        .await
        .unwrap();

        set_identity(&control, "google-sub-alice", "alice@example.com", true).await;
        let mut alice = Browser::new(&app);
        let (url, oauth) = start(&alice, "").await;
        let back = authorize(&app, &url).await;
        let res = callback(&mut alice, &back, Some(&oauth)).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=earlier-access-removed", routes::SETTINGS_PROFILE)
        );
        assert!(alice.cookie.is_some());

        // Mallory's session and password are void; the account is Alice's, linked to Google.
        let mut mallory = Browser::new(&app);
        mallory.cookie = Some(format!("obscura_session={}", old.token));
        let res = mallory.get(routes::SETTINGS_PROFILE).await;
        assert!(
            location(&res).starts_with(routes::LOGIN),
            "{}",
            res.status()
        );
        let (_, res) = crate::helpers::browser::sign_in(&app, "alice@example.com", PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let owned = obscura_server::accounts::find_by_email(&app.state, "alice@example.com")
            .await
            .unwrap()
            .unwrap();
        assert!(owned.password_hash.is_none());
        assert_eq!(owned.google_sub.as_deref(), Some("google-sub-alice"));
        app.stop().await.unwrap();
    }
}
