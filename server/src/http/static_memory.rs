//! The site's files held in memory, each with its precompressed twins, an `ETag` and its
//! `Last-Modified`, and answered before the page machinery (sessions, consent, the per-response
//! CSP nonce, on-the-fly compression) runs: a file needs none of it. Loaded once at start-up;
//! files that appear later, and range requests, are still answered from disk by `assets`.

use std::{collections::HashMap, path::Path, sync::Arc};

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::http::WebState;

/// Files larger than this stay on disk.
const MAX_FILE: u64 = 16 * 1024 * 1024;
/// At most this much is held in memory in all.
const MAX_TOTAL: u64 = 128 * 1024 * 1024;

/// One file with its variants and validators.
#[derive(Debug)]
pub struct Asset {
    identity: Bytes,
    br: Option<Bytes>,
    gzip: Option<Bytes>,
    content_type: HeaderValue,
    cache_control: HeaderValue,
    etag: HeaderValue,
    last_modified: Option<HeaderValue>,
    modified: Option<std::time::SystemTime>,
}

/// The files, by request path.
#[derive(Debug, Clone, Default)]
pub struct MemoryFiles {
    files: Arc<HashMap<String, Asset>>,
}

impl MemoryFiles {
    /// Reads every servable file under `root` (not the build manifest, not the compressed
    /// twins themselves, which ride along with their file).
    #[must_use]
    pub fn load(root: &Path) -> Self {
        let mut files = HashMap::new();
        let mut total = 0u64;
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(meta) = entry.metadata() else {
                    continue;
                };
                if meta.is_dir() {
                    stack.push(path);
                    continue;
                }
                let Ok(rel) = path.strip_prefix(root) else {
                    continue;
                };
                let Some(rel) = rel.to_str() else {
                    continue;
                };
                let url = format!("/{}", rel.replace('\\', "/"));
                let last = url.rsplit('/').next().unwrap_or_default();
                if url == "/manifest.json"
                    || !last.contains('.')
                    || url.ends_with(".br")
                    || url.ends_with(".gz")
                    || meta.len() > MAX_FILE
                    || total + meta.len() > MAX_TOTAL
                {
                    continue;
                }
                let Ok(identity) = std::fs::read(&path) else {
                    continue;
                };
                let twin = |ext: &str| {
                    std::fs::read(format!("{}.{ext}", path.display()))
                        .ok()
                        .map(Bytes::from)
                };
                let (br, gzip) = (twin("br"), twin("gz"));
                total += identity.len() as u64
                    + br.as_ref().map_or(0, |b| b.len() as u64)
                    + gzip.as_ref().map_or(0, |b| b.len() as u64);
                let digest = Sha256::digest(&identity);
                let etag = format!("\"{}\"", hex::encode(&digest[..12]));
                let mime = mime_guess::from_path(&path).first_or_octet_stream();
                let modified = meta.modified().ok();
                files.insert(
                    url.clone(),
                    Asset {
                        identity: Bytes::from(identity),
                        br,
                        gzip,
                        content_type: HeaderValue::from_str(mime.as_ref())
                            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
                        cache_control: HeaderValue::from_static(super::assets::cache_control(&url)),
                        etag: HeaderValue::from_str(&etag)
                            .unwrap_or(HeaderValue::from_static("\"0\"")),
                        last_modified: modified
                            .and_then(|m| HeaderValue::from_str(&httpdate::fmt_http_date(m)).ok()),
                        modified,
                    },
                );
            }
        }
        Self {
            files: Arc::new(files),
        }
    }

    /// How many files are held.
    #[must_use]
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether none is.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Whether `accept` (an `Accept-Encoding` value) takes `coding` (a q of 0 refuses it).
pub(crate) fn accepts(accept: &str, coding: &str) -> bool {
    accept.split(',').any(|item| {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        if !name.eq_ignore_ascii_case(coding) {
            return false;
        }
        !parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        })
    })
}

fn not_modified(asset: &Asset, headers: &HeaderMap) -> bool {
    if let Some(tags) = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        let ours = asset.etag.to_str().unwrap_or_default();
        return tags
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == ours);
    }
    match (
        headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok()),
        asset.modified,
    ) {
        (Some(since), Some(modified)) => {
            // HTTP dates have whole seconds.
            modified
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(u64::MAX)
                <= since
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0)
        }
        _ => false,
    }
}

fn answer(asset: &Asset, req: &Request, security: &HeaderMap) -> Response {
    let mut res = if not_modified(asset, req.headers()) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let accept = req
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let (body, coding) = match (&asset.br, &asset.gzip) {
            (Some(br), _) if accepts(accept, "br") => (br.clone(), Some("br")),
            (_, Some(gz)) if accepts(accept, "gzip") => (gz.clone(), Some("gzip")),
            _ => (asset.identity.clone(), None),
        };
        let len = body.len();
        let body = if req.method() == Method::HEAD {
            Body::empty()
        } else {
            Body::from(body)
        };
        let mut res = Response::new(body);
        let h = res.headers_mut();
        h.insert(header::CONTENT_TYPE, asset.content_type.clone());
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
        if let Some(coding) = coding {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
        res
    };
    let h = res.headers_mut();
    h.insert(header::ETAG, asset.etag.clone());
    if let Some(lm) = &asset.last_modified {
        h.insert(header::LAST_MODIFIED, lm.clone());
    }
    h.insert(header::CACHE_CONTROL, asset.cache_control.clone());
    if asset.br.is_some() || asset.gzip.is_some() {
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    for (name, value) in security {
        h.insert(name.clone(), value.clone());
    }
    res
}

/// The middleware: a GET or HEAD of a file held in memory is answered here, with the site's
/// security headers; everything else goes on.
/// It runs before routing (see [`crate::http::service`]), so it counts its own answers when
/// metrics are on: `/healthz` under its route, files as `static`, as the router's layer would.
pub async fn serve(State(state): State<WebState>, req: Request, next: Next) -> Response {
    if req.method() == Method::GET || req.method() == Method::HEAD {
        let started = std::time::Instant::now();
        let (res, route) = if req.uri().path() == obscura_shared::routes::HEALTHZ {
            (
                healthz(&req, &state.static_headers),
                obscura_shared::routes::HEALTHZ,
            )
        } else if !req.headers().contains_key(header::RANGE)
            && let Some(asset) = state.assets.files.files.get(req.uri().path())
        {
            (answer(asset, &req, &state.static_headers), "static")
        } else {
            return next.run(req).await;
        };
        if state.config.metrics.enabled() {
            crate::metrics::http_request(
                req.method(),
                route.to_owned(),
                res.status().as_u16(),
                started.elapsed(),
            );
        }
        return res;
    }
    next.run(req).await
}

/// `GET /healthz`, answered here: the process is up (a load balancer asks often; it needs
/// nothing of the page machinery).
fn healthz(req: &Request, security: &HeaderMap) -> Response {
    static BODY: std::sync::LazyLock<Bytes> = std::sync::LazyLock::new(|| {
        Bytes::from(serde_json::to_vec(&crate::http::health::liveness()).unwrap_or_default())
    });
    let mut res = if req.method() == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(BODY.clone()))
    };
    let h = res.headers_mut();
    h.clone_from(security);
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(BODY.len()));
    res
}

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("br;q=0.5", "br"));
        assert!(!accepts("br;q=0, gzip", "br"));
        assert!(accepts("br;q=0, gzip", "gzip"));
        assert!(!accepts("identity", "gzip"));
        assert!(!accepts("", "br"));
    }
}
