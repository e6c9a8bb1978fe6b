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
