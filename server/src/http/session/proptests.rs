//! Properties of what is read from every request before anything else: the `Cookie` header
//! (session cookie), the shape check on a session token, and `X-Forwarded-For`.

use std::net::IpAddr;

use axum::http::{HeaderMap, HeaderValue, header};
use proptest::prelude::*;

use super::cookie_value;
use crate::accounts::{client::client_ip, crypto};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const NAME: &str = "__Host-obscura-session";

fn headers_with(values: &[Vec<u8>]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for v in values {
        if let Ok(v) = HeaderValue::from_bytes(v) {
            headers.append(header::COOKIE, v);
        }
    }
    headers
}

/// A cookie pair a browser could send (RFC 6265 token name, cookie-octet value).
fn other_cookie() -> impl Strategy<Value = (String, String)> {
    (
        "[A-Za-z0-9_-]{1,12}",
        "[A-Za-z0-9!#$%&'()*+./:<=>?@^_`{|}~-]{0,24}",
    )
        .prop_filter("another cookie", |(n, _)| n != NAME)
}

fn ip() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        any::<[u8; 4]>().prop_map(IpAddr::from),
        any::<[u8; 16]>().prop_map(IpAddr::from),
        // Often inside the trusted range below.
        any::<u8>().prop_map(|b| IpAddr::from([10, 0, 0, b])),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn reading_cookies_is_total_on_arbitrary_headers(values in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..80), 0..4)) {
        let _ = cookie_value(&headers_with(&values), NAME);
    }

    #[test]
    fn reading_cookies_is_total_on_arbitrary_text(value in any::<String>()) {
        let _ = cookie_value(&headers_with(&[value.into_bytes()]), NAME);
    }

    /// The session token is found among any other cookies, in any header, in any order.
    #[test]
    fn the_session_token_is_found_among_other_cookies(
        before in prop::collection::vec(other_cookie(), 0..5),
        after in prop::collection::vec(other_cookie(), 0..5),
        split in any::<bool>(),
    ) {
        let token = crypto::new_token();
        let pair = |(n, v): &(String, String)| format!("{n}={v}");
        let mut first: Vec<String> = before.iter().map(pair).collect();
        first.push(format!("{NAME}={token}"));
        let rest: Vec<String> = after.iter().map(pair).collect();
        let headers = if split {
            headers_with(&[first.join("; ").into_bytes(), rest.join("; ").into_bytes()])
        } else {
            first.extend(rest);
            headers_with(&[first.join("; ").into_bytes()])
        };
        prop_assert_eq!(cookie_value(&headers, NAME), Some(token));
    }

    #[test]
    fn the_token_shape_check_is_total_and_exact(s in any::<String>()) {
        let expected = s.len() == 43
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        prop_assert_eq!(crypto::looks_like_token(&s), expected);
    }

    /// Any byte of a token changed to one outside its alphabet makes it no token at all (so it
    /// never reaches the database).
    #[test]
    fn an_altered_token_is_no_token(at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let token = crypto::new_token();
        prop_assert!(crypto::looks_like_token(&token));
        prop_assume!(!(byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'));
        let mut bytes = token.into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        prop_assert!(!crypto::looks_like_token(&String::from_utf8_lossy(&bytes)));
    }

    /// A peer that is not a trusted proxy is the client, whatever `X-Forwarded-For` says; behind
    /// a trusted proxy the client is the peer or an untrusted address named in the header.
    #[test]
    fn forwarded_for_never_overrides_an_untrusted_peer(peer in ip(), forwarded in prop_oneof![
        any::<String>(),
        prop::collection::vec(ip(), 0..5).prop_map(|ips| ips.iter().map(IpAddr::to_string).collect::<Vec<_>>().join(", ")),
    ]) {
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/24".parse().unwrap_or_else(|_| unreachable!())];
        let got = client_ip(Some(peer), Some(&forwarded), &trusted);
        let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
        if is_trusted(&peer) {
            let got = got.unwrap_or_else(|| unreachable!("a peer always gives an address"));
            prop_assert!(
                got == peer
                    || (!is_trusted(&got)
                        && forwarded.split(',').any(|p| p.trim().parse::<IpAddr>() == Ok(got))),
                "{got} from {forwarded:?}"
            );
        } else {
            prop_assert_eq!(got, Some(peer));
        }
        prop_assert_eq!(client_ip(None, Some(&forwarded), &trusted), None);
    }
}
