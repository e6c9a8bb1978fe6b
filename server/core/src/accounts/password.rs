//! Password policy and Argon2id hashing on a blocking pool capped at the core count.

use std::{
    collections::HashSet,
    sync::{Arc, LazyLock},
};

use anyhow::{Context, Result};
use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::SaltString,
};
use obscura_shared::{
    account::{PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS},
    i18n::Message,
};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

/// The 10,000 most common passwords (see `server/core/data/README.md`), compared lower-cased.
static COMMON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .map(str::to_lowercase)
        .collect()
});

/// Why a new password is refused; the message is shown next to the field.
pub fn check_policy(password: &str) -> Result<(), Message> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(Message::new("error-chars-min").arg("min", PASSWORD_MIN_CHARS));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(Message::new("error-chars-max").arg("max", PASSWORD_MAX_CHARS));
    }
    if password.trim().is_empty() {
        return Err(Message::new("error-password-spaces"));
    }
    if COMMON.contains(&password.to_lowercase()) {
        return Err(Message::new("error-password-common"));
    }
    Ok(())
}

/// The outcome of checking a password against a stored hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The password matches.
    pub ok: bool,
    /// The hash uses weaker parameters than today's; store a new one.
    pub rehash: Option<String>,
}

/// Hashes and verifies passwords. At most `permits` hashes run at once (each needs 19 MiB).
#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    params: Params,
    /// A hash of a random password, verified when an account does not exist so that both
    /// answers take the same time.
    decoy: Arc<String>,
}

impl Passwords {
    /// Today's parameters: Argon2id, m = 19 MiB, t = 2, p = 1 (OWASP's first choice).
    ///
    /// # Errors
    /// If the parameters are invalid (they are constants) or the decoy cannot be hashed.
    pub fn new(permits: usize) -> Result<Self> {
        let params = Params::new(19 * 1024, 2, 1, None)
            .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?;
        let decoy = hash_with(&params, &crate::accounts::crypto::new_token())?;
        Ok(Self {
            permits: Arc::new(Semaphore::new(permits.max(1))),
            params,
            decoy: Arc::new(decoy),
        })
    }

    /// One permit per core.
    ///
    /// # Errors
    /// As [`Passwords::new`].
    pub fn for_this_machine() -> Result<Self> {
        Self::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get))
    }

    /// A PHC string for a new password.
    ///
    /// # Errors
    /// If the blocking pool is gone or hashing fails.
    pub async fn hash(&self, password: &SecretString) -> Result<String> {
        let _permit = self.permits.acquire().await.context("password permits")?;
        let params = self.params.clone();
        let password = password.clone();
        tokio::task::spawn_blocking(move || hash_with(&params, password.expose_secret()))
            .await
            .context("password hashing task")?
    }

    /// Checks a password against a stored PHC string (or against the decoy when there is none,
    /// which always fails but takes as long).
    ///
    /// # Errors
    /// If the blocking pool is gone.
    pub async fn verify(&self, password: &SecretString, phc: Option<&str>) -> Result<Verified> {
        let _permit = self.permits.acquire().await.context("password permits")?;
        let params = self.params.clone();
        let password = password.clone();
        let known = phc.is_some();
        let phc = phc.map_or_else(|| self.decoy.as_str().to_owned(), str::to_owned);
        tokio::task::spawn_blocking(move || {
            let Ok(parsed) = PasswordHash::new(&phc) else {
                return Ok(Verified {
                    ok: false,
                    rehash: None,
                });
            };
            let ok = known
                && argon2_for(&params)
                    .verify_password(password.expose_secret().as_bytes(), &parsed)
                    .is_ok();
            let rehash = if ok && weaker_than(&parsed, &params) {
                Some(hash_with(&params, password.expose_secret())?)
            } else {
                None
            };
            Ok(Verified { ok, rehash })
        })
        .await
        .context("password verification task")?
    }
}

fn argon2_for(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

fn hash_with(params: &Params, password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    argon2_for(params)
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
}

/// Whether a stored hash is not Argon2id or uses lower costs than `params`.
fn weaker_than(hash: &PasswordHash<'_>, params: &Params) -> bool {
    if hash.algorithm.as_str() != "argon2id" {
        return true;
    }
    match Params::try_from(hash) {
        Ok(p) => {
            p.m_cost() < params.m_cost()
                || p.t_cost() < params.t_cost()
                || p.p_cost() < params.p_cost()
        }
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn policy_follows_length_and_the_common_list_only() {
        assert!(check_policy("short").is_err());
        assert!(check_policy(&"x".repeat(129)).is_err());
        assert!(check_policy("password").is_err());
        assert!(check_policy("Password").is_err(), "compared without case");
        assert!(check_policy("qwerty123").is_err());
        assert!(check_policy("iloveyou").is_err());
        assert!(check_policy("        ").is_err());
        // No composition rules; 64 characters accepted.
        assert!(check_policy("correct horse battery staple").is_ok());
        assert!(check_policy(&"a1b2c3d4".repeat(8)).is_ok());
        assert_eq!(COMMON.len(), 10_000);
    }

    #[tokio::test]
    async fn hashes_are_argon2id_phc_with_owasp_parameters_and_verify() {
        let p = Passwords::new(2).unwrap();
        let h = p
            .hash(&secret("correct horse battery staple"))
            .await
            .unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        let v = p
            .verify(&secret("correct horse battery staple"), Some(&h))
            .await
            .unwrap();
        assert_eq!(
            v,
            Verified {
                ok: true,
                rehash: None
            }
        );
        let v = p.verify(&secret("wrong"), Some(&h)).await.unwrap();
        assert!(!v.ok);
        let v = p.verify(&secret("anything"), None).await.unwrap();
        assert!(!v.ok, "the decoy never matches");
    }

    #[tokio::test]
    async fn weaker_hashes_are_replaced_on_sign_in() {
        let weak = Params::new(8 * 1024, 1, 1, None).unwrap();
        let old = hash_with(&weak, "correct horse battery staple").unwrap();
        let p = Passwords::new(1).unwrap();
        let v = p
            .verify(&secret("correct horse battery staple"), Some(&old))
            .await
            .unwrap();
        assert!(v.ok);
        let new = v.rehash.unwrap();
        assert!(new.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }
}
