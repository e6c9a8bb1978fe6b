//! The first proof of an address.
//!
//! An address nobody has proven is not an account anybody owns. A sign-up creates a row that
//! cannot be signed in to until its address is confirmed; the first proof (the confirmation
//! link, an emailed sign-in or reset link, Google with a verified address) makes it an account.
//! Whatever existed before that moment — a password typed by whoever signed up, sessions, a
//! linked Google account, a second step, outstanding links — is void, unless the proof comes
//! from the very browser that signed up (it holds the sign-up's browser-binding cookie): then
//! the password, name and company it chose are kept; otherwise the name starts as the
//! address's local part.
//! The sign-up credits are granted at this moment, not before.

use hmac::{Hmac, Mac};
use obscura_shared::i18n::Message;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set, TransactionTrait};
use secrecy::ExposeSecret;
use sha2::Sha256;
use uuid::Uuid;

use super::{
    AccountError, Client, crypto, events, events::EventKind, notify, sessions, tokens,
    tokens::Purpose,
};
use crate::{
    db::entities::{mfa_challenge, mfa_passkey, mfa_recovery_code, mfa_totp, user},
    mail::templates::Kind,
    state::AppState,
};

/// How the address was proven.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    /// The confirmation link, opened in the browser that signed up: the password it chose is
    /// kept.
    SignUpBrowser,
    /// An emailed link (confirmation from another browser, sign-in or reset link).
    EmailedLink,
    /// A Google account with a verified address (linked by the caller afterwards).
    Google,
}

/// What the first proof removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    /// A password chosen before the address was proven.
    pub password: bool,
    /// A Google account linked before.
    pub google: bool,
    /// Sessions that existed before.
    pub sessions: u64,
    /// A second step (authenticator app, recovery codes) set up before.
    pub two_step: bool,
}

impl Removed {
    /// Whether anything was removed (the person is then told).
    #[must_use]
    pub const fn any(&self) -> bool {
        self.password || self.google || self.sessions > 0 || self.two_step
    }

    /// What was removed, for the security log: `password, Google link and 2 sessions`.
    fn detail(self) -> Message {
        let mut what = Vec::new();
        if self.password {
            what.push(Message::new("security-detail-removed-password"));
        }
        if self.google {
            what.push(Message::new("security-detail-removed-google"));
        }
        if self.sessions > 0 {
            what.push(Message::new("security-detail-removed-sessions").arg("count", self.sessions));
        }
        if self.two_step {
            what.push(Message::new("security-detail-removed-two-step"));
        }
        Message::list(what)
    }
}

/// The value of the browser-binding cookie a sign-up sets for the account `user_id`: an HMAC
/// under a key derived from the master key, so only this server can make one.
#[must_use]
pub fn signup_binding(state: &AppState, user_id: Uuid) -> String {
    let key = crypto::derive(state.master_key.expose_secret(), "signup-browser");
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key) else {
        return String::new();
    };
    mac.update(user_id.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Whether `cookie` is the binding cookie of `user_id`'s sign-up (constant-time comparison).
#[must_use]
pub fn is_signup_browser(state: &AppState, user_id: Uuid, cookie: Option<&str>) -> bool {
    let Some(cookie) = cookie else { return false };
    let key = crypto::derive(state.master_key.expose_secret(), "signup-browser");
    let (Ok(mut mac), Ok(given)) = (Hmac::<Sha256>::new_from_slice(&key), hex::decode(cookie))
    else {
        return false;
    };
    mac.update(user_id.as_bytes());
    mac.verify_slice(&given).is_ok()
}

fn email_local_part(active: &user::ActiveModel) -> String {
    let email = match &active.email {
        sea_orm::ActiveValue::Set(e) | sea_orm::ActiveValue::Unchanged(e) => e.as_str(),
        sea_orm::ActiveValue::NotSet => "",
    };
    email.split('@').next().unwrap_or_default().to_owned()
}

/// Deletes every second step of an account — authenticator app, recovery codes, passkeys — and
/// its pending challenges; whether there was one.
async fn remove_two_step(state: &AppState, id: Uuid) -> Result<bool, sea_orm::DbErr> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let totp = mfa_totp::Entity::delete_many()
        .filter(mfa_totp::Column::UserId.eq(id))
        .exec(&state.db)
        .await?
        .rows_affected;
    let codes = mfa_recovery_code::Entity::delete_many()
        .filter(mfa_recovery_code::Column::UserId.eq(id))
        .exec(&state.db)
        .await?
        .rows_affected;
    let passkeys = mfa_passkey::Entity::delete_many()
        .filter(mfa_passkey::Column::UserId.eq(id))
        .exec(&state.db)
        .await?
        .rows_affected;
    mfa_challenge::Entity::delete_many()
        .filter(mfa_challenge::Column::UserId.eq(id))
        .exec(&state.db)
        .await?;
    Ok(totp + codes + passkeys > 0)
}

/// Records the first proof of `u`'s address. An account already proven is returned unchanged.
///
/// # Errors
/// Database errors.
pub async fn first_proof(
    state: &AppState,
    u: user::Model,
    proof: Proof,
    client: &Client,
) -> Result<(user::Model, Removed), AccountError> {
    if u.email_verified_at.is_some() {
        return Ok((u, Removed::default()));
    }
    let id = u.id;
    let now = state.clock.now();
    let mut removed = Removed {
        password: proof != Proof::SignUpBrowser && u.password_hash.is_some(),
        google: u.google_sub.is_some(),
        sessions: 0,
        two_step: false,
    };
    let txn = state.db.begin().await?;
    let mut active = u.into_active_model();
    active.email_verified_at = Set(Some(now));
    if removed.password {
        active.password_hash = Set(None);
    }
    if proof != Proof::SignUpBrowser {
        // The name and company were typed by whoever signed up: the owner starts from the
        // address instead, and can change it in the profile.
        let local = email_local_part(&active);
        active.name = Set(local);
        active.company = Set(None);
    }
    if removed.google {
        active.google_sub = Set(None);
        active.picture_url = Set(None);
    }
    active.updated_at = Set(now);
    let u = active.update(&txn).await?;
    super::sign_up::grant_signup_credits(state, &txn, id)
        .await
        .map_err(|e| AccountError::Internal(e.into()))?;
    txn.commit().await?;

    // Nothing that existed before the proof survives it.
    removed.sessions = sessions::end_all(state, id, None).await?;
    removed.two_step = remove_two_step(state, id).await?;
    for purpose in [
        Purpose::VerifyEmail,
        Purpose::MagicLink,
        Purpose::Reset,
        Purpose::EmailChange,
    ] {
        tokens::revoke_all(state, purpose, id).await?;
    }
    events::record(state, id, EventKind::EmailVerified, None, client).await;
    if removed.any() {
        events::record(
            state,
            id,
            EventKind::EarlierAccessRemoved,
            Some(removed.detail()),
            client,
        )
        .await;
        notify(state, Kind::EarlierAccessRemoved, &u, &u.email);
    }
    Ok((u, removed))
}

#[cfg(test)]
mod tests {
    use obscura_shared::account::Language::{De, En, Fr};

    use super::*;

    #[test]
    fn what_was_removed_reads_as_a_list_in_each_language() {
        let all = Removed {
            password: true,
            google: true,
            sessions: 2,
            two_step: true,
        };
        let detail = Message::from_stored(&all.detail().to_stored());
        assert_eq!(
            detail.render(En),
            "password, Google link, 2 sessions and two-step verification"
        );
        assert_eq!(
            detail.render(De),
            "Passwort, Google-Verknüpfung, 2 Sitzungen und Zwei-Schritt-Verifizierung"
        );
        assert_eq!(
            detail.render(Fr),
            "mot de passe, association avec Google, 2 sessions et validation en deux étapes"
        );
        let some = Removed {
            password: true,
            sessions: 1,
            ..Removed::default()
        };
        assert_eq!(some.detail().render(En), "password and 1 session");
        assert_eq!(some.detail().render(De), "Passwort und 1 Sitzung");
        let one = Removed {
            sessions: 1,
            ..Removed::default()
        };
        assert_eq!(one.detail().render(Fr), "1 session");
    }
}
