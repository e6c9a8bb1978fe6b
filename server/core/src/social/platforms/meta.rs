//! Meta Graph API: Facebook Login, the long-lived user token, the person's Pages (each with its
//! own token) and their Instagram professional accounts, Page photos, Instagram containers.

use chrono::{DateTime, Utc};
use obscura_shared::{i18n::Message, social::Platform};
use serde::Deserialize;

use super::{
    Answer, Client, Destination, Endpoints, FoundTarget, Identity, Outgoing, PlatformError, Posted,
    Prepared, Tokens, answer, expect_json, reason,
};

/// The Graph API version called.
const V: &str = "v25.0";
/// The login dialog's path.
pub(super) const DIALOG: &str = "/v25.0/dialog/oauth";

pub(super) fn classify(a: &Answer, now: DateTime<Utc>) -> PlatformError {
    let e = &a.body["error"];
    let code = e["code"].as_i64().unwrap_or_default();
    if code == 190 || a.status == reqwest::StatusCode::UNAUTHORIZED {
        return PlatformError::Expired;
    }
    if matches!(code, 4 | 17 | 32 | 613 | 80001..=80014) || a.status.as_u16() == 429 {
        // Meta gives no reset time: wait a while (its windows are an hour).
        return PlatformError::RateLimited(Some(now + chrono::Duration::minutes(15)));
    }
    let message = e["error_user_msg"]
        .as_str()
        .or_else(|| e["message"].as_str())
        .map_or_else(|| format!("HTTP {}", a.status.as_u16()), str::to_owned);
    if a.status.is_server_error() || e["is_transient"].as_bool() == Some(true) {
        PlatformError::Unavailable(reason(&message).render(obscura_shared::account::Language::En))
    } else {
        PlatformError::Refused(reason(&message))
    }
}

#[derive(Deserialize)]
struct Token {
    access_token: String,
    expires_in: Option<i64>,
}

pub(super) async fn exchange(
    client: &Client,
    endpoints: &Endpoints<'_>,
    id: &str,
    secret: &str,
    redirect: &str,
    code: &str,
    verifier: &str,
) -> Result<Tokens, PlatformError> {
    let now = Utc::now();
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api(&format!("/{V}/oauth/access_token")))
                .query(&[
                    ("client_id", id),
                    ("client_secret", secret),
                    ("redirect_uri", redirect),
                    ("code", code),
                    ("code_verifier", verifier),
                ]),
        )
        .await?;
    let a = answer(resp).await;
    if !a.status.is_success() {
        return Err(match classify(&a, now) {
            PlatformError::Refused(r) => PlatformError::Refused(r),
            _ => PlatformError::Expired,
        });
    }
    let short: Token = serde_json::from_value(a.body)
        .map_err(|_| PlatformError::Unavailable("Meta sent no token".to_owned()))?;
    // Long-lived (60 days): Page tokens made from it do not expire.
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api(&format!("/{V}/oauth/access_token")))
                .query(&[
                    ("grant_type", "fb_exchange_token"),
                    ("client_id", id),
                    ("client_secret", secret),
                    ("fb_exchange_token", short.access_token.as_str()),
                ]),
        )
        .await?;
    let long: Token = expect_json(Platform::Facebook, resp, now).await?;
    Ok(Tokens {
        access: long.access_token,
        refresh: None,
        expires_in: long.expires_in,
        refresh_expires_in: None,
        scope: None,
    })
}

#[derive(Deserialize)]
struct Me {
    id: String,
    name: String,
}

#[derive(Deserialize)]
struct Pages {
    data: Vec<Page>,
}

#[derive(Deserialize)]
struct Page {
    id: String,
    name: String,
    access_token: Option<String>,
    instagram_business_account: Option<IgAccount>,
}

#[derive(Deserialize)]
struct IgAccount {
    id: String,
    username: Option<String>,
}

pub(super) async fn identity(
    client: &Client,
    endpoints: &Endpoints<'_>,
    access: &str,
    instagram: bool,
) -> Result<Identity, PlatformError> {
    let platform = if instagram {
        Platform::Instagram
    } else {
        Platform::Facebook
    };
    let now = Utc::now();
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api(&format!("/{V}/me")))
                .query(&[("fields", "id,name"), ("access_token", access)]),
        )
        .await?;
    let me: Me = expect_json(platform, resp, now).await?;
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api(&format!("/{V}/me/accounts")))
                .query(&[
                    (
                        "fields",
                        "id,name,access_token,instagram_business_account{id,username}",
                    ),
                    ("limit", "100"),
                    ("access_token", access),
                ]),
        )
        .await?;
    let pages: Pages = expect_json(platform, resp, now).await?;
    let targets = pages
        .data
        .into_iter()
        .filter_map(|p| {
            if instagram {
                let ig = p.instagram_business_account?;
                Some(FoundTarget {
                    kind: "account",
                    name: ig
                        .username
                        .map_or_else(|| p.name.clone(), |u| format!("@{u}")),
                    external_id: ig.id,
                    token: p.access_token,
                    chosen: false,
                })
            } else {
                Some(FoundTarget {
                    kind: "page",
                    external_id: p.id,
                    name: p.name,
                    token: p.access_token,
                    chosen: false,
                })
            }
        })
        .collect();
    Ok(Identity {
        user_id: me.id,
        username: None,
        display_name: me.name,
        targets,
    })
}

pub(super) async fn revoke(
    client: &Client,
    endpoints: &Endpoints<'_>,
    access: &str,
    user_id: &str,
) -> Result<(), PlatformError> {
    let resp = client
        .send(
            client
                .http
                .delete(endpoints.api(&format!("/{V}/{user_id}/permissions")))
                .query(&[("access_token", access)]),
        )
        .await?;
    let a = answer(resp).await;
    match classify(&a, Utc::now()) {
        _ if a.status.is_success() => Ok(()),
        // Already gone at Meta.
        PlatformError::Expired => Ok(()),
        e => Err(e),
    }
}

#[derive(Deserialize)]
struct Photo {
    id: String,
    post_id: Option<String>,
}

fn page_token(to: &Destination) -> String {
    to.target_token.clone().unwrap_or_else(|| to.access.clone())
}

pub(super) async fn create_facebook(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Posted, PlatformError> {
    let part = reqwest::multipart::Part::bytes(out.bytes.clone())
        .file_name("image")
        .mime_str(&out.mime)
        .map_err(|_| PlatformError::Refused(Message::new("platform-image-type")))?;
    let mut form = reqwest::multipart::Form::new()
        .part("source", part)
        .text("caption", out.caption.clone())
        .text("published", "true")
        .text("access_token", page_token(to));
    if !out.alt_text.is_empty() {
        form = form.text("alt_text_custom", out.alt_text.clone());
    }
    let resp = client
        .send(
            client
                .http
                .post(endpoints.api(&format!("/{V}/{}/photos", to.external_id)))
                .multipart(form),
        )
        .await?;
    let photo: Photo = expect_json(Platform::Facebook, resp, now).await?;
    let post = photo.post_id.unwrap_or(photo.id);
    Ok(Posted {
        permalink: Some(format!("https://www.facebook.com/{post}")),
        post_id: post,
    })
}

#[derive(Deserialize)]
struct Id {
    id: String,
}

#[derive(Deserialize)]
struct Status {
    status_code: Option<String>,
}

#[derive(Deserialize)]
struct Permalink {
    permalink: Option<String>,
}

pub(super) async fn prepare_instagram(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Prepared, PlatformError> {
    let token = page_token(to);
    // Meta fetches the image from the short-lived public link now.
    let resp = client
        .send(
            client
                .http
                .post(endpoints.api(&format!("/{V}/{}/media", to.external_id)))
                .form(&[
                    ("image_url", out.public_url.as_str()),
                    ("caption", out.caption.as_str()),
                    ("alt_text", out.alt_text.as_str()),
                    ("access_token", token.as_str()),
                ]),
        )
        .await?;
    let container: Id = expect_json(Platform::Instagram, resp, now).await?;
    // The container is ready within seconds for a still image.
    for _ in 0..10 {
        let resp = client
            .send(
                client
                    .http
                    .get(endpoints.api(&format!("/{V}/{}", container.id)))
                    .query(&[("fields", "status_code"), ("access_token", token.as_str())]),
            )
            .await?;
        let status: Status = expect_json(Platform::Instagram, resp, now).await?;
        match status.status_code.as_deref() {
            Some("FINISHED") => {
                return Ok(Prepared {
                    media: container.id,
                });
            }
            Some("ERROR") => {
                return Err(PlatformError::Refused(Message::new(
                    "platform-instagram-processing",
                )));
            }
            Some("EXPIRED") => {
                return Err(PlatformError::Unavailable(
                    "Instagram's container expired".to_owned(),
                ));
            }
            _ => tokio::time::sleep(std::time::Duration::from_secs(1)).await,
        }
    }
    Err(PlatformError::Unavailable(
        "Instagram is still processing the image".to_owned(),
    ))
}

pub(super) async fn create_instagram(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    prepared: &Prepared,
    now: DateTime<Utc>,
) -> Result<Posted, PlatformError> {
    let token = page_token(to);
    let resp = client
        .send(
            client
                .http
                .post(endpoints.api(&format!("/{V}/{}/media_publish", to.external_id)))
                .form(&[
                    ("creation_id", prepared.media.as_str()),
                    ("access_token", token.as_str()),
                ]),
        )
        .await?;
    let media: Id = expect_json(Platform::Instagram, resp, now).await?;
    // The link is a nicety: the post exists whether or not it is read.
    let permalink = match client
        .send(
            client
                .http
                .get(endpoints.api(&format!("/{V}/{}", media.id)))
                .query(&[("fields", "permalink"), ("access_token", token.as_str())]),
        )
        .await
    {
        Ok(resp) => expect_json::<Permalink>(Platform::Instagram, resp, now)
            .await
            .ok()
            .and_then(|p| p.permalink),
        Err(_) => None,
    };
    Ok(Posted {
        post_id: media.id,
        permalink,
    })
}
