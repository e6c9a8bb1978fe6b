//! The parts of `/settings/api` beyond keys: the account's daily credit cap and its webhook
//! endpoint (set, secret shown once, test event, delivery log, remove). Server-rendered forms.

use leptos::prelude::*;
use obscura_shared::{
    account::Language,
    api::{ApiSettings, DeliveryView, WEBHOOK_EVENTS, WebhookView, webhook_fields},
    routes, t, testids,
};

use crate::{
    components::form::{FormNotice, Notice, field_error},
    forms::FormFeedback,
    pages::api_docs::prose,
};

/// `2026-12-06T17:30:05Z` as `2026-12-06 17:30 UTC`.
fn when(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => rfc3339.to_owned(),
    }
}

/// What an event means, for people (`label` is the English of [`WEBHOOK_EVENTS`]).
fn event_label(lang: Language, code: &str, label: &str) -> String {
    match code {
        "generation.completed" => t!(lang, "webhook-event-completed"),
        "generation.failed" => t!(lang, "webhook-event-failed"),
        "generation.cancelled" => t!(lang, "webhook-event-cancelled"),
        _ => label.to_owned(),
    }
}

/// The daily cap form.
#[component]
pub fn DailyCap(s: ApiSettings, fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let value = fb
        .value(webhook_fields::DAILY_CAP)
        .or_else(|| s.daily_cap.map(|c| c.to_string()))
        .unwrap_or_default();
    let error = fb.error(webhook_fields::DAILY_CAP);
    let described = if error.is_some() {
        "d-cap-hint d-cap-error"
    } else {
        "d-cap-hint"
    };
    let today = match s.daily_cap {
        Some(cap) => t!(
            lang,
            "webhook-today-of-cap",
            spent = s.spent_today,
            cap = cap
        ),
        None => t!(lang, "webhook-today", count = s.spent_today),
    };
    view! {
        <section class="panel" aria-labelledby="s-daily-cap">
            <h2 id="s-daily-cap">{t!(lang, "webhook-daily-cap")}</h2>
            <p class="mt-2 text-muted">{today}</p>
            <form method="post" action=routes::API_DAILY_CAP class="mt-4" data-testid=testids::API_DAILY_CAP_FORM>
                <FormNotice feedback=fb.clone() />
                <div class="field">
                    <label for="d-cap">{t!(lang, "webhook-daily-cap-label")}</label>
                    <p class="hint" id="d-cap-hint">{t!(lang, "webhook-daily-cap-hint")}</p>
                    <input class="input" id="d-cap" name=webhook_fields::DAILY_CAP type="number" min="1" max="1000000000" inputmode="numeric" value=value aria-invalid=error.is_some().then_some("true") aria-describedby=described />
                    {field_error("d-cap", error.clone())}
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-secondary">{t!(lang, "webhook-daily-cap-save")}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn Delivery(d: DeliveryView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let outcome = match (d.status.as_str(), d.response_code) {
        ("delivered", Some(code)) => {
            t!(lang, "webhook-delivered-code", code = code.to_string())
        }
        ("delivered", None) => t!(lang, "webhook-delivered"),
        ("failed", _) => t!(lang, "webhook-failed"),
        (_, _) if d.attempts == 0 => t!(lang, "webhook-sending"),
        (_, Some(code)) => t!(lang, "webhook-retrying-code", code = code.to_string()),
        (_, None) => t!(lang, "webhook-retrying"),
    };
    view! {
        <tr data-testid=testids::WEBHOOK_DELIVERY data-status=d.status.clone()>
            <th scope="row"><code>{d.event.clone()}</code></th>
            <td data-label=t!(lang, "webhook-col-status")>{outcome}{d.error.clone().map(|e| view! { <span class="block text-sm text-muted">{e}</span> })}</td>
            <td data-label=t!(lang, "webhook-col-attempts")>{d.attempts}</td>
            <td data-label=t!(lang, "webhook-col-made")>{when(&d.created_at)}</td>
            <td data-label=t!(lang, "webhook-col-id")><code class="text-xs">{d.message_id.clone()}</code></td>
        </tr>
    }
}

#[component]
fn WebhookForm(current: Option<WebhookView>, fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let url = fb
        .value(webhook_fields::URL)
        .or_else(|| current.as_ref().map(|w| w.url.clone()))
        .unwrap_or_default();
    let ticked: Vec<String> = if fb.values.is_empty() {
        current.as_ref().map_or_else(
            || {
                WEBHOOK_EVENTS
                    .iter()
                    .map(|(c, _)| (*c).to_owned())
                    .collect()
            },
            |w| w.events.clone(),
        )
    } else {
        fb.values
            .iter()
            .filter(|(k, _)| k == webhook_fields::EVENT)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let (url_error, event_error) = (
        fb.error(webhook_fields::URL),
        fb.error(webhook_fields::EVENT),
    );
    let url_described = if url_error.is_some() {
        "w-url-hint w-url-error"
    } else {
        "w-url-hint"
    };
    let exists = current.is_some();
    view! {
        <form method="post" action=routes::API_WEBHOOK class="mt-4" data-testid=testids::WEBHOOK_FORM>
            <FormNotice feedback=fb.clone() />
            <div class="field">
                <label for="w-url">{t!(lang, "webhook-endpoint")}</label>
                <p class="hint" id="w-url-hint">{t!(lang, "webhook-endpoint-hint")}</p>
                <input class="input" id="w-url" name=webhook_fields::URL type="url" required maxlength="2048" placeholder="https://example.com/hooks/obscura" value=url aria-invalid=url_error.is_some().then_some("true") aria-describedby=url_described />
                {field_error("w-url", url_error.clone())}
            </div>
            <fieldset class="field" aria-describedby=event_error.as_ref().map(|_| "w-event-error")>
                <legend>{t!(lang, "webhook-events")}</legend>
                {WEBHOOK_EVENTS.iter().map(|(code, label)| {
                    let id = format!("w-event-{}", code.replace('.', "-"));
                    let checked = ticked.iter().any(|t| t == code);
                    view! {
                        <div class="flex items-center gap-2">
                            <input type="checkbox" id=id.clone() name=webhook_fields::EVENT value=*code checked=checked />
                            <label for=id class="font-normal"><code>{*code}</code>" · "{event_label(lang, code, label)}</label>
                        </div>
                    }
                }).collect_view()}
                {field_error("w-event", event_error.clone())}
            </fieldset>
            {exists.then(|| view! {
                <div class="check">
                    <input type="checkbox" id="w-rotate" name=webhook_fields::ROTATE value="1" />
                    <label for="w-rotate" class="font-normal">{t!(lang, "webhook-rotate")}</label>
                </div>
            })}
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-primary">{if exists { t!(lang, "webhook-save") } else { t!(lang, "webhook-set") }}</button>
            </div>
        </form>
    }
}

/// The webhook section.
#[component]
pub fn Webhook(
    current: Option<WebhookView>,
    verified: bool,
    secret: Option<String>,
    fb: FormFeedback,
) -> impl IntoView {
    let deliveries = current
        .as_ref()
        .map(|w| w.deliveries.clone())
        .unwrap_or_default();
    let exists = current.is_some();
    let lang = use_context::<Language>().unwrap_or_default();
    let docs = format!("{}#webhooks", routes::DOCS_API);
    view! {
        <section class="panel" aria-labelledby="s-webhook">
            <h2 id="s-webhook">{t!(lang, "webhook-title")}</h2>
            <p class="mt-2">{prose(&t!(lang, "webhook-intro"), &[docs.as_str()])}</p>
            {secret.map(|secret| view! {
                <div class="mt-4" data-testid=testids::WEBHOOK_SECRET_SHOWN>
                    <Notice tone="ok">{t!(lang, "webhook-secret")}</Notice>
                    <p class="mt-3"><code class="block break-all rounded-lg border border-line bg-canvas p-3 text-sm" data-testid=testids::WEBHOOK_SECRET>{secret}</code></p>
                </div>
            })}
            {if verified {
                view! { <WebhookForm current=current.clone() fb /> }.into_any()
            } else {
                view! { <Notice>{t!(lang, "webhook-confirm-to-set")}</Notice> }.into_any()
            }}
            {exists.then(|| view! {
                <div class="mt-4 flex flex-wrap gap-3">
                    <form method="post" action=routes::API_WEBHOOK_TEST>
                        <button type="submit" class="btn-secondary">{t!(lang, "webhook-test")}</button>
                    </form>
                    <form method="post" action=routes::API_WEBHOOK_DELETE>
                        <button type="submit" class="btn-secondary">{t!(lang, "webhook-remove")}</button>
                    </form>
                </div>
                <h3 class="mt-6 font-semibold">{t!(lang, "webhook-deliveries")}</h3>
                {if deliveries.is_empty() {
                    view! { <p class="mt-2 text-muted">{t!(lang, "webhook-no-deliveries")}</p> }.into_any()
                } else {
                    view! {
                        <div class="data-table"><div class="table-wrap">
                                <table>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!(lang, "webhook-col-event")}</th>
                                            <th scope="col">{t!(lang, "webhook-col-status")}</th>
                                            <th scope="col">{t!(lang, "webhook-col-attempts")}</th>
                                            <th scope="col">{t!(lang, "webhook-col-made")}</th>
                                            <th scope="col">{t!(lang, "webhook-col-id")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {deliveries.clone().into_iter().map(|d| view! { <Delivery d /> }).collect_view()}
                                    </tbody>
                                </table>
                        </div></div>
                    }.into_any()
                }}
            })}
        </section>
    }
}
