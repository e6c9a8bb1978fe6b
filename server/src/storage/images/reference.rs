//! Reference uploads (P-GEN-9): a picture a user gives to guide a generation is checked for size
//! and type, decoded within limits, turned upright and re-encoded as a plain PNG, so that no EXIF,
//! GPS, XMP, ICC or text metadata of the upload is ever stored.

use std::io::Cursor;

use image::{
    ImageEncoder,
    codecs::png::{CompressionType, FilterType, PngEncoder},
};

use super::{MAX_PIXELS, decode, sniff};

/// The largest reference upload accepted: 20 MB.
pub const MAX_REFERENCE_BYTES: usize = 20 * 1024 * 1024;

/// Why a reference upload is refused. The messages are meant for the person uploading.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    /// The file is over [`MAX_REFERENCE_BYTES`].
    #[error("the image is too large: at most {} MB is accepted", max_bytes / (1024 * 1024))]
    TooLarge {
        /// The limit, in bytes.
        max_bytes: usize,
    },
    /// Not a PNG, JPEG or WebP file (whatever its name says), or a variant that cannot be read.
    #[error("this file type is not supported: upload a PNG, JPEG or WebP image")]
    UnsupportedType,
    /// More pixels than [`MAX_PIXELS`].
    #[error("the image has too many pixels: at most {} megapixels are accepted", max / 1_000_000)]
    TooManyPixels {
        /// The limit, in pixels.
        max: u64,
    },
    /// The file is damaged or truncated.
    #[error("the image is damaged and cannot be read")]
    Corrupt,
}

impl From<decode::Failure> for UploadError {
    fn from(f: decode::Failure) -> Self {
        match f {
            decode::Failure::Unsupported => Self::UnsupportedType,
            decode::Failure::TooManyPixels => Self::TooManyPixels { max: MAX_PIXELS },
            decode::Failure::Corrupt => Self::Corrupt,
        }
    }
}

/// A cleaned reference image, ready to store.
#[derive(Clone, PartialEq, Eq)]
pub struct PreparedReference {
    /// An 8-bit RGB or RGBA PNG holding only the pixels: no metadata chunk of the upload.
    pub png: Vec<u8>,
    /// Width, upright, in pixels.
    pub width: u32,
    /// Height, upright, in pixels.
    pub height: u32,
}

impl std::fmt::Debug for PreparedReference {
    // The pixels are the user's: never printed, only their size.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedReference")
            .field("png_bytes", &self.png.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

/// Checks and cleans a reference upload: size, type by magic bytes, pixel count from the header
/// (before decoding), bounded decode, EXIF orientation applied, re-encoded as PNG.
///
/// CPU-bound (up to about a second for a 40 MP photo): call it from `spawn_blocking`.
///
/// # Errors
/// [`UploadError`], with a message fit for the uploader.
pub fn prepare_reference(bytes: &[u8]) -> Result<PreparedReference, UploadError> {
    if bytes.len() > MAX_REFERENCE_BYTES {
        return Err(UploadError::TooLarge {
            max_bytes: MAX_REFERENCE_BYTES,
        });
    }
    let format = sniff(bytes).ok_or(UploadError::UnsupportedType)?;
    let img = decode::decode_upright(bytes, format)?;
    let (width, height) = (img.width(), img.height());
    let mut out = Cursor::new(Vec::new());
    // Fast compression: a 12 MP photo encodes in a fraction of the default level's time, for
    // files a little larger. The encoder writes IHDR, IDAT and IEND only.
    let encoder =
        PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Adaptive);
    let written = if img.color().has_alpha() {
        let rgba = img.into_rgba8();
        encoder.write_image(&rgba, width, height, image::ExtendedColorType::Rgba8)
    } else {
        let rgb = img.into_rgb8();
        encoder.write_image(&rgb, width, height, image::ExtendedColorType::Rgb8)
    };
    // Encoding a valid in-memory buffer fails only on an internal error; report it as unreadable.
    written.map_err(|_| UploadError::Corrupt)?;
    Ok(PreparedReference {
        png: out.into_inner(),
        width,
        height,
    })
}
