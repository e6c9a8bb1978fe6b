//! The privacy center and cookie consent: the banner and its proof, signals, opt-in page-view
//! counts, restriction toggles, the data export, erasure with its grace period, and the
//! retention run's log; one module a flow, with the requests they share here.

mod analytics;
mod consent;
mod erasure;
mod export;

use obscura_server::db::entities::data_export;
use obscura_shared::{consent::COOKIE, routes, testids};
use reqwest::header;
use sea_orm::EntityTrait;

use crate::helpers::TestApp;
use crate::helpers::browser::Browser;
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::finished;

/// A GET with extra headers and no session.
async fn get_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut rb = app.client.get(app.url(path));
    if !headers.iter().any(|(k, _)| *k == "user-agent") {
        rb = rb.header(
            header::USER_AGENT,
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        );
    }
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    rb.send().await.unwrap()
}

/// Posts a cookie choice; returns the response.
async fn choose(
    app: &TestApp,
    pairs: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut rb = app
        .client
        .post(app.url(routes::CONSENT))
        .header(header::ORIGIN, &app.address)
        .form(pairs);
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    rb.send().await.unwrap()
}

/// The `cookie-consent=…` pair a response sets, with the whole header.
fn consent_cookie(res: &reqwest::Response) -> (String, String) {
    let header = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(&format!("{COOKIE}=")))
        .expect("the consent cookie is set");
    let pair = header.split(';').next().unwrap().to_owned();
    (pair, header)
}

fn has_banner(body: &str) -> bool {
    body.contains(&format!("data-testid=\"{}\"", testids::CONSENT_BANNER))
}

/// Makes a generation with `prompt` and waits for it.
async fn generate(app: &TestApp, b: &mut Browser<'_>, prompt: &str) -> uuid::Uuid {
    let id = created_id(
        &submit(
            b,
            form(&[("prompt", prompt), ("model", "offline"), ("count", "2")]),
        )
        .await,
    );
    assert_eq!(finished(app, id).await.status, "succeeded");
    id
}

/// Runs the pending jobs (the export's among them); returns the export's row, built.
async fn export_row(app: &TestApp) -> data_export::Model {
    app.run_pending_jobs().await;
    let row = data_export::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("an export was asked for");
    assert_ne!(row.status, "queued", "the export was not built");
    row
}
