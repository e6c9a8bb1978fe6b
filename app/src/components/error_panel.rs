//! The "something went wrong" state shown by error boundaries and the server's error page.

use leptos::prelude::*;
use obscura_shared::testids;

/// A friendly failure panel with a way forward. It never shows internal error text.
#[component]
pub fn ErrorPanel() -> impl IntoView {
    view! {
        <section
            class="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center"
            data-testid=testids::ERROR_PANEL
            aria-labelledby="error-title"
        >
            <p class="text-sm font-semibold uppercase tracking-widest text-accent">"Error"</p>
            <h1 id="error-title" class="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">
                "Something went wrong"
            </h1>
            <p class="mt-4 text-muted">
                "We couldn't finish showing this page. Nothing you saved was lost. Reloading usually fixes it; if it keeps happening, tell us through the support page."
            </p>
            <div class="mt-8 flex gap-3">
                <a href="" class="btn-primary">"Reload"</a>
                <a href="/support" class="btn-secondary">"Get help"</a>
            </div>
        </section>
    }
}
