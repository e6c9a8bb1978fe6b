//! `/deletion-status/{code}`: what a platform's data-deletion request (Meta's callback) deleted
//! and when, for anyone holding the confirmation code. No sign-in; unknown codes get the 404.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use obscura_shared::{account::Language, social::DeletionStatus, t, testids};

use crate::{
    error::AppError,
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
    let lang = use_context::<Language>().unwrap_or_default();
    let title = t!(lang, "deletion-title", code = &status.code);
    let deleted = format!(
        "{}; {}",
        t!(lang, "deletion-connections", count = status.connections),
        t!(lang, "deletion-posts", count = status.posts)
    );
    view! {
        <Title text=title.clone() />
        <article class="prose-page" data-testid=testids::DELETION_STATUS>
            <p class="eyebrow">{t!(lang, "deletion-eyebrow")}</p>
            <h1 class="break-words">{title}</h1>
            <p class="lead">{t!(lang, "deletion-lead", platform = &status.platform)}</p>
            <dl class="facts">
                <dt>{t!(lang, "deletion-platform")}</dt><dd>{status.platform.clone()}</dd>
                <dt>{t!(lang, "deletion-deleted-label")}</dt><dd>{deleted}</dd>
                <dt>{t!(lang, "deletion-when")}</dt><dd><time datetime=status.deleted_at.clone()>{when(&status.deleted_at)}</time></dd>
            </dl>
            <p>{t!(lang, "deletion-gallery")}</p>
        </article>
    }
}
