//! The OpenAPI 3.1 description of `/api/v1`, written from the handlers' annotations and the
//! types they send (`utoipa`), served at `/api/v1/openapi.json` and rendered at `/docs/api`.
//!
//! What every operation can answer besides its own statuses (a key in the URL, no key, the
//! wrong scope, too many requests, our own failures) is added here once, by [`Common`].

use axum::{
    extract::State,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use utoipa::{
    Modify, OpenApi,
    openapi::{
        ContentBuilder, HeaderBuilder, OpenApi as Doc, Ref, RefOr, ResponseBuilder, ServerBuilder,
        path::Operation,
        schema::{ObjectBuilder, Schema, Type},
        security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme},
    },
};

use super::{generations, resources};
use crate::http::WebState;

/// The description, from the code.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Obscura API",
        version = "1",
        description = "Make, read and share images on this Obscura server. Send one of your keys (Settings → API) as `Authorization: Bearer obs_…`, never in a URL. Errors are RFC 9457 problem details (`application/problem+json`) carrying a stable `code`; refused fields are listed as JSON pointers in `errors`. Each key has a request rate (see `X-RateLimit-Limit` and `X-RateLimit-Remaining`); past it, 429 with `Retry-After`.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    paths(
        super::account,
        resources::usage,
        generations::create,
        generations::list,
        generations::get,
        generations::delete,
        generations::cancel,
        resources::image,
        resources::shares,
        resources::create_share,
        resources::revoke_share,
    ),
    components(schemas(super::Problem, super::FieldProblem)),
    modifiers(&Common),
    tags(
        (name = "generations", description = "Make images and follow them."),
        (name = "images", description = "The images generations made."),
        (name = "shares", description = "Public links to images."),
        (name = "account", description = "Balance, caps and use."),
    ),
)]
pub struct ApiDoc;

/// Adds the bearer scheme and the answers every operation can give.
struct Common;

const PROBLEM: &str = "Problem";

fn problem_response(description: &str, retry_after: bool) -> utoipa::openapi::Response {
    let mut r = ResponseBuilder::new().description(description).content(
        "application/problem+json",
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name(PROBLEM)))
            .build(),
    );
    if retry_after {
        r = r.header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)))
                .description(Some("Seconds to wait."))
                .build(),
        );
    }
    r.build()
}

/// (status, component name, description, carries Retry-After)
const SHARED: [(&str, &str, &str, bool); 7] = [
    (
        "400",
        "Malformed",
        "The request could not be read (bad JSON or query), or a key was sent in the URL.",
        false,
    ),
    (
        "401",
        "Unauthenticated",
        "No key, or a wrong, revoked or expired one.",
        false,
    ),
    (
        "403",
        "Forbidden",
        "The key lacks the scope this needs.",
        false,
    ),
    ("422", "Invalid", "Fields to correct (see `errors`).", false),
    (
        "429",
        "RateLimited",
        "Too many requests for this key or account.",
        true,
    ),
    (
        "500",
        "Internal",
        "Something went wrong on the server.",
        false,
    ),
    (
        "503",
        "Unavailable",
        "The server cannot answer now: try again after `Retry-After`.",
        true,
    ),
];

impl Modify for Common {
    fn modify(&self, doc: &mut Doc) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.security_schemes.insert(
            "bearer".to_owned(),
            RefOr::T(SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("obs_<id>_<secret>")
                    .description(Some("An API key from Settings → API."))
                    .build(),
            )),
        );
        for (_, name, description, retry) in SHARED {
            components.responses.insert(
                name.to_owned(),
                RefOr::T(problem_response(description, retry)),
            );
        }
        doc.security = Some(vec![SecurityRequirement::new::<_, _, String>("bearer", [])]);
        for item in doc.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.post, &mut item.delete]
                .into_iter()
                .flatten()
            {
                add_shared(op);
            }
        }
    }
}

fn add_shared(op: &mut Operation) {
    let rate = || {
        HeaderBuilder::new()
            .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)))
            .build()
    };
    for (status, response) in &mut op.responses.responses {
        if status.starts_with('2')
            && let RefOr::T(r) = response
        {
            r.headers
                .insert("X-RateLimit-Limit".to_owned(), RefOr::T(rate()));
            r.headers
                .insert("X-RateLimit-Remaining".to_owned(), RefOr::T(rate()));
        }
    }
    for (status, name, _, _) in SHARED {
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
    }
}

/// Lists this server's models offered now (the live settings), their sizes and qualities as the
/// only values of those fields; the list's filter takes every configured model's id.
fn this_servers_models(doc: &mut Doc, live: &crate::settings::Live) {
    let mut sizes: Vec<String> = Vec::new();
    let mut qualities: Vec<&str> = Vec::new();
    for m in live.offered() {
        for s in &m.sizes {
            let s = s.to_string();
            if !sizes.contains(&s) {
                sizes.push(s);
            }
        }
        for q in &m.qualities {
            if !qualities.contains(&q.code()) {
                qualities.push(q.code());
            }
        }
    }
    let models: Vec<&str> = live.offered().map(|m| m.id.as_str()).collect();
    let configured: Vec<&str> = live.all().map(|(m, _)| m.id.as_str()).collect();
    let values = |v: Vec<String>| Some(v.into_iter().map(serde_json::Value::from).collect());
    // The list's `model` filter takes the same ids.
    if let Some(op) = doc
        .paths
        .paths
        .get_mut(obscura_shared::routes::API_GENERATIONS)
        .and_then(|item| item.get.as_mut())
    {
        for p in op.parameters.iter_mut().flatten() {
            if let RefOr::T(param) = p
                && param.name == "model"
                && let Some(RefOr::T(Schema::Object(object))) = param.schema.as_mut()
            {
                object.enum_values = values(configured.iter().map(|m| (*m).to_owned()).collect());
            }
        }
    }
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    for name in ["CreateGeneration", "CreateGenerationForm"] {
        let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(name) else {
            continue;
        };
        for (field, allowed) in [
            ("model", models.iter().map(|m| (*m).to_owned()).collect()),
            ("size", sizes.clone()),
            (
                "quality",
                qualities.iter().map(|q| (*q).to_owned()).collect(),
            ),
        ] {
            if let Some(RefOr::T(Schema::Object(property))) = object.properties.get_mut(field) {
                property.enum_values = values(allowed);
            }
        }
    }
}

/// The description with this server's address and models.
#[must_use]
pub fn document(state: &WebState) -> Doc {
    let mut doc = ApiDoc::openapi();
    this_servers_models(&mut doc, &state.settings.current());
    doc.servers = Some(vec![
        ServerBuilder::new()
            .url(crate::config::origin(&state.config.public_url))
            .description(Some("This Obscura server"))
            .build(),
    ]);
    doc
}

/// `GET /api/v1/openapi.json` (public, cacheable for an hour).
pub async fn serve(State(state): State<WebState>) -> Response {
    match document(&state).to_json() {
        Ok(json) => {
            let mut res = (StatusCode::OK, json).into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            h.insert(
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            );
            res
        }
        Err(e) => {
            tracing::error!(error = %e, "could not write the OpenAPI description");
            super::problem(&obscura_shared::Failure::internal())
        }
    }
}

/// The schema name a `$ref` points at.
fn ref_name(v: &serde_json::Value) -> Option<String> {
    v.get("$ref")
        .and_then(serde_json::Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_owned)
}

/// A JSON schema's type, for people, and the named schema it refers to.
fn kind_of(schema: &serde_json::Value) -> (String, Option<String>) {
    if let Some(name) = ref_name(schema) {
        return (name.clone(), Some(name));
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = schema.get(key).and_then(serde_json::Value::as_array) {
            // `T or null` reads as `T` (optional is said apart).
            let kinds: Vec<(String, Option<String>)> = list
                .iter()
                .filter(|s| s.get("type").and_then(serde_json::Value::as_str) != Some("null"))
                .map(kind_of)
                .collect();
            if let [(k, link)] = kinds.as_slice() {
                return (k.clone(), link.clone());
            }
            let link = kinds.iter().find_map(|(_, l)| l.clone());
            let text: Vec<String> = kinds.into_iter().map(|(k, _)| k).collect();
            return (text.join(" or "), link);
        }
    }
    if let Some(values) = schema.get("enum").and_then(serde_json::Value::as_array) {
        let values: Vec<String> = values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        return (format!("one of: {}", values.join(", ")), None);
    }
    let ty = match schema.get("type") {
        Some(serde_json::Value::String(t)) => t.clone(),
        Some(serde_json::Value::Array(ts)) => ts
            .iter()
            .filter_map(serde_json::Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("any")
            .to_owned(),
        _ => "any".to_owned(),
    };
    if ty == "array"
        && let Some(items) = schema.get("items")
    {
        let (inner, link) = kind_of(items);
        return (format!("array of {inner}"), link);
    }
    let format = schema
        .get("format")
        .and_then(serde_json::Value::as_str)
        .map(|f| format!(" ({f})"))
        .unwrap_or_default();
    (format!("{ty}{format}"), None)
}

fn text(v: &serde_json::Value, key: &str) -> String {
    v.get(key)
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The reference `/docs/api` shows: every operation, parameter, body and answer, and every
/// type, as the description says them.
#[must_use]
pub fn reference(state: &WebState) -> obscura_shared::api::ApiReference {
    use obscura_shared::api::{ApiField, ApiGroup, ApiOperation, ApiReference, ApiSchema};
    let Ok(doc) = serde_json::to_value(document(state)) else {
        return ApiReference::default();
    };
    let mut groups: Vec<ApiGroup> = doc["tags"]
        .as_array()
        .map(|tags| {
            tags.iter()
                .map(|t| ApiGroup {
                    name: text(t, "name"),
                    description: text(t, "description"),
                    operations: Vec::new(),
                })
                .collect()
        })
        .unwrap_or_default();
    // The order the description lists them in (`paths(...)`), GET before POST before DELETE.
    let order: Vec<&str> = ApiDoc::openapi_paths_order();
    let mut paths: Vec<(&String, &serde_json::Value)> = doc["paths"]
        .as_object()
        .map(|p| p.iter().collect())
        .unwrap_or_default();
    paths.sort_by_key(|(p, _)| order.iter().position(|o| o == p).unwrap_or(usize::MAX));
    for (path, item) in paths {
        for method in ["get", "post", "delete"] {
            let Some(op) = item.get(method) else {
                continue;
            };
            let parameters = op["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| {
                            let (kind, link) = kind_of(&p["schema"]);
                            ApiField {
                                name: text(p, "name"),
                                location: text(p, "in"),
                                kind,
                                link,
                                required: p["required"].as_bool().unwrap_or(false),
                                description: text(p, "description"),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let bodies = op["requestBody"]["content"]
                .as_object()
                .map(|c| {
                    c.iter()
                        .map(|(ct, m)| (ct.clone(), ref_name(&m["schema"]).unwrap_or_default()))
                        .collect()
                })
                .unwrap_or_default();
            let responses = op["responses"]
                .as_object()
                .map(|r| {
                    r.iter()
                        .map(|(status, resp)| {
                            let resp = ref_name(resp)
                                .and_then(|name| doc["components"]["responses"].get(&name))
                                .unwrap_or(resp);
                            let schema = resp["content"]
                                .as_object()
                                .and_then(|c| c.values().next())
                                .and_then(|m| ref_name(&m["schema"]))
                                .unwrap_or_default();
                            (status.clone(), text(resp, "description"), schema)
                        })
                        .collect()
                })
                .unwrap_or_default();
            let operation = ApiOperation {
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                summary: text(op, "summary"),
                description: text(op, "description"),
                parameters,
                bodies,
                responses,
            };
            let tag = op["tags"][0].as_str().unwrap_or_default();
            if let Some(g) = groups.iter_mut().find(|g| g.name == tag) {
                g.operations.push(operation);
            }
        }
    }
    let schemas = doc["components"]["schemas"]
        .as_object()
        .map(|all| {
            all.iter()
                .map(|(name, s)| {
                    let required: Vec<&str> = s["required"]
                        .as_array()
                        .map(|r| r.iter().filter_map(serde_json::Value::as_str).collect())
                        .unwrap_or_default();
                    let fields = s["properties"]
                        .as_object()
                        .map(|props| {
                            props
                                .iter()
                                .map(|(field, p)| {
                                    let (kind, link) = kind_of(p);
                                    ApiField {
                                        name: field.clone(),
                                        location: String::new(),
                                        kind,
                                        link,
                                        required: required.contains(&field.as_str()),
                                        description: text(p, "description"),
                                    }
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let values = s["enum"]
                        .as_array()
                        .map(|v| {
                            v.iter()
                                .filter_map(|v| v.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default();
                    ApiSchema {
                        name: name.clone(),
                        description: text(s, "description"),
                        fields,
                        values,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    ApiReference {
        origin: crate::config::origin(&state.config.public_url),
        groups,
        schemas,
        models: state
            .settings
            .current()
            .offered()
            .map(|m| m.id.clone())
            .collect(),
    }
}

impl ApiDoc {
    /// The paths in the order the operations are listed above.
    fn openapi_paths_order() -> Vec<&'static str> {
        use obscura_shared::routes;
        vec![
            routes::API_GENERATIONS,
            routes::API_GENERATION,
            routes::API_IMAGE,
            routes::API_SHARES,
            routes::API_SHARE,
            routes::API_ACCOUNT,
            routes::API_USAGE,
        ]
    }
}
