//! The frame of every page: skip link, header, main landmark, footer, connection banner.

use std::sync::Arc;

use leptos::prelude::*;
use obscura_shared::site::SiteInfo;

use super::{
    connection::ConnectionBanner,
    consent::{CookieBanner, consent},
    error_panel::ErrorPanel,
    footer::Footer,
    header::Header,
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
        {
            // Shown until a current choice exists (not on the settings page, which is the same form).
            let view = consent();
            (view.ask.is_some() && view.path != obscura_shared::routes::COOKIES)
                .then(|| view! { <CookieBanner view /> })
        }
        <div class="flex min-h-screen flex-col">
            <Header />
            {crate::account::viewer().filter(|v| !v.verified).map(|_| view! {
                <div class="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid=obscura_shared::testids::VERIFY_BANNER role="status">
                    <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
                        <p>"Please confirm your email address: open the link we sent you. Until then you can't buy credits or publish."</p>
                        <form method="post" action=obscura_shared::routes::RESEND_VERIFICATION>
                            <button type="submit" class="font-semibold underline underline-offset-4 focus-ring rounded">"Send the link again"</button>
                        </form>
                    </div>
                </div>
            })}
            <main id="main" tabindex="-1" class="flex-1 focus:outline-none">
                <ErrorBoundary fallback=|_errors| view! { <ErrorPanel /> }>{children()}</ErrorBoundary>
            </main>
            <Footer site />
        </div>
    }
}
