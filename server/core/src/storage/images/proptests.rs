//! Properties of reading image headers and files from untrusted bytes (uploads, provider
//! originals): recognising, describing and cleaning never panic, and the pixel bound holds
//! whatever a header declares.

use proptest::prelude::*;

use super::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    out.extend(kind);
    out.extend(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend(crc.finalize().to_be_bytes());
    out
}

/// A PNG whose header declares `width` × `height` (with a valid checksum), followed by damaged
/// or empty pixel data.
fn png_declaring(width: u32, height: u32, colour: u8, idat: &[u8]) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, colour, 0, 0, 0]);
    let mut png = PNG_MAGIC.to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", idat));
    png.extend(chunk(b"IEND", &[]));
    png
}

/// Arbitrary bytes behind a real magic number, so the decoders (not just the sniffer) see them.
fn magic_then_junk() -> impl Strategy<Value = Vec<u8>> {
    let magic = prop_oneof![
        Just(PNG_MAGIC.to_vec()),
        Just(vec![0xFF, 0xD8, 0xFF]),
        Just(vec![0xFF, 0xD8, 0xFF, 0xE1]),
        any::<[u8; 4]>().prop_map(|len| [b"RIFF".as_slice(), &len, b"WEBPVP8 "].concat()),
        any::<[u8; 4]>().prop_map(|len| [b"RIFF".as_slice(), &len, b"WEBPVP8L"].concat()),
        any::<[u8; 4]>().prop_map(|len| [b"RIFF".as_slice(), &len, b"WEBPVP8X"].concat()),
    ];
    (magic, prop::collection::vec(any::<u8>(), 0..400)).prop_map(|(m, tail)| [m, tail].concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn sniffing_is_total_and_only_trusts_magic_numbers(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        match sniff(&bytes) {
            Some(ImageFormat::Png) => prop_assert!(bytes.starts_with(PNG_MAGIC)),
            Some(ImageFormat::Jpeg) => prop_assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF])),
            Some(ImageFormat::WebP) => {
                prop_assert!(bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP".as_slice()));
            }
            None => {}
        }
    }

    #[test]
    fn describing_is_total_on_arbitrary_bytes(bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..400), magic_then_junk()]) {
        if let Ok(d) = describe(&bytes) {
            prop_assert!(d.width > 0 && d.height > 0);
            prop_assert_eq!(d.bytes, bytes.len() as u64);
            prop_assert_eq!(Some(d.format), sniff(&bytes));
        }
    }

    #[test]
    fn cleaning_an_upload_is_total_on_arbitrary_bytes(bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..400), magic_then_junk()]) {
        if let Ok(r) = prepare_reference(&bytes) {
            prop_assert_eq!(sniff(&r.png), Some(ImageFormat::Png));
            prop_assert!(u64::from(r.width) * u64::from(r.height) <= MAX_PIXELS);
        }
    }

    #[test]
    fn making_derivatives_is_total_on_arbitrary_bytes(bytes in magic_then_junk()) {
        let _ = derivatives(&bytes);
    }

    /// Whatever size a (checksummed) PNG header declares, the upload is refused as too big
    /// before any pixel is decoded when it is over the bound, and describing reads the declared
    /// size without decoding.
    #[test]
    fn the_pixel_bound_holds_for_any_declared_size(
        width in prop_oneof![1u32..2_000, 1u32..=0x7FFF_FFFF],
        height in prop_oneof![1u32..2_000, 1u32..=0x7FFF_FFFF],
        colour in prop::sample::select(vec![2u8, 6]),
        idat in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let png = png_declaring(width, height, colour, &idat);
        let over = u64::from(width) * u64::from(height) > MAX_PIXELS;
        match prepare_reference(&png) {
            Ok(r) => {
                prop_assert!(!over);
                prop_assert_eq!((r.width, r.height), (width, height));
            }
            Err(UploadError::TooManyPixels { .. }) => {}
            Err(e) => prop_assert!(!over, "an over-size header gave {e:?}"),
        }
        if let Ok(d) = describe(&png) {
            prop_assert_eq!((d.width, d.height), (width, height));
        }
    }
}
