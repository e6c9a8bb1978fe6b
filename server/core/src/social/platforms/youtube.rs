//! YouTube Data API v3: the connected channel (shown only; YouTube has no API for image posts).

use chrono::Utc;
use obscura_shared::{i18n::Message, social::Platform};
use serde::Deserialize;

use super::{Client, Endpoints, FoundTarget, Identity, PlatformError, expect_json};

#[derive(Deserialize)]
struct Channels {
    #[serde(default)]
    items: Vec<Channel>,
}

#[derive(Deserialize)]
struct Channel {
    id: String,
    snippet: Snippet,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Snippet {
    title: String,
    custom_url: Option<String>,
}

pub(super) async fn identity(
    client: &Client,
    endpoints: &Endpoints<'_>,
    access: &str,
) -> Result<Identity, PlatformError> {
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api("/youtube/v3/channels"))
                .query(&[("part", "snippet"), ("mine", "true")])
                .bearer_auth(access),
        )
        .await?;
    let channels: Channels = expect_json(Platform::Youtube, resp, Utc::now()).await?;
    let channel = channels
        .items
        .into_iter()
        .next()
        .ok_or_else(|| PlatformError::Refused(Message::new("platform-youtube-no-channel")))?;
    Ok(Identity {
        user_id: channel.id.clone(),
        username: channel.snippet.custom_url.clone(),
        display_name: channel.snippet.title.clone(),
        targets: vec![FoundTarget {
            kind: "channel",
            external_id: channel.id,
            name: channel.snippet.title,
            token: None,
            chosen: false,
        }],
    })
}
