//! `/gallery/{image}`: one image large, what made it, and what can be done with it — download,
//! copy the prompt, remix, use as reference, share (with options and expiry), delete. The arrow
//! keys move to the previous and next image (enhance module; plain links without it).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use obscura_shared::{
    gallery::{Expiry, GalleryItem, ShareView, fields},
    routes, testids,
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
    AppError::new(
        obscura_shared::ErrorCode::NotFound,
        "This image does not exist or was deleted.",
    )
}

fn notice_text(key: &str) -> Option<&'static str> {
    Some(match key {
        "shared" => "Your share link is ready. Anyone with it can see this image.",
        "share-revoked" => "That share link no longer works.",
        "share-updated" => "The share's expiry is changed.",
        _ => return None,
    })
}

/// A date from RFC 3339, as `YYYY-MM-DD`.
pub(crate) fn day_of(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or_default().to_owned()
}

fn seconds(ms: u64) -> String {
    if ms < 1_000 {
        format!("{ms} ms")
    } else {
        format!("{:.1} s", ms as f64 / 1_000.0)
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
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text);
    let data = Resource::new_blocking(move || (v.clone(), id.clone()), |(v, id)| load(v, id));
    view! {
        <Suspense fallback=|| view! { <p class="mx-auto max-w-6xl px-6 py-10 text-muted">"Loading…"</p> }>
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
    let image = item.image.clone();
    let title: String = item.prompt.chars().take(60).collect();
    let kept = match &item.expires_at {
        Some(at) => format!("Kept until {}, then deleted", day_of(at)),
        None => "Kept until you delete it".to_owned(),
    };
    let position = if item.count > 1 {
        format!(" · image {} of {}", image.index + 1, item.count)
    } else {
        String::new()
    };
    let file_name = format!("obscura-{}-{}", item.generation_id, image.index + 1);
    view! {
        <Title text=format!("{title} — Gallery") />
        <div class="mx-auto max-w-6xl px-4 py-8 sm:px-6">
            <nav aria-label="Breadcrumb" class="text-sm">
                <a class="link" href=routes::GALLERY>"Gallery"</a>
                <span class="text-muted" aria-hidden="true">" / "</span>
                <span aria-current="page" class="text-muted">"Image"</span>
            </nav>
            {notice.map(|text| view! { <Notice tone="ok">{text}</Notice> })}
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
                    <nav class="mt-4 flex justify-between gap-3" aria-label="Previous and next image">
                        {match item.prev.clone() {
                            Some(id) => view! { <a class="btn-secondary" href=routes::gallery_item(&id) rel="prev" data-hotkey="ArrowLeft" aria-keyshortcuts="ArrowLeft">"← Newer"</a> }.into_any(),
                            None => view! { <span></span> }.into_any(),
                        }}
                        {item.next.clone().map(|id| view! {
                            <a class="btn-secondary" href=routes::gallery_item(&id) rel="next" data-hotkey="ArrowRight" aria-keyshortcuts="ArrowRight">"Older →"</a>
                        })}
                    </nav>
                </figure>
                <div class="min-w-0">
                    <h1 class="text-xl font-bold tracking-tight">"Image details"</h1>
                    <section class="mt-4" aria-labelledby="d-prompt">
                        <div class="flex items-center justify-between gap-3">
                            <h2 id="d-prompt" class="text-sm font-semibold">"Prompt"</h2>
                            <button type="button" class="btn-ghost btn-sm" data-copy=item.prompt.clone() data-testid=testids::COPY_BUTTON hidden=true>"Copy prompt"</button>
                        </div>
                        <p class="mt-1 whitespace-pre-wrap break-words">{item.prompt.clone()}</p>
                        {item.negative_prompt.clone().filter(|n| !n.is_empty()).map(|n| view! {
                            <h2 class="mt-3 text-sm font-semibold">"Left out"</h2>
                            <p class="mt-1 break-words text-muted">{n}</p>
                        })}
                    </section>
                    <dl class="facts mt-4">
                        <dt>"Model"</dt><dd>{item.model_label.clone()}</dd>
                        <dt>"Size"</dt><dd>{format!("{} × {}{position}", image.width, image.height)}</dd>
                        <dt>"Seed"</dt><dd>{item.seed}</dd>
                        {item.duration_ms.map(|ms| view! { <dt>"Took"</dt><dd>{seconds(ms)}</dd> })}
                        <dt>"Cost"</dt><dd>{format!("{} credit{}", item.cost, if item.cost == 1 { "" } else { "s" })}</dd>
                        <dt>"Created"</dt><dd><time datetime=item.created_at.clone()>{day_of(&item.created_at)}</time></dd>
                        <dt>"Kept"</dt><dd>{kept}</dd>
                    </dl>
                    <div class="mt-5 flex flex-wrap gap-2">
                        <a class="btn-primary" href=image.download_url.clone() download=file_name>"Download original"</a>
                        <a class="btn-secondary" href=format!("{}?remix={}", routes::CREATE, item.generation_id)>"Remix"</a>
                        <a class="btn-secondary" href=format!("{}?reference_image={}", routes::CREATE, image.id)>"Use as reference"</a>
                        <a class="btn-secondary" href=routes::publish(&image.id) data-testid=testids::PUBLISH_LINK>"Publish"</a>
                    </div>
                    <form method="post" action=routes::GALLERY_DELETE class="mt-3">
                        <input type="hidden" name=fields::IMAGE value=image.id.clone() />
                        <button type="submit" class="btn-ghost text-red-700 dark:text-red-300">"Delete…"</button>
                    </form>
                    <ShareSection item=item.clone() />
                </div>
            </div>
        </div>
    }
}

#[component]
fn ShareSection(item: GalleryItem) -> impl IntoView {
    let fb = feedback(SHARE_FORM);
    let back = routes::gallery_item(&item.image.id);
    let date_error = fb.error(fields::EXPIRY_DATE);
    view! {
        <section class="panel !mt-6 !p-5" aria-labelledby="d-share" id="shares">
            <h2 id="d-share" class="text-lg font-semibold">"Share"</h2>
            <p class="mt-1 text-sm text-muted">"A public page with this image. You choose what it shows and when it stops working."</p>
            <FormNotice feedback=fb.clone() />
            <form method="post" action=routes::SHARE_CREATE class="mt-4 space-y-3" data-testid=testids::SHARE_FORM>
                <input type="hidden" name=fields::IMAGE value=item.image.id.clone() />
                <label class="check"><input type="checkbox" name=fields::SHOW_PROMPT value="1" />" Show the prompt"</label>
                <label class="check"><input type="checkbox" name=fields::SHOW_NAME value="1" />{format!(" Show my name ({})", item.owner_name)}</label>
                <ExpiryFields id_prefix="s".to_owned() date_error=date_error />
                <button type="submit" class="btn-primary">"Create share link"</button>
            </form>
            {(!item.shares.is_empty()).then(|| view! {
                <h3 class="mt-6 text-sm font-semibold">"Links to this image"</h3>
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
                <label for=select_id.clone()>"Link works for"</label>
                <select id=select_id class="input" name=fields::EXPIRY>
                    {Expiry::CHOICES.into_iter().map(|(code, label)| view! {
                        <option value=code selected=code == selected>{label}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=date_id.clone()>"Until (for “on a date”)"</label>
                <input id=date_id class="input" type="date" name=fields::EXPIRY_DATE
                    aria-invalid=date_error.is_some().then_some("true")
                    aria-describedby=date_error.is_some().then(|| error_id.clone()) />
            </div>
        </div>
        {date_error.map(|e| view! { <p class="field-error" id=error_id><span aria-hidden="true">"⚠"</span><span>{e}</span></p> })}
    }
}

/// One share: its link with a copy button, expiry and views, and revoke.
#[component]
pub(crate) fn ShareLine(share: ShareView, back: String) -> impl IntoView {
    let expiry = match (&share.expires_at, share.expired) {
        (_, true) => format!(
            "Expired {}",
            share.expires_at.as_deref().map(day_of).unwrap_or_default()
        ),
        (Some(at), false) => format!("Until {}", day_of(at)),
        (None, false) => "No expiry".to_owned(),
    };
    view! {
        <li class="share-line">
            <a class="link break-all text-sm" href=share.url.clone() data-testid=testids::SHARE_LINK>{share.url.clone()}</a>
            <p class="mt-1 text-xs text-muted">
                {expiry} " · " {format!("{} view{}", share.views, if share.views == 1 { "" } else { "s" })}
                {share.show_prompt.then_some(" · prompt shown")}
                {share.show_name.then_some(" · name shown")}
            </p>
            <div class="mt-2 flex flex-wrap gap-2">
                <button type="button" class="btn-secondary btn-sm" data-copy=share.url.clone() data-testid=testids::COPY_BUTTON hidden=true>"Copy link"</button>
                <form method="post" action=routes::SHARE_REVOKE>
                    <input type="hidden" name=fields::SHARE value=share.id.clone() />
                    <input type="hidden" name=fields::BACK value=back />
                    <button type="submit" class="btn-ghost btn-sm">"Stop sharing"</button>
                </form>
            </div>
        </li>
    }
}
