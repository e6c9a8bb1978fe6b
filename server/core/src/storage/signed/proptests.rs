//! Properties of the signed-URL query parser and verifier: the query string of a file or export
//! link is whatever the client sends.

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use super::{MAX_TTL, Signature, UrlError, UrlSigner};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn signer() -> UrlSigner {
    UrlSigner::new(
        ("k2".into(), b"current key for the property tests".to_vec()),
        vec![("k1".into(), b"previous key".to_vec())],
    )
    .unwrap_or_else(|_| unreachable!("the keys are not empty"))
}

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
}

/// A path like the ones the server signs (`/files/<id>/<variant>`, `/privacy/export/<id>`).
fn path() -> impl Strategy<Value = String> {
    "/[a-z]{1,8}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(/[a-z]{1,8})?"
}

fn scope() -> impl Strategy<Value = String> {
    "[0-9a-f-]{36}"
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_query_parser_is_total_on_arbitrary_text(query in any::<String>()) {
        let _ = Signature::from_query(&query);
    }

    #[test]
    fn the_query_parser_is_total_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = Signature::from_query(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn verifying_arbitrary_parameters_never_panics_and_never_passes(
        exp in any::<i64>(),
        kid in prop_oneof![Just("k1".to_owned()), Just("k2".to_owned()), any::<String>()],
        sig in prop_oneof!["[A-Za-z0-9_-]{43}", any::<String>()],
        path in path(),
        scope in scope(),
    ) {
        let forged = Signature { exp, kid, sig };
        prop_assert!(signer().verify("GET", &path, &scope, &forged, now()).is_err());
    }

    #[test]
    fn signatures_round_trip_through_the_query(exp in any::<i64>(), kid in "[A-Za-z0-9_-]{1,16}", tag in prop::collection::vec(any::<u8>(), 32)) {
        use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
        let sig = Signature { exp, kid, sig: URL_SAFE_NO_PAD.encode(tag) };
        prop_assert_eq!(Signature::from_query(&sig.to_query()), Ok(sig));
    }

    #[test]
    fn a_signed_url_verifies_until_its_capped_expiry(path in path(), scope in scope(), ttl_secs in 1i64..(60 * 86_400)) {
        let s = signer();
        let sig = s.sign("GET", &path, &scope, now(), Duration::seconds(ttl_secs));
        prop_assert!(sig.exp <= (now() + MAX_TTL).timestamp());
        let parsed = Signature::from_query(&sig.to_query());
        prop_assert_eq!(parsed.as_ref(), Ok(&sig));
        prop_assert_eq!(s.verify("GET", &path, &scope, &sig, now()), Ok(()));
        let at_expiry = DateTime::from_timestamp(sig.exp, 0).unwrap_or_default();
        prop_assert_eq!(s.verify("GET", &path, &scope, &sig, at_expiry), Err(UrlError::Expired));
    }

    /// The whole link (`path?query`) with any one byte changed to any other value is refused:
    /// no alteration of the path, the expiry, the key id or the signature gets through.
    #[test]
    fn any_single_byte_alteration_of_a_signed_url_is_refused(
        path in path(),
        scope in scope(),
        ttl_secs in 1i64..(7 * 86_400),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let s = signer();
        let sig = s.sign("GET", &path, &scope, now(), Duration::seconds(ttl_secs));
        let url = format!("{path}?{}", sig.to_query());
        let mut altered = url.clone().into_bytes();
        let i = at.index(altered.len());
        prop_assume!(altered[i] != byte);
        altered[i] = byte;
        let altered = String::from_utf8_lossy(&altered).into_owned();
        let (p, q) = altered.split_once('?').unwrap_or((altered.as_str(), ""));
        let verdict = Signature::from_query(q)
            .and_then(|sig| s.verify("GET", p, &scope, &sig, now()));
        prop_assert!(verdict.is_err(), "{url} altered to {altered} was accepted");
    }

    /// The same link is refused for another owner, method or path.
    #[test]
    fn a_signature_is_bound_to_its_method_path_and_scope(path in path(), other in path(), scope in scope(), other_scope in scope()) {
        let s = signer();
        let sig = s.sign("GET", &path, &scope, now(), Duration::minutes(10));
        prop_assert_eq!(s.verify("DELETE", &path, &scope, &sig, now()), Err(UrlError::Invalid));
        if other != path {
            prop_assert_eq!(s.verify("GET", &other, &scope, &sig, now()), Err(UrlError::Invalid));
        }
        if other_scope != scope {
            prop_assert_eq!(s.verify("GET", &path, &other_scope, &sig, now()), Err(UrlError::Invalid));
        }
    }
}
