//! What the owner of a generation sees: its rows turned into [`GenerationView`]s, with file URLs
//! signed for a short time.

use chrono::{DateTime, SecondsFormat, Utc};
use obscura_shared::{
    ErrorCode,
    account::Language,
    generation::{Failure, GenerationView, ImageView, Quality, Size, Status},
    generation_queue::Steps,
    i18n::Message,
    routes,
};
use uuid::Uuid;

use crate::{
    db::entities::{generation, generation_image},
    state::AppState,
};

/// Which file of an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// As the provider returned it.
    Original,
    /// WebP, ≤ 1024 px.
    Preview,
    /// WebP, ≤ 512 px.
    Thumb,
}

impl Variant {
    /// The URL segment.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Original => "original",
            Self::Preview => "preview",
            Self::Thumb => "thumb",
        }
    }

    /// From the URL segment.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Original, Self::Preview, Self::Thumb]
            .into_iter()
            .find(|v| v.code() == s)
    }
}

/// The path of a file (what the signature covers, without the query).
#[must_use]
pub fn file_path(image: Uuid, variant: Variant) -> String {
    format!("{}/{image}/{}", routes::FILES, variant.code())
}

/// A signed, expiring URL for a file of `owner`'s image.
#[must_use]
pub fn signed_url(state: &AppState, owner: Uuid, image: Uuid, variant: Variant) -> String {
    let path = file_path(image, variant);
    let ttl = chrono::Duration::from_std(state.config.generation.file_url_ttl)
        .unwrap_or(chrono::Duration::minutes(10));
    let sig = state
        .signer
        .sign("GET", &path, &owner.to_string(), state.clock.now(), ttl);
    format!("{path}?{}", sig.to_query())
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An image with fresh URLs.
#[must_use]
pub fn image(state: &AppState, row: &generation_image::Model) -> ImageView {
    let url = |v| signed_url(state, row.user_id, row.id, v);
    ImageView {
        id: row.id.to_string(),
        index: u8::try_from(row.position).unwrap_or_default(),
        width: u32::try_from(row.width).unwrap_or_default(),
        height: u32::try_from(row.height).unwrap_or_default(),
        thumb_url: url(Variant::Thumb),
        preview_url: url(Variant::Preview),
        download_url: url(Variant::Original),
        mime: row.mime.clone(),
        bytes: u64::try_from(row.bytes).unwrap_or_default(),
    }
}

/// The message a person reads for a failure code.
#[must_use]
pub const fn failure_message(code: ErrorCode) -> Message {
    Message::new(match code {
        ErrorCode::ContentRejected => "error-generation-rejected",
        ErrorCode::Unavailable | ErrorCode::RateLimited => "error-generation-unavailable",
        _ => "error-generation-failed",
    })
}

/// A failure as shown, its message in `lang`.
#[must_use]
pub fn failure(code: ErrorCode, lang: Language) -> Failure {
    Failure {
        code,
        message: failure_message(code).render(lang),
    }
}

/// A view made for the API (in English) with its failure's message and its model's default
/// name in `lang`, for the person it is shown to.
#[must_use]
pub fn in_language(mut view: GenerationView, lang: Language) -> GenerationView {
    if let Some(f) = &mut view.failure {
        *f = failure(f.code, lang);
    }
    view.model_label = crate::config::generation::stored_label_in(&view.model_label, lang);
    view
}

/// The [`ErrorCode`] a failed job stored (an unknown or missing one reads as internal).
#[must_use]
pub fn failure_code(stored: Option<&str>) -> ErrorCode {
    stored
        .and_then(|c| serde_json::from_value(serde_json::Value::String(c.to_owned())).ok())
        .unwrap_or(ErrorCode::Internal)
}

/// A generation with its images (in order).
#[must_use]
pub fn generation(
    state: &AppState,
    row: &generation::Model,
    images: &[generation_image::Model],
) -> GenerationView {
    let status = Status::parse(&row.status).unwrap_or(Status::Failed);
    // In English, as the API answers; `in_language` for the person it is shown to.
    let failure = (status == Status::Failed)
        .then(|| failure(failure_code(row.error_code.as_deref()), Language::En));
    let offline = row.provider == crate::generation::providers::ProviderKind::Local.code();
    let _ = Quality::parse(&row.quality);
    GenerationView {
        id: row.id.to_string(),
        prompt: row.prompt.clone(),
        model_label: row.model_label.clone(),
        offline,
        status,
        count: u8::try_from(row.count).unwrap_or(1),
        size: Size {
            width: u32::try_from(row.width).unwrap_or_default(),
            height: u32::try_from(row.height).unwrap_or_default(),
        },
        seed: u64::try_from(row.seed).unwrap_or_default(),
        cost: u32::try_from(row.cost).unwrap_or_default(),
        images: images.iter().map(|i| image(state, i)).collect(),
        failure,
        progress: (status == Status::Running)
            .then(|| Steps::from_stored(row.progress_done, row.progress_total))
            .flatten(),
        cancel_requested: status == Status::Running && row.cancel_requested_at.is_some(),
        created_at: rfc3339(row.created_at),
        expires_at: row.expires_at.map(rfc3339),
    }
}
