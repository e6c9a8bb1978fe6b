//! Uploads (reference images P-GEN-9, support attachments, avatars): checked for size, type and
//! pixel count from the header first ([`check_upload`], cheap, before any rate limit or credit
//! is spent), then decoded within the purpose's limits, turned upright and re-encoded as a plain
//! PNG, so that no EXIF, GPS, XMP, ICC or text metadata of the upload is ever stored.

use std::io::Cursor;

use image::{
    DynamicImage, ImageEncoder,
    codecs::png::{CompressionType, FilterType, PngEncoder},
};

use obscura_shared::i18n::Message;

use super::{ImageFormat, ImagePurpose, decode, sniff};

/// The largest reference upload accepted: 20 MB.
pub const MAX_REFERENCE_BYTES: usize = super::purpose::REFERENCE_MAX_BYTES;

/// Why an upload is refused. The messages are meant for the person uploading.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    /// The file is over the purpose's byte cap.
    #[error("the image is too large: at most {} MB is accepted", max_bytes / (1024 * 1024))]
    TooLarge {
        /// The limit, in bytes.
        max_bytes: usize,
    },
    /// Not a PNG, JPEG or WebP file (whatever its name says), or a variant that cannot be read.
    #[error("this file type is not supported: upload a PNG, JPEG or WebP image")]
    UnsupportedType,
    /// More pixels than the purpose's cap.
    #[error(
        "the image has too many pixels: at most {} megapixels are accepted",
        megapixels(*max)
    )]
    TooManyPixels {
        /// The limit, in pixels.
        max: u64,
    },
    /// A side longer than the purpose's cap.
    #[error(
        "the image is too large: at most {max_side} pixels on a side and {} megapixels are accepted",
        megapixels(*max)
    )]
    SideTooLong {
        /// The limit on a side, in pixels.
        max_side: u32,
        /// The limit on the pixel count.
        max: u64,
    },
    /// The file is damaged or truncated.
    #[error("the image is damaged and cannot be read")]
    Corrupt,
}

/// `12.5` for 12 500 000, `40` for 40 000 000 (written in the reader's language in messages).
#[allow(clippy::cast_precision_loss)]
fn megapixels_value(pixels: u64) -> f64 {
    (pixels / 100_000) as f64 / 10.0
}

/// `12.5` for 12 500 000, `40` for 40 000 000.
fn megapixels(pixels: u64) -> String {
    let tenths = pixels / 100_000;
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

impl UploadError {
    /// The message for the uploader, as a form shows it next to the file field.
    #[must_use]
    pub fn message(&self) -> Message {
        match self {
            Self::UnsupportedType => Message::new("error-upload-type"),
            Self::Corrupt => Message::new("error-upload-corrupt"),
            Self::TooLarge { max_bytes } => Message::new("error-upload-bytes")
                .arg("mb", (max_bytes / (1024 * 1024)).to_string()),
            Self::TooManyPixels { max } => {
                Message::new("error-upload-pixels").decimal("megapixels", megapixels_value(*max), 1)
            }
            Self::SideTooLong { max_side, max } => Message::new("error-upload-side")
                .arg("side", max_side.to_string())
                .decimal("megapixels", megapixels_value(*max), 1),
        }
    }

    /// The message as the support form words it (its own sentences for a type, a size or a
    /// damaged file).
    #[must_use]
    pub fn sentence(&self) -> Message {
        match self {
            Self::UnsupportedType => Message::new("error-attachment-type"),
            Self::Corrupt => Message::new("error-attachment-corrupt"),
            Self::TooLarge { max_bytes } => Message::new("error-attachment-bytes")
                .arg("mb", (max_bytes / (1024 * 1024)).to_string()),
            Self::TooManyPixels { .. } | Self::SideTooLong { .. } => self.message(),
        }
    }

    fn of(f: decode::Failure, purpose: ImagePurpose) -> Self {
        match f {
            decode::Failure::Unsupported => Self::UnsupportedType,
            decode::Failure::TooManyPixels => Self::TooManyPixels {
                max: purpose.max_pixels(),
            },
            decode::Failure::SideTooLong => Self::SideTooLong {
                max_side: purpose.max_side(),
                max: purpose.max_pixels(),
            },
            decode::Failure::Corrupt => Self::Corrupt,
        }
    }
}

/// What the header of an accepted upload says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The format, from the magic bytes.
    pub format: ImageFormat,
    /// Stored width (before any EXIF turn), in pixels.
    pub width: u32,
    /// Stored height, in pixels.
    pub height: u32,
}

/// The cheap checks of an upload: size in bytes, type by magic bytes, pixel count and sides read
/// from the header. No pixel is decoded (microseconds, whatever the header claims), so callers
/// run it with the form's other checks, before a rate limit or credits are taken.
///
/// # Errors
/// [`UploadError`], with a message fit for the uploader.
pub fn check_upload(bytes: &[u8], purpose: ImagePurpose) -> Result<Header, UploadError> {
    if bytes.len() > purpose.max_bytes() {
        return Err(UploadError::TooLarge {
            max_bytes: purpose.max_bytes(),
        });
    }
    let format = sniff(bytes).ok_or(UploadError::UnsupportedType)?;
    let (width, height) =
        decode::header_size(bytes, format, purpose).map_err(|f| UploadError::of(f, purpose))?;
    Ok(Header {
        format,
        width,
        height,
    })
}

/// [`check_upload`], then a decode within `purpose`'s limits, turned upright.
///
/// CPU- and memory-bound: run it under [`super::ImageWork`].
///
/// # Errors
/// [`UploadError`], with a message fit for the uploader.
pub fn decode_upload(bytes: &[u8], purpose: ImagePurpose) -> Result<DynamicImage, UploadError> {
    let header = check_upload(bytes, purpose)?;
    decode::decode_upright(bytes, header.format, purpose).map_err(|f| UploadError::of(f, purpose))
}

/// A cleaned upload, ready to store.
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

/// Checks and cleans a reference upload: [`prepare_upload`] for
/// [`ImagePurpose::GenerationReference`].
///
/// # Errors
/// [`UploadError`], with a message fit for the uploader.
pub fn prepare_reference(bytes: &[u8]) -> Result<PreparedReference, UploadError> {
    prepare_upload(bytes, ImagePurpose::GenerationReference)
}

/// Checks and cleans an upload: size, type by magic bytes, pixel count from the header (before
/// decoding), bounded decode, EXIF orientation applied, re-encoded as PNG.
///
/// CPU-bound (up to about a second for a 40 MP photo): run it under [`super::ImageWork`].
///
/// # Errors
/// [`UploadError`], with a message fit for the uploader.
pub fn prepare_upload(
    bytes: &[u8],
    purpose: ImagePurpose,
) -> Result<PreparedReference, UploadError> {
    let img = decode_upload(bytes, purpose)?;
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

#[cfg(test)]
mod tests {
    use super::megapixels;

    #[test]
    fn megapixels_are_written_plainly() {
        assert_eq!(megapixels(40_000_000), "40");
        assert_eq!(megapixels(12_500_000), "12.5");
    }
}
