//! `/privacy/versions`: every version of the privacy policy — announced ones ahead of their
//! date — with what each changed from the one before, in the reader's language.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{account::Language, routes, site::PolicyVersionView, t, testids};

use super::policy::{link, policy_date, rich};
use crate::error::AppError;

/// The versions, with what each changed as readers of `lang` read it (only: the page carries no
/// other language's statements).
async fn load(lang: Language) -> Result<Vec<PolicyVersionView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let mut versions = crate::backend::ports()?.privacy.versions().await?;
        for v in &mut versions {
            let mine = v.changes_in(lang).cloned();
            v.changes = mine.into_iter().collect();
        }
        Ok(versions)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        Err(AppError::internal())
    }
}

/// The page.
#[component]
pub fn PolicyVersions() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(|| (), move |()| load(lang));
    view! {
        <Title text=t!(lang, "versions-title") />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "policy-title")}</p>
                <h1>{t!(lang, "versions-heading")}</h1>
                <p class="lead">
                    {rich(&t!(lang, "versions-lead"), |name, inner| {
                        (name == "policy").then(|| link(routes::PRIVACY.to_owned(), inner))
                    })}
                </p>
            </header>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "versions-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|versions| view! {
                        <ol class="mt-8 space-y-6">
                            {versions.into_iter().map(|v| view! { <Version v lang /> }).collect_view()}
                        </ol>
                    })
                })}
            </Suspense>
        </article>
    }
}

#[component]
fn Version(v: PolicyVersionView, lang: Language) -> impl IntoView {
    // The status as tests and styles know it, and as the reader reads it.
    let (status, status_text) = match (v.current, v.upcoming) {
        (true, _) => ("In effect", t!(lang, "versions-status-current")),
        (false, true) => ("Announced", t!(lang, "versions-status-announced")),
        (false, false) => ("Earlier", t!(lang, "versions-status-earlier")),
    };
    let date = policy_date(lang, &v.effective_date);
    let title = if v.upcoming {
        t!(lang, "versions-takes-effect", date = date)
    } else {
        t!(lang, "versions-effective", date = date)
    };
    let (added, added_in, removed, removed_in) = v.changes_in(lang).map_or_else(
        || (Vec::new(), lang, Vec::new(), lang),
        |c| (c.added.clone(), c.added_in, c.removed.clone(), c.removed_in),
    );
    // Statements a version could only say in English are marked as such.
    let other = |said_in: Language| (said_in != lang).then(|| said_in.code());
    let first = added.is_empty() && removed.is_empty();
    let announced = v.announced_date.map(|d| {
        format!(
            " {}",
            t!(lang, "versions-announced", date = policy_date(lang, &d))
        )
    });
    view! {
        <li class="card" data-testid=testids::POLICY_VERSION data-status=status>
            <h2 class="flex flex-wrap items-baseline gap-x-3">
                {title}
                <span class="text-sm font-normal text-muted">
                    {rich(&t!(lang, "versions-status", status = status_text, version = v.version.clone()), |name, inner| {
                        (name == "code").then(|| view! { <code>{inner}</code> }.into_any())
                    })}
                </span>
            </h2>
            {v.summary.map(|s| view! {
                <p><strong>{format!("{} ", t!(lang, "versions-what-changes"))}</strong>{s}{announced}</p>
            })}
            {first.then(|| view! { <p class="text-muted">{t!(lang, "versions-first")}</p> })}
            {(!added.is_empty()).then(|| view! {
                <h3 class="mt-4">{t!(lang, "versions-added")}</h3>
                <ul class="list" lang=other(added_in)>{added.into_iter().map(|l| view! { <li><ins class="no-underline">{l}</ins></li> }).collect_view()}</ul>
            })}
            {(!removed.is_empty()).then(|| view! {
                <h3 class="mt-4">{t!(lang, "versions-removed")}</h3>
                <ul class="list text-muted" lang=other(removed_in)>{removed.into_iter().map(|l| view! { <li><del>{l}</del></li> }).collect_view()}</ul>
            })}
        </li>
    }
}
