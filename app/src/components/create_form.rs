//! The generator form. It is a plain multipart form that works without JavaScript; as an island
//! it also follows the chosen model (sizes, qualities, counts, negative prompt, reference), counts
//! the prompt's characters, shows the cost against the balance, takes a reference image by drag
//! and drop or paste with a preview, and submits with Ctrl/Cmd+Enter.

use leptos::{html, prelude::*};
use obscura_shared::{
    generation::{CreateOptions, ImageView, ModelInfo, REFERENCE_ACCEPT, fields},
    routes, testids,
};
use serde::{Deserialize, Serialize};

/// The form's words in the reader's language, rendered on the server (the browser has no
/// catalogue): labels, hints, and the few strings with numbers, as templates or precomputed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CreateFormText {
    /// "Prompt".
    pub prompt: String,
    /// The prompt's placeholder.
    pub prompt_placeholder: String,
    /// "{count} / {max} characters": `{count}` and `{max}` are filled in.
    pub prompt_count: String,
    /// The keys of the shortcut, and what it does: "Ctrl", "Enter", "to generate".
    pub key_ctrl: String,
    /// See `key_ctrl`.
    pub key_enter: String,
    /// See `key_ctrl`.
    pub shortcut: String,
    /// "(optional)".
    pub optional: String,
    /// "Leave out" and its placeholder.
    pub leave_out: String,
    /// See `leave_out`.
    pub leave_out_placeholder: String,
    /// "Model".
    pub model: String,
    /// The hint under an offline model.
    pub offline: String,
    /// "Size".
    pub size: String,
    /// Each offered size's label, by its code (`1024x1024`).
    pub sizes: Vec<(String, String)>,
    /// "Quality".
    pub quality: String,
    /// Each offered quality's label, by its code.
    pub qualities: Vec<(String, String)>,
    /// "Seed", its placeholder and hint.
    pub seed: String,
    /// See `seed`.
    pub seed_placeholder: String,
    /// See `seed`.
    pub seed_hint: String,
    /// "Images" (the count).
    pub images: String,
    /// "Reference image" and the drop zone's words.
    pub reference: String,
    /// "Drop an image here, paste one, or".
    pub drop: String,
    /// "choose a file".
    pub drop_choose: String,
    /// The accepted files.
    pub drop_hint: String,
    /// The preview's alt text.
    pub reference_alt: String,
    /// "Remove".
    pub remove: String,
    /// "Cost:".
    pub cost: String,
    /// "You have".
    pub balance: String,
    /// "Not enough credits for this.", "Ask for more", "or make fewer images.".
    pub too_dear: String,
    /// See `too_dear`.
    pub ask_more: String,
    /// See `too_dear`.
    pub too_dear_end: String,
    /// "Generate" and "Starting…".
    pub submit: String,
    /// See `submit`.
    pub starting: String,
    /// Every amount of credits the form can show ("2 credits"), by amount.
    pub credits: Vec<(i64, String)>,
}

/// The label listed for `code`, else the code itself.
fn label_of(labels: &[(String, String)], code: &str) -> String {
    labels
        .iter()
        .find(|(c, _)| c == code)
        .map_or_else(|| code.to_owned(), |(_, l)| l.clone())
}

/// An amount of credits in words, from the precomputed ones.
fn credits_of(credits: &[(i64, String)], n: i64) -> String {
    credits
        .iter()
        .find(|(c, _)| *c == n)
        .map_or_else(|| n.to_string(), |(_, s)| s.clone())
}

fn value_of(values: &[(String, String)], name: &str) -> Option<String> {
    values
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// A field's error paragraph.
fn error_for(errors: &[(String, String)], name: &str, id: &str) -> Option<impl IntoView + use<>> {
    errors
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, m)| m.clone())
        .map(|m| {
            let id = format!("{id}-error");
            view! {
                <p class="field-error" id=id>
                    <span aria-hidden="true">"⚠"</span>
                    <span>{m}</span>
                </p>
            }
        })
}

/// The generator form.
#[island]
pub fn CreateForm(
    options: CreateOptions,
    values: Vec<(String, String)>,
    errors: Vec<(String, String)>,
    reference: Option<ImageView>,
    text: CreateFormText,
) -> impl IntoView {
    let tx = StoredValue::new(text.clone());
    let models = StoredValue::new(options.models.clone());
    let first = options
        .models
        .first()
        .map(|m| m.id.clone())
        .unwrap_or_default();
    let model_id = RwSignal::new(
        value_of(&values, fields::MODEL)
            .filter(|id| options.models.iter().any(|m| &m.id == id))
            .unwrap_or(first),
    );
    let model = Memo::new(move |_| {
        let id = model_id.get();
        models.with_value(|ms| ms.iter().find(|m| m.id == id).or(ms.first()).cloned())
    });
    let prompt = RwSignal::new(value_of(&values, fields::PROMPT).unwrap_or_default());
    let count = RwSignal::new(
        value_of(&values, fields::COUNT)
            .and_then(|c| c.parse::<u8>().ok())
            .unwrap_or(1),
    );
    let hydrated = RwSignal::new(false);
    let submitting = RwSignal::new(false);
    let preview = RwSignal::new(reference.as_ref().map(|r| r.thumb_url.clone()));
    let reference_id = RwSignal::new(reference.as_ref().map(|r| r.id.clone()));
    let file_input: NodeRef<html::Input> = NodeRef::new();
    let form_ref: NodeRef<html::Form> = NodeRef::new();
    Effect::new(move |_| hydrated.set(true));

    let balance = options.balance;
    let max_chars =
        move || model.with(|m| m.as_ref().map_or(4_000, |m| m.max_prompt_chars as usize));
    let chars = move || prompt.with(|p| p.trim().chars().count());
    let cost = move || {
        i64::from(model.with(|m| m.as_ref().map_or(1, |m| m.cost_per_image)))
            * i64::from(count.get().clamp(1, 4))
    };
    let too_long = move || chars() > max_chars();
    let too_dear = move || cost() > balance;
    let invalid = move || chars() == 0 || too_long() || too_dear();
    let e = StoredValue::new(errors);
    let v = StoredValue::new(values);

    let on_file = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(input) = file_input.get() {
            let url = input
                .files()
                .and_then(|f| f.get(0))
                .and_then(|f| leptos::web_sys::Url::create_object_url_with_blob(&f).ok());
            if url.is_some() {
                reference_id.set(None);
            }
            preview.set(url);
        }
    };
    let on_remove = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(input) = file_input.get() {
            input.set_value("");
        }
        preview.set(None);
        reference_id.set(None);
    };
    #[cfg(feature = "hydrate")]
    let take_files = move |files: Option<leptos::web_sys::FileList>| {
        if let (Some(files), Some(input)) = (files, file_input.get())
            && files.length() > 0
        {
            input.set_files(Some(&files));
            let url = files
                .get(0)
                .and_then(|f| leptos::web_sys::Url::create_object_url_with_blob(&f).ok());
            reference_id.set(None);
            preview.set(url);
        }
    };
    let on_drop = move |ev: leptos::web_sys::DragEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        take_files(ev.data_transfer().and_then(|d| d.files()));
    };
    let on_paste = move |ev: leptos::web_sys::ClipboardEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(files) = ev.clipboard_data().and_then(|d| d.files())
            && files.length() > 0
            && model.with(|m| m.as_ref().is_some_and(|m| m.reference))
        {
            ev.prevent_default();
            take_files(Some(files));
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    let on_keydown = move |ev: leptos::web_sys::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            if !invalid()
                && let Some(form) = form_ref.get()
            {
                let _ = form.request_submit();
            }
        }
    };

    view! {
        <form
            node_ref=form_ref
            method="post"
            action=routes::CREATE
            enctype="multipart/form-data"
            class="create-form"
            data-testid=testids::CREATE_FORM
            on:keydown=on_keydown
            on:paste=on_paste
            on:submit=move |_| submitting.set(true)
        >
            <div class="field">
                <label for="c-prompt">{text.prompt.clone()}</label>
                <textarea
                    id="c-prompt"
                    name=fields::PROMPT
                    class="input min-h-32"
                    rows="4"
                    required
                    placeholder=text.prompt_placeholder.clone()
                    aria-describedby="c-prompt-count c-prompt-error"
                    aria-invalid=move || (too_long() || e.with_value(|e| e.iter().any(|(k, _)| k == fields::PROMPT))).then_some("true")
                    on:input=move |ev| prompt.set(event_target_value(&ev))
                    prop:value=move || prompt.get()
                >{prompt.get_untracked()}</textarea>
                <p id="c-prompt-count" class="hint flex justify-between gap-3" data-testid=testids::PROMPT_COUNTER>
                    <span class:text-red-700=too_long class:dark:text-red-300=too_long>
                        {move || tx.with_value(|t| t.prompt_count.replace("{count}", &chars().to_string()).replace("{max}", &max_chars().to_string()))}
                    </span>
                    <span class="hidden sm:inline">
                        <kbd>{text.key_ctrl.clone()}</kbd>" + "<kbd>{text.key_enter.clone()}</kbd>{format!(" {}", text.shortcut)}
                    </span>
                </p>
                {e.with_value(|e| error_for(e, fields::PROMPT, "c-prompt"))}
            </div>

            <Show when=move || model.with(|m| m.as_ref().is_some_and(|m| m.negative_prompt))>
                <div class="field">
                    <label for="c-negative">{tx.with_value(|t| t.leave_out.clone())}<span class="font-normal text-muted">{tx.with_value(|t| format!(" {}", t.optional))}</span></label>
                    <input
                        id="c-negative"
                        class="input"
                        name=fields::NEGATIVE_PROMPT
                        maxlength=obscura_shared::generation::NEGATIVE_MAX_CHARS
                        placeholder=tx.with_value(|t| t.leave_out_placeholder.clone())
                        value=v.with_value(|v| value_of(v, fields::NEGATIVE_PROMPT))
                    />
                    {e.with_value(|e| error_for(e, fields::NEGATIVE_PROMPT, "c-negative"))}
                </div>
            </Show>

            <div class="mt-5 grid gap-5 sm:grid-cols-2">
                <div class="field sm:col-span-2">
                    <label for="c-model">{text.model.clone()}</label>
                    <select id="c-model" class="input" name=fields::MODEL on:change=move |ev| model_id.set(event_target_value(&ev))>
                        {models.with_value(|ms| ms.iter().map(|m: &ModelInfo| {
                            let id = m.id.clone();
                            let selected = move || model_id.get() == id;
                            view! { <option value=m.id.clone() selected=selected>{format!("{} — {}", m.label, tx.with_value(|t| credits_of(&t.credits, i64::from(m.cost_per_image))))}</option> }
                        }).collect_view())}
                    </select>
                    {move || model.with(|m| m.as_ref().filter(|m| m.offline).map(|_| view! {
                        <p class="hint">{tx.with_value(|t| t.offline.clone())}</p>
                    }))}
                    {e.with_value(|e| error_for(e, fields::MODEL, "c-model"))}
                </div>
                <div class="field">
                    <label for="c-size">{text.size.clone()}</label>
                    <select id="c-size" class="input" name=fields::SIZE>
                        {move || {
                            let chosen = v.with_value(|v| value_of(v, fields::SIZE));
                            model.with(|m| m.as_ref().map(|m| m.sizes.iter().map(|s| {
                                let code = s.to_string();
                                let selected = chosen.as_deref() == Some(code.as_str());
                                let label = tx.with_value(|t| label_of(&t.sizes, &code));
                                view! { <option value=code selected=selected>{label}</option> }
                            }).collect_view()))
                        }}
                    </select>
                    {e.with_value(|e| error_for(e, fields::SIZE, "c-size"))}
                </div>
                <Show when=move || model.with(|m| m.as_ref().is_some_and(|m| m.qualities.len() > 1))>
                    <div class="field">
                        <label for="c-quality">{tx.with_value(|t| t.quality.clone())}</label>
                        <select id="c-quality" class="input" name=fields::QUALITY>
                            {move || model.with(|m| m.as_ref().map(|m| m.qualities.iter().map(|q| {
                                view! { <option value=q.code()>{tx.with_value(|t| label_of(&t.qualities, q.code()))}</option> }
                            }).collect_view()))}
                        </select>
                        {e.with_value(|e| error_for(e, fields::QUALITY, "c-quality"))}
                    </div>
                </Show>
                <div class="field">
                    <label for="c-seed">{text.seed.clone()}<span class="font-normal text-muted">{format!(" {}", text.optional)}</span></label>
                    <input id="c-seed" class="input" name=fields::SEED inputmode="numeric" pattern="[0-9]*" placeholder=text.seed_placeholder.clone()
                        aria-describedby="c-seed-hint" value=v.with_value(|v| value_of(v, fields::SEED)) />
                    <p class="hint" id="c-seed-hint">{text.seed_hint.clone()}</p>
                    {e.with_value(|e| error_for(e, fields::SEED, "c-seed"))}
                </div>
            </div>

            <fieldset class="mt-5">
                <legend class="text-sm font-medium">{text.images.clone()}</legend>
                <div class="mt-2 flex flex-wrap gap-2">
                    {move || {
                        let max = model.with(|m| m.as_ref().map_or(1, |m| m.max_count));
                        (1..=max).map(|n| view! {
                            <label class="choice">
                                <input type="radio" name=fields::COUNT value=n.to_string()
                                    checked=move || count.get() == n
                                    on:change=move |_| count.set(n) />
                                <span>{n}</span>
                            </label>
                        }).collect_view()
                    }}
                </div>
                {e.with_value(|e| error_for(e, fields::COUNT, "c-count"))}
            </fieldset>

            <Show when=move || model.with(|m| m.as_ref().is_some_and(|m| m.reference))>
                <div class="field mt-5">
                    <span class="label" id="c-reference-label">{tx.with_value(|t| t.reference.clone())}<span class="font-normal text-muted">{tx.with_value(|t| format!(" {}", t.optional))}</span></span>
                    <label
                        class="dropzone"
                        for="c-reference"
                        data-testid=testids::REFERENCE_DROP
                        on:dragover=move |ev: leptos::web_sys::DragEvent| ev.prevent_default()
                        on:drop=on_drop
                    >
                        <span class="font-medium">{tx.with_value(|t| format!("{} ", t.drop))}<span class="link">{tx.with_value(|t| t.drop_choose.clone())}</span></span>
                        <span class="text-sm text-muted">{tx.with_value(|t| t.drop_hint.clone())}</span>
                        <input id="c-reference" type="file" name=fields::REFERENCE accept=REFERENCE_ACCEPT
                            class="sr-only" aria-labelledby="c-reference-label" node_ref=file_input on:change=on_file />
                    </label>
                    {move || reference_id.get().map(|id| view! { <input type="hidden" name=fields::REFERENCE_IMAGE value=id /> })}
                    {move || preview.get().map(|src| view! {
                        <div class="mt-3 flex items-center gap-3">
                            <img src=src alt=tx.with_value(|t| t.reference_alt.clone()) class="h-20 w-20 rounded-lg object-cover" data-testid=testids::REFERENCE_PREVIEW />
                            <button type="button" class="btn-secondary" on:click=on_remove data-testid=testids::REFERENCE_REMOVE>{tx.with_value(|t| t.remove.clone())}</button>
                        </div>
                    })}
                    {e.with_value(|e| error_for(e, fields::REFERENCE, "c-reference"))}
                </div>
            </Show>

            <div class="mt-6 flex flex-wrap items-center justify-between gap-4 border-t border-line pt-5">
                <p class="text-sm" data-testid=testids::CREATE_COST aria-live="polite">
                    {format!("{} ", text.cost)}<strong>{move || tx.with_value(|t| credits_of(&t.credits, cost()))}</strong>
                    {format!(" · {} ", text.balance)}<strong>{credits_of(&text.credits, balance)}</strong>
                    {move || too_dear().then(|| tx.with_value(|t| view! {
                        <span class="block text-red-700 dark:text-red-300">
                            {format!("{} ", t.too_dear)}
                            <a class="link" href=routes::SUPPORT>{t.ask_more.clone()}</a>
                            {format!(" {}", t.too_dear_end)}
                        </span>
                    }))}
                </p>
                <button
                    type="submit"
                    class="btn-primary btn-lg"
                    data-testid=testids::CREATE_SUBMIT
                    disabled=move || hydrated.get() && (invalid() || submitting.get())
                >
                    {move || tx.with_value(|t| if submitting.get() { t.starting.clone() } else { t.submit.clone() })}
                </button>
            </div>
        </form>
    }
}
