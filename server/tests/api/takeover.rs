//! Pre-account takeover and data reaching an account by its address: an address nobody has
//! proven is not an account anybody owns. Each test is the attack, step by step.

use object_store::ObjectStore as _;
use obscura_server::{
    accounts::Client,
    db::entities::{security_event, session, support_message, user},
};
use obscura_shared::routes;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::browser::{Browser, PASSWORD, location, path_of, sign_in, sign_up, token_of};
use crate::helpers::mail::{await_mails, link_in, mail_link, outbox};
use crate::helpers::{Db, TestApp, html, spawn_app_with, text_of};
use crate::on_both_databases;

const ALICE: &str = "alice@example.com";
const MALLORY_PASSWORD: &str = "mallory picked this one 7";

/// Mallory signs up with Alice's address, from her own browser, with a name of her choosing.
async fn mallory_signs_up_as_alice(app: &TestApp) -> Browser<'_> {
    let mut m = Browser::new(app);
    let res = m
        .post(
            routes::SIGNUP,
            &[
                ("email", ALICE),
                ("name", "Mallory Phish"),
                ("company", ""),
                ("language", "en"),
                ("password", MALLORY_PASSWORD),
                ("age_confirmed", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    m
}

async fn row(app: &TestApp, email: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// A browser holding a session that was started for `user_id` directly (as one started before
/// sign-in required a confirmed address would have been).
async fn legacy_session<'a>(app: &'a TestApp, user_id: uuid::Uuid) -> Browser<'a> {
    let s = obscura_server::accounts::sessions::create(&app.state, user_id, &Client::unknown())
        .await
        .unwrap();
    let mut b = Browser::new(app);
    b.cookie = Some(format!("obscura_session={}", s.token));
    b
}

/// Whether `b` still opens an account page (rather than being sent to sign in).
async fn opens_account(b: &mut Browser<'_>) -> bool {
    let res = b.get(routes::SETTINGS_PROFILE).await;
    res.status() == StatusCode::OK
}

async fn event_kinds(app: &TestApp, user_id: uuid::Uuid) -> Vec<String> {
    security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user_id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

on_both_databases!(
    pre_account_takeover_by_an_unconfirmed_sign_up_fails,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;

        // 1. Mallory signs up with Alice's address and never confirms it.
        let _ = mallory_signs_up_as_alice(&app).await;
        let pending = row(&app, ALICE).await;
        assert!(pending.email_verified_at.is_none());
        assert_eq!(
            obscura_server::credits::balance(&app.db, pending.id)
                .await
                .unwrap(),
            0,
            "no credits before the address is proven"
        );

        // 2. She signs in with the password she chose: refused, no session.
        let (m, res) = sign_in(&app, ALICE, MALLORY_PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        assert!(
            text_of(&html(&body), "#f-email-error").contains("Confirm your email address first"),
            "{body}"
        );
        assert!(m.cookie.is_none());
        assert!(
            event_kinds(&app, pending.id)
                .await
                .contains(&"unconfirmed_sign_in_refused".to_owned())
        );
        // And a session she might hold from before this rule opens nothing.
        let mut old = legacy_session(&app, pending.id).await;
        assert!(!opens_account(&mut old).await);
        let mut kept = legacy_session(&app, pending.id).await;

        // 3. Later Alice signs in with an emailed link.
        let mut alice = Browser::new(&app);
        let res = alice
            .post(routes::LOGIN, &[("email", ALICE), ("action", "link")])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let link = mail_link(&app, ALICE, "sign-in link").await;
        assert_eq!(alice.get(&path_of(&link)).await.status(), StatusCode::OK);
        let res = alice
            .post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            location(&res),
            format!("{}?notice=earlier-access-removed", routes::SETTINGS_PROFILE)
        );
        assert!(alice.cookie.is_some());
        // She is told in words what happened.
        let page = alice.get(&location(&res)).await.text().await.unwrap();
        assert!(page.contains("the password chosen then"), "{page}");
        let told = await_mails(&app, ALICE, "yours alone", 1).await;
        assert!(told[0].email.text.contains("password chosen at sign-up"));

        // 4. Mallory's session from before is void, and her password no longer signs in.
        assert!(!opens_account(&mut kept).await);
        let (m, res) = sign_in(&app, ALICE, MALLORY_PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(m.cookie.is_none());
        let owned = row(&app, ALICE).await;
        assert!(owned.password_hash.is_none() && owned.email_verified_at.is_some());
        assert_eq!(
            session::Entity::find()
                .filter(session::Column::UserId.eq(owned.id))
                .count(&app.db)
                .await
                .unwrap(),
            1,
            "only Alice's own session"
        );
        assert!(
            event_kinds(&app, owned.id)
                .await
                .contains(&"earlier_access_removed".to_owned())
        );
        // 5. The credits arrive with the proof; nothing Mallory typed reached Alice's inbox.
        assert_eq!(
            obscura_server::credits::balance(&app.db, owned.id)
                .await
                .unwrap(),
            i64::from(app.state.config.signup_credits)
        );
        let outbox = outbox(&app).await;
        let to_alice: Vec<_> = outbox.iter().filter(|m| m.email.to == ALICE).collect();
        assert!(to_alice.len() >= 3, "confirmation, again, link, notice");
        for m in to_alice {
            assert!(
                !m.email.text.contains("Mallory") && !m.email.html.contains("Mallory"),
                "the sign-up's name stays out of mail to an unproven address: {}",
                m.email.subject
            );
        }
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    a_confirmation_link_keeps_the_password_only_in_the_browser_that_signed_up,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;

        // Grace signs up and confirms in the same browser: her password is kept.
        let mut grace = sign_up(&app, "grace@example.com").await;
        let link = mail_link(&app, "grace@example.com", "Confirm your email").await;
        let res = grace
            .post(routes::VERIFY_EMAIL, &[("token", &token_of(&link))])
            .await;
        assert_eq!(
            location(&res),
            format!("{}?notice=welcome", routes::AFTER_SIGN_IN)
        );
        let (_, res) = sign_in(&app, "grace@example.com", PASSWORD).await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "the password still works"
        );

        // Mallory signs up as Alice; Alice opens the confirmation link in her own browser: the
        // address is hers, Mallory's password is not.
        let _ = mallory_signs_up_as_alice(&app).await;
        let link = mail_link(&app, ALICE, "Confirm your email").await;
        let mut alice = Browser::new(&app);
        let res = alice
            .post(routes::VERIFY_EMAIL, &[("token", &token_of(&link))])
            .await;
        assert_eq!(
            location(&res),
            format!("{}?notice=earlier-access-removed", routes::SETTINGS_PROFILE)
        );
        assert!(alice.cookie.is_some());
        let (_, res) = sign_in(&app, ALICE, MALLORY_PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(row(&app, ALICE).await.password_hash.is_none());

        // A forged binding cookie (another account's, or made up) keeps nothing either.
        sign_up(&app, "bob@example.com").await;
        let link = mail_link(&app, "bob@example.com", "Confirm your email").await;
        let mut forger = Browser::new(&app);
        forger.signup = grace.signup.clone();
        forger
            .post(routes::VERIFY_EMAIL, &[("token", &token_of(&link))])
            .await;
        assert!(row(&app, "bob@example.com").await.password_hash.is_none());
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    a_reset_link_on_an_unconfirmed_sign_up_voids_what_came_before,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let _ = mallory_signs_up_as_alice(&app).await;
        let pending = row(&app, ALICE).await;
        let mut old = legacy_session(&app, pending.id).await;

        // Alice asks for a password reset and chooses her own password.
        let mut alice = Browser::new(&app);
        alice.post(routes::RESET, &[("email", ALICE)]).await;
        let link = mail_link(&app, ALICE, "password").await;
        let res = alice
            .post(
                routes::RESET_CONFIRM,
                &[("token", &token_of(&link)), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(!opens_account(&mut old).await);
        let (_, res) = sign_in(&app, ALICE, MALLORY_PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let (_, res) = sign_in(&app, ALICE, PASSWORD).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    support_messages_reach_an_account_only_by_its_id_or_a_proven_address,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;

        // Alice, without an account, writes to support with a screenshot.
        let mut visitor = Browser::new(&app);
        let f = crate::helpers::generation::form(&[
            ("email", ALICE),
            ("topic", "bug"),
            ("message", "Here is my private screenshot of the problem."),
        ])
        .part(
            "attachment",
            reqwest::multipart::Part::bytes(crate::fakes::tiny_png(40, 30)).file_name("shot.png"),
        );
        let res = visitor.post_multipart(routes::SUPPORT, f).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let message = support_message::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let key = message.attachment_key.clone().unwrap();

        // Mallory signs up as alice@…: the unproven account reaches none of it — not in an export
        // (she cannot even sign in to ask for one) and not by erasing that account.
        let _ = mallory_signs_up_as_alice(&app).await;
        let (_, res) = sign_in(&app, ALICE, MALLORY_PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let pending = row(&app, ALICE).await;
        let (docs, keys) = obscura_server::support::export_for_user(&app.state, &pending)
            .await
            .unwrap();
        assert_eq!(docs, serde_json::json!([]));
        assert!(keys.is_empty());
        obscura_server::privacy::erasure::purge_user(&app.state, pending.id)
            .await
            .unwrap();
        assert_eq!(
            support_message::Entity::find()
                .count(&app.db)
                .await
                .unwrap(),
            1,
            "Alice's message survives the erasure of an account that merely claimed her address"
        );
        assert!(
            app.state
                .storage
                .store
                .head(&object_store::path::Path::from(key.as_str()))
                .await
                .is_ok()
        );

        // Once Alice signs up herself and proves the address, her message is hers: in her export.
        let links = |mails: Vec<obscura_server::mail::Stored>| -> Vec<String> {
            mails.iter().map(link_in).collect()
        };
        // Mallory's sign-up and her refused sign-in each sent one.
        let old = links(await_mails(&app, ALICE, "Confirm your email", 2).await);
        let mut alice = sign_up(&app, ALICE).await;
        let link = await_mails(&app, ALICE, "Confirm your email", 3)
            .await
            .iter()
            .map(link_in)
            .find(|l| !old.contains(l))
            .unwrap();
        let res = alice
            .post(routes::VERIFY_EMAIL, &[("token", &token_of(&link))])
            .await;
        assert_eq!(
            location(&res),
            format!("{}?notice=welcome", routes::AFTER_SIGN_IN)
        );
        let owner = row(&app, ALICE).await;
        let (docs, keys) = obscura_server::support::export_for_user(&app.state, &owner)
            .await
            .unwrap();
        assert_eq!(docs.as_array().unwrap().len(), 1);
        assert_eq!(keys, vec![key]);
        app.stop().await.unwrap();
    }
);
