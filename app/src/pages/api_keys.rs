//! `/settings/api`: the account's API keys. Server-rendered forms (no islands): create a key
//! (name, scopes, expiry, monthly credit cap), see it once, list and revoke.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    api::{
        ApiKeyView, ApiSettings, EXPIRY_DAYS, NAME_MAX_CHARS, Scope, fields, forms, webhook_forms,
    },
    routes, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    format::plural,
    forms::{ApiKeyShown, FormFeedback, WebhookSecretShown, feedback},
    pages::{
        api_webhook::{DailyCap, Webhook},
        settings::SettingsFrame,
    },
};

async fn load(v: Viewer) -> Result<ApiSettings, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.api.settings(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

fn day(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or_default().to_owned()
}

#[component]
fn CreateKey(fb: FormFeedback) -> impl IntoView {
    let name = fb.value(fields::NAME).unwrap_or_default();
    let ticked: Vec<String> = fb
        .values
        .iter()
        .filter(|(k, _)| k == fields::SCOPE)
        .map(|(_, v)| v.clone())
        .collect();
    let fresh = fb.values.is_empty();
    let expires = fb.value(fields::EXPIRES_DAYS).unwrap_or_default();
    let cap = fb.value(fields::MONTHLY_CAP).unwrap_or_default();
    let (name_error, scope_error, expires_error, cap_error) = (
        fb.error(fields::NAME),
        fb.error(fields::SCOPE),
        fb.error(fields::EXPIRES_DAYS),
        fb.error(fields::MONTHLY_CAP),
    );
    let described = |hint: &str, error: &Option<String>, id: &str| {
        error
            .as_ref()
            .map_or_else(|| hint.to_owned(), |_| format!("{hint} {id}-error"))
    };
    let name_described = described("k-name-hint", &name_error, "k-name");
    let cap_described = described("k-cap-hint", &cap_error, "k-cap");
    view! {
        <form method="post" action=routes::API_KEY_CREATE class="mt-4" data-testid=testids::API_KEY_FORM>
            <FormNotice feedback=fb.clone() />
            <div class="field">
                <label for="k-name">"Name"</label>
                <p class="hint" id="k-name-hint">"Where the key is used, so you know which to revoke."</p>
                <input class="input" id="k-name" name=fields::NAME required maxlength=NAME_MAX_CHARS value=name aria-invalid=name_error.is_some().then_some("true") aria-describedby=name_described />
                {field_error("k-name", name_error.clone())}
            </div>
            <fieldset class="field" aria-describedby=scope_error.as_ref().map(|_| "k-scope-error")>
                <legend>"What it may do"</legend>
                {Scope::ALL.into_iter().map(|s| {
                    let id = format!("k-scope-{}", s.code());
                    // New forms start with reading only: the least a key needs.
                    let checked = if fresh { s == Scope::Read } else { ticked.iter().any(|t| t == s.code()) };
                    view! {
                        <div class="flex items-center gap-2">
                            <input type="checkbox" id=id.clone() name=fields::SCOPE value=s.code() checked=checked />
                            <label for=id class="font-normal">{s.label()}</label>
                        </div>
                    }
                }).collect_view()}
                {field_error("k-scope", scope_error.clone())}
            </fieldset>
            <div class="field">
                <label for="k-expires">"Expires"</label>
                <select class="input" id="k-expires" name=fields::EXPIRES_DAYS aria-invalid=expires_error.is_some().then_some("true") aria-describedby=expires_error.as_ref().map(|_| "k-expires-error")>
                    <option value="" selected=expires.is_empty()>"Never"</option>
                    {EXPIRY_DAYS.into_iter().map(|d| {
                        let v = d.to_string();
                        let selected = expires == v;
                        view! { <option value=v selected=selected>{format!("In {}", plural(i64::from(d), "day", "days"))}</option> }
                    }).collect_view()}
                </select>
                {field_error("k-expires", expires_error.clone())}
            </div>
            <div class="field">
                <label for="k-cap">"Monthly credit cap" <span class="font-normal text-muted">" (optional)"</span></label>
                <p class="hint" id="k-cap-hint">"The most credits this key may spend in a calendar month. Empty: your balance is the limit."</p>
                <input class="input" id="k-cap" name=fields::MONTHLY_CAP type="number" min="1" max="10000000" inputmode="numeric" value=cap aria-invalid=cap_error.is_some().then_some("true") aria-describedby=cap_described />
                {field_error("k-cap", cap_error.clone())}
            </div>
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-primary">"Create key"</button>
            </div>
        </form>
    }
}

#[component]
fn KeyRow(key: ApiKeyView) -> impl IntoView {
    let state = if key.revoked_at.is_some() {
        "revoked"
    } else if key.active {
        "active"
    } else {
        "expired"
    };
    let status = match state {
        "revoked" => format!(
            "Revoked {}",
            key.revoked_at.as_deref().map(day).unwrap_or_default()
        ),
        "expired" => "Expired".to_owned(),
        _ => key.expires_at.as_deref().map_or_else(
            || "Never expires".to_owned(),
            |e| format!("Expires {}", day(e)),
        ),
    };
    let spent = match key.monthly_cap {
        Some(cap) => format!("{} of {cap} credits this month", key.spent_this_month),
        None => format!(
            "{} this month",
            plural(key.spent_this_month, "credit", "credits")
        ),
    };
    let label = format!("Revoke {}", key.name);
    view! {
        <li class="panel mt-0 flex flex-col gap-1" data-testid=testids::API_KEY_ROW data-state=state>
            <div class="flex flex-wrap items-baseline justify-between gap-2">
                <p class="font-semibold">{key.name.clone()}</p>
                <code class="text-sm">{key.hint.clone()}</code>
            </div>
            <p class="text-sm text-muted">{key.scopes.join(", ")}" · "{spent}</p>
            <p class="text-sm text-muted">
                {format!("Created {}", day(&key.created_at))}" · "
                {key.last_used_at.as_deref().map_or_else(|| "never used".to_owned(), |u| format!("last used {}", day(u)))}" · "
                {status}
            </p>
            {key.active.then(|| view! {
                <form method="post" action=routes::API_KEY_REVOKE class="mt-2">
                    <input type="hidden" name=fields::KEY value=key.id.clone() />
                    <button type="submit" class="btn-secondary btn-sm" aria-label=label>"Revoke"</button>
                </form>
            })}
        </li>
    }
}

/// What the forms of this page put in context for one render.
#[derive(Clone)]
struct Feedback {
    shown: Option<String>,
    secret: Option<String>,
    create: FormFeedback,
    cap: FormFeedback,
    webhook: FormFeedback,
}

#[component]
fn ApiBody(s: ApiSettings, fb: Feedback) -> impl IntoView {
    let Feedback {
        shown,
        secret,
        create: create_fb,
        cap,
        webhook,
    } = fb;
    let keys = s.keys.clone();
    let verified = s.verified;
    let current = s.webhook.clone();
    let settings = s.clone();
    view! {
        {shown.map(|token| view! {
            <section class="panel" aria-labelledby="s-new-key" data-testid=testids::API_KEY_SHOWN>
                <h2 id="s-new-key">"Your new key"</h2>
                <Notice tone="ok">"Copy it now: it is shown this once, and not kept in readable form."</Notice>
                <p class="mt-3"><code class="block break-all rounded-lg border border-line bg-canvas p-3 text-sm" data-testid=testids::API_KEY_TEXT>{token}</code></p>
                <p class="mt-2 text-sm text-muted">"Send it as "<code>"Authorization: Bearer <key>"</code>", never in a URL."</p>
            </section>
        })}
        <section class="panel" aria-labelledby="s-api-about">
            <h2 id="s-api-about">"Use Obscura from your programs"</h2>
            <p class="mt-2">"The REST API is at "<code>{s.base_url.clone()}</code>". Each request carries one of your keys; what it spends comes from your credits. OpenAI's own clients work too, with "<code>"/v1"</code>" as their base address."</p>
            <p class="mt-2">
                <a class="link" href=routes::DOCS_API>"Read the API reference"</a>" · "
                <a class="link" href=routes::SETTINGS_API_USAGE>"See your usage"</a>
            </p>
        </section>
        <section class="panel" aria-labelledby="s-create-key">
            <h2 id="s-create-key">"Create a key"</h2>
            {if s.verified {
                view! { <CreateKey fb=create_fb /> }.into_any()
            } else {
                view! { <Notice>"Confirm your email address to create keys: use the link we sent you."</Notice> }.into_any()
            }}
        </section>
        <section aria-labelledby="s-keys" class="mt-8">
            <h2 id="s-keys">"Your keys"</h2>
            {if keys.is_empty() {
                view! { <p class="mt-3 text-muted">"No keys yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="mt-4 flex flex-col gap-3">
                        {keys.into_iter().map(|key| view! { <KeyRow key /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>        <DailyCap s=settings fb=cap />
        <Webhook current verified secret fb=webhook />
    }
}

/// `/settings/api`.
#[component]
pub fn ApiKeys() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    // Read before anything waits: what the form handlers put in context for this render.
    let fb = Feedback {
        shown: use_context::<ApiKeyShown>().map(|k| k.0),
        secret: use_context::<WebhookSecretShown>().map(|k| k.0),
        create: feedback(forms::CREATE),
        cap: feedback(webhook_forms::DAILY_CAP),
        webhook: feedback(webhook_forms::SET),
    };
    let data = Resource::new_blocking(move || v.clone(), load);
    view! {
        <Title text="API keys" />
        <SettingsFrame title="API">
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || {
                    let fb = fb.clone();
                    Suspend::new(async move { data.await.map(|s| view! { <ApiBody s fb /> }) })
                }}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}
