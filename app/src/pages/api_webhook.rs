//! The parts of `/settings/api` beyond keys: the account's daily credit cap and its webhook
//! endpoint (set, secret shown once, test event, delivery log, remove). Server-rendered forms.

use leptos::prelude::*;
use obscura_shared::{
    api::{ApiSettings, DeliveryView, WEBHOOK_EVENTS, WebhookView, webhook_fields},
    routes, testids,
};

use crate::{
    components::form::{FormNotice, Notice, field_error},
    format::plural,
    forms::FormFeedback,
};

/// `2026-12-06T17:30:05Z` as `2026-12-06 17:30 UTC`.
fn when(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => rfc3339.to_owned(),
    }
}

/// The daily cap form.
#[component]
pub fn DailyCap(s: ApiSettings, fb: FormFeedback) -> impl IntoView {
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
        Some(cap) => format!("Today: {} of {cap} credits spent.", s.spent_today),
        None => format!(
            "Today: {} spent through the API.",
            plural(s.spent_today, "credit", "credits")
        ),
    };
    view! {
        <section class="panel" aria-labelledby="s-daily-cap">
            <h2 id="s-daily-cap">"Daily spending limit"</h2>
            <p class="mt-2 text-muted">{today}</p>
            <form method="post" action=routes::API_DAILY_CAP class="mt-4" data-testid=testids::API_DAILY_CAP_FORM>
                <FormNotice feedback=fb.clone() />
                <div class="field">
                    <label for="d-cap">"Credits all your keys together may spend per day"</label>
                    <p class="hint" id="d-cap-hint">"Counted per UTC day, on top of each key's monthly cap. Empty: no daily limit."</p>
                    <input class="input" id="d-cap" name=webhook_fields::DAILY_CAP type="number" min="1" max="1000000000" inputmode="numeric" value=value aria-invalid=error.is_some().then_some("true") aria-describedby=described />
                    {field_error("d-cap", error.clone())}
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-secondary">"Save limit"</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn Delivery(d: DeliveryView) -> impl IntoView {
    let outcome = match (d.status.as_str(), d.response_code) {
        ("delivered", Some(code)) => format!("Delivered ({code})"),
        ("delivered", None) => "Delivered".to_owned(),
        ("failed", _) => "Failed, not retried any more".to_owned(),
        (_, _) if d.attempts == 0 => "Sending…".to_owned(),
        (_, Some(code)) => format!("Answered {code}; retrying"),
        (_, None) => "Not delivered yet; retrying".to_owned(),
    };
    view! {
        <tr data-testid=testids::WEBHOOK_DELIVERY data-status=d.status.clone()>
            <th scope="row"><code>{d.event.clone()}</code></th>
            <td data-label="Status">{outcome}{d.error.clone().map(|e| view! { <span class="block text-sm text-muted">{e}</span> })}</td>
            <td data-label="Attempts">{d.attempts}</td>
            <td data-label="Made">{when(&d.created_at)}</td>
            <td data-label="Id"><code class="text-xs">{d.message_id.clone()}</code></td>
        </tr>
    }
}

#[component]
fn WebhookForm(current: Option<WebhookView>, fb: FormFeedback) -> impl IntoView {
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
                <label for="w-url">"Endpoint"</label>
                <p class="hint" id="w-url-hint">"A public https address; events are signed so you can check they come from here."</p>
                <input class="input" id="w-url" name=webhook_fields::URL type="url" required maxlength="2048" placeholder="https://example.com/hooks/obscura" value=url aria-invalid=url_error.is_some().then_some("true") aria-describedby=url_described />
                {field_error("w-url", url_error.clone())}
            </div>
            <fieldset class="field" aria-describedby=event_error.as_ref().map(|_| "w-event-error")>
                <legend>"Events"</legend>
                {WEBHOOK_EVENTS.iter().map(|(code, label)| {
                    let id = format!("w-event-{}", code.replace('.', "-"));
                    let checked = ticked.iter().any(|t| t == code);
                    view! {
                        <div class="flex items-center gap-2">
                            <input type="checkbox" id=id.clone() name=webhook_fields::EVENT value=*code checked=checked />
                            <label for=id class="font-normal"><code>{*code}</code>" · "{*label}</label>
                        </div>
                    }
                }).collect_view()}
                {field_error("w-event", event_error.clone())}
            </fieldset>
            {exists.then(|| view! {
                <div class="check">
                    <input type="checkbox" id="w-rotate" name=webhook_fields::ROTATE value="1" />
                    <label for="w-rotate" class="font-normal">"Make a new signing secret (the current one stops working at once)"</label>
                </div>
            })}
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-primary">{if exists { "Save endpoint" } else { "Set endpoint" }}</button>
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
    view! {
        <section class="panel" aria-labelledby="s-webhook">
            <h2 id="s-webhook">"Webhook"</h2>
            <p class="mt-2">
                "Be told when a generation ends instead of asking. Each event is a signed POST ("
                <a class="link" href=format!("{}#webhooks", routes::DOCS_API)>"how to check it"</a>
                "); answers other than 2xx are retried for about ten hours."
            </p>
            {secret.map(|secret| view! {
                <div class="mt-4" data-testid=testids::WEBHOOK_SECRET_SHOWN>
                    <Notice tone="ok">"Your signing secret. Copy it now: it is shown this once."</Notice>
                    <p class="mt-3"><code class="block break-all rounded-lg border border-line bg-canvas p-3 text-sm" data-testid=testids::WEBHOOK_SECRET>{secret}</code></p>
                </div>
            })}
            {if verified {
                view! { <WebhookForm current=current.clone() fb /> }.into_any()
            } else {
                view! { <Notice>"Confirm your email address to set a webhook: use the link we sent you."</Notice> }.into_any()
            }}
            {exists.then(|| view! {
                <div class="mt-4 flex flex-wrap gap-3">
                    <form method="post" action=routes::API_WEBHOOK_TEST>
                        <button type="submit" class="btn-secondary">"Send a test event"</button>
                    </form>
                    <form method="post" action=routes::API_WEBHOOK_DELETE>
                        <button type="submit" class="btn-secondary">"Remove endpoint"</button>
                    </form>
                </div>
                <h3 class="mt-6 font-semibold">"Latest deliveries"</h3>
                {if deliveries.is_empty() {
                    view! { <p class="mt-2 text-muted">"No events sent yet. Send a test event to try the endpoint."</p> }.into_any()
                } else {
                    view! {
                        <div class="data-table"><div class="table-wrap">
                                <table>
                                    <thead>
                                        <tr>
                                            <th scope="col">"Event"</th>
                                            <th scope="col">"Status"</th>
                                            <th scope="col">"Attempts"</th>
                                            <th scope="col">"Made"</th>
                                            <th scope="col">"Id"</th>
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
