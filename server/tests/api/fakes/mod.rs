//! Local doubles of the image providers' HTTP APIs (spec §1): axum routers on `127.0.0.1:0`
//! that answer in the documented wire format and record what they were sent.
//!
//! A fake is steered by markers in the prompt: `[[moderation]]`, `[[401]]`, `[[400]]`,
//! `[[429]]` (always), `[[429-once]]`, `[[429-long]]` (a `Retry-After` of an hour), `[[500]]`,
//! `[[500-once]]`, `[[slow]]` (longer than any test timeout), `[[garbage]]` (a 200 that is not
//! JSON), plus a few per provider (see each module).

pub mod comfyui;
pub mod openai;
pub mod replicate;
pub mod sdwebui;
pub mod stripe;
pub mod turnstile;

use std::{
    collections::HashMap,
    io::Cursor,
    sync::{Arc, Mutex},
};

use axum::{
    Router,
    body::Body,
    extract::{FromRequest, Multipart, Request},
    http::{HeaderMap, Method},
};

/// One request a fake received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: Method,
    pub path: String,
    pub headers: HeaderMap,
    /// The body, when it was JSON.
    pub json: Option<serde_json::Value>,
    /// Multipart text fields by name.
    pub texts: HashMap<String, String>,
    /// Multipart file fields: (field name, file name, content type, bytes).
    pub files: Vec<(String, String, String, Vec<u8>)>,
}

impl Recorded {
    /// The `Authorization` header, if any.
    pub fn auth(&self) -> Option<&str> {
        self.headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
    }

    /// The prompt, wherever this API puts it.
    pub fn prompt(&self) -> String {
        let json = self.json.as_ref();
        json.and_then(|j| j.get("prompt").or_else(|| j.pointer("/input/prompt")))
            .and_then(|p| p.as_str())
            .map(str::to_owned)
            .or_else(|| self.texts.get("prompt").cloned())
            .unwrap_or_default()
    }
}

/// What a fake has been sent, shared between the fake and the test.
#[derive(Debug, Clone, Default)]
pub struct Log(Arc<Mutex<Vec<Recorded>>>);

impl Log {
    pub fn all(&self) -> Vec<Recorded> {
        self.0.lock().unwrap().clone()
    }

    /// Requests to paths that start with `prefix`.
    pub fn to(&self, prefix: &str) -> Vec<Recorded> {
        self.all()
            .into_iter()
            .filter(|r| r.path.starts_with(prefix))
            .collect()
    }

    fn push(&self, r: Recorded) {
        self.0.lock().unwrap().push(r);
    }

    /// Records `req` and returns what was recorded.
    pub async fn record(&self, req: Request) -> Recorded {
        let (parts, body) = req.into_parts();
        let is_multipart = parts
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        let mut recorded = Recorded {
            method: parts.method.clone(),
            path: parts.uri.path().to_owned(),
            headers: parts.headers.clone(),
            json: None,
            texts: HashMap::new(),
            files: Vec::new(),
        };
        let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        if is_multipart {
            let req = Request::from_parts(parts, Body::from(bytes));
            let mut form = Multipart::from_request(req, &()).await.unwrap();
            while let Some(field) = form.next_field().await.unwrap() {
                let name = field.name().unwrap_or_default().to_owned();
                match field.file_name().map(str::to_owned) {
                    Some(file) => {
                        let ct = field.content_type().unwrap_or_default().to_owned();
                        let data = field.bytes().await.unwrap().to_vec();
                        recorded.files.push((name, file, ct, data));
                    }
                    None => {
                        let text = field.text().await.unwrap();
                        recorded.texts.insert(name, text);
                    }
                }
            }
        } else {
            recorded.json = serde_json::from_slice(&bytes).ok();
        }
        self.push(recorded.clone());
        recorded
    }
}

/// Serves `router` on a free local port; returns `http://127.0.0.1:PORT`.
pub async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router).await.unwrap();
    });
    format!("http://{address}")
}

/// A small, valid PNG of the given size.
pub fn tiny_png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 7) as u8, (y * 5) as u8, 128])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Whether `prompt` carries `[[marker]]`.
pub fn has(prompt: &str, marker: &str) -> bool {
    prompt.contains(&format!("[[{marker}]]"))
}

/// How long `[[slow]]` makes a fake wait (longer than any adapter timeout in the tests).
pub const SLOW: std::time::Duration = std::time::Duration::from_secs(3);

/// The same server under another origin (`localhost` instead of `127.0.0.1`), as a CDN would
/// be: adapters must not send their keys there.
pub fn other_origin(base: &str) -> String {
    base.replace("127.0.0.1", "localhost")
}
