//! Public pages kept as bytes. `/share/{id}` is what strangers open, sometimes by the thousand in
//! a few minutes, and like the landing page, the policy, the terms and the prices it is the same
//! page for every visitor who brings no cookie and no privacy signal. The first such view renders
//! it through the whole stack (with no nonce: the page's policy lists the SHA-256 of each inline
//! script it contains, so the bytes can be sent again); the next views within [`TTL`] get those
//! bytes, compressed once, with an `ETag`, before any page machinery runs. Past [`TTL`] one
//! request renders the page again while the others still get the kept one.
//!
//! Nothing a share page promises changes: the same headers (replayed from the render), no
//! cookie, every view counted, and a share that is revoked, expires, loses its image or whose
//! owner asks for erasure stops being served at once: every such change clears the live-share
//! cache, whose revision each kept share page records
//! ([`obscura_server::sharing::LiveCache::revision`]), and a share page is served only while its
//! share's end has not passed. Share pages are kept only while the live-share cache works:
//! always with SQLite (one process serves everything), and with PostgreSQL while this process
//! hears the other processes' share changes ([`obscura_server::changes::listen`]). Visitors with cookies (signed in, a consent choice)
//! and every other request take the ordinary path.

use std::{
    collections::HashMap,
    io::Write as _,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use bytes::Bytes;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::http::WebState;

/// How long a rendered page is served before it is rendered again (the live-share cache's own
/// trust period: a change of the owner's display name shows within it).
const TTL: Duration = Duration::from_secs(5);
/// How long past [`TTL`] a page may still be sent while one request renders it again.
const STALE_LIMIT: Duration = Duration::from_secs(20);
/// Pages kept at most (the cache empties itself beyond that).
const CAPACITY: usize = 2_000;
/// The largest page kept.
const MAX_PAGE: usize = 256 * 1024;

/// Marks a request whose page is rendered to be kept: no nonce, the hash-based policy.
#[derive(Debug, Clone, Copy)]
pub struct RenderForCache;

/// A rendered share page.
#[derive(Debug)]
struct Page {
    headers: HeaderMap,
    identity: Bytes,
    br: Option<Bytes>,
    gzip: Option<Bytes>,
    etag: HeaderValue,
    made: Instant,
    /// Whether a request is rendering it again.
    refreshing: AtomicBool,
    revision: u64,
    ends: Option<DateTime<Utc>>,
}

/// The rendered pages of this process, by share id.
#[derive(Debug, Default)]
pub struct KeptPages {
    pages: Mutex<HashMap<String, Arc<Page>>>,
}

impl KeptPages {
    fn get(&self, id: &str) -> Option<Arc<Page>> {
        self.pages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(id)
            .cloned()
    }

    fn put(&self, id: &str, page: Page) -> Arc<Page> {
        let page = Arc::new(page);
        let mut pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner);
        if pages.len() >= CAPACITY {
            pages.clear();
        }
        pages.insert(id.to_owned(), page.clone());
        page
    }

    fn forget(&self, id: &str) {
        self.pages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(id);
    }
}

/// What a kept page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kept<'a> {
    /// `/share/{id}`: counted, and stale as soon as any share changes.
    Share(&'a str),
    /// A public page that is the same for every visitor without cookies (landing, policy,
    /// terms, pricing): stale after [`TTL`].
    Fixed,
}

/// The public pages kept as bytes besides share pages.
const FIXED: [&str; 4] = [
    obscura_shared::routes::HOME,
    obscura_shared::routes::PRIVACY,
    obscura_shared::routes::TERMS,
    obscura_shared::routes::PRICING,
];

/// What a request is for, if it is one a stranger would make for a kept page: GET or HEAD, no
/// cookie, no privacy signal, no range, no query but `?lang=`, of a share page (a well-formed
/// id) or one of [`FIXED`]. Kept once per language (`?lang=`, else `Accept-Language`).
fn cacheable(req: &Request) -> Option<Kept<'_>> {
    if !(req.method() == Method::GET || req.method() == Method::HEAD)
        || req.headers().contains_key(header::COOKIE)
        || req.headers().contains_key(header::RANGE)
        // The consent banner answers a privacy signal (and says so).
        || req.headers().contains_key("sec-gpc")
        || req.headers().contains_key("dnt")
        // No query but a language's (`?lang=de`, which `hreflang` links to; never the
        // pseudo-locale's).
        || req
            .uri()
            .query()
            .is_some_and(|q| obscura_shared::i18n::from_query(q, false).is_none() || q.contains('&'))
    {
        return None;
    }
    let path = req.uri().path();
    if FIXED.contains(&path) {
        return Some(Kept::Fixed);
    }
    let id = path
        .strip_prefix(obscura_shared::routes::SHARE)?
        .strip_prefix('/')?;
    crate::sharing::looks_like_id(id).then_some(Kept::Share(id))
}

/// The middleware (outside sessions, consent, the nonce and compression; inside the request id).
pub async fn serve(State(state): State<WebState>, req: Request, next: Next) -> Response {
    let kind = match cacheable(&req) {
        // Share pages only where every change to a share is seen by this process.
        Some(Kept::Share(_)) if !state.share_cache.is_enabled() => None,
        other => other,
    };
    let Some(kind) = kind else {
        return next.run(req).await;
    };
    // The page in the language this stranger's browser asks for: kept once per language.
    let lang = req
        .uri()
        .query()
        .and_then(|q| obscura_shared::i18n::from_query(q, false))
        .or_else(|| super::lang::from_headers(req.headers()))
        .unwrap_or_default();
    let key = format!("{}{}", lang.code(), req.uri().path());
    let share = match kind {
        Kept::Share(id) => Some(id.to_owned()),
        Kept::Fixed => None,
    };
    let now = state.clock.now();
    let revision = state.share_cache.revision();
    if let Some(page) = state.kept_pages.get(&key) {
        if (share.is_none() || page.revision == revision) && page.ends.is_none_or(|end| end > now) {
            let age = page.made.elapsed();
            // Past its time one request renders it again while the others still get it (a
            // crowd must not render it 64 times at once); nothing changed that a share page
            // must stop showing at once, or the revision would differ.
            if age < TTL || (age < STALE_LIMIT && page.refreshing.swap(true, Ordering::AcqRel)) {
                if let Some(id) = &share {
                    state.share_views.count(id, now);
                }
                return answer(&page, &req);
            }
        } else {
            state.kept_pages.forget(&key);
        }
    }
    if req.method() == Method::HEAD {
        return next.run(req).await;
    }
    // Rendered once, as for a visitor who takes no compression and has no validator; the answer
    // to this visitor is then made from the kept bytes like every later one.
    let (parts, body) = req.into_parts();
    let mut render = Request::from_parts(parts.clone(), body);
    render.headers_mut().remove(header::ACCEPT_ENCODING);
    render.headers_mut().remove(header::IF_NONE_MATCH);
    render.headers_mut().remove(header::IF_MODIFIED_SINCE);
    render.extensions_mut().insert(RenderForCache);
    let res = next.run(render).await;
    let keep = res.status() == StatusCode::OK
        && !res.headers().contains_key(header::SET_COOKIE)
        && !res.headers().contains_key(header::CONTENT_ENCODING);
    let (mut res_parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE).await else {
        // No such page (nor the 404 page) comes near this size.
        tracing::error!("a public page was too large to keep");
        return super::errors::error_response(
            &state.assets.stylesheet,
            super::errors::language(&parts),
        );
    };
    // The policy allows exactly the inline scripts of these bytes, by hash.
    let csp = policy(&state.config, &inline_scripts(&bytes)).or_else(|| {
        state
            .static_headers
            .get(header::CONTENT_SECURITY_POLICY)
            .cloned()
    });
    if let Some(csp) = csp {
        res_parts
            .headers
            .insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    // A share as the render read it (the live-share cache holds it now), for its end.
    let ends = match &share {
        Some(id) => match state.share_cache.get(id, now) {
            Some(live) => live.expires_at,
            None => {
                state.kept_pages.forget(&key);
                return Response::from_parts(res_parts, Body::from(bytes));
            }
        },
        None => None,
    };
    if !keep {
        state.kept_pages.forget(&key);
        return Response::from_parts(res_parts, Body::from(bytes));
    }
    let page = state
        .kept_pages
        .put(&key, Page::new(res_parts.headers, bytes, revision, ends));
    let req = Request::from_parts(parts, Body::empty());
    answer(&page, &req)
}

impl Page {
    fn new(
        mut headers: HeaderMap,
        identity: Bytes,
        revision: u64,
        ends: Option<DateTime<Utc>>,
    ) -> Self {
        for name in [
            header::CONTENT_LENGTH,
            header::CONTENT_ENCODING,
            header::VARY,
            header::ETAG,
            header::TRANSFER_ENCODING,
            header::HeaderName::from_static(super::REQUEST_ID),
        ] {
            headers.remove(name);
        }
        let etag = HeaderValue::from_str(&format!(
            "\"{}\"",
            hex::encode(&Sha256::digest(&identity)[..12])
        ))
        .unwrap_or_else(|_| HeaderValue::from_static("\"0\""));
        Self {
            br: brotli(&identity),
            gzip: gzip(&identity),
            headers,
            identity,
            etag,
            made: Instant::now(),
            refreshing: AtomicBool::new(false),
            revision,
            ends,
        }
    }
}

fn brotli(bytes: &[u8]) -> Option<Bytes> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    {
        let mut w = ::brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        w.write_all(bytes).ok()?;
    }
    Some(Bytes::from(out))
}

fn gzip(bytes: &[u8]) -> Option<Bytes> {
    let mut w = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    w.write_all(bytes).ok()?;
    w.finish().ok().map(Bytes::from)
}

fn answer(page: &Page, req: &Request) -> Response {
    let fresh = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| {
            let ours = page.etag.to_str().unwrap_or_default();
            tags.split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == "*" || t == ours)
        });
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let accept = req
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let (body, coding) = match (&page.br, &page.gzip) {
            (Some(br), _) if super::static_memory::accepts(accept, "br") => {
                (br.clone(), Some("br"))
            }
            (_, Some(gz)) if super::static_memory::accepts(accept, "gzip") => {
                (gz.clone(), Some("gzip"))
            }
            _ => (page.identity.clone(), None),
        };
        let len = body.len();
        let mut res = Response::new(if req.method() == Method::HEAD {
            Body::empty()
        } else {
            Body::from(body)
        });
        let h = res.headers_mut();
        h.clone_from(&page.headers);
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
        if let Some(coding) = coding {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        res
    };
    let h = res.headers_mut();
    if fresh {
        for (name, value) in &page.headers {
            if name != header::CONTENT_TYPE {
                h.insert(name.clone(), value.clone());
            }
        }
    }
    h.insert(header::ETAG, page.etag.clone());
    // Kept once per encoding and per language `Accept-Language` chooses.
    h.insert(
        header::VARY,
        HeaderValue::from_static("accept-encoding, accept-language"),
    );
    res
}

/// The text of each inline script of a page rendered by Leptos, as sent (what a browser hashes).
/// Leptos escapes `<` in every attribute value and text, so `<script` only starts a script.
fn inline_scripts(html: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = find(rest, b"<script") {
        rest = &rest[at + b"<script".len()..];
        let Some(end_of_tag) = find(rest, b">") else {
            break;
        };
        let attrs = &rest[..end_of_tag];
        rest = &rest[end_of_tag + 1..];
        let Some(close) = find(rest, b"</script>") else {
            break;
        };
        if find(attrs, b"src=").is_none() {
            out.push(&rest[..close]);
        }
        rest = &rest[close..];
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The site's policy with `scripts` (inline script texts) allowed by their SHA-256 instead of a
/// nonce.
#[must_use]
fn policy<S: AsRef<[u8]>>(config: &crate::config::Config, scripts: &[S]) -> Option<HeaderValue> {
    let hashes: Vec<String> = scripts
        .iter()
        .map(|s| {
            use base64::Engine as _;
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_ref()))
            )
        })
        .collect();
    HeaderValue::from_str(&super::security::content_security_policy_with(
        &hashes.join(" "),
        config.public_url.scheme() == "https",
        &super::security::form_targets(config),
        None,
    ))
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cookieless_reads_of_a_share_page_are_kept() {
        let id = crate::sharing::new_id();
        let make = |method: Method, path: String, cookie: bool| {
            let mut b = Request::builder().method(method).uri(path);
            if cookie {
                b = b.header(header::COOKIE, "obscura_consent=x");
            }
            b.body(Body::empty()).unwrap()
        };
        let path = format!("/share/{id}");
        let share = Some(Kept::Share(id.as_str()));
        assert_eq!(cacheable(&make(Method::GET, path.clone(), false)), share);
        assert_eq!(cacheable(&make(Method::HEAD, path.clone(), false)), share);
        assert_eq!(
            cacheable(&make(Method::GET, "/privacy".into(), false)),
            Some(Kept::Fixed)
        );
        assert_eq!(cacheable(&make(Method::GET, "/privacy".into(), true)), None);
        assert_eq!(
            cacheable(&make(Method::GET, "/privacy?v=1".into(), false)),
            None
        );
        assert_eq!(
            cacheable(&make(Method::GET, "/settings".into(), false)),
            None
        );
        assert_eq!(cacheable(&make(Method::GET, path.clone(), true)), None);
        assert_eq!(cacheable(&make(Method::POST, path.clone(), false)), None);
        assert_eq!(
            cacheable(&make(Method::GET, format!("{path}/image"), false)),
            None
        );
        assert_eq!(
            cacheable(&make(Method::GET, format!("{path}?x=1"), false)),
            None
        );
        assert_eq!(
            cacheable(&make(Method::GET, "/share/short".into(), false)),
            None
        );
    }

    #[test]
    fn inline_scripts_are_found_as_sent() {
        let html = br#"<head><script nonce="x">a&&b</script><script type="module" src="/m.js"></script></head><body><p title="&lt;script">t</p><script>__R=[];</script></body>"#;
        assert_eq!(
            inline_scripts(html),
            vec![b"a&&b".as_slice(), b"__R=[];".as_slice()]
        );
    }

    #[test]
    fn kept_pages_carry_compressed_twins_and_a_strong_etag() {
        let body = Bytes::from("<!DOCTYPE html><p>hello</p>".repeat(50));
        let page = Page::new(HeaderMap::new(), body.clone(), 0, None);
        let mut out = Vec::new();
        ::brotli::BrotliDecompress(&mut page.br.as_deref().unwrap(), &mut out).unwrap();
        assert_eq!(out, body);
        assert!(page.gzip.as_ref().unwrap().len() < body.len());
        assert!(page.etag.to_str().unwrap().starts_with('"'));
    }
}
