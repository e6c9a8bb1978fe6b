//! What an account leaves behind: the security log under each IP policy (P-SEC-3), no plaintext
//! secrets in the database (P-ACC-2, P-ACC-3), how long records are kept, and the privacy policy's
//! account of it.

use obscura_server::accounts::crypto;
use obscura_shared::routes;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::browser::{Browser, PASSWORD, sign_in, token_of, verified_user};
use crate::helpers::mail::mail_link;
use crate::helpers::{Db, dump_database, html, spawn_app_with, text_of};
use crate::on_both_databases;

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
