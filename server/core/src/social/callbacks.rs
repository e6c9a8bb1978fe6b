//! Meta's data-deletion and deauthorize callbacks (P-SOC-6): a `signed_request` (HMAC-SHA256
//! over the payload segment exactly as received, keyed with the app secret, base64url without
//! padding) names an app-scoped user id; its connections, tokens and (for deletion) publishing
//! history are deleted across every account, and a confirmation code with a status page is
//! answered.

use base64::{
    Engine,
    engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD},
};
use hmac::{Hmac, Mac};
use obscura_shared::social::{DeletionStatus, Platform};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use secrecy::ExposeSecret;
use serde::Deserialize;
use sha2::Sha256;

use crate::{
    accounts::crypto,
    db::entities::{social_connection, social_deletion, social_post, social_target},
    state::AppState,
};

/// A request that is not Meta's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadRequest {
    /// Meta is not configured here.
    #[error("not configured")]
    Off,
    /// Malformed, wrongly signed, another algorithm, or too old.
    #[error("bad signed_request")]
    Signature,
}

/// The verified payload.
#[derive(Debug, Clone, Deserialize)]
pub struct Payload {
    /// `HMAC-SHA256`.
    pub algorithm: String,
    /// When Meta signed it (Unix seconds).
    pub issued_at: Option<i64>,
    /// The app-scoped user id.
    pub user_id: String,
}

fn b64(s: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD
        .decode(s.trim_end_matches('='))
        .ok()
        .or_else(|| URL_SAFE.decode(s).ok())
}

/// Verifies a `signed_request` with the app secret at `now` (Unix seconds).
///
/// # Errors
/// `Signature` for anything but a fresh, correctly signed HMAC-SHA256 request.
pub fn verify(secret: &[u8], signed_request: &str, now: i64) -> Result<Payload, BadRequest> {
    let (sig, payload) = signed_request
        .trim()
        .split_once('.')
        .ok_or(BadRequest::Signature)?;
    let sig = b64(sig).ok_or(BadRequest::Signature)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).map_err(|_| BadRequest::Signature)?;
    // Over the payload segment exactly as received.
    mac.update(payload.as_bytes());
    mac.verify_slice(&sig).map_err(|_| BadRequest::Signature)?;
    let json = b64(payload).ok_or(BadRequest::Signature)?;
    let p: Payload = serde_json::from_slice(&json).map_err(|_| BadRequest::Signature)?;
    if !p.algorithm.eq_ignore_ascii_case("HMAC-SHA256")
        || p.user_id.is_empty()
        || p.user_id.len() > 128
    {
        return Err(BadRequest::Signature);
    }
    if let Some(at) = p.issued_at
        && (at > now + 300 || at < now - 86_400)
    {
        return Err(BadRequest::Signature);
    }
    Ok(p)
}

fn meta_secret(state: &AppState) -> Result<Vec<u8>, BadRequest> {
    state
        .config
        .social
        .meta
        .as_ref()
        .map(|m| m.client_secret.expose_secret().as_bytes().to_vec())
        .ok_or(BadRequest::Off)
}

const META: [&str; 2] = ["facebook", "instagram"];

/// Deletes the connections (and their tokens) of a Meta user, and with `history` their posts.
async fn delete_for(state: &AppState, user_id: &str, history: bool) -> anyhow::Result<(i32, i32)> {
    let txn = crate::social::write_txn(&state.db).await?;
    let connections = social_connection::Entity::find()
        .filter(social_connection::Column::Platform.is_in(META))
        .filter(social_connection::Column::PlatformUserId.eq(user_id))
        .all(&txn)
        .await?;
    let ids: Vec<_> = connections.iter().map(|c| c.id).collect();
    social_target::Entity::delete_many()
        .filter(social_target::Column::ConnectionId.is_in(ids.clone()))
        .exec(&txn)
        .await?;
    social_connection::Entity::delete_many()
        .filter(social_connection::Column::Id.is_in(ids.clone()))
        .exec(&txn)
        .await?;
    let posts = if history {
        social_post::Entity::delete_many()
            .filter(social_post::Column::Platform.is_in(META))
            .filter(social_post::Column::PlatformUserId.eq(user_id))
            .exec(&txn)
            .await?
            .rows_affected
    } else {
        social_post::Entity::update_many()
            .col_expr(
                social_post::Column::ConnectionId,
                sea_orm::sea_query::Expr::value(Option::<uuid::Uuid>::None),
            )
            .col_expr(
                social_post::Column::TargetId,
                sea_orm::sea_query::Expr::value(Option::<uuid::Uuid>::None),
            )
            .filter(social_post::Column::ConnectionId.is_in(ids.clone()))
            .exec(&txn)
            .await?;
        0
    };
    txn.commit().await?;
    Ok((
        i32::try_from(ids.len()).unwrap_or(i32::MAX),
        i32::try_from(posts).unwrap_or(i32::MAX),
    ))
}

/// What the deletion callback answers.
#[derive(Debug, Clone)]
pub struct Confirmation {
    /// The status page.
    pub url: String,
    /// The confirmation code.
    pub code: String,
}

/// Meta's data-deletion request.
///
/// # Errors
/// `BadRequest` (nothing deleted); database errors.
pub async fn data_deletion(
    state: &AppState,
    signed_request: &str,
) -> Result<Result<Confirmation, BadRequest>, anyhow::Error> {
    let payload = match meta_secret(state)
        .and_then(|s| verify(&s, signed_request, state.clock.now().timestamp()))
    {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    let (connections, posts) = delete_for(state, &payload.user_id, true).await?;
    let code = crypto::random_id::<12>();
    social_deletion::ActiveModel {
        code: Set(code.clone()),
        platform: Set("meta".to_owned()),
        connections: Set(connections),
        posts: Set(posts),
        created_at: Set(state.clock.now()),
    }
    .insert(&state.db)
    .await?;
    Ok(Ok(Confirmation {
        url: format!(
            "{}/deletion-status/{code}",
            crate::config::origin(&state.config.public_url)
        ),
        code,
    }))
}

/// Meta's deauthorize callback: the person removed the app; their tokens go.
///
/// # Errors
/// `BadRequest` (nothing deleted); database errors.
pub async fn deauthorize(
    state: &AppState,
    signed_request: &str,
) -> Result<Result<(), BadRequest>, anyhow::Error> {
    let payload = match meta_secret(state)
        .and_then(|s| verify(&s, signed_request, state.clock.now().timestamp()))
    {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    delete_for(state, &payload.user_id, false).await?;
    Ok(Ok(()))
}

/// A deletion request's status (None: unknown code).
///
/// # Errors
/// Database errors.
pub async fn status(state: &AppState, code: &str) -> anyhow::Result<Option<DeletionStatus>> {
    if code.is_empty()
        || code.len() > 64
        || !code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Ok(None);
    }
    Ok(social_deletion::Entity::find_by_id(code.to_owned())
        .one(&state.db)
        .await?
        .map(|d| DeletionStatus {
            code: d.code,
            platform: if d.platform == "meta" {
                "Facebook and Instagram (Meta)".to_owned()
            } else {
                Platform::parse(&d.platform)
                    .map_or_else(|| d.platform.clone(), |p| p.label().to_owned())
            },
            connections: d.connections,
            posts: d.posts,
            deleted_at: d
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        }))
}

/// Signs a payload as Meta does (tests and the documentation's example).
#[must_use]
pub fn sign(secret: &[u8], payload_json: &str) -> String {
    let payload = URL_SAFE_NO_PAD.encode(payload_json);
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).unwrap_or_else(|_| unreachable!());
    mac.update(payload.as_bytes());
    format!(
        "{}.{payload}",
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_fresh_correctly_signed_request_passes() {
        let now = 1_800_000_000;
        let good = sign(
            b"app-secret",
            &format!(r#"{{"algorithm":"HMAC-SHA256","issued_at":{now},"user_id":"10001"}}"#),
        );
        assert_eq!(verify(b"app-secret", &good, now).unwrap().user_id, "10001");
        assert_eq!(
            verify(b"other", &good, now).unwrap_err(),
            BadRequest::Signature
        );
        // The payload segment altered (another user) with the old signature.
        let (sig, _) = good.split_once('.').unwrap();
        let forged = format!(
            "{sig}.{}",
            URL_SAFE_NO_PAD.encode(r#"{"algorithm":"HMAC-SHA256","user_id":"666"}"#)
        );
        assert!(verify(b"app-secret", &forged, now).is_err());
        let old = sign(
            b"app-secret",
            r#"{"algorithm":"HMAC-SHA256","issued_at":1,"user_id":"1"}"#,
        );
        assert!(verify(b"app-secret", &old, now).is_err());
        let algo = sign(b"app-secret", r#"{"algorithm":"none","user_id":"1"}"#);
        assert!(verify(b"app-secret", &algo, now).is_err());
        assert!(verify(b"app-secret", "garbage", now).is_err());
    }
}
