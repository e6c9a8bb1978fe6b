//! Random tokens and their digests. Only digests are ever stored.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new 256-bit random token, URL-safe base64 (43 characters).
#[must_use]
pub fn new_token() -> String {
    random_id::<32>()
}

/// `N` random bytes from the operating system's CSPRNG, URL-safe base64 without padding.
#[must_use]
pub fn random_id<const N: usize>() -> String {
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether a string has the shape of a token from [`new_token`].
#[must_use]
pub fn looks_like_token(s: &str) -> bool {
    s.len() == 43
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// SHA-256 of a token, lower-case hex (64 characters): what the database keeps.
#[must_use]
pub fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// SHA-256 of `salt || value`, hex.
#[must_use]
pub fn salted_digest(salt: &[u8], value: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(value);
    hex::encode(h.finalize())
}

/// Derives a purpose-bound sub-key from the master key.
#[must_use]
pub fn derive(master: &[u8], purpose: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"obscura/derive/v1/");
    h.update(purpose.as_bytes());
    h.update([0]);
    h.update(master);
    h.finalize().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_256_bits_and_differ() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert!(looks_like_token(&a));
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 32);
        assert!(!looks_like_token("short"));
        assert!(!looks_like_token(&format!("{}!", &a[..42])));
    }

    #[test]
    fn digests_are_hex_sha256() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_ne!(derive(b"k", "a"), derive(b"k", "b"));
    }
}
