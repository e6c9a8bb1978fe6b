//! `/settings/api`: the account's API keys. Server-rendered forms (no islands): create a key
//! (name, scopes, expiry, monthly credit cap), see it once, list and revoke.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    account::Language,
    api::{
        ApiKeyView, ApiSettings, EXPIRY_DAYS, NAME_MAX_CHARS, Scope, fields, forms, webhook_forms,
    },
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    forms::{ApiKeyShown, FormFeedback, WebhookSecretShown, feedback},
    pages::{
        api_docs::prose,
        api_webhook::{DailyCap, Webhook},
        billing::day,
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

/// What a scope allows, for people.
fn scope_label(lang: Language, scope: Scope) -> String {
    match scope {
        Scope::Generate => t!(lang, "api-scope-generate"),
        Scope::Read => t!(lang, "api-scope-read"),
        Scope::Delete => t!(lang, "api-scope-delete"),
    }
}

#[component]
fn CreateKey(fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
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
                <label for="k-name">{t!(lang, "api-key-name")}</label>
                <p class="hint" id="k-name-hint">{t!(lang, "api-key-name-hint")}</p>
                <input class="input" id="k-name" name=fields::NAME required maxlength=NAME_MAX_CHARS value=name aria-invalid=name_error.is_some().then_some("true") aria-describedby=name_described />
                {field_error("k-name", name_error.clone())}
            </div>
            <fieldset class="field" aria-describedby=scope_error.as_ref().map(|_| "k-scope-error")>
                <legend>{t!(lang, "api-key-scopes")}</legend>
                {Scope::ALL.into_iter().map(|s| {
                    let id = format!("k-scope-{}", s.code());
                    // New forms start with reading only: the least a key needs.
                    let checked = if fresh { s == Scope::Read } else { ticked.iter().any(|t| t == s.code()) };
                    view! {
                        <div class="flex items-center gap-2">
                            <input type="checkbox" id=id.clone() name=fields::SCOPE value=s.code() checked=checked />
                            <label for=id class="font-normal">{scope_label(lang, s)}</label>
                        </div>
                    }
                }).collect_view()}
                {field_error("k-scope", scope_error.clone())}
            </fieldset>
            <div class="field">
                <label for="k-expires">{t!(lang, "api-key-expires")}</label>
                <select class="input" id="k-expires" name=fields::EXPIRES_DAYS aria-invalid=expires_error.is_some().then_some("true") aria-describedby=expires_error.as_ref().map(|_| "k-expires-error")>
                    <option value="" selected=expires.is_empty()>{t!(lang, "api-key-never")}</option>
                    {EXPIRY_DAYS.into_iter().map(|d| {
                        let v = d.to_string();
                        let selected = expires == v;
                        view! { <option value=v selected=selected>{t!(lang, "api-key-expires-in", count = d)}</option> }
                    }).collect_view()}
                </select>
                {field_error("k-expires", expires_error.clone())}
            </div>
            <div class="field">
                <label for="k-cap">{t!(lang, "api-key-cap")} <span class="font-normal text-muted">{format!(" {}", t!(lang, "api-optional"))}</span></label>
                <p class="hint" id="k-cap-hint">{t!(lang, "api-key-cap-hint")}</p>
                <input class="input" id="k-cap" name=fields::MONTHLY_CAP type="number" min="1" max="10000000" inputmode="numeric" value=cap aria-invalid=cap_error.is_some().then_some("true") aria-describedby=cap_described />
                {field_error("k-cap", cap_error.clone())}
            </div>
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-primary">{t!(lang, "api-key-create")}</button>
            </div>
        </form>
    }
}

#[component]
fn KeyRow(key: ApiKeyView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let state = if key.revoked_at.is_some() {
        "revoked"
    } else if key.active {
        "active"
    } else {
        "expired"
    };
    let status = match state {
        "revoked" => t!(
            lang,
            "api-key-revoked",
            date = key
                .revoked_at
                .as_deref()
                .map(|r| day(lang, r))
                .unwrap_or_default()
        ),
        "expired" => t!(lang, "api-key-expired"),
        _ => key.expires_at.as_deref().map_or_else(
            || t!(lang, "api-key-never-expires"),
            |e| t!(lang, "api-key-expires-on", date = day(lang, e)),
        ),
    };
    let spent = match key.monthly_cap {
        Some(cap) => t!(
            lang,
            "api-key-spent-of-cap",
            spent = key.spent_this_month,
            cap = cap
        ),
        None => t!(lang, "api-key-spent", count = key.spent_this_month),
    };
    let label = t!(lang, "api-key-revoke-label", name = key.name.as_str());
    view! {
        <li class="panel mt-0 flex flex-col gap-1" data-testid=testids::API_KEY_ROW data-state=state>
            <div class="flex flex-wrap items-baseline justify-between gap-2">
                <p class="font-semibold">{key.name.clone()}</p>
                <code class="text-sm">{key.hint.clone()}</code>
            </div>
            <p class="text-sm text-muted">{key.scopes.join(", ")}" · "{spent}</p>
            <p class="text-sm text-muted">
                {t!(lang, "api-key-created", date = day(lang, &key.created_at))}" · "
                {key.last_used_at.as_deref().map_or_else(|| t!(lang, "api-key-never-used"), |u| t!(lang, "api-key-last-used", date = day(lang, u)))}" · "
                {status}
            </p>
            {key.active.then(|| view! {
                <form method="post" action=routes::API_KEY_REVOKE class="mt-2">
                    <input type="hidden" name=fields::KEY value=key.id.clone() />
                    <button type="submit" class="btn-secondary btn-sm" aria-label=label>{t!(lang, "api-key-revoke")}</button>
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
    let lang = use_context::<Language>().unwrap_or_default();
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
                <h2 id="s-new-key">{t!(lang, "api-new-key")}</h2>
                <Notice tone="ok">{t!(lang, "api-new-key-copy")}</Notice>
                <p class="mt-3"><code class="block break-all rounded-lg border border-line bg-canvas p-3 text-sm" data-testid=testids::API_KEY_TEXT>{token}</code></p>
                <p class="mt-2 text-sm text-muted">{prose(&t!(lang, "api-new-key-send"), &[])}</p>
            </section>
        })}
        <section class="panel" aria-labelledby="s-api-about">
            <h2 id="s-api-about">{t!(lang, "api-about")}</h2>
            <p class="mt-2">{prose(&t!(lang, "api-about-text", base = s.base_url.as_str()), &[])}</p>
            <p class="mt-2">
                <a class="link" href=routes::DOCS_API>{t!(lang, "api-read-reference")}</a>" · "
                <a class="link" href=routes::SETTINGS_API_USAGE>{t!(lang, "api-see-usage")}</a>
            </p>
        </section>
        <section class="panel" aria-labelledby="s-create-key">
            <h2 id="s-create-key">{t!(lang, "api-create-key")}</h2>
            {if s.verified {
                view! { <CreateKey fb=create_fb /> }.into_any()
            } else {
                view! { <Notice>{t!(lang, "api-confirm-to-create")}</Notice> }.into_any()
            }}
        </section>
        <section aria-labelledby="s-keys" class="mt-8">
            <h2 id="s-keys">{t!(lang, "api-keys")}</h2>
            {if keys.is_empty() {
                view! { <p class="mt-3 text-muted">{t!(lang, "api-no-keys")}</p> }.into_any()
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
    let lang = use_context::<Language>().unwrap_or_default();
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
        <Title text=t!(lang, "api-keys-title") />
        <SettingsFrame title=t!(lang, "api-title")>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || {
                    let fb = fb.clone();
                    Suspend::new(async move { data.await.map(|s| view! { <ApiBody s fb /> }) })
                }}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}
