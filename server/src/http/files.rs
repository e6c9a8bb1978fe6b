//! `/files/{image}/{variant}`: stored files, served only through signed, expiring URLs (P-GEN-4).
//! The signature covers the method, the path, the expiry and the owner; an expired, altered or
//! re-scoped URL answers 403 and a deleted image 404. No session is needed: the URL is the key.

use axum::{
    body::Body,
    extract::{Path, RawQuery, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{MethodRouter, get},
};
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_shared::{Failure, ids::ImageId, routes};
use sea_orm::EntityTrait;

use crate::{
    db::entities::generation_image,
    generation::views::{Variant, file_path},
    http::WebState,
    storage::signed::{Signature, UrlError},
};

/// The file route.
pub fn table() -> Vec<(String, MethodRouter<crate::http::WebState>)> {
    vec![(
        format!("{}/{{image}}/{{variant}}", routes::FILES),
        get(serve),
    )]
}

/// A refusal that no cache keeps.
pub(super) fn refuse(status: StatusCode) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
    )
        .into_response()
}

/// A refused signed link (malformed, forged, for something else, or expired): 403, never
/// cached.
pub(super) fn link_refused(e: UrlError) -> Response {
    refuse(super::errors::status(Failure::from(e).code))
}

async fn serve(
    State(state): State<WebState>,
    Path((image, variant)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Response {
    let (Ok(id), Some(variant)) = (image.parse::<ImageId>(), Variant::parse(&variant)) else {
        return refuse(StatusCode::NOT_FOUND);
    };
    let id = id.into_uuid();
    let sig = match Signature::from_query(query.as_deref().unwrap_or_default()) {
        Ok(sig) => sig,
        Err(e) => return link_refused(e),
    };
    let row = match generation_image::Entity::find_by_id(id)
        .one(&state.db)
        .await
    {
        Ok(Some(row)) => row,
        Ok(None) => return refuse(StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = %e, "could not look up a file");
            return refuse(StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    let now = state.clock.now();
    if let Err(e) = state.signer.verify(
        "GET",
        &file_path(id, variant),
        &row.user_id.to_string(),
        &sig,
        now,
    ) {
        return link_refused(e);
    }
    let (key, mime, name) = match variant {
        Variant::Original => {
            let ext = match row.mime.as_str() {
                "image/jpeg" => "jpg",
                "image/webp" => "webp",
                _ => "png",
            };
            (
                row.original_key.clone(),
                row.mime.clone(),
                format!("obscura-{}-{}.{ext}", row.generation_id, row.position + 1),
            )
        }
        Variant::Preview => (
            row.preview_key.clone(),
            "image/webp".to_owned(),
            format!(
                "obscura-{}-{}-preview.webp",
                row.generation_id,
                row.position + 1
            ),
        ),
        Variant::Thumb => (
            row.thumb_key.clone(),
            "image/webp".to_owned(),
            format!(
                "obscura-{}-{}-thumb.webp",
                row.generation_id,
                row.position + 1
            ),
        ),
    };
    // Cached privately, never past the URL's own expiry.
    let max_age = (sig.exp - now.timestamp()).max(0);
    let disposition = match variant {
        Variant::Original => format!("attachment; filename=\"{name}\""),
        _ => format!("inline; filename=\"{name}\""),
    };
    stored_file(
        &state,
        key,
        &mime,
        &disposition,
        &format!("private, max-age={max_age}, immutable"),
    )
    .await
}

/// A stored object as a response: its type, how to show it, how it may be cached. A missing
/// object is 404; a store that cannot be read, 503 (logged).
pub(super) async fn stored_file(
    state: &WebState,
    key: String,
    mime: &str,
    disposition: &str,
    cache_control: &str,
) -> Response {
    let bytes = match state.storage.store.get(&ObjectPath::from(key)).await {
        Ok(found) => match found.bytes().await {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, "could not read a stored file");
                return refuse(StatusCode::SERVICE_UNAVAILABLE);
            }
        },
        Err(object_store::Error::NotFound { .. }) => return refuse(StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = %e, "could not read a stored file");
            return refuse(StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    let header = |v: &str| HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static(""));
    (
        [
            (header::CONTENT_TYPE, header(mime)),
            (header::CONTENT_DISPOSITION, header(disposition)),
            (header::CACHE_CONTROL, header(cache_control)),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::HeaderName::from_static("cross-origin-resource-policy"),
                HeaderValue::from_static("same-origin"),
            ),
        ],
        Body::from(bytes),
    )
        .into_response()
}
