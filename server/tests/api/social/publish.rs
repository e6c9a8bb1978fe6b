//! Publishing (P-SOC-2): only from the Publish click, once per click and target; what each
//! platform receives; the platforms' errors; the approval link; the history and who may see it.

use obscura_server::{
    db::entities::{social_connection, social_post},
    social::reason,
};
use obscura_shared::{account::Language, routes, social::fields};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};
use sha2::{Digest, Sha256};

use super::*;
use crate::{helpers::mail, on_both_databases};

async fn post_of(app: &TestApp) -> social_post::Model {
    social_post::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// A post's stored reason as `lang` reads it.
fn said(post: &social_post::Model, lang: Language) -> String {
    reason::read(post.error.as_deref().unwrap_or_default()).render(lang)
}

on_both_databases!(
    a_click_publishes_once_with_what_was_written,
    a_click_publishes_once_with_what_was_written
);
async fn a_click_publishes_once_with_what_was_written(db: Db) {
    let fake = Fake::start();
    let app = app_with_fake(db, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let x = target(&app, "@ada_fake").await;

    // The form offers the target and a preview.
    let page = b
        .get(&routes::publish(&image.to_string()))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("@ada_fake"), "{page}");

    let res = publish(
        &mut b,
        image,
        &[x],
        "Dusk at the lighthouse",
        "key-0000000000000001",
    )
    .await;
    assert_eq!(
        location(&res),
        format!("/gallery/{image}/publish?notice=published")
    );
    // The same form sent again (double click, reload) makes nothing new.
    let again = publish(
        &mut b,
        image,
        &[x],
        "Dusk at the lighthouse",
        "key-0000000000000001",
    )
    .await;
    assert_eq!(again.status(), 303);
    assert_eq!(social_post::Entity::find().count(&app.db).await.unwrap(), 1);
    app.run_pending_jobs().await;
    let post = post_of(&app).await;
    assert_eq!(post.status, "published", "{:?}", post.error);
    let posts = fake.log("post").await;
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0]["detail"]["text"], "Dusk at the lighthouse");
    assert_eq!(posts[0]["detail"]["made_with_ai"], true);
    assert_eq!(
        post.post_id.as_deref(),
        posts[0]["detail"]["post_id"].as_str()
    );
    assert!(
        post.permalink
            .as_deref()
            .unwrap()
            .starts_with("https://x.com/ada_fake/status/")
    );
    // The image X received is the stored original, byte for byte.
    let upload = &fake.log("upload").await[0]["detail"];
    let original = images_of_id(&app, image).await;
    assert_eq!(
        upload["sha256"].as_str().unwrap(),
        hex::encode(Sha256::digest(&original))
    );
    let alt = fake.log("metadata").await;
    assert_eq!(alt.len(), 1, "alt text sent");

    // promise: P-SOC-2 — running the jobs again posts nothing more.
    app.run_pending_jobs().await;
    assert_eq!(fake.log("post").await.len(), 1);
    // A job naming no publish request, or a post already sent, posts nothing either.
    use obscura_server::jobs::Job as _;
    let txn = app.db.clone();
    for id in [uuid::Uuid::new_v4(), post.id] {
        obscura_server::social::publish::PublishPost { post: id }
            .enqueue(
                &txn,
                obscura_server::jobs::Schedule::new(uuid::Uuid::new_v4(), app.clock_now()),
            )
            .await
            .unwrap();
    }
    app.run_pending_jobs().await;
    assert_eq!(fake.log("post").await.len(), 1);

    // The history shows it with its link; another account sees nothing of it.
    let history = b
        .get(routes::SETTINGS_CONNECTIONS_HISTORY)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        history.contains(post.permalink.as_deref().unwrap()),
        "{history}"
    );
    let mut eve = crate::helpers::browser::verified_user(&app, "eve@example.com").await;
    let theirs = eve
        .get(routes::SETTINGS_CONNECTIONS_HISTORY)
        .await
        .text()
        .await
        .unwrap();
    assert!(!theirs.contains("ada_fake"));
    let res = eve.get(&routes::publish(&image.to_string())).await;
    assert_eq!(res.status(), 404);
    let res = publish(&mut eve, image, &[x], "hijack", "key-0000000000000002").await;
    assert_eq!(res.status(), 404);
    let res = eve
        .post(
            routes::HISTORY_DELETE,
            &[(fields::POST, &post.id.to_string())],
        )
        .await;
    assert_eq!(res.status(), 404);
    // Disconnecting keeps the history, without the tokens.
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    b.post(
        routes::CONNECTION_DISCONNECT,
        &[(fields::CONNECTION, &c.id.to_string())],
    )
    .await;
    let kept = post_of(&app).await;
    assert_eq!(
        (kept.status.as_str(), kept.connection_id),
        ("published", None)
    );
    let res = b
        .post(
            routes::HISTORY_DELETE,
            &[(fields::POST, &post.id.to_string())],
        )
        .await;
    assert_eq!(
        location(&res),
        "/settings/connections/history?notice=history-deleted"
    );
    assert_eq!(social_post::Entity::find().count(&app.db).await.unwrap(), 0);
    app.stop().await.unwrap();
}

async fn images_of_id(app: &TestApp, image: uuid::Uuid) -> Vec<u8> {
    let row = obscura_server::db::entities::generation_image::Entity::find_by_id(image)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    app.state
        .storage
        .store
        .get(&object_store::path::Path::from(row.original_key.as_str()))
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_field_by_field_before_anything_is_queued() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let x = target(&app, "@ada_fake").await;
    let long = "a".repeat(281);
    let res = publish(&mut b, image, &[x], &long, "key-0000000000000003").await;
    let page = res.text().await.unwrap();
    assert!(
        page.contains("X takes at most 280 characters; this caption counts 281."),
        "{page}"
    );
    let res = publish(&mut b, image, &[], "fine", "key-0000000000000004").await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose at least one place to publish to.")
    );
    let res = publish(
        &mut b,
        image,
        &[uuid::Uuid::new_v4()],
        "fine",
        "key-0000000000000005",
    )
    .await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Choose among your connected")
    );
    let res = b
        .post(
            &routes::publish(&image.to_string()),
            &[
                (fields::CAPTION, "fine"),
                (fields::ALT_TEXT, ""),
                (fields::TARGET, &x.to_string()),
                (fields::REQUEST_KEY, "key-0000000000000006"),
            ],
        )
        .await;
    assert!(res.text().await.unwrap().contains("Describe the image"));
    assert_eq!(social_post::Entity::find().count(&app.db).await.unwrap(), 0);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_platforms_errors_become_retries_reconnects_or_reasons() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let x = target(&app, "@ada_fake").await;

    // Rate limit: retried after X's reset time, then published.
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "rate_limit", "reset_after_secs": 120}),
    )
    .await;
    publish(&mut b, image, &[x], "one", "key-0000000000000010").await;
    app.run_pending_jobs().await;
    let post = post_of(&app).await;
    assert_eq!(post.status, "queued");
    assert!(post.retry_at.is_some());
    let history = b
        .get(routes::SETTINGS_CONNECTIONS_HISTORY)
        .await
        .text()
        .await
        .unwrap();
    assert!(history.contains("rate limit"), "{history}");
    // X's reset time (its clock) is when the job is due again.
    let wait = post.retry_at.unwrap() - app.clock_now();
    assert!(wait > chrono::Duration::zero());
    app.clock.advance(wait + chrono::Duration::seconds(1));
    app.run_pending_jobs().await;
    assert_eq!(post_of(&app).await.status, "published");
    assert_eq!(fake.log("post").await.len(), 1);

    // Refused media: failed with X's reason, nothing posted.
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "refuse_media"}),
    )
    .await;
    let res = publish(&mut b, image, &[x], "two", "key-0000000000000011").await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    app.run_pending_jobs().await;
    let all = social_post::Entity::find().all(&app.db).await.unwrap();
    let failed = all
        .iter()
        .find(|p| p.status == "failed")
        .unwrap_or_else(|| panic!("{all:?}"));
    // X's own words, as X gave them.
    assert_eq!(
        said(failed, Language::En),
        "X refused it: media type unrecognized",
        "{:?}",
        failed.error
    );

    // An expired token that cannot be refreshed: "reconnect", and the connection says so.
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "expired_token"}),
    )
    .await;
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "refresh_fails"}),
    )
    .await;
    publish(&mut b, image, &[x], "three", "key-0000000000000012").await;
    app.run_pending_jobs().await;
    let posts = social_post::Entity::find().all(&app.db).await.unwrap();
    let third = posts
        .iter()
        .filter(|p| p.status == "failed")
        .find(|p| said(p, Language::En).contains("reconnect"))
        .expect("a reconnect failure");
    assert!(said(third, Language::En).contains("Settings → Connections"));
    let c = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, "reconnect");
    // And the form now says so before publishing.
    let page = b
        .get(&routes::publish(&image.to_string()))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Reconnect X"), "{page}");
    assert_eq!(fake.log("post").await.len(), 1);
    app.stop().await.unwrap();
}

async fn history_page(b: &mut Browser<'_>) -> String {
    b.get(routes::SETTINGS_CONNECTIONS_HISTORY)
        .await
        .text()
        .await
        .unwrap()
}

on_both_databases!(
    a_german_account_reads_stored_reasons_in_german_and_a_platform_s_words_as_given,
    a_german_account_reads_stored_reasons_in_german_and_a_platform_s_words_as_given
);
async fn a_german_account_reads_stored_reasons_in_german_and_a_platform_s_words_as_given(db: Db) {
    let fake = Fake::start();
    let app = app_with_fake(db, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let x = target(&app, "@ada_fake").await;
    speaks(&app, "ada@example.com", Language::De).await;

    // X refuses the image: its own words, in a German sentence.
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "refuse_media"}),
    )
    .await;
    publish(&mut b, image, &[x], "eins", "key-0000000000000070").await;
    app.run_pending_jobs().await;
    // X's rate limit: the next try, in German.
    fake.control(
        "fail",
        serde_json::json!({"platform": "x", "kind": "rate_limit", "reset_after_secs": 120}),
    )
    .await;
    publish(&mut b, image, &[x], "zwei", "key-0000000000000071").await;
    app.run_pending_jobs().await;
    let page = history_page(&mut b).await;
    assert!(
        page.contains("X hat den Beitrag abgelehnt: media type unrecognized"),
        "{page}"
    );
    assert!(
        page.contains("Das Anfragelimit der Plattform ist erreicht; neuer Versuch um "),
        "{page}"
    );
    assert!(
        !page.contains("refused it") && !page.contains("rate limit"),
        "{page}"
    );

    // Disconnecting cancels the post still waiting: the reason is stored once, read in German.
    let connection = social_connection::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let res = b
        .post(
            routes::CONNECTION_DISCONNECT,
            &[(fields::CONNECTION, connection.as_str())],
        )
        .await;
    assert_eq!(res.status(), 303);
    let posts = social_post::Entity::find().all(&app.db).await.unwrap();
    let cancelled = posts
        .iter()
        .find(|p| p.status == "cancelled")
        .unwrap_or_else(|| panic!("{posts:?}"));
    assert_eq!(
        said(cancelled, Language::En),
        "The connection was removed before this was posted."
    );
    let page = history_page(&mut b).await;
    assert!(
        page.contains("Die Verbindung wurde entfernt, bevor der Beitrag gepostet wurde."),
        "{page}"
    );

    // A row stored before reasons were messages holds English text: shown as it is.
    let failed = posts.iter().find(|p| p.status == "failed").unwrap();
    let mut row: social_post::ActiveModel = failed.clone().into();
    row.error = Set(Some("X refused it: an older reason.".to_owned()));
    row.update(&app.db).await.unwrap();
    let page = history_page(&mut b).await;
    assert!(page.contains("X refused it: an older reason."), "{page}");

    // The same rows in English for an English reader.
    speaks(&app, "ada@example.com", Language::En).await;
    let page = history_page(&mut b).await;
    assert!(
        page.contains("The connection was removed before this was posted."),
        "{page}"
    );
    assert!(!page.contains("Die Verbindung"), "{page}");

    // The data export gives each reason in words (English), never as it is stored.
    b.post(routes::EXPORT_REQUEST, &[]).await;
    app.run_pending_jobs().await;
    let link = mail::mail_link(&app, "ada@example.com", "data export is ready").await;
    let bytes = app
        .get(&crate::helpers::browser::path_of(&link))
        .await
        .bytes()
        .await
        .unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut social = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("social.json").unwrap(), &mut social).unwrap();
    let social: serde_json::Value = serde_json::from_str(&social).unwrap();
    let errors: Vec<&str> = social["posts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["error"].as_str())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors.contains(&"The connection was removed before this was posted.")
            && errors.contains(&"X refused it: an older reason."),
        "{errors:?}"
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_link_decides_once_and_a_scanner_opening_it_changes_nothing() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let x = target(&app, "@ada_fake").await;
    let res = b
        .post(
            &routes::publish(&image.to_string()),
            &[
                (fields::CAPTION, "for review"),
                (fields::ALT_TEXT, "A lighthouse"),
                (fields::TARGET, &x.to_string()),
                (fields::APPROVER, "boss@example.com"),
                (fields::REQUEST_KEY, "key-0000000000000020"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("/gallery/{image}/publish?notice=awaiting-approval")
    );
    app.run_pending_jobs().await;
    assert_eq!(post_of(&app).await.status, "awaiting_approval");
    let link = mail::mail_link(&app, "boss@example.com", "Please review a post").await;
    let path = crate::helpers::browser::path_of(&link);
    let path = path.trim_end_matches('?');
    // Opening it (a mail scanner does) shows it and posts nothing.
    let mut reviewer = Browser::new(&app);
    let page = reviewer.get(path).await.text().await.unwrap();
    assert!(page.contains("for review"), "{page}");
    app.run_pending_jobs().await;
    assert!(fake.log("post").await.is_empty());
    let res = reviewer.post(path, &[(fields::DECISION, "approve")]).await;
    assert_eq!(location(&res), format!("{path}?notice=approved"));
    app.run_pending_jobs().await;
    assert_eq!(post_of(&app).await.status, "published");
    // Single use.
    let res = reviewer.post(path, &[(fields::DECISION, "approve")]).await;
    assert_eq!(res.status(), 404);
    assert_eq!(fake.log("post").await.len(), 1);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_not_given_within_7_days_posts_nothing() {
    let fake = Fake::start();
    let app = app_with_fake(Db::Sqlite, &fake).await;
    let (mut b, image) = person_with_image(&app, "ada@example.com").await;
    connect(&mut b, &fake, "x").await;
    let x = target(&app, "@ada_fake").await;
    b.post(
        &routes::publish(&image.to_string()),
        &[
            (fields::CAPTION, "for review"),
            (fields::ALT_TEXT, "A lighthouse"),
            (fields::TARGET, &x.to_string()),
            (fields::APPROVER, "boss@example.com"),
            (fields::REQUEST_KEY, "key-0000000000000060"),
        ],
    )
    .await;
    let link = mail::mail_link(&app, "boss@example.com", "Please review a post").await;
    let path = crate::helpers::browser::path_of(&link);
    let path = path.trim_end_matches('?').to_owned();
    app.clock
        .advance(chrono::Duration::days(7) + chrono::Duration::minutes(1));
    obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    let post = post_of(&app).await;
    assert_eq!(post.status, "cancelled");
    assert!(said(&post, Language::En).contains("7 days"));
    let res = Browser::new(&app)
        .post(&path, &[(fields::DECISION, "approve")])
        .await;
    assert_eq!(res.status(), 404);
    app.run_pending_jobs().await;
    assert!(fake.log("post").await.is_empty());
    app.stop().await.unwrap();
}
