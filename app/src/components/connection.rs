//! The offline / reconnecting banner.
//!
//! Rendered hidden on the server. The `enhance` wasm module shows it when the browser goes
//! offline or when a server-function call fails for network reasons (see
//! [`crate::rpc::report`], which dispatches [`NETWORK_ERROR_EVENT`]); it then polls `/readyz`
//! with backoff and hides the banner once the server answers. Its three messages come with it,
//! in the page's language, as `data-offline`, `data-reconnecting` and `data-restored`.

use leptos::prelude::*;
use obscura_shared::{account::Language, t, testids};

pub use obscura_shared::testids::NETWORK_ERROR_EVENT;

/// The connection banner.
#[component]
pub fn ConnectionBanner() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <div
            role="status"
            aria-live="polite"
            data-testid=testids::CONNECTION_BANNER
            data-state="up"
            data-offline=t!(lang, "connection-banner-offline")
            data-reconnecting=t!(lang, "connection-banner-reconnecting")
            data-restored=t!(lang, "connection-banner-restored")
            hidden
            class="connection-banner fixed inset-x-0 bottom-4 z-50 mx-auto w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded-full bg-ink px-4 py-2 text-sm font-medium text-canvas shadow-lg"
        ></div>
    }
}
