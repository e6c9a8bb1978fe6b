//! The signed-in person's picture: upload (PNG, JPEG or WebP up to 5 MB and the avatar's pixel
//! caps, checked from the header; then, within the per-account rate limit and under the
//! process's image-work bound, decoded upright, cropped to a square, resized to 256 px and
//! re-encoded as PNG, which also drops any metadata such as location), show (to its owner only),
//! remove.

use axum::{
    body::Body,
    extract::{DefaultBodyLimit, Multipart, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{MethodRouter, get, post},
};
use object_store::{ObjectStore as _, path::Path};
use obscura_app::pages::settings::forms;
use obscura_shared::{ErrorCode, Failure, account::fields, i18n::Message, routes};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

use super::{
    errors::{FormPage, form_failed},
    session::Current,
};
use crate::{
    accounts::Client,
    accounts::events::EventKind,
    http::WebState,
    storage::images::{self, ImagePurpose, UploadError, WorkError},
};

const MAX_BYTES: usize = images::SMALL_MAX_BYTES;
const SIDE: u32 = 256;

/// The avatar routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (
            routes::SETTINGS_AVATAR,
            get(show)
                .post(upload)
                .layer(DefaultBodyLimit::max(MAX_BYTES + 64 * 1024)),
        ),
        (routes::SETTINGS_AVATAR_REMOVE, post(remove)),
    ]
}

fn key_for(user: &uuid::Uuid) -> String {
    format!("avatars/{user}.png")
}

async fn show(State(state): State<WebState>, req: Request) -> Response {
    let Some(c) = req.extensions().get::<Current>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(key) = c.user.avatar_key.clone() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match state.storage.store.get(&Path::from(key)).await {
        Ok(found) => match found.bytes().await {
            Ok(bytes) => (
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static("image/png")),
                    (
                        header::CACHE_CONTROL,
                        HeaderValue::from_static("private, no-store"),
                    ),
                ],
                Body::from(bytes),
            )
                .into_response(),
            Err(_) => StatusCode::NOT_FOUND.into_response(),
        },
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Decodes (within [`ImagePurpose::Avatar`]'s caps, upright), crops to the centred square and
/// resizes to 256 px; PNG out. CPU-bound: run it under the image-work bound.
///
/// # Errors
/// Why the image is refused (a message for the field).
pub fn normalise(bytes: &[u8]) -> Result<Vec<u8>, Failure> {
    let img = images::decode_upload(bytes, ImagePurpose::Avatar)?;
    let side = img.width().min(img.height());
    if side < 32 {
        return Err(refused(Message::new("error-avatar-too-small")));
    }
    let square = img.crop_imm(
        (img.width() - side) / 2,
        (img.height() - side) / 2,
        side,
        side,
    );
    let small = square.resize_exact(SIDE, SIDE, image::imageops::FilterType::Lanczos3);
    let mut out = std::io::Cursor::new(Vec::new());
    small
        .to_rgba8()
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|_| refused(Message::new("error-avatar-not-converted")))?;
    Ok(out.into_inner())
}

/// The message for a file over the avatar's cap.
fn too_large() -> Message {
    Message::new("error-upload-bytes").arg(
        "mb",
        (ImagePurpose::Avatar.max_bytes() / (1024 * 1024)).to_string(),
    )
}

/// A refused file, with the message for its field.
fn refused(message: Message) -> Failure {
    Failure::new(ErrorCode::Validation).with_message(message)
}

async fn upload(State(state): State<WebState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let Some(c) = parts.extensions.get::<Current>().cloned() else {
        return Redirect::to(routes::LOGIN).into_response();
    };
    let client = parts
        .extensions
        .get::<Client>()
        .cloned()
        .unwrap_or_else(Client::unknown);
    let req = Request::from_parts(parts.clone(), body);
    // Every message sits by the file field.
    let answer = |failure: Failure| {
        let state = state.clone();
        let parts = parts.clone();
        async move {
            let page = FormPage::new(routes::SETTINGS_PROFILE, forms::AVATAR);
            form_failed(&state, parts, page, failure.message_on(fields::AVATAR)).await
        }
    };
    let fail = |message: Message| answer(refused(message));
    let Ok(mut multipart) =
        <Multipart as axum::extract::FromRequest<()>>::from_request(req, &()).await
    else {
        return fail(Message::new("error-avatar-missing")).await;
    };
    let mut data = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some(fields::AVATAR) => match field.bytes().await {
                Ok(b) => data = Some(b),
                Err(_) => return fail(too_large()).await,
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return fail(too_large()).await,
        }
    }
    let Some(data) = data.filter(|d| !d.is_empty()) else {
        return fail(Message::new("error-avatar-missing")).await;
    };
    // Cheap checks first: size, type and pixels from the header; then the rate limit; only
    // then the decode.
    if let Err(e) = images::check_upload(&data, ImagePurpose::Avatar) {
        return answer(Failure::from(e)).await;
    }
    if let Err(wait) = state.limits.check_avatar(&c.user.id.to_string()).await {
        let minutes = wait.as_secs().div_ceil(60).max(1);
        let limited = Failure::new(ErrorCode::RateLimited)
            .with_message(Message::new("error-avatar-rate-limited").arg("minutes", minutes))
            .retry_after(wait.as_secs());
        return answer(limited).await;
    }
    let png = match state.images.for_request(move || normalise(&data)).await {
        Ok(Ok(png)) => png,
        Ok(Err(refusal)) => return answer(refusal).await,
        // A decode that stopped half-way is an image that cannot be read.
        Err(WorkError::Stopped(_)) => return answer(Failure::from(UploadError::Corrupt)).await,
        Err(busy) => return answer(Failure::from(busy)).await,
    };
    let key = key_for(&c.user.id);
    if let Err(e) = state
        .storage
        .store
        .put(&Path::from(key.clone()), png.into())
        .await
    {
        tracing::error!(error = %e, "could not store an avatar");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let id = c.user.id;
    let mut active = c.user.into_active_model();
    active.avatar_key = Set(Some(key));
    active.updated_at = Set(state.clock.now());
    if let Err(e) = active.update(&state.db).await {
        tracing::error!(error = %e, "could not save an avatar");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    crate::accounts::events::record(
        &state,
        id,
        EventKind::ProfileChanged,
        Some(Message::new("security-detail-picture")),
        &client,
    )
    .await;
    Redirect::to(&format!("{}?notice=avatar-saved", routes::SETTINGS_PROFILE)).into_response()
}

async fn remove(State(state): State<WebState>, req: Request) -> Response {
    let Some(c) = req.extensions().get::<Current>().cloned() else {
        return Redirect::to(routes::LOGIN).into_response();
    };
    if let Some(key) = c.user.avatar_key.clone() {
        let _ = state.storage.store.delete(&Path::from(key)).await;
        let mut active = c.user.into_active_model();
        active.avatar_key = Set(None);
        active.updated_at = Set(state.clock.now());
        if let Err(e) = active.update(&state.db).await {
            tracing::error!(error = %e, "could not remove an avatar");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    }
    Redirect::to(&format!(
        "{}?notice=avatar-removed",
        routes::SETTINGS_PROFILE
    ))
    .into_response()
}
