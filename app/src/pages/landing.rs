//! The landing page: what Obscura is, and the way in.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{account::Language, i18n::text, routes, t};

/// The features: title and text message ids.
const FEATURES: &[(&str, &str)] = &[
    ("landing-feature-private", "landing-feature-private-text"),
    ("landing-feature-models", "landing-feature-models-text"),
    ("landing-feature-policy", "landing-feature-policy-text"),
    ("landing-feature-rights", "landing-feature-rights-text"),
];

/// The steps: title and text message ids.
const STEPS: &[(&str, &str)] = &[
    ("landing-step-describe", "landing-step-describe-text"),
    ("landing-step-generate", "landing-step-generate-text"),
    ("landing-step-keep", "landing-step-keep-text"),
];

/// `/`
#[component]
pub fn Landing() -> impl IntoView {
    let trial = crate::site_info().trial_images > 0;
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text="" />
        <section class="relative overflow-hidden">
            <div class="hero-glow pointer-events-none absolute inset-0" aria-hidden="true"></div>
            <div class="relative mx-auto max-w-6xl px-4 pb-20 pt-20 sm:px-6 sm:pt-28">
                <p class="inline-flex items-center gap-2 rounded-full border border-line bg-surface/60 px-3 py-1 text-xs font-medium text-muted">
                    <span class="h-1.5 w-1.5 rounded-full bg-emerald-500" aria-hidden="true"></span>
                    {t!(lang, "landing-badge")}
                </p>
                <h1 class="mt-6 max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-6xl">
                    {t!(lang, "landing-title-start")} " "
                    <span class="text-gradient">{t!(lang, "landing-title-end")}</span>
                </h1>
                <p class="mt-6 max-w-2xl text-lg text-muted text-pretty">
                    {t!(lang, "landing-lead")}
                </p>
                <div class="mt-10 flex flex-wrap gap-3">
                    <a href=routes::SIGNUP class="btn-primary btn-lg">{t!(lang, "landing-signup")}</a>
                    {trial.then(|| view! {
                        <a href=routes::TRY class="btn-secondary btn-lg">{t!(lang, "landing-try")}</a>
                    })}
                    <a href=routes::LOGIN class="btn-ghost btn-lg">{t!(lang, "nav-sign-in")}</a>
                </div>
                <p class="mt-4 text-sm text-muted">
                    {t!(lang, "landing-credits")} " "
                    <a class="link" href=routes::PRIVACY>{t!(lang, "landing-privacy-link")}</a>
                    "."
                </p>
            </div>
        </section>

        <section aria-labelledby="features-title" class="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="features-title" class="text-2xl font-bold tracking-tight sm:text-3xl">
                {t!(lang, "landing-features-title")}
            </h2>
            <ul class="mt-10 grid gap-6 sm:grid-cols-2">
                {FEATURES
                    .iter()
                    .map(|(title, body)| {
                        view! {
                            <li class="card">
                                <h3 class="text-lg font-semibold">{text(lang, title, &[])}</h3>
                                <p class="mt-2 text-muted">{text(lang, body, &[])}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>

        <section aria-labelledby="how-title" class="border-y border-line bg-surface/40">
            <div class="mx-auto max-w-6xl px-4 py-16 sm:px-6">
                <h2 id="how-title" class="text-2xl font-bold tracking-tight sm:text-3xl">{t!(lang, "landing-how-title")}</h2>
                <ol class="mt-10 grid gap-6 md:grid-cols-3">
                    {STEPS
                        .iter()
                        .enumerate()
                        .map(|(i, (title, body))| {
                            view! {
                                <li class="flex gap-4">
                                    <span
                                        class="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-accent font-semibold text-on-accent"
                                        aria-hidden="true"
                                    >
                                        {i + 1}
                                    </span>
                                    <div>
                                        <h3 class="font-semibold">{text(lang, title, &[])}</h3>
                                        <p class="mt-1 text-muted">{text(lang, body, &[])}</p>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </div>
        </section>

        <section class="mx-auto max-w-6xl px-4 py-20 text-center sm:px-6">
            <h2 class="text-2xl font-bold tracking-tight sm:text-3xl">{t!(lang, "landing-start-title")}</h2>
            <p class="mx-auto mt-4 max-w-xl text-muted">
                {t!(lang, "landing-start-text")}
            </p>
            <div class="mt-8 flex justify-center gap-3">
                <a href=routes::SIGNUP class="btn-primary btn-lg">{t!(lang, "nav-get-started")}</a>
            </div>
        </section>
    }
}
