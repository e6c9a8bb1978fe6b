//! Untrusted image work is bounded: each upload route (the anonymous support form, the avatar,
//! the generator's reference) refuses an image over its purpose's pixel caps from the header,
//! decodes only after its cheap checks (fields, rate limit, balance) pass, and answers "busy"
//! with `Retry-After` instead of queueing when every image-work permit is taken.
//!
//! `state.images.started()` counts decodes: each test that says "nothing was decoded" would fail
//! if the route decoded before the check it is about.

use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_server::{
    credits,
    db::entities::{generation, support_message, user},
};
use obscura_shared::routes;
use reqwest::{StatusCode, header, multipart::Part};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::browser::user_id;
use crate::helpers::browser::{Browser, verified_user};
use crate::helpers::generation::{form, submit};
use crate::helpers::{Db, TestApp, html, spawn_app_with, text_of};
use crate::on_both_databases;

const MESSAGE: &str = "The gallery does not load on my phone since this morning.";

/// A ~100-byte PNG whose header declares `width × height` (the pixel data is 8 × 8): what a
/// flood would send, without the test having to encode 40 MP.
fn declared_png(width: u32, height: u32) -> Vec<u8> {
    let mut out = crate::fakes::tiny_png(8, 8);
    // IHDR's type and data sit at bytes 12..29, its CRC at 29..33.
    out[16..20].copy_from_slice(&width.to_be_bytes());
    out[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32fast::hash(&out[12..29]);
    out[29..33].copy_from_slice(&crc.to_be_bytes());
    out
}

fn file(bytes: Vec<u8>) -> Part {
    Part::bytes(bytes)
        .file_name("shot.png")
        .mime_str("image/png")
        .unwrap()
}

fn contact(email: &str, message: &str, attachment: Vec<u8>) -> reqwest::multipart::Form {
    form(&[("email", email), ("topic", "bug"), ("message", message)])
        .part("attachment", file(attachment))
}

async fn messages(app: &TestApp) -> u64 {
    support_message::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}

/// Object keys stored under `prefix`.
async fn stored_under(app: &TestApp, prefix: &str) -> usize {
    use futures::TryStreamExt as _;
    app.state
        .storage
        .store
        .list(Some(&ObjectPath::from(prefix)))
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .len()
}

async fn avatar_upload(app: &TestApp, b: &Browser<'_>, bytes: Vec<u8>) -> reqwest::Response {
    app.client
        .post(app.url(routes::SETTINGS_AVATAR))
        .header(header::COOKIE, b.cookie.clone().unwrap())
        .header(header::ORIGIN, &b.origin)
        .multipart(reqwest::multipart::Form::new().part("avatar", file(bytes)))
        .send()
        .await
        .unwrap()
}

async fn avatar_key(app: &TestApp, email: &str) -> Option<String> {
    let id = user_id(app, email).await;
    user::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .avatar_key
}

on_both_databases!(
    a_support_attachment_declaring_6300_squared_is_refused_from_its_header_and_nothing_is_stored,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = Browser::new(&app);
        let res = b
            .post_multipart(
                routes::SUPPORT,
                contact("ada@example.com", MESSAGE, declared_png(6_300, 6_300)),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        let error = text_of(&html(&body), "#s-attachment-error");
        assert!(error.contains("12.5 megapixels"), "{error}");
        assert!(body.contains(MESSAGE), "the message is kept");
        assert_eq!(app.state.images.started(), 0, "nothing was decoded");
        assert_eq!(messages(&app).await, 0);
        assert_eq!(stored_under(&app, "support").await, 0);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_support_fields_are_answered_before_the_attachment_is_decoded() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = Browser::new(&app);
    // A good image with a bad address: the address is named, the image is not decoded.
    let res = b
        .post_multipart(
            routes::SUPPORT,
            contact("not-an-address", MESSAGE, crate::fakes::tiny_png(40, 30)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = html(&res.text().await.unwrap());
    assert!(!text_of(&doc, "#s-email-error").is_empty());
    assert!(text_of(&doc, "#s-attachment-error").is_empty());
    assert_eq!(
        app.state.images.started(),
        0,
        "no decode for a refused form"
    );
    // A bad message and an image over the cap: both named at once, still no decode.
    let res = b
        .post_multipart(
            routes::SUPPORT,
            contact("ada@example.com", "short", declared_png(6_300, 6_300)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = html(&res.text().await.unwrap());
    assert!(text_of(&doc, "#s-message-error").contains("at least 10 characters"));
    assert!(text_of(&doc, "#s-attachment-error").contains("megapixels"));
    assert_eq!(app.state.images.started(), 0);
    // The same good image with good fields is decoded once and kept: the counter counts.
    let res = b
        .post_multipart(
            routes::SUPPORT,
            contact("ada@example.com", MESSAGE, crate::fakes::tiny_png(40, 30)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.state.images.started(), 1);
    assert_eq!(messages(&app).await, 1);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_support_form_decodes_nothing_and_says_when_to_retry() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = Browser::new(&app);
    let mut limited = None;
    for i in 0..20 {
        let res = b
            .post_multipart(
                routes::SUPPORT,
                contact("ada@example.com", MESSAGE, crate::fakes::tiny_png(40, 30)),
            )
            .await;
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some((i, res));
            break;
        }
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let (sent, res) = limited.expect("the support form is rate limited");
    let retry: u64 = res.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    // One decode per accepted message, none for the refused one.
    assert_eq!(app.state.images.started(), sent);
    assert_eq!(messages(&app).await, sent);
    app.stop().await.unwrap();
}

on_both_databases!(
    an_avatar_over_its_caps_but_under_a_references_is_refused_from_its_header,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let b = verified_user(&app, "ada@example.com").await;
        // 39.7 MP: a reference could have it, an avatar may not.
        let res = avatar_upload(&app, &b, declared_png(6_300, 6_300)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let error = text_of(&html(&res.text().await.unwrap()), "#a-avatar-error");
        assert!(error.contains("12.5 megapixels"), "{error}");
        // Few pixels, but a side longer than 4096.
        let res = avatar_upload(&app, &b, declared_png(5_000, 500)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let error = text_of(&html(&res.text().await.unwrap()), "#a-avatar-error");
        assert!(error.contains("4096 pixels on a side"), "{error}");
        assert_eq!(app.state.images.started(), 0, "nothing was decoded");
        assert_eq!(avatar_key(&app, "ada@example.com").await, None);
        assert_eq!(stored_under(&app, "avatars").await, 0);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn avatar_changes_are_rate_limited_per_account_with_retry_after() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let ada = verified_user(&app, "ada@example.com").await;
    let limit = obscura_server::accounts::limits::AVATAR_CHANGES_PER_HOUR;
    for _ in 0..limit {
        let res = avatar_upload(&app, &ada, crate::fakes::tiny_png(64, 64)).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let res = avatar_upload(&app, &ada, crate::fakes::tiny_png(64, 64)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=360).contains(&retry), "{retry}");
    let error = text_of(&html(&res.text().await.unwrap()), "#a-avatar-error");
    assert!(error.contains("try again in"), "{error}");
    assert_eq!(
        app.state.images.started(),
        u64::from(limit),
        "no decode for the refused one"
    );
    // Another account is not affected.
    let bob = verified_user(&app, "bob@example.com").await;
    let res = avatar_upload(&app, &bob, crate::fakes::tiny_png(64, 64)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await.unwrap();
}

on_both_databases!(
    a_reference_over_40_megapixels_is_refused_from_its_header_and_costs_nothing,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let user = user_id(&app, "ada@example.com").await;
        // 6400² = 40.96 MP, just over the reference cap.
        let f =
            form(&[("prompt", "a lighthouse")]).part("reference", file(declared_png(6_400, 6_400)));
        let res = submit(&mut b, f).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let error = text_of(&html(&res.text().await.unwrap()), "#c-reference-error");
        assert!(error.contains("40 megapixels"), "{error}");
        assert_eq!(app.state.images.started(), 0, "nothing was decoded");
        assert_eq!(credits::balance(&app.db, user).await.unwrap(), 20);
        assert_eq!(generation::Entity::find().count(&app.db).await.unwrap(), 0);
        assert_eq!(stored_under(&app, "users").await, 0);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    a_reference_is_decoded_only_for_a_valid_request_the_balance_covers,
    |db: Db| async move {
        let app = spawn_app_with(db, &[("SIGNUP_CREDITS", "0")]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let reference = || file(crate::fakes::tiny_png(64, 64));
        // An empty prompt: the field is named, the reference is not decoded.
        let res = submit(
            &mut b,
            form(&[("prompt", "")]).part("reference", reference()),
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.state.images.started(), 0);
        // A valid request the balance (0) does not cover: 402, still no decode.
        let res = submit(
            &mut b,
            form(&[("prompt", "a lighthouse")]).part("reference", reference()),
        )
        .await;
        assert_eq!(res.status(), StatusCode::PAYMENT_REQUIRED);
        assert_eq!(
            app.state.images.started(),
            0,
            "no decode without the credits"
        );
        assert_eq!(generation::Entity::find().count(&app.db).await.unwrap(), 0);
        assert_eq!(stored_under(&app, "users").await, 0);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busy_image_work_answers_503_with_retry_after_instead_of_queueing() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let ada = verified_user(&app, "ada@example.com").await;
    // Take every permit with work that waits for a signal.
    let work = app.state.images.clone();
    let (release, gate) = std::sync::mpsc::channel::<()>();
    let gate = std::sync::Arc::new(std::sync::Mutex::new(gate));
    let (started_tx, mut started_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut holders = Vec::new();
    for _ in 0..work.permits() {
        let (work, gate, started_tx) = (work.clone(), gate.clone(), started_tx.clone());
        holders.push(tokio::spawn(async move {
            work.for_job(move || {
                let _ = started_tx.send(());
                let _ = gate.lock().unwrap().recv();
            })
            .await
            .unwrap();
        }));
    }
    for _ in 0..work.permits() {
        started_rx.recv().await.unwrap();
    }
    let started = std::time::Instant::now();
    let res = avatar_upload(&app, &ada, crate::fakes::tiny_png(64, 64)).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    let error = text_of(&html(&res.text().await.unwrap()), "#a-avatar-error");
    assert!(error.contains("busy"), "{error}");
    assert_eq!(avatar_key(&app, "ada@example.com").await, None);
    for _ in 0..work.permits() {
        release.send(()).unwrap();
    }
    for h in holders {
        h.await.unwrap();
    }
    let res = avatar_upload(&app, &ada, crate::fakes::tiny_png(64, 64)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await.unwrap();
}
