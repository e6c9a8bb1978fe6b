//! `/create`: the generator. The form on top; below it the person's latest generations, the
//! running ones updating live, so a reload in the middle of a job shows where it is.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::generation::fields;

use crate::{
    IslandScripts,
    account::{Viewer, viewer},
    components::{create_form::CreateForm, form::FormNotice, job_card::JobCard},
    error::AppError,
    forms::feedback,
    generation::{CreatePage, REMIX},
};

/// The generator's form id (for its feedback).
pub const FORM: &str = "create";

async fn load(
    v: Viewer,
    reference_image: Option<String>,
    remix: Option<String>,
) -> Result<CreatePage, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where they enter: a malformed id is ignored like an unknown one.
        let reference_image = reference_image.and_then(|id| id.parse().ok());
        let remix = remix.and_then(|id| id.parse().ok());
        crate::backend::ports()?
            .generations
            .create_page(&v, reference_image, remix)
            .await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, reference_image, remix);
        Err(AppError::internal())
    }
}

/// `/create`.
#[component]
pub fn Create() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let query = use_query_map();
    let reference_image = query
        .with_untracked(|q| q.get(fields::REFERENCE_IMAGE))
        .or_else(|| feedback(FORM).value(fields::REFERENCE_IMAGE))
        .filter(|id| !id.is_empty());
    let remix = query.with_untracked(|q| q.get(REMIX));
    let data = Resource::new_blocking(
        move || (v.clone(), reference_image.clone(), remix.clone()),
        |(v, r, m)| load(v, r, m),
    );
    let fb = feedback(FORM);
    view! {
        <Title text="Create" />
        <IslandScripts />
        <div class="mx-auto max-w-6xl px-4 py-10 sm:px-6">
            <header>
                <h1 class="text-2xl font-bold tracking-tight sm:text-3xl">"Create"</h1>
                <p class="mt-2 text-muted">"Describe a picture; it appears below as soon as it is ready. Only you can see it."</p>
            </header>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || {
                    let fb = fb.clone();
                    Suspend::new(async move {
                        data.await.map(|page| {
                            let recent = page.recent.clone();
                            let empty = recent.is_empty();
                            view! {
                                <div class="mt-8 grid gap-8 lg:grid-cols-[minmax(0,30rem)_1fr]">
                                    <section class="panel mt-0 self-start" aria-label="New image">
                                        <FormNotice feedback=fb.clone() />
                                        <CreateForm
                                            options=page.options.clone()
                                            values=if fb.values.is_empty() { page.prefill.clone() } else { fb.values.clone() }
                                            errors=fb.errors.clone()
                                            reference=page.reference.clone()
                                        />
                                    </section>
                                    <section aria-labelledby="s-latest" class="min-w-0">
                                        <h2 id="s-latest" class="text-lg font-semibold">"Latest"</h2>
                                        {empty.then(|| view! {
                                            <div class="empty-state mt-4">
                                                <p class="font-medium">"Nothing here yet"</p>
                                                <p class="mt-1 text-sm text-muted">"Your images will appear here. Try a prompt such as “a quiet harbour at dawn, pastel colours”."</p>
                                            </div>
                                        })}
                                        <div class="mt-4 flex flex-col gap-6">
                                            {recent.into_iter().map(|g| view! { <JobCard initial=g /> }).collect_view()}
                                        </div>
                                    </section>
                                </div>
                            }
                        })
                    })
                }}
            </Suspense>
        </div>
    }
    .into_any()
}
