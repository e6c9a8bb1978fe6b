//! Recovery codes: ten single-use codes made when the first second step is added, shown once,
//! kept as SHA-256 digests of the account id and the code. Renewing them voids the old ones.

use obscura_shared::i18n::Message;
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set, sea_query::Expr,
};
use uuid::Uuid;

use super::{CODE, require_recent_sign_in};
use crate::{
    accounts::sessions::Current,
    accounts::{AccountError, Client, crypto, events, events::EventKind, invalid, notify},
    db::entities::mfa_recovery_code,
    mail::templates::Kind,
    state::AppState,
};

/// Codes per set.
pub const COUNT: usize = 10;

/// Letters and digits that cannot be mistaken for each other (no 0/o, 1/l/i).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A new code: two groups of five characters (about 49 bits), e.g. `k7fqm-2xwpa`.
fn new_code() -> String {
    let mut rng = rand::rng();
    let mut code = String::with_capacity(11);
    for i in 0..10 {
        if i == 5 {
            code.push('-');
        }
        code.push(char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]));
    }
    code
}

fn digest(user_id: Uuid, normalized: &str) -> String {
    crypto::salted_digest(user_id.as_bytes(), normalized.as_bytes())
}

/// Unused codes of the account.
///
/// # Errors
/// Database errors.
pub async fn remaining(state: &AppState, user_id: Uuid) -> Result<u64, sea_orm::DbErr> {
    mfa_recovery_code::Entity::find()
        .filter(mfa_recovery_code::Column::UserId.eq(user_id))
        .filter(mfa_recovery_code::Column::UsedAt.is_null())
        .count(&state.db)
        .await
}

/// Deletes every code of the account.
///
/// # Errors
/// Database errors.
pub async fn delete_all(state: &AppState, user_id: Uuid) -> Result<(), sea_orm::DbErr> {
    mfa_recovery_code::Entity::delete_many()
        .filter(mfa_recovery_code::Column::UserId.eq(user_id))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Replaces the account's codes with [`COUNT`] new ones and returns them (to show once).
///
/// # Errors
/// Database errors.
pub(crate) async fn replace(
    state: &AppState,
    user_id: Uuid,
) -> Result<Vec<String>, sea_orm::DbErr> {
    delete_all(state, user_id).await?;
    let now = state.clock.now();
    let codes: Vec<String> = (0..COUNT).map(|_| new_code()).collect();
    for code in &codes {
        mfa_recovery_code::ActiveModel {
            id: Set(state.ids.new_id()),
            user_id: Set(user_id),
            code_hash: Set(digest(user_id, &super::normalize_code(code))),
            created_at: Set(now),
            used_at: Set(None),
        }
        .insert(&state.db)
        .await?;
    }
    Ok(codes)
}

/// Uses a code: true when it was one of the account's unused codes (now used). One
/// conditional update, so a code works once even when sent twice at the same time.
///
/// # Errors
/// Database errors.
pub async fn redeem(
    state: &AppState,
    user_id: Uuid,
    normalized: &str,
) -> Result<bool, sea_orm::DbErr> {
    if normalized.len() != 10 || !normalized.bytes().all(|b| ALPHABET.contains(&b)) {
        return Ok(false);
    }
    let r = mfa_recovery_code::Entity::update_many()
        .col_expr(
            mfa_recovery_code::Column::UsedAt,
            Expr::value(state.clock.now()),
        )
        .filter(mfa_recovery_code::Column::UserId.eq(user_id))
        .filter(mfa_recovery_code::Column::CodeHash.eq(digest(user_id, normalized)))
        .filter(mfa_recovery_code::Column::UsedAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Renews the codes of an account with a second step (the old ones stop working).
///
/// # Errors
/// `Invalid` without a recent sign-in or without a second step; database errors.
#[tracing::instrument(skip_all)]
pub async fn renew(
    state: &AppState,
    current: &Current,
    client: &Client,
) -> Result<Vec<String>, AccountError> {
    require_recent_sign_in(state, current)?;
    let u = &current.user;
    if !super::enrolled(state, u.id).await? {
        return Err(invalid(CODE, Message::new("error-recovery-needs-app")));
    }
    let codes = replace(state, u.id).await?;
    events::record(state, u.id, EventKind::RecoveryCodesRenewed, None, client).await;
    notify(state, Kind::RecoveryCodesRenewed, u, &u.email);
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_survive_normalisation() {
        let c = new_code();
        assert_eq!(c.len(), 11);
        assert_eq!(c.as_bytes()[5], b'-');
        let n = super::super::normalize_code(&format!(" {} ", c.to_uppercase()));
        assert_eq!(n.len(), 10);
        assert!(n.bytes().all(|b| ALPHABET.contains(&b)));
        assert_ne!(new_code(), new_code());
    }
}
