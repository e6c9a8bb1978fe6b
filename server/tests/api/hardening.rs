//! Fixes from the security review, end to end: every `X-Forwarded-For` line is read; file links
//! survive a rotation of the master key (and only through `OBSCURA_SECRET_KEY_PREVIOUS`); the
//! shared image's `ETag` reveals nothing of the image's id and still revalidates.

use object_store::{ObjectStore as _, PutPayload, path::Path as ObjectPath};
use obscura_server::{
    accounts::Client,
    db::entities::{generation_image, security_event, share},
    generation::{
        ReferenceInput,
        request::Submitted,
        views::{Variant, signed_url},
    },
};
use obscura_shared::{gallery::fields, routes};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::helpers::browser::user_id;
use crate::helpers::browser::{Browser, PASSWORD, location, verified_user};
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, spawn_app_with};

const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["128x128"]}]"#,
);
const KEY_A: &str = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";
const KEY_B: &str = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=";
const KEY_C: &str = "Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0M=";

/// Ada signed in, and her first image painted to the end: (browser, owner, image).
async fn ada_image(app: &TestApp) -> (Browser<'_>, Uuid, generation_image::Model) {
    let b = verified_user(app, "ada@example.com").await;
    let user = user_id(app, "ada@example.com").await;
    let input = Submitted {
        prompt: "a lantern by the sea".to_owned(),
        count: "1".to_owned(),
        ..Default::default()
    };
    let id = obscura_server::generation::create(
        &app.state,
        user,
        &input,
        ReferenceInput::None,
        &Client::unknown(),
    )
    .await
    .unwrap();
    assert_eq!(finished(app, id).await.status, "succeeded");
    let image = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (b, user, image)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_forwarded_for_line_is_read_behind_a_trusted_proxy() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[("TRUSTED_PROXIES", "127.0.0.1"), ("IP_POLICY", "full")],
    )
    .await;
    // The client wrote the first line; the proxy appended what it saw as a second one.
    let res = app
        .client
        .post(app.url(routes::SIGNUP))
        .header("origin", &app.address)
        .header("x-forwarded-for", "198.51.100.23")
        .header("x-forwarded-for", "203.0.113.77")
        .form(&[
            ("email", "ada@example.com"),
            ("name", "Ada Lovelace"),
            ("company", ""),
            ("language", "en"),
            ("password", PASSWORD),
            ("age_confirmed", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), routes::SIGNUP_SENT);
    let user = user_id(&app, "ada@example.com").await;
    let events = security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user))
        .all(&app.db)
        .await
        .unwrap();
    assert!(!events.is_empty());
    for event in events {
        assert_eq!(
            event.ip.as_deref(),
            Some("203.0.113.77"),
            "the right-most address, from the last line"
        );
    }
    app.stop().await.unwrap();
}

/// Starts the app on `data` (another app's data directory) with these keys.
async fn restart(data: &std::path::Path, keys: &[(&str, &str)]) -> TestApp {
    let data = data.join("data");
    let mut pairs = vec![TINY, ("DATA_DIR", data.to_str().unwrap())];
    pairs.extend_from_slice(keys);
    spawn_app_with(Db::Sqlite, &pairs).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_links_survive_a_key_rotation_only_through_the_previous_key() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SECRET_KEY", KEY_A)]).await;
    let (_, owner, image) = ada_image(&app).await;
    let link = signed_url(&app.state, owner, image.id, Variant::Preview);
    assert_eq!(app.get(&link).await.status(), StatusCode::OK);
    // Every later app runs on this data directory (theirs hold only their site files).
    let data = app.stop_keeping_data().await;

    // Rotated: B is current, A previous. A's link still opens; B's own links too.
    let app = restart(
        data.path(),
        &[("SECRET_KEY", KEY_B), ("SECRET_KEY_PREVIOUS", KEY_A)],
    )
    .await;
    assert_eq!(app.get(&link).await.status(), StatusCode::OK);
    let fresh = signed_url(&app.state, owner, image.id, Variant::Preview);
    assert_ne!(fresh, link);
    assert_eq!(app.get(&fresh).await.status(), StatusCode::OK);
    // Still bound to its path: A's link for the preview does not open the original.
    let other = link.replace("/preview?", "/original?");
    assert_ne!(other, link);
    assert_eq!(app.get(&other).await.status(), StatusCode::FORBIDDEN);
    app.stop().await.unwrap();

    // Rotated without keeping A, or keeping an unrelated key: A's link is dead, B's opens.
    for keys in [
        vec![("SECRET_KEY", KEY_B)],
        vec![("SECRET_KEY", KEY_B), ("SECRET_KEY_PREVIOUS", KEY_C)],
    ] {
        let app = restart(data.path(), &keys).await;
        assert_eq!(app.get(&link).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(app.get(&fresh).await.status(), StatusCode::OK);
        app.stop().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shared_image_etag_hides_the_image_id_and_still_revalidates() {
    let app = spawn_app_with(Db::Sqlite, &[TINY]).await;
    let (mut b, _, image) = ada_image(&app).await;
    let id = image.id.to_string();
    let res = b
        .post(routes::SHARE_CREATE, &[(fields::IMAGE, id.as_str())])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let row = share::Entity::find()
        .filter(share::Column::ImageId.eq(image.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let path = routes::share_image(&row.id);

    let first = app.get(&path).await;
    assert_eq!(first.status(), StatusCode::OK);
    let etag = first.headers()[header::ETAG].to_str().unwrap().to_owned();
    let opaque = etag.trim_matches('"');
    assert_eq!(opaque.len(), 32, "{etag}");
    let simple = image.id.simple().to_string();
    assert!(!etag.contains(&simple) && !etag.contains(&id), "{etag}");
    // Not even a piece of it: the UUIDv7's timestamp is its first 12 hex digits.
    for window in simple.as_bytes().windows(8) {
        let piece = std::str::from_utf8(window).unwrap();
        assert!(!opaque.contains(piece), "{etag} contains {piece}");
    }
    assert!(!etag.contains(&row.id));

    // Revalidation: the same tag (strong, weak, in a list) is 304; another is 200.
    for asked in [etag.clone(), format!("W/{etag}"), format!("\"x\", {etag}")] {
        let res = app
            .client
            .get(app.url(&path))
            .header(header::IF_NONE_MATCH, &asked)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{asked}");
        assert_eq!(res.headers()[header::ETAG], etag.as_str());
    }
    let res = app
        .client
        .get(app.url(&path))
        .header(header::IF_NONE_MATCH, "\"something-else\"")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::ETAG], etag.as_str());

    // Other bytes under the same key: another tag, and the old one no longer matches.
    let key = ObjectPath::from(image.preview_key.as_str());
    let mut bytes = app
        .state
        .storage
        .store
        .get(&key)
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    bytes.extend_from_slice(b"\0changed");
    app.state
        .storage
        .store
        .put(&key, PutPayload::from(bytes))
        .await
        .unwrap();
    let res = app
        .client
        .get(app.url(&path))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the bytes changed");
    assert_ne!(res.headers()[header::ETAG], etag.as_str());

    // An ended share answers 404 to a revalidation too.
    let res = b
        .post(routes::SHARE_REVOKE, &[(fields::SHARE, row.id.as_str())])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app
        .client
        .get(app.url(&path))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    app.stop().await.unwrap();
}
