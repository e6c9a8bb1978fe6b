//! `/support`: how to get help.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::routes;

use crate::{
    IslandScripts, components::service_status::ServiceStatus, rpc::service_status, site_info,
};

/// The support page.
#[component]
pub fn Support() -> impl IntoView {
    let site = site_info();
    let support = site.controller.support_email.clone();
    let privacy = site.controller.email.clone();
    // Blocking: the page arrives with the status in it, readable without JavaScript.
    let status = Resource::new_blocking(|| (), |()| service_status());
    view! {
        <Title text="Support" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Support"</p>
                <h1>"We're here to help"</h1>
                <p class="lead">"Write to us and a person will answer, usually within two working days."</p>
            </header>
            <section aria-labelledby="s-status">
                <h2 id="s-status">"Service status"</h2>
                <div class="mt-4">
                    <Suspense fallback=|| view! { <p class="text-muted">"Checking…"</p> }>
                        {move || Suspend::new(async move {
                            status.await.ok().map(|initial| view! { <ServiceStatus initial /> })
                        })}
                    </Suspense>
                </div>
            </section>
            <section aria-labelledby="s-contact">
                <h2 id="s-contact">"Contact"</h2>
                <dl class="facts">
                    <dt>"Help with the service"</dt>
                    <dd><a class="link" href=format!("mailto:{support}")>{support.clone()}</a></dd>
                    <dt>"Privacy requests"</dt>
                    <dd><a class="link" href=format!("mailto:{privacy}")>{privacy.clone()}</a></dd>
                </dl>
            </section>
            <section aria-labelledby="s-tips">
                <h2 id="s-tips">"To get an answer faster"</h2>
                <ul class="list">
                    <li>"Write from the email address of your account."</li>
                    <li>"Say what you did, what you expected, and what happened instead."</li>
                    <li>"Never send your password or an API key: we will never ask for them."</li>
                </ul>
            </section>
            <section aria-labelledby="s-privacy">
                <h2 id="s-privacy">"Your data"</h2>
                <p>
                    "What we keep, why, and how to get a copy or erase it is explained in the "
                    <a class="link" href=routes::PRIVACY>"privacy policy"</a>
                    "."
                </p>
            </section>
        </article>
        <IslandScripts />
    }
}
