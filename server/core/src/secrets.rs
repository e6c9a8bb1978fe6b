//! The master secret from which every other key is derived.
//!
//! In production it must come from `OBSCURA_SECRET_KEY`. In development, when it is not set, a
//! random key is generated once and kept in `<data dir>/secret.key` (mode 0600).

use std::{fs, io::Write, path::Path};

use anyhow::{Context, Result};
use base64::{Engine, engine::general_purpose::STANDARD};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox};

use crate::config::Config;

/// The master key: at least 32 bytes, zeroised when dropped.
pub type MasterKey = SecretBox<Vec<u8>>;

const FILE_NAME: &str = "secret.key";

/// Decodes a base64 key of at least 32 bytes.
///
/// # Errors
/// A message saying what is wrong, without the value.
pub fn decode_key(encoded: &str) -> Result<Vec<u8>, String> {
    let bytes = STANDARD
        .decode(encoded.trim())
        .map_err(|_| "is not valid base64".to_string())?;
    if bytes.len() < 32 {
        return Err(format!(
            "must decode to at least 32 bytes (got {})",
            bytes.len()
        ));
    }
    Ok(bytes)
}

/// The configured key, or in development the stored (or newly generated) one.
///
/// # Errors
/// If the data directory cannot be read or written.
pub fn load_or_generate(config: &Config) -> Result<MasterKey> {
    if let Some(key) = &config.secret_key {
        let bytes = decode_key(key.expose_secret())
            .map_err(|m| anyhow::anyhow!("OBSCURA_SECRET_KEY {m}"))?;
        return Ok(SecretBox::new(Box::new(bytes)));
    }
    anyhow::ensure!(
        !config.is_production(),
        "OBSCURA_SECRET_KEY is required in production"
    );
    load_or_create_file(&config.data_dir.join(FILE_NAME))
}

/// The key before the last rotation (`OBSCURA_SECRET_KEY_PREVIOUS`), when one is configured:
/// used only to verify what it signed, never to sign.
///
/// # Errors
/// If the configured value is not a valid key (validation already refuses it).
pub fn load_previous(config: &Config) -> Result<Option<MasterKey>> {
    config
        .secret_key_previous
        .as_ref()
        .map(|key| {
            decode_key(key.expose_secret())
                .map(|bytes| SecretBox::new(Box::new(bytes)))
                .map_err(|m| anyhow::anyhow!("OBSCURA_SECRET_KEY_PREVIOUS {m}"))
        })
        .transpose()
}

fn load_or_create_file(path: &Path) -> Result<MasterKey> {
    if path.exists() {
        let text =
            fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let bytes = decode_key(&text).map_err(|m| anyhow::anyhow!("{} {m}", path.display()))?;
        return Ok(SecretBox::new(Box::new(bytes)));
    }
    let mut bytes = vec![0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(STANDARD.encode(&bytes).as_bytes())?;
    file.sync_all()?;
    tracing::info!(path = %path.display(), "generated a development secret key");
    Ok(SecretBox::new(Box::new(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_invalid_keys_are_refused() {
        assert!(decode_key("not base64!").is_err());
        assert!(decode_key(&STANDARD.encode([0u8; 16])).is_err());
        assert_eq!(
            decode_key(&STANDARD.encode([7u8; 32])).unwrap(),
            vec![7u8; 32]
        );
    }

    #[test]
    fn generated_key_is_persisted_with_owner_only_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let first = load_or_create_file(&path).unwrap();
        let second = load_or_create_file(&path).unwrap();
        assert_eq!(first.expose_secret(), second.expose_secret());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }
}
