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
    i18n::Message,
    ids::ImageId,
    routes,
};
use serde::Deserialize;
use uuid::Uuid;

use super::{Spent, internal, json, problem, require};
use crate::http::multipart::Refused;
use crate::{
    accounts::Client,
    api::{
        Caller, caps,
        generations::{self, DeleteError},
        idempotency::{self, Begin},
    },
    generation::{self as gen_core, ReferenceInput, request::Submitted},
    http::WebState,
};

/// The largest JSON body accepted.
const BODY_LIMIT: usize = 64 * 1024;

/// What `POST /api/v1/generations` takes as JSON.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[schema(title = "CreateGeneration")]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateBody {
    /// What to draw (at most the model's prompt length).
    #[schema(min_length = 1, pattern = "\\S")]
    prompt: String,
    /// One of this server's model ids (default: its first model).
    #[serde(default)]
    model: Option<String>,
    /// What to keep out, where the model supports it.
    #[serde(default)]
    negative_prompt: Option<String>,
    /// `WxH`, one the model offers (default: its first).
    #[serde(default)]
    size: Option<String>,
    /// `draft`, `standard` or `high`, where the model offers it.
    #[serde(default)]
    quality: Option<String>,
    /// Images to make, 1 to the model's most (default 1).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 4)]
    count: Option<u32>,
    /// The seed (default: random).
    #[serde(default)]
    #[schema(maximum = 9_007_199_254_740_991_u64)]
    seed: Option<u64>,
    /// One of the account's images (its id), as the reference.
    #[serde(default)]
    #[schema(format = "uuid")]
    reference_image: Option<String>,
}

/// What `POST /api/v1/generations` takes as multipart form data: the same fields as text, and
/// the reference image as a file.
#[derive(Debug, utoipa::ToSchema)]
#[schema(title = "CreateGenerationForm")]
#[allow(dead_code)]
pub(crate) struct CreateForm {
    /// What to draw.
    #[schema(min_length = 1, pattern = "\\S")]
    prompt: String,
    /// A model id.
    model: Option<String>,
    /// What to keep out.
    negative_prompt: Option<String>,
    /// `WxH`.
    size: Option<String>,
    /// `draft`, `standard` or `high`.
    quality: Option<String>,
    /// 1 to 4.
    #[schema(minimum = 1, maximum = 4)]
    count: Option<u32>,
    /// The seed.
    #[schema(maximum = 9_007_199_254_740_991_u64)]
    seed: Option<u64>,
    /// The reference image (PNG, JPEG or WebP, at most 20 MB).
    #[schema(value_type = Option<String>, format = Binary)]
    reference: Option<Vec<u8>>,
}

fn not_found() -> Response {
    problem(
        &Failure::new(ErrorCode::NotFound).with_message(Message::verbatim("No such generation.")),
    )
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
            &Failure::new(ErrorCode::Malformed).with_message(Message::verbatim(
                "An Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID.",
            )),
        ))),
    }
}

/// `POST /api/v1/generations`: JSON, or multipart with the reference as the `reference` file.
#[utoipa::path(
    post,
    path = "/api/v1/generations",
    tag = "generations",
    summary = "Make images",
    description = "Validates the request as the web form does, reserves its credits and queues it: the answer is the generation, `queued`. Poll it with `GET /api/v1/generations/{id}` (or receive a webhook). Send an `Idempotency-Key` to retry safely: the same key with the same body within 24 hours replays the first answer (with `Idempotent-Replayed: true`) and charges nothing more. Needs the `generate` scope.",
    params(("Idempotency-Key" = Option<String>, Header, description = "1 to 255 visible ASCII characters, such as a UUID.", max_length = 255, pattern = "^[\\x21-\\x7E]{1,255}$")),
    request_body(content(
        (CreateBody = "application/json"),
        (CreateForm = "multipart/form-data"),
    )),
    responses(
        (status = 202, description = "Queued: credits reserved.", body = obscura_shared::generation::GenerationView),
        (status = 402, description = "Not enough credits, or over the key's monthly or the account's daily cap.", body = super::Problem, content_type = "application/problem+json"),
        (status = 409, description = "A request with this Idempotency-Key is still running.", body = super::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
pub(super) async fn create(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    req: axum::extract::Request,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Generate) {
        return refused;
    }
    let (parts, body) = req.into_parts();
    let headers = parts.headers;
    let Ok(body) = axum::body::to_bytes(body, super::openai::EDIT_BODY_LIMIT).await else {
        return problem(
            &Failure::new(ErrorCode::TooLarge).with_message(Message::verbatim(
                "The body is too large: a reference image is at most 20 MB, a JSON body 64 KB.",
            )),
        );
    };
    let key = match idempotency_key(&headers) {
        Ok(k) => k,
        Err(res) => return *res,
    };
    let Some(key) = key else {
        return run_create(&state, &caller, &headers, body).await;
    };
    let hash = idempotency::request_hash("POST", routes::API_GENERATIONS, &body);
    match idempotency::begin(&state, caller.user_id, &key, &hash).await {
        Ok(Begin::Run) => {}
        Ok(Begin::Replay { status, body }) => {
            // The stored answer, byte for byte.
            let mut res = super::json_bytes(
                StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
                body.into(),
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
                Message::verbatim("This Idempotency-Key was used with another request in the last 24 hours. Use a new key for a new request."),
            ));
        }
        Ok(Begin::InProgress) => {
            return problem(
                &Failure::new(ErrorCode::Conflict)
                    .with_message(Message::verbatim("A request with this Idempotency-Key is still running. Send it again in a moment to get its answer."))
                    .retry_after(1),
            );
        }
        Err(e) => {
            tracing::error!(error = %e, "could not read an idempotency key");
            return problem(&Failure::new(ErrorCode::Unavailable).retry_after(5));
        }
    }
    let res = run_create(&state, &caller, &headers, body).await;
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

/// Whether a request's body is multipart form data.
fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"))
}

/// The request as JSON (`reference_image` an image id) or multipart (the same fields as text,
/// `reference` a file); the error is the refusal to send.
async fn read_create(
    headers: &HeaderMap,
    body: Bytes,
) -> Result<(CreateBody, Option<Bytes>), Box<Response>> {
    if !is_multipart(headers) {
        if body.len() > BODY_LIMIT {
            return Err(Box::new(problem(
                &Failure::new(ErrorCode::TooLarge)
                    .with_message(Message::verbatim("A JSON body is at most 64 KB.")),
            )));
        }
        return serde_json::from_slice(&body).map(|b| (b, None)).map_err(|e| {
            Box::new(problem(&Failure::new(ErrorCode::Malformed).with_message(Message::verbatim(format!(
                "The body is not a generation request: {e}. Send JSON such as {{\"prompt\": \"a lighthouse at dusk\"}}."
            )))))
        });
    }
    let mut req = axum::extract::Request::new(axum::body::Body::from(body));
    if let Some(ct) = headers.get(header::CONTENT_TYPE) {
        req.headers_mut().insert(header::CONTENT_TYPE, ct.clone());
    }
    let form = super::super::multipart::read(req, fields::REFERENCE)
        .await
        .map_err(|refused| {
            // The public API answers in English.
            let (code, message) = match refused {
                Refused::TooLarge(_) => (
                    ErrorCode::TooLarge,
                    "The reference image is larger than 20 MB.",
                ),
                Refused::Unreadable(_) => (
                    ErrorCode::Malformed,
                    "The form could not be read. Please try again.",
                ),
            };
            Box::new(problem(
                &Failure::new(code).with_field(fields::REFERENCE, Message::verbatim(message)),
            ))
        })?;
    let text = |name: &str| Some(form.get(name)).filter(|v| !v.trim().is_empty());
    let number = |name: &'static str| -> Result<Option<u64>, Box<Response>> {
        text(name)
            .map(|v| {
                v.trim().parse::<u64>().map_err(|_| {
                    Box::new(problem(&Failure::invalid([(
                        name,
                        Message::verbatim("This is a whole number."),
                    )])))
                })
            })
            .transpose()
    };
    let count = number(fields::COUNT)?.map(|c| u32::try_from(c).unwrap_or(u32::MAX));
    let input = CreateBody {
        prompt: form.get(fields::PROMPT),
        model: text(fields::MODEL),
        negative_prompt: text(fields::NEGATIVE_PROMPT),
        size: text(fields::SIZE),
        quality: text(fields::QUALITY),
        count,
        seed: number(fields::SEED)?,
        reference_image: text(fields::REFERENCE_IMAGE),
    };
    Ok((input, form.file))
}

async fn run_create(
    state: &WebState,
    caller: &Caller,
    headers: &HeaderMap,
    body: Bytes,
) -> Response {
    let (input, upload) = match read_create(headers, body).await {
        Ok(read) => read,
        Err(refused) => return *refused,
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
    let reference = match (upload, input.reference_image.as_deref().map(str::trim)) {
        (Some(_), Some(id)) if !id.is_empty() => {
            return problem(&Failure::invalid([(
                fields::REFERENCE_IMAGE,
                Message::verbatim("Send a reference file or an image id, not both."),
            )]));
        }
        (Some(file), _) => ReferenceInput::Upload(file),
        (None, None | Some("")) => ReferenceInput::None,
        (None, Some(id)) => match id.parse::<ImageId>() {
            Ok(id) => ReferenceInput::Image(id.into_uuid()),
            Err(_) => {
                return problem(&Failure::invalid([(
                    fields::REFERENCE_IMAGE,
                    Message::verbatim("That is not an image id."),
                )]));
            }
        },
    };
    // The caps, before anything is reserved.
    if let Err(refused) = caps::check_request(state, caller, &submitted).await {
        return problem(&refused);
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
            Err(e) => internal("read a new generation", &format!("{e:#}")),
        },
        Err(e) => problem(&Failure::from(e)),
    }
}

/// The list's query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct ListQuery {
    /// The `next_cursor` of the previous page.
    #[serde(default)]
    cursor: Option<String>,
    /// Generations per page, 1 to 100 (default 20).
    #[serde(default)]
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// Only this status.
    #[serde(default)]
    #[param(value_type = Option<obscura_shared::generation::Status>)]
    status: Option<String>,
    /// Only this model's (one of this server's model ids).
    #[serde(default)]
    model: Option<String>,
}

/// `GET /api/v1/generations`.
#[utoipa::path(
    get,
    path = "/api/v1/generations",
    tag = "generations",
    summary = "List generations",
    description = "The account's generations, newest first, a page at a time. Needs the `read` scope.",
    params(ListQuery),
    responses((status = 200, description = "A page.", body = obscura_shared::api::GenerationPage)),
)]
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
            &Failure::new(ErrorCode::Malformed).with_message(Message::verbatim(
                "The query takes `cursor`, `limit` (1 to 100), `status` and `model`.",
            )),
        );
    };
    let mut errors = Vec::new();
    let live = state.settings.current();
    let limit = match q.limit.as_deref() {
        None | Some("") => 20,
        Some(l) => l
            .parse::<u64>()
            .ok()
            .filter(|l| (1..=generations::MAX_LIMIT).contains(l))
            .unwrap_or_else(|| {
                errors.push((
                    "limit",
                    Message::verbatim("A limit is a number from 1 to 100."),
                ));
                20
            }),
    };
    let status = match q.status.as_deref() {
        None | Some("") => None,
        Some(s) => Status::parse(s).or_else(|| {
            errors.push((
                "status",
                Message::verbatim("A status is queued, running, succeeded, failed or cancelled."),
            ));
            None
        }),
    };
    let cursor = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => parse_id(c).or_else(|| {
            errors.push((
                "cursor",
                Message::verbatim("Pass the `next_cursor` of the previous page."),
            ));
            None
        }),
    };
    let model = match q.model.as_deref() {
        None | Some("") => None,
        // Past generations: any configured model, offered now or not.
        Some(m) => live.configured(m).map(|m| m.id.as_str()).or_else(|| {
            errors.push((
                "model",
                Message::verbatim("A model is one of this server's model ids (GET /v1/models)."),
            ));
            None
        }),
    };
    if !errors.is_empty() {
        return problem(&Failure::invalid(errors));
    }
    match generations::page(&state, caller.user_id, cursor, limit, status, model).await {
        Ok(page) => super::json_bytes(StatusCode::OK, page),
        Err(e) => internal("list generations", &format!("{e:#}")),
    }
}

/// `GET /api/v1/generations/{id}`.
#[utoipa::path(
    get,
    path = "/api/v1/generations/{id}",
    tag = "generations",
    summary = "Get a generation",
    description = "Its status and, once made, its images with freshly signed links (valid for a limited time: fetch the generation again for new ones). Needs the `read` scope.",
    params(("id" = String, Path, description = "The generation's id.", format = "uuid")),
    responses(
        (status = 200, description = "The generation.", body = obscura_shared::generation::GenerationView),
        (status = 404, description = "No such generation on this account.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
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
        Err(e) => internal("read a generation", &format!("{e:#}")),
    }
}

/// `POST /api/v1/generations/{id}/cancel`.
#[utoipa::path(
    post,
    path = "/api/v1/generations/{id}/cancel",
    tag = "generations",
    summary = "Cancel a generation",
    description = "Cancels a queued or running generation. A queued one is `cancelled` at once; a running one is asked to stop, shows `cancel_requested: true` and becomes `cancelled` within a few seconds. Either way nothing is kept (images of a count above one made before the cancellation are removed too) and its reserved credits are given back, once. Idempotent: cancelling again answers the generation as it is. A generation that has finished (`succeeded` or `failed`) cannot be cancelled: 409. Needs the `generate` scope.",
    params(("id" = String, Path, description = "The generation's id.", format = "uuid")),
    responses(
        (status = 200, description = "The generation, cancelled or stopping.", body = obscura_shared::generation::GenerationView),
        (status = 404, description = "No such generation on this account.", body = super::Problem, content_type = "application/problem+json"),
        (status = 409, description = "It has already finished.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
pub(super) async fn cancel(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Generate) {
        return refused;
    }
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match gen_core::running::cancel(&state, caller.user_id, id).await {
        Ok(_) => {}
        Err(gen_core::running::CancelError::NotFound) => return not_found(),
        Err(e) => return problem(&Failure::from(e)),
    }
    match generations::one(&state, caller.user_id, id).await {
        Ok(Some(view)) => json(StatusCode::OK, &view),
        Ok(None) => not_found(),
        Err(e) => internal("read a generation", &format!("{e:#}")),
    }
}

/// `DELETE /api/v1/generations/{id}`.
#[utoipa::path(
    delete,
    path = "/api/v1/generations/{id}",
    tag = "generations",
    summary = "Delete a generation",
    description = "Deletes a finished generation with its files; its shares end with it. Needs the `delete` scope.",
    params(("id" = String, Path, description = "The generation's id.", format = "uuid")),
    responses(
        (status = 204, description = "Deleted."),
        (status = 404, description = "No such generation on this account.", body = super::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Still being made.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
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
        Err(DeleteError::Running) => problem(&Failure::new(ErrorCode::Conflict).with_message(
            Message::verbatim(
                "This generation is still being made; delete it once it has finished.",
            ),
        )),
        Err(DeleteError::Internal(e)) => internal("delete a generation", &format!("{e:#}")),
    }
}
