//! `/api/v1/generations`: create (scope `generate`; same validation, credits and queue as
//! `/create`; `Idempotency-Key` honoured), list and get (scope `read`), delete (scope `delete`).

use axum::{
    Extension,
    body::Bytes,
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use obscura_shared::{
    ErrorCode, Failure,
    api::Scope,
    generation::{Status, fields},
    ids::ImageId,
    routes,
};
use serde::Deserialize;
use uuid::Uuid;

use super::{Spent, json, problem, require};
use crate::{
    accounts::Client,
    api::{
        Caller,
        generations::{self, DeleteError},
        idempotency::{self, Begin},
    },
    generation::{self as gen_core, ReferenceInput, request::Submitted},
    http::WebState,
};

/// The largest JSON body accepted.
const BODY_LIMIT: usize = 64 * 1024;

/// What `POST /api/v1/generations` takes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    prompt: String,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    negative_prompt: Option<String>,
    #[serde(default)]
    size: Option<String>,
    #[serde(default)]
    quality: Option<String>,
    #[serde(default)]
    count: Option<u32>,
    #[serde(default)]
    seed: Option<u64>,
    /// One of the account's images, as the reference.
    #[serde(default)]
    reference_image: Option<String>,
}

fn not_found() -> Response {
    problem(&Failure::new(ErrorCode::NotFound).with_message("No such generation."))
}

fn parse_id(id: &str) -> Option<Uuid> {
    Uuid::parse_str(id).ok()
}

/// The idempotency key of a request, checked (the error is the refusal to send).
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, Box<Response>> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    match value.to_str() {
        Ok(k) if idempotency::valid_key(k) => Ok(Some(k.to_owned())),
        _ => Err(Box::new(problem(
            &Failure::new(ErrorCode::Malformed).with_message(
                "An Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID.",
            ),
        ))),
    }
}

/// `POST /api/v1/generations`.
pub(super) async fn create(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Generate) {
        return refused;
    }
    let key = match idempotency_key(&headers) {
        Ok(k) => k,
        Err(res) => return *res,
    };
    let Some(key) = key else {
        return run_create(&state, &caller, &body).await;
    };
    let hash = idempotency::request_hash("POST", routes::API_GENERATIONS, &body);
    match idempotency::begin(&state, caller.user_id, &key, &hash).await {
        Ok(Begin::Run) => {}
        Ok(Begin::Replay { status, body }) => {
            let mut res = super::super::errors::json(
                StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
                &serde_json::from_str(&body).unwrap_or_default(),
            );
            if status >= 400 {
                res.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
            }
            res.headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            return res;
        }
        Ok(Begin::Mismatch) => {
            return problem(&Failure::new(ErrorCode::Validation).with_message(
                "This Idempotency-Key was used with another request in the last 24 hours. Use a new key for a new request.",
            ));
        }
        Ok(Begin::InProgress) => {
            return problem(
                &Failure::new(ErrorCode::Conflict)
                    .with_message("A request with this Idempotency-Key is still running. Send it again in a moment to get its answer.")
                    .retry_after(1),
            );
        }
        Err(e) => {
            tracing::error!(error = %e, "could not read an idempotency key");
            return problem(&Failure::new(ErrorCode::Unavailable).retry_after(5));
        }
    }
    let res = run_create(&state, &caller, &body).await;
    // Kept as answered: status and body (a server error lets the key be used again).
    let (parts, res_body) = res.into_parts();
    let bytes = axum::body::to_bytes(res_body, 1024 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if let Err(e) =
        idempotency::finish(&state, caller.user_id, &key, parts.status.as_u16(), &text).await
    {
        tracing::error!(error = %e, "could not keep an idempotent answer");
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

async fn run_create(state: &WebState, caller: &Caller, body: &[u8]) -> Response {
    if body.len() > BODY_LIMIT {
        return problem(
            &Failure::new(ErrorCode::TooLarge).with_message("The body is larger than 64 KB."),
        );
    }
    let input: CreateBody = match serde_json::from_slice(body) {
        Ok(b) => b,
        Err(e) => {
            return problem(&Failure::new(ErrorCode::Malformed).with_message(format!(
                "The body is not a generation request: {e}. Send JSON such as {{\"prompt\": \"a lighthouse at dusk\"}}."
            )));
        }
    };
    let submitted = Submitted {
        model: input.model.unwrap_or_default(),
        prompt: input.prompt,
        negative_prompt: input.negative_prompt.unwrap_or_default(),
        size: input.size.unwrap_or_default(),
        quality: input.quality.unwrap_or_default(),
        count: input.count.map(|c| c.to_string()).unwrap_or_default(),
        seed: input.seed.map(|s| s.to_string()).unwrap_or_default(),
    };
    let reference = match input.reference_image.as_deref().map(str::trim) {
        None | Some("") => ReferenceInput::None,
        Some(id) => match id.parse::<ImageId>() {
            Ok(id) => ReferenceInput::Image(id.into_uuid()),
            Err(_) => {
                return problem(&Failure::invalid([(
                    fields::REFERENCE_IMAGE,
                    "That is not an image id.".to_owned(),
                )]));
            }
        },
    };
    // The key's monthly cap, before anything is reserved.
    if let Ok(valid) = gen_core::request::validate(&state.config.generation, &submitted) {
        match generations::over_cap(state, caller, valid.cost()).await {
            Ok(None) => {}
            Ok(Some(left)) => {
                return problem(&Failure::new(ErrorCode::InsufficientCredits).with_message(
                    format!(
                        "This costs {} credits and this key may spend {left} more this month (its monthly cap). Raise the cap with a new key, or wait for next month.",
                        valid.cost()
                    ),
                ));
            }
            Err(e) => {
                tracing::error!(error = %e, "could not read a key's spending");
                return problem(&Failure::new(ErrorCode::Unavailable).retry_after(5));
            }
        }
    }
    let client = Client::unknown();
    match gen_core::create(state, caller.user_id, &submitted, reference, &client).await {
        Ok(id) => match generations::one(state, caller.user_id, id).await {
            Ok(Some(view)) => {
                let cost = i64::from(view.cost);
                let mut res = json(StatusCode::ACCEPTED, &view);
                if let Ok(location) =
                    HeaderValue::from_str(&format!("{}/{id}", routes::API_GENERATIONS))
                {
                    res.headers_mut().insert(header::LOCATION, location);
                }
                res.extensions_mut().insert(Spent(cost));
                res
            }
            Ok(None) => problem(&Failure::internal()),
            Err(e) => {
                tracing::error!(error = format!("{e:#}"), "could not read a new generation");
                problem(&Failure::internal())
            }
        },
        Err(e) => problem(&Failure::from(e)),
    }
}

/// The list's query.
#[derive(Debug, Deserialize)]
pub(super) struct ListQuery {
    #[serde(default)]
    cursor: Option<String>,
    #[serde(default)]
    limit: Option<String>,
    #[serde(default)]
    status: Option<String>,
}

/// `GET /api/v1/generations`.
pub(super) async fn list(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Read) {
        return refused;
    }
    let Ok(Query(q)) = query else {
        return problem(
            &Failure::new(ErrorCode::Malformed)
                .with_message("The query takes `cursor`, `limit` (1 to 100) and `status`."),
        );
    };
    let mut errors = Vec::new();
    let limit = match q.limit.as_deref() {
        None | Some("") => 20,
        Some(l) => l
            .parse::<u64>()
            .ok()
            .filter(|l| (1..=generations::MAX_LIMIT).contains(l))
            .unwrap_or_else(|| {
                errors.push(("limit", "A limit is a number from 1 to 100.".to_owned()));
                20
            }),
    };
    let status = match q.status.as_deref() {
        None | Some("") => None,
        Some(s) => Status::parse(s).or_else(|| {
            errors.push((
                "status",
                "A status is queued, running, succeeded or failed.".to_owned(),
            ));
            None
        }),
    };
    let cursor = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => parse_id(c).or_else(|| {
            errors.push((
                "cursor",
                "Pass the `next_cursor` of the previous page.".to_owned(),
            ));
            None
        }),
    };
    if !errors.is_empty() {
        return problem(&Failure::invalid(errors));
    }
    match generations::page(&state, caller.user_id, cursor, limit, status).await {
        Ok(page) => json(StatusCode::OK, &page),
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not list generations");
            problem(&Failure::internal())
        }
    }
}

/// `GET /api/v1/generations/{id}`.
pub(super) async fn get(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Read) {
        return refused;
    }
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match generations::one(&state, caller.user_id, id).await {
        Ok(Some(view)) => json(StatusCode::OK, &view),
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not read a generation");
            problem(&Failure::internal())
        }
    }
}

/// `DELETE /api/v1/generations/{id}`.
pub(super) async fn delete(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Delete) {
        return refused;
    }
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match generations::delete(&state, caller.user_id, id).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(DeleteError::NotFound) => not_found(),
        Err(DeleteError::Running) => {
            problem(&Failure::new(ErrorCode::Conflict).with_message(
                "This generation is still being made; delete it once it has finished.",
            ))
        }
        Err(DeleteError::Internal(e)) => {
            tracing::error!(error = format!("{e:#}"), "could not delete a generation");
            problem(&Failure::internal())
        }
    }
}
