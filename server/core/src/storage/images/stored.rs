//! Storing one made image (a generation's, a trial's) with its WebP preview and thumbnail:
//! described and derived under [`super::ImageWork`], then the three files written as
//! `<prefix>/<position>.<ext>`, `….preview.webp` and `….thumb.webp`.

use bytes::Bytes;
use object_store::{ObjectStore as _, PutPayload, path::Path};

use super::Described;
use crate::state::AppState;

/// What was stored: the original's description, the derivatives' sizes and the three keys.
#[derive(Debug)]
pub struct Stored {
    /// The original as described from its header.
    pub described: Described,
    /// The preview's width and height.
    pub preview_size: (u32, u32),
    /// The thumbnail's width and height.
    pub thumb_size: (u32, u32),
    /// The original's key.
    pub original_key: String,
    /// The preview's key.
    pub preview_key: String,
    /// The thumbnail's key.
    pub thumb_key: String,
}

/// Why an image was not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The image work pool could not run it.
    #[error("the image work could not run")]
    Work,
    /// Not an image we accept, or unreadable.
    #[error("not a usable image")]
    BadImage,
    /// The object store refused a write.
    #[error("the object store refused a write")]
    Storage,
}

impl Stored {
    /// A size as the database keeps it.
    #[must_use]
    pub fn dim(v: u32) -> i32 {
        i32::try_from(v).unwrap_or(i32::MAX)
    }
}

/// Describes `bytes`, makes its derivatives and writes all three under `prefix`.
///
/// # Errors
/// [`StoreError`].
pub async fn store_with_derivatives(
    state: &AppState,
    prefix: &str,
    position: u8,
    bytes: Bytes,
) -> Result<Stored, StoreError> {
    let original = bytes.clone();
    let (described, derived) = state
        .images
        .for_job(move || {
            let described = super::describe(&original)?;
            let derived = super::derivatives(&original)?;
            Ok::<_, super::ImageError>((described, derived))
        })
        .await
        .map_err(|_| StoreError::Work)?
        .map_err(|_| StoreError::BadImage)?;
    let ext = match described.mime {
        "image/jpeg" => "jpg",
        "image/webp" => "webp",
        _ => "png",
    };
    let preview_size = (derived.preview.width, derived.preview.height);
    let thumb_size = (derived.thumbnail.width, derived.thumbnail.height);
    let original_key = format!("{prefix}/{position}.{ext}");
    let preview_key = format!("{prefix}/{position}.preview.webp");
    let thumb_key = format!("{prefix}/{position}.thumb.webp");
    for (key, body) in [
        (&original_key, bytes),
        (&preview_key, derived.preview.bytes.into()),
        (&thumb_key, derived.thumbnail.bytes.into()),
    ] {
        state
            .storage
            .store
            .put(&Path::from(key.as_str()), PutPayload::from(body))
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, "could not store an image");
                StoreError::Storage
            })?;
    }
    Ok(Stored {
        described,
        preview_size,
        thumb_size,
        original_key,
        preview_key,
        thumb_key,
    })
}
