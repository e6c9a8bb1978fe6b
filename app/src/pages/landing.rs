//! The landing page: what Obscura is, and the way in.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::routes;

const FEATURES: &[(&str, &str)] = &[
    (
        "Private by default",
        "Every image you make lands in a gallery only you can open. Nothing is public until you choose to share it, and shares can expire or be revoked in one click.",
    ),
    (
        "Your models, your rules",
        "Use the built-in offline renderer, an OpenAI-compatible service, or a Stable Diffusion server on your own GPU. The operator decides where prompts go, and the privacy policy says exactly that.",
    ),
    (
        "A policy that is true by construction",
        "The privacy policy is generated from the running configuration: every service that receives your data is named, with what it receives and how long it is kept.",
    ),
    (
        "Your rights, self-service",
        "Download everything you have ever made, restrict processing, or erase your account yourself, without writing to anyone and without waiting.",
    ),
];

const STEPS: &[(&str, &str)] = &[
    (
        "Describe",
        "Write a prompt, and drop in a reference image if you have one.",
    ),
    (
        "Generate",
        "Watch your job move from queued to done, with the cost shown before you start.",
    ),
    (
        "Keep or share",
        "Your gallery stays private; share a single image on a page that ends when you say.",
    ),
];

/// `/`
#[component]
pub fn Landing() -> impl IntoView {
    let trial = crate::site_info().trial_images > 0;
    view! {
        <Title text="" />
        <section class="relative overflow-hidden">
            <div class="hero-glow pointer-events-none absolute inset-0" aria-hidden="true"></div>
            <div class="relative mx-auto max-w-6xl px-4 pb-20 pt-20 sm:px-6 sm:pt-28">
                <p class="inline-flex items-center gap-2 rounded-full border border-line bg-surface/60 px-3 py-1 text-xs font-medium text-muted">
                    <span class="h-1.5 w-1.5 rounded-full bg-emerald-500" aria-hidden="true"></span>
                    "Self-hosted · open source · no trackers"
                </p>
                <h1 class="mt-6 max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-6xl">
                    "Make images with AI. "
                    <span class="text-gradient">"Keep them yours."</span>
                </h1>
                <p class="mt-6 max-w-2xl text-lg text-muted text-pretty">
                    "Obscura is an AI image studio that respects you: generate from a prompt or a reference picture, keep a private gallery, share only what you choose, and take your data with you whenever you like."
                </p>
                <div class="mt-10 flex flex-wrap gap-3">
                    <a href=routes::SIGNUP class="btn-primary btn-lg">"Create your free account"</a>
                    {trial.then(|| view! {
                        <a href=routes::TRY class="btn-secondary btn-lg">"Try it without an account"</a>
                    })}
                    <a href=routes::LOGIN class="btn-ghost btn-lg">"Sign in"</a>
                </div>
                <p class="mt-4 text-sm text-muted">
                    "New accounts start with free credits. No card needed. "
                    <a class="link" href=routes::PRIVACY>"Read what we do with your data"</a>
                    "."
                </p>
            </div>
        </section>

        <section aria-labelledby="features-title" class="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="features-title" class="text-2xl font-bold tracking-tight sm:text-3xl">
                "Built for people who read privacy policies"
            </h2>
            <ul class="mt-10 grid gap-6 sm:grid-cols-2">
                {FEATURES
                    .iter()
                    .map(|(title, body)| {
                        view! {
                            <li class="card">
                                <h3 class="text-lg font-semibold">{*title}</h3>
                                <p class="mt-2 text-muted">{*body}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>

        <section aria-labelledby="how-title" class="border-y border-line bg-surface/40">
            <div class="mx-auto max-w-6xl px-4 py-16 sm:px-6">
                <h2 id="how-title" class="text-2xl font-bold tracking-tight sm:text-3xl">"How it works"</h2>
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
                                        <h3 class="font-semibold">{*title}</h3>
                                        <p class="mt-1 text-muted">{*body}</p>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </div>
        </section>

        <section class="mx-auto max-w-6xl px-4 py-20 text-center sm:px-6">
            <h2 class="text-2xl font-bold tracking-tight sm:text-3xl">"Start creating in under a minute"</h2>
            <p class="mx-auto mt-4 max-w-xl text-muted">
                "Sign up with your email or Google. You can export or delete everything later, from your own settings."
            </p>
            <div class="mt-8 flex justify-center gap-3">
                <a href=routes::SIGNUP class="btn-primary btn-lg">"Get started"</a>
            </div>
        </section>
    }
}
