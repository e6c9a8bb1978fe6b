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

const SEALED_PREFIX: &str = "v1.";

fn cipher(master: &[u8], purpose: &str) -> aes_gcm::Aes256Gcm {
    use aes_gcm::KeyInit;
    // `derive` returns a SHA-256 output: always 32 bytes, the AES-256 key size.
    aes_gcm::Aes256Gcm::new(aes_gcm::Key::<aes_gcm::Aes256Gcm>::from_slice(&derive(
        master, purpose,
    )))
}

/// Seals `secret` with AES-256-GCM under a key derived from the master key for `purpose`,
/// bound to `owner` (authenticated data: a sealed value copied to another row does not open).
/// `v1.` + base64(nonce ‖ ciphertext).
///
/// # Errors
/// Encryption failure (never in practice).
pub fn seal(master: &[u8], purpose: &str, owner: &[u8], secret: &[u8]) -> anyhow::Result<String> {
    use aes_gcm::aead::{Aead, Payload};
    use base64::engine::general_purpose::STANDARD;
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    let sealed = cipher(master, purpose)
        .encrypt(
            aes_gcm::Nonce::from_slice(&nonce),
            Payload {
                msg: secret,
                aad: owner,
            },
        )
        .map_err(|_| anyhow::anyhow!("sealing a secret failed"))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(format!("{SEALED_PREFIX}{}", STANDARD.encode(out)))
}

/// Opens what [`seal`] sealed with the same master key, purpose and owner.
///
/// # Errors
/// Another format, master key, purpose or owner.
pub fn open(master: &[u8], purpose: &str, owner: &[u8], sealed: &str) -> anyhow::Result<Vec<u8>> {
    use aes_gcm::aead::{Aead, Payload};
    use anyhow::Context;
    use base64::engine::general_purpose::STANDARD;
    let bytes = STANDARD
        .decode(
            sealed
                .strip_prefix(SEALED_PREFIX)
                .context("unknown sealed format")?,
        )
        .context("a sealed value is not base64")?;
    anyhow::ensure!(bytes.len() > 12, "a sealed value is too short");
    let (nonce, sealed) = bytes.split_at(12);
    cipher(master, purpose)
        .decrypt(
            aes_gcm::Nonce::from_slice(nonce),
            Payload {
                msg: sealed,
                aad: owner,
            },
        )
        .map_err(|_| anyhow::anyhow!("a sealed value does not open (another master key?)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_for_their_purpose_and_owner() {
        let master = [7u8; 32];
        let sealed = seal(&master, "p", b"alice", b"secret").unwrap();
        assert!(sealed.starts_with("v1."));
        assert_eq!(open(&master, "p", b"alice", &sealed).unwrap(), b"secret");
        assert!(open(&master, "q", b"alice", &sealed).is_err());
        assert!(open(&master, "p", b"bob", &sealed).is_err());
        assert!(open(&[8u8; 32], "p", b"alice", &sealed).is_err());
        assert_ne!(
            sealed,
            seal(&master, "p", b"alice", b"secret").unwrap(),
            "fresh nonces"
        );
    }

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
