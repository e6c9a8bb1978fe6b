//! Signing in with a password: the same answer whether or not an address is registered, and
//! account pages that send anonymous visitors to sign in and back.

use obscura_shared::routes;
use reqwest::StatusCode;
use sea_orm::{EntityTrait, PaginatorTrait};

use super::field_error;
use crate::helpers::browser::{Browser, PASSWORD, confirmed, location, sign_in, sign_up};
use crate::helpers::mail::{mail_link, mails_to};
use crate::helpers::{Db, spawn_app_with};
use crate::on_both_databases;

on_both_databases!(
    no_answer_reveals_whether_an_email_is_registered,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        sign_up(&app, "ada@example.com").await;
        // Signing up again: same answer, no second account; the owner hears about it by mail.
        sign_up(&app, "ada@example.com").await;
        assert_eq!(
            obscura_server::db::entities::user::Entity::find()
                .count(&app.db)
                .await
                .unwrap(),
            1
        );
        mail_link(&app, "ada@example.com", "Reset your Obscura password").await;

        // Wrong password and unknown address: the same message.
        let (_, known) = sign_in(&app, "ada@example.com", "wrong password here").await;
        let (_, unknown) = sign_in(&app, "nobody@example.com", "wrong password here").await;
        assert_eq!(known.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let (a, b) = (known.text().await.unwrap(), unknown.text().await.unwrap());
        assert_eq!(field_error(&a, "password"), field_error(&b, "password"));
        assert!(field_error(&a, "password").contains("not right"));
        assert!(
            a.contains("value=\"ada@example.com\""),
            "the address stays filled"
        );

        // Links: the same redirect for a known and an unknown address; mail only to the known one.
        let mut b = Browser::new(&app);
        for email in ["ada@example.com", "nobody@example.com"] {
            let res = b
                .post(routes::LOGIN, &[("email", email), ("action", "link")])
                .await;
            assert_eq!(
                location(&res),
                format!("{}?notice=link-sent", routes::LOGIN)
            );
            let res = b.post(routes::RESET, &[("email", email)]).await;
            assert_eq!(
                location(&res),
                format!("{}?notice=reset-sent", routes::RESET)
            );
        }
        assert_eq!(mails_to(&app, "nobody@example.com").await, 0);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_pages_send_anonymous_visitors_to_sign_in() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    for page in routes::ACCOUNT_PAGES {
        let res = app.get(page).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let to = location(&res);
        assert!(to.starts_with(&format!("{}?next=", routes::LOGIN)), "{to}");
        // After signing in, the visitor lands where they were going.
        let next = url::Url::parse(&format!("http://x{to}"))
            .unwrap()
            .query_pairs()
            .find(|(k, _)| k == "next")
            .unwrap()
            .1
            .into_owned();
        assert_eq!(next, *page);
    }
    confirmed(&app, "ada@example.com").await;
    let mut b = Browser::new(&app);
    let res = b
        .post(
            routes::LOGIN,
            &[
                ("email", "ada@example.com"),
                ("password", PASSWORD),
                ("next", routes::SETTINGS_SECURITY),
            ],
        )
        .await;
    assert_eq!(location(&res), routes::SETTINGS_SECURITY);
    // Only local paths are followed.
    let res = b
        .post(
            routes::LOGIN,
            &[
                ("email", "ada@example.com"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert!(location(&res).starts_with(routes::AFTER_SIGN_IN));
    app.stop().await.unwrap();
}
