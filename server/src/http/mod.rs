//! The Axum router: pages (Leptos SSR), server functions, health probes and static files,
//! wrapped in request ids, tracing and security headers.

pub mod accounts;
pub mod admin_people;
pub mod admin_settings;
pub mod api;
pub mod api_keys;
pub mod assets;
pub mod avatar;
pub mod billing;
pub mod consent;
pub mod create;
pub mod csrf;
pub mod errors;
pub mod files;
mod forms;
pub mod gallery;
pub mod guard;
pub mod health;
pub mod kept_pages;
pub mod lang;
pub mod metrics;
mod multipart;
pub mod pages;
pub mod privacy;
pub mod render;
pub mod reports;
pub mod security;
pub mod session;
pub mod social;
mod state;
pub mod static_memory;
pub mod support;
pub mod trial;
pub mod webhooks;

use axum::{Router, middleware, routing::get};
use obscura_shared::routes;
use tower_http::{
    CompressionLevel, LatencyUnit,
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::DefaultOnResponse,
    trace::TraceLayer,
};

use tower::util::option_layer;
use tracing::Level;

pub use state::{SiteAssets, Web, WebState};

/// The header carrying the request id, set on every request and echoed on every response.
pub const REQUEST_ID: &str = "x-request-id";

/// Builds the application router.
pub fn router(state: WebState) -> Router {
    let stylesheet = state.assets.stylesheet.clone();
    Router::new()
        .route(routes::HEALTHZ, get(health::healthz))
        .route(routes::READYZ, get(health::readyz))
        .merge(metrics::routes(&state))
        .merge(pages::routes(&state))
        .merge(api::router(&state))
        .merge(
            account_routes()
                .into_iter()
                .fold(Router::new(), |r, (path, handlers)| r.route(path, handlers)),
        )
        .merge(
            files::table()
                .into_iter()
                .chain(gallery::public_table())
                .chain(privacy::download_table())
                .chain(support::attachment_table())
                .chain(trial::file_table())
                .fold(Router::new(), |r, (path, handlers)| {
                    r.route(&path, handlers)
                }),
        )
        .merge(
            webhooks::table()
                .into_iter()
                .fold(Router::new(), |r, (path, handlers)| r.route(path, handlers)),
        )
        .fallback(assets::service(&state))
        .layer(middleware::from_fn_with_state(state.clone(), pages::whole))
        .layer(CatchPanicLayer::custom(move |panic| {
            errors::panic_response(&stylesheet, panic)
        }))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::observe,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), lang::resolve))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            consent::resolve,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::resolve,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            csrf::refuse_cross_site,
        ))
        // Pages and JSON are compressed on the fly; static files arrive precompressed (the
        // layer leaves responses that already have a Content-Encoding alone).
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(CompressionLevel::Precise(4)),
        )
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        // Share pages kept as bytes are answered here, before any page machinery.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            kept_pages::serve,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(telemetry_span)
                .on_request(())
                .on_response(
                    DefaultOnResponse::new()
                        .level(Level::INFO)
                        .latency_unit(LatencyUnit::Millis),
                ),
        )
        // Counting requests by route template, only when metrics are on.
        .layer(option_layer(
            state
                .config
                .metrics
                .enabled()
                .then(|| middleware::from_fn(metrics::track)),
        ))
        .with_state(state)
}

/// The whole HTTP service: request ids, then files held in memory and `/healthz` answered
/// before routing, then the router. A router clones its route's whole middleware stack for
/// every request it routes; a file needs none of it (bench/pages).
pub fn service(
    state: WebState,
) -> impl tower::Service<
    axum::extract::Request,
    Response = axum::response::Response,
    Error = std::convert::Infallible,
    Future: Send,
> + Clone
+ Send
+ Sync
+ 'static {
    let request_id = axum::http::HeaderName::from_static(REQUEST_ID);
    tower::ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(request_id.clone(), MakeRequestUuid))
        .layer(PropagateRequestIdLayer::new(request_id))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            static_memory::serve,
        ))
        .service(router(state))
}

/// The account routes (forms, links, Google, avatar), as a table so that tests can walk them.
#[must_use]
pub fn account_routes() -> Vec<(&'static str, axum::routing::MethodRouter<WebState>)> {
    let mut all = accounts::table();
    all.extend(avatar::table());
    all.extend(create::table());
    all.extend(gallery::table());
    all.extend(consent::table());
    all.extend(lang::table());
    all.extend(privacy::table());
    all.extend(support::table());
    all.extend(billing::table());
    all.extend(trial::table());
    all.extend(api_keys::table());
    all.extend(social::table());
    all.extend(reports::table());
    all.extend(admin_settings::table());
    all.extend(admin_people::table());
    all
}

/// Every route pattern the router serves (pages, server functions, probes and every table), for
/// the authorization matrix test: a route missing from it fails that test.
#[must_use]
pub fn route_inventory() -> Vec<String> {
    let mut all: Vec<String> = vec![
        routes::HEALTHZ.to_owned(),
        routes::READYZ.to_owned(),
        routes::METRICS.to_owned(),
    ];
    all.extend(pages::route_list().iter().map(|r| r.path().to_owned()));
    all.extend(leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_owned()));
    all.extend(account_paths().into_iter().map(str::to_owned));
    all.extend(api::paths().into_iter().map(str::to_owned));
    all.extend(
        files::table()
            .into_iter()
            .chain(gallery::public_table())
            .chain(privacy::download_table())
            .chain(support::attachment_table())
            .chain(trial::file_table())
            .map(|(path, _)| path),
    );
    all.extend(
        webhooks::table()
            .into_iter()
            .map(|(path, _)| path.to_owned()),
    );
    all.sort();
    all.dedup();
    all
}

/// Every account route's path, for tests that walk them (e.g. the cross-site refusal test).
#[must_use]
pub fn account_paths() -> Vec<&'static str> {
    account_routes().into_iter().map(|(path, _)| path).collect()
}

/// The first value of form field `name`, or empty.
fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// One span per request: method, path (never the query, which may carry tokens) and request id.
fn telemetry_span(req: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
}
