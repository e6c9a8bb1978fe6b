//! `/create`: the generator. The form on top; below it the person's latest generations, the
//! running ones updating live, so a reload in the middle of a job shows where it is.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    generation::{CreateOptions, GenerationView, Quality, fields},
    i18n::{bytes, decimal},
    t,
};

use crate::{
    IslandScripts,
    account::{Viewer, viewer},
    components::{
        create_form::{CreateForm, CreateFormText},
        form::FormNotice,
        job_card::{JobCard, JobCardText},
    },
    error::AppError,
    forms::feedback,
    generation::{CreatePage, REMIX, credits, quality_label, size_label},
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

/// The generator form's words in `lang`, with the labels and amounts it can show for `options`.
fn form_text(lang: Language, options: &CreateOptions) -> CreateFormText {
    let mut sizes: Vec<(String, String)> = Vec::new();
    let mut amounts = vec![options.balance];
    for m in &options.models {
        for s in &m.sizes {
            let code = s.to_string();
            if !sizes.iter().any(|(c, _)| *c == code) {
                sizes.push((code, size_label(lang, *s)));
            }
        }
        // The form asks for 1 to 4 images.
        amounts.extend((1..=4).map(|n| i64::from(m.cost_per_image) * n));
    }
    // The cost shown before any model is known.
    amounts.extend(1..=4);
    amounts.sort_unstable();
    amounts.dedup();
    CreateFormText {
        prompt: t!(lang, "generation-prompt"),
        prompt_placeholder: t!(lang, "create-prompt-placeholder"),
        prompt_count: t!(
            lang,
            "create-prompt-count",
            count = "{count}",
            max = "{max}"
        ),
        key_ctrl: t!(lang, "create-key-ctrl"),
        key_enter: t!(lang, "create-key-enter"),
        shortcut: t!(lang, "create-shortcut"),
        optional: t!(lang, "create-optional"),
        leave_out: t!(lang, "create-leave-out"),
        leave_out_placeholder: t!(lang, "create-leave-out-placeholder"),
        model: t!(lang, "generation-model"),
        offline: t!(lang, "create-offline"),
        size: t!(lang, "generation-size"),
        sizes,
        quality: t!(lang, "generation-quality"),
        qualities: Quality::ALL
            .into_iter()
            .map(|q| (q.code().to_owned(), quality_label(lang, q)))
            .collect(),
        seed: t!(lang, "generation-seed"),
        seed_placeholder: t!(lang, "create-seed-placeholder"),
        seed_hint: t!(lang, "create-seed-hint"),
        images: t!(lang, "create-images"),
        reference: t!(lang, "create-reference"),
        drop: t!(lang, "create-drop"),
        drop_choose: t!(lang, "create-drop-choose"),
        drop_hint: t!(lang, "create-drop-hint"),
        reference_alt: t!(lang, "create-reference-alt"),
        remove: t!(lang, "create-reference-remove"),
        cost: t!(lang, "create-cost"),
        balance: t!(lang, "create-balance"),
        too_dear: t!(lang, "create-too-dear"),
        ask_more: t!(lang, "create-ask-more"),
        too_dear_end: t!(lang, "create-too-dear-end"),
        submit: t!(lang, "create-submit"),
        starting: t!(lang, "create-starting"),
        credits: amounts.into_iter().map(|n| (n, credits(lang, n))).collect(),
    }
}

/// A generation card's words in `lang`, for generation `g`.
#[must_use]
pub fn job_text(lang: Language, g: &GenerationView) -> JobCardText {
    let count = i64::from(g.count);
    // The card formats the sizes of images that arrive later, in the browser, which has no
    // catalogue: it gets the language's decimal sign and units, taken from the sizes the
    // server writes (`1.5` and `1.5 MB`, `15 KB`).
    let sample = decimal(lang, 1.5, 1);
    let decimal_sign = sample.trim_matches(|c: char| c.is_ascii_digit()).to_owned();
    let suffix = |written: String, number: &str| {
        written
            .strip_prefix(number)
            .map(str::to_owned)
            .unwrap_or_default()
    };
    JobCardText {
        megabytes: suffix(bytes(lang, 1_500_000), &sample),
        kilobytes: suffix(bytes(lang, 15_000), "15"),
        decimal_sign,
        queued: t!(lang, "job-queued"),
        generating: t!(lang, "generation-generating"),
        progress: (0..=count)
            .map(|ready| t!(lang, "job-progress", ready = ready, count = count))
            .collect(),
        done: t!(lang, "job-done"),
        done_images: (0..=count)
            .map(|n| t!(lang, "job-done-images", count = n))
            .collect(),
        failed: t!(lang, "job-failed"),
        cancelled: t!(lang, "gen-queue-cancelled"),
        steps: t!(lang, "gen-queue-steps", done = "{done}", total = "{total}"),
        steps_label: t!(lang, "gen-queue-steps-label"),
        cancel: t!(lang, "gen-queue-cancel"),
        cancel_label: t!(lang, "gen-queue-cancel-label"),
        cancelling: t!(lang, "gen-queue-cancelling"),
        meta: t!(
            lang,
            "job-meta",
            model = &g.model_label,
            size = size_label(lang, g.size),
            seed = g.seed.to_string(),
            credits = credits(lang, i64::from(g.cost)),
        ),
        results: t!(lang, "job-results"),
        image_alt: t!(
            lang,
            "job-image-alt",
            number = "{number}",
            prompt = "{prompt}"
        ),
        download: t!(lang, "job-download"),
        download_image: t!(lang, "job-download-image", number = "{number}"),
        use_reference: t!(lang, "generation-use-reference"),
        kept: t!(lang, "job-kept", date = "{date}"),
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
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "create-title") />
        <IslandScripts />
        <div class="mx-auto max-w-6xl px-4 py-10 sm:px-6">
            <header>
                <h1 class="text-2xl font-bold tracking-tight sm:text-3xl">{t!(lang, "create-title")}</h1>
                <p class="mt-2 text-muted">{t!(lang, "create-lead")}</p>
            </header>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "layout-loading")}</p> }>
                {move || {
                    let fb = fb.clone();
                    Suspend::new(async move {
                        data.await.map(|page| {
                            let recent = page.recent.clone();
                            let empty = recent.is_empty();
                            view! {
                                <div class="mt-8 grid gap-8 lg:grid-cols-[minmax(0,30rem)_1fr]">
                                    <section class="panel mt-0 self-start" aria-label=t!(lang, "create-new-image")>
                                        <FormNotice feedback=fb.clone() />
                                        <CreateForm
                                            options=page.options.clone()
                                            values=if fb.values.is_empty() { page.prefill.clone() } else { fb.values.clone() }
                                            errors=fb.errors.clone()
                                            reference=page.reference.clone()
                                            text=form_text(lang, &page.options)
                                        />
                                    </section>
                                    <section aria-labelledby="s-latest" class="min-w-0">
                                        <h2 id="s-latest" class="text-lg font-semibold">{t!(lang, "create-latest")}</h2>
                                        {empty.then(|| view! {
                                            <div class="empty-state mt-4">
                                                <p class="font-medium">{t!(lang, "create-empty-title")}</p>
                                                <p class="mt-1 text-sm text-muted">{t!(lang, "create-empty-text")}</p>
                                            </div>
                                        })}
                                        <div class="mt-4 flex flex-col gap-6">
                                            {recent.into_iter().map(|g| {
                                                let text = job_text(lang, &g);
                                                view! { <JobCard initial=g text /> }
                                            }).collect_view()}
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
