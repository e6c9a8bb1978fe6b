//! Two-step verification: setting up an authenticator app, the second step of every sign-in,
//! recovery codes, the pending sign-in's binding to its browser, its expiry and its limit, the
//! recent sign-in changes need, and admins without it when it is required. Codes are computed
//! here with the same RFC 6238 implementation (`totp-rs`).

use chrono::Duration;
use obscura_server::db::entities::{mfa_totp, security_event};
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::helpers::browser::{
    Browser, PASSWORD, location, path_of, sign_in, token_of, verified_user,
};
use crate::helpers::dump_database;
use crate::helpers::mail::{await_mails, mail_link};
use crate::helpers::{Db, TestApp, html, spawn_app_with, spawn_production_app, text_of};
use crate::on_both_databases;

const EMAIL: &str = "ada@example.com";

/// The code an authenticator app shows now for `secret` (base32).
fn code_now(app: &TestApp, secret: &str) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let totp = TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, None, "x".into()).unwrap();
    totp.generate(u64::try_from(app.clock_now().timestamp()).unwrap())
}

/// Sets up an authenticator app for a signed-in browser; returns its secret and the recovery
/// codes shown once.
async fn enrol(app: &TestApp, b: &mut Browser<'_>) -> (String, Vec<String>) {
    let res = b.post(routes::SETTINGS_TOTP_START, &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let body = b.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
    let doc = html(&body);
    let secret = text_of(&doc, "[data-testid=totp-secret]");
    assert_eq!(secret.len(), 32, "160 bits in base32");
    assert!(
        body.contains("<svg role=\"img\""),
        "the QR code is drawn here"
    );
    // The secret is sealed at rest.
    let row = mfa_totp::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!row.secret_sealed.contains(&secret));
    assert!(row.confirmed_at.is_none());

    let wrong = b
        .post(routes::SETTINGS_TOTP_CONFIRM, &[("code", "000000")])
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = b
        .post(
            routes::SETTINGS_TOTP_CONFIRM,
            &[("code", &code_now(app, &secret))],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let body = res.text().await.unwrap();
    let doc = html(&body);
    let sel = scraper::Selector::parse("[data-testid=recovery-codes] li").unwrap();
    let codes: Vec<String> = doc
        .select(&sel)
        .map(|e| e.text().collect::<String>())
        .collect();
    assert_eq!(codes.len(), 10);
    await_mails(app, EMAIL, "Two-step verification is on", 1).await;
    (secret, codes)
}

async fn events(app: &TestApp, kind: &str) -> u64 {
    security_event::Entity::find()
        .filter(security_event::Column::Kind.eq(kind))
        .count(&app.db)
        .await
        .unwrap()
}

/// Signs in with the password and checks that it stops at the second step.
async fn password_step(app: &TestApp) -> Browser<'_> {
    let (b, res) = sign_in(app, EMAIL, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(
        location(&res).starts_with(&format!("{}?next=", routes::LOGIN_VERIFY)),
        "{}",
        location(&res)
    );
    assert!(b.cookie.is_none(), "no session before the second step");
    assert!(b.two_step.is_some());
    b
}

on_both_databases!(
    password_then_authenticator_code_signs_in,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = verified_user(&app, EMAIL).await;
        let (secret, _) = enrol(&app, &mut b).await;
        let enrolment_code = code_now(&app, &secret);
        b.post(routes::LOGOUT, &[]).await;

        let mut b = password_step(&app).await;
        // The pending sign-in reaches no account page.
        for page in routes::ACCOUNT_PAGES {
            let res = b.get(page).await;
            assert_eq!(res.status(), StatusCode::SEE_OTHER, "{page}");
            assert!(location(&res).starts_with(routes::LOGIN), "{page}");
        }
        assert_eq!(b.get(routes::LOGIN_VERIFY).await.status(), StatusCode::OK);

        // A wrong code is refused and logged.
        let res = b.post(routes::LOGIN_VERIFY, &[("code", "123456")]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains("4 tries left"));
        assert_eq!(events(&app, "two_step_failed").await, 1);
        // The code used to set the app up is not accepted twice.
        let res = b
            .post(routes::LOGIN_VERIFY, &[("code", &enrolment_code)])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(b.cookie.is_none());

        // The next code signs in, and goes where the sign-in was going.
        app.clock.advance(Duration::seconds(30));
        let code = code_now(&app, &secret);
        let res = b.post(routes::LOGIN_VERIFY, &[("code", &code)]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).starts_with(routes::AFTER_SIGN_IN));
        assert!(b.cookie.is_some());
        assert!(b.two_step.is_none(), "the two-step cookie is cleared");
        let body = b.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
        assert!(body.contains("password + authenticator app"));
        assert!(body.contains("10 of 10 left"));
        // The same code does not work a second time, even in a new sign-in.
        b.post(routes::LOGOUT, &[]).await;
        let mut b = password_step(&app).await;
        let res = b.post(routes::LOGIN_VERIFY, &[("code", &code)]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
);

on_both_databases!(a_recovery_code_works_once, |db: Db| async move {
    let app = spawn_app_with(db, &[]).await;
    let mut b = verified_user(&app, EMAIL).await;
    let (secret, codes) = enrol(&app, &mut b).await;
    // Neither the secret nor a code is stored in clear.
    let dump = dump_database(&app).await;
    assert!(!dump.contains(&secret));
    for c in &codes {
        assert!(!dump.contains(c.as_str()) && !dump.contains(&c.replace('-', "")));
    }
    b.post(routes::LOGOUT, &[]).await;

    let mut b = password_step(&app).await;
    // Typed in capitals, with spaces: still the code.
    let typed = format!(" {} ", codes[0].to_uppercase());
    let res = b.post(routes::LOGIN_VERIFY, &[("code", &typed)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(b.cookie.is_some());
    await_mails(&app, EMAIL, "recovery code was used", 1).await;
    assert_eq!(events(&app, "recovery_code_used").await, 1);
    let body = b.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
    assert!(body.contains("9 of 10 left"));
    b.post(routes::LOGOUT, &[]).await;

    let mut b = password_step(&app).await;
    let res = b.post(routes::LOGIN_VERIFY, &[("code", &codes[0])]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(b.cookie.is_none());
    let res = b.post(routes::LOGIN_VERIFY, &[("code", &codes[1])]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // New codes replace the old ones.
    let res = b.post(routes::SETTINGS_RECOVERY_CODES, &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    await_mails(&app, EMAIL, "New recovery codes", 1).await;
    b.post(routes::LOGOUT, &[]).await;
    let mut b = password_step(&app).await;
    let res = b.post(routes::LOGIN_VERIFY, &[("code", &codes[2])]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
});

on_both_databases!(
    a_pending_sign_in_is_bound_to_its_browser_and_expires,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = verified_user(&app, EMAIL).await;
        let (secret, _) = enrol(&app, &mut b).await;
        b.post(routes::LOGOUT, &[]).await;
        app.clock.advance(Duration::seconds(30));

        let mut a = password_step(&app).await;
        // Another browser, without the cookie, gets nowhere with a right code.
        let mut other = Browser::new(&app);
        let res = other.get(routes::LOGIN_VERIFY).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&res), "/login?notice=two-step-expired");
        let res = other
            .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(other.cookie.is_none());
        // A forged cookie neither.
        other.two_step = Some(format!("obscura_two_step={}", "A".repeat(43)));
        let res = other
            .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
            .await;
        assert_eq!(location(&res), "/login?notice=two-step-expired");

        // After 5 minutes the pending sign-in is void.
        app.clock
            .advance(Duration::minutes(5) + Duration::seconds(1));
        let res = a
            .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&res), "/login?notice=two-step-expired");
        assert!(a.cookie.is_none());

        // Five wrong codes void it too.
        let mut a = password_step(&app).await;
        for _ in 0..5 {
            let res = a.post(routes::LOGIN_VERIFY, &[("code", "111111")]).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        let res = a
            .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
            .await;
        assert_eq!(location(&res), "/login?notice=two-step-expired");
        assert!(a.cookie.is_none());
        assert_eq!(events(&app, "two_step_failed").await, 5);
    }
);

on_both_databases!(
    an_emailed_link_also_asks_for_the_second_step,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = verified_user(&app, EMAIL).await;
        let (secret, _) = enrol(&app, &mut b).await;
        b.post(routes::LOGOUT, &[]).await;
        app.clock.advance(Duration::seconds(30));

        let mut b = Browser::new(&app);
        b.post(routes::LOGIN, &[("email", EMAIL), ("action", "link")])
            .await;
        let link = mail_link(&app, EMAIL, "sign-in link").await;
        b.get(&path_of(&link)).await;
        let res = b
            .post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
            .await;
        assert!(location(&res).starts_with(routes::LOGIN_VERIFY));
        assert!(b.cookie.is_none());
        let res = b
            .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(b.cookie.is_some());
    }
);

on_both_databases!(changes_need_a_recent_sign_in, |db: Db| async move {
    let app = spawn_app_with(db, &[]).await;
    let mut b = verified_user(&app, EMAIL).await;
    let (secret, _) = enrol(&app, &mut b).await;
    app.clock.advance(Duration::minutes(16));

    for path in [
        routes::SETTINGS_TOTP_REMOVE,
        routes::SETTINGS_RECOVERY_CODES,
    ] {
        let res = b.post(path, &[]).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        assert!(res.text().await.unwrap().contains("sign in again"));
    }
    assert!(
        mfa_totp::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );

    // Signed in again (both steps), the app can be removed.
    b.post(routes::LOGOUT, &[]).await;
    let mut b = password_step(&app).await;
    let res = b
        .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = b.post(routes::SETTINGS_TOTP_REMOVE, &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).contains("two-step-removed"));
    await_mails(&app, EMAIL, "was removed", 1).await;
    assert_eq!(events(&app, "two_step_removed").await, 1);
    // Without a second step, the password alone signs in again.
    b.post(routes::LOGOUT, &[]).await;
    let (b, res) = sign_in(&app, EMAIL, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(b.cookie.is_some());

    // A stranger cannot set anything up.
    let mut stranger = Browser::new(&app);
    let res = stranger.post(routes::SETTINGS_TOTP_START, &[]).await;
    assert!(location(&res).starts_with(routes::LOGIN));
});

on_both_databases!(
    admins_without_two_step_are_refused_when_it_is_required,
    |db: Db| async move {
        let app = spawn_app_with(db, &[("ADMIN_REQUIRE_MFA", "true")]).await;
        let link = obscura_server::accounts::create_admin(&app.state, EMAIL, "Ops")
            .await
            .unwrap();
        let mut ops = Browser::new(&app);
        ops.get(&path_of(&link)).await;
        let res = ops
            .post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        for page in routes::ADMIN_PAGES {
            let res = ops.get(page).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{page}");
            let body = res.text().await.unwrap();
            assert!(body.contains("Two-step verification needed"));
            assert!(body.contains(routes::SETTINGS_SECURITY));
        }
        // The console's actions too: nothing reaches them without the second step.
        for action in [
            routes::ADMIN_REQUESTS_DONE,
            routes::ADMIN_USERS_CREDITS,
            routes::ADMIN_USERS_SUSPEND,
            routes::ADMIN_USERS_ROLE,
            routes::ADMIN_USERS_SESSIONS_END,
            routes::ADMIN_USERS_DELETE,
            routes::ADMIN_REPORTS_DECIDE,
            routes::ADMIN_SETTINGS_BLOCKLIST,
            routes::ADMIN_SETTINGS_MODEL,
        ] {
            let res = ops.post(action, &[("id", "x")]).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{action}");
        }

        enrol(&app, &mut ops).await;
        for page in routes::ADMIN_PAGES {
            assert_eq!(ops.get(page).await.status(), StatusCode::OK, "{page}");
        }
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_two_step_is_required_by_default_in_production_only() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    assert!(!app.state.config.admin_require_mfa);
    app.stop().await.unwrap();
    let app = spawn_production_app().await;
    assert!(app.state.config.admin_require_mfa);
    app.stop().await.unwrap();
}
