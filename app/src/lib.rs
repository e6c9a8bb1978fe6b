//! The Obscura user interface.
//!
//! Pages are rendered on the server; only the interactive parts are `#[island]`s that hydrate in
//! the browser, which keeps public pages to a few kilobytes of wasm. Server-side behaviour is
//! reached through the ports declared in [`backend`] (server builds only).

#![recursion_limit = "256"]

pub mod account;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod components;
pub mod error;
pub mod format;
pub mod forms;
pub mod generation;
pub mod pages;
pub mod rpc;
mod shell;

pub use shell::{App, IslandScripts, SiteAssets, shell};

use obscura_shared::site::SiteInfo;

/// Public facts about this deployment, for components rendered on the server.
///
/// Islands never call this (it answers the defaults in the browser); they receive what they need
/// as props.
#[must_use]
pub fn site_info() -> std::sync::Arc<SiteInfo> {
    #[cfg(feature = "ssr")]
    {
        backend::ports().map(|p| p.site.info()).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        std::sync::Arc::default()
    }
}
