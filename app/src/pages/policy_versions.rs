//! `/privacy/versions`: every version of the privacy policy — announced ones ahead of their
//! date — with what each changed from the one before.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{routes, site::PolicyVersionView, testids};

use crate::error::AppError;

async fn load() -> Result<Vec<PolicyVersionView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.privacy.versions().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::internal())
    }
}

/// The page.
#[component]
pub fn PolicyVersions() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |()| load());
    view! {
        <Title text="Policy versions" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Privacy policy"</p>
                <h1>"Versions and changes"</h1>
                <p class="lead">
                    "Each configuration of this server gives one version of the "
                    <a class="link" href=routes::PRIVACY>"privacy policy"</a>
                    ". Changes that matter are announced here and by email before they take effect."
                </p>
            </header>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|versions| view! {
                        <ol class="mt-8 space-y-6">
                            {versions.into_iter().map(|v| view! { <Version v /> }).collect_view()}
                        </ol>
                    })
                })}
            </Suspense>
        </article>
    }
}

#[component]
fn Version(v: PolicyVersionView) -> impl IntoView {
    let status = match (v.current, v.upcoming) {
        (true, _) => "In effect",
        (false, true) => "Announced",
        (false, false) => "Earlier",
    };
    let title = if v.upcoming {
        format!("Takes effect on {}", v.effective_date)
    } else {
        format!("Effective {}", v.effective_date)
    };
    let first = v.added.is_empty() && v.removed.is_empty();
    view! {
        <li class="card" data-testid=testids::POLICY_VERSION data-status=status>
            <h2 class="flex flex-wrap items-baseline gap-x-3">
                {title}
                <span class="text-sm font-normal text-muted">{status} " · version " <code>{v.version.clone()}</code></span>
            </h2>
            {v.summary.map(|s| view! {
                <p><strong>"What changes: "</strong>{s}{v.announced_date.map(|d| format!(" (announced {d})"))}</p>
            })}
            {first.then(|| view! { <p class="text-muted">"The first version recorded on this server, or no change in what the policy says."</p> })}
            {(!v.added.is_empty()).then(|| view! {
                <h3 class="mt-4">"Added or changed"</h3>
                <ul class="list">{v.added.into_iter().map(|l| view! { <li><ins class="no-underline">{l}</ins></li> }).collect_view()}</ul>
            })}
            {(!v.removed.is_empty()).then(|| view! {
                <h3 class="mt-4">"Removed or replaced"</h3>
                <ul class="list text-muted">{v.removed.into_iter().map(|l| view! { <li><del>{l}</del></li> }).collect_view()}</ul>
            })}
        </li>
    }
}
