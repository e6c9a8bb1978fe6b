//! The signed-in person's picture: upload (PNG, JPEG or WebP up to 5 MB, decoded, cropped to
//! a square, resized to 256 px and re-encoded as PNG, which also drops any metadata such as
//! location), show (to its owner only), remove.

use axum::{
    body::Body,
    extract::{DefaultBodyLimit, Multipart, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{MethodRouter, get, post},
};
use object_store::{ObjectStore as _, path::Path};
use obscura_app::{forms::FormFeedback, pages::settings::forms};
use obscura_shared::{account::fields, routes};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

use super::{render, session::Current};
use crate::{accounts::Client, accounts::events::EventKind, state::AppState};

const MAX_BYTES: usize = 5 * 1024 * 1024;
const SIDE: u32 = 256;

/// The avatar routes.
pub fn table() -> Vec<(&'static str, MethodRouter<AppState>)> {
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

async fn show(State(state): State<AppState>, req: Request) -> Response {
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

/// Decodes, crops to the centred square and resizes to 256 px; PNG out.
///
/// # Errors
/// The message to show next to the field.
pub fn normalise(bytes: &[u8]) -> Result<Vec<u8>, &'static str> {
    let format =
        image::guess_format(bytes).map_err(|_| "This file is not a PNG, JPEG or WebP image.")?;
    if !matches!(
        format,
        image::ImageFormat::Png | image::ImageFormat::Jpeg | image::ImageFormat::WebP
    ) {
        return Err("This file is not a PNG, JPEG or WebP image.");
    }
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader
        .decode()
        .map_err(|_| "This image could not be read. Is the file complete?")?;
    let side = img.width().min(img.height());
    if side < 32 {
        return Err("This image is too small: use one of at least 32 × 32 pixels.");
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
        .map_err(|_| "This image could not be converted.")?;
    Ok(out.into_inner())
}

async fn upload(State(state): State<AppState>, req: Request) -> Response {
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
    let fail = |message: &'static str| {
        let state = state.clone();
        let mut parts = parts.clone();
        async move {
            parts.extensions.insert(FormFeedback {
                form: forms::AVATAR.to_owned(),
                values: Vec::new(),
                errors: vec![(fields::AVATAR.to_owned(), message.to_owned())],
                notice: None,
            });
            render::page(
                &state,
                parts,
                routes::SETTINGS_PROFILE,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    let Ok(mut multipart) =
        <Multipart as axum::extract::FromRequest<()>>::from_request(req, &()).await
    else {
        return fail("Choose an image file to upload.").await;
    };
    let mut data = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some(fields::AVATAR) => match field.bytes().await {
                Ok(b) => data = Some(b),
                Err(_) => return fail("The file is larger than 5 MB.").await,
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return fail("The file is larger than 5 MB.").await,
        }
    }
    let Some(data) = data.filter(|d| !d.is_empty()) else {
        return fail("Choose an image file to upload.").await;
    };
    if data.len() > MAX_BYTES {
        return fail("The file is larger than 5 MB.").await;
    }
    let png = match tokio::task::spawn_blocking(move || normalise(&data)).await {
        Ok(Ok(png)) => png,
        Ok(Err(m)) => return fail(m).await,
        Err(_) => return fail("This image could not be read. Is the file complete?").await,
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
        Some("picture"),
        &client,
    )
    .await;
    Redirect::to(&format!("{}?notice=avatar-saved", routes::SETTINGS_PROFILE)).into_response()
}

async fn remove(State(state): State<AppState>, req: Request) -> Response {
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
