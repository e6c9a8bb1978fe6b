//! Submitting the generator form as a browser does.

use obscura_shared::routes;
use reqwest::{StatusCode, multipart::Form};
use uuid::Uuid;

use super::browser::{Browser, location};

/// A multipart form of text fields.
pub fn form(pairs: &[(&str, &str)]) -> Form {
    pairs.iter().fold(Form::new(), |f, (k, v)| {
        f.text((*k).to_owned(), (*v).to_owned())
    })
}

/// Submits the generator form; returns the response.
pub async fn submit(b: &mut Browser<'_>, form: Form) -> reqwest::Response {
    b.post_multipart(routes::CREATE, form).await
}

/// The generation id from a successful submission's redirect.
pub fn created_id(res: &reqwest::Response) -> Uuid {
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "submission accepted");
    let to = location(res);
    let id = to
        .split("remix=")
        .nth(1)
        .expect("redirect names the generation");
    Uuid::parse_str(id).unwrap()
}
