//! Server-rendered HTML of every page, and the 404 page.

use obscura_shared::{routes, storage::DECLARED, testids};

use crate::helpers::{Db, html, spawn_app, spawn_app_with, text_of};

async fn page(app: &crate::helpers::TestApp, path: &str) -> (u16, String) {
    let res = app.get(path).await;
    let status = res.status().as_u16();
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    (status, res.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_public_page_renders_with_header_footer_and_landmarks() {
    let app = spawn_app().await;
    for path in routes::PUBLIC_PAGES {
        let (status, body) = page(&app, path).await;
        assert_eq!(status, 200, "{path}");
        let doc = html(&body);
        assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(body.contains(r#"<html lang="en""#), "{path}");
        for landmark in ["header", "main#main", "footer", "nav[aria-label=Main]"] {
            let sel = scraper::Selector::parse(landmark).unwrap();
            assert!(doc.select(&sel).next().is_some(), "{path} lacks {landmark}");
        }
        assert!(!text_of(&doc, "h1").is_empty(), "{path} has no h1");
        assert!(
            body.contains(r##"href="#main""##),
            "{path} lacks the skip link"
        );
        assert!(
            body.contains(&format!(r#"data-testid="{}""#, testids::THEME_TOGGLE)),
            "{path}"
        );
        assert!(
            body.contains("/pkg/obscura-8899aabbccddeeff.css"),
            "{path} lacks the stylesheet"
        );
        assert!(
            body.contains("/pkg/enhance-0011223344556677.js"),
            "{path} lacks the enhance module"
        );
        // Light pages never load the islands bundle (byte budget).
        if routes::LIGHT_PAGES.contains(path) {
            assert!(
                !body.contains("obscura-ffeeddccbbaa9988"),
                "{path} loads the islands bundle"
            );
        }
        let title = text_of(&doc, "title");
        assert!(title.contains("Obscura"), "{path}: {title}");
    }
}

#[test]
fn every_page_of_the_router_is_listed_for_the_site_walks() {
    // The end-to-end walks (accessibility, byte budget, storage) visit `PUBLIC_PAGES`; a page
    // added to the router without being listed would escape them.
    let mut listed: Vec<String> = routes::PUBLIC_PAGES
        .iter()
        .chain(routes::ACCOUNT_PAGES)
        .chain(routes::FLOW_PAGES)
        .chain(routes::ADMIN_PAGES)
        .chain(routes::PARAM_PAGES)
        .map(|p| (*p).to_owned())
        .collect();
    listed.sort();
    assert_eq!(crate::helpers::router_pages(), listed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn landing_page_explains_the_product_and_leads_to_sign_up_and_sign_in() {
    let app = spawn_app().await;
    let (_, body) = page(&app, "/").await;
    let doc = html(&body);
    assert!(text_of(&doc, "h1").contains("Keep them yours"));
    assert!(body.contains(&format!(r#"href="{}""#, routes::SIGNUP)));
    assert!(body.contains(&format!(r#"href="{}""#, routes::LOGIN)));
    assert!(body.contains("Private by default"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn privacy_policy_is_generated_from_the_configuration() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("PRIVACY_EMAIL", "privacy@imaging.example"),
            ("DPO_EMAIL", "dpo@imaging.example"),
            (
                "SUPERVISORY_AUTHORITY",
                "the Information Commissioner's Office",
            ),
            ("MIN_AGE", "13"),
        ],
    )
    .await;
    let (status, body) = page(&app, routes::PRIVACY).await;
    assert_eq!(status, 200);
    let text: String = html(&body).root_element().text().collect();
    for expected in [
        "Example Imaging Ltd",
        "privacy@imaging.example",
        "dpo@imaging.example",
        "Information Commissioner",
        "Embedded database",
        "File storage",
        "at least 13 years old",
        "Account details",
    ] {
        assert!(text.contains(expected), "privacy page lacks {expected:?}");
    }
    // Every declared cookie and storage key is in the table (Google's only with Google; the
    // trial's is on by default).
    for d in DECLARED
        .iter()
        .filter(|d| d.only_with.is_none() || d.name == obscura_shared::storage::TRIAL_COOKIE)
    {
        assert!(body.contains(d.name), "undeclared in policy: {}", d.name);
    }
    // The version and effective date come from the policy_versions table (manual clock).
    assert!(body.contains("2026-03-01"), "effective date");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn privacy_policy_names_postgres_when_it_is_configured() {
    if crate::helpers::postgres_admin_url().is_none() {
        return;
    }
    let app = spawn_app_with(Db::Postgres, &[]).await;
    let (_, body) = page(&app, routes::PRIVACY).await;
    assert!(body.contains("PostgreSQL database"));
    assert!(!body.contains("Embedded database"));
    // Credentials never appear.
    let admin = crate::helpers::postgres_admin_url().unwrap();
    if let Some(pw) = url::Url::parse(&admin).unwrap().password() {
        assert!(!body.contains(pw));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn terms_and_support_show_the_operator_and_contacts() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("SUPPORT_EMAIL", "help@imaging.example"),
            ("GOVERNING_LAW", "the laws of Ireland"),
        ],
    )
    .await;
    let (_, terms) = page(&app, routes::TERMS).await;
    assert!(terms.contains("Example Imaging Ltd"));
    assert!(terms.contains("the laws of Ireland"));
    assert!(terms.contains("help@imaging.example"));
    let (_, support) = page(&app, routes::SUPPORT).await;
    assert!(support.contains("help@imaging.example"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_paths_get_the_styled_404_page() {
    let app = spawn_app().await;
    for path in [
        "/nope",
        "/a/b/c",
        "/share",
        "/pkg/missing.js",
        "/no-such-file.txt",
    ] {
        let (status, body) = page(&app, path).await;
        assert_eq!(status, 404, "{path}");
        let doc = html(&body);
        assert!(
            body.contains(&format!(r#"data-testid="{}""#, testids::NOT_FOUND)),
            "{path}"
        );
        assert!(text_of(&doc, "h1").contains("doesn't exist"), "{path}");
        assert!(
            body.contains(r#"<meta name="robots" content="noindex""#),
            "{path}"
        );
        assert!(
            body.contains("data-testid=\"site-header\""),
            "{path} is not in the site frame"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn development_mode_is_shown_and_production_hides_it() {
    let dev = spawn_app().await;
    assert!(page(&dev, "/").await.1.contains("Development mode"));
    let prod = crate::helpers::spawn_production_app().await;
    assert!(!page(&prod, "/").await.1.contains("Development mode"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn support_page_renders_the_service_status_island_with_its_state() {
    let app = spawn_app().await;
    let (status, body) = page(&app, routes::SUPPORT).await;
    assert_eq!(status, 200);
    let doc = html(&body);
    let text = text_of(
        &doc,
        &format!(r#"[data-testid="{}"]"#, testids::SERVICE_STATUS),
    );
    assert!(text.contains("All systems operational"), "{text}");
    assert!(body.contains("<leptos-island"), "the status is an island");
    // Pages with islands load the islands bundle.
    assert!(body.contains("obscura-ffeeddccbbaa9988"));

    // When storage fails, the page says so.
    let objects = app.data_dir.path().join("data/objects");
    std::fs::remove_dir_all(&objects).unwrap();
    std::fs::write(&objects, b"x").unwrap();
    // The last result is reused for 10 seconds; the next check sees the failure.
    app.state.readiness.forget().await;
    let (_, body) = page(&app, routes::SUPPORT).await;
    assert!(
        html(&body)
            .root_element()
            .text()
            .collect::<String>()
            .contains("trouble storing files")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_status_server_function_answers_json() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/rpc/status"))
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: obscura_shared::health::Readiness = res.json().await.unwrap();
    assert_eq!(body.status, obscura_shared::health::CheckStatus::Ok);
}

/// Many pages rendered at once, each waiting on its data, never read one another's reactive
/// state: every render answers 200 with the whole page, and the server keeps answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_rendered_concurrently_each_finish_whole() {
    // A render that reads reactive state after its page was dropped panics on a worker thread,
    // where the response may already be gone: such panics are counted here.
    static REACTIVE_PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let text = info.to_string();
            if text.contains("already been disposed") || text.contains("no Arena is active") {
                REACTIVE_PANICS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
            previous(info);
        }));
    });
    let app = spawn_app().await;
    let browser = crate::helpers::browser::verified_user(&app, "many@example.com").await;
    let cookie = browser.cookie.clone().unwrap();
    let origin = browser.origin.clone();
    let paths = [
        routes::CREATE,
        routes::GALLERY,
        routes::SUPPORT,
        routes::PRIVACY_VERSIONS,
    ];
    for round in 0..40 {
        let requests = (0..24).map(|i| {
            let path = paths[i % paths.len()];
            // A form sent back with its errors is rendered too.
            let req = if i % 3 == 0 {
                app.client
                    .post(app.url(routes::CREATE))
                    .header(reqwest::header::ORIGIN, origin.clone())
                    .multipart(
                        reqwest::multipart::Form::new()
                            .text("prompt", "")
                            .text("negative_prompt", "x".repeat(5000)),
                    )
            } else {
                app.client.get(app.url(path))
            };
            let path = if i % 3 == 0 { "POST /create" } else { path };
            let req = req.header(reqwest::header::COOKIE, cookie.clone()).send();
            async move {
                let res = req.await.unwrap();
                let status = res.status().as_u16();
                // Every other browser goes away before the page has arrived.
                let body = if i % 2 == 0 {
                    res.text().await.map(Some)
                } else {
                    drop(res);
                    Ok(None)
                };
                (path, status, body)
            }
        });
        for (path, status, body) in futures::future::join_all(requests).await {
            let body = body.unwrap_or_else(|e| panic!("round {round}: {path} broke off: {e}"));
            let expected = if path.starts_with("POST") { 422 } else { 200 };
            assert_eq!(status, expected, "round {round}: {path}");
            let Some(body) = body else { continue };
            assert!(
                body.contains("</html>"),
                "round {round}: {path} was cut short: {}",
                &body[body.len().saturating_sub(300)..]
            );
        }
    }
    // Renders the browsers walked away from have ended by now.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        REACTIVE_PANICS.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "a render read reactive state after its page was dropped"
    );
    assert_eq!(app.get(routes::HOME).await.status(), 200);
}
