//! The authenticator app: RFC 6238 (SHA-1, 6 digits, 30-second steps, one step of clock drift
//! either way), a code never accepted twice (the last step used is kept), the shared secret
//! sealed at rest with AES-256-GCM under a key derived from the master key and bound to the
//! account id.

use anyhow::{Context, anyhow};
use obscura_shared::i18n::Message;
use qrcode::{QrCode, render::svg};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::Expr};
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, Secret, TOTP};
use uuid::Uuid;

use super::{CODE, recovery, require_recent_sign_in};
use crate::{
    accounts::sessions::Current,
    accounts::{AccountError, Client, crypto, events, events::EventKind, invalid, notify},
    db::entities::{mfa_totp, user},
    mail::templates::Kind,
    state::AppState,
};

/// Seconds per code.
pub const STEP_SECS: u64 = 30;
/// Digits per code.
pub const DIGITS: usize = 6;
/// The name authenticator apps show above the account's address.
pub const ISSUER: &str = "Obscura";
const PURPOSE: &str = "mfa-totp-secret";

/// Seals a secret for `user_id` (the id is authenticated data: a sealed secret copied to
/// another account does not open).
fn seal(state: &AppState, user_id: Uuid, secret: &[u8]) -> anyhow::Result<String> {
    crypto::seal(
        state.master_key.expose_secret(),
        PURPOSE,
        user_id.as_bytes(),
        secret,
    )
}

fn open(state: &AppState, user_id: Uuid, sealed: &str) -> anyhow::Result<Vec<u8>> {
    crypto::open(
        state.master_key.expose_secret(),
        PURPOSE,
        user_id.as_bytes(),
        sealed,
    )
}

fn generator(secret: Vec<u8>, account: &str) -> anyhow::Result<TOTP> {
    TOTP::new(
        Algorithm::SHA1,
        DIGITS,
        1,
        STEP_SECS,
        secret,
        Some(ISSUER.to_owned()),
        account.replace(':', ""),
    )
    .map_err(|e| anyhow!("TOTP parameters: {e}"))
}

/// The account's authenticator-app row, confirmed or being set up.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn find(
    state: &AppState,
    user_id: Uuid,
) -> Result<Option<mfa_totp::Model>, sea_orm::DbErr> {
    mfa_totp::Entity::find_by_id(user_id).one(&state.db).await
}

/// The account's confirmed authenticator app.
///
/// # Errors
/// Database errors.
pub async fn confirmed(
    state: &AppState,
    user_id: Uuid,
) -> Result<Option<mfa_totp::Model>, sea_orm::DbErr> {
    Ok(find(state, user_id)
        .await?
        .filter(|r| r.confirmed_at.is_some()))
}

/// Starts setting up an authenticator app: a new secret, shown until a first code confirms it.
///
/// # Errors
/// `Invalid` without a recent sign-in or when an app is already set up; internal errors.
#[tracing::instrument(skip_all)]
pub async fn start_setup(state: &AppState, current: &Current) -> Result<(), AccountError> {
    require_recent_sign_in(state, current)?;
    let user_id = current.user.id;
    if confirmed(state, user_id).await?.is_some() {
        return Err(invalid(CODE, Message::new("error-totp-already")));
    }
    let Secret::Raw(secret) = Secret::generate_secret() else {
        return Err(AccountError::Internal(anyhow!("unexpected secret form")));
    };
    let sealed = seal(state, user_id, &secret)?;
    mfa_totp::Entity::delete_by_id(user_id)
        .exec(&state.db)
        .await?;
    mfa_totp::ActiveModel {
        user_id: Set(user_id),
        secret_sealed: Set(sealed),
        confirmed_at: Set(None),
        last_step: Set(None),
        created_at: Set(state.clock.now()),
    }
    .insert(&state.db)
    .await?;
    Ok(())
}

/// The secret of a set-up in progress, in base32 for typing, and its `otpauth://` QR code as
/// an inline SVG (drawn here: the secret never leaves for a QR service).
///
/// # Errors
/// A secret that cannot be opened.
pub fn setup_view(
    state: &AppState,
    u: &user::Model,
    row: &mfa_totp::Model,
) -> anyhow::Result<(String, String)> {
    let totp = generator(open(state, u.id, &row.secret_sealed)?, &u.email)?;
    let qr = QrCode::new(totp.get_url().as_bytes()).context("QR code")?;
    let svg = qr
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    let svg = svg
        .split_once("?>")
        .map_or(svg.as_str(), |(_, rest)| rest)
        .replacen(
            "<svg ",
            r#"<svg role="img" aria-label="QR code for your authenticator app" "#,
            1,
        );
    Ok((totp.get_secret_base32(), svg))
}

/// The step (30-second slot since the epoch) `code` was made for, within one step of now and
/// after `last_step`; compared in constant time.
fn matching_step(totp: &TOTP, code: &str, now: u64, last_step: Option<i64>) -> Option<i64> {
    let current = now / STEP_SECS;
    [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .filter(|s| last_step.is_none_or(|last| i64::try_from(*s).is_ok_and(|s| s > last)))
        .find(|s| {
            bool::from(
                totp.generate(s * STEP_SECS)
                    .as_bytes()
                    .ct_eq(code.as_bytes()),
            )
        })
        .and_then(|s| i64::try_from(s).ok())
}

/// Accepts `code` for `row` and records its step, with one conditional update so a code is
/// never accepted twice even by two simultaneous requests. `confirm` also confirms a set-up.
async fn accept(
    state: &AppState,
    u_email: &str,
    row: &mfa_totp::Model,
    code: &str,
    confirm: bool,
) -> Result<bool, AccountError> {
    let totp = generator(open(state, row.user_id, &row.secret_sealed)?, u_email)?;
    let now = u64::try_from(state.clock.now().timestamp()).unwrap_or_default();
    let Some(step) = matching_step(&totp, code, now, row.last_step) else {
        return Ok(false);
    };
    let mut q = mfa_totp::Entity::update_many()
        .col_expr(mfa_totp::Column::LastStep, Expr::value(step))
        .filter(mfa_totp::Column::UserId.eq(row.user_id))
        .filter(
            sea_orm::Condition::any()
                .add(mfa_totp::Column::LastStep.is_null())
                .add(mfa_totp::Column::LastStep.lt(step)),
        );
    if confirm {
        q = q
            .col_expr(
                mfa_totp::Column::ConfirmedAt,
                Expr::value(state.clock.now()),
            )
            .filter(mfa_totp::Column::ConfirmedAt.is_null());
    } else {
        q = q.filter(mfa_totp::Column::ConfirmedAt.is_not_null());
    }
    Ok(q.exec(&state.db).await?.rows_affected == 1)
}

/// Whether `code` is a current, unused code of the account's confirmed app (and uses it).
///
/// # Errors
/// Database errors or a secret that cannot be opened.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn check(state: &AppState, user_id: Uuid, code: &str) -> Result<bool, AccountError> {
    let Some(row) = confirmed(state, user_id).await? else {
        return Ok(false);
    };
    accept(state, "", &row, code, false).await
}

/// Confirms a set-up with a first code. Returns the new recovery codes when the account had
/// none (to show once).
///
/// # Errors
/// `Invalid` for a wrong code, no set-up in progress, or no recent sign-in; internal errors.
#[tracing::instrument(skip_all)]
pub async fn confirm_setup(
    state: &AppState,
    current: &Current,
    code: &str,
    client: &Client,
) -> Result<Option<Vec<String>>, AccountError> {
    require_recent_sign_in(state, current)?;
    let u = &current.user;
    let Some(row) = find(state, u.id)
        .await?
        .filter(|r| r.confirmed_at.is_none())
    else {
        return Err(invalid(CODE, Message::new("error-totp-not-started")));
    };
    let code = super::normalize_code(code);
    if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(CODE, Message::new("error-totp-code-empty")));
    }
    if !accept(state, &u.email, &row, &code, true).await? {
        return Err(invalid(CODE, Message::new("error-totp-code-wrong")));
    }
    events::record(
        state,
        u.id,
        EventKind::TwoStepAdded,
        Some(Message::new("security-detail-authenticator-app")),
        client,
    )
    .await;
    notify(state, Kind::TwoStepAdded, u, &u.email);
    let codes = if recovery::remaining(state, u.id).await? == 0 {
        Some(recovery::replace(state, u.id).await?)
    } else {
        None
    };
    Ok(codes)
}

/// Removes the authenticator app (or abandons a set-up). Without another second step, the
/// recovery codes go too.
///
/// # Errors
/// `Invalid` without a recent sign-in; database errors.
#[tracing::instrument(skip_all)]
pub async fn remove(
    state: &AppState,
    current: &Current,
    client: &Client,
) -> Result<(), AccountError> {
    require_recent_sign_in(state, current)?;
    let u = &current.user;
    let Some(row) = find(state, u.id).await? else {
        return Ok(());
    };
    mfa_totp::Entity::delete_by_id(u.id).exec(&state.db).await?;
    if row.confirmed_at.is_none() {
        return Ok(());
    }
    recovery::delete_all(state, u.id).await?;
    events::record(
        state,
        u.id,
        EventKind::TwoStepRemoved,
        Some(Message::new("security-detail-authenticator-app")),
        client,
    )
    .await;
    notify(state, Kind::TwoStepRemoved, u, &u.email);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_vectors_match_and_steps_are_bounded() {
        // RFC 6238 appendix B, SHA-1, truncated to 6 digits.
        let totp = generator(b"12345678901234567890".to_vec(), "a@example.com").unwrap();
        assert_eq!(totp.generate(59), "287082");
        assert_eq!(totp.generate(1_111_111_109), "081804");
        assert_eq!(matching_step(&totp, "287082", 59, None), Some(1));
        // One step of drift either way, not two.
        assert_eq!(matching_step(&totp, "287082", 89, None), Some(1));
        assert_eq!(matching_step(&totp, "287082", 120, None), None);
        // A step already used is refused.
        assert_eq!(matching_step(&totp, "287082", 59, Some(1)), None);
    }
}
