//! Reading a multipart form with one optional file (the generator's reference, a support
//! message's image), keeping the text fields read before a body that turned out too large.

use axum::extract::{FromRequest, Multipart, Request};
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

/// Reads the form whose file field is `file_field` (also written `file_field[]`; a later file
/// replaces an earlier one); on a body over the limit, `too_large` with the text fields read
/// before it (to show them again).
pub(super) async fn read(
    req: Request,
    file_field: &str,
    too_large: &'static str,
) -> Result<Form, (&'static str, Vec<(String, String)>)> {
    let mut multipart = Multipart::from_request(req, &())
        .await
        .map_err(|_| ("The form could not be read. Please try again.", Vec::new()))?;
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
                    let Ok(bytes) = field.bytes().await else {
                        return Err((too_large, form.fields));
                    };
                    if !bytes.is_empty() {
                        form.file = Some(bytes);
                    }
                } else if form.fields.len() < 32 {
                    let Ok(text) = field.text().await else {
                        return Err((too_large, form.fields));
                    };
                    form.fields.push((name, text));
                }
            }
            Ok(None) => return Ok(form),
            Err(_) => return Err((too_large, form.fields)),
        }
    }
}

#[cfg(test)]
mod proptests;
