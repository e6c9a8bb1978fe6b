//! `/deletion-status/{code}`: what a platform's data-deletion request (Meta's callback) deleted
//! and when, for anyone holding the confirmation code. No sign-in; unknown codes get the 404.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use obscura_shared::{social::DeletionStatus, testids};

use crate::{
    error::AppError,
    format::plural,
    pages::{connections::when, not_found::NotFound},
};

async fn load(code: String) -> Result<Option<DeletionStatus>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.social.deletion_status(&code).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = code;
        Err(AppError::internal())
    }
}

/// `/deletion-status/{code}`.
#[component]
pub fn DeletionStatusPage() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("code").unwrap_or_default());
    let data = Resource::new_blocking(move || code.clone(), load);
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(status)) => view! { <Status status /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(e) => Err::<(), _>(e).into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Status(status: DeletionStatus) -> impl IntoView {
    let title = format!("Deletion request {}", status.code);
    let connections = plural(
        i64::from(status.connections),
        "connection with its tokens",
        "connections with their tokens",
    );
    let posts = plural(
        i64::from(status.posts),
        "publishing-history row",
        "publishing-history rows",
    );
    view! {
        <Title text=title.clone() />
        <article class="prose-page" data-testid=testids::DELETION_STATUS>
            <p class="eyebrow">"Data deletion"</p>
            <h1 class="break-words">{title}</h1>
            <p class="lead">{format!("{} asked Obscura to delete the data it received through them. It is done.", status.platform)}</p>
            <dl class="facts">
                <dt>"Platform"</dt><dd>{status.platform.clone()}</dd>
                <dt>"Deleted"</dt><dd>{format!("{connections}; {posts}")}</dd>
                <dt>"When"</dt><dd><time datetime=status.deleted_at.clone()>{when(&status.deleted_at)}</time></dd>
            </dl>
            <p>"Images in your Obscura gallery are not affected. Posts already on the platform are the platform's to delete."</p>
        </article>
    }
}
