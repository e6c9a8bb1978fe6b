//! Properties of the multipart reader: the body, its boundary and every part's headers come
//! from the client.

use axum::{body::Body, extract::Request, http::header};
use proptest::prelude::*;

use super::{Form, read};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The form, or `None` when it is refused.
fn run(content_type: &str, body: Vec<u8>) -> Option<Form> {
    let mut req = Request::new(Body::from(body));
    if let Ok(v) = header::HeaderValue::from_str(content_type) {
        req.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    tokio::runtime::Builder::new_current_thread()
        .build()
        .ok()?
        .block_on(read(req, "file"))
        .ok()
}

/// Parts with arbitrary headers and contents between real or damaged boundaries.
fn junk_body(boundary: &str) -> impl Strategy<Value = Vec<u8>> {
    let b = boundary.to_owned();
    let part = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        (
            "[a-zA-Z\" =;:-]{0,30}",
            prop::collection::vec(any::<u8>(), 0..40)
        )
            .prop_map(|(disposition, data)| {
                let mut p =
                    format!("Content-Disposition: form-data; {disposition}\r\n\r\n").into_bytes();
                p.extend(data);
                p
            }),
    ];
    (prop::collection::vec(part, 0..5), any::<bool>()).prop_map(move |(parts, close)| {
        let mut body = Vec::new();
        for p in parts {
            body.extend(format!("--{b}\r\n").as_bytes());
            body.extend(p);
            body.extend(b"\r\n");
        }
        if close {
            body.extend(format!("--{b}--\r\n").as_bytes());
        }
        body
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn reading_is_total_on_arbitrary_bodies(
        content_type in prop_oneof![
            Just("multipart/form-data; boundary=XyZ".to_owned()),
            "multipart/form-data; boundary=[ -~]{0,20}",
            any::<String>(),
        ],
        body in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let _ = run(&content_type, body);
    }

    #[test]
    fn reading_is_total_on_damaged_parts(body in junk_body("XyZ")) {
        if let Some(form) = run("multipart/form-data; boundary=XyZ", body) {
            prop_assert!(form.fields.len() <= 32);
        }
    }

    /// A well-formed form is read back as sent: its text fields (at most 32 are kept) and its
    /// file, byte for byte (an empty file is no file). A text value's leading byte-order mark
    /// is dropped by the UTF-8 decoding (multer's `text()`), so values do not start with one.
    #[test]
    fn a_well_formed_form_round_trips(
        fields in prop::collection::vec(("[a-z_]{1,10}", "([^\r\n\u{feff}][^\r\n]{0,39})?"), 0..40),
        file in prop::option::of(prop::collection::vec(any::<u8>(), 0..2048)),
    ) {
        let fields: Vec<(String, String)> =
            fields.into_iter().filter(|(n, _)| n != "file").collect();
        let boundary = "obscura-proptest-7f3a9c1e5b";
        let mut body = Vec::new();
        for (name, value) in &fields {
            body.extend(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        if let Some(bytes) = &file {
            body.extend(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\n")
                    .as_bytes(),
            );
            body.extend(bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").as_bytes());
        let form = run(&format!("multipart/form-data; boundary={boundary}"), body);
        let Some(form) = form else {
            return Err(TestCaseError::fail("a well-formed form was refused"));
        };
        let kept: Vec<(String, String)> = fields.into_iter().take(32).collect();
        prop_assert_eq!(form.fields, kept);
        prop_assert_eq!(form.file.map(|b| b.to_vec()), file.filter(|f| !f.is_empty()));
    }
}
