//! `WebState`: the router's state. It wraps the services' [`AppState`] (which it dereferences to,
//! so a handler that needs only the services extracts `State<AppState>`) and adds what only the
//! web layer needs: Leptos' rendering options, the built site's file names and the request
//! guards.

use std::{ops::Deref, path::PathBuf, sync::Arc};

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use crate::state::AppState;

/// The router's state: one pointer, copied by every middleware and handler of every request.
#[derive(Clone)]
pub struct WebState(Arc<Web>);

impl WebState {
    /// Wraps the web layer's state.
    #[must_use]
    pub fn new(web: Web) -> Self {
        Self(Arc::new(web))
    }
}

impl Deref for WebState {
    type Target = Web;

    fn deref(&self) -> &Web {
        &self.0
    }
}

/// What the router's state holds.
pub struct Web {
    /// The services.
    pub app: AppState,
    /// Built site assets.
    pub assets: Arc<SiteAssets>,
    /// Leptos' options (site root, output name).
    pub leptos: LeptosOptions,
    /// Limits on anonymous writes and the `denied` log.
    pub guards: Arc<super::guard::Guards>,
    /// The security headers of a static file (computed once).
    pub static_headers: Arc<axum::http::HeaderMap>,
    /// Share pages kept as bytes.
    pub kept_pages: super::kept_pages::KeptPages,
}

impl Deref for Web {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.app
    }
}

impl FromRef<WebState> for AppState {
    fn from_ref(state: &WebState) -> Self {
        state.app.clone()
    }
}

impl FromRef<WebState> for LeptosOptions {
    fn from_ref(state: &WebState) -> Self {
        state.leptos.clone()
    }
}

/// The built site: where it is and what its hashed files are called.
#[derive(Debug, Clone)]
pub struct SiteAssets {
    /// The directory served as the site root.
    pub root: PathBuf,
    /// The hashed stylesheet path.
    pub stylesheet: String,
    /// Base name of the `enhance` bundle (loaded by every page).
    pub enhance_name: String,
    /// Base name of the islands bundle (loaded by pages with islands).
    pub islands_name: String,
    /// The site's files, held in memory.
    pub files: super::static_memory::MemoryFiles,
}
