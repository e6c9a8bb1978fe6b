//! The cookie banner and the choices form it shares with `/cookies`.
//!
//! Both are plain server-rendered forms posting to `/consent`: they work without JavaScript,
//! and "Reject all" is the same button as "Accept all" in size, weight and colour.

use leptos::prelude::*;
use obscura_shared::{
    account::Language,
    consent::{AskReason, ConsentView, Signal, fields},
    routes, t, testids,
};

use crate::pages::api_docs::prose;

/// What the server knows about this request's cookie choice.
#[must_use]
pub fn consent() -> ConsentView {
    use_context::<ConsentView>().unwrap_or_default()
}

/// The one sentence a signal earns wherever choices are offered.
fn signal_note(lang: Language, signal: Signal) -> String {
    t!(lang, "consent-signal", signal = signal.label())
}

/// The language of this render.
fn language() -> Language {
    use_context::<Language>().unwrap_or_default()
}

/// Accept all, Reject all, and the customised choice.
#[component]
pub fn ConsentChoices(
    view: ConsentView,
    id_prefix: &'static str,
    /// Where to return; without it the server returns to the page the form was posted from
    /// (the page's address is never written into the page).
    #[prop(optional)]
    back: Option<&'static str>,
) -> impl IntoView {
    let lang = language();
    let analytics_on = view.stored.as_ref().is_some_and(|s| s.analytics);
    let blocked = view.signal.is_some();
    let analytics_id = format!("{id_prefix}-analytics");
    let analytics_hint = format!("{id_prefix}-analytics-hint");
    view! {
        <form method="post" action=routes::CONSENT data-testid=testids::CONSENT_FORM>
            {back.map(|b| view! { <input type="hidden" name=fields::BACK value=b /> })}
            <div class="flex flex-wrap gap-3">
                <button type="submit" class="btn-consent" name=fields::CHOICE value="accept">{t!(lang, "consent-accept-all")}</button>
                <button type="submit" class="btn-consent" name=fields::CHOICE value="reject">{t!(lang, "consent-reject-all")}</button>
            </div>
            <details class="mt-3">
                <summary class="link cursor-pointer text-sm">{t!(lang, "consent-customise")}</summary>
                <fieldset class="mt-3 space-y-3">
                    <legend class="sr-only">{t!(lang, "consent-purposes")}</legend>
                    <div class="check mt-0">
                        <input type="checkbox" id=format!("{id_prefix}-essential") checked disabled aria-describedby=format!("{id_prefix}-essential-hint") />
                        <div>
                            <label for=format!("{id_prefix}-essential") class="font-medium">{t!(lang, "consent-essential")}</label>
                            <p class="text-muted" id=format!("{id_prefix}-essential-hint")>{t!(lang, "consent-essential-hint")}</p>
                        </div>
                    </div>
                    <div class="check mt-0">
                        <input type="checkbox" id=analytics_id.clone() name=fields::ANALYTICS value="1" checked=analytics_on && !blocked disabled=blocked aria-describedby=analytics_hint.clone() />
                        <div>
                            <label for=analytics_id class="font-medium">{t!(lang, "consent-analytics")}</label>
                            <p class="text-muted" id=analytics_hint>{t!(lang, "consent-analytics-hint")}</p>
                        </div>
                    </div>
                </fieldset>
                <button type="submit" class="btn-secondary mt-3" name=fields::CHOICE value="custom">{t!(lang, "consent-save")}</button>
            </details>
        </form>
    }
}

/// The banner shown until a current choice exists.
#[component]
pub fn CookieBanner(view: ConsentView) -> impl IntoView {
    let lang = language();
    let lead = match view.ask {
        Some(AskReason::PolicyChanged) => t!(lang, "consent-lead-changed"),
        Some(AskReason::Renew) => t!(lang, "consent-lead-renew"),
        _ => t!(lang, "consent-lead"),
    };
    let note = view.signal.map(|s| signal_note(lang, s));
    view! {
        <section class="consent-banner" aria-labelledby="consent-title" data-testid=testids::CONSENT_BANNER>
            <div class="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:px-6 lg:flex-row lg:items-start lg:justify-between">
                <div class="max-w-2xl text-sm">
                    <h2 id="consent-title" class="font-semibold">{t!(lang, "consent-title")}</h2>
                    <p class="mt-1 text-muted">
                        {lead} " "
                        <a class="link" href=format!("{}#storage", routes::PRIVACY)>{t!(lang, "consent-what-we-store")}</a>
                    </p>
                    {note.map(|n| view! { <p class="mt-1 font-medium" role="note">{n}</p> })}
                </div>
                <ConsentChoices view id_prefix="cb" />
            </div>
        </section>
    }
}

/// `/cookies`: the current choice, the same choices as the banner, and one-click withdrawal.
#[component]
pub fn CookieSettings() -> impl IntoView {
    use leptos_meta::Title;
    use leptos_router::hooks::use_query_map;
    let view = consent();
    let saved = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        == Some("consent-saved");
    let lang = language();
    let status = match (&view.stored, view.signal) {
        (None, _) => t!(lang, "cookies-status-none"),
        (Some(_), Some(signal)) => t!(lang, "cookies-status-signal", signal = signal.label()),
        (Some(s), None) if s.analytics => t!(lang, "cookies-status-allowed"),
        (Some(_), None) => t!(lang, "cookies-status-refused"),
    };
    let can_withdraw = view.stored.as_ref().is_some_and(|s| s.analytics);
    let privacy = format!("{}#storage", routes::PRIVACY);
    view! {
        <Title text=t!(lang, "cookies-title") />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "cookies-eyebrow")}</p>
                <h1>{t!(lang, "cookies-title")}</h1>
                <p class="lead">{t!(lang, "cookies-lead")}</p>
            </header>
            {saved.then(|| view! { <p class="notice notice-ok" role="status">{t!(lang, "cookies-saved")}</p> })}
            <section aria-labelledby="s-now">
                <h2 id="s-now">{t!(lang, "cookies-now")}</h2>
                <p data-testid=testids::CONSENT_STATUS>{status}</p>
                {view.signal.map(|s| view! { <p>{signal_note(lang, s)}</p> })}
                {can_withdraw.then(|| view! {
                    <form method="post" action=routes::CONSENT class="mt-4">
                        <input type="hidden" name=fields::BACK value=routes::COOKIES />
                        <button type="submit" class="btn-secondary" name=fields::CHOICE value="withdraw">{t!(lang, "cookies-withdraw")}</button>
                    </form>
                })}
            </section>
            <section aria-labelledby="s-choose">
                <h2 id="s-choose">{t!(lang, "cookies-choose")}</h2>
                <div class="mt-4"><ConsentChoices view=view.clone() id_prefix="cs" back=routes::COOKIES /></div>
            </section>
            <section aria-labelledby="s-more">
                <h2 id="s-more">{t!(lang, "cookies-more")}</h2>
                <p>{prose(&t!(lang, "cookies-more-text"), &[&privacy, routes::SETTINGS_PRIVACY])}</p>
            </section>
        </article>
    }
}
