//! LinkedIn (a member's profile and the organization pages they administer) and YouTube
//! (through the Google sign-in client; shown, never published to).

use obscura_server::db::entities::{social_connection, social_post};
use obscura_shared::{routes, social::fields};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn linkedin_profile_and_page_posts_carry_the_escaped_caption() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "linkedin").await;
    connect(&mut b, &fake, "linkedin_page").await;
    let page_conn = social_connection::Entity::find()
        .filter(social_connection::Column::Platform.eq("linkedin_page"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let org = target(&app, "Fake Studio GmbH").await;
    b.post(
        routes::CONNECTION_TARGETS,
        &[
            (fields::CONNECTION, &page_conn.id.to_string()),
            (fields::TARGET, &org.to_string()),
        ],
    )
    .await;
    let me = target(&app, "Ada Fake").await;
    let res = publish(
        &mut b,
        image,
        &[me, org],
        "Dusk (study #3) @home",
        "key-0000000000000040",
    )
    .await;
    assert_eq!(res.status(), 303);
    app.run_pending_jobs().await;
    let posts = social_post::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(posts.len(), 2);
    for p in &posts {
        assert_eq!(p.status, "published", "{:?}", p.error);
        assert!(p.post_id.as_deref().unwrap().starts_with("urn:li:"));
        assert!(
            p.permalink
                .as_deref()
                .unwrap()
                .starts_with("https://www.linkedin.com/feed/update/urn:li:")
        );
    }
    let sent = fake.log("post").await;
    let authors: Vec<_> = sent
        .iter()
        .map(|p| p["detail"]["author"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        authors.contains(&"urn:li:person:aBcD123".to_owned())
            && authors.contains(&"urn:li:organization:1001".to_owned()),
        "{authors:?}"
    );
    // LinkedIn's "little" format: reserved characters escaped, so nothing is cut.
    assert_eq!(
        sent[0]["detail"]["commentary"],
        "Dusk \\(study \\#3\\) \\@home"
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn youtube_connects_through_google_and_is_never_a_publishing_target() {
    let Some((issuer, _)) = crate::google::provider() else {
        return;
    };
    let _turn = crate::google::PROVIDER.lock().await;
    let fake = Fake::start();
    let api = format!("{}/youtube", fake.url);
    let revoke = format!("{issuer}/revoke");
    let app = app_with_fake_and(
        Db::Sqlite,
        &fake,
        &[
            ("GOOGLE_ISSUER_URL", issuer.as_str()),
            ("GOOGLE_CLIENT_ID", "obscura-test"),
            ("GOOGLE_CLIENT_SECRET", "test-secret"),
            ("YOUTUBE", "true"),
            ("YOUTUBE_API_BASE", api.as_str()),
            ("YOUTUBE_REVOKE_URL", revoke.as_str()),
        ],
    )
    .await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    let (authorize, cookie) = start(&mut b, "youtube").await;
    assert!(authorize.starts_with(&issuer), "{authorize}");
    assert!(authorize.contains("youtube.readonly"));
    // The provider answers at once with a redirect to our callback.
    let res = app.client.get(&authorize).send().await.unwrap();
    assert!(res.status().is_redirection());
    let back = location(&res);
    assert_eq!(
        follow(&b, &back, &cookie).await,
        "/settings/connections?notice=connected"
    );
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (c.platform.as_str(), c.display_name.as_str()),
        ("youtube", "Ada Makes")
    );
    let page = b
        .get(routes::SETTINGS_CONNECTIONS)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Ada Makes"));
    assert!(page.contains("no API for image posts"), "{page}");
    // Its channel is never offered for publishing.
    let form = b
        .get(&routes::publish(&image.to_string()))
        .await
        .text()
        .await
        .unwrap();
    assert!(!form.contains("Ada Makes"));
    let res = b
        .post(
            routes::CONNECTION_DISCONNECT,
            &[(fields::CONNECTION, &c.id.to_string())],
        )
        .await;
    assert_eq!(location(&res), "/settings/connections?notice=disconnected");
    app.stop().await.unwrap();
}
