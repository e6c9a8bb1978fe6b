//! Signed, expiring URLs for stored files: HMAC-SHA256 over the method, the path, the expiry and
//! a scope (the owner), with a key id so that keys can rotate. A URL is checked without any
//! database access; expired, altered or re-scoped URLs are refused.
//!
//! The keys derive from the master secret. When it rotates (`OBSCURA_SECRET_KEY` replaced, the
//! old one kept as `OBSCURA_SECRET_KEY_PREVIOUS`), the new key signs and both verify, each URL
//! naming its key by id (a short digest of the derived key, which reveals nothing of it).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use sha2::{Digest as _, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// The longest a URL may live.
pub const MAX_TTL: Duration = Duration::days(7);

/// The key id every URL carried before ids named their key. Still accepted, for the current and
/// the previous key, so links issued before the upgrade work for the rest of their lifetime
/// (at most [`MAX_TTL`]); never used to sign.
const LEGACY_KID: &str = "k1";

/// The id of a derived signing key: `k` and 8 hex digits of a digest of it.
fn key_id(key: &[u8]) -> String {
    let digest = Sha256::new()
        .chain_update(b"obscura/file-url-kid/v1\0")
        .chain_update(key)
        .finalize();
    format!("k{}", hex::encode(&digest[..4]))
}

/// Why a signed URL is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Missing or malformed parameters, unknown key, wrong signature, or another scope.
    #[error("the link is not valid")]
    Invalid,
    /// Past its expiry.
    #[error("the link has expired")]
    Expired,
}

/// Signing keys: the current one signs; every one listed verifies (rotation).
#[derive(Clone)]
pub struct UrlSigner {
    current: (String, HmacSha256),
    previous: Vec<(String, HmacSha256)>,
}

/// The query parameters a signed URL carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Expiry, Unix seconds.
    pub exp: i64,
    /// Key id.
    pub kid: String,
    /// URL-safe base64 HMAC.
    pub sig: String,
}

impl Signature {
    /// `exp=…&kid=…&sig=…`.
    #[must_use]
    pub fn to_query(&self) -> String {
        format!("exp={}&kid={}&sig={}", self.exp, self.kid, self.sig)
    }

    /// Reads the three parameters from a query string (others are ignored).
    ///
    /// # Errors
    /// `Invalid` when one is missing or malformed.
    pub fn from_query(query: &str) -> Result<Self, UrlError> {
        let (mut exp, mut kid, mut sig) = (None, None, None);
        for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
            match &*k {
                "exp" => exp = v.parse::<i64>().ok(),
                "kid" => kid = Some(v.into_owned()),
                "sig" => sig = Some(v.into_owned()),
                _ => {}
            }
        }
        match (exp, kid, sig) {
            (Some(exp), Some(kid), Some(sig)) => Ok(Self { exp, kid, sig }),
            _ => Err(UrlError::Invalid),
        }
    }
}

impl UrlSigner {
    /// A signer with `current` (id, key) and older keys that still verify.
    ///
    /// # Errors
    /// If a key is empty.
    pub fn new(
        current: (String, Vec<u8>),
        previous: Vec<(String, Vec<u8>)>,
    ) -> Result<Self, UrlError> {
        let keyed = |(kid, key): (String, Vec<u8>)| -> Result<(String, HmacSha256), UrlError> {
            if key.is_empty() {
                return Err(UrlError::Invalid);
            }
            let mac = <HmacSha256 as Mac>::new_from_slice(&key).map_err(|_| UrlError::Invalid)?;
            Ok((kid, mac))
        };
        Ok(Self {
            current: keyed(current)?,
            previous: previous.into_iter().map(keyed).collect::<Result<_, _>>()?,
        })
    }

    /// The signer of file URLs for a master key, and for the master key it replaced (whose URLs
    /// still verify).
    ///
    /// # Errors
    /// Never in practice (derived keys are never empty).
    pub fn from_master(current: &[u8], previous: Option<&[u8]>) -> Result<Self, UrlError> {
        let derive = |master: &[u8]| crate::accounts::crypto::derive(master, "file-urls");
        let current = derive(current);
        let mut verify_only = Vec::new();
        if let Some(previous) = previous.map(derive) {
            verify_only.push((key_id(&previous), previous.clone()));
            verify_only.push((LEGACY_KID.to_owned(), previous));
        }
        verify_only.push((LEGACY_KID.to_owned(), current.clone()));
        Self::new((key_id(&current), current), verify_only)
    }

    fn mac(
        key: &HmacSha256,
        method: &str,
        path: &str,
        scope: &str,
        exp: i64,
        kid: &str,
    ) -> HmacSha256 {
        let mut mac = key.clone();
        for part in [method, path, scope, &exp.to_string(), kid] {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// Signs `method path` for `scope` until `expires_at` (capped at [`MAX_TTL`] from `now`).
    #[must_use]
    pub fn sign(
        &self,
        method: &str,
        path: &str,
        scope: &str,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Signature {
        let exp = (now + ttl.min(MAX_TTL)).timestamp();
        let (kid, key) = &self.current;
        let tag = Self::mac(key, method, path, scope, exp, kid)
            .finalize()
            .into_bytes();
        Signature {
            exp,
            kid: kid.clone(),
            sig: URL_SAFE_NO_PAD.encode(tag),
        }
    }

    /// Checks a signature for `method path` and `scope` at `now`.
    ///
    /// # Errors
    /// `Invalid` for an unknown key, a wrong signature or scope; `Expired` after the expiry.
    pub fn verify(
        &self,
        method: &str,
        path: &str,
        scope: &str,
        sig: &Signature,
        now: DateTime<Utc>,
    ) -> Result<(), UrlError> {
        let tag = URL_SAFE_NO_PAD
            .decode(&sig.sig)
            .map_err(|_| UrlError::Invalid)?;
        // Every key with this id is tried (two keys may share one: the legacy id, or a collision).
        let valid = std::iter::once(&self.current)
            .chain(&self.previous)
            .filter(|(kid, _)| *kid == sig.kid)
            .any(|(_, key)| {
                Self::mac(key, method, path, scope, sig.exp, &sig.kid)
                    .verify_slice(&tag)
                    .is_ok()
            });
        if !valid {
            return Err(UrlError::Invalid);
        }
        // Checked after the signature, so an altered expiry reads as invalid, not expired.
        if now.timestamp() >= sig.exp {
            return Err(UrlError::Expired);
        }
        Ok(())
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn signer() -> UrlSigner {
        UrlSigner::new(
            ("k2".into(), b"current key".to_vec()),
            vec![("k1".into(), b"old key".to_vec())],
        )
        .unwrap()
    }

    #[test]
    fn a_signed_url_verifies_until_it_expires() {
        let s = signer();
        let now = at("2026-03-01T12:00:00Z");
        let sig = s.sign("GET", "/files/a.png", "user-1", now, Duration::minutes(10));
        let parsed = Signature::from_query(&sig.to_query()).unwrap();
        assert_eq!(parsed, sig);
        assert_eq!(
            s.verify(
                "GET",
                "/files/a.png",
                "user-1",
                &sig,
                now + Duration::minutes(9)
            ),
            Ok(())
        );
        assert_eq!(
            s.verify(
                "GET",
                "/files/a.png",
                "user-1",
                &sig,
                now + Duration::minutes(10)
            ),
            Err(UrlError::Expired)
        );
    }

    #[test]
    fn anything_altered_is_refused() {
        let s = signer();
        let now = at("2026-03-01T12:00:00Z");
        let sig = s.sign("GET", "/files/a.png", "user-1", now, Duration::minutes(10));
        assert_eq!(
            s.verify("GET", "/files/b.png", "user-1", &sig, now),
            Err(UrlError::Invalid)
        );
        assert_eq!(
            s.verify("DELETE", "/files/a.png", "user-1", &sig, now),
            Err(UrlError::Invalid)
        );
        assert_eq!(
            s.verify("GET", "/files/a.png", "user-2", &sig, now),
            Err(UrlError::Invalid)
        );
        let later = Signature {
            exp: sig.exp + 3600,
            ..sig.clone()
        };
        assert_eq!(
            s.verify("GET", "/files/a.png", "user-1", &later, now),
            Err(UrlError::Invalid)
        );
        let unknown = Signature {
            kid: "k9".into(),
            ..sig.clone()
        };
        assert_eq!(
            s.verify("GET", "/files/a.png", "user-1", &unknown, now),
            Err(UrlError::Invalid)
        );
        let garbage = Signature {
            sig: "%%%".into(),
            ..sig
        };
        assert_eq!(
            s.verify("GET", "/files/a.png", "user-1", &garbage, now),
            Err(UrlError::Invalid)
        );
        assert_eq!(
            Signature::from_query("exp=1&kid=k2"),
            Err(UrlError::Invalid)
        );
        assert_eq!(
            Signature::from_query("exp=soon&kid=k2&sig=x"),
            Err(UrlError::Invalid)
        );
    }

    #[test]
    fn old_keys_verify_and_lifetimes_are_capped() {
        let old = UrlSigner::new(("k1".into(), b"old key".to_vec()), Vec::new()).unwrap();
        assert!(UrlSigner::new(("k0".into(), Vec::new()), Vec::new()).is_err());
        let now = at("2026-03-01T12:00:00Z");
        let sig = old.sign("GET", "/f", "u", now, Duration::minutes(5));
        assert_eq!(
            signer().verify("GET", "/f", "u", &sig, now),
            Ok(()),
            "rotation keeps old links working"
        );
        let long = signer().sign("GET", "/f", "u", now, Duration::days(30));
        assert_eq!(long.exp, (now + MAX_TTL).timestamp());
    }

    #[test]
    fn a_rotated_master_key_keeps_its_links_until_they_expire() {
        let (a, b, c) = ([1u8; 32], [2u8; 32], [3u8; 32]);
        let now = at("2026-03-01T12:00:00Z");
        let by_a = UrlSigner::from_master(&a, None).unwrap();
        let sig = by_a.sign("GET", "/f", "u", now, Duration::minutes(10));
        assert!(
            sig.kid.starts_with('k') && sig.kid.len() == 9,
            "{}",
            sig.kid
        );
        // Rotated: B signs, A still verifies.
        let rotated = UrlSigner::from_master(&b, Some(&a)).unwrap();
        assert_eq!(rotated.verify("GET", "/f", "u", &sig, now), Ok(()));
        let new = rotated.sign("GET", "/f", "u", now, Duration::minutes(10));
        assert_ne!(new.kid, sig.kid, "the new key signs, under its own id");
        assert_eq!(
            UrlSigner::from_master(&b, None)
                .unwrap()
                .verify("GET", "/f", "u", &new, now),
            Ok(())
        );
        // Without the previous key, or with an unrelated one, A's links are dead.
        for stranger in [
            UrlSigner::from_master(&b, None).unwrap(),
            UrlSigner::from_master(&b, Some(&c)).unwrap(),
        ] {
            assert_eq!(
                stranger.verify("GET", "/f", "u", &sig, now),
                Err(UrlError::Invalid)
            );
        }
        // Expiry still holds for the previous key's links.
        assert_eq!(
            rotated.verify("GET", "/f", "u", &sig, now + Duration::minutes(10)),
            Err(UrlError::Expired)
        );
    }

    #[test]
    fn links_signed_before_key_ids_named_their_key_still_verify() {
        let (a, b) = ([1u8; 32], [2u8; 32]);
        let now = at("2026-03-01T12:00:00Z");
        let derive = |m: &[u8]| crate::accounts::crypto::derive(m, "file-urls");
        // What the server did before: one key, always id "k1".
        let legacy = |m: &[u8]| UrlSigner::new(("k1".into(), derive(m)), Vec::new()).unwrap();
        let old_a = legacy(&a).sign("GET", "/f", "u", now, Duration::minutes(5));
        let old_b = legacy(&b).sign("GET", "/f", "u", now, Duration::minutes(5));
        let rotated = UrlSigner::from_master(&b, Some(&a)).unwrap();
        assert_eq!(rotated.verify("GET", "/f", "u", &old_a, now), Ok(()));
        assert_eq!(rotated.verify("GET", "/f", "u", &old_b, now), Ok(()));
        assert_eq!(
            UrlSigner::from_master(&b, None)
                .unwrap()
                .verify("GET", "/f", "u", &old_a, now),
            Err(UrlError::Invalid)
        );
    }
}
