//! Bounded decoding shared by uploads and derivatives: header check first (with the purpose's
//! caps), then a decode under `image::Limits`, then the EXIF orientation.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits, metadata::Orientation};

use super::{ImageError, ImageFormat, ImagePurpose};

/// Why a decode failed, before it is turned into the caller's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// Not decodable by the codecs compiled in (e.g. arithmetic-coded JPEG).
    Unsupported,
    /// Over the pixel or allocation limit.
    TooManyPixels,
    /// A side over the purpose's longest side.
    SideTooLong,
    /// Damaged data.
    Corrupt,
}

impl Failure {
    /// As an [`ImageError`] of a decode for `purpose`.
    pub(super) fn for_original(self, purpose: ImagePurpose) -> ImageError {
        match self {
            Self::Unsupported => ImageError::UnsupportedType,
            Self::TooManyPixels | Self::SideTooLong => ImageError::TooManyPixels {
                max: purpose.max_pixels(),
            },
            Self::Corrupt => ImageError::Corrupt,
        }
    }
}

/// Sorts an `image` error into a [`Failure`].
pub(super) fn classify(e: &image::ImageError) -> Failure {
    match e {
        image::ImageError::Limits(_) => Failure::TooManyPixels,
        image::ImageError::Unsupported(_) => Failure::Unsupported,
        image::ImageError::Decoding(_)
        | image::ImageError::IoError(_)
        | image::ImageError::Parameter(_)
        | image::ImageError::Encoding(_) => Failure::Corrupt,
    }
}

/// The EXIF orientation the decoder reports; a damaged or missing EXIF block means none.
pub(super) fn orientation(decoder: &mut impl ImageDecoder) -> Orientation {
    decoder.orientation().unwrap_or(Orientation::NoTransforms)
}

/// Whether displaying with `orientation` exchanges width and height.
pub(super) fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// The decoder limits of `purpose`.
fn limits(purpose: ImagePurpose) -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(purpose.max_side());
    limits.max_image_height = Some(purpose.max_side());
    limits.max_alloc = Some(purpose.max_alloc());
    limits
}

/// A decoder that has read the header only, its size checked against `purpose`'s caps (so a
/// side too long is told apart from too many pixels), then put under `purpose`'s limits.
fn open(
    bytes: &[u8],
    format: ImageFormat,
    purpose: ImagePurpose,
) -> Result<impl ImageDecoder + '_, Failure> {
    let mut header_only = Limits::default();
    header_only.max_alloc = Some(purpose.max_alloc());
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.into());
    reader.limits(header_only);
    let mut decoder = reader.into_decoder().map_err(|e| classify(&e))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(Failure::Corrupt);
    }
    if u64::from(w) * u64::from(h) > purpose.max_pixels() {
        return Err(Failure::TooManyPixels);
    }
    if w > purpose.max_side() || h > purpose.max_side() {
        return Err(Failure::SideTooLong);
    }
    decoder
        .set_limits(limits(purpose))
        .map_err(|e| classify(&e))?;
    Ok(decoder)
}

/// The stored size `(width, height)` (before any EXIF turn), from the header only, checked
/// against `purpose`'s caps: no pixel is decoded, so this costs microseconds whatever the
/// header claims.
pub(super) fn header_size(
    bytes: &[u8],
    format: ImageFormat,
    purpose: ImagePurpose,
) -> Result<(u32, u32), Failure> {
    Ok(open(bytes, format, purpose)?.dimensions())
}

/// Decodes `bytes` (already sniffed as `format`) upright, within `purpose`'s caps.
///
/// The pixel count is checked from the header before any pixel is decoded, so a decompression
/// bomb costs only the reading of its header.
pub(super) fn decode_upright(
    bytes: &[u8],
    format: ImageFormat,
    purpose: ImagePurpose,
) -> Result<DynamicImage, Failure> {
    let mut decoder = open(bytes, format, purpose)?;
    // `set_limits` does not count the output buffer against `max_alloc`; `decode` would.
    limits(purpose)
        .reserve(decoder.total_bytes())
        .map_err(|e| classify(&e))?;
    let orientation = orientation(&mut decoder);
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| classify(&e))?;
    img.apply_orientation(orientation);
    Ok(img)
}
