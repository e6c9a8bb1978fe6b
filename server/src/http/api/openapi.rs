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
        schema::{ObjectBuilder, Type},
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

/// The description with this server's address.
#[must_use]
pub fn document(state: &WebState) -> Doc {
    let mut doc = ApiDoc::openapi();
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
