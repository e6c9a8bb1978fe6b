//! API keys (P-API-1): `obs_<lookup>_<secret>`, the secret 256 random bits of which only an HMAC
//! keyed by a key derived from the master key is kept, so a copy of the database opens nothing.
//! Listed by name, the public lookup id and the secret's last four characters, with scopes,
//! dates and an optional monthly credit cap; revoked at once.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use hmac::{Hmac, Mac};
use obscura_shared::{
    api::{ApiKeyView, EXPIRY_DAYS, NAME_MAX_CHARS, Scope, fields},
    i18n::Message,
};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr,
};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::{
    accounts::{self, Client, crypto, events::EventKind},
    db::entities::{api_key, user},
    generation::request::FieldErrors,
    mail::templates::Kind,
    state::AppState,
};

/// Every key starts with this.
pub const PREFIX: &str = "obs_";

/// Live keys an account may hold.
pub const MAX_ACTIVE: u64 = 25;

/// `last_used_at` is written at most this often.
const TOUCH_EVERY_SECS: i64 = 60;

/// Why a key was not created.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Fields to correct.
    #[error("invalid key settings")]
    Invalid(FieldErrors),
    /// The address is not confirmed.
    #[error("address not confirmed")]
    NotVerified,
    /// Too many live keys.
    #[error("too many keys")]
    TooMany,
    /// Anything else.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for KeyError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// What a key creation form carries.
#[derive(Debug, Clone, Default)]
pub struct NewKey {
    /// Its name.
    pub name: String,
    /// Ticked scopes.
    pub scopes: Vec<String>,
    /// Days until it expires (empty: never).
    pub expires_days: String,
    /// Credits per month (empty: no cap).
    pub monthly_cap: String,
}

/// A created key: its full text, shown once.
#[derive(Debug, Clone)]
pub struct Created {
    /// The key's id.
    pub id: Uuid,
    /// `obs_<lookup>_<secret>`.
    pub token: String,
}

/// Who is calling, once a key checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The account.
    pub user_id: Uuid,
    /// The key.
    pub key_id: Uuid,
    /// What it may do.
    pub scopes: Vec<Scope>,
    /// Credits per month, if capped.
    pub monthly_cap: Option<i64>,
}

impl Caller {
    /// Whether the key has `scope`.
    #[must_use]
    pub fn may(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }
}

/// Why a request's key was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No `Authorization: Bearer` header.
    #[error("no key")]
    Missing,
    /// Not one of ours, or no such key, or the wrong secret.
    #[error("invalid key")]
    Invalid,
    /// Revoked.
    #[error("revoked key")]
    Revoked,
    /// Past its expiry.
    #[error("expired key")]
    Expired,
    /// Its account is suspended by the operators.
    #[error("account suspended")]
    Suspended,
}

fn hash_secret(state: &AppState, secret: &str) -> String {
    let key = crypto::derive(
        secrecy::ExposeSecret::expose_secret(state.master_key.as_ref()),
        "api-keys/v1",
    );
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key) else {
        // HMAC takes keys of any length; this cannot happen.
        return String::new();
    };
    mac.update(secret.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Splits `obs_<lookup>_<secret>`.
fn parts(token: &str) -> Option<(&str, &str)> {
    let rest = token.strip_prefix(PREFIX)?;
    let (lookup, secret) = rest.split_once('_')?;
    (lookup.len() == 16
        && lookup.bytes().all(|b| b.is_ascii_hexdigit())
        && crypto::looks_like_token(secret))
    .then_some((lookup, secret))
}

fn scopes_of(stored: &str) -> Vec<Scope> {
    stored.split(',').filter_map(Scope::parse).collect()
}

fn validate(input: &NewKey, now: DateTime<Utc>) -> Result<ValidKey, FieldErrors> {
    let mut errors: FieldErrors = Vec::new();
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        errors.push((fields::NAME, Message::new("error-key-name-empty")));
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.push((
            fields::NAME,
            Message::new("error-key-name-too-long").arg("max", NAME_MAX_CHARS),
        ));
    } else if name.chars().any(char::is_control) {
        errors.push((fields::NAME, Message::new("error-key-name-control")));
    }
    let mut scopes: Vec<Scope> = Vec::new();
    for s in &input.scopes {
        match Scope::parse(s.trim()) {
            Some(scope) if !scopes.contains(&scope) => scopes.push(scope),
            Some(_) => {}
            None => {
                errors.push((fields::SCOPE, Message::new("error-key-scope")));
                break;
            }
        }
    }
    if scopes.is_empty() && !errors.iter().any(|(f, _)| *f == fields::SCOPE) {
        errors.push((fields::SCOPE, Message::new("error-key-scope-none")));
    }
    let expires_at = match input.expires_days.trim() {
        "" => None,
        d => match d.parse::<u32>().ok().filter(|d| EXPIRY_DAYS.contains(d)) {
            Some(days) => Some(now + Duration::days(i64::from(days))),
            None => {
                errors.push((fields::EXPIRES_DAYS, Message::new("error-key-expiry")));
                None
            }
        },
    };
    let monthly_cap = match input.monthly_cap.trim() {
        "" => None,
        c => match c
            .parse::<i64>()
            .ok()
            .filter(|c| (1..=10_000_000).contains(c))
        {
            Some(cap) => Some(cap),
            None => {
                errors.push((fields::MONTHLY_CAP, Message::new("error-key-cap")));
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    // Kept in the order they are offered.
    let scopes = Scope::ALL
        .into_iter()
        .filter(|s| scopes.contains(s))
        .map(Scope::code)
        .collect::<Vec<_>>()
        .join(",");
    Ok(ValidKey {
        name,
        scopes,
        expires_at,
        monthly_cap,
    })
}

struct ValidKey {
    name: String,
    scopes: String,
    expires_at: Option<DateTime<Utc>>,
    monthly_cap: Option<i64>,
}

/// Creates a key for `u`; its full text is in the answer only.
///
/// # Errors
/// [`KeyError`].
#[tracing::instrument(skip_all, fields(user_id = %u.id))]
pub async fn create(
    state: &AppState,
    u: &user::Model,
    input: &NewKey,
    client: &Client,
) -> Result<Created, KeyError> {
    if u.email_verified_at.is_none() {
        return Err(KeyError::NotVerified);
    }
    let now = state.clock.now();
    let valid = validate(input, now).map_err(KeyError::Invalid)?;
    let active = api_key::Entity::find()
        .filter(api_key::Column::UserId.eq(u.id))
        .filter(api_key::Column::RevokedAt.is_null())
        .count(&state.db)
        .await?;
    if active >= MAX_ACTIVE {
        return Err(KeyError::TooMany);
    }
    let mut lookup = [0u8; 8];
    rand::rng().fill_bytes(&mut lookup);
    let lookup = hex::encode(lookup);
    let secret = crypto::new_token();
    let id = state.ids.new_id();
    api_key::ActiveModel {
        id: Set(id),
        user_id: Set(u.id),
        name: Set(valid.name.clone()),
        lookup: Set(lookup.clone()),
        secret_hash: Set(hash_secret(state, &secret)),
        last4: Set(secret[secret.len() - 4..].to_owned()),
        scopes: Set(valid.scopes),
        monthly_cap: Set(valid.monthly_cap),
        created_at: Set(now),
        last_used_at: Set(None),
        expires_at: Set(valid.expires_at),
        revoked_at: Set(None),
    }
    .insert(&state.db)
    .await?;
    accounts::events::record(
        state,
        u.id,
        EventKind::ApiKeyCreated,
        Some(Message::verbatim(&valid.name)),
        client,
    )
    .await;
    notify(state, Kind::ApiKeyCreated, u);
    Ok(Created {
        id,
        token: format!("{PREFIX}{lookup}_{secret}"),
    })
}

fn notify(state: &AppState, kind: Kind, u: &user::Model) {
    let link = accounts::absolute(state, obscura_shared::routes::SETTINGS_API);
    accounts::send_in_background(state, kind, u, &u.email, link);
}

/// Revokes one of `u`'s keys; false when it is not theirs or already revoked.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %u.id))]
pub async fn revoke(
    state: &AppState,
    u: &user::Model,
    id: Uuid,
    client: &Client,
) -> anyhow::Result<bool> {
    let Some(key) = api_key::Entity::find_by_id(id)
        .filter(api_key::Column::UserId.eq(u.id))
        .one(&state.db)
        .await?
    else {
        return Ok(false);
    };
    let changed = api_key::Entity::update_many()
        .col_expr(api_key::Column::RevokedAt, Expr::value(state.clock.now()))
        .filter(api_key::Column::Id.eq(id))
        .filter(api_key::Column::RevokedAt.is_null())
        .exec(&state.db)
        .await?
        .rows_affected
        == 1;
    state.api_keys.forget(&key.lookup);
    if changed {
        // The other processes forget the keys they checked recently.
        crate::changes::announce(state, crate::changes::Change::Keys).await;
        accounts::events::record(
            state,
            u.id,
            EventKind::ApiKeyRevoked,
            Some(Message::verbatim(&key.name)),
            client,
        )
        .await;
        notify(state, Kind::ApiKeyRevoked, u);
    }
    Ok(changed)
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `user`'s keys, newest first.
///
/// # Errors
/// Database errors.
pub async fn list(state: &AppState, user: Uuid) -> anyhow::Result<Vec<ApiKeyView>> {
    let now = state.clock.now();
    let since = super::usage::month_start(now);
    let rows = api_key::Entity::find()
        .filter(api_key::Column::UserId.eq(user))
        .order_by_desc(api_key::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let spent = super::usage::spent_per_key(state, user, since).await?;
    let mut out = Vec::with_capacity(rows.len());
    for k in rows {
        out.push(ApiKeyView {
            id: k.id.to_string(),
            hint: format!("{PREFIX}{}_…{}", k.lookup, k.last4),
            scopes: scopes_of(&k.scopes)
                .into_iter()
                .map(|s| s.code().to_owned())
                .collect(),
            monthly_cap: k.monthly_cap,
            spent_this_month: spent.get(&k.id).copied().unwrap_or_default(),
            created_at: rfc3339(k.created_at),
            last_used_at: k.last_used_at.map(rfc3339),
            expires_at: k.expires_at.map(rfc3339),
            revoked_at: k.revoked_at.map(rfc3339),
            active: k.revoked_at.is_none() && k.expires_at.is_none_or(|e| e > now),
            name: k.name,
        });
    }
    Ok(out)
}

/// Ids and names of all the account's keys (revoked and expired too), newest first.
///
/// # Errors
/// Database errors.
pub async fn names(state: &AppState, user: Uuid) -> Result<Vec<(Uuid, String)>, sea_orm::DbErr> {
    api_key::Entity::find()
        .select_only()
        .column(api_key::Column::Id)
        .column(api_key::Column::Name)
        .filter(api_key::Column::UserId.eq(user))
        .order_by_desc(api_key::Column::CreatedAt)
        .into_tuple()
        .all(&state.db)
        .await
}

/// How long a key checked against the database is trusted from memory. Revoking a key, and
/// closing an account, forget it at once in the process that did it; other processes read the
/// database again within this time.
pub const CACHE_SECS: i64 = 1;

/// Keys cached at most (past it, the cache starts afresh).
const CACHE_MAX: usize = 10_000;

/// A key as last read from the database.
#[derive(Debug, Clone)]
struct Checked {
    secret_hash: String,
    caller: Caller,
    expires_at: Option<DateTime<Utc>>,
    last_used_at: DateTime<Utc>,
    checked_at: DateTime<Utc>,
}

/// Live keys read in the last [`CACHE_SECS`], by lookup id, so that a busy key costs no
/// database read per request.
#[derive(Debug, Default)]
pub struct KeyCache {
    keys: std::sync::Mutex<std::collections::HashMap<String, Checked>>,
}

impl KeyCache {
    fn map(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, Checked>> {
        self.keys
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn get(&self, lookup: &str, now: DateTime<Utc>) -> Option<Checked> {
        self.map()
            .get(lookup)
            .filter(|c| now - c.checked_at < Duration::seconds(CACHE_SECS))
            .cloned()
    }

    fn put(&self, lookup: &str, checked: Checked) {
        let mut map = self.map();
        if map.len() >= CACHE_MAX {
            map.clear();
        }
        map.insert(lookup.to_owned(), checked);
    }

    /// Forgets one key (it was revoked).
    pub fn forget(&self, lookup: &str) {
        self.map().remove(lookup);
    }

    /// Forgets every key (an account was closed).
    pub fn clear(&self) {
        self.map().clear();
    }
}

/// Checks a bearer token: ours, known, its secret right (compared in constant time), not revoked,
/// not expired, its account not closed; then notes when it was used (at most once a minute).
///
/// # Errors
/// [`AuthError`]; database errors are [`anyhow::Error`] in the outer result.
pub async fn authenticate(
    state: &AppState,
    token: &str,
) -> anyhow::Result<Result<Caller, AuthError>> {
    let Some((lookup, secret)) = parts(token.trim()) else {
        return Ok(Err(AuthError::Invalid));
    };
    let now = state.clock.now();
    if let Some(c) = state.api_keys.get(lookup, now) {
        let given = hash_secret(state, secret);
        if !bool::from(c.secret_hash.as_bytes().ct_eq(given.as_bytes())) {
            return Ok(Err(AuthError::Invalid));
        }
        if c.expires_at.is_some_and(|e| e <= now) {
            return Ok(Err(AuthError::Expired));
        }
        if now - c.last_used_at < Duration::seconds(TOUCH_EVERY_SECS) {
            return Ok(Ok(c.caller));
        }
    }
    let Some(key) = api_key::Entity::find()
        .filter(api_key::Column::Lookup.eq(lookup))
        .one(&state.db)
        .await?
    else {
        return Ok(Err(AuthError::Invalid));
    };
    let expected = key.secret_hash.as_bytes();
    let given = hash_secret(state, secret);
    if !bool::from(expected.ct_eq(given.as_bytes())) {
        return Ok(Err(AuthError::Invalid));
    }
    if key.revoked_at.is_some() {
        return Ok(Err(AuthError::Revoked));
    }
    if key.expires_at.is_some_and(|e| e <= now) {
        return Ok(Err(AuthError::Expired));
    }
    // An account being erased answers to nothing, keys included.
    if crate::db::entities::erasure::Entity::find_by_id(key.user_id)
        .one(&state.db)
        .await?
        .is_some()
    {
        return Ok(Err(AuthError::Revoked));
    }
    // A suspended account's keys answer 403 until the suspension is lifted (suspending clears
    // the cache of keys, so this is met at once).
    if crate::accounts::suspension::is_suspended(&state.db, key.user_id).await? {
        return Ok(Err(AuthError::Suspended));
    }
    let mut last_used_at = key.last_used_at.unwrap_or(now);
    if key
        .last_used_at
        .is_none_or(|t| now - t >= Duration::seconds(TOUCH_EVERY_SECS))
    {
        api_key::Entity::update_many()
            .col_expr(api_key::Column::LastUsedAt, Expr::value(now))
            .filter(api_key::Column::Id.eq(key.id))
            .exec(&state.db)
            .await?;
        last_used_at = now;
    }
    let caller = Caller {
        user_id: key.user_id,
        key_id: key.id,
        scopes: scopes_of(&key.scopes),
        monthly_cap: key.monthly_cap,
    };
    state.api_keys.put(
        lookup,
        Checked {
            secret_hash: key.secret_hash,
            caller: caller.clone(),
            expires_at: key.expires_at,
            last_used_at,
            checked_at: now,
        },
    );
    Ok(Ok(caller))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_has_one_shape() {
        let secret = crypto::new_token();
        let token = format!("{PREFIX}0123456789abcdef_{secret}");
        assert_eq!(parts(&token), Some(("0123456789abcdef", secret.as_str())));
        assert_eq!(parts("obs_short_x"), None);
        assert_eq!(parts(&format!("sk_0123456789abcdef_{secret}")), None);
        assert_eq!(parts(&format!("{PREFIX}0123456789abcdeg_{secret}")), None);
    }

    #[test]
    fn settings_are_checked_field_by_field() {
        let now = Utc::now();
        let bad = validate(
            &NewKey {
                name: " ".into(),
                scopes: vec!["admin".into()],
                expires_days: "3".into(),
                monthly_cap: "-1".into(),
            },
            now,
        )
        .err()
        .unwrap();
        let named: Vec<_> = bad.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            named,
            [
                fields::NAME,
                fields::SCOPE,
                fields::EXPIRES_DAYS,
                fields::MONTHLY_CAP
            ]
        );
        let ok = validate(
            &NewKey {
                name: "renders".into(),
                scopes: vec!["read".into(), "generate".into(), "read".into()],
                expires_days: "30".into(),
                monthly_cap: "500".into(),
            },
            now,
        )
        .ok()
        .unwrap();
        assert_eq!(ok.scopes, "generate,read");
        assert_eq!(ok.monthly_cap, Some(500));
        assert_eq!(ok.expires_at, Some(now + Duration::days(30)));
    }
}
