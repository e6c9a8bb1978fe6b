//! `/support`: how to get help — the contact form (email prefilled when signed in, a topic,
//! the message, an optional image), the service status and the contacts.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    routes,
    support::{MESSAGE_MAX_CHARS, MESSAGE_MIN_CHARS, Topic, fields, forms},
    testids,
};

use crate::{
    IslandScripts,
    account::viewer,
    components::{
        form::{Field, FormNotice, Notice, field_error},
        service_status::ServiceStatus,
    },
    forms::feedback,
    rpc::service_status,
    site_info,
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
            <ContactForm />
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

/// The contact form: works without JavaScript (a plain multipart post).
#[component]
fn ContactForm() -> impl IntoView {
    let f = feedback(forms::CONTACT);
    let sent = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        == Some("message-sent");
    let email = viewer().map(|v| v.email).unwrap_or_default();
    let topic = f.value(fields::TOPIC).unwrap_or_default();
    let message = f.value(fields::MESSAGE).unwrap_or_default();
    let topic_error = f.error(fields::TOPIC);
    let message_error = f.error(fields::MESSAGE);
    let file_error = f.error(fields::ATTACHMENT);
    let described = |hint: &str, error: &Option<String>, id: &str| {
        let mut d = hint.to_owned();
        if error.is_some() {
            d.push_str(&format!(" {id}-error"));
        }
        d
    };
    view! {
        <section id="contact" aria-labelledby="s-contact-form">
            <h2 id="s-contact-form">"Write to us"</h2>
            {sent.then(|| view! { <Notice tone="ok">"Thank you: your message is sent. We emailed you a confirmation and will answer by email."</Notice> })}
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::SUPPORT enctype="multipart/form-data" class="panel mt-4" data-testid=testids::SUPPORT_FORM>
                <Field feedback=f.clone() id_prefix="s" name=fields::EMAIL label="Your email address" kind="email" autocomplete="email" required=true value=email hint="We answer here. Signed in, it is your account's address." />
                <div class="field">
                    <label for="s-topic">"What is it about?"</label>
                    <select class="input" id="s-topic" name=fields::TOPIC required aria-invalid=topic_error.is_some().then_some("true") aria-describedby=topic_error.as_ref().map(|_| "s-topic-error")>
                        <option value="" selected=topic.is_empty()>"Choose a topic"</option>
                        {Topic::ALL.into_iter().map(|t| view! {
                            <option value=t.code() selected=topic == t.code()>{t.label()}</option>
                        }).collect_view()}
                    </select>
                    {field_error("s-topic", topic_error.clone())}
                </div>
                <div class="field">
                    <label for="s-message">"Your message"</label>
                    <p class="hint" id="s-message-hint">{format!("Between {MESSAGE_MIN_CHARS} and {MESSAGE_MAX_CHARS} characters. Never send a password or an API key.")}</p>
                    <textarea class="input min-h-40" id="s-message" name=fields::MESSAGE required minlength=MESSAGE_MIN_CHARS maxlength=MESSAGE_MAX_CHARS aria-invalid=message_error.is_some().then_some("true") aria-describedby=described("s-message-hint", &message_error, "s-message")>{message}</textarea>
                    {field_error("s-message", message_error.clone())}
                </div>
                <div class="field">
                    <label for="s-attachment">"A screenshot or image" <span class="font-normal text-muted">" (optional)"</span></label>
                    <p class="hint" id="s-attachment-hint">"PNG, JPEG or WebP, up to 5 MB and 12.5 megapixels. We remove its metadata (such as location) before keeping it."</p>
                    <input class="input" id="s-attachment" type="file" name=fields::ATTACHMENT accept="image/png,image/jpeg,image/webp" aria-invalid=file_error.is_some().then_some("true") aria-describedby=described("s-attachment-hint", &file_error, "s-attachment") />
                    {field_error("s-attachment", file_error.clone())}
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">"Send message"</button>
                </div>
            </form>
        </section>
    }
}
