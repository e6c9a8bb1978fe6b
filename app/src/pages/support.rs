//! `/support`: how to get help — the contact form (email prefilled when signed in, a topic,
//! the message, an optional image), the service status and the contacts.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    account::Language,
    routes,
    support::{MESSAGE_MAX_CHARS, MESSAGE_MIN_CHARS, Topic, fields, forms},
    t, testids,
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
    let lang = use_context::<Language>().unwrap_or_default();
    let checking = t!(lang, "support-status-checking");
    let site = site_info();
    let support = site.controller.support_email.clone();
    let privacy = site.controller.email.clone();
    // Blocking: the page arrives with the status in it, readable without JavaScript.
    let status = Resource::new_blocking(|| (), |()| service_status());
    view! {
        <Title text=t!(lang, "support-title") />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "support-title")}</p>
                <h1>{t!(lang, "support-heading")}</h1>
                <p class="lead">{t!(lang, "support-lead")}</p>
            </header>
            <ContactForm lang />
            <section aria-labelledby="s-status">
                <h2 id="s-status">{t!(lang, "support-status-title")}</h2>
                <div class="mt-4">
                    <Suspense fallback=move || view! { <p class="text-muted">{checking.clone()}</p> }>
                        {move || Suspend::new(async move {
                            status.await.ok().map(|initial| view! { <ServiceStatus initial /> })
                        })}
                    </Suspense>
                </div>
            </section>
            <section aria-labelledby="s-contact">
                <h2 id="s-contact">{t!(lang, "support-contact-title")}</h2>
                <dl class="facts">
                    <dt>{t!(lang, "support-contact-help")}</dt>
                    <dd><a class="link" href=format!("mailto:{support}")>{support.clone()}</a></dd>
                    <dt>{t!(lang, "support-contact-privacy")}</dt>
                    <dd><a class="link" href=format!("mailto:{privacy}")>{privacy.clone()}</a></dd>
                </dl>
            </section>
            <section aria-labelledby="s-tips">
                <h2 id="s-tips">{t!(lang, "support-tips-title")}</h2>
                <ul class="list">
                    <li>{t!(lang, "support-tip-address")}</li>
                    <li>{t!(lang, "support-tip-describe")}</li>
                    <li>{t!(lang, "support-tip-secrets")}</li>
                </ul>
            </section>
            <section aria-labelledby="s-privacy">
                <h2 id="s-privacy">{t!(lang, "support-data-title")}</h2>
                <p>
                    {format!("{} ", t!(lang, "support-data-text"))}
                    <a class="link" href=routes::PRIVACY>{t!(lang, "support-data-policy")}</a>
                    "."
                </p>
            </section>
        </article>
        <IslandScripts />
    }
}

/// A topic's name for people, in `lang`.
fn topic_text(lang: Language, topic: Topic) -> String {
    match topic {
        Topic::Help => t!(lang, "support-topic-help"),
        Topic::Account => t!(lang, "support-topic-account"),
        Topic::Billing => t!(lang, "support-topic-billing"),
        Topic::Bug => t!(lang, "support-topic-bug"),
        Topic::PrivacyRequest => t!(lang, "support-topic-privacy"),
        Topic::UnderageAccount => t!(lang, "support-topic-underage"),
        Topic::Other => t!(lang, "support-topic-other"),
    }
}

/// The contact form: works without JavaScript (a plain multipart post).
#[component]
fn ContactForm(lang: Language) -> impl IntoView {
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
            <h2 id="s-contact-form">{t!(lang, "support-form-title")}</h2>
            {sent.then(|| view! { <Notice tone="ok">{t!(lang, "support-form-sent")}</Notice> })}
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::SUPPORT enctype="multipart/form-data" class="panel mt-4" data-testid=testids::SUPPORT_FORM>
                <Field feedback=f.clone() id_prefix="s" name=fields::EMAIL label=t!(lang, "support-form-email") kind="email" autocomplete="email" required=true value=email hint=t!(lang, "support-form-email-hint") />
                <div class="field">
                    <label for="s-topic">{t!(lang, "support-form-topic")}</label>
                    <select class="input" id="s-topic" name=fields::TOPIC required aria-invalid=topic_error.is_some().then_some("true") aria-describedby=topic_error.as_ref().map(|_| "s-topic-error")>
                        <option value="" selected=topic.is_empty()>{t!(lang, "support-form-topic-choose")}</option>
                        {Topic::ALL.into_iter().map(|t| view! {
                            <option value=t.code() selected=topic == t.code()>{topic_text(lang, t)}</option>
                        }).collect_view()}
                    </select>
                    {field_error("s-topic", topic_error.clone())}
                </div>
                <div class="field">
                    <label for="s-message">{t!(lang, "support-form-message")}</label>
                    <p class="hint" id="s-message-hint">{t!(lang, "support-form-message-hint", min = MESSAGE_MIN_CHARS.to_string(), max = MESSAGE_MAX_CHARS.to_string())}</p>
                    <textarea class="input min-h-40" id="s-message" name=fields::MESSAGE required minlength=MESSAGE_MIN_CHARS maxlength=MESSAGE_MAX_CHARS aria-invalid=message_error.is_some().then_some("true") aria-describedby=described("s-message-hint", &message_error, "s-message")>{message}</textarea>
                    {field_error("s-message", message_error.clone())}
                </div>
                <div class="field">
                    <label for="s-attachment">{t!(lang, "support-form-attachment")} <span class="font-normal text-muted">{format!(" {}", t!(lang, "form-optional"))}</span></label>
                    <p class="hint" id="s-attachment-hint">{t!(lang, "support-form-attachment-hint")}</p>
                    <input class="input" id="s-attachment" type="file" name=fields::ATTACHMENT accept="image/png,image/jpeg,image/webp" aria-invalid=file_error.is_some().then_some("true") aria-describedby=described("s-attachment-hint", &file_error, "s-attachment") />
                    {field_error("s-attachment", file_error.clone())}
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "support-form-send")}</button>
                </div>
            </form>
        </section>
    }
}
