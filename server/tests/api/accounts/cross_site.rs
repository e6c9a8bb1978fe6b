//! Cross-site requests are refused on every state-changing route (ASVS 3.5).

use obscura_shared::routes;
use reqwest::{StatusCode, header};

use crate::helpers::browser::verified_user;
use crate::helpers::{Db, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_requests_are_refused_on_every_state_changing_route() {
    // ASVS 3.5: every account route and every server function, listed from the code.
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let a = verified_user(&app, "ada@example.com").await;
    let cookie = a.cookie.clone().unwrap();
    let mut paths: Vec<String> = obscura_server::http::account_paths()
        .into_iter()
        .map(str::to_owned)
        .collect();
    paths.extend(leptos::server_fn::axum::server_fn_paths().map(|(p, _)| p.to_owned()));
    assert!(paths.len() >= 18, "{paths:?}");
    for path in &paths {
        for headers in [
            vec![
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "cross-site"),
            ],
            vec![("origin", "https://evil.example")],
            vec![("sec-fetch-site", "same-site")],
            vec![],
        ] {
            let mut req = app
                .client
                .post(app.url(path))
                .header(header::COOKIE, &cookie)
                .form(&[("email", "x@example.com")]);
            for (k, v) in &headers {
                req = req.header(*k, *v);
            }
            let res = req.send().await.unwrap();
            assert_eq!(
                res.status(),
                StatusCode::FORBIDDEN,
                "{path} with {headers:?}"
            );
        }
    }
    // None of that reached a handler: the session is intact.
    let mut a = a;
    assert_eq!(
        a.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK
    );
    // The same requests from the site itself are not refused.
    for path in &paths {
        let res = app
            .client
            .post(app.url(path))
            .header(header::COOKIE, &cookie)
            .header("sec-fetch-site", "same-origin")
            .form(&[("email", "x@example.com")])
            .send()
            .await
            .unwrap();
        assert_ne!(res.status(), StatusCode::FORBIDDEN, "{path}");
    }
    for method in [
        reqwest::Method::PUT,
        reqwest::Method::PATCH,
        reqwest::Method::DELETE,
    ] {
        let res = app
            .client
            .request(method.clone(), app.url(routes::SETTINGS_PROFILE))
            .header("origin", "https://evil.example")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{method}");
    }
    app.stop().await.unwrap();
}
