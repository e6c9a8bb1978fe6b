//! Signing up: the form refuses bad input field by field, the minimum age, confirming the address by
//! its link, and an unconfirmed sign-up asking for the link again. Promises P-ACC-1, P-ACC-6.

use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, Statement};

use super::field_error;
use crate::helpers::browser::{Browser, PASSWORD, location, sign_in, sign_up, verified_user};
use crate::helpers::mail::await_mails;
use crate::helpers::{Db, spawn_app_with};
use crate::on_both_databases;

on_both_databases!(sign_up_verify_and_sign_in, |db: Db| async move {
    let app = spawn_app_with(db, &[]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let profile = b.get(routes::SETTINGS_PROFILE).await;
    assert_eq!(profile.status(), StatusCode::OK);
    assert_eq!(profile.headers()[header::CACHE_CONTROL], "no-store");
    let body = profile.text().await.unwrap();
    assert!(body.contains("Ada Lovelace"));
    assert!(body.contains("Verified"));
    assert!(!body.contains("data-testid=\"verify-banner\""));

    // Password sign-in in another browser.
    let (mut other, res) = sign_in(&app, "ADA@example.com ", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).starts_with(routes::AFTER_SIGN_IN));
    assert_eq!(
        other.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK
    );

    // P-ACC-1: only email and name are needed; company stays empty.
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT company, email_verified_at IS NOT NULL AS verified FROM users".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<Option<String>>("", "company").unwrap(), None);
    app.stop().await.unwrap();
});

on_both_databases!(
    sign_up_refuses_bad_input_field_by_field,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = Browser::new(&app);
        let res = b
            .post(
                routes::SIGNUP,
                &[
                    ("email", "not-an-address"),
                    ("name", "  "),
                    ("company", "Analytical Engines"),
                    ("language", "en"),
                    ("password", "password1"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        assert!(field_error(&body, "email").contains("like name@example.com"));
        assert!(field_error(&body, "name").contains("Enter your name"));
        assert!(field_error(&body, "password").contains("most common passwords"));
        assert!(field_error(&body, "age_confirmed").contains("at least 16"));
        // The other fields stay filled; the password is never sent back.
        assert!(body.contains("value=\"Analytical Engines\""));
        assert!(body.contains("value=\"not-an-address\""));
        assert!(!body.contains("password1"));

        // Too short, too long; 64 characters accepted.
        for (pw, ok) in [
            ("short", false),
            (&"x1".repeat(65)[..], false),
            (&"a1b2c3d4".repeat(8)[..], true),
        ] {
            let res = b
                .post(
                    routes::SIGNUP,
                    &[
                        ("email", "grace@example.com"),
                        ("name", "Grace"),
                        ("language", "en"),
                        ("password", pw),
                        ("age_confirmed", "on"),
                    ],
                )
                .await;
            assert_eq!(
                res.status() == StatusCode::SEE_OTHER,
                ok,
                "password of {} chars",
                pw.len()
            );
        }
        let users = obscura_server::db::entities::user::Entity::find()
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(users, 1);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn minimum_age_is_configurable_and_enforced() {
    // promise: P-ACC-6
    let app = spawn_app_with(Db::Sqlite, &[("MIN_AGE", "13")]).await;
    let page = app.get(routes::SIGNUP).await.text().await.unwrap();
    assert!(page.contains("I am at least 13 years old."));
    let mut b = Browser::new(&app);
    let res = b
        .post(
            routes::SIGNUP,
            &[
                ("email", "kid@example.com"),
                ("name", "Kid"),
                ("language", "en"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&res.text().await.unwrap(), "age_confirmed").contains("at least 13"));
    assert_eq!(
        obscura_server::db::entities::user::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unconfirmed_sign_ups_cannot_sign_in_and_get_the_link_again() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    sign_up(&app, "ada@example.com").await;
    let (b, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        field_error(&res.text().await.unwrap(), "email")
            .contains("Confirm your email address first")
    );
    assert!(b.cookie.is_none());
    assert_eq!(
        await_mails(&app, "ada@example.com", "Confirm your email", 2)
            .await
            .len(),
        2
    );
    let account = obscura_server::accounts::find_by_email(&app.state, "ada@example.com")
        .await
        .unwrap()
        .unwrap();
    assert!(account.email_verified_at.is_none());

    // A signed-in account with an unconfirmed address (one made by Google before unverified
    // Google addresses were refused) sees a banner and can ask again.
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let mut active = account.into_active_model();
    active.google_sub = Set(Some("legacy-google-sub".into()));
    let account = active.update(&app.db).await.unwrap();
    let s = obscura_server::accounts::sessions::create(
        &app.state,
        account.id,
        &obscura_server::accounts::Client::unknown(),
    )
    .await
    .unwrap();
    let mut b = Browser::new(&app);
    b.cookie = Some(format!("obscura_session={}", s.token));
    let page = b.get(routes::SETTINGS_PROFILE).await.text().await.unwrap();
    assert!(page.contains("data-testid=\"verify-banner\""));
    assert!(page.contains("Not verified yet"));
    let res = b.post(routes::RESEND_VERIFICATION, &[]).await;
    assert_eq!(
        location(&res),
        format!("{}?notice=verification-sent", routes::SETTINGS_PROFILE)
    );
    assert_eq!(
        await_mails(&app, "ada@example.com", "Confirm your email", 3)
            .await
            .len(),
        3
    );
    app.stop().await.unwrap();
}
