//! `/terms`: the terms of service, with the operator's details from configuration, in the
//! reader's language.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{account::Language, routes, t};

use super::policy::{link, policy_date, rich, translation_notice};
use crate::site_info;

/// The terms of service page.
#[component]
pub fn Terms() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let site = site_info();
    let c = site.controller.clone();
    let min_age = site.min_age;
    let effective = site.policy.effective_date.clone();
    let law = c
        .governing_law
        .clone()
        .unwrap_or_else(|| t!(lang, "terms-law-default"));
    let element = |name: &str, inner: String| -> Option<AnyView> {
        match name {
            "privacy" => Some(link(routes::PRIVACY.to_owned(), inner)),
            "mail" => Some(link(format!("mailto:{inner}"), inner)),
            _ => None,
        }
    };
    view! {
        <Title text=t!(lang, "terms-title") />
        <article class="prose-page">
            {translation_notice(lang, &site, "terms-translation-notice", routes::TERMS)}
            <header>
                <p class="eyebrow">{t!(lang, "terms-title")}</p>
                <h1>{t!(lang, "terms-heading", operator = c.name_in(lang))}</h1>
                <p class="meta">
                    {rich(
                        &t!(lang, "terms-effective", date = policy_date(lang, &effective)),
                        |name, inner| {
                            (name == "date")
                                .then(|| view! { <time datetime=effective.clone()>{inner}</time> }.into_any())
                        },
                    )}
                </p>
            </header>

            <section aria-labelledby="t-service">
                <h2 id="t-service">{t!(lang, "terms-service-heading")}</h2>
                <p>{rich(&t!(lang, "terms-service", operator = c.name_in(lang)), element)}</p>
            </section>

            <section aria-labelledby="t-account">
                <h2 id="t-account">{t!(lang, "terms-account-heading")}</h2>
                <p>{t!(lang, "terms-account", age = u32::from(min_age))}</p>
            </section>

            <section aria-labelledby="t-content">
                <h2 id="t-content">{t!(lang, "terms-content-heading")}</h2>
                <p>{t!(lang, "terms-content")}</p>
                <p>{t!(lang, "terms-content-ai")}</p>
            </section>

            <section aria-labelledby="t-use">
                <h2 id="t-use">{t!(lang, "terms-use-heading")}</h2>
                <p>{t!(lang, "terms-use-lead")}</p>
                <ul class="list">
                    <li>{t!(lang, "terms-use-minors")}</li>
                    <li>{t!(lang, "terms-use-intimate")}</li>
                    <li>{t!(lang, "terms-use-harassment")}</li>
                    <li>{t!(lang, "terms-use-deception")}</li>
                    <li>{t!(lang, "terms-use-abuse")}</li>
                </ul>
                <p>{t!(lang, "terms-use-refused")}</p>
            </section>

            <section aria-labelledby="t-credits">
                <h2 id="t-credits">{t!(lang, "terms-credits-heading")}</h2>
                <p>{t!(lang, "terms-credits")}</p>
            </section>

            <section aria-labelledby="t-end">
                <h2 id="t-end">{t!(lang, "terms-end-heading")}</h2>
                <p>{t!(lang, "terms-end")}</p>
            </section>

            <section aria-labelledby="t-liability">
                <h2 id="t-liability">{t!(lang, "terms-liability-heading")}</h2>
                <p>{t!(lang, "terms-liability")}</p>
            </section>

            <section aria-labelledby="t-law">
                <h2 id="t-law">{t!(lang, "terms-law-heading")}</h2>
                <p>{t!(lang, "terms-law", law = law)}</p>
                <p>{rich(&t!(lang, "terms-questions", email = c.support_email.clone()), element)}</p>
            </section>
        </article>
    }
}
