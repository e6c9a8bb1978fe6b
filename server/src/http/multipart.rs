//! Reading a multipart form with one optional file (the generator's reference, a support
//! message's image), keeping the text fields read before a body that turned out too large or
//! damaged.

use axum::{
    extract::{FromRequest, Multipart, Request, multipart::MultipartError},
    http::StatusCode,
};
use bytes::Bytes;

/// A multipart form: its text fields and the file, if one was chosen.
pub(super) struct Form {
    pub(super) fields: Vec<(String, String)>,
    pub(super) file: Option<Bytes>,
}

impl Form {
    pub(super) fn get(&self, name: &str) -> String {
        super::field(&self.fields, name)
    }
}

/// Why a form was not read, with the text fields read before the problem (to show them again).
#[derive(Debug)]
pub(super) enum Refused {
    /// Not a multipart form, or a damaged one.
    Unreadable(Vec<(String, String)>),
    /// The body went over the route's size limit.
    TooLarge(Vec<(String, String)>),
}

impl Refused {
    fn of(e: &MultipartError, fields: Vec<(String, String)>) -> Self {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::TooLarge(fields)
        } else {
            Self::Unreadable(fields)
        }
    }

    /// The text fields read before the problem.
    pub(super) fn into_fields(self) -> Vec<(String, String)> {
        match self {
            Self::Unreadable(fields) | Self::TooLarge(fields) => fields,
        }
    }
}

/// Reads the form whose file field is `file_field` (also written `file_field[]`; a later file
/// replaces an earlier one). The caller words the refusal for its readers.
pub(super) async fn read(req: Request, file_field: &str) -> Result<Form, Refused> {
    let mut multipart = Multipart::from_request(req, &())
        .await
        .map_err(|_| Refused::Unreadable(Vec::new()))?;
    let mut form = Form {
        fields: Vec::new(),
        file: None,
    };
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                // `image[]` is how OpenAI's clients name one file of a list: the same field.
                if name == file_field || name.strip_suffix("[]") == Some(file_field) {
                    let bytes = match field.bytes().await {
                        Ok(bytes) => bytes,
                        Err(e) => return Err(Refused::of(&e, form.fields)),
                    };
                    if !bytes.is_empty() {
                        form.file = Some(bytes);
                    }
                } else if form.fields.len() < 32 {
                    let text = match field.text().await {
                        Ok(text) => text,
                        Err(e) => return Err(Refused::of(&e, form.fields)),
                    };
                    form.fields.push((name, text));
                }
            }
            Ok(None) => return Ok(form),
            Err(e) => return Err(Refused::of(&e, form.fields)),
        }
    }
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use axum::{body::Body, http::header};

    use super::*;

    /// A form request whose body arrives in 64 KB chunks, one at a time, as from a network.
    fn request(body: Vec<u8>) -> Request {
        let chunks: Vec<Vec<u8>> = body.chunks(64 * 1024).map(<[u8]>::to_vec).collect();
        let stream = futures::stream::unfold(chunks.into_iter(), |mut rest| async move {
            tokio::task::yield_now().await;
            rest.next()
                .map(|chunk| (Ok::<_, std::io::Error>(chunk), rest))
        });
        let mut req = Request::new(Body::from_stream(stream));
        req.headers_mut().insert(
            header::CONTENT_TYPE,
            header::HeaderValue::from_static("multipart/form-data; boundary=XyZ"),
        );
        req
    }

    fn part(name: &str, value: &[u8]) -> Vec<u8> {
        let mut p = format!("--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n")
            .into_bytes();
        p.extend_from_slice(value);
        p.extend_from_slice(b"\r\n");
        p
    }

    #[tokio::test]
    async fn a_body_over_the_limit_is_too_large_and_keeps_the_fields_before_it() {
        // No limit layer here: the extractor's default limit (2 MB) applies.
        let mut body = part("prompt", b"a lighthouse");
        body.extend(part("file", &vec![7u8; 3 * 1024 * 1024]));
        body.extend_from_slice(b"--XyZ--\r\n");
        match read(request(body), "file").await {
            Err(Refused::TooLarge(fields)) => {
                assert_eq!(
                    fields,
                    vec![("prompt".to_owned(), "a lighthouse".to_owned())]
                );
            }
            Err(other) => panic!("expected too large, got {other:?}"),
            Ok(_) => panic!("a body over the limit was read"),
        }
    }

    #[tokio::test]
    async fn a_damaged_or_foreign_body_is_unreadable() {
        let mut damaged = part("prompt", b"a lighthouse");
        damaged.extend_from_slice(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end",
        );
        assert!(matches!(
            read(request(damaged), "file").await,
            Err(Refused::Unreadable(_))
        ));
        let json = Request::new(Body::from("{}"));
        assert!(matches!(
            read(json, "file").await,
            Err(Refused::Unreadable(fields)) if fields.is_empty()
        ));
    }
}
