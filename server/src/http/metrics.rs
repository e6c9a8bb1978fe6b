//! `/metrics`: the Prometheus text of what [`crate::metrics`] counts, and the layer that counts
//! requests by route template. Nothing of this exists unless metrics are configured
//! (`OBSCURA_METRICS_ADDR` or `OBSCURA_METRICS_TOKEN`): then the recorder is installed once per
//! process and the router gets the counting layer.
//!
//! Two ways to scrape (see `docs/metrics.md`): a separate listener that serves only
//! `GET /metrics` to whoever reaches its address, and `GET /metrics` on the main address for
//! `Authorization: Bearer <OBSCURA_METRICS_TOKEN>` (401 otherwise; without a token configured it
//! is not routed at all, so it is the ordinary 404).

use std::{
    collections::BTreeSet,
    sync::{Mutex, OnceLock, PoisonError},
    time::{Duration, Instant},
};

use axum::{
    Router,
    extract::{MatchedPath, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use obscura_shared::routes;

use crate::http::WebState;

/// The content type of the Prometheus text format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// How often histograms are folded and idle series forgotten, whether or not anyone scrapes.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// This process's recorder, installed by the first server that has metrics on.
static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Queue-depth series set at an earlier scrape: reset to 0 when their jobs are gone.
static DEPTH_SEEN: Mutex<BTreeSet<(String, &'static str)>> = Mutex::new(BTreeSet::new());

/// Installs the process-wide recorder (once; later calls return the same handle) and starts
/// its upkeep thread. Until this is called every recording call is a no-op.
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(crate::metrics::DURATION_BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let handle = match builder.install_recorder() {
            Ok(handle) => handle,
            Err(e) => {
                // Another recorder owns the facade: serve an empty page rather than fail.
                tracing::warn!(error = %e, "could not install the metrics recorder");
                PrometheusBuilder::new().build_recorder().handle()
            }
        };
        crate::metrics::describe();
        let upkeep = handle.clone();
        if let Err(e) = std::thread::Builder::new()
            .name("metrics-upkeep".to_owned())
            .spawn(move || {
                loop {
                    std::thread::sleep(UPKEEP_EVERY);
                    upkeep.run_upkeep();
                }
            })
        {
            tracing::warn!(error = %e, "could not start the metrics upkeep thread");
        }
        handle
    })
}

/// Counts one request: by method, route template (`static` for a file answered by the fallback,
/// `unmatched` for a 404 there) and status class, with its duration. Added to the router only
/// when metrics are on; as a router layer it runs after routing, so the matched template is
/// known.
pub async fn track(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let res = next.run(req).await;
    let status = res.status().as_u16();
    let route = route.unwrap_or_else(|| {
        if res.status() == StatusCode::NOT_FOUND {
            "unmatched".to_owned()
        } else {
            "static".to_owned()
        }
    });
    crate::metrics::http_request(&method, route, status, started.elapsed());
    res
}

/// `GET /metrics` on the main address, when `OBSCURA_METRICS_TOKEN` is set (nothing otherwise).
pub fn routes(state: &WebState) -> Router<WebState> {
    if state.config.metrics.token.is_some() {
        Router::new().route(routes::METRICS, get(scrape_with_token))
    } else {
        Router::new()
    }
}

/// The separate listener's whole router (`OBSCURA_METRICS_ADDR`): `GET /metrics`, no token.
pub fn listener_router(state: WebState) -> Router {
    Router::new()
        .route(routes::METRICS, get(scrape))
        .with_state(state)
}

/// The metrics to `Authorization: Bearer <token>`; 401 with a bare `WWW-Authenticate: Bearer`
/// to anything else.
async fn scrape_with_token(State(state): State<WebState>, headers: HeaderMap) -> Response {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match presented {
        Some(token) if state.config.metrics.authorizes(token) => scrape(State(state)).await,
        _ => (
            StatusCode::UNAUTHORIZED,
            [
                (header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
        )
            .into_response(),
    }
}

/// The Prometheus text: the queue depth read now, then everything recorded.
async fn scrape(State(state): State<WebState>) -> Response {
    let Some(handle) = HANDLE.get() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match crate::jobs::depth(&state.db).await {
        Ok(depth) => {
            let now: BTreeSet<(String, &'static str)> =
                depth.iter().map(|d| (d.kind.clone(), d.state)).collect();
            let mut seen = DEPTH_SEEN.lock().unwrap_or_else(PoisonError::into_inner);
            for (kind, state) in seen.difference(&now) {
                crate::metrics::queue_depth(kind.clone(), state, 0);
            }
            for d in depth {
                crate::metrics::queue_depth(d.kind, d.state, d.jobs);
            }
            *seen = now;
        }
        Err(e) => tracing::warn!(error = %e, "could not read the queue depth for /metrics"),
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        handle.render(),
    )
        .into_response()
}
