//! The gallery's derivatives of an original: a lossy WebP preview and thumbnail, resized with
//! `fast_image_resize` (SIMD) and encoded with libwebp. The original itself is never altered:
//! it is stored as the provider returned it, metadata such as C2PA included.

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::DynamicImage;

use super::{ImageError, ImagePurpose, decode, sniff};

/// The preview fits in a square of this side, in pixels.
pub const PREVIEW_MAX_SIDE: u32 = 1024;
/// The thumbnail fits in a square of this side, in pixels.
pub const THUMBNAIL_MAX_SIDE: u32 = 512;
/// libwebp quality (0–100) of both derivatives.
pub const WEBP_QUALITY: f32 = 80.0;
/// libwebp effort (0 fastest – 6 smallest). 4 is libwebp's default; measured with
/// `cargo bench --bench images`.
const WEBP_METHOD: i32 = 4;

/// One derivative: a WebP file and its size.
#[derive(Clone, PartialEq, Eq)]
pub struct Derivative {
    /// The WebP file.
    pub bytes: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl std::fmt::Debug for Derivative {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Derivative")
            .field("bytes", &self.bytes.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

impl Derivative {
    /// The media type of every derivative.
    pub const MIME: &'static str = "image/webp";
}

/// The preview and the thumbnail of one original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivatives {
    /// Fits in [`PREVIEW_MAX_SIDE`]², never larger than the original.
    pub preview: Derivative,
    /// Fits in [`THUMBNAIL_MAX_SIDE`]², never larger than the original.
    pub thumbnail: Derivative,
}

/// Makes the WebP preview and thumbnail of `original` (PNG, JPEG or WebP), upright, with the
/// aspect ratio kept and never upscaled.
///
/// CPU-bound (about 100 ms for a 1024² original in release): run it under [`super::ImageWork`].
///
/// # Errors
/// `UnsupportedType`, `TooManyPixels` or `Corrupt` for a bad original; `Encode` if resizing or
/// encoding fails.
pub fn derivatives(original: &[u8]) -> Result<Derivatives, ImageError> {
    let format = sniff(original).ok_or(ImageError::UnsupportedType)?;
    let purpose = ImagePurpose::ProviderOriginal;
    let img =
        decode::decode_upright(original, format, purpose).map_err(|f| f.for_original(purpose))?;
    // Only two pixel layouts reach the resizer and the encoder.
    let img = if img.color().has_alpha() {
        DynamicImage::ImageRgba8(img.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.into_rgb8())
    };
    let mut resizer = Resizer::new();
    let preview = fit(&mut resizer, &img, PREVIEW_MAX_SIDE)?.unwrap_or(img);
    // From the preview rather than the original: at most 1024² to read instead of up to 40 MP.
    let thumbnail = fit(&mut resizer, &preview, THUMBNAIL_MAX_SIDE)?;
    Ok(Derivatives {
        thumbnail: encode(thumbnail.as_ref().unwrap_or(&preview))?,
        preview: encode(&preview)?,
    })
}

/// The size that fits `(width, height)` in `max`² with the same aspect ratio, never larger.
#[must_use]
pub(super) fn fitted_size(width: u32, height: u32, max: u32) -> (u32, u32) {
    if width <= max && height <= max {
        return (width, height);
    }
    let scale = |short: u32, long: u32| -> u32 {
        let scaled = (u64::from(short) * u64::from(max) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(max).clamp(1, max)
    };
    if width >= height {
        (max, scale(height, width))
    } else {
        (scale(width, height), max)
    }
}

/// `img` resized to fit in `max`², or `None` when it already fits.
fn fit(
    resizer: &mut Resizer,
    img: &DynamicImage,
    max: u32,
) -> Result<Option<DynamicImage>, ImageError> {
    let (w, h) = fitted_size(img.width(), img.height(), max);
    if (w, h) == (img.width(), img.height()) {
        return Ok(None);
    }
    let mut dst = DynamicImage::new(w, h, img.color());
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    resizer
        .resize(img, &mut dst, &options)
        .map_err(|e| ImageError::Encode(e.to_string()))?;
    Ok(Some(dst))
}

/// Lossy WebP of an RGB8 or RGBA8 image (alpha kept, losslessly compressed).
fn encode(img: &DynamicImage) -> Result<Derivative, ImageError> {
    let (width, height) = (img.width(), img.height());
    let encoder = match img {
        DynamicImage::ImageRgb8(rgb) => webp::Encoder::from_rgb(rgb.as_raw(), width, height),
        DynamicImage::ImageRgba8(rgba) => webp::Encoder::from_rgba(rgba.as_raw(), width, height),
        _ => return Err(ImageError::Encode("unexpected pixel layout".into())),
    };
    let mut config =
        webp::WebPConfig::new().map_err(|()| ImageError::Encode("libwebp configuration".into()))?;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    config.alpha_compression = 1;
    let memory = encoder
        .encode_advanced(&config)
        .map_err(|e| ImageError::Encode(format!("libwebp: {e:?}")))?;
    Ok(Derivative {
        bytes: memory.to_vec(),
        width,
        height,
    })
}
