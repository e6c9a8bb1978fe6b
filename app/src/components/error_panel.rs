//! The "something went wrong" state shown by error boundaries and the server's error page.

use leptos::prelude::*;
use obscura_shared::{account::Language, t, testids};

/// A friendly failure panel with a way forward. It never shows internal error text.
#[component]
pub fn ErrorPanel() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <section
            class="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center"
            data-testid=testids::ERROR_PANEL
            aria-labelledby="error-title"
        >
            <p class="text-sm font-semibold uppercase tracking-widest text-accent">{t!(lang, "error-panel-label")}</p>
            <h1 id="error-title" class="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">
                {t!(lang, "error-panel-title")}
            </h1>
            <p class="mt-4 text-muted">
                {t!(lang, "error-panel-text")}
            </p>
            <div class="mt-8 flex gap-3">
                <a href="" class="btn-primary">{t!(lang, "error-panel-reload")}</a>
                <a href="/support" class="btn-secondary">{t!(lang, "error-panel-help")}</a>
            </div>
        </section>
    }
}
