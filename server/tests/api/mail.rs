//! Account mail through a real SMTP server (npm `maildev`, started by the test command),
//! read back through its API.

use obscura_shared::routes;

use crate::helpers::browser::{Browser, sign_up};
use crate::helpers::{Db, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_links_go_out_by_smtp() {
    let smtp = std::env::var("OBSCURA_TEST_SMTP_URL")
        .ok()
        .filter(|s| !s.is_empty());
    let api = std::env::var("OBSCURA_TEST_MAILDEV_URL")
        .ok()
        .filter(|s| !s.is_empty());
    let (Some(smtp), Some(api)) = (smtp, api) else {
        assert_ne!(
            std::env::var("OBSCURA_TEST_REQUIRE_PEERS").as_deref(),
            Ok("1"),
            "maildev is required"
        );
        return;
    };
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("SMTP_URL", &smtp),
            ("MAIL_FROM", "Obscura Test <no-reply@obscura.test>"),
        ],
    )
    .await;
    assert!(app.state.mailer.outbox().is_none());
    let to = format!("smtp-{}@example.com", uuid::Uuid::new_v4().simple());
    sign_up(&app, &to).await;
    let mut b = Browser::new(&app);
    b.post(routes::LOGIN, &[("email", to.as_str()), ("action", "link")])
        .await;

    // Both sends have ended (the SMTP server took the messages); maildev files a message a moment
    // after taking it, so its API, another process, is asked a few times.
    crate::helpers::mail::settle(&app).await;
    let http = reqwest::Client::new();
    let mut found = Vec::new();
    for _ in 0..100 {
        let all: Vec<serde_json::Value> = http
            .get(format!("{api}/email"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        found = all
            .into_iter()
            .filter(|m| {
                m["to"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|a| a["address"] == to.as_str()))
            })
            .collect();
        if found.len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(found.len(), 2, "verification and sign-in mail");
    let magic = found
        .iter()
        .find(|m| m["subject"].as_str().unwrap().contains("sign-in link"))
        .unwrap();
    assert_eq!(magic["from"][0]["address"], "no-reply@obscura.test");
    let text = magic["text"].as_str().unwrap();
    let html = magic["html"].as_str().unwrap();
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with(&format!("{}{}", app.address, routes::MAGIC_LINK)))
        .unwrap();
    assert!(
        html.contains(&link.replace('&', "&amp;")),
        "HTML and text carry the same link"
    );
    assert!(html.contains("Sign in to Obscura"));
    // The link works.
    let path = &link[app.address.len()..];
    assert_eq!(b.get(path).await.status(), reqwest::StatusCode::OK);
    app.stop().await.unwrap();
}
