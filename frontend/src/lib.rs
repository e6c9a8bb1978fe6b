//! Obscura's browser code.
//!
//! - `enhance` (feature): progressive enhancement of the server-rendered chrome that every page
//!   has, written against `web-sys` without a framework so that public pages stay tiny.
//! - `islands` (feature): the Leptos islands bundle for pages that contain `#[island]`s.

#[cfg(all(feature = "enhance", target_arch = "wasm32"))]
mod enhance;

/// Called by Leptos' island loader once the islands module is instantiated.
#[cfg(all(feature = "islands", target_arch = "wasm32"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}

#[cfg(feature = "islands")]
pub use obscura_app as app;
