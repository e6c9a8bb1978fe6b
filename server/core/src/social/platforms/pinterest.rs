//! Pinterest API v5: the user account, boards, and Pins made from a short-lived public link.

use chrono::{DateTime, Utc};
use obscura_shared::social::Platform;
use serde::Deserialize;

use super::{
    Client, Destination, Endpoints, FoundTarget, Identity, Outgoing, PlatformError, Posted,
    expect_json,
};

#[derive(Deserialize)]
struct Account {
    username: String,
    id: Option<String>,
}

#[derive(Deserialize)]
struct Boards {
    items: Vec<Board>,
}

#[derive(Deserialize)]
struct Board {
    id: String,
    name: String,
}

pub(super) async fn identity(
    client: &Client,
    endpoints: &Endpoints<'_>,
    access: &str,
) -> Result<Identity, PlatformError> {
    let now = Utc::now();
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api("/v5/user_account"))
                .bearer_auth(access),
        )
        .await?;
    let me: Account = expect_json(Platform::Pinterest, resp, now).await?;
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api("/v5/boards"))
                .query(&[("page_size", "100")])
                .bearer_auth(access),
        )
        .await?;
    let boards: Boards = expect_json(Platform::Pinterest, resp, now).await?;
    let targets = boards
        .items
        .into_iter()
        .enumerate()
        .map(|(i, b)| FoundTarget {
            kind: "board",
            external_id: b.id,
            name: b.name,
            token: None,
            chosen: i == 0,
        })
        .collect();
    Ok(Identity {
        user_id: me.id.unwrap_or_else(|| me.username.clone()),
        username: Some(me.username.clone()),
        display_name: me.username,
        targets,
    })
}

#[derive(Deserialize)]
struct Pin {
    id: String,
}

/// The title: the caption's first line, at most 100 characters.
fn title(caption: &str) -> String {
    caption
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

pub(super) async fn create(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Posted, PlatformError> {
    let resp = client
        .send(
            client
                .http
                .post(endpoints.api("/v5/pins"))
                .bearer_auth(&to.access)
                .json(&serde_json::json!({
                    "board_id": to.external_id,
                    "title": title(&out.caption),
                    "description": out.caption,
                    "alt_text": out.alt_text,
                    "media_source": { "source_type": "image_url", "url": out.public_url },
                })),
        )
        .await?;
    let pin: Pin = expect_json(Platform::Pinterest, resp, now).await?;
    Ok(Posted {
        permalink: Some(format!("https://www.pinterest.com/pin/{}/", pin.id)),
        post_id: pin.id,
    })
}
