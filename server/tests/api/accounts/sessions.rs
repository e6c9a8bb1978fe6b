//! Sessions: rotation, idle and absolute expiry, ending one or all others, signing out, and the
//! cookie's attributes. Promises P-ACC-5, P-SEC-2.

use obscura_server::accounts::crypto;
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::EntityTrait;

use crate::helpers::browser::{Browser, PASSWORD, confirm_directly, confirmed, location, sign_in};
use crate::helpers::{Db, html, spawn_app_with, spawn_production_app};
use crate::on_both_databases;

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

on_both_databases!(
    the_security_page_shows_details_and_devices_in_the_account_s_language,
    |db: Db| async move {
        use obscura_server::accounts::{Client, events, events::EventKind};
        use obscura_server::db::entities::security_event;
        use obscura_shared::i18n::Message;
        use sea_orm::{ActiveModelTrait, Set};

        let app = spawn_app_with(db, &[]).await;
        confirmed(&app, "ada@example.com").await;
        let (mut a, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
        // A second browser, signed out from the first: "1 other session".
        let (_b, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
        a.post(routes::SETTINGS_SESSIONS_END_OTHERS, &[]).await;
        let res = a
            .post(routes::LANGUAGE, &[("language", "de"), ("back", "/")])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let id = obscura_server::accounts::find_by_email(&app.state, "ada@example.com")
            .await
            .unwrap()
            .unwrap()
            .id;
        // A passkey's name is data: shown as it is, inside the translated detail. A long one
        // (the longest allowed) still fits the column.
        let name = format!("Laptop „Arbeit“ {}", "x".repeat(43));
        let chrome = Client::new(
            Some(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
            ),
            None,
        );
        events::record(
            &app.state,
            id,
            EventKind::TwoStepAdded,
            Some(Message::new("security-detail-passkey").arg("name", &name)),
            &chrome,
        )
        .await;
        // A row written before details were messages: its plain text as it is.
        security_event::ActiveModel {
            id: Set(uuid::Uuid::new_v4()),
            user_id: Set(id),
            kind: Set(EventKind::SignInFailed.code().to_owned()),
            detail: Set(Some("password change".into())),
            device: Set(Some("Unknown browser on Linux".into())),
            ip: Set(None),
            created_at: Set(app.clock_now()),
        }
        .insert(&app.db)
        .await
        .unwrap();

        let page = a.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
        assert!(page.contains(r#"<html lang="de""#));
        // (Leptos marks the end of each text it rendered with `<!>`.)
        for german in [
            "Firefox unter Linux",
            "Chrome unter Windows",
            "Unbekannter Browser unter Linux",
            "Angemeldet<!> · Passwort<",
            "Sitzung beendet<!> · 1 weitere Sitzung<",
            "Konto erstellt<!> · E-Mail-Adresse und Passwort<",
            &format!("Zwei-Schritt-Verifizierung hinzugefügt<!> · Passkey „{name}“<"),
            "Fehlgeschlagene Anmeldung (falsches Passwort)<!> · password change<",
        ] {
            assert!(
                page.contains(german),
                "{german:?} in the German security page"
            );
        }
        for english in [" on Linux", " on Windows", "other session", "{\""] {
            assert!(!page.contains(english), "no {english:?} in the German page");
        }
        app.stop().await.unwrap();
    }
);
