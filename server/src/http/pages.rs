//! Leptos: server-rendered pages and server functions, with the ports, the site facts and the
//! response's CSP nonce in context.

use axum::Router;
use leptos::prelude::*;
use std::sync::OnceLock;

use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use obscura_app::{App, SiteAssets as UiAssets, shell};

use super::security::CspNonce;
use crate::http::WebState;

/// The router's page routes, generated once per process.
///
/// Generating them runs the app with resource loading suppressed by a process-wide flag
/// (`leptos_server`'s `SuppressResourceLoad`): a page rendering at that moment, in another
/// server of the same process, would wait for its data forever. Generated once, before any
/// router exists, nothing can be rendering.
pub fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The Leptos routes (every page and every server function).
pub fn routes(state: &WebState) -> Router<crate::http::WebState> {
    let leptos_options = state.leptos.clone();
    Router::new().leptos_routes_with_context(state, route_list(), context(state), move || {
        shell(leptos_options.clone())
    })
}

/// The asset names the pages link to.
#[must_use]
pub fn ui_assets(assets: &crate::http::SiteAssets) -> UiAssets {
    UiAssets {
        stylesheet: assets.stylesheet.clone(),
        enhance_js: format!("/pkg/{}.js", assets.enhance_name),
        enhance_wasm: format!("/pkg/{}_bg.wasm", assets.enhance_name),
    }
}

/// What every render and server-function call gets in context.
pub fn context(state: &WebState) -> impl Fn() + Clone + Send + Sync + 'static + use<> {
    let ports = crate::ports::for_state(state);
    let assets = ui_assets(&state.assets);
    let trial_cookie = super::session::trial_cookie_name(state);
    move || {
        provide_context(ports.clone());
        provide_context(assets.clone());
        if let Some(parts) = use_context::<axum::http::request::Parts>() {
            // What `/try` needs to know its visitor (hashed by the trial service, never shown).
            if parts.uri.path() == obscura_shared::routes::TRY {
                provide_context(obscura_app::backend::TrialVisitor {
                    cookie: super::session::cookie_value(&parts.headers, &trial_cookie),
                    ip: parts
                        .extensions
                        .get::<crate::accounts::Client>()
                        .and_then(|c| c.ip),
                    user_agent: parts
                        .headers
                        .get(axum::http::header::USER_AGENT)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_owned(),
                });
            }
            if let Some(nonce) = parts.extensions.get::<CspNonce>() {
                provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
            } else if parts
                .extensions
                .get::<super::kept_pages::RenderForCache>()
                .is_some()
            {
                // A page kept as bytes carries no nonce (its policy lists its scripts' hashes):
                // take away the one Leptos provides for every render.
                let _ = leptos::prelude::take_context::<leptos::nonce::Nonce>();
            }
            // Who is signed in, and what a form handler wants its page to show.
            provide_context(
                parts
                    .extensions
                    .get::<obscura_shared::account::Language>()
                    .copied()
                    .unwrap_or_default(),
            );
            if let Some(viewer) = parts.extensions.get::<obscura_app::account::Viewer>() {
                provide_context(viewer.clone());
            }
            if let Some(consent) = parts
                .extensions
                .get::<obscura_shared::consent::ConsentView>()
            {
                provide_context(consent.clone());
            }
            if let Some(feedback) = parts.extensions.get::<obscura_app::forms::FormFeedback>() {
                provide_context(feedback.clone());
            }
            if let Some(landing) = parts.extensions.get::<obscura_app::forms::LinkLanding>() {
                provide_context(landing.clone());
            }
            if let Some(prompt) = parts.extensions.get::<obscura_app::forms::TwoStepPrompt>() {
                provide_context(prompt.clone());
            }
            if let Some(key) = parts.extensions.get::<obscura_app::forms::ApiKeyShown>() {
                provide_context(key.clone());
            }
            if let Some(secret) = parts
                .extensions
                .get::<obscura_app::forms::WebhookSecretShown>()
            {
                provide_context(secret.clone());
            }
            if let Some(codes) = parts
                .extensions
                .get::<obscura_app::forms::RecoveryCodesShown>()
            {
                provide_context(codes.clone());
            }
        }
    }
}

/// Renders the app for a path no route matched: the styled 404 page, with status 404.
pub fn not_found_handler(
    state: &WebState,
) -> impl Fn(
    axum::http::Request<axum::body::Body>,
) -> std::pin::Pin<Box<dyn Future<Output = axum::response::Response> + Send>>
+ Clone
+ Send
+ Sync
+ 'static
+ use<> {
    let leptos_options = state.leptos.clone();
    let state = state.clone();
    let context = context(&state);
    leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(state.clone());
            context();
        },
        move || shell(leptos_options.clone()),
    )
}

/// The largest page the server renders in full before sending it (far above any real page).
const PAGE_LIMIT: usize = 16 * 1024 * 1024;

/// Renders an HTML page to its end before the first byte is sent.
///
/// Leptos streams a page while it renders, and a `<Suspense>` re-checks its children from an
/// effect on another task. When a browser went away mid-stream, that effect could run after the
/// page's reactive values were dropped, and panic. Rendered here, inside the handler, a page is
/// whole (and its reactive owner finished) before the browser can go; a panic while rendering
/// reaches the panic layer, which answers 500. Pages wait for their data anyway, so the first
/// byte comes no later. A page read not ready within [`RENDER_LIMIT`] is answered with the error
/// page rather than left hanging.
pub async fn whole(
    axum::extract::State(state): axum::extract::State<WebState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    // Form posts may carry uploads over slow links: only reads are held to the limit.
    let bounded = matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    );
    let lang = req
        .extensions()
        .get::<obscura_shared::account::Language>()
        .copied()
        .unwrap_or_default();
    let render = async {
        let res = next.run(req).await;
        whole_body(&state, res, lang).await
    };
    if !bounded {
        return render.await;
    }
    if let Ok(res) = tokio::time::timeout(RENDER_LIMIT, render).await {
        res
    } else {
        tracing::error!(
            limit_secs = RENDER_LIMIT.as_secs(),
            "a response was not ready in time"
        );
        super::errors::error_response(&state.assets.stylesheet, lang)
    }
}

/// The longest a page read (GET or HEAD) may take before the browser gets the error page
/// instead of waiting for ever; slow work runs in jobs, so every page is far quicker.
const RENDER_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

async fn whole_body(
    state: &WebState,
    res: axum::response::Response,
    lang: obscura_shared::account::Language,
) -> axum::response::Response {
    let is_html = res
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return res;
    }
    let (parts, body) = res.into_parts();
    match axum::body::to_bytes(body, PAGE_LIMIT).await {
        Ok(bytes) => axum::response::Response::from_parts(parts, axum::body::Body::from(bytes)),
        Err(_) => {
            tracing::error!("a page could not be rendered to its end");
            super::errors::error_response(&state.assets.stylesheet, lang)
        }
    }
}
