//! Image files: recognising them by their bytes, cleaning uploads (reference images P-GEN-9,
//! support attachments, avatars), describing a provider's original, and making the WebP preview
//! and thumbnail shown in the gallery.
//!
//! Everything here but [`ImageWork`] is synchronous and CPU-bound (decoding, resizing, encoding
//! can take tens to hundreds of milliseconds): async callers run it under [`ImageWork`], which
//! bounds how many run at once in the process and runs them on the blocking pool.
//!
//! Formats are recognised by their magic bytes only, never by a file name or a declared type. Every
//! decode is bounded twice, by its [`ImagePurpose`]'s caps: the pixel count and sides are read
//! from the header and checked before a single pixel is decoded (a 100-byte PNG can declare
//! 50000×50000; [`check_upload`] does only this, so that routes can run it with their cheap
//! checks), and the decoder runs under `image::Limits`.

mod decode;
mod derivatives;
mod purpose;
mod stored;
mod upload;
mod work;

use std::io::Cursor;

pub use derivatives::{
    Derivative, Derivatives, PREVIEW_MAX_SIDE, THUMBNAIL_MAX_SIDE, WEBP_QUALITY, derivatives,
};
pub use purpose::{
    AVATAR_MAX_SIDE, GENERATION_MAX_PIXELS, GENERATION_MAX_SIDE, ImagePurpose, SMALL_MAX_BYTES,
    SMALL_MAX_PIXELS, SUPPORT_MAX_SIDE,
};
pub use stored::{StoreError, Stored, store_with_derivatives};
pub use upload::{
    Header, MAX_REFERENCE_BYTES, PreparedReference, UploadError, check_upload, decode_upload,
    prepare_reference, prepare_upload,
};
pub use work::{BUSY_RETRY_AFTER_SECS, ImageWork, REQUEST_WAIT, WorkError};

/// The most pixels (width × height) any image is decoded with: 40 megapixels (references and
/// provider originals; see [`ImagePurpose`] for the lower caps of the other purposes).
pub const MAX_PIXELS: u64 = GENERATION_MAX_PIXELS;

/// An image format Obscura accepts and serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// Portable Network Graphics.
    Png,
    /// JPEG (JFIF or Exif).
    Jpeg,
    /// WebP (lossy, lossless or extended).
    WebP,
}

impl ImageFormat {
    /// The media type, e.g. `image/png`.
    #[must_use]
    pub const fn mime(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::WebP => "image/webp",
        }
    }

    /// The usual file extension, without the dot.
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::WebP => "webp",
        }
    }
}

impl From<ImageFormat> for image::ImageFormat {
    fn from(format: ImageFormat) -> Self {
        match format {
            ImageFormat::Png => Self::Png,
            ImageFormat::Jpeg => Self::Jpeg,
            ImageFormat::WebP => Self::WebP,
        }
    }
}

/// Recognises PNG, JPEG and WebP by their magic bytes; anything else (GIF, SVG, text…) is `None`.
#[must_use]
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF];
    if bytes.starts_with(PNG) {
        Some(ImageFormat::Png)
    } else if bytes.starts_with(JPEG) {
        Some(ImageFormat::Jpeg)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

/// Why an image (a provider's original) cannot be described or turned into derivatives.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Not a PNG, JPEG or WebP file, or a variant of one the decoder does not support.
    #[error("the file is not a PNG, JPEG or WebP image")]
    UnsupportedType,
    /// More pixels than [`MAX_PIXELS`].
    #[error("the image has more than {max} pixels")]
    TooManyPixels {
        /// The limit, in pixels.
        max: u64,
    },
    /// The header or the pixel data is damaged.
    #[error("the image is damaged and cannot be read")]
    Corrupt,
    /// A derivative could not be resized or encoded (a bug or an out-of-memory, not bad input).
    #[error("the image could not be converted: {0}")]
    Encode(String),
}

/// What a stored original is, read from its header without decoding its pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    /// The format, from the magic bytes.
    pub format: ImageFormat,
    /// Its media type, e.g. `image/png`.
    pub mime: &'static str,
    /// Width as displayed (after the EXIF orientation, if any), in pixels.
    pub width: u32,
    /// Height as displayed, in pixels.
    pub height: u32,
    /// Size of the file, in bytes.
    pub bytes: u64,
}

/// Describes an original from its header only: format, media type, displayed size, file size.
///
/// # Errors
/// `UnsupportedType` for anything but PNG, JPEG or WebP; `Corrupt` for an unreadable header.
pub fn describe(bytes: &[u8]) -> Result<Described, ImageError> {
    let format = sniff(bytes).ok_or(ImageError::UnsupportedType)?;
    let mut decoder = image::ImageReader::with_format(Cursor::new(bytes), format.into())
        .into_decoder()
        .map_err(|e| decode::classify(&e).for_original(ImagePurpose::ProviderOriginal))?;
    let (w, h) = image::ImageDecoder::dimensions(&decoder);
    if w == 0 || h == 0 {
        return Err(ImageError::Corrupt);
    }
    let orientation = decode::orientation(&mut decoder);
    let (width, height) = if decode::swaps_sides(orientation) {
        (h, w)
    } else {
        (w, h)
    };
    Ok(Described {
        format,
        mime: format.mime(),
        width,
        height,
        bytes: bytes.len() as u64,
    })
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod proptests;
