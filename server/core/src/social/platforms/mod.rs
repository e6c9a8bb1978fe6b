//! The platforms' wire formats (`shared/specs`-documented): authorization URL, token calls,
//! who the person is and where they can publish, refresh, revocation and publishing. One module
//! per platform; this one has what they share: the HTTP client, the token call and the errors.

mod linkedin;
mod meta;
mod pinterest;
mod x;
mod youtube;

use std::time::Duration;

use chrono::{DateTime, Utc};
use obscura_shared::{i18n::Message, social::Platform};
use reqwest::{RequestBuilder, Response, StatusCode, header::HeaderMap};
use secrecy::ExposeSecret;
use serde::Deserialize;

use crate::config::social::App;

/// Tokens a platform issued.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    /// The access token.
    pub access: String,
    /// The refresh token, where the platform gives one.
    pub refresh: Option<String>,
    /// Seconds the access token lives.
    pub expires_in: Option<i64>,
    /// Seconds the refresh token lives.
    pub refresh_expires_in: Option<i64>,
    /// Scopes granted, as the platform lists them.
    pub scope: Option<String>,
}

/// A place found on the platform that a connection can publish to.
#[derive(Debug, Clone)]
pub struct FoundTarget {
    /// `profile`, `page`, `organization`, `account`, `board`, `channel`.
    pub kind: &'static str,
    /// The platform's id.
    pub external_id: String,
    /// Its name.
    pub name: String,
    /// Its own token (a Facebook Page's).
    pub token: Option<String>,
    /// Chosen from the start (the only profile, the first board).
    pub chosen: bool,
}

/// Who connected, and where they can publish.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The platform's id of the person.
    pub user_id: String,
    /// Their handle.
    pub username: Option<String>,
    /// Their name.
    pub display_name: String,
    /// Where they can publish.
    pub targets: Vec<FoundTarget>,
}

/// What one post sends.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The caption.
    pub caption: String,
    /// The alt text.
    pub alt_text: String,
    /// The image bytes (JPEG or PNG).
    pub bytes: Vec<u8>,
    /// Their type.
    pub mime: String,
    /// A short-lived public link to the same bytes, for platforms that fetch.
    pub public_url: String,
}

/// Where a post goes.
#[derive(Debug, Clone)]
pub struct Destination {
    /// The connection's access token.
    pub access: String,
    /// The person's id at the platform.
    pub user_id: String,
    /// Their handle.
    pub username: Option<String>,
    /// The target's kind.
    pub kind: String,
    /// The target's id.
    pub external_id: String,
    /// The target's own token (a Facebook Page's).
    pub target_token: Option<String>,
}

/// What was prepared before the post itself (uploaded media, a container).
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// The platform's media id, image URN or container id.
    pub media: String,
}

/// A post that exists.
#[derive(Debug, Clone)]
pub struct Posted {
    /// The platform's id.
    pub post_id: String,
    /// Its link.
    pub permalink: Option<String>,
}

/// How a platform call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlatformError {
    /// The token expired or was revoked: the person must connect again.
    #[error("token expired or revoked")]
    Expired,
    /// The platform's rate limit: again after this moment (or a default wait).
    #[error("rate limited")]
    RateLimited(Option<DateTime<Utc>>),
    /// The platform refused, with its reason (shown to the person): its own words, verbatim,
    /// or Obscura's where it gave none.
    #[error("refused")]
    Refused(Message),
    /// The platform could not be reached or failed (tried again later).
    #[error("unavailable: {0}")]
    Unavailable(String),
}

/// Keeps a platform's reason short and printable.
fn reason(s: &str) -> Message {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim();
    if clean.chars().count() > 280 {
        Message::verbatim(format!("{}…", clean.chars().take(279).collect::<String>()))
    } else if clean.is_empty() {
        Message::new("platform-no-reason")
    } else {
        Message::verbatim(clean)
    }
}

fn retry_after(headers: &HeaderMap, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let secs: i64 = headers
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(now + chrono::Duration::seconds(secs.clamp(1, 86_400)))
}

/// The platforms' shared HTTP client: short timeouts, never a redirect.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
}

impl Client {
    /// A client.
    ///
    /// # Errors
    /// If TLS cannot be set up.
    pub fn new() -> anyhow::Result<Self> {
        Ok(Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .connect_timeout(Duration::from_secs(10))
                .user_agent("Obscura")
                .build()?,
        })
    }

    async fn send(&self, req: RequestBuilder) -> Result<Response, PlatformError> {
        req.send().await.map_err(|e| {
            PlatformError::Unavailable(if e.is_timeout() {
                "the platform did not answer in time".to_owned()
            } else {
                "the platform could not be reached".to_owned()
            })
        })
    }
}

/// A platform's answer body, read whole (bounded) for error mapping.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: serde_json::Value,
}

async fn answer(resp: Response) -> Answer {
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.unwrap_or_default();
    let body = serde_json::from_slice(&bytes[..bytes.len().min(64 * 1024)])
        .unwrap_or(serde_json::Value::Null);
    Answer {
        status,
        headers,
        body,
    }
}

/// Maps a failed answer to an error as `platform` reports them.
fn classify(platform: Platform, a: &Answer, now: DateTime<Utc>) -> PlatformError {
    let text = |v: &serde_json::Value| v.as_str().map(str::to_owned);
    match platform {
        Platform::X => x::classify(a, now),
        Platform::Facebook | Platform::Instagram => meta::classify(a, now),
        _ => {
            if a.status == StatusCode::UNAUTHORIZED {
                return PlatformError::Expired;
            }
            if a.status == StatusCode::TOO_MANY_REQUESTS {
                return PlatformError::RateLimited(retry_after(&a.headers, now));
            }
            let message = text(&a.body["message"])
                .or_else(|| text(&a.body["error"]["message"]))
                .or_else(|| text(&a.body["error_description"]))
                .unwrap_or_else(|| format!("HTTP {}", a.status.as_u16()));
            if a.status.is_server_error() {
                PlatformError::Unavailable(
                    reason(&message).render(obscura_shared::account::Language::En),
                )
            } else {
                PlatformError::Refused(reason(&message))
            }
        }
    }
}

async fn expect_json<T: serde::de::DeserializeOwned>(
    platform: Platform,
    resp: Response,
    now: DateTime<Utc>,
) -> Result<T, PlatformError> {
    let a = answer(resp).await;
    if !a.status.is_success() {
        return Err(classify(platform, &a, now));
    }
    serde_json::from_value(a.body).map_err(|_| {
        PlatformError::Unavailable(format!(
            "{} answered in an unknown format",
            platform.label()
        ))
    })
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    refresh_token: Option<String>,
    expires_in: Option<i64>,
    refresh_token_expires_in: Option<i64>,
    scope: Option<String>,
}

impl From<TokenAnswer> for Tokens {
    fn from(t: TokenAnswer) -> Self {
        Self {
            access: t.access_token,
            refresh: t.refresh_token,
            expires_in: t.expires_in,
            refresh_expires_in: t.refresh_token_expires_in,
            scope: t.scope,
        }
    }
}

/// How the client proves itself at the token endpoint.
#[derive(Clone, Copy)]
enum ClientAuth {
    /// `Authorization: Basic` (X, Pinterest).
    Basic,
    /// `client_id` and `client_secret` in the form (LinkedIn, Google).
    Body,
}

/// A token request (form POST); an `invalid_grant` or 400/401 answer is [`PlatformError::Expired`]
/// for refreshes (the caller decides for codes).
async fn token_call(
    client: &Client,
    platform: Platform,
    url: &str,
    app_id: &str,
    app_secret: &str,
    auth: ClientAuth,
    mut form: Vec<(&str, String)>,
) -> Result<Tokens, PlatformError> {
    let mut req = client.http.post(url);
    match auth {
        ClientAuth::Basic => {
            req = req.basic_auth(app_id, Some(app_secret));
            form.push(("client_id", app_id.to_owned()));
        }
        ClientAuth::Body => {
            form.push(("client_id", app_id.to_owned()));
            form.push(("client_secret", app_secret.to_owned()));
        }
    }
    let resp = client.send(req.form(&form)).await?;
    let a = answer(resp).await;
    if a.status.is_success() {
        return serde_json::from_value::<TokenAnswer>(a.body)
            .map(Tokens::from)
            .map_err(|_| {
                PlatformError::Unavailable(format!("{} sent no token", platform.label()))
            });
    }
    if matches!(a.status.as_u16(), 400 | 401) {
        return Err(PlatformError::Expired);
    }
    Err(classify(platform, &a, Utc::now()))
}

/// The app of a platform, when configured.
#[must_use]
pub fn app(config: &crate::config::Social, platform: Platform) -> Option<&App> {
    match platform {
        Platform::X => config.x.as_ref(),
        Platform::Linkedin | Platform::LinkedinPage => config.linkedin.as_ref(),
        Platform::Facebook | Platform::Instagram => config.meta.as_ref(),
        Platform::Pinterest => config.pinterest.as_ref(),
        Platform::Youtube => None,
    }
}

/// The scopes asked for: the minimum to publish (nothing that reads messages, followers or
/// analytics).
#[must_use]
pub const fn scopes(platform: Platform) -> &'static [&'static str] {
    match platform {
        Platform::X => &[
            "tweet.read",
            "tweet.write",
            "users.read",
            "media.write",
            "offline.access",
        ],
        Platform::Linkedin => &["openid", "profile", "w_member_social"],
        Platform::LinkedinPage => &[
            "openid",
            "profile",
            "w_organization_social",
            "r_organization_social",
        ],
        Platform::Facebook => &[
            "pages_show_list",
            "pages_read_engagement",
            "pages_manage_posts",
        ],
        Platform::Instagram => &[
            "instagram_basic",
            "instagram_content_publish",
            "pages_show_list",
            "pages_read_engagement",
        ],
        Platform::Pinterest => &["boards:read", "pins:write", "user_accounts:read"],
        Platform::Youtube => &["https://www.googleapis.com/auth/youtube.readonly"],
    }
}

/// Endpoints of the Google client, for YouTube.
#[derive(Debug, Clone)]
pub struct GoogleEndpoints {
    /// The authorization endpoint.
    pub authorize: String,
    /// The token endpoint.
    pub token: String,
    /// The client id.
    pub client_id: String,
    /// The client secret.
    pub client_secret: String,
}

/// Where a platform's pieces are.
#[derive(Debug, Clone)]
pub enum Endpoints<'a> {
    /// A configured app.
    App(&'a App),
    /// YouTube through Google.
    Google(GoogleEndpoints, &'a crate::config::social::YouTube),
}

impl Endpoints<'_> {
    fn id_secret(&self) -> (String, String) {
        match self {
            Self::App(app) => (
                app.client_id.clone(),
                app.client_secret.expose_secret().to_owned(),
            ),
            Self::Google(g, _) => (g.client_id.clone(), g.client_secret.clone()),
        }
    }

    fn api(&self, path: &str) -> String {
        let base = match self {
            Self::App(app) => app.api_base.as_str(),
            Self::Google(_, yt) => yt.api_base.as_str(),
        };
        format!("{}{path}", base.trim_end_matches('/'))
    }

    fn auth(&self, path: &str) -> String {
        match self {
            Self::App(app) => format!("{}{path}", app.auth_base.as_str().trim_end_matches('/')),
            Self::Google(g, _) => g.authorize.clone(),
        }
    }
}

/// The authorization URL the browser is sent to.
#[must_use]
pub fn authorize_url(
    platform: Platform,
    endpoints: &Endpoints<'_>,
    redirect: &str,
    state: &str,
    challenge: &str,
) -> String {
    let (client_id, _) = endpoints.id_secret();
    let (path, separator) = match platform {
        Platform::X => ("/i/oauth2/authorize", " "),
        Platform::Linkedin | Platform::LinkedinPage => ("/oauth/v2/authorization", " "),
        Platform::Facebook | Platform::Instagram => (meta::DIALOG, ","),
        Platform::Pinterest => ("/oauth/", ","),
        Platform::Youtube => ("", " "),
    };
    let mut url = url::Url::parse(&endpoints.auth(path)).unwrap_or_else(|_| {
        url::Url::parse("https://invalid.example/").unwrap_or_else(|_| unreachable!())
    });
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("response_type", "code")
            .append_pair("client_id", &client_id)
            .append_pair("redirect_uri", redirect)
            .append_pair("scope", &scopes(platform).join(separator))
            .append_pair("state", state)
            .append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "S256");
        if platform == Platform::Youtube {
            q.append_pair("access_type", "offline")
                .append_pair("prompt", "consent");
        }
    }
    url.into()
}

/// The standard token endpoint of a platform and how the client proves itself there (None:
/// Meta, whose token calls are its own).
fn token_endpoint(platform: Platform, endpoints: &Endpoints<'_>) -> Option<(String, ClientAuth)> {
    match (platform, endpoints) {
        (Platform::X, _) => Some((endpoints.api("/2/oauth2/token"), ClientAuth::Basic)),
        (Platform::Pinterest, _) => Some((endpoints.api("/v5/oauth/token"), ClientAuth::Basic)),
        (Platform::Linkedin | Platform::LinkedinPage, _) => {
            Some((endpoints.auth("/oauth/v2/accessToken"), ClientAuth::Body))
        }
        (Platform::Youtube, Endpoints::Google(g, _)) => Some((g.token.clone(), ClientAuth::Body)),
        _ => None,
    }
}

/// Exchanges the code from the redirect.
///
/// # Errors
/// The platform's refusal or unavailability.
pub async fn exchange(
    client: &Client,
    platform: Platform,
    endpoints: &Endpoints<'_>,
    redirect: &str,
    code: &str,
    verifier: &str,
) -> Result<Tokens, PlatformError> {
    let (id, secret) = endpoints.id_secret();
    if matches!(platform, Platform::Facebook | Platform::Instagram) {
        return meta::exchange(client, endpoints, &id, &secret, redirect, code, verifier).await;
    }
    let (url, auth) = token_endpoint(platform, endpoints)
        .ok_or_else(|| PlatformError::Refused(Message::new("platform-not-configured")))?;
    let form = vec![
        ("grant_type", "authorization_code".to_owned()),
        ("code", code.to_owned()),
        ("redirect_uri", redirect.to_owned()),
        ("code_verifier", verifier.to_owned()),
    ];
    token_call(client, platform, &url, &id, &secret, auth, form).await
}

/// Refreshes the tokens (`Expired` when the platform says no: reconnect). Meta's long-lived
/// user tokens are not refreshed without the person (Page tokens do not expire): `Expired`.
///
/// # Errors
/// As the platform answers.
pub async fn refresh(
    client: &Client,
    platform: Platform,
    endpoints: &Endpoints<'_>,
    refresh_token: &str,
) -> Result<Tokens, PlatformError> {
    let (id, secret) = endpoints.id_secret();
    let (url, auth) = token_endpoint(platform, endpoints).ok_or(PlatformError::Expired)?;
    let form = vec![
        ("grant_type", "refresh_token".to_owned()),
        ("refresh_token", refresh_token.to_owned()),
    ];
    token_call(client, platform, &url, &id, &secret, auth, form).await
}

/// Who connected and where they can publish.
///
/// # Errors
/// As the platform answers.
pub async fn identity(
    client: &Client,
    platform: Platform,
    endpoints: &Endpoints<'_>,
    access: &str,
) -> Result<Identity, PlatformError> {
    match platform {
        Platform::X => x::identity(client, endpoints, access).await,
        Platform::Linkedin => linkedin::identity(client, endpoints, access, false).await,
        Platform::LinkedinPage => linkedin::identity(client, endpoints, access, true).await,
        Platform::Facebook => meta::identity(client, endpoints, access, false).await,
        Platform::Instagram => meta::identity(client, endpoints, access, true).await,
        Platform::Pinterest => pinterest::identity(client, endpoints, access).await,
        Platform::Youtube => youtube::identity(client, endpoints, access).await,
    }
}

/// Revokes the token at the platform, where it offers revocation. `Ok(false)`: the platform
/// offers none for these tokens (Pinterest user tokens).
///
/// # Errors
/// As the platform answers.
pub async fn revoke(
    client: &Client,
    platform: Platform,
    endpoints: &Endpoints<'_>,
    access: &str,
    user_id: &str,
) -> Result<bool, PlatformError> {
    let (id, secret) = endpoints.id_secret();
    let form = |extra: Vec<(&'static str, String)>| {
        let mut f = vec![("token", access.to_owned())];
        f.extend(extra);
        f
    };
    let req = match platform {
        Platform::X => client
            .http
            .post(endpoints.api("/2/oauth2/revoke"))
            .basic_auth(&id, Some(&secret))
            .form(&form(vec![
                ("client_id", id.clone()),
                ("token_type_hint", "access_token".to_owned()),
            ])),
        Platform::Linkedin | Platform::LinkedinPage => client
            .http
            .post(endpoints.auth("/oauth/v2/revoke"))
            .form(&form(vec![
                ("client_id", id.clone()),
                ("client_secret", secret.clone()),
            ])),
        Platform::Facebook | Platform::Instagram => {
            return meta::revoke(client, endpoints, access, user_id)
                .await
                .map(|()| true);
        }
        Platform::Pinterest => return Ok(false),
        Platform::Youtube => match endpoints {
            Endpoints::Google(_, yt) => {
                client.http.post(yt.revoke_url.as_str()).form(&form(vec![]))
            }
            Endpoints::App(_) => return Ok(false),
        },
    };
    let resp = client.send(req).await?;
    let a = answer(resp).await;
    // A token the platform no longer knows is as revoked as it gets.
    if a.status.is_success()
        || a.status == StatusCode::UNAUTHORIZED
        || a.status == StatusCode::BAD_REQUEST
    {
        Ok(true)
    } else {
        Err(classify(platform, &a, Utc::now()))
    }
}

/// Uploads the media or makes the container: everything before the post itself. Safe to
/// repeat (nothing is public yet).
///
/// # Errors
/// As the platform answers.
pub async fn prepare(
    client: &Client,
    platform: Platform,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Prepared, PlatformError> {
    match platform {
        Platform::X => x::prepare(client, endpoints, to, out, now).await,
        Platform::Linkedin | Platform::LinkedinPage => {
            linkedin::prepare(client, endpoints, to, out, now).await
        }
        Platform::Instagram => meta::prepare_instagram(client, endpoints, to, out, now).await,
        Platform::Facebook | Platform::Pinterest => Ok(Prepared::default()),
        Platform::Youtube => Err(PlatformError::Refused(Message::new(
            "platform-youtube-no-images",
        ))),
    }
}

/// Makes the post. Not repeated after a timeout: the post may exist.
///
/// # Errors
/// As the platform answers.
pub async fn create(
    client: &Client,
    platform: Platform,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    prepared: &Prepared,
    now: DateTime<Utc>,
) -> Result<Posted, PlatformError> {
    match platform {
        Platform::X => x::create(client, endpoints, to, out, prepared, now).await,
        Platform::Linkedin | Platform::LinkedinPage => {
            linkedin::create(client, endpoints, to, out, prepared, now).await
        }
        Platform::Facebook => meta::create_facebook(client, endpoints, to, out, now).await,
        Platform::Instagram => meta::create_instagram(client, endpoints, to, prepared, now).await,
        Platform::Pinterest => pinterest::create(client, endpoints, to, out, now).await,
        Platform::Youtube => Err(PlatformError::Refused(Message::new(
            "platform-youtube-no-images",
        ))),
    }
}

#[cfg(test)]
mod tests {
    use obscura_shared::account::Language;

    use super::*;

    #[test]
    fn a_refusal_keeps_the_platform_s_words_and_says_so_when_there_are_none() {
        let words = reason(" Duplicate\ncontent ");
        assert_eq!(words, Message::verbatim("Duplicate content"));
        assert_eq!(words.render(Language::De), "Duplicate content");
        let long = reason(&"x".repeat(400));
        assert_eq!(long.render(Language::En).chars().count(), 280);
        let none = reason("  ");
        assert_eq!(none.id(), Some("platform-no-reason"));
        assert_ne!(none.render(Language::De), none.render(Language::En));
    }
}
