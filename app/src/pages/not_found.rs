//! The 404 page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use obscura_shared::{account::Language, routes, t, testids};

/// Rendered for every unknown path, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "not-found-title") />
        <Meta name="robots" content="noindex" />
        <section class="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center">
            <p class="text-sm font-semibold uppercase tracking-widest text-accent">"404"</p>
            <h1 class="mt-3 text-3xl font-bold tracking-tight sm:text-4xl" data-testid=testids::NOT_FOUND>
                {t!(lang, "not-found-heading")}
            </h1>
            <p class="mt-4 text-muted">
                {t!(lang, "not-found-text")}
            </p>
            <div class="mt-8 flex gap-3">
                <a href=routes::HOME class="btn-primary">{t!(lang, "not-found-home")}</a>
                <a href=routes::SUPPORT class="btn-secondary">{t!(lang, "not-found-support")}</a>
            </div>
        </section>
    }
}
