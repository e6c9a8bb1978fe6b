//! The data export (P-RGT-1): everything in one archive, behind its emailed link, for seven days.

use std::io::Read as _;

use chrono::Duration;
use futures::TryStreamExt as _;
use object_store::ObjectStore as _;
use obscura_server::db::entities::data_export;
use obscura_server::privacy::retention;
use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{EntityTrait, PaginatorTrait};

use super::{export_row, generate};
use crate::helpers::browser::{location, path_of, verified_user};
use crate::helpers::mail::mail_link;
use crate::helpers::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_holds_everything_and_lives_seven_days() {
    // promise: P-RGT-1
    let app = spawn_app().await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let first = generate(&app, &mut b, "lighthouse at dusk, canary-4711").await;
    generate(&app, &mut b, "forest \"quoted\", with commas").await;
    // An API key and one request made with it (promise: P-API-3 — the usage log is exported).
    let res = b
        .post(
            routes::API_KEY_CREATE,
            &[("name", "export-key"), ("scope", "read")],
        )
        .await;
    let body = res.text().await.unwrap();
    let key = body
        .split("obs_")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .map(|rest| format!("obs_{rest}"))
        .unwrap();
    let res = app
        .client
        .get(app.url(routes::API_ACCOUNT))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = b.post(routes::EXPORT_REQUEST, &[]).await;
    assert_eq!(
        location(&res),
        "/settings/privacy?notice=export-queued#export"
    );
    // One per hour.
    let again = b.post(routes::EXPORT_REQUEST, &[]).await;
    assert_eq!(
        location(&again),
        "/settings/privacy?notice=export-too-soon#export"
    );
    assert_eq!(data_export::Entity::find().count(&app.db).await.unwrap(), 1);

    let row = export_row(&app).await;
    assert_eq!(row.status, "ready");
    let link = mail_link(&app, "ada@example.com", "data export is ready").await;
    // The link works without a session (it is the key), and only unaltered.
    let res = app.get(&path_of(&link)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/zip");
    let bytes = res.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    for expected in [
        "README.txt",
        "account.json",
        "consents.json",
        "credits.json",
        "generations.csv",
        "generations.json",
        "security_events.json",
        "sessions.json",
        "shares.json",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    assert_eq!(
        names.iter().filter(|n| n.starts_with("images/")).count(),
        4,
        "2 × 2 images"
    );
    assert!(names.contains(&format!("images/{first}/0.png")));
    let read = |zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let account: serde_json::Value = serde_json::from_str(&read(&mut zip, "account.json")).unwrap();
    assert_eq!(account["email"], "ada@example.com");
    assert!(account.get("password_hash").is_none(), "no password hash");
    assert_eq!(account["credits"], 20 - 2 * 2);
    assert_eq!(
        account["two_step_verification"],
        serde_json::json!({ "authenticator_app": null, "recovery_codes": [] }),
        "two-step verification is described (off here), never its secrets"
    );
    let csv = read(&mut zip, "generations.csv");
    assert!(csv.contains("canary-4711"));
    assert!(
        csv.contains("\"forest \"\"quoted\"\", with commas\""),
        "CSV quoting: {csv}"
    );
    let keys = read(&mut zip, "api_keys.json");
    assert!(keys.contains("export-key") && !keys.contains("secret_hash"));
    assert!(!keys.contains(&key[21..]), "never the key");
    let usage = read(&mut zip, "api_usage.json");
    assert!(usage.contains(routes::API_ACCOUNT));
    let sessions = read(&mut zip, "sessions.json");
    assert!(!sessions.contains("token_hash"));
    // The security log's details are stored as messages: written out in English.
    let events = read(&mut zip, "security_events.json");
    assert!(
        events.contains("\"detail\": \"email and password\""),
        "{events}"
    );
    assert!(!events.contains("catalogue"), "{events}");
    let mut png = Vec::new();
    zip.by_name(&format!("images/{first}/0.png"))
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"));

    let altered = path_of(&link).replace("sig=", "sig=A");
    assert_eq!(app.get(&altered).await.status(), StatusCode::FORBIDDEN);

    // The privacy center lists it with its download.
    let page = b.get(routes::SETTINGS_PRIVACY).await.text().await.unwrap();
    assert!(page.contains(&format!("data-testid=\"{}\"", testids::EXPORT_DOWNLOAD)));

    // After 7 days the retention run deletes the archive: the link answers 404.
    app.clock.advance(Duration::days(7) + Duration::minutes(1));
    retention::run_all(&app.state).await.unwrap();
    let row = data_export::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "expired");
    let archives: Vec<_> = app
        .state
        .storage
        .store
        .list(Some(&object_store::path::Path::from("exports")))
        .try_collect()
        .await
        .unwrap();
    assert!(archives.is_empty(), "the archive is gone from storage");
    let res = app.get(&path_of(&link)).await;
    assert!(matches!(
        res.status(),
        StatusCode::NOT_FOUND | StatusCode::FORBIDDEN
    ));
    app.stop().await.unwrap();
}
