//! `/gallery`: the person's generations as a grid of thumbnails, searched and filtered with a
//! plain GET form, paged by a "load more" link (which the enhance module turns into infinite
//! scrolling), with multi-select deletion behind a confirmation step that works without
//! JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    gallery::{
        GalleryGeneration, GalleryPage, GalleryQuery, SharedFilter, Sort, StatusFilter, fields,
    },
    generation::Status,
    i18n::text,
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::Notice,
    error::AppError,
    forms::feedback,
};

/// The form id of a deletion waiting for confirmation.
pub const DELETE_FORM: &str = "gallery-delete";

/// Tiles loaded eagerly with high priority (the first row on wide screens).
const FIRST_ROW: usize = 4;

async fn load(v: Viewer, query: Vec<(String, String)>) -> Result<GalleryPage, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.gallery.page(&v, query).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, query);
        Err(AppError::internal())
    }
}

/// A `?notice=` key's tone and message id.
fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "deleted" => ("ok", "gallery-notice-deleted"),
        "nothing-selected" => ("error", "gallery-notice-nothing-selected"),
        "retry-credits" => ("error", "gallery-notice-retry-credits"),
        "retry-unavailable" => ("error", "gallery-notice-retry-unavailable"),
        _ => return None,
    })
}

/// A status filter's menu label in `lang`.
fn status_label(lang: Language, s: StatusFilter) -> String {
    match s {
        StatusFilter::Any => t!(lang, "gallery-status-any"),
        StatusFilter::Done => t!(lang, "gallery-status-done"),
        StatusFilter::Failed => t!(lang, "gallery-status-failed"),
        StatusFilter::Cancelled => t!(lang, "gallery-status-cancelled"),
        StatusFilter::InProgress => t!(lang, "gallery-status-in-progress"),
    }
}

/// A shared filter's menu label in `lang`.
fn shared_label(lang: Language, s: SharedFilter) -> String {
    match s {
        SharedFilter::Any => t!(lang, "gallery-shared-any"),
        SharedFilter::Shared => t!(lang, "gallery-shared-yes"),
        SharedFilter::NotShared => t!(lang, "gallery-shared-no"),
    }
}

/// An order's menu label in `lang`.
fn sort_label(lang: Language, s: Sort) -> String {
    match s {
        Sort::Newest => t!(lang, "gallery-sort-newest"),
        Sort::Oldest => t!(lang, "gallery-sort-oldest"),
    }
}

/// The query string of `query` with `after`, for links.
fn href(query: &GalleryQuery, after: Option<&str>) -> String {
    let pairs = query.pairs(after);
    if pairs.is_empty() {
        return routes::GALLERY.to_owned();
    }
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", routes::encode_component(v)))
        .collect();
    format!("{}?{}", routes::GALLERY, encoded.join("&"))
}

/// `/gallery`.
#[component]
pub fn Gallery() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let query = use_query_map();
    let pairs: Vec<(String, String)> = query.with_untracked(|q| {
        [
            fields::Q,
            fields::MODEL,
            fields::STATUS,
            fields::FROM,
            fields::TO,
            fields::SHARED,
            fields::SORT,
            fields::AFTER,
        ]
        .into_iter()
        .filter_map(|k| q.get(k).map(|v| (k.to_owned(), v)))
        .collect()
    });
    let lang = use_context::<Language>().unwrap_or_default();
    let notice = query
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text)
        .map(|(tone, id)| (tone, text(lang, id, &[])));
    let data = Resource::new_blocking(move || (v.clone(), pairs.clone()), |(v, q)| load(v, q));
    let confirm = feedback(DELETE_FORM);
    view! {
        <Title text=t!(lang, "gallery-title") />
        <div class="mx-auto max-w-6xl px-4 py-10 sm:px-6">
            <header class="flex flex-wrap items-end justify-between gap-4">
                <div>
                    <h1 class="text-2xl font-bold tracking-tight sm:text-3xl">{t!(lang, "gallery-title")}</h1>
                    <p class="mt-2 text-muted">{t!(lang, "gallery-lead")}</p>
                </div>
                <a class="btn-primary" href=routes::CREATE>{t!(lang, "gallery-new-image")}</a>
            </header>
            {notice.map(|(tone, text)| view! { <Notice tone>{text}</Notice> })}
            {(!confirm.values.is_empty()).then(|| view! { <ConfirmDelete values=confirm.values.clone() /> })}
            <Suspense fallback=|| view! { <GallerySkeleton /> }>
                {move || Suspend::new(async move {
                    data.await.map(|page| view! { <GalleryBody page /> })
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn GallerySkeleton() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <ul class="gallery-grid mt-8" aria-busy="true" aria-label=t!(lang, "gallery-loading")>
            {(0..8).map(|_| view! { <li class="tile tile-skeleton"></li> }).collect_view()}
        </ul>
    }
}

#[component]
fn ConfirmDelete(values: Vec<(String, String)>) -> impl IntoView {
    let images = values.iter().filter(|(k, _)| k == fields::IMAGE).count();
    let generations = values
        .iter()
        .filter(|(k, _)| k == fields::GENERATION)
        .count();
    let lang = use_context::<Language>().unwrap_or_default();
    let title = match (images, generations) {
        (n, 0) => t!(lang, "gallery-delete-images", count = n),
        (0, n) => t!(lang, "gallery-delete-failed", count = n),
        (i, g) => t!(lang, "gallery-delete-mixed", images = i, generations = g),
    };
    view! {
        <section class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" data-testid=testids::CONFIRM_DELETE>
            <h2 id="confirm-title" class="text-lg font-semibold">{title}</h2>
            <p id="confirm-text" class="mt-1 text-sm">
                {t!(lang, "gallery-delete-text")}
            </p>
            <form method="post" action=routes::GALLERY_DELETE class="mt-4 flex flex-wrap gap-3">
                {values.into_iter()
                    .filter(|(k, _)| k == fields::IMAGE || k == fields::GENERATION)
                    .map(|(k, v)| view! { <input type="hidden" name=k value=v /> })
                    .collect_view()}
                <input type="hidden" name=fields::CONFIRM value="1" />
                <button type="submit" class="btn-danger" autofocus=true>{t!(lang, "gallery-delete-confirm")}</button>
                <a class="btn-secondary" href=routes::GALLERY>{t!(lang, "gallery-cancel")}</a>
            </form>
        </section>
    }
}

#[component]
fn Filters(page: GalleryPage) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let q = page.query.clone();
    let error = |field: &str| {
        page.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let invalid = |field: &str| error(field).is_some().then_some("true");
    let narrowed = [
        q.model.is_some(),
        q.status != StatusFilter::Any,
        q.shared != SharedFilter::Any,
        q.from.is_some() || q.to.is_some(),
        q.sort != Sort::Newest,
    ]
    .into_iter()
    .filter(|b| *b)
    .count();
    let open = narrowed > 0 || !page.errors.is_empty();
    view! {
        <form method="get" action=routes::GALLERY class="filters" role="search" aria-label=t!(lang, "gallery-search-filter") data-testid=testids::GALLERY_FILTERS>
            <div class="flex flex-wrap items-end gap-2">
                <div class="field min-w-0 flex-1">
                    <label for="g-q">{t!(lang, "gallery-search")}</label>
                    <input id="g-q" class="input" type="search" name=fields::Q value=q.q.clone() maxlength="200" placeholder=t!(lang, "gallery-search-placeholder") aria-invalid=invalid(fields::Q) />
                </div>
                <button type="submit" class="btn-primary py-2.5">{t!(lang, "gallery-apply")}</button>
                {q.is_filtered().then(|| view! { <a class="btn-ghost py-2.5" href=routes::GALLERY>{t!(lang, "gallery-clear")}</a> })}
            </div>
            <details class="mt-3" open=open>
                <summary class="filters-toggle">
                    {if narrowed > 0 { t!(lang, "gallery-filters-count", count = narrowed) } else { t!(lang, "gallery-filters") }}
                </summary>
                <div class="filters-grid">
            <div class="field">
                <label for="g-model">{t!(lang, "generation-model")}</label>
                <select id="g-model" class="input" name=fields::MODEL>
                    <option value="">{t!(lang, "gallery-any-model")}</option>
                    {page.models.iter().map(|m| view! {
                        <option value=m.id.clone() selected=q.model.as_deref() == Some(m.id.as_str())>{m.label.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="g-status">{t!(lang, "gallery-status")}</label>
                <select id="g-status" class="input" name=fields::STATUS aria-invalid=invalid(fields::STATUS)>
                    {StatusFilter::ALL.into_iter().map(|s| view! { <option value=s.code() selected=q.status == s>{status_label(lang, s)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="g-shared">{t!(lang, "gallery-shared")}</label>
                <select id="g-shared" class="input" name=fields::SHARED aria-invalid=invalid(fields::SHARED)>
                    {SharedFilter::ALL.into_iter().map(|s| view! { <option value=s.code() selected=q.shared == s>{shared_label(lang, s)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="g-from">{t!(lang, "gallery-from")}</label>
                <input id="g-from" class="input" type="date" name=fields::FROM value=q.from.map(|d| d.to_string()) aria-invalid=invalid(fields::FROM) />
            </div>
            <div class="field">
                <label for="g-to">{t!(lang, "gallery-to")}</label>
                <input id="g-to" class="input" type="date" name=fields::TO value=q.to.map(|d| d.to_string()) aria-invalid=invalid(fields::TO) />
            </div>
            <div class="field">
                <label for="g-sort">{t!(lang, "gallery-order")}</label>
                <select id="g-sort" class="input" name=fields::SORT>
                    {Sort::ALL.into_iter().map(|s| view! { <option value=s.code() selected=q.sort == s>{sort_label(lang, s)}</option> }).collect_view()}
                </select>
            </div>
                </div>
            </details>
        </form>
        {(!page.errors.is_empty()).then(|| view! {
            <div class="notice notice-error mt-4" role="alert">
                <p class="font-medium">{t!(lang, "gallery-filter-errors")}</p>
                <ul class="mt-1 list-disc pl-5">
                    {page.errors.iter().map(|(_, m)| view! { <li>{m.clone()}</li> }).collect_view()}
                </ul>
            </div>
        })}
    }
}

#[component]
fn GalleryBody(page: GalleryPage) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let first_page = page.query.after.is_none();
    let more = page.next.as_deref().map(|c| href(&page.query, Some(c)));
    let empty = page.generations.is_empty();
    let has_any = page.has_any;
    let mut seen = 0usize;
    let tiles = page
        .generations
        .iter()
        .map(|g| {
            let eager = first_page && seen < FIRST_ROW;
            seen += g.images.len().max(1);
            view! { <Tiles generation=g.clone() eager /> }
        })
        .collect_view();
    view! {
        <Filters page=page.clone() />
        {match (empty, has_any) {
            (true, false) => view! {
                <div class="empty-state mt-8">
                    <p class="font-medium">{t!(lang, "gallery-empty-title")}</p>
                    <p class="mt-1 text-sm text-muted">{t!(lang, "gallery-empty-text")}</p>
                    <a class="btn-primary mt-4" href=routes::CREATE>{t!(lang, "gallery-empty-action")}</a>
                </div>
            }.into_any(),
            (true, true) => view! {
                <div class="empty-state mt-8">
                    <p class="font-medium">{t!(lang, "gallery-no-match-title")}</p>
                    <p class="mt-1 text-sm text-muted">{t!(lang, "gallery-no-match-text")}</p>
                    <a class="btn-secondary mt-4" href=routes::GALLERY>{t!(lang, "gallery-show-all")}</a>
                </div>
            }.into_any(),
            _ => view! {
                <form method="post" action=routes::GALLERY_DELETE class="mt-8">
                    <div class="gallery-toolbar">
                        <p class="text-sm text-muted">{t!(lang, "gallery-tick")}</p>
                        <button type="submit" class="btn-secondary" data-testid=testids::GALLERY_DELETE>{t!(lang, "gallery-delete-selected")}</button>
                    </div>
                    <ul class="gallery-grid" id="gallery-grid" aria-label=t!(lang, "gallery-images")>{tiles}</ul>
                </form>
                {more.map(|href| view! {
                    <p class="mt-8 text-center">
                        <a class="btn-secondary" href=href rel="next" data-infinite="gallery-grid" data-testid=testids::GALLERY_MORE>{t!(lang, "gallery-more")}</a>
                    </p>
                })}
            }.into_any(),
        }}
    }
}

#[component]
fn Tiles(generation: GalleryGeneration, eager: bool) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let g = generation;
    match g.status {
        // Cancelled by the person: said as the job card says it, not as a failure. Kept (its
        // prompt is stored) so that it can be run again or deleted like any other.
        Status::Cancelled => view! {
            <li class="tile tile-cancelled" data-testid=testids::GALLERY_CANCELLED>
                <input type="checkbox" class="tile-check" name=fields::GENERATION value=g.id.clone()
                    aria-label=t!(lang, "gallery-select-cancelled", prompt = &g.prompt) />
                <p class="line-clamp-2 font-medium">{g.prompt.clone()}</p>
                <p class="mt-1 text-sm text-muted">{t!(lang, "gen-queue-cancelled")}</p>
                <button type="submit" class="btn-secondary mt-3" formaction=routes::GALLERY_RETRY name=fields::GENERATION value=g.id.clone()>
                    {t!(lang, "gallery-retry")}
                </button>
            </li>
        }
        .into_any(),
        Status::Failed => {
            let reason = g.failure.as_ref().map(|f| f.message.clone()).unwrap_or_default();
            view! {
                <li class="tile tile-failed" data-testid=testids::GALLERY_FAILED>
                    <input type="checkbox" class="tile-check" name=fields::GENERATION value=g.id.clone()
                        aria-label=t!(lang, "gallery-select-failed", prompt = &g.prompt) />
                    <p class="line-clamp-2 font-medium">{g.prompt.clone()}</p>
                    <p class="mt-1 text-sm text-red-700 dark:text-red-300">{reason}</p>
                    <button type="submit" class="btn-secondary mt-3" formaction=routes::GALLERY_RETRY name=fields::GENERATION value=g.id.clone()>
                        {t!(lang, "gallery-retry")}
                    </button>
                </li>
            }
            .into_any()
        }
        Status::Queued | Status::Running => view! {
            <li class="tile tile-pending">
                <span class="spinner" aria-hidden="true"></span>
                <a class="link mt-2" href=format!("{}?remix={}", routes::CREATE, g.id)>{t!(lang, "generation-generating")}</a>
                <p class="mt-1 line-clamp-2 text-sm text-muted">{g.prompt.clone()}</p>
            </li>
        }
        .into_any(),
        Status::Succeeded => g
            .images
            .iter()
            .enumerate()
            .map(|(i, image)| {
                let eager = eager && i < FIRST_ROW;
                let alt = g.prompt.clone();
                view! {
                    <li class="tile" data-testid=testids::GALLERY_TILE>
                        <input type="checkbox" class="tile-check" name=fields::IMAGE value=image.id.clone()
                            aria-label=t!(lang, "gallery-select", prompt = &alt) data-testid=testids::GALLERY_SELECT />
                        <a class="tile-link" href=routes::gallery_item(&image.id)>
                            <img
                                src=image.thumb_url.clone()
                                srcset=format!("{} {}w, {} {}w", image.thumb_url, image.thumb_width, image.preview_url, image.preview_width)
                                sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
                                width=image.thumb_width
                                height=image.thumb_height
                                alt=alt.clone()
                                loading=if eager { "eager" } else { "lazy" }
                                fetchpriority=eager.then_some("high")
                                decoding="async"
                            />
                        </a>
                        {image.shared.then(|| view! { <span class="tile-badge">{t!(lang, "gallery-badge-shared")}</span> })}
                    </li>
                }
            })
            .collect_view()
            .into_any(),
    }
}
