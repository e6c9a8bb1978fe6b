//! The no-signup trial (`/try`): a visitor makes a few images without an account (P-TRL-1,
//! P-TRL-2).
//!
//! - **Who**: a visitor is known by hashes only ([`identity`]): of the random token in their trial
//!   cookie, of their network address (the /64 for IPv6) with their user agent (and Turnstile's
//!   device id when it gives one), and of the network address alone, the last two salted with a
//!   random salt of the day that is deleted two days later. The address is never stored.
//! - **How many**: `OBSCURA_TRIAL_IMAGES` per visitor in 24 hours, counted by cookie *or*
//!   fingerprint (clearing cookies does not reset it), four times that per network (changing the
//!   user agent does not either), and `OBSCURA_TRIAL_GLOBAL_PER_HOUR` for the whole server. A row
//!   is written first and the limits counted after it, so that simultaneous requests can never
//!   pass a limit together (at worst both are refused).
//! - **Bots**: Cloudflare Turnstile when configured ([`turnstile`]), checked after the limits so
//!   that a visitor at their limit does not spend a token, and before anything is made.
//! - **Made** by the `trial-generate` job ([`job`]) with a trial model at its smallest size, one
//!   image per request, kept under `trials/{id}/`.
//! - **Kept** 24 hours; the retention run deletes rows, files and old salts ([`purge_expired`]).
//!   Signing up or in within that time moves them into the account ([`adopt`]).

pub mod identity;
pub mod job;
pub mod turnstile;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use obscura_shared::{
    account::Language,
    generation::Status,
    trial::{TrialImageView, TrialModel, TrialPage, fields},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};
use uuid::Uuid;

use crate::{
    config::trial::trial_size,
    db::entities::{generation, generation_image, trial_image},
    generation::request::{self, FieldErrors, Submitted},
    jobs::{Job as _, Schedule},
    state::AppState,
};
use identity::Keys;
pub use identity::Visitor;
pub use turnstile::Refused;

/// How long trial images (and the hashes they carry) are kept.
pub const KEEP_HOURS: i64 = 24;

/// A network may make this many times the per-visitor limit (people share addresses).
pub const NETWORK_FACTOR: u32 = 4;

/// The trial's outside services, built once from the configuration.
#[derive(Debug, Default)]
pub struct Service {
    verifier: Option<turnstile::Verifier>,
}

impl Service {
    /// From the configuration.
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn from_config(config: &crate::config::Config) -> anyhow::Result<Self> {
        let verifier = match &config.trial.turnstile {
            Some(t) => Some(turnstile::Verifier::new(
                t.clone(),
                config.public_url.host_str().unwrap_or_default().to_owned(),
            )?),
            None => None,
        };
        Ok(Self { verifier })
    }
}

/// Why a trial image was not started.
#[derive(Debug, thiserror::Error)]
pub enum TrialError {
    /// This server offers no trial.
    #[error("no trial")]
    Off,
    /// Fields to correct.
    #[error("invalid request")]
    Invalid(FieldErrors),
    /// The prompt contains a term this server refuses.
    #[error("blocked by the content rules")]
    Blocked,
    /// The bot check did not pass.
    #[error("bot check: {0}")]
    Challenge(Refused),
    /// This visitor (or their network) made their trial images.
    #[error("trial limit reached")]
    LimitReached {
        /// Images per visitor in 24 hours.
        per_day: u32,
        /// When the oldest counted image leaves the 24 hours.
        again_at: DateTime<Utc>,
    },
    /// The server made its trial images for this hour.
    #[error("trial busy")]
    Busy,
    /// Anything else (logged; people see a generic message).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for TrialError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// A trial image that was started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Started {
    /// Its id.
    pub id: Uuid,
    /// The token of a new trial cookie to set (None: the visitor had a valid one).
    pub new_cookie: Option<String>,
}

/// What a submission carries.
#[derive(Debug, Clone, Default)]
pub struct Submission {
    /// Model id (empty: the first trial model).
    pub model: String,
    /// The prompt.
    pub prompt: String,
    /// Turnstile's token (empty without Turnstile).
    pub token: String,
}

fn trial_model<'a>(
    state: &AppState,
    live: &'a crate::settings::Live,
    id: &str,
) -> Result<&'a crate::config::generation::Model, TrialError> {
    let trial = &state.config.trial;
    let id = if id.trim().is_empty() {
        // The first of the trial's models still offered.
        trial
            .models
            .iter()
            .find(|m| live.model(m).is_some())
            .map(String::as_str)
            .unwrap_or_default()
    } else {
        id.trim()
    };
    trial
        .models
        .iter()
        .any(|m| m == id)
        .then(|| live.model(id))
        .flatten()
        .ok_or_else(|| {
            TrialError::Invalid(vec![(
                fields::MODEL,
                obscura_shared::i18n::Message::new("error-trial-model"),
            )])
        })
}

/// The rows that count against `keys` now: (this visitor, their network, the whole server in
/// the last hour), each with the oldest counted time.
async fn counts(
    state: &AppState,
    keys: &Keys,
    now: DateTime<Utc>,
) -> Result<(Vec<DateTime<Utc>>, Vec<DateTime<Utc>>, u64), sea_orm::DbErr> {
    let day_ago = now - Duration::hours(KEEP_HOURS);
    let times = |cond: Condition| {
        trial_image::Entity::find()
            .filter(cond)
            .filter(trial_image::Column::CreatedAt.gt(day_ago))
            .filter(trial_image::Column::Status.ne(Status::Failed.code()))
            .order_by_asc(trial_image::Column::CreatedAt)
            .all(&state.db)
    };
    let mut mine =
        Condition::any().add(trial_image::Column::Fingerprint.is_in(keys.fingerprints()));
    if let Some(v) = &keys.visitor {
        mine = mine.add(trial_image::Column::Visitor.eq(v.as_str()));
    }
    let visitor: Vec<_> = times(mine).await?.iter().map(|r| r.created_at).collect();
    let network: Vec<_> =
        times(Condition::all().add(trial_image::Column::Network.is_in(keys.networks())))
            .await?
            .iter()
            .map(|r| r.created_at)
            .collect();
    let hour = trial_image::Entity::find()
        .filter(trial_image::Column::CreatedAt.gt(now - Duration::hours(1)))
        .count(&state.db)
        .await?;
    Ok((visitor, network, hour))
}

/// Refuses when a limit is passed (`extra` rows more than counted are about to be added).
fn check_limits(
    state: &AppState,
    (visitor, network, hour): &(Vec<DateTime<Utc>>, Vec<DateTime<Utc>>, u64),
    extra: usize,
) -> Result<(), TrialError> {
    let trial = &state.config.trial;
    let per_day = trial.images;
    let limit = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
    let again = |times: &[DateTime<Utc>], allowed: usize| {
        // The image whose leaving the window lets one more in.
        let i = times.len().saturating_sub(allowed);
        times
            .get(i.min(times.len().saturating_sub(1)))
            .map_or_else(Utc::now, |t| *t + Duration::hours(KEEP_HOURS))
    };
    if visitor.len() + extra > limit(per_day) {
        return Err(TrialError::LimitReached {
            per_day,
            again_at: again(visitor, limit(per_day)),
        });
    }
    let per_network = limit(per_day.saturating_mul(NETWORK_FACTOR));
    if network.len() + extra > per_network {
        return Err(TrialError::LimitReached {
            per_day,
            again_at: again(network, per_network),
        });
    }
    if usize::try_from(*hour).unwrap_or(usize::MAX) + extra > limit(trial.global_per_hour) {
        return Err(TrialError::Busy);
    }
    Ok(())
}

/// Starts one trial image for `visitor`.
///
/// # Errors
/// See [`TrialError`].
#[tracing::instrument(skip_all)]
pub async fn start(
    state: &AppState,
    visitor: &Visitor<'_>,
    submission: &Submission,
) -> Result<Started, TrialError> {
    let trial = &state.config.trial;
    if !trial.enabled() {
        return Err(TrialError::Off);
    }
    let live = state.settings.current();
    let model = trial_model(state, &live, &submission.model)?;
    let size = trial_size(model);
    let valid = request::validate(
        &live,
        &Submitted {
            model: model.id.clone(),
            prompt: submission.prompt.clone(),
            size: size.to_string(),
            count: "1".into(),
            ..Submitted::default()
        },
    )
    .map_err(TrialError::Invalid)?;
    if live.blocked(&valid.prompt) {
        return Err(TrialError::Blocked);
    }
    let now = state.clock.now();
    let keys = identity::keys(state, visitor, None, now).await?;
    // Before the bot check, so that a visitor at their limit hears so without spending a token.
    check_limits(state, &counts(state, &keys, now).await?, 1)?;
    let keys = match &state.trial.verifier {
        Some(verifier) => {
            let passed = verifier
                .verify(&submission.token, obscura_shared::trial::TURNSTILE_ACTION)
                .await
                .map_err(TrialError::Challenge)?;
            match passed.ephemeral_id {
                Some(id) => identity::keys(state, visitor, Some(&id), now).await?,
                None => keys,
            }
        }
        None => keys,
    };
    let (visitor_hash, new_cookie) = match &keys.visitor {
        Some(v) => (v.clone(), None),
        None => {
            let token = identity::new_token();
            (identity::token_hash(&token), Some(token))
        }
    };
    let id = state.ids.new_id();
    trial_image::ActiveModel {
        id: Set(id),
        visitor: Set(visitor_hash),
        fingerprint: Set(keys.fingerprint.clone()),
        network: Set(keys.network.clone()),
        model: Set(model.id.clone()),
        model_label: Set(model.label.clone()),
        provider: Set(model.provider.code().to_owned()),
        upstream: Set(model.upstream.clone()),
        prompt: Set(valid.prompt.clone()),
        width: Set(i32::try_from(size.width).unwrap_or(512)),
        height: Set(i32::try_from(size.height).unwrap_or(512)),
        seed: Set(i64::try_from(valid.seed).unwrap_or_default()),
        status: Set(Status::Queued.code().to_owned()),
        error_code: Set(None),
        mime: Set(None),
        bytes: Set(None),
        image_width: Set(None),
        image_height: Set(None),
        original_key: Set(None),
        preview_key: Set(None),
        preview_width: Set(None),
        preview_height: Set(None),
        thumb_key: Set(None),
        thumb_width: Set(None),
        thumb_height: Set(None),
        created_at: Set(now),
        finished_at: Set(None),
        expires_at: Set(now + Duration::hours(KEEP_HOURS)),
    }
    .insert(&state.db)
    .await?;
    // Counted again with this row written: of simultaneous requests, none passes a limit.
    let recount = counts(state, &keys, now).await;
    let refused = match recount {
        Ok(c) => check_limits(state, &c, 0).err(),
        Err(e) => Some(e.into()),
    };
    if let Some(e) = refused {
        trial_image::Entity::delete_by_id(id)
            .exec(&state.db)
            .await?;
        return Err(e);
    }
    let schedule =
        Schedule::new(state.ids.new_id(), now).max_attempts(state.config.generation.job_attempts);
    if let Err(e) = (job::TrialGenerate { trial: id })
        .enqueue(&state.db, schedule)
        .await
    {
        trial_image::Entity::delete_by_id(id)
            .exec(&state.db)
            .await?;
        return Err(TrialError::Internal(e.into()));
    }
    state.queue.notify();
    Ok(Started { id, new_cookie })
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn view(row: &trial_image::Model, lang: Language) -> TrialImageView {
    let status = Status::parse(&row.status).unwrap_or(Status::Failed);
    let file = |variant: &str| {
        (status == Status::Succeeded).then(|| {
            format!(
                "{}/{}/{variant}",
                obscura_shared::routes::TRY_IMAGES,
                row.id
            )
        })
    };
    let failure = (status == Status::Failed).then(|| {
        let code = crate::generation::views::failure_code(row.error_code.as_deref());
        crate::generation::views::failure_message(code).render(lang)
    });
    let dim = |v: Option<i32>| v.and_then(|v| u32::try_from(v).ok()).unwrap_or_default();
    TrialImageView {
        id: row.id.to_string(),
        prompt: row.prompt.clone(),
        model_label: row.model_label.clone(),
        status,
        failure,
        preview_url: file("preview"),
        download_url: file("original"),
        width: dim(row.preview_width),
        height: dim(row.preview_height),
        expires_at: rfc3339(row.expires_at),
    }
}

/// The visitor's live trial images, newest first.
async fn own_rows(
    state: &AppState,
    visitor_hash: &str,
) -> Result<Vec<trial_image::Model>, sea_orm::DbErr> {
    trial_image::Entity::find()
        .filter(trial_image::Column::Visitor.eq(visitor_hash))
        .filter(trial_image::Column::ExpiresAt.gt(state.clock.now()))
        .order_by_desc(trial_image::Column::CreatedAt)
        .all(&state.db)
        .await
}

/// What `/try` shows `visitor`, its messages in `lang`.
///
/// # Errors
/// Database errors.
pub async fn page(
    state: &AppState,
    visitor: &Visitor<'_>,
    lang: Language,
) -> anyhow::Result<TrialPage> {
    let trial = &state.config.trial;
    let live = state.settings.current();
    let models: Vec<TrialModel> = trial
        .models
        .iter()
        .filter_map(|id| live.model(id))
        .map(|m| {
            let size = trial_size(m);
            TrialModel {
                id: m.id.clone(),
                label: m.label_in(lang),
                size: format!("{}×{}", size.width, size.height),
            }
        })
        .collect();
    let max_prompt_chars = trial
        .models
        .iter()
        .find_map(|id| live.model(id))
        .map_or(0, |m| m.max_prompt_chars);
    if !trial.enabled() {
        return Ok(TrialPage {
            signup_credits: state.config.signup_credits,
            ..TrialPage::default()
        });
    }
    let now = state.clock.now();
    let keys = identity::keys(state, visitor, None, now).await?;
    let (mine, network, _) = counts(state, &keys, now).await?;
    let per_network = trial.images.saturating_mul(NETWORK_FACTOR);
    let used_network = u32::try_from(network.len()).unwrap_or(u32::MAX);
    let left = trial
        .images
        .saturating_sub(u32::try_from(mine.len()).unwrap_or(u32::MAX))
        .min(per_network.saturating_sub(used_network));
    let images = match &keys.visitor {
        Some(v) => own_rows(state, v)
            .await?
            .iter()
            .map(|row| view(row, lang))
            .collect(),
        None => Vec::new(),
    };
    Ok(TrialPage {
        enabled: true,
        per_day: trial.images,
        left,
        models,
        turnstile_site_key: state
            .trial
            .verifier
            .as_ref()
            .map(|v| v.site_key().to_owned()),
        images,
        signup_credits: state.config.signup_credits,
        max_prompt_chars,
    })
}

/// A file of one of the visitor's trial images: (object key, media type, download name), or
/// None when it is not theirs, not made, or gone.
///
/// # Errors
/// Database errors.
pub async fn file(
    state: &AppState,
    cookie: Option<&str>,
    id: Uuid,
    variant: crate::generation::views::Variant,
) -> anyhow::Result<Option<(String, String, String)>> {
    use crate::generation::views::Variant;
    let Some(visitor) = cookie
        .and_then(identity::valid_token)
        .map(identity::token_hash)
    else {
        return Ok(None);
    };
    let Some(row) = trial_image::Entity::find_by_id(id)
        .filter(trial_image::Column::Visitor.eq(visitor))
        .filter(trial_image::Column::ExpiresAt.gt(state.clock.now()))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let found = match variant {
        Variant::Original => row.original_key.clone().map(|k| {
            let mime = row.mime.clone().unwrap_or_else(|| "image/png".into());
            let ext = match mime.as_str() {
                "image/jpeg" => "jpg",
                "image/webp" => "webp",
                _ => "png",
            };
            (k, mime, format!("obscura-trial-{}.{ext}", row.id))
        }),
        Variant::Preview => row.preview_key.clone().map(|k| {
            (
                k,
                "image/webp".into(),
                format!("obscura-trial-{}-preview.webp", row.id),
            )
        }),
        Variant::Thumb => row.thumb_key.clone().map(|k| {
            (
                k,
                "image/webp".into(),
                format!("obscura-trial-{}-thumb.webp", row.id),
            )
        }),
    };
    Ok(found)
}

/// What an adoption did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Adopted {
    /// Images moved into the account.
    pub moved: usize,
    /// Images still being made (moved on a later request).
    pub waiting: usize,
}

/// Moves the finished trial images of the browser holding `cookie` into `user`'s gallery (as
/// generations that cost nothing); failed ones are dropped. Each image moves once, even when
/// requests race: its trial row is deleted in the transaction that writes the generation.
///
/// # Errors
/// Database or storage errors (what was not moved is moved by a later request).
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn adopt(state: &AppState, user: Uuid, cookie: &str) -> anyhow::Result<Adopted> {
    let Some(token) = identity::valid_token(cookie) else {
        return Ok(Adopted::default());
    };
    let rows = own_rows(state, &identity::token_hash(token)).await?;
    state.api_pages.changed(user);
    let mut adopted = Adopted::default();
    for row in rows {
        match Status::parse(&row.status) {
            Some(Status::Succeeded) => {
                if move_one(state, user, &row).await? {
                    adopted.moved += 1;
                }
            }
            Some(Status::Failed | Status::Cancelled) | None => {
                delete_rows(state, std::slice::from_ref(&row)).await?;
            }
            Some(Status::Queued | Status::Running) => adopted.waiting += 1,
        }
    }
    Ok(adopted)
}

async fn move_one(state: &AppState, user: Uuid, row: &trial_image::Model) -> anyhow::Result<bool> {
    use object_store::{ObjectStore as _, path::Path};
    let (Some(original), Some(preview), Some(thumb)) =
        (&row.original_key, &row.preview_key, &row.thumb_key)
    else {
        return Ok(false);
    };
    let prefix = format!("users/{user}/generations/{}", row.id);
    let ext = original.rsplit('.').next().unwrap_or("png");
    let keys = [
        (original, format!("{prefix}/0.{ext}")),
        (preview, format!("{prefix}/0.preview.webp")),
        (thumb, format!("{prefix}/0.thumb.webp")),
    ];
    let store = &state.storage.store;
    for (from, to) in &keys {
        store
            .copy(&Path::from(from.as_str()), &Path::from(to.as_str()))
            .await?;
    }
    let now = state.clock.now();
    let retention = state.config.generation.media_retention_days;
    let txn = state.db.begin().await?;
    let claimed = trial_image::Entity::delete_by_id(row.id)
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if !claimed {
        // Another request moved it (to the same keys) a moment ago.
        txn.rollback().await?;
        return Ok(false);
    }
    generation::ActiveModel {
        id: Set(row.id),
        user_id: Set(user),
        model: Set(row.model.clone()),
        model_label: Set(row.model_label.clone()),
        provider: Set(row.provider.clone()),
        upstream: Set(row.upstream.clone()),
        prompt: Set(row.prompt.clone()),
        negative_prompt: Set(None),
        width: Set(row.width),
        height: Set(row.height),
        quality: Set(obscura_shared::generation::Quality::default()
            .code()
            .to_owned()),
        count: Set(1),
        seed: Set(row.seed),
        reference_key: Set(None),
        status: Set(Status::Succeeded.code().to_owned()),
        error_code: Set(None),
        error_class: Set(None),
        cost: Set(0),
        created_at: Set(row.created_at),
        started_at: Set(Some(row.created_at)),
        finished_at: Set(row.finished_at),
        expires_at: Set((retention > 0).then(|| now + Duration::days(i64::from(retention)))),
        progress_done: Set(0),
        progress_total: Set(0),
        cancel_requested_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let dim = |v: Option<i32>| v.unwrap_or_default();
    generation_image::ActiveModel {
        id: Set(state.ids.new_id()),
        generation_id: Set(row.id),
        user_id: Set(user),
        position: Set(0),
        mime: Set(row.mime.clone().unwrap_or_else(|| "image/png".into())),
        bytes: Set(row.bytes.unwrap_or_default()),
        width: Set(dim(row.image_width)),
        height: Set(dim(row.image_height)),
        original_key: Set(keys[0].1.clone()),
        preview_key: Set(keys[1].1.clone()),
        preview_width: Set(dim(row.preview_width)),
        preview_height: Set(dim(row.preview_height)),
        thumb_key: Set(keys[2].1.clone()),
        thumb_width: Set(dim(row.thumb_width)),
        thumb_height: Set(dim(row.thumb_height)),
        created_at: Set(row.finished_at.unwrap_or(row.created_at)),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    for (from, _) in &keys {
        let _ = state.storage.delete_if_present(from).await;
    }
    Ok(true)
}

/// Deletes trial rows and their files.
async fn delete_rows(state: &AppState, rows: &[trial_image::Model]) -> anyhow::Result<u64> {
    let mut deleted = 0;
    for row in rows {
        for key in [&row.original_key, &row.preview_key, &row.thumb_key]
            .into_iter()
            .flatten()
        {
            state.storage.delete_if_present(key).await?;
        }
        deleted += trial_image::Entity::delete_by_id(row.id)
            .exec(&state.db)
            .await?
            .rows_affected;
    }
    Ok(deleted)
}

/// Deletes trial images past their 24 hours (rows and files) and salts older than yesterday's;
/// returns (images, salts).
///
/// # Errors
/// Database or storage errors (what is left is found by the next run).
pub async fn purge_expired(state: &AppState) -> anyhow::Result<(u64, u64)> {
    let now = state.clock.now();
    let mut images = 0;
    loop {
        let due = trial_image::Entity::find()
            .filter(trial_image::Column::ExpiresAt.lte(now))
            .order_by_asc(trial_image::Column::ExpiresAt)
            .paginate(&state.db, 200)
            .fetch_page(0)
            .await?;
        if due.is_empty() {
            break;
        }
        let n = delete_rows(state, &due).await?;
        images += n;
        if n == 0 {
            break;
        }
    }
    let salts = identity::purge_salts(state, now).await?;
    Ok((images, salts))
}
