//! Reference uploads through `POST /create`: the stored reference is a re-encoded PNG without
//! the upload's metadata (P-GEN-9); wrong types, bombs and oversized files are refused on the
//! reference field, keep what was typed, and cost nothing.

use std::io::Cursor;

use object_store::{ObjectStore as _, path::Path};
use obscura_server::{credits, db::entities::generation};
use obscura_shared::generation::fields;
use reqwest::{StatusCode, multipart::Part};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::browser::user_id;
use crate::helpers::browser::verified_user;
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, html, spawn_app_with, text_of};

const MARKER: &str = "OBSCURA-UPLOAD-GPS-48.8584N";

/// A real JPEG with an XMP packet (GPS position) and a comment, both carrying [`MARKER`].
fn jpeg_with_metadata() -> Vec<u8> {
    let img = image::RgbImage::from_fn(320, 240, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut plain = Cursor::new(Vec::new());
    img.write_to(&mut plain, image::ImageFormat::Jpeg).unwrap();
    let plain = plain.into_inner();
    let segment = |marker: u8, payload: &[u8]| {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(payload);
        s
    };
    let xmp = format!(
        "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>{MARKER}</exif:GPSLatitude></x:xmpmeta>"
    );
    let mut out = plain[..2].to_vec();
    out.extend(segment(0xE1, xmp.as_bytes()));
    out.extend(segment(0xFE, MARKER.as_bytes()));
    out.extend_from_slice(&plain[2..]);
    assert!(
        image::load_from_memory(&out).is_ok(),
        "the test file is a valid JPEG"
    );
    out
}

/// A PNG whose header claims 100,000 × 100,000 pixels (the data would never decode to that).
fn png_bomb() -> Vec<u8> {
    let mut out = crate::fakes::tiny_png(8, 8);
    // IHDR's type and data sit at bytes 12..29, its CRC at 29..33.
    out[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    out[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    let crc = crc32fast::hash(&out[12..29]);
    out[29..33].copy_from_slice(&crc.to_be_bytes());
    out
}

fn with_file(prompt: &str, name: &str, mime: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    form(&[(fields::PROMPT, prompt)]).part(
        fields::REFERENCE,
        Part::bytes(bytes)
            .file_name(name.to_owned())
            .mime_str(mime)
            .unwrap(),
    )
}

/// The message shown on the reference field, and whether the prompt was kept.
async fn refused(res: reqwest::Response, prompt: &str) -> (StatusCode, String, bool) {
    let status = res.status();
    let body = res.text().await.unwrap();
    let doc = html(&body);
    let message = text_of(&doc, &format!("#{}-error", field_id(fields::REFERENCE)));
    (status, message, body.contains(prompt))
}

fn field_id(field: &str) -> String {
    format!("c-{field}")
}

async fn nothing_charged(app: &TestApp, user: uuid::Uuid) {
    assert_eq!(credits::balance(&app.db, user).await.unwrap(), 20);
    assert_eq!(generation::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_uploaded_reference_is_stored_without_its_metadata() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let res = submit(
        &mut b,
        with_file("a map", "holiday.jpg", "image/jpeg", jpeg_with_metadata()),
    )
    .await;
    let id = created_id(&res);
    let row = finished(&app, id).await;
    assert_eq!(row.status, "succeeded");
    let key = row
        .reference_key
        .expect("the reference is kept with the generation");
    let stored = app
        .state
        .storage
        .store
        .get(&Path::from(key))
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    // promise: P-GEN-9 — re-encoded: a PNG, the same picture, none of the metadata.
    assert!(stored.starts_with(b"\x89PNG\r\n\x1a\n"));
    let decoded = image::load_from_memory(&stored).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (320, 240));
    assert!(
        !stored.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()),
        "no trace of the upload's metadata"
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_references_are_refused_on_their_field_and_cost_nothing() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;

    // A text file named like a PNG: judged by its bytes, not its name.
    let res = submit(
        &mut b,
        with_file(
            "prompt one kept",
            "photo.png",
            "image/png",
            b"just some text, not an image".to_vec(),
        ),
    )
    .await;
    let (status, message, kept) = refused(res, "prompt one kept").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(message.contains("PNG, JPEG or WebP"), "{message}");
    assert!(kept, "the prompt is shown again");

    // A decompression bomb: refused from its header.
    let res = submit(
        &mut b,
        with_file("prompt two kept", "bomb.png", "image/png", png_bomb()),
    )
    .await;
    let (status, message, kept) = refused(res, "prompt two kept").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(message.contains("megapixels"), "{message}");
    assert!(kept);

    // Over 20 MB: refused before it is read in full; the fields sent before it are kept.
    let mut big = crate::fakes::tiny_png(8, 8);
    big.resize(21 * 1024 * 1024, 0);
    let res = submit(
        &mut b,
        with_file("prompt three kept", "huge.png", "image/png", big),
    )
    .await;
    let (status, message, kept) = refused(res, "prompt three kept").await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(message.contains("20 MB"), "{message}");
    assert!(kept);

    nothing_charged(&app, user).await;
    app.stop().await.unwrap();
}
