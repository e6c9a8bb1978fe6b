//! `/docs/api`: the API's reference, rendered by Obscura from its own OpenAPI description (no
//! third-party scripts, fonts or styles): how to authenticate, errors, idempotency, limits, each
//! operation with its parameters, body and answers, each type, the OpenAI-compatible endpoints
//! and outgoing webhooks.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    account::Language,
    api::{ApiField, ApiOperation, ApiReference, ApiSchema},
    routes, t, testids,
};

use crate::error::AppError;

async fn load() -> Result<ApiReference, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.api.reference().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::internal())
    }
}

/// An element id for an operation.
fn anchor(op: &ApiOperation) -> String {
    let path: String = op
        .path
        .trim_start_matches("/api/v1/")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!(
        "op-{}-{}",
        op.method.to_ascii_lowercase(),
        path.trim_matches('-')
    )
}

/// An operation group's name (an OpenAPI tag) in `lang`.
fn group_name(lang: Language, tag: &str) -> String {
    match tag {
        "generations" => t!(lang, "docs-group-generations"),
        "images" => t!(lang, "docs-group-images"),
        "shares" => t!(lang, "docs-group-shares"),
        "account" => t!(lang, "docs-group-account"),
        other => capitalised(other),
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn schema_anchor(name: &str) -> String {
    format!("schema-{name}")
}

/// Text from the description, its `quoted` parts as code.
fn rich(text: &str) -> impl IntoView + use<> {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                view! { <span>{part}</span> }.into_any()
            }
        })
        .collect_view()
}

/// A sentence from the catalogue: its `quoted` parts as code and its `[bracketed]` parts as
/// links, to `links` in order. Only for the catalogue's own text (never people's).
pub(crate) fn prose(text: &str, links: &[&str]) -> AnyView {
    let mut out: Vec<AnyView> = Vec::new();
    let mut next_link = links.iter();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            let code = part.to_owned();
            out.push(view! { <code>{code}</code> }.into_any());
            continue;
        }
        let mut rest = part;
        while let Some((before, after)) = rest.split_once('[') {
            let Some((label, tail)) = after.split_once(']') else {
                break;
            };
            if !before.is_empty() {
                out.push(before.to_owned().into_any());
            }
            let href = (*next_link.next().unwrap_or(&"#")).to_owned();
            let label = label.to_owned();
            out.push(view! { <a class="link" href=href>{label}</a> }.into_any());
            rest = tail;
        }
        if !rest.is_empty() {
            out.push(rest.to_owned().into_any());
        }
    }
    out.into_iter().collect_view().into_any()
}

/// A code sample: a labelled region that scrolls sideways and can be reached by keyboard.
#[component]
fn Code(#[prop(into)] label: String, code: String) -> impl IntoView {
    view! {
        <pre class="focus-ring mt-4 overflow-x-auto rounded-xl border border-line bg-surface p-4 text-sm" tabindex="0" role="region" aria-label=label><code>{code}</code></pre>
    }
}

#[component]
fn Kind(field: ApiField) -> impl IntoView {
    match field.link {
        Some(name) => view! {
            <a class="link" href=format!("#{}", schema_anchor(&name))>{field.kind}</a>
        }
        .into_any(),
        None => view! { <span>{field.kind}</span> }.into_any(),
    }
}

#[component]
fn Fields(fields: Vec<ApiField>, located: bool) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let (name_h, in_h, type_h, description_h) = (
        t!(lang, "docs-col-name"),
        t!(lang, "docs-col-in"),
        t!(lang, "docs-col-type"),
        t!(lang, "docs-col-description"),
    );
    let required_text = t!(lang, "docs-required");
    view! {
        <div class="table-wrap">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{name_h}</th>
                        {located.then(|| view! { <th scope="col">{in_h.clone()}</th> })}
                        <th scope="col">{type_h.clone()}</th>
                        <th scope="col">{description_h.clone()}</th>
                    </tr>
                </thead>
                <tbody>
                    {fields.into_iter().map(|f| {
                        let required = f.required;
                        let (name, location, description) = (f.name.clone(), f.location.clone(), f.description.clone());
                        let required_text = required_text.clone();
                        let in_h = in_h.clone();
                        view! {
                            <tr>
                                <th scope="row"><code>{name}</code>{required.then(|| view! { <span class="badge ml-2">{required_text}</span> })}</th>
                                {located.then(|| view! { <td data-label=in_h><code>{location}</code></td> })}
                                <td data-label=type_h.clone() lang="en"><Kind field=f /></td>
                                <td data-label=description_h.clone() lang="en">{rich(&description)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Operation(op: ApiOperation) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let id = anchor(&op);
    let heading = format!("{id}-h");
    let labelled = heading.clone();
    let ApiOperation {
        method,
        path,
        summary,
        description,
        parameters,
        bodies,
        responses,
    } = op;
    view! {
        <section class="card mt-6" aria-labelledby=labelled id=id data-testid=testids::API_OPERATION>
            <h3 id=heading lang="en">{summary}</h3>
            <p class="mt-2"><span class="badge" translate="no">{method}</span>" "<code class="break-all">{path}</code></p>
            <p lang="en">{rich(&description)}</p>
            {(!parameters.is_empty()).then(|| view! {
                <h4 class="mt-4 font-semibold">{t!(lang, "docs-parameters")}</h4>
                <Fields fields=parameters located=true />
            })}
            {(!bodies.is_empty()).then(|| view! {
                <h4 class="mt-4 font-semibold">{t!(lang, "docs-body")}</h4>
                <ul class="list">
                    {bodies.into_iter().map(|(ct, name)| view! {
                        <li><code>{ct}</code>": "<a class="link" href=format!("#{}", schema_anchor(&name))><code>{name.clone()}</code></a></li>
                    }).collect_view()}
                </ul>
            })}
            <h4 class="mt-4 font-semibold">{t!(lang, "docs-answers")}</h4>
            <ul class="list">
                {responses.into_iter().map(|(status, description, schema)| view! {
                    <li>
                        <code>{status}</code>" "<span lang="en">{rich(&description)}</span>
                        {(!schema.is_empty()).then(|| view! {
                            " ("<a class="link" href=format!("#{}", schema_anchor(&schema))><code>{schema.clone()}</code></a>")"
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Schema(schema: ApiSchema) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let id = schema_anchor(&schema.name);
    let heading = format!("{id}-h");
    let labelled = heading.clone();
    view! {
        <section class="mt-8" id=id aria-labelledby=labelled>
            <h3 id=heading><code>{schema.name.clone()}</code></h3>
            {(!schema.description.is_empty()).then(|| view! { <p lang="en">{rich(&schema.description)}</p> })}
            {(!schema.values.is_empty()).then(|| view! {
                <p>{t!(lang, "docs-one-of")}" "{schema.values.iter().map(|v| view! { <code>{v.clone()}</code>" " }).collect_view()}</p>
            })}
            {(!schema.fields.is_empty()).then(|| view! { <Fields fields=schema.fields.clone() located=false /> })}
        </section>
    }
}

const PYTHON: &str = r#"import base64
from openai import OpenAI

client = OpenAI(base_url="ORIGIN/v1", api_key="obs_…")
result = client.images.generate(model="MODEL", prompt="a lighthouse at dusk", n=1)
open("lighthouse.png", "wb").write(base64.b64decode(result.data[0].b64_json))"#;

const NODE: &str = r#"import OpenAI from "openai";

const client = new OpenAI({ baseURL: "ORIGIN/v1", apiKey: "obs_…" });
const result = await client.images.generate({ model: "MODEL", prompt: "a lighthouse at dusk" });"#;

const VERIFY: &str = r#"import base64, hashlib, hmac

signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body}"
key = base64.b64decode(secret.removeprefix("whsec_"))
expected = base64.b64encode(hmac.new(key, signed.encode(), hashlib.sha256).digest()).decode()
valid = any(sig == "v1," + expected for sig in headers["webhook-signature"].split())"#;

#[component]
fn Reference(r: ApiReference) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let origin = r.origin.clone();
    let model = r.models.first().cloned().unwrap_or_default();
    let fill = |s: &str| s.replace("ORIGIN", &origin).replace("MODEL", &model);
    let (python, node) = (fill(PYTHON), fill(NODE));
    let curl = format!(
        "curl {origin}{} \\\n  -H \"Authorization: Bearer $OBSCURA_KEY\" \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Idempotency-Key: $(uuidgen)\" \\\n  -d '{{\"prompt\": \"a lighthouse at dusk\"}}'",
        routes::API_GENERATIONS
    );
    let groups = r.groups.clone();
    let toc = r.groups.clone();
    view! {
        <nav aria-label=t!(lang, "docs-toc") class="mt-8">
            <ul class="list">
                <li><a class="link" href="#start">{t!(lang, "docs-start")}</a></li>
                <li><a class="link" href="#errors">{t!(lang, "docs-errors")}</a></li>
                {toc.into_iter().map(|g| view! {
                    <li><a class="link" href=format!("#tag-{}", g.name)>{group_name(lang, &g.name)}</a></li>
                }).collect_view()}
                <li><a class="link" href="#openai">{t!(lang, "docs-openai")}</a></li>
                <li><a class="link" href="#webhooks">{t!(lang, "docs-webhooks")}</a></li>
                <li><a class="link" href="#types">{t!(lang, "docs-types")}</a></li>
            </ul>
        </nav>
        <section aria-labelledby="start">
            <h2 id="start">{t!(lang, "docs-start")}</h2>
            <p>
                {prose(
                    &t!(lang, "docs-start-text", base = format!("{origin}{}", routes::API_V1)),
                    &[routes::SETTINGS_API, routes::API_OPENAPI],
                )}
            </p>
            <Code label=t!(lang, "docs-code-curl") code=curl />
            <p>{prose(&t!(lang, "docs-start-answer"), &[])}</p>
        </section>
        <section aria-labelledby="errors">
            <h2 id="errors">{t!(lang, "docs-errors")}</h2>
            <ul class="list">
                <li>{prose(&t!(lang, "docs-errors-problem"), &[])}</li>
                <li>{prose(&t!(lang, "docs-errors-status"), &[])}</li>
                <li>{prose(&t!(lang, "docs-errors-rate"), &[])}</li>
                <li>{prose(&t!(lang, "docs-errors-idempotency"), &[])}</li>
                <li>{prose(&t!(lang, "docs-errors-pages"), &[])}</li>
            </ul>
        </section>
        {(lang != Language::En).then(|| view! { <p class="mt-8 text-muted">{t!(lang, "docs-reference-in-english")}</p> })}
        {groups.into_iter().map(|g| {
            let name = group_name(lang, &g.name);
            view! {
                <section aria-labelledby=format!("tag-{}", g.name)>
                    <h2 id=format!("tag-{}", g.name)>{name}</h2>
                    <p lang="en">{rich(&g.description)}</p>
                    {g.operations.into_iter().map(|op| view! { <Operation op /> }).collect_view()}
                </section>
            }
        }).collect_view()}
        <section aria-labelledby="openai">
            <h2 id="openai">{t!(lang, "docs-openai")}</h2>
            <p>{prose(&t!(lang, "docs-openai-text", base = format!("{origin}{}", routes::OPENAI_V1)), &[])}</p>
            <p>
                {t!(lang, "docs-openai-models")}" "{r.models.iter().map(|m| view! { <code>{m.clone()}</code>" " }).collect_view()}
                {prose(&t!(lang, "docs-openai-options"), &[])}
            </p>
            <Code label=t!(lang, "docs-code-python") code=python />
            <Code label=t!(lang, "docs-code-node") code=node />
        </section>
        <section aria-labelledby="webhooks">
            <h2 id="webhooks">{t!(lang, "docs-webhooks")}</h2>
            <p>{prose(&t!(lang, "docs-webhooks-text"), &[routes::SETTINGS_API])}</p>
            <p>{t!(lang, "docs-webhooks-check")}</p>
            <Code label=t!(lang, "docs-code-verify") code=VERIFY.to_owned() />
            <p>{prose(&t!(lang, "docs-webhooks-refuse"), &[])}</p>
        </section>
        <section aria-labelledby="types">
            <h2 id="types">{t!(lang, "docs-types")}</h2>
            {r.schemas.into_iter().map(|schema| view! { <Schema schema /> }).collect_view()}
        </section>
    }
}

/// `/docs/api`.
#[component]
pub fn ApiDocs() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(|| (), |()| load());
    view! {
        <Title text=t!(lang, "docs-title") />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "docs-eyebrow")}</p>
                <h1>{t!(lang, "docs-heading")}</h1>
                <p class="lead">{t!(lang, "docs-lead")}</p>
            </header>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || Suspend::new(async move { data.await.map(|r| view! { <Reference r /> }) })}
            </Suspense>
        </article>
    }
}
