//! Form parts: labelled fields with their hint and error tied to the input, and notices.

use leptos::prelude::*;
use obscura_shared::{account::Language, t};

use crate::forms::FormFeedback;

/// A labelled input. Its error (from the last submission) and hint are announced with it.
#[component]
pub fn Field(
    /// Feedback of the form this field belongs to.
    feedback: FormFeedback,
    /// The input's `name` (and the base of its id).
    name: &'static str,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The input type.
    #[prop(default = "text")]
    kind: &'static str,
    /// The `autocomplete` token.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Whether the field is required.
    #[prop(default = false)]
    required: bool,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The value when the form was not just submitted.
    #[prop(optional)]
    value: Option<String>,
    /// Prefix of the element id (pages with several forms).
    #[prop(default = "f")]
    id_prefix: &'static str,
    /// `minlength` for passwords.
    #[prop(optional)]
    minlength: Option<usize>,
    /// `maxlength`.
    #[prop(optional)]
    maxlength: Option<usize>,
    /// Whether a field that is not required says "(optional)".
    #[prop(default = true)]
    mark_optional: bool,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let optional = format!(" {}", t!(lang, "form-optional"));
    let id = format!("{id_prefix}-{name}");
    let error = feedback.error(name);
    let is_password = kind == "password";
    // Passwords are never sent back into the page.
    let value = if is_password {
        None
    } else {
        feedback.value(name).or(value)
    };
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let described = [hint_id.clone(), error_id.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class="field">
            <label for=id.clone()>{label}{(!required && mark_optional).then_some(view! { <span class="font-normal text-muted">{optional}</span> })}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                class="input"
                id=id.clone()
                name=name
                type=kind
                autocomplete=autocomplete
                required=required
                value=value
                minlength=minlength
                maxlength=maxlength
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=(!described.is_empty()).then_some(described)
            />
            {field_error(&id, error)}
        </div>
    }
}

/// A field's error under it, with the id `{field_id}-error` that the field's
/// `aria-describedby` names.
pub fn field_error(field_id: &str, error: Option<String>) -> impl IntoView + use<> {
    let id = format!("{field_id}-error");
    error.map(|e| {
        view! {
            <p class="field-error" id=id>
                <span aria-hidden="true">"⚠"</span>
                <span>{e}</span>
            </p>
        }
    })
}

/// A message about the whole form or page.
#[component]
pub fn Notice(
    /// `info`, `ok` or `error`.
    #[prop(default = "info")]
    tone: &'static str,
    /// The message.
    children: Children,
) -> impl IntoView {
    let role = if tone == "error" { "alert" } else { "status" };
    view! { <div class=format!("notice notice-{tone}") role=role>{children()}</div> }
}

/// The form-wide notice of a submission, if any.
#[component]
pub fn FormNotice(feedback: FormFeedback) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let count = feedback.errors.len();
    let notice = feedback
        .notice
        .clone()
        .or_else(|| (count > 0).then(|| t!(lang, "form-correct-fields", count = count)));
    notice.map(|n| view! { <Notice tone="error">{n}</Notice> })
}
