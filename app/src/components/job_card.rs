//! One generation's card: its status while it waits and runs, each image as it arrives, and
//! why it failed. An island: the server renders the current state; in the browser, a card that
//! is not finished asks the server again, a little less often each time, until it is.

use leptos::prelude::*;
use obscura_shared::{
    generation::{GenerationView, ImageView, Status},
    generation_queue::fields,
    routes, testids,
};
use serde::{Deserialize, Serialize};

/// A card's words in the reader's language, rendered on the server (the browser has no
/// catalogue). Templates have `{name}` placeholders the card fills in; the counted lines are
/// precomputed for every count the card can reach.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JobCardText {
    /// The decimal sign of file sizes: "." or ",".
    pub decimal_sign: String,
    /// What follows a size in megabytes, its space included: " MB", " Mo".
    pub megabytes: String,
    /// What follows a size in kilobytes: " KB", " Ko".
    pub kilobytes: String,
    /// "Queued — waiting for a free worker…".
    pub queued: String,
    /// "Generating…" (nothing ready yet).
    pub generating: String,
    /// "Generating… 2 of 4 ready", by images ready.
    pub progress: Vec<String>,
    /// "Done" (one image asked for).
    pub done: String,
    /// "Done — 4 images", by images made.
    pub done_images: Vec<String>,
    /// "Failed — your credits were given back".
    pub failed: String,
    /// "Cancelled — your credits were given back".
    pub cancelled: String,
    /// "Step {done} of {total}", the provider's steps while it runs.
    pub steps: String,
    /// The progress bar's accessible name.
    pub steps_label: String,
    /// "Cancel" (the button).
    pub cancel: String,
    /// The button's accessible name: "Cancel this generation".
    pub cancel_label: String,
    /// "Stopping…", once cancelling was asked for.
    pub cancelling: String,
    /// The line under the prompt: model, size, seed, cost.
    pub meta: String,
    /// The results' accessible name.
    pub results: String,
    /// "Generated image {number}: {prompt}".
    pub image_alt: String,
    /// "Download", and the hidden "image {number}" after it.
    pub download: String,
    /// See `download`.
    pub download_image: String,
    /// "Use as reference".
    pub use_reference: String,
    /// "Kept until {date}, then deleted.".
    pub kept: String,
}

/// How long to wait before asking again, after `polls` answers (0.5 s growing to 3 s), or
/// after `failures` failed calls in a row (doubling up to 15 s).
#[must_use]
pub fn next_delay_ms(polls: u32, failures: u32) -> u32 {
    if failures > 0 {
        (1_000u32 << failures.min(4)).min(15_000)
    } else {
        (500 + polls * 250).min(3_000)
    }
}

#[cfg(feature = "hydrate")]
fn poll(id: String, view: RwSignal<GenerationView>, polls: u32, failures: u32) {
    let delay = std::time::Duration::from_millis(u64::from(next_delay_ms(polls, failures)));
    set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                match crate::rpc::report(crate::rpc::generation_status(id.clone()).await) {
                    Ok(v) => {
                        let done = v.status.is_final();
                        view.set(v);
                        if !done {
                            poll(id, view, polls + 1, 0);
                        }
                    }
                    // Gone (deleted elsewhere) or signed out: stop asking.
                    Err(e) if !e.network && e.code != obscura_shared::ErrorCode::Internal => {}
                    Err(_) => poll(id, view, polls, failures + 1),
                }
            });
        },
        delay,
    );
}

/// The "Cancel" form's submission: with JavaScript, asked through the server function and shown
/// in place; the card's polling shows the generation stop.
fn cancel(
    ev: leptos::ev::SubmitEvent,
    view: RwSignal<GenerationView>,
    refused: RwSignal<Option<String>>,
) {
    #[cfg(feature = "hydrate")]
    {
        ev.prevent_default();
        let id = view.with_untracked(|v| v.id.clone());
        leptos::task::spawn_local(async move {
            match crate::rpc::report(crate::rpc::cancel_generation(id).await) {
                Ok(v) => {
                    refused.set(None);
                    view.set(v);
                }
                // Offline: the connection banner says so; the button can be pressed again.
                Err(e) if e.network => {}
                Err(e) => refused.set(Some(e.message)),
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, view, refused);
}

fn status_line(v: &GenerationView, t: &JobCardText) -> String {
    let counted = |lines: &[String]| {
        lines
            .get(v.images.len())
            .cloned()
            .unwrap_or_else(|| v.images.len().to_string())
    };
    match v.status {
        Status::Queued => t.queued.clone(),
        Status::Running if v.images.is_empty() => t.generating.clone(),
        Status::Running => counted(&t.progress),
        Status::Succeeded if v.count == 1 => t.done.clone(),
        Status::Succeeded => counted(&t.done_images),
        Status::Failed => t.failed.clone(),
        Status::Cancelled => t.cancelled.clone(),
    }
}

/// The provider's steps while it runs, when it tells: the progress bar and "Step 3 of 20".
fn steps(v: &GenerationView, t: &JobCardText) -> Option<impl IntoView + use<>> {
    let s = v.progress.filter(|_| v.status == Status::Running)?;
    let line = t
        .steps
        .replace("{done}", &s.done.to_string())
        .replace("{total}", &s.total.to_string());
    let label = t.steps_label.clone();
    Some(view! {
        <div class="job-steps mt-3 flex items-center gap-3 text-sm text-muted">
            <progress class="job-progress" value=s.done max=s.total aria-label=label data-testid=testids::JOB_PROGRESS>
                {line.clone()}
            </progress>
            <span>{line}</span>
        </div>
    })
}

/// A file's size in the card's language: "1.5 MB" ("1,5 MB", "1,5 Mo") with one decimal from a
/// megabyte, whole kilobytes below.
fn file_size(t: &JobCardText, bytes: u64) -> String {
    if bytes >= 1_000_000 {
        let shown = format!("{:.1}", bytes as f64 / 1_000_000.0).replace('.', &t.decimal_sign);
        format!("{shown}{}", t.megabytes)
    } else {
        format!("{}{}", bytes.div_ceil(1_000), t.kilobytes)
    }
}

#[component]
fn Result(image: ImageView, prompt: String, text: StoredValue<JobCardText>) -> impl IntoView {
    let number = (image.index + 1).to_string();
    let alt = text.with_value(|t| {
        t.image_alt
            .replace("{number}", &number)
            .replace("{prompt}", &prompt)
    });
    let reference = format!(
        "{}?{}={}",
        routes::CREATE,
        obscura_shared::generation::fields::REFERENCE_IMAGE,
        image.id
    );
    let kind = image.mime.trim_start_matches("image/").to_uppercase();
    let (size, download, download_image, use_reference) = text.with_value(|t| {
        (
            file_size(t, image.bytes),
            t.download.clone(),
            t.download_image.replace("{number}", &number),
            t.use_reference.clone(),
        )
    });
    view! {
        <li class="result">
            <a href=image.preview_url.clone() class="block focus-ring rounded-xl" target="_blank" rel="noopener">
                <img
                    src=image.thumb_url.clone()
                    width=image.width
                    height=image.height
                    alt=alt
                    class="result-img"
                    data-testid=testids::RESULT_IMAGE
                />
            </a>
            <div class="mt-2 flex flex-wrap items-center gap-2 text-sm">
                <a class="btn-secondary" href=image.download_url.clone() download="" data-testid=testids::RESULT_DOWNLOAD>
                    {download}
                    <span class="sr-only">{format!(" {download_image}")}</span>
                </a>
                <a class="btn-ghost" href=reference data-testid=testids::USE_AS_REFERENCE>{use_reference}</a>
                <span class="text-muted">{format!("{kind} · {} × {} · {size}", image.width, image.height)}</span>
            </div>
        </li>
    }
}

/// A generation's card.
#[island]
pub fn JobCard(initial: GenerationView, text: JobCardText) -> impl IntoView {
    let view = RwSignal::new(initial);
    let text = StoredValue::new(text);
    // Why the last cancellation was refused (it had finished meanwhile).
    let refused = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |started: Option<bool>| {
        if started.is_none() && !view.get_untracked().status.is_final() {
            poll(view.get_untracked().id, view, 0, 0);
        }
        true
    });
    let heading_id = move || format!("job-{}", view.with(|v| v.id.clone()));
    view! {
        <article
            class="card job-card"
            data-testid=testids::JOB_CARD
            data-status=move || view.with(|v| v.status.code())
            aria-labelledby=heading_id
        >
            <header class="flex flex-wrap items-start justify-between gap-3">
                <div class="min-w-0">
                    <h3 id=heading_id class="line-clamp-2 font-semibold">{move || view.with(|v| v.prompt.clone())}</h3>
                    <p class="mt-1 text-sm text-muted">
                        {text.with_value(|t| t.meta.clone())}
                    </p>
                </div>
                <p class="job-status" role="status" aria-live="polite" data-testid=testids::JOB_STATUS>
                    {move || view.with(|v| {
                        let busy = !v.status.is_final();
                        view! {
                            {busy.then(|| view! { <span class="spinner" aria-hidden="true"></span> })}
                            <span>{text.with_value(|t| status_line(v, t))}</span>
                        }
                    })}
                </p>
            </header>
            {move || view.with(|v| text.with_value(|t| steps(v, t)))}
            {move || view.with(|v| (!v.status.is_final()).then(|| {
                let (label, button) = text.with_value(|t| {
                    (t.cancel_label.clone(), if v.cancel_requested { t.cancelling.clone() } else { t.cancel.clone() })
                });
                view! {
                    // Without JavaScript the form posts and the page comes back; with it, the card
                    // asks the server and shows the answer in place.
                    <form method="post" action=routes::CREATE_CANCEL class="mt-3" on:submit=move |ev| cancel(ev, view, refused)>
                        <input type="hidden" name=fields::GENERATION value=v.id.clone() />
                        <button type="submit" class="btn-ghost" aria-label=label disabled=v.cancel_requested data-testid=testids::JOB_CANCEL>
                            {button}
                        </button>
                    </form>
                }
            }))}
            {move || refused.get().map(|m| view! {
                <p class="notice notice-error" role="alert">{m}</p>
            })}
            {move || view.with(|v| v.failure.clone()).map(|f| view! {
                <p class="notice notice-error" role="alert">{f.message}</p>
            })}
            {move || view.with(|v| {
                let waiting = usize::from(v.count).saturating_sub(v.images.len());
                let pending = if v.status.is_final() { 0 } else { waiting };
                let prompt = v.prompt.clone();
                view! {
                    <ul class="results" aria-label=text.with_value(|t| t.results.clone())>
                        {v.images.iter().cloned().map(|image| view! { <Result image prompt=prompt.clone() text /> }).collect_view()}
                        {(0..pending).map(|_| view! {
                            // The viewBox gives the placeholder the image's shape (no inline style: CSP).
                            <li class="result-placeholder" aria-hidden="true">
                                <svg class="block h-auto w-full" viewBox=format!("0 0 {} {}", v.size.width, v.size.height)></svg>
                            </li>
                        }).collect_view()}
                    </ul>
                }
            })}
            {move || view.with(|v| v.expires_at.clone()).map(|at| {
                let kept = text.with_value(|t| t.kept.clone());
                let (before, after) = kept.split_once("{date}").unwrap_or((kept.as_str(), ""));
                let (before, after) = (before.to_owned(), after.to_owned());
                view! {
                    <p class="mt-3 text-xs text-muted">{before}<time datetime=at.clone()>{at.get(..10).unwrap_or_default().to_owned()}</time>{after}</p>
                }
            })}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polling_slows_down_and_failures_back_off() {
        assert_eq!(next_delay_ms(0, 0), 500);
        assert_eq!(next_delay_ms(4, 0), 1_500);
        assert_eq!(next_delay_ms(100, 0), 3_000);
        assert_eq!(next_delay_ms(0, 1), 2_000);
        assert_eq!(next_delay_ms(0, 9), 15_000);
    }
}
