//! `/admin/settings`: the live settings. The blocklist (one term per line, with a reason), a
//! prompt test (a GET form: nothing stored), and each configured model's name, cost, most
//! images and whether it is offered (one form per model, with a reason). Changes take effect on
//! every server process within seconds; each is in the audit log.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    admin_settings::{
        AdminSettings, Changed, MAX_COST, MAX_LABEL_CHARS, MAX_TERMS, MAX_TEST_CHARS,
        ModelSettingsView, fields, forms,
    },
    generation::MAX_COUNT,
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::FormNotice,
    error::AppError,
    forms::feedback,
    pages::{admin::AdminFrame, gallery_item::day_of},
};

async fn load_settings(v: Viewer, test: Option<String>) -> Result<AdminSettings, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.settings(&v, test).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, test);
        Err(AppError::internal())
    }
}

/// "Last changed on … by …", or that the configuration's value stands.
fn changed_line(lang: Language, changed: Option<&Changed>) -> String {
    changed.map_or_else(
        || t!(lang, "admin-settings-never-changed"),
        |c| {
            t!(
                lang,
                "admin-settings-changed",
                date = day_of(&c.at),
                by = c.by.as_str()
            )
        },
    )
}

/// `/admin/settings`.
#[component]
pub fn AdminSettingsPage() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let test = use_query_map()
        .with_untracked(|q| q.get(fields::TEST))
        .filter(|t| !t.trim().is_empty());
    let data = Resource::new_blocking(
        move || (v.clone(), test.clone()),
        |(v, test)| load_settings(v, test),
    );
    view! {
        <AdminFrame title=t!(lang, "admin-settings-title")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-settings-lead")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|s| view! {
                        <Blocklist s=s.clone() />
                        <PromptTestPanel s=s.clone() />
                        <Models models=s.models />
                    })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

#[component]
fn Blocklist(s: AdminSettings) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::BLOCKLIST);
    let count = s.terms.len();
    let terms = f.value(fields::TERMS).unwrap_or_else(|| {
        let mut text = s.terms.join("\n");
        if !text.is_empty() {
            text.push('\n');
        }
        text
    });
    let terms_error = f.error(fields::TERMS);
    let reason_error = f.error(fields::REASON);
    view! {
        <section class="panel" id="blocklist" aria-labelledby="s-blocklist">
            <h2 id="s-blocklist">{t!(lang, "admin-settings-blocklist-heading")}</h2>
            <p class="mt-2 text-sm">{t!(lang, "admin-settings-blocklist-matching")}</p>
            <p class="mt-1 text-sm text-muted">
                <span data-testid=testids::SETTINGS_TERM_COUNT data-value=count.to_string()>{t!(lang, "admin-settings-term-count", count = count)}</span>
                " · " {changed_line(lang, s.blocklist_changed.as_ref())}
            </p>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ADMIN_SETTINGS_BLOCKLIST class="mt-4">
                <div class="field">
                    <label for="b-terms">{t!(lang, "admin-settings-terms-label")}</label>
                    <p class="hint" id="b-terms-hint">{t!(lang, "admin-settings-terms-hint", max = MAX_TERMS)}</p>
                    <textarea class="input min-h-64 font-mono text-sm" id="b-terms" name=fields::TERMS spellcheck="false" autocomplete="off"
                        aria-describedby=if terms_error.is_some() { "b-terms-hint b-terms-error" } else { "b-terms-hint" }
                        aria-invalid=terms_error.is_some().then_some("true")>{terms}</textarea>
                    {terms_error.map(|e| view! { <p class="field-error" id="b-terms-error">{e}</p> })}
                </div>
                <div class="field">
                    <label for="b-reason">{t!(lang, "admin-settings-reason-label")}</label>
                    <input class="input" id="b-reason" name=fields::REASON required maxlength=obscura_shared::audit::REASON_MAX_CHARS autocomplete="off"
                        value=f.value(fields::REASON).unwrap_or_default()
                        aria-describedby=reason_error.as_ref().map(|_| "b-reason-error")
                        aria-invalid=reason_error.is_some().then_some("true") />
                    {reason_error.map(|e| view! { <p class="field-error" id="b-reason-error">{e}</p> })}
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "admin-settings-blocklist-save")}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn PromptTestPanel(s: AdminSettings) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let text = s.test.as_ref().map(|t| t.text.clone()).unwrap_or_default();
    view! {
        <section class="panel" id="test" aria-labelledby="s-test">
            <h2 id="s-test">{t!(lang, "admin-settings-test-heading")}</h2>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-settings-test-lead")}</p>
            <form method="get" action=format!("{}#test", routes::ADMIN_SETTINGS) class="mt-4">
                <div class="field">
                    <label for="t-test">{t!(lang, "admin-settings-test-label")}</label>
                    <input class="input" id="t-test" name=fields::TEST maxlength=MAX_TEST_CHARS autocomplete="off" value=text />
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-secondary">{t!(lang, "admin-settings-test-submit")}</button>
                </div>
            </form>
            <div role="status" class="mt-4">
                {s.test.map(|t| view! {
                    <p data-testid=testids::SETTINGS_TEST_RESULT data-blocked=t.blocked.to_string()
                        class=if t.blocked { "font-medium text-red-800 dark:text-red-200" } else { "font-medium" }>
                        {if t.blocked { t!(lang, "admin-settings-test-blocked") } else { t!(lang, "admin-settings-test-passes") }}
                    </p>
                })}
            </div>
        </section>
    }
}

#[component]
fn Models(models: Vec<ModelSettingsView>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let yes_no = move |b: bool| {
        if b {
            t!(lang, "admin-settings-offered-yes")
        } else {
            t!(lang, "admin-settings-offered-no")
        }
    };
    view! {
        <section class="panel" id="models" aria-labelledby="s-models">
            <h2 id="s-models">{t!(lang, "admin-settings-models-heading")}</h2>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-settings-models-lead")}</p>
            {if models.is_empty() {
                view! { <div class="empty-state mt-4"><p>{t!(lang, "admin-settings-models-empty")}</p></div> }.into_any()
            } else {
                view! {
                    <div class="data-table mt-4"><div class="table-wrap overflow-x-auto">
                        <table>
                            <caption class="sr-only">{t!(lang, "admin-settings-models-heading")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!(lang, "admin-settings-col-id")}</th>
                                    <th scope="col">{t!(lang, "admin-settings-col-provider")}</th>
                                    <th scope="col">{t!(lang, "admin-settings-col-label")}</th>
                                    <th scope="col">{t!(lang, "admin-settings-col-cost")}</th>
                                    <th scope="col">{t!(lang, "admin-settings-col-max")}</th>
                                    <th scope="col">{t!(lang, "admin-settings-col-offered")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {models.iter().map(|m| view! {
                                    <tr data-testid=testids::SETTINGS_MODEL_ROW data-model=m.id.clone() data-enabled=m.enabled.to_string()>
                                        <th scope="row"><a class="link" href=format!("#model-{}", m.id)><code>{m.id.clone()}</code></a></th>
                                        <td data-label=t!(lang, "admin-settings-col-provider")><code translate="no">{m.provider.clone()}</code></td>
                                        // The label as stored: the operator's words, edited below.
                                        <td data-label=t!(lang, "admin-settings-col-label") data-user-content="">{m.label.clone()}</td>
                                        <td data-label=t!(lang, "admin-settings-col-cost")>{m.cost}</td>
                                        <td data-label=t!(lang, "admin-settings-col-max")>{m.max_count}</td>
                                        <td data-label=t!(lang, "admin-settings-col-offered")>{yes_no(m.enabled)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div></div>
                    {models.into_iter().map(|m| view! { <ModelForm m /> }).collect_view()}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ModelForm(m: ModelSettingsView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(&forms::model(&m.id));
    let submitted = !f.form.is_empty();
    let id = |field: &str| format!("m-{}-{field}", m.id);
    let value = |field: &str, stored: String| f.value(field).unwrap_or(stored);
    let enabled = if submitted {
        f.value(fields::ENABLED).as_deref() == Some("1")
    } else {
        m.enabled
    };
    let field = |name: &'static str,
                 label: String,
                 kind: &'static str,
                 current: String,
                 limits: (Option<u32>, Option<u32>, Option<usize>)| {
        let error = f.error(name);
        let input_id = id(name);
        let error_id = format!("{input_id}-error");
        view! {
            <div class="field">
                <label for=input_id.clone()>{label}</label>
                <input class="input" id=input_id name=name type=kind required autocomplete="off"
                    value=value(name, current)
                    min=limits.0 max=limits.1 maxlength=limits.2
                    inputmode=(kind == "number").then_some("numeric")
                    aria-describedby=error.as_ref().map(|_| error_id.clone())
                    aria-invalid=error.is_some().then_some("true") />
                {error.map(|e| view! { <p class="field-error" id=error_id>{e}</p> })}
            </div>
        }
    };
    let enabled_error = f.error(fields::ENABLED);
    view! {
        <form method="post" action=routes::ADMIN_SETTINGS_MODEL class="mt-6 rounded-xl border border-line p-4 sm:p-6"
            id=format!("model-{}", m.id) data-testid=testids::SETTINGS_MODEL_FORM data-model=m.id.clone()>
            <fieldset>
                <legend class="font-semibold">{t!(lang, "admin-settings-model-legend", model = m.id.as_str())}</legend>
                <p class="mt-1 text-sm text-muted">{changed_line(lang, m.changed.as_ref())}</p>
                <FormNotice feedback=f.clone() />
                <input type="hidden" name=fields::MODEL value=m.id.clone() />
                <div class="mt-4 grid gap-4 sm:grid-cols-3">
                    {field(fields::LABEL, t!(lang, "admin-settings-label-label", max = MAX_LABEL_CHARS), "text", m.label.clone(), (None, None, Some(MAX_LABEL_CHARS)))}
                    {field(fields::COST, t!(lang, "admin-settings-cost-label", max = MAX_COST), "number", m.cost.to_string(), (Some(1), Some(MAX_COST), None))}
                    {field(fields::MAX_COUNT, t!(lang, "admin-settings-max-label", max = u32::from(MAX_COUNT)), "number", m.max_count.to_string(), (Some(1), Some(u32::from(MAX_COUNT)), None))}
                </div>
                <div class="check">
                    <input type="checkbox" id=id(fields::ENABLED) name=fields::ENABLED value="1" checked=enabled
                        aria-describedby=enabled_error.as_ref().map(|_| id("enabled-error"))
                        aria-invalid=enabled_error.is_some().then_some("true") />
                    <label for=id(fields::ENABLED)>{t!(lang, "admin-settings-enabled-label")}</label>
                </div>
                {enabled_error.map(|e| view! { <p class="field-error mt-1" id=id("enabled-error")>{e}</p> })}
                <div class="field mt-5">
                    <label for=id(fields::REASON)>{t!(lang, "admin-settings-reason-label")}</label>
                    <input class="input" id=id(fields::REASON) name=fields::REASON required maxlength=obscura_shared::audit::REASON_MAX_CHARS autocomplete="off"
                        value=f.value(fields::REASON).unwrap_or_default()
                        aria-describedby=f.error(fields::REASON).map(|_| id("reason-error"))
                        aria-invalid=f.error(fields::REASON).is_some().then_some("true") />
                    {f.error(fields::REASON).map(|e| view! { <p class="field-error" id=id("reason-error")>{e}</p> })}
                </div>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "admin-settings-model-save", model = m.id.as_str())}</button>
                </div>
            </fieldset>
        </form>
    }
}
