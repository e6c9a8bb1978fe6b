//! Unit tests of sniffing, reference cleaning (P-GEN-9), describing and derivatives, on images
//! built here: EXIF is spliced into real JPEGs, bombs and damaged PNGs are written by hand.

use std::time::{Duration, Instant};

use image::{DynamicImage, GenericImageView, Rgb, RgbImage, Rgba, RgbaImage};

use super::derivatives::fitted_size;
use super::*;

const MARKER: &str = "OBSCURA-GPS-MARKER-51.5007N";

/// A gradient with a red left half and a blue right half, so rotations can be told apart.
fn picture(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let shade = u8::try_from((y * 255) / height.max(1)).unwrap();
        if x < width / 2 {
            Rgb([230, shade / 4, 20])
        } else {
            Rgb([20, shade / 4, 230])
        }
    })
}

fn encode(img: &DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

fn png(width: u32, height: u32) -> Vec<u8> {
    encode(
        &DynamicImage::ImageRgb8(picture(width, height)),
        image::ImageFormat::Png,
    )
}

/// An APP1 segment: `Exif\0\0`, a little-endian TIFF with IFD0 (description = [`MARKER`],
/// orientation, GPS pointer) and a GPS IFD (latitude ref and latitude).
fn exif_segment(orientation: u16) -> Vec<u8> {
    let entry = |tag: u16, kind: u16, count: u32, value: u32| {
        let mut e = Vec::new();
        e.extend_from_slice(&tag.to_le_bytes());
        e.extend_from_slice(&kind.to_le_bytes());
        e.extend_from_slice(&count.to_le_bytes());
        e.extend_from_slice(&value.to_le_bytes());
        e
    };
    let description = format!("{MARKER}\0");
    let mut tiff = b"II\x2A\x00\x08\x00\x00\x00".to_vec();
    // IFD0 at 8: 3 entries, ends at 50; GPS IFD at 50: 2 entries, ends at 80; rationals at 80.
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend(entry(
        0x010E,
        2,
        u32::try_from(description.len()).unwrap(),
        104,
    ));
    tiff.extend(entry(0x0112, 3, 1, u32::from(orientation)));
    tiff.extend(entry(0x8825, 4, 1, 50));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend(entry(0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0")));
    tiff.extend(entry(0x0002, 5, 3, 80));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for (num, den) in [(51u32, 1u32), (30, 1), (2, 1)] {
        tiff.extend_from_slice(&num.to_le_bytes());
        tiff.extend_from_slice(&den.to_le_bytes());
    }
    assert_eq!(tiff.len(), 104);
    tiff.extend_from_slice(description.as_bytes());
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(tiff);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    segment.extend(payload);
    segment
}

/// A JPEG of `picture(width, height)` carrying EXIF with GPS right after SOI.
fn jpeg_with_exif(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let plain = encode(
        &DynamicImage::ImageRgb8(picture(width, height)),
        image::ImageFormat::Jpeg,
    );
    let mut out = plain[..2].to_vec();
    out.extend(exif_segment(orientation));
    out.extend_from_slice(&plain[2..]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    c.extend_from_slice(&body);
    c.extend_from_slice(&crc32(&body).to_be_bytes());
    c
}

/// A well-formed PNG header declaring `width`×`height` RGB, with a few bytes of IDAT.
fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    out.extend(chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    ));
    out.extend(chunk(b"IEND", &[]));
    out
}

fn position(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn sniffs_by_magic_bytes_only() {
    assert_eq!(sniff(&png(4, 4)), Some(ImageFormat::Png));
    assert_eq!(sniff(&jpeg_with_exif(8, 8, 1)), Some(ImageFormat::Jpeg));
    assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Some(ImageFormat::WebP));
    assert_eq!(sniff(b"RIFF\x10\0\0\0WAVEfmt "), None);
    assert_eq!(sniff(b"GIF89a\x01\0\x01\0"), None);
    assert_eq!(sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), None);
    assert_eq!(sniff(b"just text, saved as photo.png"), None);
    assert_eq!(sniff(&[]), None);
    assert_eq!(ImageFormat::WebP.mime(), "image/webp");
}

#[test]
fn exif_and_gps_are_gone_from_a_cleaned_jpeg() {
    let upload = jpeg_with_exif(64, 48, 1);
    assert!(position(&upload, MARKER.as_bytes()).is_some());
    assert!(position(&upload, b"Exif").is_some());
    let prepared = prepare_reference(&upload).unwrap();
    assert_eq!(sniff(&prepared.png), Some(ImageFormat::Png));
    assert!(position(&prepared.png, MARKER.as_bytes()).is_none());
    assert!(position(&prepared.png, b"Exif").is_none());
    assert!(position(&prepared.png, b"eXIf").is_none());
    let decoded = image::load_from_memory(&prepared.png).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (64, 48));
    assert_eq!((prepared.width, prepared.height), (64, 48));
    assert_eq!(decoded.color(), image::ColorType::Rgb8);
}

#[test]
fn png_text_chunks_are_dropped() {
    let mut bytes = png(16, 16);
    let iend = bytes.len() - 12;
    let text = chunk(b"tEXt", format!("Comment\0{MARKER}").as_bytes());
    bytes.splice(iend..iend, text);
    assert!(position(&bytes, MARKER.as_bytes()).is_some());
    let prepared = prepare_reference(&bytes).unwrap();
    assert!(position(&prepared.png, MARKER.as_bytes()).is_none());
    assert!(position(&prepared.png, b"tEXt").is_none());
}

#[test]
fn orientation_6_is_applied() {
    // Stored 80×40, red on the left; orientation 6 displays it rotated 90° clockwise, so red
    // ends up on top of a 40×80 picture.
    let prepared = prepare_reference(&jpeg_with_exif(80, 40, 6)).unwrap();
    assert_eq!((prepared.width, prepared.height), (40, 80));
    let img = image::load_from_memory(&prepared.png).unwrap().to_rgb8();
    let top = img.get_pixel(20, 5);
    let bottom = img.get_pixel(20, 75);
    assert!(top[0] > 150 && top[2] < 100, "top is red: {top:?}");
    assert!(
        bottom[2] > 150 && bottom[0] < 100,
        "bottom is blue: {bottom:?}"
    );

    let described = describe(&jpeg_with_exif(80, 40, 6)).unwrap();
    assert_eq!((described.width, described.height), (40, 80));
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    for (w, h) in [(50_000, 50_000), (8_000, 8_000), (40_000, 1_001)] {
        let bomb = png_bomb(w, h);
        assert!(bomb.len() < 100);
        let started = Instant::now();
        assert_eq!(
            prepare_reference(&bomb),
            Err(UploadError::TooManyPixels { max: MAX_PIXELS }),
            "{w}×{h}"
        );
        assert_eq!(
            derivatives(&bomb),
            Err(ImageError::TooManyPixels { max: MAX_PIXELS })
        );
        assert!(started.elapsed() < Duration::from_secs(1));
    }
    // The header alone can still be described.
    assert_eq!(describe(&png_bomb(50_000, 50_000)).unwrap().width, 50_000);
}

#[test]
fn other_types_and_damaged_files_are_refused() {
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
    assert_eq!(prepare_reference(gif), Err(UploadError::UnsupportedType));
    assert_eq!(
        prepare_reference(b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
        Err(UploadError::UnsupportedType)
    );
    let noise: Vec<u8> = (0u32..4096)
        .map(|i| u8::try_from((i.wrapping_mul(2_654_435_761) >> 13) & 0xFF).unwrap())
        .collect();
    assert_eq!(prepare_reference(&noise), Err(UploadError::UnsupportedType));
    assert_eq!(prepare_reference(&[]), Err(UploadError::UnsupportedType));

    let mut bad_crc = png(32, 32);
    let idat = position(&bad_crc, b"IDAT").unwrap();
    bad_crc[idat + 10] ^= 0x55;
    assert_eq!(prepare_reference(&bad_crc), Err(UploadError::Corrupt));
    assert_eq!(derivatives(&bad_crc), Err(ImageError::Corrupt));

    let mut truncated = png(32, 32);
    truncated.truncate(40);
    assert_eq!(prepare_reference(&truncated), Err(UploadError::Corrupt));
    assert_eq!(describe(b"RIFF\x04\0\0\0WEBP"), Err(ImageError::Corrupt));
    assert_eq!(describe(gif), Err(ImageError::UnsupportedType));
}

#[test]
fn uploads_over_twenty_megabytes_are_refused_before_anything_else() {
    let mut big = png(8, 8);
    big.resize(MAX_REFERENCE_BYTES + 1, 0);
    let e = prepare_reference(&big).unwrap_err();
    assert_eq!(
        e,
        UploadError::TooLarge {
            max_bytes: MAX_REFERENCE_BYTES
        }
    );
    assert!(e.to_string().contains("20 MB"), "{e}");
}

#[test]
fn webp_and_rgba_uploads_are_accepted() {
    let rgba = RgbaImage::from_fn(30, 20, |x, _| {
        Rgba([200, 10, 10, if x < 15 { 0 } else { 255 }])
    });
    let bytes = encode(&DynamicImage::ImageRgba8(rgba), image::ImageFormat::Png);
    let prepared = prepare_reference(&bytes).unwrap();
    let decoded = image::load_from_memory(&prepared.png).unwrap();
    assert_eq!(decoded.color(), image::ColorType::Rgba8);
    assert_eq!(decoded.get_pixel(0, 0)[3], 0);

    let webp = derivatives(&png(64, 64)).unwrap().preview.bytes;
    let prepared = prepare_reference(&webp).unwrap();
    assert_eq!((prepared.width, prepared.height), (64, 64));
}

#[test]
fn describe_reads_the_header() {
    let d = describe(&png(300, 200)).unwrap();
    assert_eq!(d.format, ImageFormat::Png);
    assert_eq!(d.mime, "image/png");
    assert_eq!((d.width, d.height), (300, 200));
    assert_eq!(d.bytes, png(300, 200).len() as u64);
    let d = describe(&jpeg_with_exif(33, 17, 1)).unwrap();
    assert_eq!((d.format, d.width, d.height), (ImageFormat::Jpeg, 33, 17));
}

#[test]
fn fitting_keeps_the_ratio_and_never_upscales() {
    assert_eq!(fitted_size(1024, 1024, 512), (512, 512));
    assert_eq!(fitted_size(2048, 1024, 1024), (1024, 512));
    assert_eq!(fitted_size(600, 1000, 512), (307, 512));
    assert_eq!(fitted_size(300, 200, 512), (300, 200));
    assert_eq!(fitted_size(40_000, 1, 1024), (1024, 1));
    assert_eq!(fitted_size(1, 40_000, 512), (1, 512));
}

#[test]
fn derivatives_are_webp_within_bounds_and_never_upscaled() {
    let cases = [
        ((2048, 1024), (1024, 512), (512, 256)),
        ((1024, 1024), (1024, 1024), (512, 512)),
        ((600, 1000), (600, 1000), (307, 512)),
        ((300, 200), (300, 200), (300, 200)),
    ];
    for ((w, h), preview, thumbnail) in cases {
        let d = derivatives(&png(w, h)).unwrap();
        for (made, size) in [(&d.preview, preview), (&d.thumbnail, thumbnail)] {
            assert_eq!((made.width, made.height), size, "{w}×{h}");
            assert_eq!(sniff(&made.bytes), Some(ImageFormat::WebP));
            let decoded = image::load_from_memory(&made.bytes).unwrap();
            assert_eq!(decoded.dimensions(), size);
        }
    }
    // Upright from the EXIF orientation, like the original is shown.
    let d = derivatives(&jpeg_with_exif(80, 40, 6)).unwrap();
    assert_eq!((d.preview.width, d.preview.height), (40, 80));
    // Transparency survives.
    let rgba = RgbaImage::from_fn(700, 700, |x, _| {
        Rgba([9, 9, 9, if x < 350 { 0 } else { 255 }])
    });
    let d = derivatives(&encode(
        &DynamicImage::ImageRgba8(rgba),
        image::ImageFormat::Png,
    ))
    .unwrap();
    let thumb = image::load_from_memory(&d.thumbnail.bytes).unwrap();
    assert!(thumb.color().has_alpha());
    assert_eq!(thumb.get_pixel(10, 10)[3], 0);
    assert_eq!(thumb.get_pixel(500, 10)[3], 255);
    assert_eq!(derivatives(b"hello"), Err(ImageError::UnsupportedType));
}

#[test]
fn each_purpose_refuses_from_the_header_what_is_over_its_caps() {
    // 6300² is 39.7 MP: a reference may have it, a support attachment or an avatar may not.
    let flood = png_bomb(6_300, 6_300);
    assert_eq!(
        check_upload(&flood, ImagePurpose::GenerationReference),
        Ok(Header {
            format: ImageFormat::Png,
            width: 6_300,
            height: 6_300
        })
    );
    for purpose in [ImagePurpose::SupportAttachment, ImagePurpose::Avatar] {
        let e = check_upload(&flood, purpose).unwrap_err();
        assert_eq!(
            e,
            UploadError::TooManyPixels {
                max: SMALL_MAX_PIXELS
            }
        );
        assert!(e.to_string().contains("12.5 megapixels"), "{e}");
        assert_eq!(decode_upload(&flood, purpose).unwrap_err(), e);
    }
    // Few pixels but a side too long for an avatar.
    assert_eq!(
        check_upload(&png_bomb(5_000, 500), ImagePurpose::Avatar),
        Err(UploadError::SideTooLong {
            max_side: AVATAR_MAX_SIDE,
            max: SMALL_MAX_PIXELS,
        })
    );
    assert!(check_upload(&png_bomb(5_000, 500), ImagePurpose::SupportAttachment).is_ok());
    // Bytes: 5 MB for the small purposes.
    let mut big = png(8, 8);
    big.resize(SMALL_MAX_BYTES + 1, 0);
    assert!(matches!(
        check_upload(&big, ImagePurpose::Avatar),
        Err(UploadError::TooLarge { .. })
    ));
    // A real image within the caps decodes upright for every purpose.
    let small = png(64, 48);
    for purpose in [
        ImagePurpose::GenerationReference,
        ImagePurpose::SupportAttachment,
        ImagePurpose::Avatar,
    ] {
        let img = decode_upload(&small, purpose).unwrap();
        assert_eq!((img.width(), img.height()), (64, 48));
    }
}
