//! Publishing (P-SOC-2): a publish request is made only by the person's click (the form's
//! one-time key makes a second submit a no-op), optionally held for a reviewer's one-time
//! approval link; each of its posts is a job that retries what is safe to retry and never posts
//! twice. Platforms that fetch the image get a short-lived public link that ends once posted.

use std::time::Duration;

use anyhow::Context;
use object_store::path::Path as ObjectPath;
use obscura_shared::{
    account::Language,
    i18n::Message,
    social::{ApprovalView, Platform, PublishPage, PublishTarget, fields, instagram_problem},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

use super::{
    SocialError, endpoints, history, platforms, platforms::PlatformError, reason, refresh_now,
    status, target_token, tokens,
};
use crate::{
    accounts::crypto,
    db::entities::{
        generation, generation_image, social_connection, social_media_link, social_post,
        social_publication, social_target, user,
    },
    jobs::{Attempt, Ended, Failure, Job, Retry, Schedule},
    mail::templates,
    state::AppState,
};

/// How long an approval link works.
pub const APPROVAL_LIFETIME: chrono::Duration = chrono::Duration::days(7);
/// How long a platform may take to fetch an image from its public link.
pub const MEDIA_LINK_LIFETIME: chrono::Duration = chrono::Duration::hours(1);
/// Said when a post may exist but the platform never confirmed it (it is not sent again).
const UNCONFIRMED: Message = Message::new("connections-post-reason-unconfirmed");
/// Said when the connection went before the post was sent.
const CONNECTION_GONE: Message = Message::new("connections-post-reason-connection-removed");
/// Approval requests one account may send per 24 hours.
pub const APPROVALS_PER_DAY: u64 = 20;

/// What the publish form sends.
#[derive(Debug, Clone, Default)]
pub struct PublishForm {
    /// The caption.
    pub caption: String,
    /// The alt text.
    pub alt_text: String,
    /// Chosen target ids.
    pub targets: Vec<String>,
    /// Who must approve first (empty: publish now).
    pub approver: String,
    /// The form's one-time key.
    pub request_key: String,
}

/// How a publish request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// Queued now.
    Queued(Uuid),
    /// Waiting for the reviewer.
    AwaitingApproval(Uuid),
}

async fn image_of(
    state: &AppState,
    user: Uuid,
    image: Uuid,
) -> Result<generation_image::Model, SocialError> {
    generation_image::Entity::find_by_id(image)
        .filter(generation_image::Column::UserId.eq(user))
        .one(&state.db)
        .await?
        .ok_or(SocialError::NotFound)
}

struct Offered {
    target: social_target::Model,
    connection: social_connection::Model,
    platform: Platform,
}

async fn offered(state: &AppState, user: Uuid) -> Result<Vec<Offered>, SocialError> {
    let connections = social_connection::Entity::find()
        .filter(social_connection::Column::UserId.eq(user))
        .all(&state.db)
        .await?;
    let targets = social_target::Entity::find()
        .filter(social_target::Column::UserId.eq(user))
        .filter(social_target::Column::Chosen.eq(true))
        .all(&state.db)
        .await?;
    let mut out: Vec<Offered> = targets
        .into_iter()
        .filter_map(|t| {
            let c = connections
                .iter()
                .find(|c| c.id == t.connection_id)?
                .clone();
            let platform = Platform::parse(&c.platform).filter(|p| p.publishes())?;
            Some(Offered {
                target: t,
                connection: c,
                platform,
            })
        })
        .collect();
    out.sort_by_key(|o| {
        (
            Platform::ALL.iter().position(|p| *p == o.platform),
            o.target.name.clone(),
        )
    });
    Ok(out)
}

fn account_name(c: &social_connection::Model) -> String {
    c.username.as_ref().map_or_else(
        || c.display_name.clone(),
        |u| format!("{} (@{})", c.display_name, u.trim_start_matches('@')),
    )
}

fn problem(o: &Offered, image: &generation_image::Model) -> Option<Message> {
    if o.connection.status != status::ACTIVE {
        return Some(
            Message::new("error-publish-reconnect").message("platform", o.platform.name()),
        );
    }
    if o.platform == Platform::Instagram {
        return instagram_problem(
            u32::try_from(image.width).unwrap_or_default(),
            u32::try_from(image.height).unwrap_or_default(),
            // Sent as JPEG: well under the original PNG's size; the original bounds it.
            u64::try_from(image.bytes)
                .unwrap_or_default()
                .min(8 * 1024 * 1024),
        );
    }
    None
}

/// The publish form of one of the account's images, its messages in `lang`.
///
/// # Errors
/// `NotFound` for another account's image.
pub async fn page(
    state: &AppState,
    user: Uuid,
    image: Uuid,
    lang: Language,
) -> Result<PublishPage, SocialError> {
    let row = image_of(state, user, image).await?;
    let prompt = generation::Entity::find_by_id(row.generation_id)
        .one(&state.db)
        .await?
        .map(|g| g.prompt)
        .unwrap_or_default();
    let view = crate::generation::views::image(state, &row);
    let targets = offered(state, user)
        .await?
        .iter()
        .map(|o| PublishTarget {
            id: o.target.id.to_string(),
            platform: o.platform,
            account_name: account_name(&o.connection),
            target_name: o.target.name.clone(),
            problem: problem(o, &row).map(|m| m.render(lang)),
        })
        .collect();
    Ok(PublishPage {
        image_id: row.id.to_string(),
        image_url: view.preview_url,
        width: view.width,
        height: view.height,
        prompt,
        targets,
        history: history(state, user, Some(row.id)).await?,
        request_key: crypto::random_id::<16>(),
        any_platform: super::Platform::ALL
            .iter()
            .any(|p| super::enabled(state, *p)),
    })
}

fn invalid(field: &str, message: Message) -> SocialError {
    SocialError::Invalid(vec![(field.to_owned(), message)])
}

/// Makes a publish request from the form: checks everything a platform would refuse before
/// anything is queued. A second submit of the same form (same one-time key) makes nothing new.
///
/// # Errors
/// `NotFound` for another account's image; `Invalid` naming the field to correct.
pub async fn publish(
    state: &AppState,
    user: Uuid,
    image: Uuid,
    form: PublishForm,
) -> Result<Published, SocialError> {
    let row = image_of(state, user, image).await?;
    let key = form.request_key.trim();
    if key.len() < 16
        || key.len() > 64
        || !key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(invalid(
            fields::REQUEST_KEY,
            Message::new("error-form-out-of-date"),
        ));
    }
    if let Some(p) = social_publication::Entity::find()
        .filter(social_publication::Column::UserId.eq(user))
        .filter(social_publication::Column::RequestKey.eq(key))
        .one(&state.db)
        .await?
    {
        return Ok(if p.status == "awaiting_approval" {
            Published::AwaitingApproval(p.id)
        } else {
            Published::Queued(p.id)
        });
    }
    let caption = form.caption.replace("\r\n", "\n").trim().to_owned();
    let alt = form.alt_text.trim().to_owned();
    let offered = offered(state, user).await?;
    let mut chosen = Vec::new();
    for id in &form.targets {
        let Some(o) = Uuid::parse_str(id)
            .ok()
            .and_then(|id| offered.iter().find(|o| o.target.id == id))
        else {
            return Err(invalid(
                fields::TARGET,
                Message::new("error-publish-targets"),
            ));
        };
        if !chosen.iter().any(|c: &&Offered| c.target.id == o.target.id) {
            chosen.push(o);
        }
    }
    let mut errors = Vec::new();
    if chosen.is_empty() {
        errors.push((
            fields::TARGET.to_owned(),
            Message::new("error-publish-targets-none"),
        ));
    }
    for o in &chosen {
        if let Some(p) = problem(o, &row) {
            errors.push((fields::TARGET.to_owned(), p));
            break;
        }
    }
    if caption.is_empty() {
        errors.push((
            fields::CAPTION.to_owned(),
            Message::new("error-publish-caption"),
        ));
    } else if let Some(p) = chosen
        .iter()
        .find_map(|o| o.platform.caption_problem(&caption))
    {
        errors.push((fields::CAPTION.to_owned(), p));
    }
    if alt.is_empty() {
        errors.push((
            fields::ALT_TEXT.to_owned(),
            Message::new("error-publish-alt"),
        ));
    } else if let Some(o) = chosen
        .iter()
        .find(|o| alt.chars().count() > o.platform.alt_limit())
    {
        errors.push((
            fields::ALT_TEXT.to_owned(),
            Message::new("error-publish-alt-too-long")
                .message("platform", o.platform.name())
                .arg("limit", o.platform.alt_limit().to_string()),
        ));
    }
    let approver = form.approver.trim();
    let approver = if approver.is_empty() {
        None
    } else {
        match crate::accounts::normalize_email(approver) {
            Ok(a) => Some(a),
            Err(m) => {
                errors.push((fields::APPROVER.to_owned(), m));
                None
            }
        }
    };
    if !errors.is_empty() {
        return Err(SocialError::Invalid(errors));
    }
    let now = state.clock.now();
    if approver.is_some() {
        let sent = social_publication::Entity::find()
            .filter(social_publication::Column::UserId.eq(user))
            .filter(social_publication::Column::ApproverEmail.is_not_null())
            .filter(social_publication::Column::CreatedAt.gt(now - chrono::Duration::hours(24)))
            .count(&state.db)
            .await?;
        if sent >= APPROVALS_PER_DAY {
            return Err(SocialError::TooManyApprovals);
        }
    }
    let approval_token = approver.as_ref().map(|_| crypto::new_token());
    let id = state.ids.new_id();
    let waiting = approver.is_some();
    let txn = crate::social::write_txn(&state.db).await?;
    let inserted = social_publication::ActiveModel {
        id: Set(id),
        user_id: Set(user),
        image_id: Set(row.id),
        request_key: Set(key.to_owned()),
        caption: Set(caption),
        alt_text: Set(alt),
        status: Set(if waiting { "awaiting_approval" } else { "sent" }.to_owned()),
        approver_email: Set(approver.clone()),
        approval_hash: Set(approval_token.as_deref().map(crypto::digest)),
        approval_expires_at: Set(waiting.then(|| now + APPROVAL_LIFETIME)),
        decided_at: Set(None),
        created_at: Set(now),
    }
    .insert(&txn)
    .await;
    if inserted.is_err() {
        // The same form sent twice at once: the other submit made it.
        txn.rollback().await?;
        return Ok(Published::Queued(id));
    }
    for o in &chosen {
        let post = state.ids.new_id();
        social_post::ActiveModel {
            id: Set(post),
            publication_id: Set(id),
            user_id: Set(user),
            image_id: Set(row.id),
            connection_id: Set(Some(o.connection.id)),
            target_id: Set(Some(o.target.id)),
            platform: Set(o.platform.as_str().to_owned()),
            platform_user_id: Set(o.connection.platform_user_id.clone()),
            account_name: Set(account_name(&o.connection)),
            target_name: Set(o.target.name.clone()),
            status: Set(if waiting {
                "awaiting_approval"
            } else {
                "queued"
            }
            .to_owned()),
            stage: Set("start".to_owned()),
            post_id: Set(None),
            permalink: Set(None),
            error: Set(None),
            attempts: Set(0),
            retry_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            published_at: Set(None),
        }
        .insert(&txn)
        .await?;
        if !waiting {
            PublishPost { post }
                .enqueue(
                    &txn,
                    Schedule::new(state.ids.new_id(), now)
                        .for_user(user)
                        .max_attempts(8),
                )
                .await?;
        }
    }
    txn.commit().await?;
    state.queue.notify();
    if let (Some(to), Some(token)) = (approver, approval_token) {
        let requester = user::Entity::find_by_id(user).one(&state.db).await?;
        let lang = requester
            .as_ref()
            .and_then(|u| Language::from_code(&u.language))
            .unwrap_or_default();
        let name = requester.map(|u| u.name).unwrap_or_default();
        let link = format!(
            "{}/publish/review/{token}",
            crate::config::origin(&state.config.public_url)
        );
        let places = chosen
            .iter()
            .map(|o| format!("{} ({})", o.platform.name().render(lang), o.target.name))
            .collect::<Vec<_>>()
            .join(", ");
        state.mailer.send_in_background(templates::render_with(
            &templates::Kind::PublishApproval,
            lang,
            &to,
            "",
            &link,
            &templates::Values {
                requester: Some(&name),
                places: Some(&places),
                ..Default::default()
            },
        ));
        return Ok(Published::AwaitingApproval(id));
    }
    Ok(Published::Queued(id))
}

async fn by_approval(
    state: &AppState,
    token: &str,
) -> Result<Option<social_publication::Model>, SocialError> {
    if !crypto::looks_like_token(token) {
        return Ok(None);
    }
    Ok(social_publication::Entity::find()
        .filter(social_publication::Column::ApprovalHash.eq(crypto::digest(token)))
        .one(&state.db)
        .await?)
}

/// What the reviewer sees (None: unknown or already decided link).
///
/// # Errors
/// Database errors.
pub async fn review(state: &AppState, token: &str) -> Result<Option<ApprovalView>, SocialError> {
    let Some(p) = by_approval(state, token).await? else {
        return Ok(None);
    };
    let expired = p
        .approval_expires_at
        .is_none_or(|at| at <= state.clock.now());
    let image = generation_image::Entity::find_by_id(p.image_id)
        .one(&state.db)
        .await?;
    let posts = social_post::Entity::find()
        .filter(social_post::Column::PublicationId.eq(p.id))
        .all(&state.db)
        .await?;
    Ok(Some(ApprovalView {
        image_url: image
            .map(|i| crate::generation::views::image(state, &i).preview_url)
            .unwrap_or_default(),
        caption: p.caption,
        alt_text: p.alt_text,
        targets: posts
            .iter()
            .filter_map(|o| Some((Platform::parse(&o.platform)?, o.target_name.clone())))
            .collect(),
        status: if expired {
            "expired".to_owned()
        } else {
            p.status
        },
    }))
}

/// Ends approval requests that ran out: the link stops working and their posts are cancelled.
///
/// # Errors
/// Database errors.
pub async fn expire_approvals(
    state: &AppState,
    publications: &[Uuid],
) -> Result<u64, sea_orm::DbErr> {
    if publications.is_empty() {
        return Ok(0);
    }
    let now = state.clock.now();
    let txn = crate::social::write_txn(&state.db).await?;
    let ended = social_publication::Entity::update_many()
        .col_expr(
            social_publication::Column::Status,
            sea_orm::sea_query::Expr::value("expired"),
        )
        .col_expr(
            social_publication::Column::ApprovalHash,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .filter(social_publication::Column::Id.is_in(publications.to_vec()))
        .filter(social_publication::Column::Status.eq("awaiting_approval"))
        .exec(&txn)
        .await?
        .rows_affected;
    social_post::Entity::update_many()
        .col_expr(
            social_post::Column::Status,
            sea_orm::sea_query::Expr::value("cancelled"),
        )
        .col_expr(
            social_post::Column::Error,
            sea_orm::sea_query::Expr::value(reason::store(&Message::new(
                "connections-post-reason-approval-expired",
            ))),
        )
        .col_expr(
            social_post::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(social_post::Column::PublicationId.is_in(publications.to_vec()))
        .filter(social_post::Column::Status.eq("awaiting_approval"))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(ended)
}

/// The reviewer's decision, once: approve queues the posts, reject cancels them.
///
/// # Errors
/// `NotFound` for an unknown, used or expired link.
pub async fn decide(state: &AppState, token: &str, approve: bool) -> Result<bool, SocialError> {
    let Some(p) = by_approval(state, token).await? else {
        return Err(SocialError::NotFound);
    };
    let now = state.clock.now();
    if p.approval_expires_at.is_none_or(|at| at <= now) {
        expire_approvals(state, &[p.id]).await?;
        return Err(SocialError::NotFound);
    }
    let txn = crate::social::write_txn(&state.db).await?;
    // Single use: clearing the hash wins the link.
    let won = social_publication::Entity::update_many()
        .col_expr(
            social_publication::Column::ApprovalHash,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .col_expr(
            social_publication::Column::DecidedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .col_expr(
            social_publication::Column::Status,
            sea_orm::sea_query::Expr::value(if approve { "sent" } else { "rejected" }),
        )
        .filter(social_publication::Column::Id.eq(p.id))
        .filter(social_publication::Column::ApprovalHash.is_not_null())
        .exec(&txn)
        .await?;
    if won.rows_affected != 1 {
        txn.commit().await?;
        return Err(SocialError::NotFound);
    }
    let posts = social_post::Entity::find()
        .filter(social_post::Column::PublicationId.eq(p.id))
        .filter(social_post::Column::Status.eq("awaiting_approval"))
        .all(&txn)
        .await?;
    for post in posts {
        let id = post.id;
        let cancelled = post.connection_id.is_none();
        let mut row = post.into_active_model();
        row.updated_at = Set(now);
        if approve && !cancelled {
            row.status = Set("queued".to_owned());
            row.update(&txn).await?;
            PublishPost { post: id }
                .enqueue(
                    &txn,
                    Schedule::new(state.ids.new_id(), now)
                        .for_user(p.user_id)
                        .max_attempts(8),
                )
                .await?;
        } else {
            row.status = Set("cancelled".to_owned());
            row.error = Set(Some(reason::store(&if approve {
                Message::new("connections-post-reason-removed-before-approval")
            } else {
                Message::new("connections-post-reason-rejected")
            })));
            row.update(&txn).await?;
        }
    }
    txn.commit().await?;
    state.queue.notify();
    Ok(approve)
}

/// The bytes a platform gets: JPEG for platforms that want it (Instagram, Pinterest) or when
/// the original is neither PNG nor JPEG; the original otherwise.
async fn outgoing_bytes(
    state: &AppState,
    image: &generation_image::Model,
    jpeg: bool,
) -> anyhow::Result<(Vec<u8>, String)> {
    let bytes = state
        .storage
        .store
        .get(&ObjectPath::from(image.original_key.as_str()))
        .await?
        .bytes()
        .await?
        .to_vec();
    if !jpeg && matches!(image.mime.as_str(), "image/png" | "image/jpeg") {
        return Ok((bytes, image.mime.clone()));
    }
    if image.mime == "image/jpeg" {
        return Ok((bytes, image.mime.clone()));
    }
    let encoded = tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<u8>> {
        let decoded = image::load_from_memory(&bytes)?.to_rgb8();
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92).encode_image(&decoded)?;
        Ok(out)
    })
    .await??;
    Ok((encoded, "image/jpeg".to_owned()))
}

/// Serves a short-lived public link (None: unknown, expired or ended).
///
/// # Errors
/// Storage errors.
pub async fn media(state: &AppState, token: &str) -> anyhow::Result<Option<(Vec<u8>, String)>> {
    let token = token.strip_suffix(".jpg").unwrap_or(token);
    if !crypto::looks_like_token(token) {
        return Ok(None);
    }
    let Some(link) = social_media_link::Entity::find_by_id(crypto::digest(token))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let now = state.clock.now();
    if link.expires_at <= now {
        return Ok(None);
    }
    let Some(image) = generation_image::Entity::find_by_id(link.image_id)
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    if link.fetched_at.is_none() {
        let mut row = link.into_active_model();
        row.fetched_at = Set(Some(now));
        row.update(&state.db).await?;
    }
    outgoing_bytes(state, &image, true).await.map(Some)
}

/// Posts one publication to one target.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct PublishPost {
    /// The post (history row) made by the person's publish request.
    pub post: Uuid,
}

/// Why a publish run failed.
#[derive(Debug)]
pub struct PublishFailed {
    class: &'static str,
    wait: Option<Duration>,
}

impl Failure for PublishFailed {
    fn class(&self) -> &str {
        self.class
    }
    fn retry(&self) -> Retry {
        Retry::Later(self.wait)
    }
    fn from_class(class: &str) -> Self {
        Self {
            class: if class == "rate_limited" {
                "rate_limited"
            } else {
                "platform_unavailable"
            },
            wait: None,
        }
    }
}

/// Ends a post with `status` and why (stored with [`reason::store`]).
async fn finish_post(
    state: &AppState,
    post: &social_post::Model,
    status: &str,
    why: &Message,
) -> anyhow::Result<()> {
    let mut row = post.clone().into_active_model();
    row.status = Set(status.to_owned());
    row.error = Set(Some(reason::store(why)));
    row.retry_at = Set(None);
    row.stage = Set("done".to_owned());
    row.updated_at = Set(state.clock.now());
    row.update(&state.db).await?;
    end_links(state, post.id).await
}

async fn end_links(state: &AppState, post: Uuid) -> anyhow::Result<()> {
    social_media_link::Entity::delete_many()
        .filter(social_media_link::Column::PostId.eq(post))
        .exec(&state.db)
        .await?;
    Ok(())
}

impl Job for PublishPost {
    const KIND: &'static str = "publish-social-post";
    type Context = AppState;
    type Error = PublishFailed;

    async fn run(&self, state: &AppState, attempt: &Attempt) -> Result<(), PublishFailed> {
        run(state, self.post, attempt).await.map_err(|e| {
            tracing::warn!(
                error = format!("{e:#}"),
                "a social post could not be sent yet"
            );
            PublishFailed {
                class: "platform_unavailable",
                wait: None,
            }
        })?
    }

    async fn give_up(
        &self,
        state: &AppState,
        _: &Attempt,
        why: Ended<PublishFailed>,
    ) -> anyhow::Result<()> {
        if let Some(post) = social_post::Entity::find_by_id(self.post)
            .one(&state.db)
            .await?
            && post.status == "queued"
        {
            let why = if why.class() == "rate_limited" {
                Message::new("connections-post-reason-rate-limit-kept")
            } else {
                Message::new("connections-post-reason-unreachable")
            };
            finish_post(state, &post, "failed", &why).await?;
        }
        Ok(())
    }
}

/// One run. The outer error is ours (retried); the inner is the platform's verdict.
async fn run(
    state: &AppState,
    post_id: Uuid,
    attempt: &Attempt,
) -> anyhow::Result<Result<(), PublishFailed>> {
    let Some(post) = social_post::Entity::find_by_id(post_id)
        .one(&state.db)
        .await?
    else {
        return Ok(Ok(()));
    };
    // Only a queued post made by a publish request goes out, and only once.
    if post.status != "queued" {
        return Ok(Ok(()));
    }
    if post.stage == "posting" {
        // The last run sent the post and did not live to read the answer: it may exist.
        finish_post(state, &post, "failed", &UNCONFIRMED).await?;
        return Ok(Ok(()));
    }
    if crate::privacy::erasure::is_closed(&state.db, post.user_id).await? {
        finish_post(
            state,
            &post,
            "cancelled",
            &Message::new("connections-post-reason-account-closing"),
        )
        .await?;
        return Ok(Ok(()));
    }
    if crate::accounts::suspension::is_suspended(&state.db, post.user_id).await? {
        finish_post(
            state,
            &post,
            "cancelled",
            &Message::new("admin-people-post-reason-suspended"),
        )
        .await?;
        return Ok(Ok(()));
    }
    let (Some(connection_id), Some(target_id)) = (post.connection_id, post.target_id) else {
        finish_post(state, &post, "cancelled", &CONNECTION_GONE).await?;
        return Ok(Ok(()));
    };
    let (Some(mut connection), Some(target)) = (
        social_connection::Entity::find_by_id(connection_id)
            .one(&state.db)
            .await?,
        social_target::Entity::find_by_id(target_id)
            .one(&state.db)
            .await?,
    ) else {
        finish_post(state, &post, "cancelled", &CONNECTION_GONE).await?;
        return Ok(Ok(()));
    };
    let platform = Platform::parse(&post.platform).context("unknown platform")?;
    let Some(image) = generation_image::Entity::find_by_id(post.image_id)
        .one(&state.db)
        .await?
    else {
        finish_post(
            state,
            &post,
            "cancelled",
            &Message::new("connections-post-reason-image-deleted"),
        )
        .await?;
        return Ok(Ok(()));
    };
    let publication = social_publication::Entity::find_by_id(post.publication_id)
        .one(&state.db)
        .await?
        .context("publication")?;
    let mut row = post.clone().into_active_model();
    row.attempts = Set(post.attempts + 1);
    row.updated_at = Set(state.clock.now());
    let post = row.update(&state.db).await?;

    // Renew an access that is about to expire before using it.
    let now = state.clock.now();
    if connection
        .expires_at
        .is_some_and(|at| at <= now + chrono::Duration::minutes(1))
    {
        let _ = refresh_now(state, &connection).await;
        connection = social_connection::Entity::find_by_id(connection_id)
            .one(&state.db)
            .await?
            .context("connection")?;
    }
    if connection.status != status::ACTIVE {
        return reconnect(state, &post, platform).await.map(Ok);
    }
    let fetches = matches!(platform, Platform::Instagram | Platform::Pinterest);
    let (bytes, mime) = outgoing_bytes(state, &image, fetches).await?;
    let public_url = if fetches {
        let token = crypto::new_token();
        social_media_link::ActiveModel {
            token_hash: Set(crypto::digest(&token)),
            post_id: Set(post.id),
            user_id: Set(post.user_id),
            image_id: Set(image.id),
            expires_at: Set(now + MEDIA_LINK_LIFETIME),
            fetched_at: Set(None),
        }
        .insert(&state.db)
        .await?;
        format!(
            "{}/social/media/{token}.jpg",
            crate::config::origin(&state.config.public_url)
        )
    } else {
        String::new()
    };
    let outgoing = platforms::Outgoing {
        caption: publication.caption.clone(),
        alt_text: publication.alt_text.clone(),
        bytes,
        mime,
        public_url,
    };
    let endpoints = match endpoints(state, platform).await {
        Ok(e) => e,
        Err(_) => {
            finish_post(
                state,
                &post,
                "failed",
                &Message::new("connections-post-reason-platform-off")
                    .message("platform", platform.name()),
            )
            .await?;
            return Ok(Ok(()));
        }
    };
    let mut refreshed = false;
    loop {
        let (access, _) = tokens(state, &connection)?;
        let destination = platforms::Destination {
            access,
            user_id: connection.platform_user_id.clone(),
            username: connection.username.clone(),
            kind: target.kind.clone(),
            external_id: target.external_id.clone(),
            target_token: target_token(state, &connection.platform, &target)?,
        };
        let client = &state.social.client;
        let prepared =
            match platforms::prepare(client, platform, &endpoints, &destination, &outgoing, now)
                .await
            {
                Ok(p) => p,
                Err(PlatformError::Expired) if !refreshed && connection.refresh_token.is_some() => {
                    refreshed = true;
                    if refresh_now(state, &connection).await.unwrap_or(false) {
                        connection = social_connection::Entity::find_by_id(connection_id)
                            .one(&state.db)
                            .await?
                            .context("connection")?;
                        continue;
                    }
                    return reconnect(state, &post, platform).await.map(Ok);
                }
                Err(e) => return verdict(state, &post, &connection, platform, e, attempt).await,
            };
        // From here on the post may exist: never sent twice.
        let mut row = post.clone().into_active_model();
        row.stage = Set("posting".to_owned());
        let post = row.update(&state.db).await?;
        return match platforms::create(
            client,
            platform,
            &endpoints,
            &destination,
            &outgoing,
            &prepared,
            now,
        )
        .await
        {
            Ok(done) => {
                let mut row = post.clone().into_active_model();
                row.status = Set("published".to_owned());
                row.stage = Set("done".to_owned());
                row.post_id = Set(Some(done.post_id.chars().take(200).collect()));
                row.permalink = Set(done.permalink.map(|l| l.chars().take(500).collect()));
                row.error = Set(None);
                row.retry_at = Set(None);
                row.published_at = Set(Some(state.clock.now()));
                row.updated_at = Set(state.clock.now());
                row.update(&state.db).await?;
                end_links(state, post.id).await?;
                Ok(Ok(()))
            }
            Err(PlatformError::Unavailable(_)) => {
                finish_post(state, &post, "failed", &UNCONFIRMED).await?;
                Ok(Ok(()))
            }
            // A definite answer: nothing was posted, so the stage goes back.
            Err(e) => {
                let mut row = post.clone().into_active_model();
                row.stage = Set("start".to_owned());
                let post = row.update(&state.db).await?;
                verdict(state, &post, &connection, platform, e, attempt).await
            }
        };
    }
}

async fn reconnect(
    state: &AppState,
    post: &social_post::Model,
    platform: Platform,
) -> anyhow::Result<()> {
    finish_post(
        state,
        post,
        "failed",
        &Message::new("connections-post-reason-reconnect").message("platform", platform.name()),
    )
    .await
}

async fn verdict(
    state: &AppState,
    post: &social_post::Model,
    connection: &social_connection::Model,
    platform: Platform,
    e: PlatformError,
    attempt: &Attempt,
) -> anyhow::Result<Result<(), PublishFailed>> {
    match e {
        PlatformError::Expired => {
            super::needs_reconnect(
                state,
                connection,
                &Message::new("connection-reconnect-reason"),
            )
            .await?;
            reconnect(state, post, platform).await?;
            Ok(Ok(()))
        }
        PlatformError::Refused(refusal) => {
            let why = if refusal.id().is_none() {
                // The platform's own words, as it gave them (shortened to fit).
                let words = refusal.render(obscura_shared::account::Language::En);
                reason::fitted(&words, |words| {
                    Message::new("connections-post-reason-refused")
                        .message("platform", platform.name())
                        .arg("reason", words)
                })
            } else {
                Message::new("connections-post-reason-refused")
                    .message("platform", platform.name())
                    .message("reason", refusal)
            };
            finish_post(state, post, "failed", &why).await?;
            Ok(Ok(()))
        }
        PlatformError::RateLimited(reset) => {
            let now = state.clock.now();
            let at = reset
                .unwrap_or(now + chrono::Duration::minutes(15))
                .max(now + chrono::Duration::seconds(1));
            let mut row = post.clone().into_active_model();
            row.retry_at = Set(Some(at));
            row.update(&state.db).await?;
            end_links(state, post.id).await?;
            let wait = (at - now).to_std().unwrap_or(Duration::from_secs(60));
            let _ = attempt;
            Ok(Err(PublishFailed {
                class: "rate_limited",
                wait: Some(wait),
            }))
        }
        PlatformError::Unavailable(_) => {
            end_links(state, post.id).await?;
            Ok(Err(PublishFailed {
                class: "platform_unavailable",
                wait: None,
            }))
        }
    }
}
