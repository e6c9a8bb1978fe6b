//! Operator tasks: the first admin account.

use obscura_shared::account::{Language, Role, fields};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

use super::{
    AccountError, absolute, clean_name, create_user, find_by_email, invalid, normalize_email,
    tokens, tokens::Purpose,
};
use crate::{db::entities::user, state::AppState};

/// Creates an admin account (or makes an existing one admin) from the command line, and
/// returns a sign-in link valid for 15 minutes.
///
/// # Errors
/// An invalid address or name, or a database error.
#[tracing::instrument(skip_all)]
pub async fn create_admin(
    state: &AppState,
    email: &str,
    name: &str,
) -> Result<String, AccountError> {
    let email = normalize_email(email).map_err(|m| invalid(fields::EMAIL, m))?;
    let name = clean_name(fields::NAME, name, true)?.unwrap_or_default();
    let now = state.clock.now();
    let u = match find_by_email(state, &email).await? {
        Some(u) => {
            let mut active = u.into_active_model();
            active.role = Set(Role::Admin.code().to_owned());
            active.updated_at = Set(now);
            active.update(&state.db).await?
        }
        None => {
            let row = user::ActiveModel {
                id: Set(state.ids.new_id()),
                email: Set(email.clone()),
                email_verified_at: Set(Some(now)),
                name: Set(name),
                company: Set(None),
                language: Set(Language::En.code().to_owned()),
                password_hash: Set(None),
                role: Set(Role::Admin.code().to_owned()),
                avatar_key: Set(None),
                google_sub: Set(None),
                picture_url: Set(None),
                // The operator creating their own account confirms for themselves.
                age_confirmed_at: Set(now),
                created_at: Set(now),
                updated_at: Set(now),
                suspended_at: Set(None),
                suspension_reason: Set(None),
            };
            create_user(state, row).await?
        }
    };
    crate::audit::record(
        state,
        crate::audit::Actor::Cli,
        crate::audit::Action::GrantAdmin,
        &crate::audit::target("account", u.id),
        crate::audit::Outcome::Done,
    )
    .await;
    let token = tokens::issue(state, Purpose::MagicLink, u.id, &u.email).await?;
    Ok(absolute(
        state,
        &format!("{}?token={token}", obscura_shared::routes::MAGIC_LINK),
    ))
}

/// What an operator's command did to the account an address names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperatorOutcome {
    /// Done.
    Done,
    /// It was already so: nothing changed.
    Unchanged,
    /// No account uses this address.
    NoAccount,
    /// The account is an admin's: take the role back first (in the console).
    AdminAccount,
}

/// What the operator asks of an account from the command line, when no admin can do it in the
/// console (or there is none yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperatorAction {
    /// Suspend it (see [`super::suspension`]).
    Suspend,
    /// Lift its suspension.
    Unsuspend,
    /// Delete it at once with everything in it: the same purge as self-erasure.
    Delete,
}

/// Suspends, unsuspends or deletes the account of `email` from the command line, with the
/// operator's `reason` (1–500 characters), recorded in the audit log (actor `cli`). Admin
/// accounts are refused, as in the console.
///
/// # Errors
/// An invalid address or reason, or a database error.
#[tracing::instrument(skip_all)]
pub async fn operator_act(
    state: &AppState,
    action: OperatorAction,
    email: &str,
    reason: &str,
) -> Result<OperatorOutcome, AccountError> {
    use super::suspension::{self, Suspension, SuspensionError};
    use crate::audit::{self, Action, Actor, Outcome};

    let email = normalize_email(email).map_err(|m| invalid(fields::EMAIL, m))?;
    let reason = crate::audit::clean_reason(reason).map_err(|m| invalid("reason", m))?;
    let Some(u) = find_by_email(state, &email).await? else {
        return Ok(OperatorOutcome::NoAccount);
    };
    let audited = match action {
        OperatorAction::Suspend => Action::Suspend,
        OperatorAction::Unsuspend => Action::Unsuspend,
        OperatorAction::Delete => Action::DeleteAccount,
    };
    let result = match action {
        OperatorAction::Delete if u.role == Role::Admin.code() => Ok(OperatorOutcome::AdminAccount),
        OperatorAction::Delete => {
            crate::privacy::erasure::delete_now(state, u.id).await?;
            Ok(OperatorOutcome::Done)
        }
        OperatorAction::Suspend | OperatorAction::Unsuspend => {
            let done = if action == OperatorAction::Suspend {
                suspension::suspend(state, u.id, &reason).await
            } else {
                suspension::unsuspend(state, u.id).await
            };
            match done {
                Ok(Suspension::Done) => Ok(OperatorOutcome::Done),
                Ok(Suspension::Already) => Ok(OperatorOutcome::Unchanged),
                Ok(Suspension::NotFound) => Ok(OperatorOutcome::NoAccount),
                Ok(Suspension::AdminAccount) => Ok(OperatorOutcome::AdminAccount),
                Err(SuspensionError::Reason(m)) => Err(invalid("reason", m)),
                Err(SuspensionError::Internal(e)) => Err(AccountError::Internal(e)),
            }
        }
    };
    let outcome = match &result {
        Ok(OperatorOutcome::Done) => Outcome::Done,
        Ok(OperatorOutcome::Unchanged | OperatorOutcome::AdminAccount) => Outcome::Refused,
        Ok(OperatorOutcome::NoAccount) => Outcome::NotFound,
        Err(AccountError::Invalid(_)) => Outcome::Invalid,
        Err(_) => Outcome::Failed,
    };
    audit::record_with_reason(
        state,
        Actor::Cli,
        audited,
        &audit::target("account", u.id),
        outcome,
        Some(&reason),
    )
    .await;
    result
}
