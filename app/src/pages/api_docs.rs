//! `/docs/api`: the API's reference, rendered by Obscura from its own OpenAPI description (no
//! third-party scripts, fonts or styles): how to authenticate, errors, idempotency, limits, each
//! operation with its parameters, body and answers, each type, the OpenAI-compatible endpoints
//! and outgoing webhooks.

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{
    api::{ApiField, ApiOperation, ApiReference, ApiSchema},
    routes, testids,
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

/// A code sample: a labelled region that scrolls sideways and can be reached by keyboard.
#[component]
fn Code(label: &'static str, code: String) -> impl IntoView {
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
    view! {
        <div class="table-wrap">
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        {located.then(|| view! { <th scope="col">"In"</th> })}
                        <th scope="col">"Type"</th>
                        <th scope="col">"Description"</th>
                    </tr>
                </thead>
                <tbody>
                    {fields.into_iter().map(|f| {
                        let required = f.required;
                        let (name, location, description) = (f.name.clone(), f.location.clone(), f.description.clone());
                        view! {
                            <tr>
                                <th scope="row"><code>{name}</code>{required.then(|| view! { <span class="badge ml-2">"required"</span> })}</th>
                                {located.then(|| view! { <td data-label="In">{location}</td> })}
                                <td data-label="Type"><Kind field=f /></td>
                                <td data-label="Description">{rich(&description)}</td>
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
            <h3 id=heading>{summary}</h3>
            <p class="mt-2"><span class="badge">{method}</span>" "<code class="break-all">{path}</code></p>
            <p>{rich(&description)}</p>
            {(!parameters.is_empty()).then(|| view! {
                <h4 class="mt-4 font-semibold">"Parameters"</h4>
                <Fields fields=parameters located=true />
            })}
            {(!bodies.is_empty()).then(|| view! {
                <h4 class="mt-4 font-semibold">"Body"</h4>
                <ul class="list">
                    {bodies.into_iter().map(|(ct, name)| view! {
                        <li><code>{ct}</code>": "<a class="link" href=format!("#{}", schema_anchor(&name))>{name.clone()}</a></li>
                    }).collect_view()}
                </ul>
            })}
            <h4 class="mt-4 font-semibold">"Answers"</h4>
            <ul class="list">
                {responses.into_iter().map(|(status, description, schema)| view! {
                    <li>
                        <code>{status}</code>" "{rich(&description)}
                        {(!schema.is_empty()).then(|| view! {
                            " ("<a class="link" href=format!("#{}", schema_anchor(&schema))>{schema.clone()}</a>")"
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Schema(schema: ApiSchema) -> impl IntoView {
    let id = schema_anchor(&schema.name);
    let heading = format!("{id}-h");
    let labelled = heading.clone();
    view! {
        <section class="mt-8" id=id aria-labelledby=labelled>
            <h3 id=heading><code>{schema.name.clone()}</code></h3>
            {(!schema.description.is_empty()).then(|| view! { <p>{rich(&schema.description)}</p> })}
            {(!schema.values.is_empty()).then(|| view! {
                <p>"One of: "{schema.values.iter().map(|v| view! { <code class="mr-2">{v.clone()}</code> }).collect_view()}</p>
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
        <nav aria-label="On this page" class="mt-8">
            <ul class="list">
                <li><a class="link" href="#start">"Start"</a></li>
                <li><a class="link" href="#errors">"Errors, limits and retries"</a></li>
                {toc.into_iter().map(|g| view! {
                    <li><a class="link" href=format!("#tag-{}", g.name)>{capitalised(&g.name)}</a></li>
                }).collect_view()}
                <li><a class="link" href="#openai">"OpenAI-compatible endpoints"</a></li>
                <li><a class="link" href="#webhooks">"Webhooks"</a></li>
                <li><a class="link" href="#types">"Types"</a></li>
            </ul>
        </nav>
        <section aria-labelledby="start">
            <h2 id="start">"Start"</h2>
            <p>
                "Make a key in "<a class="link" href=routes::SETTINGS_API>"Settings → API"</a>
                " with the scopes it needs (generate, read, delete), then send it on every request as "
                <code>"Authorization: Bearer obs_…"</code>". Never put a key in a URL: such requests are refused. The base address is "
                <code>{format!("{origin}{}", routes::API_V1)}</code>", and the machine-readable description is "
                <a class="link" href=routes::API_OPENAPI>"openapi.json"</a>" (OpenAPI 3.1)."
            </p>
            <Code label="A generation with curl" code=curl />
            <p>
                "The answer is the generation, "<code>"queued"</code>"; fetch it again (or receive a webhook) until it is "
                <code>"succeeded"</code>" and carries its images' signed links."
            </p>
        </section>
        <section aria-labelledby="errors">
            <h2 id="errors">"Errors, limits and retries"</h2>
            <ul class="list">
                <li>"Every refusal is "<code>"application/problem+json"</code>" (RFC 9457) with a stable "<code>"code"</code>", a "<code>"detail"</code>" for people and, for refused input, "<code>"errors"</code>": one JSON pointer and message per field."</li>
                <li><code>"401"</code>" no key, or a wrong, revoked or expired one; "<code>"403"</code>" the key lacks the scope; "<code>"404"</code>" not found on this account (another account's ids are never revealed); "<code>"402"</code>" not enough credits, or over the key's monthly or the account's daily cap."</li>
                <li>"Each key and each account has a request rate per minute. Every answer carries "<code>"X-RateLimit-Limit"</code>" and "<code>"X-RateLimit-Remaining"</code>"; past it, "<code>"429"</code>" with "<code>"Retry-After"</code>"."</li>
                <li>"Send "<code>"Idempotency-Key"</code>" with a POST to retry it safely: the same key with the same body within 24 hours replays the first answer with "<code>"Idempotent-Replayed: true"</code>" and charges nothing more; with another body, "<code>"422"</code>"; while the first is still running, "<code>"409"</code>"."</li>
                <li>"Lists are pages, newest first: pass the answer's "<code>"next_cursor"</code>" as "<code>"cursor"</code>" for the next one."</li>
            </ul>
        </section>
        {groups.into_iter().map(|g| {
            let name = capitalised(&g.name);
            view! {
                <section aria-labelledby=format!("tag-{}", g.name)>
                    <h2 id=format!("tag-{}", g.name)>{name}</h2>
                    <p>{rich(&g.description)}</p>
                    {g.operations.into_iter().map(|op| view! { <Operation op /> }).collect_view()}
                </section>
            }
        }).collect_view()}
        <section aria-labelledby="openai">
            <h2 id="openai">"OpenAI-compatible endpoints"</h2>
            <p>
                "Code written for OpenAI's Images API works here by changing its base address to "
                <code>{format!("{origin}{}", routes::OPENAI_V1)}</code>" and its key to an Obscura key with the generate scope: "
                <code>"POST /v1/images/generations"</code>", "<code>"POST /v1/images/edits"</code>" (multipart, with the reference as "<code>"image"</code>") and "<code>"GET /v1/models"</code>"."
            </p>
            <p>
                "Models are this server's: "{r.models.iter().map(|m| view! { <code class="mr-2">{m.clone()}</code> }).collect_view()}
                "(OpenAI's model names mean the first). "<code>"n"</code>", "<code>"size"</code>", "<code>"quality"</code>" and "
                <code>"response_format"</code>" ("<code>"b64_json"</code>" or "<code>"url"</code>", a signed link) are honoured; the answer waits for the images. Errors come in OpenAI's shape, so its clients raise them as usual."
            </p>
            <Code label="OpenAI's Python client" code=python />
            <Code label="OpenAI's Node client" code=node />
        </section>
        <section aria-labelledby="webhooks">
            <h2 id="webhooks">"Webhooks"</h2>
            <p>
                "Set an https endpoint in "<a class="link" href=routes::SETTINGS_API>"Settings → API"</a>" to be told when a generation ends: "
                <code>"generation.completed"</code>" or "<code>"generation.failed"</code>". Each event is a POST with a JSON body ("<code>"type"</code>", "
                <code>"timestamp"</code>", "<code>"data"</code>": the generation's id, status, image ids and cost; never the prompt), signed the Standard Webhooks way: "
                <code>"webhook-id"</code>", "<code>"webhook-timestamp"</code>" and "<code>"webhook-signature"</code>" headers. Answer with any 2xx within 10 seconds; other answers are retried with growing waits (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) with the same id. The delivery log in the settings shows each attempt."
            </p>
            <p>"To check a signature (Python):"</p>
            <Code label="Checking a signature in Python" code=VERIFY.to_owned() />
            <p>"Refuse events whose timestamp is more than five minutes away from your clock, and handle each "<code>"webhook-id"</code>" once: retries repeat it."</p>
        </section>
        <section aria-labelledby="types">
            <h2 id="types">"Types"</h2>
            {r.schemas.into_iter().map(|schema| view! { <Schema schema /> }).collect_view()}
        </section>
    }
}

/// `/docs/api`.
#[component]
pub fn ApiDocs() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |()| load());
    view! {
        <Title text="API reference" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Developers"</p>
                <h1>"The Obscura API"</h1>
                <p class="lead">"Make, read and share images from your own programs, with a REST API or OpenAI's own clients."</p>
            </header>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move { data.await.map(|r| view! { <Reference r /> }) })}
            </Suspense>
        </article>
    }
}
