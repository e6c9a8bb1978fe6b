//! Properties of the webhook verifier: every header and the body come from whoever reaches
//! `/webhooks/replicate`.

use base64::Engine as _;
use chrono::DateTime;
use hmac::{Hmac, Mac as _};
use http::{HeaderMap, HeaderValue};
use proptest::prelude::*;
use sha2::Sha256;

use super::{TOLERANCE_SECS, WebhookError, verify_webhook};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const NOW: i64 = 1_790_000_000;

fn sign(id: &str, ts: &str, body: &[u8]) -> String {
    let key = base64::engine::general_purpose::STANDARD
        .decode(SECRET.strip_prefix("whsec_").unwrap())
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{ts}.").as_bytes());
    mac.update(body);
    format!(
        "v1,{}",
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    )
}

fn headers(id: &[u8], ts: &[u8], sig: &[u8]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (name, value) in [
        ("webhook-id", id),
        ("webhook-timestamp", ts),
        ("webhook-signature", sig),
    ] {
        if let Ok(v) = HeaderValue::from_bytes(value) {
            h.insert(name, v);
        }
    }
    h
}

fn timestamp() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|t| t.to_string()),
        ((NOW - 2 * TOLERANCE_SECS)..(NOW + 2 * TOLERANCE_SECS)).prop_map(|t| t.to_string()),
        Just(i64::MIN.to_string()),
        Just((NOW + i64::MIN).to_string()),
        "[-+]?[0-9]{0,21}",
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn verifying_is_total_on_arbitrary_headers_and_bodies(
        id in prop::collection::vec(any::<u8>(), 0..40),
        ts in prop_oneof![timestamp().prop_map(String::into_bytes), prop::collection::vec(any::<u8>(), 0..24)],
        sig in prop::collection::vec(any::<u8>(), 0..120),
        body in prop::collection::vec(any::<u8>(), 0..200),
    ) {
        let now = DateTime::from_timestamp(NOW, 0).unwrap();
        let verdict = verify_webhook(SECRET, &headers(&id, &ts, &sig), &body, now);
        prop_assert!(verdict.is_err(), "an unsigned webhook was accepted");
    }

    /// Correctly signed, but at any time: accepted only within the tolerance, whatever the
    /// number in the header (no overflow on extreme values).
    #[test]
    fn only_fresh_timestamps_are_accepted(ts in timestamp()) {
        let body = br#"{"id":"p1","status":"succeeded"}"#;
        let now = DateTime::from_timestamp(NOW, 0).unwrap();
        let h = headers(b"msg_1", ts.as_bytes(), sign("msg_1", &ts, body).as_bytes());
        let verdict = verify_webhook(SECRET, &h, body, now);
        match ts.parse::<i64>() {
            Ok(t) if (NOW - TOLERANCE_SECS..=NOW + TOLERANCE_SECS).contains(&t) => {
                prop_assert!(verdict.is_ok(), "{verdict:?}");
            }
            Ok(_) => prop_assert_eq!(verdict, Err(WebhookError::Stale)),
            Err(_) => prop_assert!(verdict.is_err()),
        }
    }

    /// Any one byte of a signed body changed is refused.
    #[test]
    fn any_single_byte_change_of_the_body_is_refused(at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let body = br#"{"id":"p1","status":"succeeded","output":["https://x/1.png"]}"#;
        let ts = NOW.to_string();
        let h = headers(b"msg_1", ts.as_bytes(), sign("msg_1", &ts, body).as_bytes());
        let mut altered = body.to_vec();
        let i = at.index(altered.len());
        prop_assume!(altered[i] != byte);
        altered[i] = byte;
        let now = DateTime::from_timestamp(NOW, 0).unwrap();
        prop_assert_eq!(verify_webhook(SECRET, &h, &altered, now), Err(WebhookError::BadSignature));
    }
}
