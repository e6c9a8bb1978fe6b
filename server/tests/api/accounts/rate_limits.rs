//! Rate limits on sign-in and sign-up, per address and per client, with `Retry-After`.

use obscura_shared::routes;
use reqwest::{StatusCode, header};

use crate::helpers::browser::{Browser, PASSWORD};
use crate::helpers::{Db, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_rate_limited_per_address_with_retry_after() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = Browser::new(&app);
    let mut statuses = Vec::new();
    for i in 0..11 {
        let email = format!("user{i}@example.com");
        let res = b
            .post(
                routes::LOGIN,
                &[
                    ("email", email.as_str()),
                    ("password", "wrong password here"),
                ],
            )
            .await;
        statuses.push(res.status());
        if i == 10 {
            let retry: u64 = res.headers()[header::RETRY_AFTER]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!((1..=6).contains(&retry), "{retry}");
            assert!(res.text().await.unwrap().contains("Too many attempts"));
        }
    }
    assert!(
        statuses[..10]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS);
    // A client-supplied X-Forwarded-For does not reset the limit (no trusted proxy configured).
    let res = app
        .client
        .post(app.url(routes::LOGIN))
        .header("origin", &app.address)
        .header("x-forwarded-for", "203.0.113.7")
        .form(&[
            ("email", "x@example.com"),
            ("password", "wrong password here"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    app.stop().await.unwrap();

    // Sign-ups for one address: 5, then backoff (each one sends that address a mail).
    let app2 = spawn_app_with(Db::Sqlite, &[]).await;
    let mut c = Browser::new(&app2);
    let form = [
        ("email", "ada@example.com"),
        ("name", "Ada"),
        ("language", "en"),
        ("password", PASSWORD),
        ("age_confirmed", "on"),
    ];
    for _ in 0..5 {
        assert_eq!(
            c.post(routes::SIGNUP, &form).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let res = c.post(routes::SIGNUP, &form).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("value=\"ada@example.com\""),
        "the form stays filled"
    );
    app2.stop().await.unwrap();

    // Behind a trusted proxy, each forwarded client has its own budget, also per account: one
    // client's failures on an account never hold back another client.
    let app = spawn_app_with(Db::Sqlite, &[("TRUSTED_PROXIES", "127.0.0.1")]).await;
    let attempt = |ip: String| {
        app.client
            .post(app.url(routes::LOGIN))
            .header("origin", &app.address)
            .header("x-forwarded-for", ip)
            .form(&[
                ("email", "x@example.com"),
                ("password", "wrong password here"),
            ])
            .send()
    };
    for i in 0..11 {
        let res = attempt(format!("203.0.113.{i}")).await.unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "client {i}");
    }
    // Per account and client: 5 attempts, then backoff.
    for i in 0..6 {
        let res = attempt("198.51.100.1".into()).await.unwrap();
        let expected = if i < 5 {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(res.status(), expected, "attempt {i}");
    }
    app.stop().await.unwrap();
}
