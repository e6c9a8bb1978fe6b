//! Properties of reading a request's consent: the cookie and the signal headers come from the
//! browser.

use axum::http::{HeaderMap, HeaderValue, header};
use chrono::{DateTime, Utc};
use obscura_shared::{
    consent::{COOKIE, Stored},
    storage,
};
use proptest::prelude::*;

use super::view_of;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn headers(cookie: &str, gpc: &[u8], dnt: &[u8]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (name, value) in [
        (header::COOKIE.as_str(), cookie.as_bytes()),
        ("sec-gpc", gpc),
        ("dnt", dnt),
    ] {
        if let Ok(v) = HeaderValue::from_bytes(value) {
            h.insert(name, v);
        }
    }
    h
}

fn now() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_102_444_800).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn reading_consent_is_total_on_arbitrary_headers(
        cookie in any::<String>(),
        gpc in prop::collection::vec(any::<u8>(), 0..4),
        dnt in prop::collection::vec(any::<u8>(), 0..4),
        now in now(),
    ) {
        let view = view_of(&headers(&format!("{COOKIE}={cookie}"), &gpc, &dnt), now, "/");
        // A signal always wins over a stored yes.
        if view.signal.is_some() {
            prop_assert!(!view.analytics_allowed());
        }
    }

    /// A well-formed cookie with any time in it, however far in the past or future.
    #[test]
    fn any_given_at_is_read_without_overflow(
        given_at in prop_oneof![any::<i64>(), i64::MIN..(i64::MIN + 10_000_000_000), (i64::MAX - 10_000_000_000)..=i64::MAX],
        analytics in any::<bool>(),
        now in now(),
    ) {
        let stored = Stored {
            revision: storage::revision(),
            analytics,
            given_at,
            subject: "0123456789abcdef0123456789abcdef".into(),
        };
        let view = view_of(&headers(&format!("{COOKIE}={}", stored.to_cookie_value()), b"", b""), now, "/");
        prop_assert_eq!(view.analytics_allowed(), analytics);
        prop_assert_eq!(view.stored, Some(stored));
    }
}
