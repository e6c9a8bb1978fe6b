//! `/settings/shares`: every public link the person has made, with its image, when it was made,
//! when it ends, how often it was viewed; each can be revoked or given another expiry.

use leptos::prelude::*;
use obscura_shared::{
    account::Language,
    gallery::{ShareView, fields},
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    error::AppError,
    forms::feedback,
    pages::{
        gallery_item::{ExpiryFields, day_of, views},
        settings::SettingsFrame,
    },
};

/// The expiry form's id (its feedback carries the share id in `share`).
pub const EXPIRY_FORM: &str = "share-expiry";

async fn load(v: Viewer) -> Result<Vec<ShareView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.gallery.shares(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

/// `/settings/shares`.
#[component]
pub fn Shares() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let data = Resource::new_blocking(move || v.clone(), load);
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <SettingsFrame title=t!(lang, "shares-title")>
            <p class="mt-2 text-muted">{t!(lang, "shares-lead")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "layout-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|shares| view! { <ShareList shares /> })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

#[component]
fn ShareList(shares: Vec<ShareView>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if shares.is_empty() {
        return view! {
            <div class="empty-state mt-6">
                <p class="font-medium">{t!(lang, "shares-empty-title")}</p>
                <p class="mt-1 text-sm text-muted">{t!(lang, "shares-empty-text")}</p>
                <a class="btn-secondary mt-4" href=routes::GALLERY>{t!(lang, "shares-open-gallery")}</a>
            </div>
        }
        .into_any();
    }
    let fb = feedback(EXPIRY_FORM);
    view! {
        <ul class="rows">
            {shares.into_iter().map(|s| {
                let errors_here = fb.value(fields::SHARE).as_deref() == Some(s.id.as_str());
                let date_error = errors_here.then(|| fb.error(fields::EXPIRY_DATE)).flatten();
                let status = match (&s.expires_at, s.expired) {
                    (_, true) => t!(lang, "shares-ended", date = s.expires_at.as_deref().map(day_of).unwrap_or_default()),
                    (Some(at), false) => t!(lang, "share-until", date = day_of(at)),
                    (None, false) => t!(lang, "share-no-expiry"),
                };
                let prefix = format!("x{}", s.id);
                let open = date_error.is_some();
                // Taken down after a report: shown with the reason; nothing left to change.
                if let Some(reason) = s.taken_down.clone() {
                    return view! {
                        <li class="share-row" data-testid=testids::SHARE_TAKEN_DOWN data-expired="true">
                            <a href=routes::gallery_item(&s.image_id) class="shrink-0 focus-ring rounded-lg">
                                <img src=s.thumb_url.clone() width=s.thumb_width height=s.thumb_height alt=s.prompt.clone() loading="lazy" class="h-16 w-16 rounded-lg object-cover" />
                            </a>
                            <div class="min-w-0 flex-1">
                                <p class="line-clamp-1 font-medium">{s.prompt.clone()}</p>
                                <p class="break-all text-xs text-muted line-through">{s.url.clone()}</p>
                                <p class="mt-1 text-sm font-medium text-red-800 dark:text-red-200">
                                    {t!(lang, "report-share-taken-down", reason = crate::pages::reports::reason_label(lang, &reason))}
                                </p>
                                <p class="mt-1 text-xs text-muted">
                                    {t!(lang, "report-share-appeal")} " "
                                    <a class="link" href=routes::SUPPORT>{t!(lang, "report-share-appeal-link")}</a>
                                </p>
                            </div>
                        </li>
                    }.into_any();
                }
                view! {
                    <li class="share-row" data-testid=testids::SHARE_ROW data-expired=s.expired.to_string()>
                        <a href=routes::gallery_item(&s.image_id) class="shrink-0 focus-ring rounded-lg">
                            <img src=s.thumb_url.clone() width=s.thumb_width height=s.thumb_height alt=s.prompt.clone() loading="lazy" class="h-16 w-16 rounded-lg object-cover" />
                        </a>
                        <div class="min-w-0 flex-1">
                            <p class="line-clamp-1 font-medium">{s.prompt.clone()}</p>
                            <a class="link break-all text-xs" href=s.url.clone() data-testid=testids::SHARE_LINK>{s.url.clone()}</a>
                            <p class="mt-1 text-xs text-muted">
                                {format!("{} ", t!(lang, "shares-made"))} <time datetime=s.created_at.clone()>{day_of(&s.created_at)}</time>
                                " · " {status}
                                " · " {views(lang, s.views)}
                            </p>
                        </div>
                        <details class="w-full sm:w-auto" open=open>
                            <summary class="btn-ghost btn-sm cursor-pointer">{t!(lang, "shares-change-expiry")}</summary>
                            <form method="post" action=routes::SHARE_EXPIRY class="mt-2 space-y-2">
                                <input type="hidden" name=fields::SHARE value=s.id.clone() />
                                <ExpiryFields id_prefix=prefix date_error />
                                <button type="submit" class="btn-secondary btn-sm">{t!(lang, "shares-save-expiry")}</button>
                            </form>
                        </details>
                        <form method="post" action=routes::SHARE_REVOKE>
                            <input type="hidden" name=fields::SHARE value=s.id.clone() />
                            <button type="submit" class="btn-secondary btn-sm" aria-label=t!(lang, "shares-stop-label", prompt = &s.prompt)>{t!(lang, "share-stop")}</button>
                        </form>
                    </li>
                }.into_any()
            }).collect_view()}
        </ul>
    }
    .into_any()
}
