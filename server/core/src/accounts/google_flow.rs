//! Google sign-in as an account flow: the browser-bound, single-use flow record, linking or
//! creating the account, and the age confirmation of new Google users.

use anyhow::Context;
use obscura_shared::{
    account::{Language, NAME_MAX_CHARS, Role, fields},
    i18n::Message,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use super::{
    AccountError, Client, SignedIn, create_user, crypto, events, events::EventKind, find_by_email,
    invalid, normalize_email, start_session, tokens::TokenProblem,
};
use crate::{
    db::entities::{pending_signup, user},
    state::AppState,
};

/// A Google sign-in on its way to the provider.
#[derive(Debug)]
pub struct GoogleStarted {
    /// Where to send the browser.
    pub url: String,
    /// The value of the browser-binding cookie.
    pub browser_token: String,
}

/// How long a started Google sign-in may take.
pub const GOOGLE_FLOW_LIFETIME: chrono::Duration = chrono::Duration::minutes(10);

/// Starts a Google sign-in: remembers state, nonce and PKCE verifier (10 minutes, single use),
/// bound to a fresh browser cookie.
///
/// # Errors
/// When Google sign-in is not configured or discovery fails.
#[tracing::instrument(skip_all)]
pub async fn google_start(
    state: &AppState,
    redirect: &str,
    next: &str,
    age_confirmed: bool,
) -> Result<GoogleStarted, AccountError> {
    use crate::db::entities::oauth_flow;
    let google = state
        .google
        .as_ref()
        .context("Google sign-in is not configured")?;
    let started = google.start(redirect).await?;
    let browser_token = crypto::new_token();
    let now = state.clock.now();
    // Forget flows that were never finished.
    oauth_flow::Entity::delete_many()
        .filter(oauth_flow::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?;
    oauth_flow::ActiveModel {
        state_hash: Set(crypto::digest(&started.state)),
        browser_hash: Set(crypto::digest(&browser_token)),
        nonce: Set(started.nonce),
        pkce_verifier: Set(started.pkce_verifier),
        next: Set(next.to_owned()),
        age_confirmed: Set(age_confirmed),
        expires_at: Set(now + GOOGLE_FLOW_LIFETIME),
    }
    .insert(&state.db)
    .await?;
    Ok(GoogleStarted {
        url: started.url,
        browser_token,
    })
}

/// How a Google sign-in ended.
#[derive(Debug)]
pub enum GoogleOutcome {
    /// Signed in (to a new, linked or known account); go to `next`.
    SignedIn(Box<SignedIn>, String),
    /// No account yet and the minimum age was not confirmed: ask, on the page of this
    /// single-use token, before creating the account.
    NeedsAge(String),
    /// An account has this address but the provider has not verified it: not linked.
    Unverified,
    /// The provider shared no email address.
    NoEmail,
}

/// Finishes a Google sign-in from the provider's redirect.
///
/// # Errors
/// `Token(Invalid)` for a missing, unknown, replayed or foreign `state` (another browser),
/// `Token(Expired)` after 10 minutes, `Internal` when the exchange or the ID token fails.
#[tracing::instrument(skip_all)]
pub async fn google_finish(
    state: &AppState,
    redirect: &str,
    code: &str,
    state_param: &str,
    browser_token: Option<&str>,
    client: &Client,
) -> Result<GoogleOutcome, AccountError> {
    use crate::db::entities::oauth_flow;
    let google = state
        .google
        .as_ref()
        .context("Google sign-in is not configured")?;
    if state_param.is_empty() || code.is_empty() {
        return Err(TokenProblem::Invalid.into());
    }
    let hash = crypto::digest(state_param);
    let Some(flow) = oauth_flow::Entity::find_by_id(hash.clone())
        .one(&state.db)
        .await?
    else {
        return Err(TokenProblem::Invalid.into());
    };
    // Single use: whoever deletes the row owns the flow.
    let deleted = oauth_flow::Entity::delete_by_id(hash)
        .exec(&state.db)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(TokenProblem::Used.into());
    }
    if browser_token.map(crypto::digest).as_deref() != Some(flow.browser_hash.as_str()) {
        return Err(TokenProblem::Invalid.into());
    }
    if flow.expires_at <= state.clock.now() {
        return Err(TokenProblem::Expired.into());
    }
    let identity = google
        .finish(redirect, code, &flow.pkce_verifier, &flow.nonce)
        .await?;

    if let Some(u) = user::Entity::find()
        .filter(user::Column::GoogleSub.eq(identity.subject.as_str()))
        .one(&state.db)
        .await?
    {
        let signed = start_session(state, u, "Google", client).await?;
        return Ok(GoogleOutcome::SignedIn(Box::new(signed), flow.next));
    }
    let Some(email) = identity
        .email
        .as_deref()
        .and_then(|e| normalize_email(e).ok())
    else {
        return Ok(GoogleOutcome::NoEmail);
    };
    let now = state.clock.now();
    // An address Google has not verified proves nothing: it neither links to an account nor
    // makes one (the same answer either way, so it does not tell whether an account exists).
    if !identity.email_verified {
        return Ok(GoogleOutcome::Unverified);
    }
    if let Some(existing) = find_by_email(state, &email).await? {
        let id = existing.id;
        // The first proof of an address nobody had confirmed voids what was set up before.
        let (existing, removed) =
            super::claim::first_proof(state, existing, super::claim::Proof::Google, client).await?;
        let mut active = existing.into_active_model();
        active.google_sub = Set(Some(identity.subject.clone()));
        active.picture_url = Set(identity.picture.clone());
        active.updated_at = Set(now);
        let u = active.update(&state.db).await?;
        events::record(state, id, EventKind::GoogleLinked, None, client).await;
        let mut signed = start_session(state, u, "Google", client).await?;
        signed.earlier_access_removed = removed.any();
        return Ok(GoogleOutcome::SignedIn(Box::new(signed), flow.next));
    }
    let name = identity
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map_or_else(
            || email.split('@').next().unwrap_or_default().to_owned(),
            |n| n.chars().take(NAME_MAX_CHARS).collect(),
        );
    let pending = pending_signup::Model {
        token_hash: String::new(),
        subject: identity.subject,
        email,
        email_verified: identity.email_verified,
        name,
        picture_url: identity.picture,
        next: flow.next,
        expires_at: now + GOOGLE_FLOW_LIFETIME,
    };
    if !flow.age_confirmed {
        let token = crypto::new_token();
        pending_signup::ActiveModel {
            token_hash: Set(crypto::digest(&token)),
            ..pending.into_active_model()
        }
        .insert(&state.db)
        .await?;
        return Ok(GoogleOutcome::NeedsAge(token));
    }
    let next = pending.next.clone();
    let signed = create_google_account(state, pending, client).await?;
    Ok(GoogleOutcome::SignedIn(Box::new(signed), next))
}

async fn create_google_account(
    state: &AppState,
    p: pending_signup::Model,
    client: &Client,
) -> Result<SignedIn, AccountError> {
    let now = state.clock.now();
    let id = state.ids.new_id();
    let u = user::ActiveModel {
        id: Set(id),
        email: Set(p.email),
        email_verified_at: Set(p.email_verified.then_some(now)),
        name: Set(p.name),
        company: Set(None),
        language: Set(Language::En.code().to_owned()),
        password_hash: Set(None),
        role: Set(Role::User.code().to_owned()),
        avatar_key: Set(None),
        google_sub: Set(Some(p.subject)),
        picture_url: Set(p.picture_url),
        age_confirmed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        suspended_at: Set(None),
        suspension_reason: Set(None),
    };
    let u = match create_user(state, u).await {
        Ok(u) => u,
        // The address or the Google account got an account meanwhile: start again.
        Err(e) if crate::db::is_duplicate(&e) => {
            return Err(TokenProblem::Used.into());
        }
        Err(e) => return Err(e.into()),
    };
    events::record(
        state,
        id,
        EventKind::AccountCreated,
        Some(Message::verbatim("Google")),
        client,
    )
    .await;
    start_session(state, u, "Google", client).await
}

/// The Google identity waiting behind a pending sign-up token.
///
/// # Errors
/// `Token(Invalid)` for an unknown or malformed token, `Token(Expired)` after 10 minutes.
#[tracing::instrument(skip_all)]
pub async fn peek_google_signup(
    state: &AppState,
    token: &str,
) -> Result<pending_signup::Model, AccountError> {
    if !crypto::looks_like_token(token) {
        return Err(TokenProblem::Invalid.into());
    }
    let row = pending_signup::Entity::find_by_id(crypto::digest(token))
        .one(&state.db)
        .await?
        .ok_or(TokenProblem::Invalid)?;
    if row.expires_at <= state.clock.now() {
        return Err(TokenProblem::Expired.into());
    }
    Ok(row)
}

/// Creates the account of a pending Google sign-up once the minimum age is confirmed.
///
/// # Errors
/// A field error without the confirmation, the token's problem, or an internal error.
#[tracing::instrument(skip_all)]
pub async fn finish_google_signup(
    state: &AppState,
    token: &str,
    age_confirmed: bool,
    client: &Client,
) -> Result<(SignedIn, String), AccountError> {
    let pending = peek_google_signup(state, token).await?;
    if !age_confirmed {
        return Err(invalid(
            fields::AGE,
            Message::new("error-min-age").arg("age", u32::from(state.config.min_age)),
        ));
    }
    // Single use: whoever deletes the row creates the account.
    let deleted = pending_signup::Entity::delete_by_id(pending.token_hash.clone())
        .exec(&state.db)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(TokenProblem::Used.into());
    }
    let next = pending.next.clone();
    Ok((create_google_account(state, pending, client).await?, next))
}
