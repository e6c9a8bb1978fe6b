//! `/terms`: the terms of service, with the operator's details from configuration.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::routes;

use crate::site_info;

/// The terms of service page.
#[component]
pub fn Terms() -> impl IntoView {
    let site = site_info();
    let c = site.controller.clone();
    let min_age = site.min_age;
    let effective = site.policy.effective_date.clone();
    let law = c
        .governing_law
        .clone()
        .unwrap_or_else(|| "the law of the country where the operator is established".to_string());
    view! {
        <Title text="Terms of service" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Terms of service"</p>
                <h1>"The agreement between you and " {c.name.clone()}</h1>
                <p class="meta">"Effective " <time datetime=effective.clone()>{effective.clone()}</time></p>
            </header>

            <section aria-labelledby="t-service">
                <h2 id="t-service">"1. The service"</h2>
                <p>
                    {c.name.clone()}
                    " operates this Obscura server. It lets you create images from text prompts and reference pictures, keep them in a private gallery, and share them when you decide to. Image generation runs on the models this server is configured to use, which are listed in the "
                    <a class="link" href=routes::PRIVACY>"privacy policy"</a>
                    "."
                </p>
            </section>

            <section aria-labelledby="t-account">
                <h2 id="t-account">"2. Your account"</h2>
                <p>
                    "You must be at least " {min_age}
                    " years old. Keep your password and API keys to yourself; you are responsible for what is done with them. You can close your account at any time from your settings, and everything in it is deleted."
                </p>
            </section>

            <section aria-labelledby="t-content">
                <h2 id="t-content">"3. Your prompts and images"</h2>
                <p>
                    "What you put in and what you get out remain yours, as far as the law allows. You allow the operator to store and process them only to run the service for you: to generate, store, show and, when you ask, share or export them. They are not used to train models and not shown to anyone unless you share them."
                </p>
                <p>
                    "AI output can resemble existing works or be inaccurate. Check that your use of an image is lawful before publishing it."
                </p>
            </section>

            <section aria-labelledby="t-use">
                <h2 id="t-use">"4. Acceptable use"</h2>
                <p>"Do not use Obscura to create or share:"</p>
                <ul class="list">
                    <li>"sexual content involving minors, in any form;"</li>
                    <li>"intimate or sexual images of real people without their consent;"</li>
                    <li>"content that harasses, threatens or incites violence against people or groups;"</li>
                    <li>"deceptive images of real people or events meant to mislead, or content that infringes others' rights;"</li>
                    <li>"malware, spam, or attempts to break, overload or get around the limits of the service."</li>
                </ul>
                <p>"Model providers may refuse prompts under their own policies; refused generations are not charged."</p>
            </section>

            <section aria-labelledby="t-credits">
                <h2 id="t-credits">"5. Credits"</h2>
                <p>
                    "Generations cost credits, shown before you start. Credits are charged only for finished images; failed or refused generations are refunded automatically."
                </p>
            </section>

            <section aria-labelledby="t-end">
                <h2 id="t-end">"6. Suspension and ending"</h2>
                <p>
                    "The operator may suspend an account that breaks these terms, and will tell you why unless the law forbids it. You can export your data before your account is closed."
                </p>
            </section>

            <section aria-labelledby="t-liability">
                <h2 id="t-liability">"7. Warranty and liability"</h2>
                <p>
                    "The service is provided as it is, without a promise of uninterrupted availability. Nothing in these terms limits liability that cannot be limited by law, including for intent and gross negligence, or your rights as a consumer."
                </p>
            </section>

            <section aria-labelledby="t-law">
                <h2 id="t-law">"8. Law and contact"</h2>
                <p>"These terms are governed by " {law} "."</p>
                <p>
                    "Questions: "
                    <a class="link" href=format!("mailto:{}", c.support_email)>{c.support_email.clone()}</a>
                    "."
                </p>
            </section>
        </article>
    }
}
