//! `/privacy`: the privacy policy, rendered from the running configuration.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    routes,
    storage::{DECLARED, StorageKind},
};

use crate::site_info;

/// The privacy policy page.
#[component]
pub fn Privacy() -> impl IntoView {
    let site = site_info();
    let c = site.controller.clone();
    let categories = site.data_categories.clone();
    let processors = site.processors.clone();
    let min_age = site.min_age;
    let policy = site.policy.clone();
    let contact = c.email.clone();
    let https = site.public_url.starts_with("https:");
    let policy_notice_days = site.policy_notice_days;
    let erasure = match site.erasure_grace_days {
        0 => "Your account and every stored file are deleted at once.".to_owned(),
        days => format!(
            "Every session is signed out at once; the account and every stored file are deleted {days} days later, and the email we send you can cancel it until then."
        ),
    };
    view! {
        <Title text="Privacy policy" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Privacy policy"</p>
                <h1>"How Obscura handles your data"</h1>
                <p class="lead">
                    "This policy is generated from the configuration this server is running with right now. When the operator turns a service on or off, this page changes with it."
                </p>
                <p class="meta">
                    "Version " <code>{policy.version.clone()}</code> " · effective " <time datetime=policy.effective_date.clone()>{policy.effective_date.clone()}</time>
                </p>
            </header>

            <section aria-labelledby="controller">
                <h2 id="controller">"Who is responsible"</h2>
                <p>
                    <strong>{c.name.clone()}</strong>
                    " runs this Obscura server and decides how your personal data is used (the “controller”)."
                </p>
                <dl class="facts">
                    {c.address.clone().map(|a| view! { <dt>"Address"</dt><dd>{a}</dd> })}
                    <dt>"Privacy contact"</dt>
                    <dd><a class="link" href=format!("mailto:{contact}")>{contact.clone()}</a></dd>
                    {c.dpo_email.clone().map(|d| view! {
                        <dt>"Data protection officer"</dt>
                        <dd><a class="link" href=format!("mailto:{d}")>{d.clone()}</a></dd>
                    })}
                </dl>
            </section>

            <section aria-labelledby="data">
                <h2 id="data">"What we process, why, and for how long"</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Categories of personal data">
                    <table>
                        <caption class="sr-only">"Categories of personal data"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Data"</th>
                                <th scope="col">"Purpose"</th>
                                <th scope="col">"Legal basis"</th>
                                <th scope="col">"Kept for"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {categories
                                .into_iter()
                                .map(|d| view! {
                                    <tr>
                                        <th scope="row">{d.name}</th>
                                        <td data-label="Purpose">{d.purpose}</td>
                                        <td data-label="Legal basis">{d.legal_basis}</td>
                                        <td data-label="Kept for">{d.retention}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <p>
                    "We never sell your data, never use your prompts or images to train models, and never show you advertising."
                </p>
            </section>

            <section aria-labelledby="processors">
                <h2 id="processors">"Who receives your data"</h2>
                <p>"Only the services this server is configured to use. Today that is:"</p>
                <ul class="cards">
                    {processors
                        .into_iter()
                        .map(|p| view! {
                            <li>
                                <h3>{p.name}</h3>
                                <p><strong>"Why: "</strong>{p.purpose}</p>
                                <p><strong>"What: "</strong>{p.data}</p>
                                <p><strong>"Where: "</strong>{p.location}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>

            <section aria-labelledby="storage">
                <h2 id="storage">"Cookies and browser storage"</h2>
                <p>
                    "Obscura stores only what the site needs to work. There are no advertising or tracking cookies and no third-party scripts. Page views are counted only if you allow it, by this server, without a cookie of their own. This is the complete list; change your choice in "
                    <a class="link" href=routes::COOKIES>"Cookie settings"</a>
                    "."
                </p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Cookies and storage keys">
                    <table>
                        <caption class="sr-only">"Cookies and storage keys"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Name"</th>
                                <th scope="col">"Type"</th>
                                <th scope="col">"Purpose"</th>
                                <th scope="col">"Lasts"</th>
                                <th scope="col">"Needs consent"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {DECLARED
                                .iter()
                                .filter(|d| d.applies(&site))
                                .map(|d| view! {
                                    <tr>
                                        <th scope="row"><code>{d.name_on(https)}</code></th>
                                        <td data-label="Type">{match d.kind { StorageKind::Cookie => "Cookie", StorageKind::LocalStorage => "Local storage" }}</td>
                                        <td data-label="Purpose">{d.purpose}</td>
                                        <td data-label="Lasts">{d.lifetime}</td>
                                        <td data-label="Needs consent">{if d.essential { "No, strictly necessary" } else { "Yes" }}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>

            <section aria-labelledby="rights">
                <h2 id="rights">"Your rights"</h2>
                <p>"You can use every right yourself, at any time, without asking anyone:"</p>
                <ul class="list">
                    <li><strong>"Access and portability: "</strong>"download a copy of everything we hold about you — JSON and CSV files plus all your images — from "<a class="link" href=routes::SETTINGS_PRIVACY>"Settings → Privacy"</a>". The link we email you works for 7 days."</li>
                    <li><strong>"Rectification: "</strong>"correct your name, email address and other details in "<a class="link" href=routes::SETTINGS_PROFILE>"your profile"</a>"."</li>
                    <li><strong>"Erasure: "</strong>"delete single images from your gallery, or your whole account from "<a class="link" href=routes::SETTINGS_PRIVACY>"Settings → Privacy"</a>". "{erasure}</li>
                    <li><strong>"Restriction and objection: "</strong>"exclude yourself from page-view counts, refuse product emails, or restrict processing to what you do yourself, in "<a class="link" href=routes::SETTINGS_PRIVACY>"Settings → Privacy"</a>"."</li>
                    <li><strong>"Withdrawing consent: "</strong>"as easy as giving it, at any time, in "<a class="link" href=routes::COOKIES>"Cookie settings"</a>"; your choices are listed in Settings → Privacy. A Global Privacy Control or Do Not Track signal from your browser counts as a refusal."</li>
                    <li>
                        <strong>"Complaint: "</strong>"you may complain to a data protection authority"
                        {c.supervisory_authority.clone().map(|a| view! { ", such as " {a} })}
                        "."
                    </li>
                </ul>
                <p>
                    "You can also write to "
                    <a class="link" href=format!("mailto:{}", c.email)>{c.email.clone()}</a>
                    " or use the "<a class="link" href=routes::SUPPORT>"support form"</a>". We answer within one month."
                </p>
            </section>

            <section aria-labelledby="age">
                <h2 id="age">"Age"</h2>
                <p>"You must be at least " {min_age} " years old to create an account."</p>
            </section>

            <section aria-labelledby="security">
                <h2 id="security">"Security"</h2>
                <p>
                    "Passwords are stored only as slow salted hashes; session and API tokens only as one-way hashes; connections to third-party accounts are encrypted at rest. Every page is sent with a strict content security policy and no third-party code."
                </p>
            </section>

            <section aria-labelledby="changes">
                <h2 id="changes">"Changes to this policy"</h2>
                <p>
                    "Because this page is generated from the configuration, any change the operator makes shows up here with a new version number. Material changes are announced to registered users by email and in the app at least "
                    {policy_notice_days}
                    " days before they take effect. "
                    <a class="link" href=routes::PRIVACY_VERSIONS>"Every version and what it changed"</a>
                    "."
                </p>
            </section>
        </article>
    }
}
