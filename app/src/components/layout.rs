//! The frame of every page: skip link, header, main landmark, footer, connection banner.

use std::sync::Arc;

use leptos::prelude::*;
use obscura_shared::site::SiteInfo;

use super::{
    connection::ConnectionBanner, error_panel::ErrorPanel, footer::Footer, header::Header,
};

/// Wraps a page in the site frame.
#[component]
pub fn Layout(site: Arc<SiteInfo>, children: Children) -> impl IntoView {
    view! {
        <a
            href="#main"
            class="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-accent focus:px-4 focus:py-2 focus:text-on-accent"
        >
            "Skip to content"
        </a>
        <ConnectionBanner />
        <div class="flex min-h-screen flex-col">
            <Header />
            <main id="main" tabindex="-1" class="flex-1 focus:outline-none">
                <ErrorBoundary fallback=|_errors| view! { <ErrorPanel /> }>{children()}</ErrorBoundary>
            </main>
            <Footer site />
        </div>
    }
}
