//! Replicate's webhooks: Standard Webhooks signature verification (spec §0) and the registry
//! of poll loops a verified `completed` webhook wakes early.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use base64::Engine as _;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac as _};
use http::HeaderMap;
use serde::Deserialize;
use sha2::Sha256;
use tokio::sync::Notify;

/// How far a webhook's timestamp may be from our clock, either way.
pub const TOLERANCE_SECS: i64 = 5 * 60;

/// A verified webhook: what the poll loop and deduplication need (not the prediction's input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookEvent {
    /// `webhook-id`: the same for every retry of one delivery (deduplicate on it).
    pub webhook_id: String,
    /// The prediction's id.
    pub prediction_id: String,
    /// The prediction's status (`starting`, `processing`, `succeeded`, `failed`, `canceled`, …).
    pub status: String,
}

/// Why a webhook was refused. None of these carries header or body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    /// A required header is missing or not text.
    #[error("the webhook lacks the {0} header")]
    MissingHeader(&'static str),
    /// Our configured secret is not `whsec_` + base64.
    #[error("the configured webhook secret is malformed")]
    BadSecret,
    /// `webhook-timestamp` is not a number of seconds.
    #[error("the webhook timestamp is malformed")]
    BadTimestamp,
    /// The timestamp is more than five minutes away from now (a replay, or a skewed clock).
    #[error("the webhook timestamp is outside the tolerance")]
    Stale,
    /// No `v1` signature matches.
    #[error("no webhook signature matches")]
    BadSignature,
    /// Signed correctly, but not a prediction.
    #[error("the webhook body is not a prediction")]
    BadBody,
}

#[derive(Deserialize)]
struct PredictionHead {
    id: String,
    status: String,
}

fn header<'a>(headers: &'a HeaderMap, name: &'static str) -> Result<&'a str, WebhookError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or(WebhookError::MissingHeader(name))
}

/// Verifies a Replicate webhook (Standard Webhooks): HMAC-SHA256 over
/// `"{webhook-id}.{webhook-timestamp}.{raw body}"` with the key base64-decoded from the secret
/// after its `whsec_` prefix; any of the space-separated `v1,<base64>` signatures may match
/// (several are sent while a secret rotates); the timestamp must be within five minutes of `now`.
///
/// # Errors
/// The first check that failed, see [`WebhookError`].
pub fn verify_webhook(
    secret: &str,
    headers: &HeaderMap,
    body: &[u8],
    now: DateTime<Utc>,
) -> Result<WebhookEvent, WebhookError> {
    let id = header(headers, "webhook-id")?;
    let timestamp = header(headers, "webhook-timestamp")?;
    let signatures = header(headers, "webhook-signature")?;
    let sent: i64 = timestamp.parse().map_err(|_| WebhookError::BadTimestamp)?;
    // `sent` is any i64 the sender chose: no subtraction or `abs` that can overflow.
    let skew = now.timestamp().checked_sub(sent).map(i64::unsigned_abs);
    if skew.is_none_or(|s| s > TOLERANCE_SECS.unsigned_abs()) {
        return Err(WebhookError::Stale);
    }
    let key = base64::engine::general_purpose::STANDARD
        .decode(
            secret
                .trim()
                .strip_prefix("whsec_")
                .unwrap_or(secret.trim()),
        )
        .map_err(|_| WebhookError::BadSecret)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).map_err(|_| WebhookError::BadSecret)?;
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let matches = signatures
        .split_whitespace()
        .filter_map(|s| s.split_once(','))
        .filter(|(version, _)| *version == "v1")
        .filter_map(|(_, sig)| base64::engine::general_purpose::STANDARD.decode(sig).ok())
        // `verify_slice` compares in constant time.
        .any(|sig| mac.clone().verify_slice(&sig).is_ok());
    if !matches {
        return Err(WebhookError::BadSignature);
    }
    let head: PredictionHead = serde_json::from_slice(body).map_err(|_| WebhookError::BadBody)?;
    Ok(WebhookEvent {
        webhook_id: id.to_owned(),
        prediction_id: head.id,
        status: head.status,
    })
}

/// Poll loops waiting on predictions, by prediction id. A wake-up for a prediction nobody waits
/// on (a webhook that beat the create call's answer, or a stale one) is dropped: the loop polls
/// anyway, so nothing is lost but a little latency.
#[derive(Debug, Default)]
pub struct Wakeups {
    waiting: Mutex<HashMap<String, Arc<Notify>>>,
}

impl Wakeups {
    /// An empty registry.
    #[must_use]
    pub fn new() -> Arc<Self> {
        Arc::default()
    }

    /// The notifier for `prediction_id`, created on first use.
    pub(crate) fn register(&self, prediction_id: &str) -> Arc<Notify> {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(waiting.entry(prediction_id.to_owned()).or_default())
    }

    /// Forgets `prediction_id` once its loop is done.
    pub(crate) fn forget(&self, prediction_id: &str) {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        waiting.remove(prediction_id);
    }

    /// Wakes the loop polling `prediction_id`, if there is one. Returns whether one was waiting.
    pub fn wake(&self, prediction_id: &str) -> bool {
        let waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        waiting.get(prediction_id).is_some_and(|notify| {
            notify.notify_one();
            true
        })
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const BODY: &[u8] = br#"{"id":"p1","status":"succeeded","output":["https://x/1.png"]}"#;

    fn sign(secret: &str, id: &str, ts: i64, body: &[u8]) -> String {
        let key = base64::engine::general_purpose::STANDARD
            .decode(secret.strip_prefix("whsec_").unwrap())
            .unwrap();
        let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
        mac.update(format!("{id}.{ts}.").as_bytes());
        mac.update(body);
        let sig = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
        format!("v1,{sig}")
    }

    fn headers(id: &str, ts: i64, signature: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert("webhook-id", HeaderValue::from_str(id).unwrap());
        map.insert(
            "webhook-timestamp",
            HeaderValue::from_str(&ts.to_string()).unwrap(),
        );
        map.insert(
            "webhook-signature",
            HeaderValue::from_str(signature).unwrap(),
        );
        map
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000, 0).unwrap()
    }

    #[test]
    fn a_valid_signature_is_accepted() {
        let ts = now().timestamp();
        let h = headers("msg_1", ts, &sign(SECRET, "msg_1", ts, BODY));
        let event = verify_webhook(SECRET, &h, BODY, now()).unwrap();
        assert_eq!(event.prediction_id, "p1");
        assert_eq!(event.status, "succeeded");
        assert_eq!(event.webhook_id, "msg_1");
    }

    #[test]
    fn a_tampered_body_or_id_is_refused() {
        let ts = now().timestamp();
        let h = headers("msg_1", ts, &sign(SECRET, "msg_1", ts, BODY));
        let tampered = br#"{"id":"p2","status":"succeeded","output":["https://x/1.png"]}"#;
        assert_eq!(
            verify_webhook(SECRET, &h, tampered, now()),
            Err(WebhookError::BadSignature)
        );
        let other_id = headers("msg_2", ts, &sign(SECRET, "msg_1", ts, BODY));
        assert_eq!(
            verify_webhook(SECRET, &other_id, BODY, now()),
            Err(WebhookError::BadSignature)
        );
    }

    #[test]
    fn a_wrong_secret_is_refused() {
        let ts = now().timestamp();
        let other = "whsec_QWxhZGRpbjpvcGVuIHNlc2FtZQ==";
        let h = headers("msg_1", ts, &sign(other, "msg_1", ts, BODY));
        assert_eq!(
            verify_webhook(SECRET, &h, BODY, now()),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(
            verify_webhook("whsec_***", &h, BODY, now()),
            Err(WebhookError::BadSecret)
        );
    }

    #[test]
    fn old_and_future_timestamps_are_refused() {
        for ts in [now().timestamp() - 301, now().timestamp() + 301] {
            let h = headers("msg_1", ts, &sign(SECRET, "msg_1", ts, BODY));
            assert_eq!(
                verify_webhook(SECRET, &h, BODY, now()),
                Err(WebhookError::Stale)
            );
        }
        let ts = now().timestamp() - 299;
        let h = headers("msg_1", ts, &sign(SECRET, "msg_1", ts, BODY));
        assert!(verify_webhook(SECRET, &h, BODY, now()).is_ok());
    }

    #[test]
    fn one_valid_signature_among_several_is_enough() {
        let ts = now().timestamp();
        let bad = sign("whsec_QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "msg_1", ts, BODY);
        let good = sign(SECRET, "msg_1", ts, BODY);
        let h = headers("msg_1", ts, &format!("v1,Zm9v {bad} v2,xyz {good}"));
        assert!(verify_webhook(SECRET, &h, BODY, now()).is_ok());
        let h = headers("msg_1", ts, &bad);
        assert_eq!(
            verify_webhook(SECRET, &h, BODY, now()),
            Err(WebhookError::BadSignature)
        );
    }

    #[test]
    fn missing_headers_and_bad_timestamps_are_named() {
        let mut h = headers("msg_1", 0, "v1,x");
        h.insert("webhook-timestamp", HeaderValue::from_static("yesterday"));
        assert_eq!(
            verify_webhook(SECRET, &h, BODY, now()),
            Err(WebhookError::BadTimestamp)
        );
        h.remove("webhook-id");
        assert_eq!(
            verify_webhook(SECRET, &h, BODY, now()),
            Err(WebhookError::MissingHeader("webhook-id"))
        );
    }

    #[tokio::test]
    async fn a_wake_up_reaches_the_registered_loop() {
        let wakeups = Wakeups::new();
        assert!(!wakeups.wake("p1"));
        let notify = wakeups.register("p1");
        assert!(wakeups.wake("p1"));
        tokio::time::timeout(std::time::Duration::from_secs(1), notify.notified())
            .await
            .unwrap();
        wakeups.forget("p1");
        assert!(!wakeups.wake("p1"));
    }
}
