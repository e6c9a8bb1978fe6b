//! Who a trial visitor is, as hashes only (P-TRL-1): their cookie token's hash, and two salted
//! hashes of their network address (the /64 for IPv6), one with their user agent. The salt is
//! random for each UTC day and kept two days (a visitor's 24 hours span two of them), then deleted,
//! after which no stored hash can be tied to an address.

use std::net::IpAddr;

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Duration, Utc};
use rand::RngCore as _;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::OnConflict};
use sha2::{Digest as _, Sha256};

use crate::{db::entities::trial_salt, state::AppState};

/// What the request tells about the visitor.
#[derive(Debug, Clone, Copy)]
pub struct Visitor<'a> {
    /// The trial cookie's value, if any.
    pub cookie: Option<&'a str>,
    /// The client address (after trusted proxies).
    pub ip: Option<IpAddr>,
    /// The `User-Agent` header.
    pub user_agent: &'a str,
}

/// The visitor's hashes for now.
#[derive(Debug, Clone)]
pub struct Keys {
    /// Hash of a well-formed cookie token.
    pub visitor: Option<String>,
    /// Fingerprint with today's salt (stored).
    pub fingerprint: String,
    /// Network hash with today's salt (stored).
    pub network: String,
    /// Both, with yesterday's salt (rows of the last 24 hours may carry those).
    earlier: (String, String),
}

impl Keys {
    /// Today's and yesterday's fingerprints.
    #[must_use]
    pub fn fingerprints(&self) -> [String; 2] {
        [self.fingerprint.clone(), self.earlier.0.clone()]
    }

    /// Today's and yesterday's network hashes.
    #[must_use]
    pub fn networks(&self) -> [String; 2] {
        [self.network.clone(), self.earlier.1.clone()]
    }
}

/// A new cookie token: 32 random bytes, base64url.
#[must_use]
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The token, when it has the shape of one of ours.
#[must_use]
pub fn valid_token(cookie: &str) -> Option<&str> {
    (cookie.len() == 43
        && cookie
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then_some(cookie)
}

/// The stored hash of a cookie token.
#[must_use]
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The network an address belongs to: an IPv4 address itself, an IPv6 address's /64 (one
/// household or device usually holds a whole /64).
#[must_use]
pub fn network_of(ip: Option<IpAddr>) -> String {
    match ip.map(|ip| ip.to_canonical()) {
        None => "unknown".to_owned(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

fn salted(salt: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    for p in parts {
        h.update([0u8]);
        h.update(p.as_bytes());
    }
    hex::encode(h.finalize())
}

fn day(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d").to_string()
}

/// The salt of `t`'s UTC day, drawn at random by whichever process needs it first.
async fn salt(state: &AppState, t: DateTime<Utc>) -> Result<String, sea_orm::DbErr> {
    let day = day(t);
    if let Some(row) = trial_salt::Entity::find_by_id(day.clone())
        .one(&state.db)
        .await?
    {
        return Ok(row.salt);
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    trial_salt::Entity::insert(trial_salt::ActiveModel {
        day: Set(day.clone()),
        salt: Set(hex::encode(bytes)),
        created_at: Set(state.clock.now()),
    })
    .on_conflict(
        OnConflict::column(trial_salt::Column::Day)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    // Another process may have drawn it first: everyone uses the stored one.
    trial_salt::Entity::find_by_id(day)
        .one(&state.db)
        .await?
        .map(|row| row.salt)
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("the trial salt of today".into()))
}

/// The visitor's hashes at `now`; `device` is Turnstile's device id when it gave one.
///
/// # Errors
/// Database errors.
pub async fn keys(
    state: &AppState,
    visitor: &Visitor<'_>,
    device: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Keys, sea_orm::DbErr> {
    let network = network_of(visitor.ip);
    let user_agent: String = visitor.user_agent.chars().take(512).collect();
    let today = salt(state, now).await?;
    let yesterday = salt(state, now - Duration::days(1)).await?;
    let hashes = |salt: &str| {
        (
            salted(salt, &[&network, &user_agent, device.unwrap_or_default()]),
            salted(salt, &[&network]),
        )
    };
    let (fingerprint, network_hash) = hashes(&today);
    Ok(Keys {
        visitor: visitor.cookie.and_then(valid_token).map(token_hash),
        fingerprint,
        network: network_hash,
        earlier: hashes(&yesterday),
    })
}

/// Deletes salts of days before yesterday; returns how many.
///
/// # Errors
/// Database errors.
pub async fn purge_salts(state: &AppState, now: DateTime<Utc>) -> Result<u64, sea_orm::DbErr> {
    Ok(trial_salt::Entity::delete_many()
        .filter(trial_salt::Column::Day.lt(day(now - Duration::days(1))))
        .exec(&state.db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_is_counted_by_its_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(network_of(Some(a)), network_of(Some(b)));
        assert_ne!(network_of(Some(a)), network_of(Some(c)));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(network_of(Some(mapped)), "192.0.2.7");
        assert_eq!(network_of(None), "unknown");
    }

    #[test]
    fn tokens_have_one_shape() {
        let t = new_token();
        assert_eq!(valid_token(&t), Some(t.as_str()));
        assert_eq!(valid_token("short"), None);
        assert_eq!(valid_token(&"a".repeat(42).replace('a', "+")), None);
        assert_ne!(token_hash(&t), t);
        assert_eq!(token_hash(&t).len(), 64);
    }

    #[test]
    fn the_salt_changes_every_hash() {
        assert_ne!(
            salted("a", &["1.2.3.4", "ua"]),
            salted("b", &["1.2.3.4", "ua"])
        );
        // Separators keep parts apart.
        assert_ne!(
            salted("a", &["1.2.3.4u", "a"]),
            salted("a", &["1.2.3.4", "ua"])
        );
    }
}
