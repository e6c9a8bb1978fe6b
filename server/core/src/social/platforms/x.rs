//! X API v2: `users/me`, one-shot media upload, alt text, and the post with `made_with_ai`.

use chrono::{DateTime, TimeZone, Utc};
use obscura_shared::{i18n::Message, social::Platform};
use reqwest::StatusCode;
use serde::Deserialize;

use super::{
    Answer, Client, Destination, Endpoints, FoundTarget, Identity, Outgoing, PlatformError, Posted,
    Prepared, expect_json, reason,
};

pub(super) fn classify(a: &Answer, now: DateTime<Utc>) -> PlatformError {
    if a.status == StatusCode::UNAUTHORIZED {
        return PlatformError::Expired;
    }
    if a.status == StatusCode::TOO_MANY_REQUESTS {
        // X sends its reset time (Unix seconds), not Retry-After.
        let reset = a
            .headers
            .get("x-rate-limit-reset")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<i64>().ok())
            .and_then(|s| Utc.timestamp_opt(s, 0).single())
            .filter(|t| *t > now)
            // X's windows are at most a day: a later reset is a clock disagreement.
            .map(|t| t.min(now + chrono::Duration::hours(24)));
        return PlatformError::RateLimited(reset);
    }
    let message = a.body["detail"]
        .as_str()
        .or_else(|| a.body["errors"][0]["message"].as_str())
        .or_else(|| a.body["title"].as_str())
        .map_or_else(|| format!("HTTP {}", a.status.as_u16()), str::to_owned);
    if a.status.is_server_error() {
        PlatformError::Unavailable(reason(&message).render(obscura_shared::account::Language::En))
    } else {
        PlatformError::Refused(reason(&message))
    }
}

#[derive(Deserialize)]
struct Data<T> {
    data: T,
}

#[derive(Deserialize)]
struct Me {
    id: String,
    name: String,
    username: String,
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
                .get(endpoints.api("/2/users/me"))
                .bearer_auth(access),
        )
        .await?;
    let me: Data<Me> = expect_json(Platform::X, resp, Utc::now()).await?;
    Ok(Identity {
        user_id: me.data.id.clone(),
        username: Some(me.data.username.clone()),
        display_name: me.data.name,
        targets: vec![FoundTarget {
            kind: "profile",
            external_id: me.data.id,
            name: format!("@{}", me.data.username),
            token: None,
            chosen: true,
        }],
    })
}

#[derive(Deserialize)]
struct Media {
    id: String,
}

pub(super) async fn prepare(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Prepared, PlatformError> {
    let part = reqwest::multipart::Part::bytes(out.bytes.clone())
        .file_name("image")
        .mime_str(&out.mime)
        .map_err(|_| PlatformError::Refused(Message::new("platform-image-type")))?;
    let form = reqwest::multipart::Form::new()
        .part("media", part)
        .text("media_category", "tweet_image");
    let resp = client
        .send(
            client
                .http
                .post(endpoints.api("/2/media/upload"))
                .bearer_auth(&to.access)
                .multipart(form),
        )
        .await?;
    let media: Data<Media> = expect_json(Platform::X, resp, now).await?;
    if !out.alt_text.is_empty() {
        let resp = client
            .send(
                client
                    .http
                    .post(endpoints.api("/2/media/metadata"))
                    .bearer_auth(&to.access)
                    .json(&serde_json::json!({
                        "id": media.data.id,
                        "metadata": { "alt_text": { "text": out.alt_text } },
                    })),
            )
            .await?;
        let _: serde_json::Value = expect_json(Platform::X, resp, now).await?;
    }
    Ok(Prepared {
        media: media.data.id,
    })
}

#[derive(Deserialize)]
struct Tweet {
    id: String,
}

pub(super) async fn create(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    prepared: &Prepared,
    now: DateTime<Utc>,
) -> Result<Posted, PlatformError> {
    let resp = client
        .send(
            client
                .http
                .post(endpoints.api("/2/tweets"))
                .bearer_auth(&to.access)
                .json(&serde_json::json!({
                    "text": out.caption,
                    "media": { "media_ids": [prepared.media] },
                    // Discloses AI-generated media, as X asks.
                    "made_with_ai": true,
                })),
        )
        .await?;
    let tweet: Data<Tweet> = expect_json(Platform::X, resp, now).await?;
    let handle = to.username.clone().unwrap_or_else(|| "i".to_owned());
    Ok(Posted {
        permalink: Some(format!("https://x.com/{handle}/status/{}", tweet.data.id)),
        post_id: tweet.data.id,
    })
}
