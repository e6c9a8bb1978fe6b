//! `/share/{id}`: a shared image for anyone, without signing in. Server-rendered with Open Graph
//! and Twitter Card tags; the share buttons are plain links to each network's share page and
//! nothing is loaded from another origin (P-SHR-3). Unknown, revoked and expired ids all get the
//! same 404 page.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;
use obscura_shared::{gallery::PublicShare, routes, testids};

use crate::{error::AppError, pages::not_found::NotFound};

async fn load(id: String) -> Result<Option<PublicShare>, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown share (the same 404).
        let Ok(id) = id.parse() else {
            return Ok(None);
        };
        crate::backend::ports()?.gallery.public_share(&id).await
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
                    Ok(Some(share)) => view! { <Shared share /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(e) => Err::<(), _>(e).into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Shared(share: PublicShare) -> impl IntoView {
    const FALLBACK: &str = "An image made with Obscura, a private AI image studio.";
    let title = match (&share.prompt, &share.name) {
        (Some(p), _) => p.chars().take(70).collect::<String>(),
        (None, Some(name)) => format!("An image by {name}"),
        (None, None) => "A shared image".to_owned(),
    };
    let description = share
        .prompt
        .clone()
        .map(|p| p.chars().take(200).collect::<String>())
        .unwrap_or_else(|| FALLBACK.to_owned());
    let alt = share
        .prompt
        .clone()
        .unwrap_or_else(|| "An image shared from Obscura".to_owned());
    let url = routes::encode_component(&share.url);
    let text = routes::encode_component(&title);
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
                        {share.prompt.clone().map(|p| view! { <p class="text-lg break-words">{p}</p> })}
                        {share.name.clone().map(|n| view! { <p class="mt-1 text-sm text-muted">{format!("Shared by {n}")}</p> })}
                    </figcaption>
                })}
            </figure>
            <h1 class="sr-only">{title}</h1>
            <div class="mt-6 flex flex-wrap items-center gap-2">
                <a class="btn-secondary" href=x rel="noopener noreferrer" target="_blank">"Share on X"</a>
                <a class="btn-secondary" href=facebook rel="noopener noreferrer" target="_blank">"Share on Facebook"</a>
                <a class="btn-secondary" href=pinterest rel="noopener noreferrer" target="_blank">"Pin it"</a>
                <button type="button" class="btn-secondary" data-copy=share.url.clone() data-testid=testids::COPY_BUTTON hidden=true>"Copy link"</button>
                <button type="button" class="btn-secondary" data-web-share=share.url.clone() data-share-title=title_for_share(&share) hidden=true>"Share…"</button>
            </div>
            <p class="mt-8 text-sm text-muted">
                <a class="link" href=share.home_url.clone()>"Made with Obscura"</a>
                " — a private AI image studio."
            </p>
        </article>
    }
}

fn title_for_share(share: &PublicShare) -> String {
    share
        .prompt
        .clone()
        .unwrap_or_else(|| "An image shared from Obscura".to_owned())
}
