//! `/gallery/{image}`: one image large, what made it, and what can be done with it — download,
//! copy the prompt, remix, use as reference, share (with options and expiry), delete. The arrow
//! keys move to the previous and next image (enhance module; plain links without it).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use obscura_shared::{
    account::Language,
    gallery::{Expiry, GalleryItem, ShareView, fields},
    i18n::{decimal, number, text},
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice},
    error::AppError,
    forms::feedback,
    pages::not_found::NotFound,
};

/// The share form's id (for its feedback).
pub const SHARE_FORM: &str = "share";

async fn load(v: Viewer, id: String) -> Result<GalleryItem, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown one.
        let id = id.parse().map_err(|_| image_not_found())?;
        crate::backend::ports()?.gallery.item(&v, id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, id);
        Err(AppError::internal())
    }
}

/// The answer for an image that is not the viewer's, does not exist, or was deleted.
#[must_use]
pub fn image_not_found() -> AppError {
    AppError::message(
        obscura_shared::ErrorCode::NotFound,
        &obscura_shared::i18n::Message::new("error-image-not-found"),
    )
}

/// A `?notice=` key's message id.
fn notice_text(key: &str) -> Option<&'static str> {
    Some(match key {
        "shared" => "item-notice-shared",
        "share-revoked" => "item-notice-revoked",
        "share-updated" => "item-notice-updated",
        _ => return None,
    })
}

/// A date from RFC 3339, as `YYYY-MM-DD`.
pub(crate) fn day_of(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or_default().to_owned()
}

fn seconds(lang: Language, ms: u64) -> String {
    if ms < 1_000 {
        t!(
            lang,
            "item-duration-ms",
            ms = number(lang, i64::try_from(ms).unwrap_or(i64::MAX))
        )
    } else {
        t!(
            lang,
            "item-duration-s",
            seconds = decimal(lang, ms as f64 / 1_000.0, 1)
        )
    }
}

/// `/gallery/{image}`.
#[component]
pub fn GalleryItemPage() -> impl IntoView {
    // Signed out, an image is no one's to show: the same 404 as an unknown one.
    let Some(v) = viewer() else {
        return view! { <NotFound /> }.into_any();
    };
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let lang = use_context::<Language>().unwrap_or_default();
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text);
    let data = Resource::new_blocking(move || (v.clone(), id.clone()), |(v, id)| load(v, id));
    view! {
        <Suspense fallback=move || view! { <p class="mx-auto max-w-6xl px-6 py-10 text-muted">{t!(lang, "layout-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(item) => view! { <Detail item notice /> }.into_any(),
                    Err(e) if e.code == obscura_shared::ErrorCode::NotFound => view! { <NotFound /> }.into_any(),
                    Err(e) => Err::<(), _>(e).into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Detail(item: GalleryItem, notice: Option<&'static str>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let image = item.image.clone();
    let title: String = item.prompt.chars().take(60).collect();
    let kept = match &item.expires_at {
        Some(at) => t!(lang, "item-kept-until", date = day_of(at)),
        None => t!(lang, "item-kept-forever"),
    };
    let position = if item.count > 1 {
        format!(
            " · {}",
            t!(
                lang,
                "item-position",
                number = u32::from(image.index) + 1,
                count = u32::from(item.count)
            )
        )
    } else {
        String::new()
    };
    let file_name = format!("obscura-{}-{}", item.generation_id, image.index + 1);
    view! {
        <Title text=t!(lang, "item-title", prompt = title) />
        <div class="mx-auto max-w-6xl px-4 py-8 sm:px-6">
            <nav aria-label=t!(lang, "item-breadcrumb") class="text-sm">
                <a class="link" href=routes::GALLERY>{t!(lang, "gallery-title")}</a>
                <span class="text-muted" aria-hidden="true">" / "</span>
                <span aria-current="page" class="text-muted">{t!(lang, "item-image")}</span>
            </nav>
            {notice.map(|id| view! { <Notice tone="ok">{text(lang, id, &[])}</Notice> })}
            <div class="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
                <figure class="min-w-0">
                    <a href=image.preview_url.clone() class="block focus-ring rounded-2xl">
                        <img
                            class="detail-image"
                            src=image.preview_url.clone()
                            width=image.width
                            height=image.height
                            alt=item.prompt.clone()
                            fetchpriority="high"
                            data-testid=testids::DETAIL_IMAGE
                        />
                    </a>
                    <nav class="mt-4 flex justify-between gap-3" aria-label=t!(lang, "item-prev-next")>
                        {match item.prev.clone() {
                            Some(id) => view! { <a class="btn-secondary" href=routes::gallery_item(&id) rel="prev" data-hotkey="ArrowLeft" aria-keyshortcuts="ArrowLeft">{t!(lang, "item-newer")}</a> }.into_any(),
                            None => view! { <span></span> }.into_any(),
                        }}
                        {item.next.clone().map(|id| view! {
                            <a class="btn-secondary" href=routes::gallery_item(&id) rel="next" data-hotkey="ArrowRight" aria-keyshortcuts="ArrowRight">{t!(lang, "item-older")}</a>
                        })}
                    </nav>
                </figure>
                <div class="min-w-0">
                    <h1 class="text-xl font-bold tracking-tight">{t!(lang, "item-details")}</h1>
                    <section class="mt-4" aria-labelledby="d-prompt">
                        <div class="flex items-center justify-between gap-3">
                            <h2 id="d-prompt" class="text-sm font-semibold">{t!(lang, "generation-prompt")}</h2>
                            <button type="button" class="btn-ghost btn-sm" data-copy=item.prompt.clone() data-testid=testids::COPY_BUTTON hidden=true>{t!(lang, "item-copy-prompt")}</button>
                        </div>
                        <p class="mt-1 whitespace-pre-wrap break-words">{item.prompt.clone()}</p>
                        {item.negative_prompt.clone().filter(|n| !n.is_empty()).map(|n| view! {
                            <h2 class="mt-3 text-sm font-semibold">{t!(lang, "item-left-out")}</h2>
                            <p class="mt-1 break-words text-muted">{n}</p>
                        })}
                    </section>
                    <dl class="facts mt-4">
                        <dt>{t!(lang, "generation-model")}</dt><dd>{item.model_label.clone()}</dd>
                        <dt>{t!(lang, "generation-size")}</dt><dd>{format!("{} × {}{position}", image.width, image.height)}</dd>
                        <dt>{t!(lang, "generation-seed")}</dt><dd>{item.seed}</dd>
                        {item.duration_ms.map(|ms| view! { <dt>{t!(lang, "item-took")}</dt><dd>{seconds(lang, ms)}</dd> })}
                        <dt>{t!(lang, "item-cost")}</dt><dd>{crate::generation::credits(lang, i64::from(item.cost))}</dd>
                        <dt>{t!(lang, "item-created")}</dt><dd><time datetime=item.created_at.clone()>{day_of(&item.created_at)}</time></dd>
                        <dt>{t!(lang, "item-kept")}</dt><dd>{kept}</dd>
                    </dl>
                    <div class="mt-5 flex flex-wrap gap-2">
                        <a class="btn-primary" href=image.download_url.clone() download=file_name>{t!(lang, "item-download")}</a>
                        <a class="btn-secondary" href=format!("{}?remix={}", routes::CREATE, item.generation_id)>{t!(lang, "item-remix")}</a>
                        <a class="btn-secondary" href=format!("{}?reference_image={}", routes::CREATE, image.id)>{t!(lang, "generation-use-reference")}</a>
                        <a class="btn-secondary" href=routes::publish(&image.id) data-testid=testids::PUBLISH_LINK>{t!(lang, "item-publish")}</a>
                    </div>
                    <form method="post" action=routes::GALLERY_DELETE class="mt-3">
                        <input type="hidden" name=fields::IMAGE value=image.id.clone() />
                        <button type="submit" class="btn-ghost text-red-700 dark:text-red-300">{t!(lang, "item-delete")}</button>
                    </form>
                    <ShareSection item=item.clone() />
                </div>
            </div>
        </div>
    }
}

#[component]
fn ShareSection(item: GalleryItem) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let fb = feedback(SHARE_FORM);
    let back = routes::gallery_item(&item.image.id);
    let date_error = fb.error(fields::EXPIRY_DATE);
    view! {
        <section class="panel !mt-6 !p-5" aria-labelledby="d-share" id="shares">
            <h2 id="d-share" class="text-lg font-semibold">{t!(lang, "share-title")}</h2>
            <p class="mt-1 text-sm text-muted">{t!(lang, "share-lead")}</p>
            <FormNotice feedback=fb.clone() />
            <form method="post" action=routes::SHARE_CREATE class="mt-4 space-y-3" data-testid=testids::SHARE_FORM>
                <input type="hidden" name=fields::IMAGE value=item.image.id.clone() />
                <label class="check"><input type="checkbox" name=fields::SHOW_PROMPT value="1" />{format!(" {}", t!(lang, "share-show-prompt"))}</label>
                <label class="check"><input type="checkbox" name=fields::SHOW_NAME value="1" />{format!(" {}", t!(lang, "share-show-name", name = &item.owner_name))}</label>
                <ExpiryFields id_prefix="s".to_owned() date_error=date_error />
                <button type="submit" class="btn-primary">{t!(lang, "share-create")}</button>
            </form>
            {(!item.shares.is_empty()).then(|| view! {
                <h3 class="mt-6 text-sm font-semibold">{t!(lang, "share-links")}</h3>
                <ul class="mt-2 space-y-3">
                    {item.shares.iter().map(|s| view! { <ShareLine share=s.clone() back=back.clone() /> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// The expiry menu and its custom day.
#[component]
pub(crate) fn ExpiryFields(
    id_prefix: String,
    date_error: Option<String>,
    #[prop(optional)] current: Option<Expiry>,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let selected = match current {
        Some(Expiry::Day) => "1d",
        Some(Expiry::Week) => "7d",
        Some(Expiry::Month) => "30d",
        Some(Expiry::Until(_)) => "date",
        _ => "never",
    };
    let select_id = format!("{id_prefix}-expiry");
    let date_id = format!("{id_prefix}-expiry-date");
    let error_id = format!("{date_id}-error");
    view! {
        <div class="grid grid-cols-2 gap-3">
            <div class="field">
                <label for=select_id.clone()>{t!(lang, "share-expiry")}</label>
                <select id=select_id class="input" name=fields::EXPIRY>
                    {Expiry::CHOICES.into_iter().map(|(code, label)| view! {
                        <option value=code selected=code == selected>{expiry_label(lang, code, label)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=date_id.clone()>{t!(lang, "share-expiry-date")}</label>
                <input id=date_id class="input" type="date" name=fields::EXPIRY_DATE
                    aria-invalid=date_error.is_some().then_some("true")
                    aria-describedby=date_error.is_some().then(|| error_id.clone()) />
            </div>
        </div>
        {date_error.map(|e| view! { <p class="field-error" id=error_id><span aria-hidden="true">"⚠"</span><span>{e}</span></p> })}
    }
}

/// An expiry menu choice's label in `lang` (`english` for a choice this list does not know).
fn expiry_label(lang: Language, code: &str, english: &str) -> String {
    match code {
        "never" => t!(lang, "share-expiry-never"),
        "1d" => t!(lang, "share-expiry-day"),
        "7d" => t!(lang, "share-expiry-week"),
        "30d" => t!(lang, "share-expiry-month"),
        "date" => t!(lang, "share-expiry-on-date"),
        _ => english.to_owned(),
    }
}

/// A share's views in `lang`: "1 view", "5 views".
pub(crate) fn views(lang: Language, n: u64) -> String {
    t!(lang, "share-views", count = n)
}

/// One share: its link with a copy button, expiry and views, and revoke.
#[component]
pub(crate) fn ShareLine(share: ShareView, back: String) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    // Taken down after a report: the link is gone for good and cannot be revoked.
    if let Some(reason) = &share.taken_down {
        return view! {
            <li class="share-line" data-testid=testids::SHARE_TAKEN_DOWN>
                <p class="break-all text-sm text-muted line-through">{share.url.clone()}</p>
                <p class="mt-1 text-sm font-medium text-red-800 dark:text-red-200">
                    {t!(lang, "report-share-taken-down", reason = crate::pages::reports::reason_label(lang, reason))}
                </p>
            </li>
        }
        .into_any();
    }
    let expiry = match (&share.expires_at, share.expired) {
        (_, true) => t!(
            lang,
            "share-expired",
            date = share.expires_at.as_deref().map(day_of).unwrap_or_default()
        ),
        (Some(at), false) => t!(lang, "share-until", date = day_of(at)),
        (None, false) => t!(lang, "share-no-expiry"),
    };
    view! {
        <li class="share-line">
            <a class="link break-all text-sm" href=share.url.clone() data-testid=testids::SHARE_LINK>{share.url.clone()}</a>
            <p class="mt-1 text-xs text-muted">
                {expiry} " · " {views(lang, share.views)}
                {share.show_prompt.then(|| format!(" · {}", t!(lang, "share-prompt-shown")))}
                {share.show_name.then(|| format!(" · {}", t!(lang, "share-name-shown")))}
            </p>
            <div class="mt-2 flex flex-wrap gap-2">
                <button type="button" class="btn-secondary btn-sm" data-copy=share.url.clone() data-testid=testids::COPY_BUTTON hidden=true>{t!(lang, "share-copy-link")}</button>
                <form method="post" action=routes::SHARE_REVOKE>
                    <input type="hidden" name=fields::SHARE value=share.id.clone() />
                    <input type="hidden" name=fields::BACK value=back />
                    <button type="submit" class="btn-ghost btn-sm">{t!(lang, "share-stop")}</button>
                </form>
            </div>
        </li>
    }
    .into_any()
}
