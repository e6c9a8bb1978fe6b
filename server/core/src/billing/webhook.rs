//! Stripe webhook signatures (`Stripe-Signature: t=<unix>,v1=<hex>[,v1=…]`): HMAC-SHA256 of
//! `"<t>.<raw body>"` under the endpoint secret, any `v1` may match (several are sent while a
//! secret is rolled), compared in constant time, and the timestamp within the tolerance.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// How far the signed timestamp may be from now.
pub const TOLERANCE_SECS: i64 = 300;

/// Why a delivery was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// No `Stripe-Signature` header, or one without `t=` or `v1=`.
    #[error("missing or unreadable Stripe-Signature")]
    Missing,
    /// No `v1` matches.
    #[error("no signature matches")]
    Mismatch,
    /// The timestamp is outside the tolerance.
    #[error("timestamp outside the tolerance")]
    Stale,
    /// Signed, but not an event.
    #[error("the body is not a Stripe event")]
    NotAnEvent,
}

/// What is read of a verified event: its id, type and the id of the object it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// `evt_…`.
    pub id: String,
    /// e.g. `checkout.session.completed`.
    pub kind: String,
    /// `data.object.id` (some objects, such as a balance, have none).
    pub object: Option<String>,
    /// `data.object.charge` (disputes name their charge).
    pub charge: Option<String>,
}

#[derive(Deserialize)]
struct Envelope {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    data: Data,
}

#[derive(Deserialize)]
struct Data {
    object: Object,
}

#[derive(Deserialize)]
struct Object {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    charge: Option<serde_json::Value>,
}

/// Verifies `body` against the header and reads the event.
///
/// # Errors
/// [`SignatureError`].
pub fn verify(
    secret: &str,
    header: Option<&str>,
    body: &[u8],
    now: DateTime<Utc>,
) -> Result<Event, SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => timestamp = v.parse::<i64>().ok(),
            Some(("v1", v)) => {
                if let Ok(sig) = hex::decode(v) {
                    signatures.push(sig);
                }
            }
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Missing)?;
    if signatures.is_empty() {
        return Err(SignatureError::Missing);
    }
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).map_err(|_| SignatureError::Mismatch)?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let expected = mac.finalize().into_bytes();
    let matched = signatures.iter().fold(subtle::Choice::from(0), |acc, sig| {
        acc | expected.as_slice().ct_eq(sig.as_slice())
    });
    if !bool::from(matched) {
        return Err(SignatureError::Mismatch);
    }
    if (now.timestamp() - timestamp).abs() > TOLERANCE_SECS {
        return Err(SignatureError::Stale);
    }
    let envelope: Envelope =
        serde_json::from_slice(body).map_err(|_| SignatureError::NotAnEvent)?;
    let charge = envelope.data.object.charge.and_then(|c| match c {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Object(o) => o.get("id").and_then(|v| v.as_str()).map(str::to_owned),
        _ => None,
    });
    Ok(Event {
        id: envelope.id,
        kind: envelope.kind,
        object: envelope.data.object.id,
        charge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign(secret: &str, t: i64, body: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("{t}.{body}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    const BODY: &str = r#"{"id":"evt_1","type":"charge.dispute.created","data":{"object":{"id":"dp_1","charge":"ch_9"}}}"#;

    #[test]
    fn any_v1_may_match_and_the_object_is_read() {
        let now = Utc::now();
        let t = now.timestamp();
        let header = format!(
            "t={t},v1={},v1={},v0=ignored",
            sign("whsec_old", t, BODY),
            sign("whsec_new", t, BODY)
        );
        let event = verify("whsec_new", Some(&header), BODY.as_bytes(), now).unwrap();
        assert_eq!(event.id, "evt_1");
        assert_eq!(event.object.as_deref(), Some("dp_1"));
        assert_eq!(event.charge.as_deref(), Some("ch_9"));
        assert!(verify("whsec_old", Some(&header), BODY.as_bytes(), now).is_ok());
        // A balance has no id: still a verified event (ignored later, as a type not handled).
        let balance = r#"{"id":"evt_2","type":"balance.available","data":{"object":{"object":"balance","available":[]}}}"#;
        let header = format!("t={t},v1={}", sign("whsec_new", t, balance));
        let event = verify("whsec_new", Some(&header), balance.as_bytes(), now).unwrap();
        assert_eq!(event.object, None);
    }

    #[test]
    fn wrong_stale_or_missing_signatures_are_refused() {
        let now = Utc::now();
        let t = now.timestamp();
        let good = format!("t={t},v1={}", sign("whsec_a", t, BODY));
        assert_eq!(
            verify("whsec_b", Some(&good), BODY.as_bytes(), now),
            Err(SignatureError::Mismatch)
        );
        let tampered = BODY.replace("evt_1", "evt_2");
        assert_eq!(
            verify("whsec_a", Some(&good), tampered.as_bytes(), now),
            Err(SignatureError::Mismatch)
        );
        let old = t - TOLERANCE_SECS - 1;
        let stale = format!("t={old},v1={}", sign("whsec_a", old, BODY));
        assert_eq!(
            verify("whsec_a", Some(&stale), BODY.as_bytes(), now),
            Err(SignatureError::Stale)
        );
        assert_eq!(
            verify("whsec_a", None, BODY.as_bytes(), now),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify("whsec_a", Some("t=1"), BODY.as_bytes(), now),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify(
                "whsec_a",
                Some(&format!("v1={}", sign("whsec_a", t, BODY))),
                BODY.as_bytes(),
                now
            ),
            Err(SignatureError::Missing)
        );
    }
}
