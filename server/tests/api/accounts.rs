//! Accounts: sign-up, password / emailed-link / Google sign-in, sessions, profile, security log,
//! cross-site refusal, rate limits. Promises P-ACC-1…6, P-SEC-2, P-SEC-3.

use obscura_server::accounts::crypto;
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, Statement};

use crate::helpers::browser::{
    Browser, PASSWORD, confirm_directly, confirmed, location, path_of, sign_in, sign_up, token_of,
    verified_user,
};
use crate::helpers::mail::{await_mails, link_in, mail_link, mails_to};
use crate::helpers::{
    Db, dump_database, html, spawn_app_with, spawn_production_app, text_of,
};
use crate::on_both_databases;

fn field_error(body: &str, field: &str) -> String {
    text_of(&html(body), &format!("#f-{field}-error"))
}

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

on_both_databases!(password_reset_ends_every_session, |db: Db| async move {
    let app = spawn_app_with(db, &[]).await;
    let mut first = verified_user(&app, "ada@example.com").await;
    let mut b = Browser::new(&app);
    b.post(routes::RESET, &[("email", "ada@example.com")]).await;
    let link = mail_link(&app, "ada@example.com", "Reset your Obscura password").await;
    let token = token_of(&link);
    assert_eq!(b.get(&path_of(&link)).await.status(), StatusCode::OK);

    // A weak new password: the form comes back, still carrying the token.
    let res = b
        .post(
            routes::RESET_CONFIRM,
            &[("token", &token), ("password", "12345678")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(field_error(&body, "password").contains("most common"));
    assert!(body.contains(&token));

    let res = b
        .post(
            routes::RESET_CONFIRM,
            &[("token", &token), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(b.cookie.is_some());
    // The other session is gone; the old password no longer works, the new one does.
    let res = first.get(routes::SETTINGS_PROFILE).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).contains("notice=session-ended"));
    assert_eq!(
        sign_in(&app, "ada@example.com", PASSWORD).await.1.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        sign_in(&app, "ada@example.com", "a brand new passphrase")
            .await
            .1
            .status(),
        StatusCode::SEE_OTHER
    );
    // The link is single use.
    let res = Browser::new(&app)
        .post(
            routes::RESET_CONFIRM,
            &[("token", &token), ("password", "another new passphrase")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::GONE);
    app.stop().await.unwrap();
});

on_both_databases!(sessions_rotate_expire_and_end, |db: Db| async move {
    // P-ACC-5, ASVS 7.2.4 / 7.4.1
    let app = spawn_app_with(db, &[]).await;
    confirmed(&app, "ada@example.com").await;
    let (mut a, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    let first = a.cookie.clone().unwrap();
    let (mut b, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    b.user_agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
    assert_ne!(
        first,
        b.cookie.clone().unwrap(),
        "a new token on every sign-in"
    );
    // The token is 256 bits; only its SHA-256 is stored.
    let token = first.split_once('=').unwrap().1;
    assert!(crypto::looks_like_token(token));
    let sessions = obscura_server::db::entities::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(sessions.len(), 2);
    assert!(
        sessions
            .iter()
            .any(|s| s.token_hash == crypto::digest(token))
    );

    // Signing in again in the same browser replaces the cookie (no fixation).
    let res = a
        .post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_ne!(a.cookie.clone().unwrap(), first);

    // Listed with a current marker; the other one can be ended.
    let page = a.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
    let doc = html(&page);
    let rows = scraper::Selector::parse("[data-testid=session-list] > li").unwrap();
    assert_eq!(doc.select(&rows).count(), 3);
    assert!(page.contains("Firefox on Linux"));
    assert!(page.contains("This device"));
    let b_session = obscura_server::db::entities::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| {
            s.token_hash == crypto::digest(b.cookie.as_ref().unwrap().split_once('=').unwrap().1)
        })
        .unwrap();
    let res = a
        .post(
            routes::SETTINGS_SESSIONS_END,
            &[("session", &b_session.id.to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        b.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER
    );
    // Someone else's (or no) session: 404.
    let res = a
        .post(
            routes::SETTINGS_SESSIONS_END,
            &[("session", &uuid::Uuid::new_v4().to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Sign out everywhere else keeps this one.
    let (mut c, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    a.post(routes::SETTINGS_SESSIONS_END_OTHERS, &[]).await;
    assert_eq!(
        c.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        a.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK
    );

    // Idle expiry: 7 days without use.
    app.clock.advance(chrono::Duration::days(6));
    assert_eq!(
        a.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK,
        "used within 7 days"
    );
    app.clock
        .advance(chrono::Duration::days(7) + chrono::Duration::minutes(1));
    let res = a.get(routes::SETTINGS_PROFILE).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).contains("notice=session-ended"));

    // Absolute expiry: 30 days, however often used.
    let (mut d, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    for _ in 0..4 {
        app.clock.advance(chrono::Duration::days(6));
        assert_eq!(
            d.get(routes::SETTINGS_PROFILE).await.status(),
            StatusCode::OK
        );
    }
    app.clock
        .advance(chrono::Duration::days(6) + chrono::Duration::minutes(1));
    assert_eq!(
        d.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER
    );

    // Sign out: the old cookie is dead on the server.
    let (mut e, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    let old = e.cookie.clone();
    let res = e.post(routes::LOGOUT, &[]).await;
    assert_eq!(
        location(&res),
        format!("{}?notice=signed-out", routes::LOGIN)
    );
    assert!(e.cookie.is_none(), "the cookie is cleared");
    e.cookie = old;
    assert_eq!(
        e.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER
    );
    app.stop().await.unwrap();
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn session_cookie_attributes() {
    // P-SEC-2: over https the cookie is __Host- prefixed and Secure.
    let app = spawn_production_app().await;
    let mut b = Browser::new(&app);
    b.origin = "https://obscura.example".into();
    b.post(
        routes::SIGNUP,
        &[
            ("email", "ada@example.com"),
            ("name", "Ada"),
            ("language", "en"),
            ("password", PASSWORD),
            ("age_confirmed", "on"),
        ],
    )
    .await;
    // No mail leaves this server (its SMTP server is unreachable): confirm the address here.
    confirm_directly(&app, "ada@example.com").await;
    let res = b
        .post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cookie = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("__Host-obscura_session="), "{cookie}");
    for attr in [
        "HttpOnly",
        "Secure",
        "SameSite=Lax",
        "Path=/",
        "Max-Age=2592000",
    ] {
        assert!(cookie.contains(attr), "{attr} missing in {cookie}");
    }
    assert!(!cookie.to_lowercase().contains("domain="));
    app.stop().await.unwrap();

    // Over plain http (development) the cookie has no prefix and no Secure.
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    confirmed(&app, "ada@example.com").await;
    let (_, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
    let cookie = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("obscura_session="));
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && !cookie.contains("Secure")
    );
    app.stop().await.unwrap();
}

on_both_databases!(profile_password_and_email_changes, |db: Db| async move {
    // promise: P-RGT-2 — name, company, language and email address are corrected in settings.
    // (More password checks than the default limit allows one client in a minute.)
    let app = spawn_app_with(db, &[("AUTH_RATE_PER_MINUTE", "100")]).await;
    let mut a = verified_user(&app, "ada@example.com").await;
    let (mut other, _) = sign_in(&app, "ada@example.com", PASSWORD).await;

    // Profile: field errors keep the other values.
    let res = a
        .post(
            routes::SETTINGS_PROFILE,
            &[("name", ""), ("company", "Engines Ltd"), ("language", "xx")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(text_of(&html(&body), "#p-name-error").contains("Enter your name"));
    assert!(body.contains("value=\"Engines Ltd\""));
    let res = a
        .post(
            routes::SETTINGS_PROFILE,
            &[
                ("name", "Augusta Ada King"),
                ("company", "Engines Ltd"),
                ("language", "de"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=saved", routes::SETTINGS_PROFILE)
    );
    let page = a.get(routes::SETTINGS_PROFILE).await.text().await.unwrap();
    assert!(page.contains("Augusta Ada King") && page.contains("<option value=\"de\" selected"));

    // Password: the current one is required.
    let res = a
        .post(
            routes::SETTINGS_PASSWORD,
            &[
                ("current_password", "not it at all"),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of(
            &html(&res.text().await.unwrap()),
            "#w-current_password-error"
        )
        .contains("not your current password")
    );
    let res = a
        .post(
            routes::SETTINGS_PASSWORD,
            &[
                ("current_password", PASSWORD),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        other.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER,
        "other sessions end"
    );
    assert_eq!(
        a.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK,
        "this one stays"
    );

    // Email: a link to the new address, in the account's language; nothing changes until used.
    let res = a
        .post(
            routes::SETTINGS_EMAIL,
            &[
                ("email", "countess@example.com"),
                ("current_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=email-sent", routes::SETTINGS_PROFILE)
    );
    let link = mail_link(&app, "countess@example.com", "neue E-Mail-Adresse").await;
    assert_eq!(
        sign_in(&app, "ada@example.com", "another fine passphrase")
            .await
            .1
            .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(a.get(&path_of(&link)).await.status(), StatusCode::OK);
    let res = a
        .post(routes::EMAIL_CHANGE_CONFIRM, &[("token", &token_of(&link))])
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=email-changed", routes::SETTINGS_PROFILE)
    );
    assert_eq!(
        sign_in(&app, "ada@example.com", "another fine passphrase")
            .await
            .1
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // The old address is told (in the account's language), with a way to react.
    let notice = mail_link(
        &app,
        "ada@example.com",
        "E-Mail-Adresse deines Obscura-Kontos wurde geändert",
    )
    .await;
    assert!(notice.ends_with(routes::SETTINGS_SECURITY));
    mail_link(&app, "ada@example.com", "Obscura-Passwort wurde geändert").await;
    assert_eq!(
        sign_in(&app, "countess@example.com", "another fine passphrase")
            .await
            .1
            .status(),
        StatusCode::SEE_OTHER
    );

    // An address another account uses: the same answer, no link sent.
    sign_up(&app, "grace@example.com").await;
    let before = await_mails(&app, "grace@example.com", "", 1).await.len();
    let res = a
        .post(
            routes::SETTINGS_EMAIL,
            &[
                ("email", "grace@example.com"),
                ("current_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=email-sent", routes::SETTINGS_PROFILE)
    );
    assert_eq!(mails_to(&app, "grace@example.com").await, before);
    app.stop().await.unwrap();
});

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

on_both_databases!(
    security_log_records_events_with_the_ip_policy,
    |db: Db| async move {
        // P-SEC-3
        for (policy, shows_ip, hashed) in [
            ("full", true, false),
            ("hashed", false, true),
            ("none", false, false),
        ] {
            let app = spawn_app_with(db, &[("IP_POLICY", policy)]).await;
            let mut a = verified_user(&app, "ada@example.com").await;
            sign_in(&app, "ada@example.com", "wrong password here").await;
            let (mut chrome, _) = {
                let mut b = Browser::new(&app);
                b.user_agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
                let res = b
                    .post(
                        routes::LOGIN,
                        &[("email", "ada@example.com"), ("password", PASSWORD)],
                    )
                    .await;
                (b, res)
            };
            a.post(
                routes::SETTINGS_PASSWORD,
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "another fine passphrase"),
                ],
            )
            .await;
            chrome.get("/").await;
            let page = a.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
            let log = text_of(&html(&page), "[data-testid=security-log]");
            for expected in [
                "Account created",
                "Email address verified",
                "Signed in",
                "Failed sign-in",
                "Sign-in from a new device",
                "Password changed",
                "Chrome on Windows",
            ] {
                assert!(
                    log.contains(expected),
                    "{policy}: {expected:?} missing in {log}"
                );
            }
            assert_eq!(log.contains("127.0.0.1"), shows_ip, "{policy}");
            // The new device is also reported by mail.
            let link = mail_link(&app, "ada@example.com", "New sign-in").await;
            assert!(link.ends_with(routes::SETTINGS_SECURITY));
            assert_eq!(log.contains("h:"), hashed, "{policy}");
            app.stop().await.unwrap();
        }
    }
);

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn avatars_are_normalised_and_private() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let a = verified_user(&app, "ada@example.com").await;
    let mut png = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    })
    .write_to(&mut png, image::ImageFormat::Png)
    .unwrap();
    let upload = |bytes: Vec<u8>, name: &str| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
        app.client
            .post(app.url(routes::SETTINGS_AVATAR))
            .header(header::COOKIE, a.cookie.clone().unwrap())
            .header("origin", &app.address)
            .multipart(reqwest::multipart::Form::new().part("avatar", part))
            .send()
    };
    let res = upload(b"not an image".to_vec(), "x.png").await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("not a PNG, JPEG or WebP")
    );
    let res = upload(png.into_inner(), "me.png").await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app
        .client
        .get(app.url(routes::SETTINGS_AVATAR))
        .header(header::COOKIE, a.cookie.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "image/png");
    let img = image::load_from_memory(&res.bytes().await.unwrap()).unwrap();
    assert_eq!((img.width(), img.height()), (256, 256));
    // Nobody else sees it.
    assert_eq!(
        app.get(routes::SETTINGS_AVATAR).await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await.unwrap();
}

on_both_databases!(
    the_database_holds_no_plaintext_secrets,
    |db: Db| async move {
        // P-ACC-2, P-ACC-3 (the Google half runs in `google` below when the provider is available).
        let app = spawn_app_with(db, &[]).await;
        let mut a = verified_user(&app, "ada@example.com").await;
        let session_token = a
            .cookie
            .clone()
            .unwrap()
            .split_once('=')
            .unwrap()
            .1
            .to_owned();
        a.post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("action", "link")],
        )
        .await;
        let magic = token_of(&mail_link(&app, "ada@example.com", "sign-in link").await);
        let mut b = Browser::new(&app);
        b.post(routes::RESET, &[("email", "ada@example.com")]).await;
        let reset = token_of(&mail_link(&app, "ada@example.com", "Reset").await);
        b.post(
            routes::RESET_CONFIRM,
            &[("token", &reset), ("password", "a brand new passphrase")],
        )
        .await;
        let dump = dump_database(&app).await;
        assert!(
            dump.contains("ada@example.com"),
            "the dump reads the tables"
        );
        assert!(
            dump.contains("$argon2id$v=19$m=19456,t=2,p=1$"),
            "passwords are Argon2id PHC strings"
        );
        for secret in [
            PASSWORD,
            "a brand new passphrase",
            &session_token,
            &magic,
            &reset,
        ] {
            assert!(
                !dump.contains(secret),
                "found a plaintext secret in the database"
            );
        }
        assert!(dump.contains(&crypto::digest(&magic)), "only the digest");
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_events_are_kept_12_months_and_expired_records_swept() {
    use obscura_server::db::entities::{auth_token, security_event};
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let _a = verified_user(&app, "ada@example.com").await;
    let before = security_event::Entity::find().count(&app.db).await.unwrap();
    assert!(before >= 3);
    app.clock.advance(chrono::Duration::days(364));
    obscura_server::accounts::sessions::sweep_records(&app.state)
        .await
        .unwrap();
    assert_eq!(
        security_event::Entity::find().count(&app.db).await.unwrap(),
        before
    );
    assert_eq!(
        auth_token::Entity::find().count(&app.db).await.unwrap(),
        0,
        "used and expired links are gone"
    );
    app.clock.advance(chrono::Duration::days(2));
    obscura_server::accounts::sessions::sweep_records(&app.state)
        .await
        .unwrap();
    assert_eq!(
        security_event::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_describes_the_configured_account_processing() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("IP_POLICY", "none"),
            ("SESSION_IDLE_DAYS", "3"),
            ("GOOGLE_CLIENT_ID", "id"),
            ("GOOGLE_CLIENT_SECRET", "s"),
            ("SMTP_URL", "smtp://mail.example:25"),
        ],
    )
    .await;
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(policy.contains("no IP address"));
    assert!(policy.contains("3 days without use, or 30 days at most"));
    assert!(policy.contains("Google sign-in") && policy.contains("accounts.google.com"));
    assert!(policy.contains("The mail server mail.example"));
    assert!(
        policy.contains("obscura_session"),
        "the session cookie is declared"
    );
    assert!(policy.contains("obscura_oauth"));
    app.stop().await.unwrap();

    let app = spawn_app_with(Db::Sqlite, &[("IP_POLICY", "hashed")]).await;
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(policy.contains("a salted hash of the IP address"));
    assert!(!policy.contains("Google sign-in"));
    assert!(
        !policy.contains("obscura_oauth"),
        "its cookie is declared only with Google"
    );
    assert!(!policy.contains("Email delivery"));
    app.stop().await.unwrap();
}
