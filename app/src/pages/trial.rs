//! `/try`: the no-signup trial. A plain server-rendered form (no islands: a light page); the
//! visitor's trial images below it, the page refreshing itself while one is being made.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use obscura_shared::{
    account::Language,
    generation::Status,
    routes, t, testids,
    trial::{FORM, TURNSTILE_ACTION, TrialImageView, TrialPage, fields},
};

use crate::{
    account::viewer,
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    forms::{FormFeedback, feedback},
};

/// Cloudflare's widget script (loaded on this page only, and only with Turnstile configured).
const TURNSTILE_SCRIPT: &str = "https://challenges.cloudflare.com/turnstile/v0/api.js";

async fn load(visitor: Option<()>) -> Result<TrialPage, AppError> {
    let _ = visitor;
    #[cfg(feature = "ssr")]
    {
        let visitor = use_context::<crate::backend::TrialVisitor>().unwrap_or_default();
        crate::backend::ports()?.trial.page(&visitor).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::internal())
    }
}

#[component]
fn TrialForm(page: TrialPage, fb: FormFeedback, lang: Language) -> impl IntoView {
    let prompt = fb.value(fields::PROMPT).unwrap_or_default();
    let prompt_error = fb.error(fields::PROMPT);
    let model_error = fb.error(fields::MODEL);
    let check_error = fb.error(fields::TURNSTILE);
    let chosen = fb
        .value(fields::MODEL)
        .or_else(|| page.models.first().map(|m| m.id.clone()))
        .unwrap_or_default();
    let size = page
        .models
        .iter()
        .find(|m| m.id == chosen)
        .or(page.models.first())
        .map(|m| m.size.clone())
        .unwrap_or_default();
    let several = page.models.len() > 1;
    let described = |hint: &str, error: &Option<String>, id: &str| {
        error
            .as_ref()
            .map_or_else(|| hint.to_owned(), |_| format!("{hint} {id}-error"))
    };
    let prompt_described = described("t-prompt-hint", &prompt_error, "t-prompt");
    let out_of_images = page.left == 0;
    view! {
        <form method="post" action=routes::TRY class="panel mt-6" data-testid=testids::TRIAL_FORM>
            <FormNotice feedback=fb.clone() />
            <div class="field">
                <label for="t-prompt">{t!(lang, "trial-prompt")}</label>
                <p class="hint" id="t-prompt-hint">{t!(lang, "trial-prompt-hint", size = size)}</p>
                <textarea class="input min-h-28" id="t-prompt" name=fields::PROMPT required maxlength=page.max_prompt_chars aria-invalid=prompt_error.is_some().then_some("true") aria-describedby=prompt_described>{prompt}</textarea>
                {field_error("t-prompt", prompt_error.clone())}
            </div>
            {several.then(|| view! {
                <div class="field">
                    <label for="t-model">{t!(lang, "trial-model")}</label>
                    <select class="input" id="t-model" name=fields::MODEL aria-invalid=model_error.is_some().then_some("true") aria-describedby=model_error.as_ref().map(|_| "t-model-error")>
                        {page.models.iter().map(|m| view! {
                            <option value=m.id.clone() selected=m.id == chosen>{format!("{} ({})", m.label, m.size)}</option>
                        }).collect_view()}
                    </select>
                    {field_error("t-model", model_error.clone())}
                </div>
            })}
            {page.turnstile_site_key.clone().map(|key| {
                let nonce = leptos::nonce::use_nonce();
                view! {
                    <div class="field">
                        <div class="cf-turnstile" data-sitekey=key data-action=TURNSTILE_ACTION data-theme="auto"></div>
                        <noscript><p class="hint">{t!(lang, "trial-check-needs-script")}</p></noscript>
                        {field_error("t-check", check_error.clone())}
                        <script src=TURNSTILE_SCRIPT async defer nonce=nonce></script>
                    </div>
                }
            })}
            {out_of_images.then(|| view! {
                <Notice>{t!(lang, "trial-out-of-images", count = page.per_day)}</Notice>
            })}
            <div class="form-actions sm:flex-row sm:items-center">
                <button type="submit" class="btn-primary" disabled=out_of_images>{t!(lang, "trial-submit")}</button>
                <p class="text-sm text-muted" data-testid=testids::TRIAL_LEFT data-left=page.left>
                    {t!(lang, "trial-left", left = page.left, count = page.per_day)}
                </p>
            </div>
        </form>
    }
}

#[component]
fn TrialCard(image: TrialImageView, lang: Language) -> impl IntoView {
    let pending = matches!(image.status, Status::Queued | Status::Running);
    let state = image.status.code();
    view! {
        <li class="panel mt-0 flex flex-col gap-3" data-testid=testids::TRIAL_IMAGE data-status=state>
            {match (image.preview_url.clone(), image.failure.clone()) {
                (Some(src), _) => view! {
                    <img class="w-full rounded-lg" src=src alt=t!(lang, "trial-image-alt", prompt = &image.prompt) width=image.width height=image.height loading="lazy" />
                }.into_any(),
                (None, Some(message)) => view! {
                    <p class="field-error" role="status"><span aria-hidden="true">"⚠"</span><span>{message}</span></p>
                }.into_any(),
                (None, None) => view! {
                    <div class="flex aspect-square w-full items-center justify-center rounded-lg border border-dashed border-line bg-canvas text-muted" role="status">
                        {if pending { t!(lang, "trial-painting") } else { String::new() }}
                    </div>
                }.into_any(),
            }}
            <p class="line-clamp-3 text-sm">{image.prompt.clone()}</p>
            <p class="text-xs text-muted">{t!(lang, "trial-image-expires", model = &image.model_label, time = image.expires_at.replace('T', " ").trim_end_matches('Z').get(..16).unwrap_or_default())}</p>
            {image.download_url.clone().map(|u| view! {
                <a class="link text-sm" href=u download>{t!(lang, "trial-download")}</a>
            })}
        </li>
    }
}

#[component]
fn TrialBody(page: TrialPage, lang: Language) -> impl IntoView {
    let fb = feedback(FORM);
    if !page.enabled {
        return view! {
            <Notice>{t!(lang, "trial-disabled")}</Notice>
            <p class="mt-4"><a class="btn-primary" href=routes::SIGNUP>{t!(lang, "signin-create-account")}</a></p>
        }
        .into_any();
    }
    let pending = page
        .images
        .iter()
        .any(|i| matches!(i.status, Status::Queued | Status::Running));
    let made = page.images.iter().any(|i| i.status == Status::Succeeded);
    let images = page.images.clone();
    let credits = page.signup_credits;
    view! {
        {pending.then(|| view! { <Meta http_equiv="refresh" content="2" /> })}
        <TrialForm page=page.clone() fb lang />
        {made.then(|| view! {
            <section class="panel mt-6" aria-labelledby="s-keep" data-testid=testids::TRIAL_KEEP>
                <h2 id="s-keep" class="text-lg font-semibold">{t!(lang, "trial-keep-title")}</h2>
                <p class="mt-1">{t!(lang, "trial-keep-text", count = credits)}</p>
                <p class="mt-3 flex flex-wrap gap-3">
                    <a class="btn-primary" href=routes::SIGNUP>{t!(lang, "trial-keep-signup")}</a>
                    <a class="btn-secondary" href=routes::LOGIN>{t!(lang, "account-sign-in")}</a>
                </p>
            </section>
        })}
        <section class="mt-8" aria-labelledby="s-trial-images">
            <h2 id="s-trial-images" class="text-lg font-semibold">{t!(lang, "trial-images-title")}</h2>
            {if images.is_empty() {
                view! {
                    <div class="empty-state mt-4">
                        <p class="font-medium">{t!(lang, "trial-empty")}</p>
                        <p class="mt-1 text-sm text-muted">{t!(lang, "trial-empty-example")}</p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <ul class="mt-4 grid gap-4 sm:grid-cols-2">
                        {images.into_iter().map(|image| view! { <TrialCard image lang /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

/// `/try`.
#[component]
pub fn Try() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let signed_in = viewer().is_some();
    let loading = t!(lang, "trial-loading");
    let data = Resource::new_blocking(|| (), |()| load(None));
    view! {
        <Title text=t!(lang, "trial-title") />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "trial-eyebrow")}</p>
                <h1>{t!(lang, "trial-heading")}</h1>
                <p class="lead">{t!(lang, "trial-lead")}</p>
            </header>
            {signed_in.then(|| view! {
                <Notice>{format!("{} ", t!(lang, "trial-signed-in"))}<a class="link" href=routes::CREATE>{t!(lang, "trial-signed-in-link")}</a>{format!(" {}", t!(lang, "trial-signed-in-end"))}</Notice>
            })}
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{loading.clone()}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|page| view! { <TrialBody page lang /> })
                })}
            </Suspense>
        </article>
    }
}
