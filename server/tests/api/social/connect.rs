//! Connecting and disconnecting: scopes (P-SOC-3), the browser-bound flow, what is stored
//! (P-SOC-4), tokens sealed (P-SOC-1), refresh, rotation, revocation on disconnect (P-SOC-5).

use obscura_server::db::entities::{social_connection, social_target};
use obscura_shared::{routes, social::fields};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::*;
use crate::{
    helpers::{browser::verified_user, dump_database},
    on_both_databases,
};

on_both_databases!(
    connecting_x_stores_who_and_seals_the_tokens,
    connecting_x_stores_who_and_seals_the_tokens
);
async fn connecting_x_stores_who_and_seals_the_tokens(db: Db) {
    let fake = Fake::start();
    let app = app_with_fake(db, &fake).await;
    let mut b = verified_user(&app, "ada@example.com").await;

    // promise: P-SOC-3 — exactly the scopes needed to post, with PKCE S256 and a state.
    let (authorize, cookie) = start(&mut b, "x").await;
    let url = url::Url::parse(&authorize).unwrap();
    let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(
        q["scope"],
        "tweet.read tweet.write users.read media.write offline.access"
    );
    assert_eq!(q["code_challenge_method"], "S256");
    assert!(q["state"].len() >= 16);
    assert_eq!(
        q["redirect_uri"],
        format!("{}/connections/x/callback", app.address)
    );

    let page = reqwest::get(&authorize)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let landed = follow(&b, &link(&page, "allow"), &cookie).await;
    assert_eq!(landed, "/settings/connections?notice=connected");

    // promise: P-SOC-4 — who, where to, scopes and expiry are stored.
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (c.platform.as_str(), c.platform_user_id.as_str()),
        ("x", "2244994945")
    );
    assert_eq!(c.username.as_deref(), Some("ada_fake"));
    assert_eq!(c.display_name, "Ada Fake");
    assert!(c.scopes.contains("tweet.write"));
    assert!(c.expires_at.is_some());
    let t = social_target::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((t.name.as_str(), t.chosen), ("@ada_fake", true));

    // promise: P-SOC-1 — no token the platform issued is anywhere in the database in clear.
    let dump = dump_database(&app).await;
    assert!(
        dump.contains("ada_fake"),
        "the dump reads the social tables"
    );
    let issued = fake.tokens().await;
    assert!(issued.len() >= 2, "{issued:?}");
    for token in &issued {
        assert!(
            !dump.contains(token.as_str()),
            "a token in clear in the database"
        );
    }
    assert!(
        c.access_token.starts_with("k1."),
        "{}",
        &c.access_token[..3]
    );

    // The policy names every configured platform as a recipient, with its scopes.
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    for needle in [
        "X (publishing)",
        "tweet.write",
        "Meta: Facebook Pages and Instagram",
        "pins:write",
        "w_member_social",
    ] {
        assert!(policy.contains(needle), "{needle}");
    }
    // The page lists it with its scopes.
    let page = b
        .get(routes::SETTINGS_CONNECTIONS)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Ada Fake") && page.contains("media.write"),
        "{page}"
    );

    // promise: P-SOC-5 — disconnecting revokes at X and deletes the tokens at once.
    let res = b
        .post(
            routes::CONNECTION_DISCONNECT,
            &[(fields::CONNECTION, &c.id.to_string())],
        )
        .await;
    assert_eq!(location(&res), "/settings/connections?notice=disconnected");
    let revoked = fake.log("revoke").await;
    assert!(!revoked.is_empty(), "X was asked to revoke");
    assert!(
        social_connection::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        social_target::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    app.stop().await.unwrap();
}

on_both_databases!(
    a_connection_attempt_belongs_to_its_browser_and_account,
    a_connection_attempt_belongs_to_its_browser_and_account
);
async fn a_connection_attempt_belongs_to_its_browser_and_account(db: Db) {
    let fake = Fake::start();
    let app = app_with_fake(db, &fake).await;
    let mut ada = verified_user(&app, "ada@example.com").await;
    let mut eve = verified_user(&app, "eve@example.com").await;
    let (allow, cookie) = allow_link(&mut ada, "x", "allow").await;
    // Another account (with the stolen binding cookie, even) cannot finish it; nor can Ada
    // without her browser's cookie; a used attempt does not work twice.
    let (_, eve_cookie) = start(&mut eve, "x").await;
    let expired = "/settings/connections?notice=connect-expired";
    assert_eq!(follow(&eve, &allow, &cookie).await, expired);
    let (allow, _) = allow_link(&mut ada, "x", "allow").await;
    assert_eq!(follow(&ada, &allow, &eve_cookie).await, expired);
    let (allow, cookie) = allow_link(&mut ada, "x", "allow").await;
    let connected = "/settings/connections?notice=connected";
    assert_eq!(follow(&ada, &allow, &cookie).await, connected);
    assert_eq!(follow(&ada, &allow, &cookie).await, expired);
    // Cancelling at the platform connects nothing.
    let (deny, cookie) = allow_link(&mut ada, "pinterest", "deny").await;
    let cancelled = "/settings/connections?notice=connect-cancelled";
    assert_eq!(follow(&ada, &deny, &cookie).await, cancelled);
    assert_eq!(
        social_connection::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        1
    );
    // Another account cannot disconnect it or change its targets.
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let res = eve
        .post(
            routes::CONNECTION_DISCONNECT,
            &[(fields::CONNECTION, &c.id.to_string())],
        )
        .await;
    assert_eq!(res.status(), 404);
    let res = eve
        .post(
            routes::CONNECTION_TARGETS,
            &[(fields::CONNECTION, &c.id.to_string())],
        )
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        social_connection::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        1
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refresh_runs_before_expiry_and_a_refused_refresh_asks_to_reconnect() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let before = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // The refresh job is due ten minutes before the two-hour access expires.
    app.clock.advance(chrono::Duration::minutes(111));
    app.run_pending_jobs().await;
    let after = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(fake.log("refresh").await.len(), 1);
    assert_ne!(after.access_token, before.access_token);
    assert_ne!(
        after.refresh_token, before.refresh_token,
        "X rotates refresh tokens"
    );
    assert!(after.expires_at > before.expires_at);
    assert_eq!(after.status, "active");

    // The next refresh is refused: "reconnect needed", shown on the page.
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "refresh_fails"}),
    )
    .await;
    app.clock.advance(chrono::Duration::minutes(115));
    app.run_pending_jobs().await;
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, "reconnect");
    let page = b
        .get(routes::SETTINGS_CONNECTIONS)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Reconnect"), "{page}");
    assert!(
        page.contains("The platform no longer accepts this connection."),
        "{page}"
    );
    // The reason is stored once and read in each reader's language.
    speaks(
        &app,
        "ada@example.com",
        obscura_shared::account::Language::De,
    )
    .await;
    let page = b
        .get(routes::SETTINGS_CONNECTIONS)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Die Plattform akzeptiert diese Verbindung nicht mehr."),
        "{page}"
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_rotate_reseals_every_token_and_they_still_work() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    connect(&mut b, &fake, "facebook").await;
    let before: Vec<_> = social_target::Entity::find()
        .filter(social_target::Column::Token.is_not_null())
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        before
            .iter()
            .all(|t| t.token.as_deref().unwrap().starts_with("k1."))
    );
    let rotated = obscura_server::social::seal::rotate(&app.state)
        .await
        .unwrap();
    assert_eq!(rotated.key_id, 2);
    // X: access + refresh; Facebook: the user token and two page tokens.
    assert_eq!(rotated.tokens, 2 + 1 + 2);
    for c in social_connection::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
    {
        assert!(c.access_token.starts_with("k2."));
        let (access, _) = obscura_server::social::tokens(&app.state, &c).unwrap();
        assert!(fake.tokens().await.contains(&access));
    }
    // A sealed token copied to another row does not open there.
    let rows = social_connection::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    let mut swapped = rows[0].clone();
    swapped.access_token = rows[1].access_token.clone();
    assert!(obscura_server::social::tokens(&app.state, &swapped).is_err());
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_platform_asks_only_what_publishing_needs_and_no_token_is_kept_in_clear() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    // promise: P-SOC-3 — the scopes of every platform, exactly.
    for (platform, scope) in [
        (
            "x",
            "tweet.read tweet.write users.read media.write offline.access",
        ),
        ("linkedin", "openid profile w_member_social"),
        (
            "linkedin_page",
            "openid profile w_organization_social r_organization_social",
        ),
        (
            "facebook",
            "pages_show_list,pages_read_engagement,pages_manage_posts",
        ),
        (
            "instagram",
            "instagram_basic,instagram_content_publish,pages_show_list,pages_read_engagement",
        ),
        ("pinterest", "boards:read,pins:write,user_accounts:read"),
    ] {
        let (authorize, cookie) = start(&mut b, platform).await;
        let url = url::Url::parse(&authorize).unwrap();
        let got = url
            .query_pairs()
            .find(|(k, _)| k == "scope")
            .unwrap()
            .1
            .into_owned();
        assert_eq!(got, scope, "{platform}");
        for word in [
            "message",
            "follower",
            "analytics",
            "insights",
            "read_insights",
        ] {
            assert!(!got.contains(word), "{platform} asks {word}");
        }
        // One start per platform (starts are rate-limited per client): allow on its page.
        let page = reqwest::get(&authorize)
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let landed = follow(&b, &link(&page, "allow"), &cookie).await;
        assert_eq!(
            landed, "/settings/connections?notice=connected",
            "{platform}"
        );
    }
    // promise: P-SOC-1 — after connecting every platform, no issued token in any table.
    let dump = dump_database(&app).await;
    let issued = fake.tokens().await;
    assert!(issued.len() >= 8, "{issued:?}");
    for token in &issued {
        assert!(
            !dump.contains(token.as_str()),
            "a token in clear in the database"
        );
    }
    // The export has the connections and the history, never a token.
    let x = target(&app, "@ada_fake").await;
    publish(
        &mut b,
        image,
        &[x],
        "Exported caption",
        "key-0000000000000070",
    )
    .await;
    app.run_pending_jobs().await;
    b.post(routes::EXPORT_REQUEST, &[]).await;
    app.run_pending_jobs().await;
    let link =
        crate::helpers::mail::mail_link(&app, "ada@example.com", "data export is ready").await;
    let bytes = app
        .get(&crate::helpers::browser::path_of(&link))
        .await
        .bytes()
        .await
        .unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut social = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("social.json").unwrap(), &mut social).unwrap();
    assert!(
        social.contains("ada_fake") && social.contains("Exported caption"),
        "{social}"
    );
    assert!(!social.contains("access_token") && !social.contains("\"token\""));
    for token in &issued {
        assert!(!social.contains(token.as_str()));
    }
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erasing_the_account_revokes_its_connections_at_the_platforms() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    connect(&mut b, &fake, "linkedin").await;
    let user = crate::helpers::browser::user_id(&app, "ada@example.com").await;
    obscura_server::privacy::erasure::purge_user(&app.state, user)
        .await
        .unwrap();
    let revoked: Vec<_> = fake
        .log("revoke")
        .await
        .into_iter()
        .map(|e| e["platform"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        revoked.contains(&"x".to_owned()) && revoked.contains(&"linkedin".to_owned()),
        "{revoked:?}"
    );
    assert_eq!(
        social_connection::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        social_target::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        0
    );
    app.stop().await.unwrap();
}
