//! Account hardening found by review: throttled and logged current-password checks, recent
//! sign-in for sensitive changes, rate-limit keys that let nobody lock the owner out (IPv6 by
//! /64), and erasure taking shares and export links offline at once.

use chrono::Duration;
use obscura_server::db::entities::{data_export, security_event};
use obscura_shared::{account::Language, i18n::Message, routes};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::browser::user_id;
use crate::helpers::browser::{Browser, PASSWORD, location, path_of, token_of, verified_user};
use crate::helpers::mail::{await_mails, link_in, mail_link, mails_to};
use crate::helpers::{Db, TestApp, html, spawn_app_with, text_of};
use crate::on_both_databases;

async fn failures(app: &TestApp, who: uuid::Uuid, detail: &str) -> usize {
    security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(who))
        .filter(security_event::Column::Kind.eq("sign_in_failed"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        // Details are stored as messages: compared as the English export writes them.
        .filter(|e| {
            e.detail
                .as_deref()
                .is_some_and(|d| Message::from_stored(d).render(Language::En) == detail)
        })
        .count()
}

on_both_databases!(
    the_current_password_check_of_an_email_change_is_throttled_and_logged,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let id = user_id(&app, "ada@example.com").await;
        let mut statuses = Vec::new();
        for _ in 0..6 {
            let res = b
                .post(
                    routes::SETTINGS_EMAIL,
                    &[
                        ("email", "new@example.com"),
                        ("current_password", "wrong guess 1234"),
                    ],
                )
                .await;
            statuses.push(res.status());
        }
        assert_eq!(statuses[..5], [StatusCode::UNPROCESSABLE_ENTITY; 5]);
        assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
        assert_eq!(failures(&app, id, "email change").await, 5);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    email_changes_and_a_first_password_need_a_recent_sign_in,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        // Ada signs in with an emailed link only: no password yet.
        let mut b = Browser::new(&app);
        obscura_server::accounts::create_admin(&app.state, "ada@example.com", "Ada")
            .await
            .unwrap();
        b.post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("action", "link")],
        )
        .await;
        let link = mail_link(&app, "ada@example.com", "sign-in link").await;
        b.post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
            .await;
        assert!(b.cookie.is_some());

        // 16 minutes later, a stolen session can neither add a password nor move the account.
        app.clock.advance(Duration::minutes(16));
        let res = b
            .post(routes::SETTINGS_PASSWORD, &[("new_password", PASSWORD)])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        assert!(
            text_of(&html(&body), "#w-new_password-error").contains("sign in again"),
            "{body}"
        );
        let res = b
            .post(routes::SETTINGS_EMAIL, &[("email", "thief@example.com")])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            text_of(&html(&res.text().await.unwrap()), "#e-email-error").contains("sign in again")
        );
        assert_eq!(mails_to(&app, "thief@example.com").await, 0);

        // Signed in afresh, both work.
        b.post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("action", "link")],
        )
        .await;
        let outbox = await_mails(&app, "ada@example.com", "sign-in link", 2).await;
        let link = link_in(&outbox[0]);
        b.post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
            .await;
        let res = b
            .post(routes::SETTINGS_PASSWORD, &[("new_password", PASSWORD)])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        app.stop().await.unwrap();
    }
);

/// A password sign-in from `ip` (believed from `X-Forwarded-For`: the test's loopback peer is
/// a trusted proxy).
pub(crate) async fn sign_in_from(
    app: &TestApp,
    ip: &str,
    email: &str,
    password: &str,
) -> StatusCode {
    app.client
        .post(app.url(routes::LOGIN))
        .header(
            header::ORIGIN,
            obscura_server::config::origin(&app.state.config.public_url),
        )
        .header("x-forwarded-for", ip)
        .form(&[
            ("email", email),
            ("password", password),
            ("action", "password"),
        ])
        .send()
        .await
        .unwrap()
        .status()
}

on_both_databases!(
    someone_elses_failed_sign_ins_do_not_lock_the_owner_out,
    |db: Db| async move {
        let app = spawn_app_with(db, &[("TRUSTED_PROXIES", "127.0.0.1/32,::1/128")]).await;
        let _ = verified_user(&app, "ada@example.com").await;
        // Mallory guesses from one address until she waits.
        let mut last = StatusCode::OK;
        for _ in 0..6 {
            last = sign_in_from(&app, "198.51.100.7", "ada@example.com", "not her password").await;
        }
        assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
        // Ada, from her own address, signs in at once.
        assert_eq!(
            sign_in_from(&app, "203.0.113.9", "ada@example.com", PASSWORD).await,
            StatusCode::SEE_OTHER
        );
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipv6_clients_are_limited_by_their_64() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("TRUSTED_PROXIES", "127.0.0.1/32,::1/128"),
            ("AUTH_RATE_PER_MINUTE", "5"),
        ],
    )
    .await;
    // Five addresses of one /64, each asking once: the sixth waits, another /64 does not.
    for i in 1..=5 {
        let ip = format!("2001:db8:7:7::{i:x}");
        let email = format!("p{i}@example.com");
        assert_eq!(
            sign_in_from(&app, &ip, &email, "whatever password 1").await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    assert_eq!(
        sign_in_from(
            &app,
            "2001:db8:7:7:ffff::1",
            "p6@example.com",
            "whatever password 1"
        )
        .await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        sign_in_from(
            &app,
            "2001:db8:7:8::1",
            "p7@example.com",
            "whatever password 1"
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    app.stop().await.unwrap();
}

on_both_databases!(
    erasure_takes_shares_and_export_links_offline_until_kept,
    |db: Db| async move {
        let app = crate::helpers::gallery::app_on(db, &[]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let ada = user_id(&app, "ada@example.com").await;
        let generation = crate::helpers::gallery::make(
            &app,
            ada,
            "harbour at dawn",
            1,
            obscura_server::generation::ReferenceInput::None,
        )
        .await;
        let image = crate::helpers::gallery::images_of(&app, generation).await[0]
            .id
            .to_string();
        let share = crate::helpers::gallery::share_it(&app, &mut b, &image, &[]).await;
        let page = routes::share_page(&share.id);
        let picture = format!("{page}/image");
        assert_eq!(app.get(&page).await.status(), StatusCode::OK);
        assert_eq!(app.get(&picture).await.status(), StatusCode::OK);
        b.post(routes::EXPORT_REQUEST, &[]).await;
        app.run_pending_jobs().await;
        let export = mail_link(&app, "ada@example.com", "data export is ready").await;
        assert_eq!(app.get(&path_of(&export)).await.status(), StatusCode::OK);
        assert_eq!(
            data_export::Entity::find()
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .status,
            "ready"
        );

        // Ada asks for her account to be deleted: at once, the share and the export are gone.
        let res = b
            .post(
                routes::ACCOUNT_DELETE,
                &[("password", PASSWORD), ("confirm", "DELETE")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(app.get(&page).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(app.get(&picture).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            app.get(&path_of(&export)).await.status(),
            StatusCode::NOT_FOUND
        );

        // "Keep my account" brings both back.
        let keep = mail_link(&app, "ada@example.com", "will be deleted").await;
        let mut c = Browser::new(&app);
        let res = c
            .post(routes::ERASURE_CANCEL, &[("token", &token_of(&keep))])
            .await;
        assert_eq!(location(&res), "/settings/privacy?notice=account-kept");
        assert_eq!(app.get(&page).await.status(), StatusCode::OK);
        assert_eq!(app.get(&picture).await.status(), StatusCode::OK);
        assert_eq!(app.get(&path_of(&export)).await.status(), StatusCode::OK);
        app.stop().await.unwrap();
    }
);
