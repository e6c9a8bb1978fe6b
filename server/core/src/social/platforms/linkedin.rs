//! LinkedIn: OpenID userinfo, organization pages the member administers, the Images API and
//! the Posts API (versioned `/rest` calls).

use chrono::{DateTime, Utc};
use obscura_shared::social::Platform;
use serde::Deserialize;

use super::{
    Client, Destination, Endpoints, FoundTarget, Identity, Outgoing, PlatformError, Posted,
    Prepared, answer, classify, expect_json,
};

/// The `LinkedIn-Version` sent on every `/rest` call.
const VERSION: &str = "202611";

fn rest(
    client: &Client,
    method: reqwest::Method,
    url: String,
    access: &str,
) -> reqwest::RequestBuilder {
    client
        .http
        .request(method, url)
        .bearer_auth(access)
        .header("LinkedIn-Version", VERSION)
        .header("X-Restli-Protocol-Version", "2.0.0")
}

#[derive(Deserialize)]
struct UserInfo {
    sub: String,
    name: Option<String>,
}

#[derive(Deserialize)]
struct Acls {
    elements: Vec<Acl>,
}

#[derive(Deserialize)]
struct Acl {
    organization: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Organization {
    localized_name: Option<String>,
}

pub(super) async fn identity(
    client: &Client,
    endpoints: &Endpoints<'_>,
    access: &str,
    pages: bool,
) -> Result<Identity, PlatformError> {
    let platform = if pages {
        Platform::LinkedinPage
    } else {
        Platform::Linkedin
    };
    let resp = client
        .send(
            client
                .http
                .get(endpoints.api("/v2/userinfo"))
                .bearer_auth(access),
        )
        .await?;
    let me: UserInfo = expect_json(platform, resp, Utc::now()).await?;
    let name = me
        .name
        .clone()
        .unwrap_or_else(|| "LinkedIn member".to_owned());
    let mut targets = Vec::new();
    if pages {
        let resp = client
            .send(rest(
                client,
                reqwest::Method::GET,
                endpoints
                    .api("/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED"),
                access,
            ))
            .await?;
        let acls: Acls = expect_json(platform, resp, Utc::now()).await?;
        for acl in acls.elements.into_iter().take(50) {
            let Some(id) = acl.organization.strip_prefix("urn:li:organization:") else {
                continue;
            };
            let resp = client
                .send(rest(
                    client,
                    reqwest::Method::GET,
                    endpoints.api(&format!("/rest/organizations/{id}")),
                    access,
                ))
                .await?;
            let org: Organization = expect_json(platform, resp, Utc::now()).await?;
            targets.push(FoundTarget {
                kind: "organization",
                external_id: acl.organization.clone(),
                name: org
                    .localized_name
                    .unwrap_or_else(|| format!("Organization {id}")),
                token: None,
                chosen: false,
            });
        }
    } else {
        targets.push(FoundTarget {
            kind: "profile",
            external_id: format!("urn:li:person:{}", me.sub),
            name: name.clone(),
            token: None,
            chosen: true,
        });
    }
    Ok(Identity {
        user_id: me.sub,
        username: None,
        display_name: name,
        targets,
    })
}

#[derive(Deserialize)]
struct Init {
    value: InitValue,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct InitValue {
    upload_url: String,
    image: String,
}

fn platform_of(to: &Destination) -> Platform {
    if to.kind == "organization" {
        Platform::LinkedinPage
    } else {
        Platform::Linkedin
    }
}

pub(super) async fn prepare(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<Prepared, PlatformError> {
    let platform = platform_of(to);
    let resp = client
        .send(
            rest(
                client,
                reqwest::Method::POST,
                endpoints.api("/rest/images?action=initializeUpload"),
                &to.access,
            )
            .json(&serde_json::json!({
                "initializeUploadRequest": { "owner": to.external_id }
            })),
        )
        .await?;
    let init: Init = expect_json(platform, resp, now).await?;
    // The upload URL comes from the platform's answer: only ever to the API's own origin.
    let api = url::Url::parse(&endpoints.api("/")).ok();
    let upload = url::Url::parse(&init.value.upload_url).ok();
    let same_site = match (&api, &upload) {
        (Some(a), Some(u)) => {
            u.scheme() == "https"
                && u.host_str()
                    .is_some_and(|h| h.ends_with(".linkedin.com") || h == "linkedin.com")
                || a.origin() == u.origin()
        }
        _ => false,
    };
    if !same_site {
        return Err(PlatformError::Unavailable(
            "LinkedIn sent an unexpected upload address".to_owned(),
        ));
    }
    let resp = client
        .send(
            client
                .http
                .put(&init.value.upload_url)
                .bearer_auth(&to.access)
                .header(reqwest::header::CONTENT_TYPE, out.mime.clone())
                .body(out.bytes.clone()),
        )
        .await?;
    let a = answer(resp).await;
    if !a.status.is_success() {
        return Err(classify(platform, &a, now));
    }
    Ok(Prepared {
        media: init.value.image,
    })
}

/// LinkedIn's "little" text format: reserved characters are escaped, or the text is cut.
fn little(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "|{}@[]()<>#\\*_~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(super) async fn create(
    client: &Client,
    endpoints: &Endpoints<'_>,
    to: &Destination,
    out: &Outgoing,
    prepared: &Prepared,
    now: DateTime<Utc>,
) -> Result<Posted, PlatformError> {
    let platform = platform_of(to);
    let resp = client
        .send(
            rest(
                client,
                reqwest::Method::POST,
                endpoints.api("/rest/posts"),
                &to.access,
            )
            .json(&serde_json::json!({
                "author": to.external_id,
                "commentary": little(&out.caption),
                "visibility": "PUBLIC",
                "distribution": {
                    "feedDistribution": "MAIN_FEED",
                    "targetEntities": [],
                    "thirdPartyDistributionChannels": [],
                },
                "content": { "media": { "id": prepared.media, "altText": out.alt_text } },
                "lifecycleState": "PUBLISHED",
                "isReshareDisabledByAuthor": false,
            })),
        )
        .await?;
    let a = answer(resp).await;
    if !a.status.is_success() {
        return Err(classify(platform, &a, now));
    }
    let urn = a
        .headers
        .get("x-restli-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .ok_or_else(|| PlatformError::Unavailable("LinkedIn did not name the post".to_owned()))?;
    Ok(Posted {
        permalink: Some(format!("https://www.linkedin.com/feed/update/{urn}/")),
        post_id: urn,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn little_text_escapes_reserved_characters() {
        assert_eq!(super::little("a #tag (x) @me"), "a \\#tag \\(x\\) \\@me");
    }
}
