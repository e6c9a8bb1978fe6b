//! Bounds on what strangers can make the server do, and the record of refused requests:
//! - the readiness result is shared and cached (see [`crate::health`]), so `/readyz` and the
//!   status island do not write to the object store on every call;
//! - `POST /consent` and `GET /auth/google` insert a row each: they are limited per client
//!   (an IPv6 client by its /64) and answer 429 with `Retry-After` past the limit;
//! - `/dev/outbox` shows every emailed sign-in link, so it is served only to a loopback client
//!   of a deployment whose public URL is itself loopback (404 otherwise);
//! - requests refused for want of access (401, 403, 404 of a matched route, a redirect to sign
//!   in) are logged as `denied` with the route pattern, the method, the account id if any and
//!   a reason — never the raw path's query, an address, an email or a token — at most a few
//!   lines a second, with a count of the lines left out;
//! - a server function's error answers the status of its code (404 for `NotFound`, 401 for
//!   `Unauthenticated`…) instead of Leptos' blanket 500, so that another person's id looks
//!   like any unknown one and monitoring sees only real failures as 5xx.

use std::{
    net::{IpAddr, SocketAddr},
    num::NonZeroU32,
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

use axum::{
    extract::{ConnectInfo, MatchedPath, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use obscura_shared::routes;
use uuid::Uuid;

use super::session::Current;
use crate::{
    accounts::{Client, client::rate_key},
    http::WebState,
    ratelimit::{Limiter, Quota as RateQuota, Store},
};

/// Cookie choices one client may record: a burst, then one every few seconds.
const CONSENT_BURST: u32 = 20;
const CONSENT_EVERY: Duration = Duration::from_secs(3);
/// Google sign-ins one client may start: a burst, then one every few seconds.
const GOOGLE_BURST: u32 = 10;
const GOOGLE_EVERY: Duration = Duration::from_secs(6);
/// `denied` log lines a second (a burst of [`DENIED_LINES_BURST`]).
const DENIED_LINES_PER_SECOND: u32 = 5;
const DENIED_LINES_BURST: u32 = 20;

/// What an anonymous request may write, limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// `POST /consent`.
    Consent,
    /// `GET /auth/google`.
    GoogleStart,
}

/// The guards: the anonymous writes' limiters (decided in the shared [`Store`] on PostgreSQL)
/// and this process's `denied` log.
pub struct Guards {
    /// The `denied` log.
    pub denied: DeniedLog,
    store: Store,
    consent: Limiter,
    google_start: Limiter,
}

impl Default for Guards {
    /// Guards deciding in this process's memory.
    fn default() -> Self {
        Self::new(Store::memory())
    }
}

impl Guards {
    /// Guards whose limits are decided in `store`.
    #[must_use]
    pub fn new(store: Store) -> Self {
        Self {
            denied: DeniedLog::default(),
            store,
            consent: Limiter::new("consent_ip", RateQuota::new(CONSENT_BURST, CONSENT_EVERY)),
            google_start: Limiter::new(
                "google_start_ip",
                RateQuota::new(GOOGLE_BURST, GOOGLE_EVERY),
            ),
        }
    }

    /// Takes one write of `kind` for the client; `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the client may write again.
    pub async fn check(&self, kind: Write, client: Option<IpAddr>) -> Result<(), Duration> {
        let limiter = match kind {
            Write::Consent => &self.consent,
            Write::GoogleStart => &self.google_start,
        };
        self.store
            .check(limiter, &rate_key(client))
            .await
            .map(|_| ())
    }

    /// Forgets this process's clients whose buckets are full again (bounds memory).
    pub fn forget_idle(&self) {
        self.consent.forget_idle();
        self.google_start.forget_idle();
    }
}

/// A 429 with `Retry-After` and a message in `lang`, for a limited anonymous write.
#[must_use]
pub fn too_many(wait: Duration, lang: obscura_shared::account::Language) -> Response {
    let secs = wait.as_secs().max(1);
    super::errors::plain_failed(
        &obscura_shared::Failure::new(obscura_shared::ErrorCode::RateLimited)
            .with_message(
                obscura_shared::i18n::Message::new("error-too-many-requests").arg("seconds", secs),
            )
            .retry_after(secs),
        lang,
    )
}

/// The `denied` log: rate-limited lines and counters.
pub struct DeniedLog {
    lines: DefaultDirectRateLimiter,
    total: AtomicU64,
    suppressed: AtomicU64,
    left_out: AtomicU64,
}

impl Default for DeniedLog {
    fn default() -> Self {
        Self {
            lines: RateLimiter::direct(
                Quota::per_second(
                    NonZeroU32::new(DENIED_LINES_PER_SECOND).unwrap_or(NonZeroU32::MIN),
                )
                .allow_burst(NonZeroU32::new(DENIED_LINES_BURST).unwrap_or(NonZeroU32::MIN)),
            ),
            total: AtomicU64::new(0),
            suppressed: AtomicU64::new(0),
            left_out: AtomicU64::new(0),
        }
    }
}

impl DeniedLog {
    /// Records one refused request: `route` is the matched route pattern (ids in it are ok,
    /// queries never), `account` the signed-in account if any.
    pub fn record(&self, method: &Method, route: &str, account: Option<Uuid>, reason: &str) {
        self.total.fetch_add(1, Ordering::Relaxed);
        if self.lines.check().is_ok() {
            let suppressed = self.suppressed.swap(0, Ordering::Relaxed);
            let account = account.map_or_else(|| "-".to_owned(), |a| a.to_string());
            tracing::info!(
                event = "denied",
                method = %method,
                route,
                account,
                reason,
                suppressed,
                "denied"
            );
        } else {
            self.suppressed.fetch_add(1, Ordering::Relaxed);
            self.left_out.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Refused requests since start-up.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    /// Refused requests not logged (over the line limit) since start-up.
    #[must_use]
    pub fn left_out(&self) -> u64 {
        self.left_out.load(Ordering::Relaxed)
    }
}

/// The route pattern of a request: the router's matched path, else a placeholder (never the raw
/// path, which may carry a token).
#[must_use]
pub fn route_of(req: &Request) -> String {
    req.extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(unmatched)".to_owned(), |m| m.as_str().to_owned())
}

/// Records a refusal made before the handler (e.g. by the session layer).
pub fn deny(state: &WebState, req: &Request, account: Option<Uuid>, reason: &str) {
    state
        .guards
        .denied
        .record(req.method(), &route_of(req), account, reason);
}

/// Why a response refuses access, if it does.
fn reason_of(res: &Response) -> Option<&'static str> {
    match res.status() {
        StatusCode::UNAUTHORIZED => Some("unauthenticated"),
        StatusCode::FORBIDDEN => Some("forbidden"),
        StatusCode::NOT_FOUND => Some("not_found"),
        s if s.is_redirection() => res
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .filter(|l| {
                l.starts_with(routes::LOGIN)
                    && (l.contains("notice=sign-in-needed") || l.contains("notice=session-ended"))
            })
            .map(|_| "sign_in_needed"),
        _ => None,
    }
}

/// Whether a host is this machine.
fn loopback_host(host: Option<url::Host<&str>>) -> bool {
    match host {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Whether `/dev/outbox` may be shown for this request: a development deployment served at a
/// loopback address, asked by a loopback peer whose client (after trusted proxies) is loopback.
#[must_use]
pub fn outbox_allowed(state: &WebState, req: &Request) -> bool {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let client = req.extensions().get::<Client>().and_then(|c| c.ip);
    !state.config.is_production()
        && loopback_host(state.config.public_url.host())
        && peer.is_some_and(|ip| ip.is_loopback())
        && client.is_none_or(|ip| ip.is_loopback())
}

/// Runs inside the session layer: refuses `/dev/outbox` to anyone but this machine, and logs
/// the refusals handlers answer.
pub async fn observe(State(state): State<WebState>, req: Request, next: Next) -> Response {
    let account = req.extensions().get::<Current>().map(|c| c.user.id);
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    if req.uri().path() == routes::DEV_OUTBOX && !outbox_allowed(&state, &req) {
        deny(&state, &req, account, "outbox_not_local");
        let (parts, _) = req.into_parts();
        let mut res =
            super::render::page(&state, parts, "/_not-found", StatusCode::NOT_FOUND).await;
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return res;
    }
    let res = server_fn_status(next.run(req).await).await;
    if let (Some(route), Some(reason)) = (route, reason_of(&res)) {
        state.guards.denied.record(&method, &route, account, reason);
    }
    res
}

/// The header Leptos puts on a server function's error.
const SERVER_FN_ERROR: &str = "serverfnerror";

/// Gives a server function's error response the status of its error code.
async fn server_fn_status(res: Response) -> Response {
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !res.headers().contains_key(SERVER_FN_ERROR)
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, parts.headers).into_response();
    };
    if let Ok(e) = serde_json::from_slice::<obscura_app::error::AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(e.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denied_lines_are_limited_and_the_rest_counted() {
        let log = DeniedLog::default();
        for _ in 0..1000 {
            log.record(&Method::GET, "/gallery/{id}", None, "not_found");
        }
        assert_eq!(log.total(), 1000);
        let logged = 1000 - log.left_out();
        assert!(
            (u64::from(DENIED_LINES_BURST)..=u64::from(DENIED_LINES_BURST) + 10).contains(&logged),
            "{logged} lines"
        );
    }

    #[tokio::test]
    async fn anonymous_writes_are_limited_per_client_and_ipv6_by_its_64() {
        let g = Guards::default();
        let a: IpAddr = "2001:db8:1:2:aaaa::1"
            .parse()
            .unwrap_or(IpAddr::from([0; 4]));
        let b: IpAddr = "2001:db8:1:2:bbbb::2"
            .parse()
            .unwrap_or(IpAddr::from([0; 4]));
        for _ in 0..GOOGLE_BURST {
            assert!(g.check(Write::GoogleStart, Some(a)).await.is_ok());
        }
        // Another address of the same /64 shares the bucket.
        let wait = g.check(Write::GoogleStart, Some(b)).await;
        assert!(wait.is_err_and(|w| w > Duration::ZERO && w <= GOOGLE_EVERY));
        // Another client, and another kind of write, are not affected.
        assert!(
            g.check(Write::GoogleStart, Some(IpAddr::from([192, 0, 2, 1])))
                .await
                .is_ok()
        );
        assert!(g.check(Write::Consent, Some(a)).await.is_ok());
    }

    #[test]
    fn only_loopback_hosts_are_local() {
        let host = |s: &str| {
            url::Url::parse(s)
                .map(|u| loopback_host(u.host()))
                .unwrap_or(false)
        };
        assert!(host("http://localhost:3000"));
        assert!(host("http://127.0.0.1:3000"));
        assert!(host("http://[::1]:3000"));
        assert!(!host("https://obscura.example"));
        assert!(!host("http://192.168.1.20:3000"));
    }
}
