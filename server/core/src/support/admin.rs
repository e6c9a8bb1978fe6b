//! What admins do with messages: list and read them, reply by email, close or reopen, and
//! delete the account of a reported underage person.

use anyhow::Result;
use obscura_shared::support::{MessageView, Topic, fields};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

use super::SupportError;
use crate::{
    accounts,
    db::entities::{support_message, support_reply, user},
    mail::templates,
    state::AppState,
};

/// Messages, newest first: open ones, or all.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn list(state: &AppState, open_only: bool) -> Result<Vec<MessageView>> {
    let mut q = support_message::Entity::find().order_by_desc(support_message::Column::CreatedAt);
    if open_only {
        q = q.filter(support_message::Column::ClosedAt.is_null());
    }
    let rows = q.limit(200).all(&state.db).await?;
    Ok(rows
        .into_iter()
        .map(|m| view(m, Vec::new(), false))
        .collect())
}

fn view(
    m: support_message::Model,
    replies: Vec<support_reply::Model>,
    account_closed: bool,
) -> MessageView {
    let topic = Topic::from_code(&m.topic);
    MessageView {
        id: m.id.to_string(),
        email: m.email,
        account: m.user_id.map(|u| u.to_string()),
        topic: topic.map_or_else(|| m.topic.clone(), |t| t.label().to_owned()),
        topic_code: m.topic,
        message: m.message,
        created_at: m.created_at.to_rfc3339(),
        closed_at: m.closed_at.map(|t| t.to_rfc3339()),
        attachment_url: m.attachment_key.map(|_| attachment_path(m.id)),
        replies: replies
            .into_iter()
            .map(|r| (r.sent_at.to_rfc3339(), r.body))
            .collect(),
        account_closed,
    }
}

/// The admin route of a message's attachment.
#[must_use]
pub fn attachment_path(id: Uuid) -> String {
    format!("{}/{id}/attachment", obscura_shared::routes::ADMIN_SUPPORT)
}

/// The account a message's sender has (by account, else by address).
async fn account_of(state: &AppState, m: &support_message::Model) -> Result<Option<user::Model>> {
    if let Some(id) = m.user_id {
        return Ok(user::Entity::find_by_id(id).one(&state.db).await?);
    }
    Ok(accounts::find_by_email(state, &m.email).await?)
}

/// One message with its replies.
///
/// # Errors
/// `NotFound` for an unknown id.
#[tracing::instrument(skip_all)]
pub async fn get(state: &AppState, id: Uuid) -> Result<MessageView, SupportError> {
    let m = support_message::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(SupportError::NotFound)?;
    let replies = support_reply::Entity::find()
        .filter(support_reply::Column::MessageId.eq(id))
        .order_by_asc(support_reply::Column::SentAt)
        .all(&state.db)
        .await?;
    let account = account_of(state, &m).await?;
    let closed = match &account {
        Some(u) => crate::privacy::erasure::is_closed(&state.db, u.id).await?,
        None => false,
    };
    let mut v = view(m, replies, closed);
    v.account = account.map(|u| u.id.to_string());
    Ok(v)
}

/// Emails a reply to the sender and keeps it with the message.
///
/// # Errors
/// An empty reply, `NotFound`.
#[tracing::instrument(skip_all)]
pub async fn reply(state: &AppState, id: Uuid, body: &str) -> Result<(), SupportError> {
    let body = body.trim();
    if body.chars().count() < 2 {
        return Err(SupportError::Invalid(vec![(
            fields::REPLY,
            obscura_shared::i18n::Message::new("error-reply-empty"),
        )]));
    }
    let m = support_message::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(SupportError::NotFound)?;
    support_reply::ActiveModel {
        id: Set(state.ids.new_id()),
        message_id: Set(id),
        body: Set(body.to_owned()),
        sent_at: Set(state.clock.now()),
    }
    .insert(&state.db)
    .await?;
    let account = account_of(state, &m).await?;
    let (name, lang) = account
        .as_ref()
        .map_or((String::new(), Default::default()), |u| {
            (
                u.name.clone(),
                obscura_shared::account::Language::from_code(&u.language).unwrap_or_default(),
            )
        });
    let link = accounts::absolute(state, obscura_shared::routes::SUPPORT);
    state
        .mailer
        .send_in_background(templates::render_support_reply(
            lang, &m.email, &name, &link, body,
        ));
    Ok(())
}

/// Closes (or reopens) a message.
///
/// # Errors
/// `NotFound`.
#[tracing::instrument(skip_all)]
pub async fn set_closed(state: &AppState, id: Uuid, closed: bool) -> Result<(), SupportError> {
    let m = support_message::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(SupportError::NotFound)?;
    let mut active = m.into_active_model();
    active.closed_at = Set(closed.then(|| state.clock.now()));
    active.update(&state.db).await?;
    Ok(())
}

/// What an admin's "delete the reported account" came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    /// The account was signed out everywhere and deleted.
    Deleted(Uuid),
    /// No account uses the address typed.
    NoAccount,
    /// The address typed is missing or not an address.
    Unnamed,
    /// The address is an admin's: not deleted from here.
    AdminAccount,
    /// The message is not a report of an underage account.
    NotUnderage,
}

/// For a report of an underage account: signs out and deletes, with everything in it, the
/// account the admin names by its address as the report gives it (`reported`). The sender of
/// the report is never chosen for the admin: a signed-in parent reporting a child's account
/// keeps theirs, and the sender's own account goes only if its address is the one typed.
///
/// # Errors
/// `NotFound` for an unknown message; database errors.
#[tracing::instrument(skip_all)]
pub async fn erase_reported_account(
    state: &AppState,
    id: Uuid,
    reported: &str,
) -> Result<Erasure, SupportError> {
    let m = support_message::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(SupportError::NotFound)?;
    if Topic::from_code(&m.topic) != Some(Topic::UnderageAccount) {
        return Ok(Erasure::NotUnderage);
    }
    let Ok(email) = accounts::normalize_email(reported.trim()) else {
        return Ok(Erasure::Unnamed);
    };
    let found = accounts::find_by_email(state, &email)
        .await
        .map_err(|e| SupportError::Internal(e.into()))?;
    let Some(u) = found else {
        return Ok(Erasure::NoAccount);
    };
    if u.role == obscura_shared::account::Role::Admin.code() {
        return Ok(Erasure::AdminAccount);
    }
    crate::privacy::erasure::delete_now(state, u.id).await?;
    Ok(Erasure::Deleted(u.id))
}
