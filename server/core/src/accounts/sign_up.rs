//! Sign-up: the account, its starting credits and the verification link.

use obscura_shared::{
    account::{Role, fields},
    i18n::Message,
};
use sea_orm::{ActiveModelTrait, Set};
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use super::{
    AccountError, Client, FieldErrors, absolute, clean_name, events, events::EventKind,
    find_by_email, get, language, limit, limits, normalize_email, password, send_in_background,
    tokens, tokens::Purpose,
};
use crate::{db::entities::user, mail::templates::Kind, state::AppState};

/// What sign-up asks for.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// Email address as typed.
    pub email: String,
    /// Full name.
    pub name: String,
    /// Company, may be empty.
    pub company: String,
    /// Language tag.
    pub language: String,
    /// The chosen password.
    pub password: SecretString,
    /// The minimum-age box was ticked.
    pub age_confirmed: bool,
}

/// Creates an account waiting for its address to be confirmed and emails a confirmation link.
/// When the address already has an account, its owner gets a reset link instead, and the
/// caller sees exactly the same answer.
///
/// Returns the value of the browser-binding cookie to set: opened in this browser, the
/// confirmation link keeps the password chosen here (see [`super::claim`]). When the address
/// was taken, the value is random and binds nothing, so the answer looks the same.
///
/// # Errors
/// Field errors, a rate limit, or an internal error.
#[tracing::instrument(skip_all)]
pub async fn sign_up(
    state: &AppState,
    input: SignUp,
    client: &Client,
) -> Result<String, AccountError> {
    let mut errors = FieldErrors::new();
    let email = normalize_email(&input.email)
        .map_err(|m| errors.push((fields::EMAIL, m)))
        .ok();
    let name = clean_name(fields::NAME, &input.name, true)
        .map_err(|e| {
            if let AccountError::Invalid(mut v) = e {
                errors.append(&mut v)
            }
        })
        .ok()
        .flatten();
    let company = clean_name(fields::COMPANY, &input.company, false)
        .map_err(|e| {
            if let AccountError::Invalid(mut v) = e {
                errors.append(&mut v)
            }
        })
        .ok()
        .flatten();
    let lang = language(&input.language)
        .map_err(|e| {
            if let AccountError::Invalid(mut v) = e {
                errors.append(&mut v)
            }
        })
        .ok();
    if let Err(m) = password::check_policy(input.password.expose_secret()) {
        errors.push((fields::PASSWORD, m));
    }
    if !input.age_confirmed {
        errors.push((
            fields::AGE,
            Message::new("error-min-age").arg("age", u32::from(state.config.min_age)),
        ));
    }
    let (Some(email), Some(name), Some(lang)) = (email, name, lang) else {
        return Err(AccountError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AccountError::Invalid(errors));
    }
    limit(state, limits::Action::SignUp, client, Some(&email)).await?;

    // Hash before looking the address up, so both answers take the same time.
    let hash = state.passwords.hash(&input.password).await?;
    if let Some(existing) = find_by_email(state, &email).await? {
        let token = tokens::issue(state, Purpose::Reset, existing.id, &existing.email).await?;
        let link = absolute(
            state,
            &format!("{}?token={token}", obscura_shared::routes::RESET_CONFIRM),
        );
        send_in_background(state, Kind::Reset, &existing, &existing.email, link);
        return Ok(decoy_binding());
    }
    let now = state.clock.now();
    let id = state.ids.new_id();
    let row = user::ActiveModel {
        id: Set(id),
        email: Set(email.clone()),
        email_verified_at: Set(None),
        name: Set(name),
        company: Set(company),
        language: Set(lang.code().to_owned()),
        password_hash: Set(Some(hash)),
        role: Set(Role::User.code().to_owned()),
        avatar_key: Set(None),
        google_sub: Set(None),
        picture_url: Set(None),
        age_confirmed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        suspended_at: Set(None),
        suspension_reason: Set(None),
    };
    let created = match create_user(state, row).await {
        Ok(u) => u,
        // Two sign-ups for one address at once: the second one gets the same answer.
        Err(e) if crate::db::is_duplicate(&e) => {
            return Ok(decoy_binding());
        }
        Err(e) => return Err(e.into()),
    };
    events::record(
        state,
        id,
        EventKind::AccountCreated,
        Some(Message::new("security-detail-sign-up-password")),
        client,
    )
    .await;
    send_verification(state, &created).await?;
    Ok(super::claim::signup_binding(state, created.id))
}

/// A binding cookie value of the same shape that binds no account.
fn decoy_binding() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// Creates an account, and when its address is already proven (Google, the admin command)
/// grants its sign-up credits, in one transaction. An account signed up by email gets its
/// credits when its address is confirmed.
///
/// # Errors
/// Database errors (a unique violation when the address or Google account is taken).
pub async fn create_user(
    state: &AppState,
    row: user::ActiveModel,
) -> Result<user::Model, sea_orm::DbErr> {
    use sea_orm::TransactionTrait;
    let txn = state.db.begin().await?;
    let u = row.insert(&txn).await?;
    if u.email_verified_at.is_some() {
        grant_signup_credits(state, &txn, u.id).await?;
    }
    txn.commit().await?;
    Ok(u)
}

/// Grants the sign-up credits once per account (the ledger key makes a second grant a no-op).
///
/// # Errors
/// Database errors.
pub(crate) async fn grant_signup_credits<C>(
    state: &AppState,
    db: &C,
    user_id: Uuid,
) -> Result<(), sea_orm::DbErr>
where
    C: sea_orm::ConnectionTrait + sea_orm::TransactionTrait,
{
    let credits = i64::from(state.config.signup_credits);
    if credits <= 0 {
        return Ok(());
    }
    let key = format!("signup:{user_id}");
    let op = crate::credits::Operation {
        user_id,
        entry: crate::credits::Entry::Grant,
        amount: credits,
        key: &key,
        reference: Some("sign-up"),
    };
    crate::credits::apply(db, state.ids.new_id(), state.clock.now(), op)
        .await
        .map(|_| ())
        .map_err(|e| match e {
            crate::credits::CreditError::Db(e) => e,
            other => sea_orm::DbErr::Custom(other.to_string()),
        })
}

/// Emails a verification link to the account's address.
///
/// # Errors
/// Database errors.
pub async fn send_verification(state: &AppState, u: &user::Model) -> Result<(), AccountError> {
    let token = tokens::issue(state, Purpose::VerifyEmail, u.id, &u.email).await?;
    let link = absolute(
        state,
        &format!("{}?token={token}", obscura_shared::routes::VERIFY_EMAIL),
    );
    send_in_background(state, Kind::Verify, u, &u.email, link);
    Ok(())
}

/// Sends the verification email again for a signed-in, unverified account.
///
/// # Errors
/// A rate limit, or database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn resend_verification(
    state: &AppState,
    user_id: Uuid,
    client: &Client,
) -> Result<(), AccountError> {
    let u = get(state, user_id).await?;
    limit(state, limits::Action::EmailLink, client, Some(&u.email)).await?;
    if u.email_verified_at.is_none() {
        send_verification(state, &u).await?;
    }
    Ok(())
}
