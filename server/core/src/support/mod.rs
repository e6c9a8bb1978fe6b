//! Support: messages from the contact form, acknowledged by email and handled by admins (read,
//! reply by email, close); privacy requests tracked with a 30-day due date (P-RGT-6) — logged
//! by admins for requests received by other channels, and created for every message with the
//! privacy-request topic; closing an underage account.
//!
//! Attachments are images checked and cleaned like reference uploads (P-GEN-9), with the lower
//! caps of [`ImagePurpose::SupportAttachment`]; the form is anonymous, so an attachment is
//! decoded only once every field is valid and the rate limit is taken, and under the process's
//! image-work bound. Messages are part of the sender's export, go with their account, and closed
//! ones are deleted after 12 months; answered requests after 3 years.

mod admin;
pub mod requests;

pub use admin::{Erasure, attachment_path, erase_reported_account, get, list, reply, set_closed};

use anyhow::{Context, Result};
use bytes::Bytes;
use chrono::Duration;
use object_store::{ObjectStore as _, PutPayload, path::Path as ObjectPath};
use obscura_shared::{
    i18n::Message,
    support::{
        MAX_ATTACHMENT_BYTES, MESSAGE_MAX_CHARS, MESSAGE_MIN_CHARS, RequestKind, Topic, fields,
    },
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    accounts::{self, Client, FieldErrors, limits::Action},
    db::entities::{support_message, support_reply, user},
    mail::templates::{self, Kind},
    state::AppState,
    storage::images::{self, ImagePurpose, WorkError},
};

/// How long closed messages are kept.
pub const CLOSED_RETENTION_DAYS: i64 = 365;

/// What the contact form sends.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    /// The sender's address (the account's when signed in and left empty).
    pub email: String,
    /// A topic code.
    pub topic: String,
    /// The text.
    pub message: String,
    /// An optional image.
    pub attachment: Option<Bytes>,
}

/// Why a message was not taken.
#[derive(Debug, thiserror::Error)]
pub enum SupportError {
    /// Field problems.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// Too many messages from here.
    #[error("rate limited")]
    RateLimited(std::time::Duration),
    /// Every image-work permit is taken: send again in a moment (nothing was stored).
    #[error("image work is busy")]
    Busy,
    /// Not found (or not an admin).
    #[error("not found")]
    NotFound,
    /// Logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for SupportError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

fn attachment_key(id: Uuid) -> String {
    format!("support/{id}.png")
}

/// Checks, stores and acknowledges a message; a privacy request is also tracked.
///
/// # Errors
/// Field errors (address, topic, message length, attachment type or size), a rate limit.
#[tracing::instrument(skip_all)]
pub async fn submit(
    state: &AppState,
    input: Contact,
    sender: Option<&user::Model>,
    client: &Client,
) -> Result<Uuid, SupportError> {
    let mut errors: FieldErrors = Vec::new();
    let typed = input.email.trim();
    let email = match (typed, sender) {
        ("", Some(u)) => Ok(u.email.clone()),
        _ => accounts::normalize_email(typed),
    };
    if let Err(m) = &email {
        errors.push((fields::EMAIL, m.clone()));
    }
    let topic = Topic::from_code(input.topic.trim());
    if topic.is_none() {
        errors.push((fields::TOPIC, Message::new("error-support-topic")));
    }
    let message = input.message.trim().to_owned();
    let chars = message.chars().count();
    if chars < MESSAGE_MIN_CHARS {
        errors.push((
            fields::MESSAGE,
            Message::new("error-support-message-short").arg("min", MESSAGE_MIN_CHARS),
        ));
    } else if chars > MESSAGE_MAX_CHARS {
        errors.push((
            fields::MESSAGE,
            Message::new("error-support-message-long")
                .arg("max", MESSAGE_MAX_CHARS.to_string())
                .arg("count", chars.to_string()),
        ));
    }
    // The attachment is checked from its header only, with the other fields: a refused form
    // costs no decode (a 115 KB PNG can hold 6300 × 6300 pixels, 119 MB once decoded).
    let attachment = match input.attachment {
        Some(bytes) if bytes.len() > MAX_ATTACHMENT_BYTES => {
            errors.push((
                fields::ATTACHMENT,
                Message::new("error-attachment-larger")
                    .arg("mb", MAX_ATTACHMENT_BYTES / (1024 * 1024)),
            ));
            None
        }
        Some(bytes) => match images::check_upload(&bytes, ImagePurpose::SupportAttachment) {
            Ok(_) => Some(bytes),
            Err(e) => {
                errors.push((fields::ATTACHMENT, e.sentence()));
                None
            }
        },
        None => None,
    };
    let (Ok(email), Some(topic), true) = (email, topic, errors.is_empty()) else {
        return Err(SupportError::Invalid(errors));
    };
    let ip = client.rate_key();
    state
        .limits
        .check(Action::EmailLink, &ip, Some(&email))
        .await
        .map_err(SupportError::RateLimited)?;
    // Only now is the image decoded and re-encoded.
    let png = match attachment {
        Some(bytes) => {
            let prepared = state
                .images
                .for_request(move || {
                    images::prepare_upload(&bytes, ImagePurpose::SupportAttachment)
                })
                .await
                .map_err(|e| match e {
                    WorkError::Busy => SupportError::Busy,
                    WorkError::Stopped(e) => anyhow::anyhow!("cleaning an attachment: {e}").into(),
                })?
                .map_err(|e| SupportError::Invalid(vec![(fields::ATTACHMENT, e.sentence())]))?;
            Some(prepared.png)
        }
        None => None,
    };

    let id = state.ids.new_id();
    let key = match png {
        Some(png) => {
            let key = attachment_key(id);
            state
                .storage
                .store
                .put(&ObjectPath::from(key.as_str()), PutPayload::from(png))
                .await
                .context("storing an attachment")?;
            Some(key)
        }
        None => None,
    };
    let now = state.clock.now();
    support_message::ActiveModel {
        id: Set(id),
        user_id: Set(sender.map(|u| u.id)),
        email: Set(email.clone()),
        topic: Set(topic.code().to_owned()),
        message: Set(message),
        attachment_key: Set(key),
        created_at: Set(now),
        closed_at: Set(None),
    }
    .insert(&state.db)
    .await?;
    if topic == Topic::PrivacyRequest {
        requests::log(
            state,
            RequestKind::Other,
            &email,
            // Obscura's own words, stored as messages: the admin reads them in their language.
            &Message::new("admin-request-from-support-form").to_stored(),
            now,
            &Message::new("admin-request-notes-support-form").to_stored(),
            Some(id),
        )
        .await?;
    }
    let name = sender.map_or("", |u| u.name.as_str());
    let lang = sender
        .and_then(|u| obscura_shared::account::Language::from_code(&u.language))
        .unwrap_or_default();
    let link = accounts::absolute(state, obscura_shared::routes::SUPPORT);
    let ack = templates::render(&Kind::SupportReceived, lang, &email, name, &link);
    state.mailer.send_in_background(ack);
    Ok(id)
}

/// The messages that belong to an account: those written while signed in to it, and those
/// written without an account from its address — the latter only once the address is proven,
/// so that signing up with someone else's address reaches none of their messages.
fn of_person(u: &user::Model) -> Condition {
    let mut c = Condition::any().add(support_message::Column::UserId.eq(u.id));
    if u.email_verified_at.is_some() {
        c = c.add(
            Condition::all()
                .add(support_message::Column::UserId.is_null())
                .add(support_message::Column::Email.eq(u.email.clone())),
        );
    }
    c
}

/// The person's messages, for their export, and the keys of their attachments.
///
/// # Errors
/// Database errors.
pub async fn export_for_user(state: &AppState, u: &user::Model) -> Result<(Value, Vec<String>)> {
    let messages = support_message::Entity::find()
        .filter(of_person(u))
        .order_by_asc(support_message::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let replies = support_reply::Entity::find()
        .filter(support_reply::Column::MessageId.is_in(messages.iter().map(|m| m.id)))
        .order_by_asc(support_reply::Column::SentAt)
        .all(&state.db)
        .await?;
    let keys = messages
        .iter()
        .filter_map(|m| m.attachment_key.clone())
        .collect();
    let docs: Vec<Value> = messages
        .iter()
        .map(|m| {
            json!({
                "id": m.id,
                "sent_at": m.created_at,
                "from": m.email,
                "topic": Topic::from_code(&m.topic).map_or_else(|| m.topic.clone(), |t| t.label().to_owned()),
                "message": m.message,
                "attachment": m.attachment_key.as_ref().map(|_| format!("support/{}.png", m.id)),
                "closed_at": m.closed_at,
                "replies": replies
                    .iter()
                    .filter(|r| r.message_id == m.id)
                    .map(|r| json!({ "sent_at": r.sent_at, "text": r.body }))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok((Value::Array(docs), keys))
}

async fn delete_messages(state: &AppState, rows: Vec<support_message::Model>) -> Result<u64> {
    for key in rows.iter().filter_map(|m| m.attachment_key.as_deref()) {
        state.storage.delete_if_present(key).await?;
    }
    Ok(support_message::Entity::delete_many()
        .filter(support_message::Column::Id.is_in(rows.iter().map(|m| m.id)))
        .exec(&state.db)
        .await?
        .rows_affected)
}

/// Deletes every message of a person (see [`of_person`]) with its attachment.
///
/// # Errors
/// Database or storage errors.
pub async fn erase_user(state: &AppState, u: &user::Model) -> Result<u64> {
    let rows = support_message::Entity::find()
        .filter(of_person(u))
        .all(&state.db)
        .await?;
    delete_messages(state, rows).await
}

/// Deletes messages closed more than [`CLOSED_RETENTION_DAYS`] ago, and answered requests past
/// theirs; returns (messages, requests).
///
/// # Errors
/// Database or storage errors.
pub async fn purge_expired(state: &AppState) -> Result<(u64, u64)> {
    let cutoff = state.clock.now() - Duration::days(CLOSED_RETENTION_DAYS);
    let rows = support_message::Entity::find()
        .filter(support_message::Column::ClosedAt.lte(cutoff))
        .limit(500)
        .all(&state.db)
        .await?;
    let messages = delete_messages(state, rows).await?;
    let requests = requests::purge_expired(state).await?;
    Ok((messages, requests))
}
