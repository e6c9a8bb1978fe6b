//! Emailed links: the sign-in link (once, within 15 minutes, P-ACC-4), tokens kept to their purpose,
//! and the development outbox.

use obscura_server::accounts::crypto;
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::EntityTrait;

use crate::helpers::browser::{Browser, PASSWORD, path_of, sign_up, token_of};
use crate::helpers::mail::{await_mails, link_in, mail_link};
use crate::helpers::{Db, spawn_app_with, spawn_production_app};
use crate::on_both_databases;

on_both_databases!(
    magic_link_signs_in_once_within_15_minutes,
    |db: Db| async move {
        // P-ACC-4
        let app = spawn_app_with(db, &[]).await;
        sign_up(&app, "ada@example.com").await;
        let mut b = Browser::new(&app);
        b.post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("action", "link")],
        )
        .await;
        let link = mail_link(&app, "ada@example.com", "sign-in link").await;
        let token = token_of(&link);
        assert!(crypto::looks_like_token(&token), "256 random bits");
        // Only the digest is stored.
        let stored =
            obscura_server::db::entities::auth_token::Entity::find_by_id(crypto::digest(&token))
                .one(&app.db)
                .await
                .unwrap();
        assert!(stored.is_some());

        // Landing shows a button (mail scanners that fetch the link do not use it up).
        let page = b.get(&path_of(&link)).await;
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::REFERRER_POLICY], "no-referrer");
        assert!(page.text().await.unwrap().contains("ada@example.com"));
        let res = b.post(routes::MAGIC_LINK, &[("token", &token)]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(b.cookie.is_some());
        assert_eq!(
            b.get(routes::SETTINGS_PROFILE).await.status(),
            StatusCode::OK
        );
        // It also proved the address.
        let page = b.get(routes::SETTINGS_PROFILE).await.text().await.unwrap();
        assert!(page.contains("Verified"));

        // Reused: refused with a clear page.
        let mut other = Browser::new(&app);
        let res = other.post(routes::MAGIC_LINK, &[("token", &token)]).await;
        assert_eq!(res.status(), StatusCode::GONE);
        assert!(res.text().await.unwrap().contains("already used"));
        assert!(other.cookie.is_none());
        let res = other.get(&path_of(&link)).await;
        assert_eq!(res.status(), StatusCode::GONE);

        // Expired after 15 minutes.
        other
            .post(
                routes::LOGIN,
                &[("email", "ada@example.com"), ("action", "link")],
            )
            .await;
        let links = await_mails(&app, "ada@example.com", "sign-in link", 2).await;
        let newest = &links[0];
        let late = token_of(&link_in(newest));
        assert_ne!(late, token);
        app.clock.advance(chrono::Duration::minutes(16));
        let res = other.post(routes::MAGIC_LINK, &[("token", &late)]).await;
        assert_eq!(res.status(), StatusCode::GONE);
        assert!(res.text().await.unwrap().contains("expired"));

        // Malformed, unknown, and for another purpose.
        for bad in ["", "abc", &crypto::new_token()] {
            let res = other.post(routes::MAGIC_LINK, &[("token", bad)]).await;
            assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{bad:?}");
            assert!(res.text().await.unwrap().contains("doesn"));
        }
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_for_one_purpose_is_refused_for_another() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    sign_up(&app, "ada@example.com").await;
    let verify = token_of(&mail_link(&app, "ada@example.com", "Confirm your email").await);
    let mut b = Browser::new(&app);
    for path in [
        routes::MAGIC_LINK,
        routes::RESET_CONFIRM,
        routes::EMAIL_CHANGE_CONFIRM,
    ] {
        let res = b
            .post(path, &[("token", &verify), ("password", PASSWORD)])
            .await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{path}");
    }
    assert!(b.cookie.is_none());
    // Still good for its own purpose.
    let res = b.post(routes::VERIFY_EMAIL, &[("token", &verify)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_outbox_shows_mail_in_development_only() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    sign_up(&app, "ada@example.com").await;
    mail_link(&app, "ada@example.com", "Confirm").await;
    let res = app.get(routes::DEV_OUTBOX).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    assert!(body.contains("Confirm your email address for Obscura"));
    assert!(body.contains(&format!("{}/verify?token=", app.address)));
    app.stop().await.unwrap();

    let app = spawn_production_app().await;
    assert_eq!(
        app.get(routes::DEV_OUTBOX).await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await.unwrap();
}
