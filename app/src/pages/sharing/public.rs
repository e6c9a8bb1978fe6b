//! `/share/{id}`: a shared image for anyone, without signing in. Server-rendered with Open Graph
//! and Twitter Card tags; the share buttons are plain links to each network's share page and
//! nothing is loaded from another origin (P-SHR-3). Unknown, revoked and expired ids all get the
//! same 404 page; a share taken down after a report gets a neutral 410 page. Every page has a
//! quiet "Report this image" link to the report form.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;
use obscura_shared::{account::Language, gallery::PublicShare, routes, t, testids};

use crate::{
    error::AppError,
    pages::{not_found::NotFound, reports::ShareGone},
};

/// What a share page shows: the share, the 410 of a taken-down one, or the 404.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Loaded {
    Share(PublicShare),
    TakenDown,
    Missing,
}

async fn load(id: String) -> Result<Loaded, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown share (the same 404).
        let Ok(id) = id.parse() else {
            return Ok(Loaded::Missing);
        };
        let ports = crate::backend::ports()?;
        if let Some(share) = ports.gallery.public_share(&id).await? {
            return Ok(Loaded::Share(share));
        }
        // Asked only when the share is not live: a taken-down share answers 410.
        Ok(match ports.reports.standing(&id).await? {
            obscura_shared::reports::ShareStanding::TakenDown => Loaded::TakenDown,
            _ => Loaded::Missing,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = id;
        Err(AppError::internal())
    }
}

/// `/share/{id}`.
#[component]
pub fn SharePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let data = Resource::new_blocking(move || id.clone(), load);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Loaded::Share(share)) => view! { <Shared share /> }.into_any(),
                    Ok(Loaded::TakenDown) => view! { <ShareGone /> }.into_any(),
                    Ok(Loaded::Missing) => view! { <NotFound /> }.into_any(),
                    Err(e) => Err::<(), _>(e).into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Shared(share: PublicShare) -> impl IntoView {
    // The viewer's language; the owner's prompt and name are shown as they wrote them.
    let lang = use_context::<Language>().unwrap_or_default();
    let title = match (&share.prompt, &share.name) {
        (Some(p), _) => p.chars().take(70).collect::<String>(),
        (None, Some(name)) => t!(lang, "share-page-by", name = name),
        (None, None) => t!(lang, "share-page-untitled"),
    };
    let description = share
        .prompt
        .clone()
        .map(|p| p.chars().take(200).collect::<String>())
        .unwrap_or_else(|| t!(lang, "share-page-fallback"));
    let alt = title_for_share(lang, &share);
    let url = routes::encode_component(&share.url);
    let text = routes::encode_component(&title);
    let report = routes::share_report(&share.id);
    let x = format!("https://x.com/intent/post?url={url}&text={text}");
    let facebook = format!("https://www.facebook.com/sharer/sharer.php?u={url}");
    let pinterest = format!(
        "https://www.pinterest.com/pin/create/button/?url={url}&media={}&description={}",
        routes::encode_component(&share.image_url),
        routes::encode_component(&description)
    );
    let robots = if share.indexable {
        "index, follow, max-image-preview:large"
    } else {
        "noindex, nofollow"
    };
    view! {
        <Title text=title.clone() />
        <crate::components::alternates::PageAlternates />
        <Meta name="robots" content=robots />
        <Link rel="canonical" href=share.url.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content="Obscura" />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta property="og:url" content=share.url.clone() />
        <Meta property="og:image" content=share.image_url.clone() />
        <Meta property="og:image:type" content=share.image_mime.clone() />
        <Meta property="og:image:width" content=share.width.to_string() />
        <Meta property="og:image:height" content=share.height.to_string() />
        <Meta property="og:image:alt" content=alt.clone() />
        <Meta name="twitter:card" content="summary_large_image" />
        <Meta name="twitter:title" content=title.clone() />
        <Meta name="twitter:description" content=description.clone() />
        <Meta name="twitter:image" content=share.image_url.clone() />
        <Meta name="twitter:image:alt" content=alt.clone() />
        <article class="mx-auto max-w-4xl px-4 py-8 sm:px-6">
            <figure>
                <img
                    class="detail-image"
                    src=share.image_url.clone()
                    width=share.width
                    height=share.height
                    alt=alt
                    fetchpriority="high"
                    data-testid=testids::SHARED_IMAGE
                />
                {(share.prompt.is_some() || share.name.is_some()).then(|| view! {
                    <figcaption class="mt-4">
                        {share.prompt.clone().map(|p| view! { <p class="text-lg break-words" data-user-content>{p}</p> })}
                        {share.name.clone().map(|n| view! { <p class="mt-1 text-sm text-muted">{t!(lang, "share-page-shared-by", name = n)}</p> })}
                    </figcaption>
                })}
            </figure>
            <h1 class="sr-only">{title}</h1>
            <div class="mt-6 flex flex-wrap items-center gap-2">
                <a class="btn-secondary" href=x rel="noopener noreferrer" target="_blank">{t!(lang, "share-page-on-x")}</a>
                <a class="btn-secondary" href=facebook rel="noopener noreferrer" target="_blank">{t!(lang, "share-page-on-facebook")}</a>
                <a class="btn-secondary" href=pinterest rel="noopener noreferrer" target="_blank">{t!(lang, "share-page-pin")}</a>
                <button type="button" class="btn-secondary" data-copy=share.url.clone() data-testid=testids::COPY_BUTTON hidden=true>{t!(lang, "share-copy-link")}</button>
                <button type="button" class="btn-secondary" data-web-share=share.url.clone() data-share-title=title_for_share(lang, &share) hidden=true>{t!(lang, "share-page-share")}</button>
            </div>
            <p class="mt-8 text-sm text-muted">
                <a class="link" href=share.home_url.clone()>{t!(lang, "share-page-made-with")}</a>
                {format!(" {}", t!(lang, "share-page-studio"))}
            </p>
            <p class="mt-2 text-xs text-muted">
                <a class="link" href=report rel="nofollow" data-testid=testids::REPORT_LINK>{t!(lang, "report-link")}</a>
            </p>
        </article>
    }
}

fn title_for_share(lang: Language, share: &PublicShare) -> String {
    share
        .prompt
        .clone()
        .unwrap_or_else(|| t!(lang, "share-page-alt"))
}
