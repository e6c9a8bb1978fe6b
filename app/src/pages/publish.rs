//! `/gallery/{image}/publish`: the publish form of one image (caption, alt text, where to, an
//! optional reviewer), what each platform will show, rendered on the server from the caption as
//! sent, and this image's publishing history. `/publish/review/{token}`: a reviewer's one-time
//! page (no sign-in). Server-rendered forms (no islands).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use obscura_shared::{
    account::Language,
    routes,
    social::{ApprovalView, Platform, PublishPage, PublishTarget, fields},
    t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    forms::{FormFeedback, feedback},
    pages::{
        connections::{PostTable, platform_name},
        not_found::NotFound,
    },
};

/// The publish form's id (for its feedback).
pub const PUBLISH_FORM: &str = "publish";

async fn load(v: Viewer, id: String) -> Result<PublishPage, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown one.
        let id = id
            .parse()
            .map_err(|_| crate::pages::gallery_item::image_not_found())?;
        crate::backend::ports()?.social.publish_page(&v, id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, id);
        Err(AppError::internal())
    }
}

/// The catalogue id of a `?notice=` after publishing.
fn notice_text(key: &str) -> Option<&'static str> {
    Some(match key {
        "published" => "publish-notice-published",
        "awaiting-approval" => "publish-notice-awaiting",
        _ => return None,
    })
}

/// `/gallery/{image}/publish`.
#[component]
pub fn Publish() -> impl IntoView {
    // Signed out, an image is no one's to publish: the same 404 as an unknown one.
    let Some(v) = viewer() else {
        return view! { <NotFound /> }.into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text)
        .map(|id| obscura_shared::i18n::text(lang, id, &[]));
    let fb = feedback(PUBLISH_FORM);
    let data = Resource::new_blocking(move || (v.clone(), id.clone()), |(v, id)| load(v, id));
    view! {
        <Suspense fallback=move || view! { <p class="mx-auto max-w-6xl px-6 py-10 text-muted">{t!(lang, "billing-loading")}</p> }>
            {move || {
                let fb = fb.clone();
                let notice = notice.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(page) => view! { <PublishBody page notice fb /> }.into_any(),
                        Err(e) if e.code == obscura_shared::ErrorCode::NotFound => view! { <NotFound /> }.into_any(),
                        Err(e) => Err::<(), _>(e).into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// `aria-describedby` of a field with a hint and maybe an error.
fn described(id: &str, error: Option<&String>) -> String {
    match error {
        Some(_) => format!("{id}-hint {id}-error"),
        None => format!("{id}-hint"),
    }
}

#[component]
fn PublishBody(page: PublishPage, notice: Option<String>, fb: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let caption = fb
        .value(fields::CAPTION)
        .unwrap_or_else(|| page.prompt.clone());
    let history = page.history.clone();
    let has_targets = !page.targets.is_empty();
    view! {
        <Title text=t!(lang, "publish-title") />
        <div class="mx-auto max-w-6xl px-4 py-8 sm:px-6">
            <nav aria-label=t!(lang, "publish-breadcrumb") class="text-sm">
                <a class="link" href=routes::GALLERY>{t!(lang, "nav-gallery")}</a>
                <span class="text-muted" aria-hidden="true">" / "</span>
                <a class="link" href=routes::gallery_item(&page.image_id)>{t!(lang, "publish-image")}</a>
                <span class="text-muted" aria-hidden="true">" / "</span>
                <span aria-current="page" class="text-muted">{t!(lang, "publish-title")}</span>
            </nav>
            <h1 class="mt-4 text-2xl font-bold tracking-tight">{t!(lang, "publish-heading")}</h1>
            {notice.map(|text| view! { <Notice tone="ok">{text}</Notice> })}
            <div class="mt-6 grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
                <figure class="min-w-0">
                    <img
                        class="detail-image"
                        src=page.image_url.clone()
                        width=page.width
                        height=page.height
                        alt=page.prompt.clone()
                    />
                </figure>
                <div class="min-w-0">
                    {if has_targets {
                        view! { <PublishForm page=page.clone() fb=fb.clone() caption=caption.clone() /> }.into_any()
                    } else {
                        view! { <NoTargets any_platform=page.any_platform /> }.into_any()
                    }}
                </div>
            </div>
            {(has_targets && page.targets.iter().any(|t| t.problem.is_none())).then(|| view! { <Previews page=page.clone() caption=caption.clone() /> })}
            <section class="mt-10" aria-labelledby="p-history">
                <h2 id="p-history" class="text-lg font-semibold">{t!(lang, "publish-history")}</h2>
                {if history.is_empty() {
                    view! { <p class="mt-3 text-muted">{t!(lang, "publish-history-empty")}</p> }.into_any()
                } else {
                    view! { <PostTable posts=history /> }.into_any()
                }}
            </section>
        </div>
    }
}

#[component]
fn NoTargets(any_platform: bool) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <div class="empty-state">
            {if any_platform {
                view! {
                    <p>{t!(lang, "publish-no-targets")}</p>
                    <p class="mt-3"><a class="btn-primary" href=routes::SETTINGS_CONNECTIONS>{t!(lang, "publish-connect")}</a></p>
                }.into_any()
            } else {
                view! {
                    <p>{t!(lang, "publish-no-platforms")}</p>
                    <p class="mt-3"><a class="link" href=routes::SETTINGS_CONNECTIONS>{t!(lang, "publish-settings-connections")}</a></p>
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn TargetChoice(t: PublishTarget, ticked: bool) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    // Already in the reader's language (the port renders it).
    let problem = t.problem.clone();
    let id = format!("p-target-{}", t.id);
    let problem_id = format!("{id}-problem");
    let disabled = t.problem.is_some();
    view! {
        <div class="check !mt-2">
            <input
                type="checkbox"
                id=id.clone()
                name=fields::TARGET
                value=t.id.clone()
                checked=ticked && !disabled
                disabled=disabled
                aria-describedby=disabled.then(|| problem_id.clone())
            />
            <div>
                <label for=id>
                    {format!("{}: {}", platform_name(lang, t.platform), t.target_name)}
                    <span class="block font-normal text-muted">{t.account_name.clone()}</span>
                </label>
                {problem.map(|p| view! { <p class="text-sm text-red-700 dark:text-red-300" id=problem_id>{p}</p> })}
            </div>
        </div>
    }
}

#[component]
fn PublishForm(page: PublishPage, fb: FormFeedback, caption: String) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let alt = fb.value(fields::ALT_TEXT).unwrap_or_default();
    let approver = fb.value(fields::APPROVER).unwrap_or_default();
    let request_key = fb
        .value(fields::REQUEST_KEY)
        .unwrap_or_else(|| page.request_key.clone());
    let ticked: Vec<String> = fb
        .values
        .iter()
        .filter(|(k, _)| k == fields::TARGET)
        .map(|(_, v)| v.clone())
        .collect();
    let (caption_error, alt_error, target_error, approver_error) = (
        fb.error(fields::CAPTION),
        fb.error(fields::ALT_TEXT),
        fb.error(fields::TARGET),
        fb.error(fields::APPROVER),
    );
    // Request-key problems (a stale form) have no field of their own: shown as the notice.
    let key_error = fb.error(fields::REQUEST_KEY);
    let alt_limit = page
        .targets
        .iter()
        .filter(|t| t.problem.is_none())
        .map(|t| t.platform.alt_limit())
        .min()
        .unwrap_or(1000);
    // The limit as written in English ("1000"), the same in every language.
    let alt_hint = t!(lang, "publish-alt-hint", limit = alt_limit.to_string());
    view! {
        <form method="post" action=routes::publish(&page.image_id) data-testid=testids::PUBLISH_FORM>
            <FormNotice feedback=fb.clone() />
            {key_error.map(|e| view! { <Notice tone="error">{e}</Notice> })}
            <input type="hidden" name=fields::REQUEST_KEY value=request_key />
            <div class="field">
                <label for="p-caption">{t!(lang, "publish-caption")}</label>
                <p class="hint" id="p-caption-hint">{t!(lang, "publish-caption-hint")}</p>
                <textarea class="input" id="p-caption" name=fields::CAPTION rows="6" aria-invalid=caption_error.is_some().then_some("true") aria-describedby=described("p-caption", caption_error.as_ref())>{caption}</textarea>
                {field_error("p-caption", caption_error.clone())}
            </div>
            <div class="field">
                <label for="p-alt">{t!(lang, "publish-alt")}</label>
                <p class="hint" id="p-alt-hint">{alt_hint}</p>
                <textarea class="input" id="p-alt" name=fields::ALT_TEXT rows="3" maxlength=alt_limit aria-invalid=alt_error.is_some().then_some("true") aria-describedby=described("p-alt", alt_error.as_ref())>{alt}</textarea>
                {field_error("p-alt", alt_error.clone())}
            </div>
            <fieldset class="field" aria-describedby=target_error.as_ref().map(|_| "p-target-error")>
                <legend class="text-sm font-medium">{t!(lang, "publish-to")}</legend>
                {page.targets.iter().map(|t| {
                    let ticked = ticked.contains(&t.id);
                    view! { <TargetChoice t=t.clone() ticked /> }
                }).collect_view()}
                {field_error("p-target", target_error.clone())}
                <p class="mt-2 text-sm"><a class="link" href=routes::SETTINGS_CONNECTIONS>{t!(lang, "publish-change-targets")}</a></p>
            </fieldset>
            <div class="field">
                <label for="p-approver">{t!(lang, "publish-approver")}<span class="font-normal text-muted">{format!(" {}", t!(lang, "api-optional"))}</span></label>
                <p class="hint" id="p-approver-hint">{t!(lang, "publish-approver-hint")}</p>
                <input class="input" type="email" id="p-approver" name=fields::APPROVER autocomplete="off" value=approver aria-invalid=approver_error.is_some().then_some("true") aria-describedby=described("p-approver", approver_error.as_ref()) />
                {field_error("p-approver", approver_error.clone())}
            </div>
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-primary">{t!(lang, "publish-title")}</button>
            </div>
        </form>
    }
}

/// One card per platform among the targets: how the caption as it stands will show there.
#[component]
fn Previews(page: PublishPage, caption: String) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let mut platforms: Vec<(Platform, String)> = Vec::new();
    // Only platforms that can be chosen now: a target with a problem shows its reason instead.
    for t in page.targets.iter().filter(|t| t.problem.is_none()) {
        if t.platform.publishes() && !platforms.iter().any(|(p, _)| *p == t.platform) {
            platforms.push((t.platform, t.account_name.clone()));
        }
    }
    view! {
        <section class="mt-10" aria-labelledby="p-previews">
            <h2 id="p-previews" class="text-lg font-semibold">{t!(lang, "publish-previews")}</h2>
            <ul class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {platforms.into_iter().map(|(platform, account)| view! {
                    <Preview platform account caption=caption.clone() image_url=page.image_url.clone() width=page.width height=page.height />
                }).collect_view()}
            </ul>
            <p class="mt-3 text-sm text-muted">{t!(lang, "publish-previews-hint")}</p>
        </section>
    }
}

#[component]
fn Preview(
    platform: Platform,
    account: String,
    caption: String,
    image_url: String,
    width: u32,
    height: u32,
) -> impl IntoView {
    let (shown, folded) = match platform.fold() {
        Some(fold) if caption.chars().count() > fold => {
            (caption.chars().take(fold).collect::<String>(), true)
        }
        _ => (caption.clone(), false),
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let count = platform.count(&caption);
    let limit = platform.caption_limit();
    let problem = platform.caption_problem(&caption).map(|m| m.render(lang));
    let over = problem.is_some();
    let counter_class = if over {
        "mt-3 text-sm font-semibold text-red-700 dark:text-red-300"
    } else {
        "mt-3 text-sm text-muted"
    };
    view! {
        <li class="card flex flex-col p-4" data-testid=testids::PUBLISH_PREVIEW data-platform=platform.as_str() data-over=over.then_some("true")>
            <h3 class="text-sm font-semibold">{platform_name(lang, platform)}</h3>
            <p class="mt-1 text-sm font-medium break-words">{account}</p>
            <p class="mt-2 whitespace-pre-wrap break-words text-sm">
                {shown}
                {folded.then(|| view! { <span class="text-muted">{format!("… {}", t!(lang, "publish-more"))}</span> })}
            </p>
            <img class="mt-3 h-auto w-full rounded-lg border border-line bg-canvas object-cover" src=image_url width=width height=height alt="" loading="lazy" />
            <p class=counter_class>
                {format!("{count} / {limit}")}
                {over.then(|| format!(" — {}", t!(lang, "publish-over-limit")))}
            </p>
            {problem.map(|p| view! { <p class="text-sm text-red-700 dark:text-red-300">{p}</p> })}
        </li>
    }
}

async fn load_review(token: String) -> Result<Option<ApprovalView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.social.review(&token).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = token;
        Err(AppError::internal())
    }
}

/// The catalogue id of a `?notice=` after a reviewer's decision.
fn review_notice(key: &str) -> Option<&'static str> {
    Some(match key {
        "approved" => "publish-review-notice-approved",
        "rejected" => "publish-review-notice-rejected",
        _ => return None,
    })
}

/// `/publish/review/{token}`: no sign-in; the link is the permission.
#[component]
pub fn PublishReview() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(review_notice)
        .map(|id| obscura_shared::i18n::text(lang, id, &[]));
    let action = routes::PUBLISH_REVIEW.replace("{token}", &token);
    let data = Resource::new_blocking(move || token.clone(), load_review);
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || {
                let action = action.clone();
                let notice = notice.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(Some(review)) => view! { <Review review action notice /> }.into_any(),
                        Ok(None) => view! { <NotFound /> }.into_any(),
                        Err(e) => Err::<(), _>(e).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn Review(review: ApprovalView, action: String, notice: Option<String>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let state = match review.status.as_str() {
        "awaiting_approval" => None,
        "sent" => Some(t!(lang, "publish-review-sent")),
        "rejected" => Some(t!(lang, "publish-review-rejected")),
        "expired" => Some(t!(lang, "publish-review-expired")),
        _ => Some(t!(lang, "publish-review-done")),
    };
    // "LinkedIn profile: Ada" with the platform's name in `lang`.
    let targets: Vec<String> = review
        .targets
        .iter()
        .map(|(platform, target)| format!("{}: {target}", platform_name(lang, *platform)))
        .collect();
    let alt = if review.alt_text.is_empty() {
        review.caption.clone()
    } else {
        review.alt_text.clone()
    };
    view! {
        <Title text=t!(lang, "publish-review-title") />
        <div class="mx-auto max-w-4xl px-4 py-8 sm:px-6">
            <h1 class="text-2xl font-bold tracking-tight">{t!(lang, "publish-review-heading")}</h1>
            <p class="mt-2 text-muted">{t!(lang, "publish-review-lead")}</p>
            {notice.map(|text| view! { <Notice tone="ok">{text}</Notice> })}
            <div class="mt-6 grid gap-8 md:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
                <figure class="min-w-0">
                    {(!review.image_url.is_empty()).then(|| view! {
                        <img class="detail-image" src=review.image_url.clone() alt=alt />
                    })}
                </figure>
                <div class="min-w-0">
                    <dl class="facts">
                        <dt>{t!(lang, "publish-caption")}</dt><dd class="whitespace-pre-wrap break-words">{review.caption.clone()}</dd>
                        <dt>{t!(lang, "publish-alt")}</dt><dd class="break-words">{if review.alt_text.is_empty() { t!(lang, "publish-review-no-alt") } else { review.alt_text.clone() }}</dd>
                        <dt>{t!(lang, "connections-col-where")}</dt>
                        <dd>
                            <ul>
                                {targets.into_iter().map(|target| view! { <li class="break-words">{target}</li> }).collect_view()}
                            </ul>
                        </dd>
                    </dl>
                    {match state {
                        None => view! {
                            <div class="mt-6 flex flex-wrap gap-3">
                                <form method="post" action=action.clone()>
                                    <input type="hidden" name=fields::DECISION value="approve" />
                                    <button type="submit" class="btn-primary" data-testid=testids::REVIEW_APPROVE>{t!(lang, "publish-review-approve")}</button>
                                </form>
                                <form method="post" action=action>
                                    <input type="hidden" name=fields::DECISION value="reject" />
                                    <button type="submit" class="btn-secondary" data-testid=testids::REVIEW_REJECT>{t!(lang, "publish-review-reject")}</button>
                                </form>
                            </div>
                        }.into_any(),
                        Some(text) => view! {
                            <p class="mt-6 font-medium" data-testid=testids::REVIEW_STATUS data-status=review.status.clone()>{text}</p>
                        }.into_any(),
                    }}
                </div>
            </div>
        </div>
    }
}
