//! Platform tokens at rest: sealed with AES-256-GCM under a data key derived from the master
//! secret for a numbered key id (`sealing_keys`), with a fresh 96-bit nonce per seal and the
//! table, row id, platform and column as associated data, so a sealed token copied to another
//! row, platform or column does not open. Format: `k<id>.` + base64(nonce ‖ ciphertext).
//!
//! `obscura keys rotate` adds a key id and re-seals every token under it (opening with the
//! previous master secret, `OBSCURA_SECRET_KEY_PREVIOUS`, where the current one fails), so a
//! master-secret change is finished by one command and the old secret can then be dropped.

use aes_gcm::{
    Aes256Gcm, KeyInit,
    aead::{Aead, Payload},
};
use anyhow::Context;
use base64::{Engine, engine::general_purpose::STANDARD};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryOrder, Set};
use secrecy::ExposeSecret;
use uuid::Uuid;

use crate::{
    accounts::crypto,
    db::entities::{sealing_key, social_connection, social_target},
    state::AppState,
};

/// Which stored value a seal is for (the associated data).
#[derive(Debug, Clone, Copy)]
pub struct Slot<'a> {
    /// `social_connections` or `social_targets`.
    pub table: &'static str,
    /// The row.
    pub row: Uuid,
    /// The platform.
    pub platform: &'a str,
    /// `access_token`, `refresh_token` or `token`.
    pub column: &'static str,
}

impl Slot<'_> {
    fn aad(&self) -> Vec<u8> {
        format!(
            "obscura/social/{}/{}/{}/{}",
            self.table, self.row, self.platform, self.column
        )
        .into_bytes()
    }
}

fn cipher(master: &[u8], key_id: i32) -> Aes256Gcm {
    // `derive` returns 32 bytes: the AES-256 key size.
    Aes256Gcm::new(aes_gcm::Key::<Aes256Gcm>::from_slice(&crypto::derive(
        master,
        &format!("social-token/k{key_id}"),
    )))
}

/// Seals `secret` for `slot` under `key_id`.
///
/// # Errors
/// Encryption failure (never in practice).
pub fn seal_with(
    master: &[u8],
    key_id: i32,
    slot: Slot<'_>,
    secret: &str,
) -> anyhow::Result<String> {
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    let aad = slot.aad();
    let sealed = cipher(master, key_id)
        .encrypt(
            aes_gcm::Nonce::from_slice(&nonce),
            Payload {
                msg: secret.as_bytes(),
                aad: &aad,
            },
        )
        .map_err(|_| anyhow::anyhow!("sealing a token failed"))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(format!("k{key_id}.{}", STANDARD.encode(out)))
}

/// The key id a sealed value names.
#[must_use]
pub fn key_id_of(sealed: &str) -> Option<i32> {
    sealed.strip_prefix('k')?.split_once('.')?.0.parse().ok()
}

/// Opens what [`seal_with`] sealed for `slot` with this master secret.
///
/// # Errors
/// Another format, master secret, key id or slot.
pub fn open_with(master: &[u8], slot: Slot<'_>, sealed: &str) -> anyhow::Result<String> {
    let key_id = key_id_of(sealed).context("unknown sealed format")?;
    let body = sealed.split_once('.').map(|(_, b)| b).unwrap_or_default();
    let bytes = STANDARD
        .decode(body)
        .context("a sealed token is not base64")?;
    anyhow::ensure!(bytes.len() > 12, "a sealed token is too short");
    let (nonce, ciphertext) = bytes.split_at(12);
    let aad = slot.aad();
    let plain = cipher(master, key_id)
        .decrypt(
            aes_gcm::Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: &aad,
            },
        )
        .map_err(|_| {
            anyhow::anyhow!("a sealed token does not open (another row or master secret?)")
        })?;
    String::from_utf8(plain).context("a sealed token is not text")
}

/// The current key id: the newest in `sealing_keys` (key 1 is made on first use).
///
/// # Errors
/// Database errors.
pub async fn current_key<C: ConnectionTrait>(db: &C, state: &AppState) -> anyhow::Result<i32> {
    if let Some(k) = sealing_key::Entity::find()
        .order_by_desc(sealing_key::Column::Id)
        .one(db)
        .await?
    {
        return Ok(k.id);
    }
    // Two processes may race to make key 1: whoever loses reads the winner's.
    let _ = sealing_key::ActiveModel {
        id: Set(1),
        created_at: Set(state.clock.now()),
    }
    .insert(db)
    .await;
    Ok(1)
}

/// Seals under the current key.
///
/// # Errors
/// Database errors.
pub async fn seal<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    slot: Slot<'_>,
    secret: &str,
) -> anyhow::Result<String> {
    let key_id = current_key(db, state).await?;
    seal_with(state.master_key.expose_secret(), key_id, slot, secret)
}

/// Opens with the current master secret, or the previous one while a rotation is unfinished.
///
/// # Errors
/// When neither opens it.
pub fn open(state: &AppState, slot: Slot<'_>, sealed: &str) -> anyhow::Result<String> {
    match open_with(state.master_key.expose_secret(), slot, sealed) {
        Ok(s) => Ok(s),
        Err(e) => match crate::secrets::load_previous(&state.config)? {
            Some(previous) => open_with(previous.expose_secret(), slot, sealed),
            None => Err(e),
        },
    }
}

/// What a rotation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotated {
    /// The new key id.
    pub key_id: i32,
    /// Tokens re-sealed under it.
    pub tokens: usize,
}

/// Adds a key id and re-seals every stored token under it, in one transaction: either every
/// token moves or none does.
///
/// # Errors
/// A token that opens with neither master secret (nothing is changed then), database errors.
pub async fn rotate(state: &AppState) -> anyhow::Result<Rotated> {
    let txn = crate::social::write_txn(&state.db).await?;
    let key_id = current_key(&txn, state).await? + 1;
    sealing_key::ActiveModel {
        id: Set(key_id),
        created_at: Set(state.clock.now()),
    }
    .insert(&txn)
    .await?;
    let master = state.master_key.expose_secret();
    let mut tokens = 0;
    for c in social_connection::Entity::find().all(&txn).await? {
        let slot = |column| Slot {
            table: "social_connections",
            row: c.id,
            platform: &c.platform,
            column,
        };
        let access = open(state, slot("access_token"), &c.access_token)
            .with_context(|| format!("connection {}", c.id))?;
        let refresh = c
            .refresh_token
            .as_deref()
            .map(|r| open(state, slot("refresh_token"), r))
            .transpose()
            .with_context(|| format!("connection {}", c.id))?;
        let new_access = seal_with(master, key_id, slot("access_token"), &access)?;
        let new_refresh = refresh
            .map(|r| seal_with(master, key_id, slot("refresh_token"), &r))
            .transpose()?;
        tokens += 1 + usize::from(new_refresh.is_some());
        let mut row = c.clone().into_active_model();
        row.access_token = Set(new_access);
        row.refresh_token = Set(new_refresh);
        row.update(&txn).await?;
    }
    let connections: std::collections::HashMap<Uuid, String> = social_connection::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.platform))
        .collect();
    for t in social_target::Entity::find().all(&txn).await? {
        let (Some(sealed), Some(platform)) =
            (t.token.as_deref(), connections.get(&t.connection_id))
        else {
            continue;
        };
        let slot = Slot {
            table: "social_targets",
            row: t.id,
            platform,
            column: "token",
        };
        let token = open(state, slot, sealed).with_context(|| format!("target {}", t.id))?;
        let resealed = seal_with(master, key_id, slot, &token)?;
        tokens += 1;
        let mut row = t.clone().into_active_model();
        row.token = Set(Some(resealed));
        row.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(Rotated { key_id, tokens })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(row: Uuid, platform: &str) -> Slot<'_> {
        Slot {
            table: "social_connections",
            row,
            platform,
            column: "access_token",
        }
    }

    #[test]
    fn a_sealed_token_opens_only_in_its_own_slot_and_key() {
        let master = [3u8; 32];
        let row = Uuid::from_u128(1);
        let sealed = seal_with(&master, 4, slot(row, "x"), "fake-x-at-1").unwrap();
        assert!(sealed.starts_with("k4."));
        assert!(!sealed.contains("fake-x"));
        assert_eq!(key_id_of(&sealed), Some(4));
        assert_eq!(
            open_with(&master, slot(row, "x"), &sealed).unwrap(),
            "fake-x-at-1"
        );
        // Another row, platform, column, key id or master secret: nothing.
        assert!(open_with(&master, slot(Uuid::from_u128(2), "x"), &sealed).is_err());
        assert!(open_with(&master, slot(row, "pinterest"), &sealed).is_err());
        let mut other_column = slot(row, "x");
        other_column.column = "refresh_token";
        assert!(open_with(&master, other_column, &sealed).is_err());
        let relabelled = sealed.replacen("k4.", "k5.", 1);
        assert!(open_with(&master, slot(row, "x"), &relabelled).is_err());
        assert!(open_with(&[4u8; 32], slot(row, "x"), &sealed).is_err());
    }

    #[test]
    fn every_seal_uses_a_fresh_nonce() {
        let master = [3u8; 32];
        let row = Uuid::from_u128(1);
        let a = seal_with(&master, 1, slot(row, "x"), "same").unwrap();
        let b = seal_with(&master, 1, slot(row, "x"), "same").unwrap();
        assert_ne!(a, b);
        assert_ne!(a.get(3..19), b.get(3..19));
    }
}
