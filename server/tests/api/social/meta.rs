//! Facebook Pages and Instagram through one Meta app: choosing pages, Page photos, Instagram's
//! fetch of a short-lived public link, Pinterest boards, and Meta's signed deletion callback
//! (P-SOC-6).

use obscura_server::{
    db::entities::{social_connection, social_post},
    social::callbacks,
};
use obscura_shared::{routes, social::fields};
use sea_orm::{EntityTrait, PaginatorTrait};

use super::*;
use crate::on_both_databases;

on_both_databases!(
    pages_instagram_and_pinterest_publish_and_meta_deletes_on_request,
    pages_instagram_and_pinterest_publish_and_meta_deletes_on_request
);
async fn pages_instagram_and_pinterest_publish_and_meta_deletes_on_request(db: Db) {
    let fake = Fake::start();
    let app = app_with_fake(db, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "facebook").await;
    connect(&mut b, &fake, "instagram").await;
    connect(&mut b, &fake, "pinterest").await;
    // Pages are chosen by the person (none at first); the first board is chosen.
    let page = target(&app, "Ada's Art").await;
    let ig = target(&app, "@ada.art").await;
    let board = target(&app, "AI art").await;
    let fb = social_connection::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    for (platform, chosen) in [("facebook", page), ("instagram", ig)] {
        let c = fb.iter().find(|c| c.platform == platform).unwrap();
        let res = b
            .post(
                routes::CONNECTION_TARGETS,
                &[
                    (fields::CONNECTION, &c.id.to_string()),
                    (fields::TARGET, &chosen.to_string()),
                ],
            )
            .await;
        assert_eq!(location(&res), "/settings/connections?notice=targets-saved");
    }
    let res = publish(
        &mut b,
        image,
        &[page, ig, board],
        "Dusk #lighthouse",
        "key-0000000000000030",
    )
    .await;
    assert_eq!(res.status(), 303);
    app.run_pending_jobs().await;
    let posts = social_post::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(posts.len(), 3);
    for p in &posts {
        assert_eq!(p.status, "published", "{}: {:?}", p.platform, p.error);
        assert!(p.permalink.is_some());
    }
    // Instagram and Pinterest fetched the image as JPEG from a public link that ended once
    // posted.
    let fetches = fake.log("fetch").await;
    assert_eq!(fetches.len(), 2, "{fetches:?}");
    for f in &fetches {
        assert_eq!(f["detail"]["status"], 200);
        assert_eq!(
            f["detail"]["contentType"]
                .as_str()
                .or(f["detail"]["content_type"].as_str()),
            Some("image/jpeg")
        );
        let url = f["detail"]["url"].as_str().unwrap();
        assert_eq!(
            reqwest::get(url).await.unwrap().status(),
            404,
            "the link ended"
        );
    }
    let photos = fake.log("post").await;
    assert!(
        photos.iter().any(|p| p["path"]
            .as_str()
            .unwrap_or_default()
            .contains("/2001/photos")),
        "{photos:?}"
    );

    // promise: P-SOC-6 — Meta's deletion callback: a bad signature deletes nothing.
    let now = app.clock_now().timestamp();
    let payload = format!(r#"{{"algorithm":"HMAC-SHA256","issued_at":{now},"user_id":"10001"}}"#);
    let forged = callbacks::sign(b"not-the-secret", &payload);
    let res = app
        .client
        .post(app.url(routes::META_DATA_DELETION))
        .form(&[("signed_request", forged.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(
        social_connection::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        3
    );
    // Signed by the app secret: Meta's connections, tokens and history go, Pinterest's stay.
    let good = callbacks::sign(b"social-secret", &payload);
    let res = app
        .client
        .post(app.url(routes::META_DATA_DELETION))
        .form(&[("signed_request", good.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/json");
    let body: serde_json::Value = res.json().await.unwrap();
    let code = body["confirmation_code"].as_str().unwrap().to_owned();
    assert_eq!(
        body["url"],
        format!("{}/deletion-status/{code}", app.address)
    );
    let left = social_connection::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].platform, "pinterest");
    let posts = social_post::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].platform, "pinterest");
    // The status page says what was deleted.
    let status = app.get(&format!("/deletion-status/{code}")).await;
    assert_eq!(status.status(), 200);
    let text = status.text().await.unwrap();
    assert!(text.contains(&code), "{text}");
    assert_eq!(app.get("/deletion-status/nope").await.status(), 404);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meta_deauthorize_removes_the_tokens_and_keeps_the_history() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "facebook").await;
    let page = target(&app, "Ada's Art").await;
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    b.post(
        routes::CONNECTION_TARGETS,
        &[
            (fields::CONNECTION, &c.id.to_string()),
            (fields::TARGET, &page.to_string()),
        ],
    )
    .await;
    publish(&mut b, image, &[page], "Dusk", "key-0000000000000050").await;
    app.run_pending_jobs().await;
    let now = app.clock_now().timestamp();
    let payload = format!(r#"{{"algorithm":"HMAC-SHA256","issued_at":{now},"user_id":"10001"}}"#);
    let send = |sr: String| {
        app.client
            .post(app.url(routes::META_DEAUTHORIZE))
            .form(&[("signed_request", sr)])
            .send()
    };
    // promise: P-SOC-6 — a wrong signature or a stale request changes nothing.
    let res = send(callbacks::sign(b"wrong", &payload)).await.unwrap();
    assert_eq!(res.status(), 400);
    let stale = r#"{"algorithm":"HMAC-SHA256","issued_at":1000,"user_id":"10001"}"#;
    let res = send(callbacks::sign(b"social-secret", stale))
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(
        social_connection::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
    let res = send(callbacks::sign(b"social-secret", &payload))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        social_connection::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    let kept = social_post::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].status.as_str(), kept[0].connection_id),
        ("published", None)
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_image_instagram_would_refuse_is_refused_before_publishing() {
    let fake = Fake::start();
    // A model that paints tall images (9:16 is outside Instagram's 4:5–1.91:1).
    let app = app_with_fake_and(
        Db::Sqlite,
        &fake,
        &[(
            "MODELS",
            r#"[{id="tall", label="Tall painter", provider="local", sizes=["144x256"]}]"#,
        )],
    )
    .await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "instagram").await;
    let ig = target(&app, "@ada.art").await;
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    b.post(
        routes::CONNECTION_TARGETS,
        &[
            (fields::CONNECTION, &c.id.to_string()),
            (fields::TARGET, &ig.to_string()),
        ],
    )
    .await;
    // The form says so next to the account, and a submit naming it anyway is refused.
    let page = b
        .get(&routes::publish(&image.to_string()))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Instagram takes images between 4:5 and 1.91:1"),
        "{page}"
    );
    let res = publish(&mut b, image, &[ig], "Tall", "key-0000000000000080").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("between 4:5 and 1.91:1"));
    assert_eq!(social_post::Entity::find().count(&app.db).await.unwrap(), 0);
    assert!(fake.log("container").await.is_empty());
    app.stop().await.unwrap();
}
