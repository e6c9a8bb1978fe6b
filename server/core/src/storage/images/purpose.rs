//! What an image is decoded for, and the caps that follow from it: one table, so that every
//! path that decodes untrusted bytes (reference uploads, support attachments, avatars, provider
//! originals) states its limits in one place.
//!
//! The caps are checked from the header before a single pixel is decoded, and again by
//! `image::Limits` while decoding. A decode holds roughly `width × height × 4` bytes (RGBA8) and
//! a copy or two while converting, so the pixel cap is the memory cap: 40 MP is about 160 MB a
//! decode, 12.5 MP about 50 MB.

/// Why an image is being decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImagePurpose {
    /// A picture a signed-in person gives to guide a generation (P-GEN-9): large photos and
    /// panoramas are legitimate, and the upload already costs credits.
    GenerationReference,
    /// An image a provider returned, turned into the gallery's preview and thumbnail.
    ProviderOriginal,
    /// A screenshot or photo attached to the (anonymous) support form.
    SupportAttachment,
    /// The signed-in person's picture, shown at 256 px.
    Avatar,
}

/// The most pixels of a reference upload or provider original: 40 MP.
pub const GENERATION_MAX_PIXELS: u64 = 40_000_000;
/// The longest side of a reference upload or provider original. With the pixel cap this still
/// admits panoramas, and lets the PNG decoder refuse absurd headers while reading them.
pub const GENERATION_MAX_SIDE: u32 = 40_000;
/// The most pixels of a support attachment or avatar: 12.5 MP, room for a 12 MP phone photo
/// (4032 × 3024) or a 4K screenshot, and a third of a reference's memory.
pub const SMALL_MAX_PIXELS: u64 = 12_500_000;
/// The longest side of a support attachment: room for a tall scrolling screenshot.
pub const SUPPORT_MAX_SIDE: u32 = 8_192;
/// The longest side of an avatar (it is shown at 256 px).
pub const AVATAR_MAX_SIDE: u32 = 4_096;
/// The largest reference upload: 20 MB.
pub const REFERENCE_MAX_BYTES: usize = 20 * 1024 * 1024;
/// The largest support attachment or avatar: 5 MB.
pub const SMALL_MAX_BYTES: usize = 5 * 1024 * 1024;

impl ImagePurpose {
    /// The most pixels (width × height) an image for this purpose may have.
    #[must_use]
    pub const fn max_pixels(self) -> u64 {
        match self {
            Self::GenerationReference | Self::ProviderOriginal => GENERATION_MAX_PIXELS,
            Self::SupportAttachment | Self::Avatar => SMALL_MAX_PIXELS,
        }
    }

    /// The longest side, in pixels.
    #[must_use]
    pub const fn max_side(self) -> u32 {
        match self {
            Self::GenerationReference | Self::ProviderOriginal => GENERATION_MAX_SIDE,
            Self::SupportAttachment => SUPPORT_MAX_SIDE,
            Self::Avatar => AVATAR_MAX_SIDE,
        }
    }

    /// The largest file, in bytes (a provider original is bounded by the download code).
    #[must_use]
    pub const fn max_bytes(self) -> usize {
        match self {
            Self::GenerationReference | Self::ProviderOriginal => REFERENCE_MAX_BYTES,
            Self::SupportAttachment | Self::Avatar => SMALL_MAX_BYTES,
        }
    }

    /// The most a decode may allocate: the pixel cap at 16-bit RGBA (8 bytes a pixel).
    #[must_use]
    pub const fn max_alloc(self) -> u64 {
        self.max_pixels() * 8
    }

    /// Whether a `width × height` image is within this purpose's caps.
    #[must_use]
    pub const fn admits(self, width: u32, height: u32) -> bool {
        width <= self.max_side()
            && height <= self.max_side()
            && (width as u64) * (height as u64) <= self.max_pixels()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn support_and_avatar_caps_are_far_below_a_references() {
        for p in [ImagePurpose::SupportAttachment, ImagePurpose::Avatar] {
            assert!(p.max_pixels() * 3 <= ImagePurpose::GenerationReference.max_pixels());
            assert!(p.max_alloc() <= 100 * 1024 * 1024, "{p:?}");
            // A 12 MP phone photo still passes; the 6300² flood image does not.
            assert!(p.admits(4032, 3024), "{p:?}");
            assert!(!p.admits(6300, 6300), "{p:?}");
        }
        assert!(ImagePurpose::GenerationReference.admits(6300, 6300));
        assert!(!ImagePurpose::Avatar.admits(5000, 500));
        assert!(ImagePurpose::SupportAttachment.admits(1290, 8000));
    }
}
