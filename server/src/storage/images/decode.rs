//! Bounded decoding shared by reference uploads and derivatives: header check first, then a
//! decode under `image::Limits`, then the EXIF orientation.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits, metadata::Orientation};

use super::{ImageError, ImageFormat, MAX_PIXELS};

/// The longest side any decoder accepts. With [`MAX_PIXELS`] this still admits panoramas; it
/// lets the PNG decoder refuse absurd headers while reading them.
const MAX_SIDE: u32 = 40_000;

/// The most a decode may allocate: 40 MP at 16-bit RGBA (8 bytes a pixel).
const MAX_ALLOC: u64 = MAX_PIXELS * 8;

/// Why a decode failed, before it is turned into the caller's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// Not decodable by the codecs compiled in (e.g. arithmetic-coded JPEG).
    Unsupported,
    /// Over the pixel, side or allocation limit.
    TooManyPixels,
    /// Damaged data.
    Corrupt,
}

impl From<Failure> for ImageError {
    fn from(f: Failure) -> Self {
        match f {
            Failure::Unsupported => Self::UnsupportedType,
            Failure::TooManyPixels => Self::TooManyPixels { max: MAX_PIXELS },
            Failure::Corrupt => Self::Corrupt,
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

/// Decodes `bytes` (already sniffed as `format`) upright.
///
/// The pixel count is checked from the header before any pixel is decoded, so a decompression
/// bomb costs only the reading of its header.
pub(super) fn decode_upright(bytes: &[u8], format: ImageFormat) -> Result<DynamicImage, Failure> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.into());
    reader.limits(limits.clone());
    let mut decoder = reader.into_decoder().map_err(|e| classify(&e))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(Failure::Corrupt);
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Failure::TooManyPixels);
    }
    // `into_decoder` does not count the output buffer against `max_alloc`; `decode` would.
    limits
        .reserve(decoder.total_bytes())
        .map_err(|e| classify(&e))?;
    let orientation = orientation(&mut decoder);
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| classify(&e))?;
    img.apply_orientation(orientation);
    Ok(img)
}
