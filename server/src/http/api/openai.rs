//! The OpenAI-compatible endpoints under `/v1`: point OpenAI's own clients at
//! `<public URL>/v1` with an Obscura key and they make images here.
//!
//! - `POST /v1/images/generations`: `prompt`, `model` (one of this server's model ids; OpenAI's
//!   names and none mean this server's first model), `n`, `size` (`auto` or one the model
//!   offers), `quality`, `response_format` (`b64_json`, the default, or `url`: a signed link to
//!   the original). It reserves credits and queues the job like `/create`, then waits for it,
//!   as long as a job may run (`OBSCURA_JOB_TIMEOUT_SECS`); past that, a 504 names the
//!   generation to fetch from `/api/v1/generations/{id}`.
//! - `POST /v1/images/edits` (multipart): the same, from an uploaded `image` (checked and
//!   re-encoded like any reference; a `mask` is accepted and not applied).
//! - `GET /v1/models`: the models, in OpenAI's list shape.
//!
//! Errors are OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`.

use std::time::Duration;

use axum::{
    Extension,
    body::Bytes,
    extract::State,
    http::{HeaderValue, StatusCode, header},
    response::Response,
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_shared::{
    ErrorCode, Failure, account::Language, api::Scope, generation::Status, i18n::Message, routes,
};
use serde::Deserialize;

use super::{Spent, json};
use crate::http::multipart::Refused;
use crate::{
    accounts::Client,
    api::{Caller, caps, generations},
    db::entities::generation_image,
    generation::{self as gen_core, ReferenceInput, request::Submitted},
    http::WebState,
};

/// The largest JSON body accepted.
const BODY_LIMIT: usize = 64 * 1024;

/// An error in OpenAI's shape, with our code's status.
#[must_use]
pub fn error(failure: &Failure) -> Response {
    // OpenAI answers bad parameters and refused prompts with 400; its clients expect that.
    let status = match failure.code {
        ErrorCode::Validation | ErrorCode::ContentRejected => StatusCode::BAD_REQUEST,
        code => super::super::errors::status(code),
    };
    let kind = match failure.code {
        ErrorCode::Unauthenticated => "authentication_error",
        ErrorCode::Forbidden | ErrorCode::AccountSuspended => "permission_error",
        ErrorCode::RateLimited => "rate_limit_error",
        ErrorCode::InsufficientCredits => "insufficient_quota",
        ErrorCode::ContentRejected => "image_generation_user_error",
        ErrorCode::Internal | ErrorCode::Unavailable => "server_error",
        _ => "invalid_request_error",
    };
    let code = match failure.code {
        ErrorCode::ContentRejected => "moderation_blocked",
        c => c.as_str(),
    };
    // In English, like every answer of the API.
    let (param, field_message) = failure.fields.first().map_or((None, None), |(f, m)| {
        (Some(f.clone()), Some(m.render(Language::En)))
    });
    let message = match failure.code {
        ErrorCode::Internal => {
            "Something went wrong on our side. Please try again later.".to_owned()
        }
        _ => failure
            .message_in(Language::En)
            .or(field_message)
            .unwrap_or_else(|| failure.code.to_string()),
    };
    let body = serde_json::json!({
        "error": {"message": message, "type": kind, "param": param, "code": code}
    });
    let mut res = super::super::errors::json(status, &body);
    if let Some(secs) = failure.retry_after {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
    }
    res
}

fn invalid(param: &str, message: &str) -> Response {
    error(&Failure::invalid([(
        param.to_owned(),
        Message::verbatim(message),
    )]))
}

/// What `POST /v1/images/generations` reads (other OpenAI parameters are accepted and ignored).
#[derive(Debug, Deserialize)]
struct GenerateBody {
    prompt: String,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    n: Option<u32>,
    #[serde(default)]
    size: Option<String>,
    #[serde(default)]
    quality: Option<String>,
    #[serde(default)]
    response_format: Option<String>,
}

/// OpenAI's quality words in ours.
fn quality_of(q: Option<&str>) -> String {
    match q.unwrap_or_default() {
        "" | "auto" | "standard" => String::new(),
        "hd" => "high".to_owned(),
        other => other.to_owned(),
    }
}

/// `POST /v1/images/generations`.
pub(super) async fn generate(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Response {
    if !caller.may(Scope::Generate) {
        return error(
            &Failure::new(ErrorCode::Forbidden).with_message(Message::verbatim(
                "This API key may not make images: it needs the `generate` scope.",
            )),
        );
    }
    if body.len() > BODY_LIMIT {
        return error(
            &Failure::new(ErrorCode::TooLarge)
                .with_message(Message::verbatim("The body is larger than 64 KB.")),
        );
    }
    let input: GenerateBody = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(e) => {
            return error(
                &Failure::new(ErrorCode::Malformed).with_message(Message::verbatim(format!(
                    "The body is not an image request: {e}."
                ))),
            );
        }
    };
    let b64 = match input.response_format.as_deref() {
        None | Some("b64_json") => true,
        Some("url") => false,
        Some(_) => return invalid("response_format", "response_format is b64_json or url."),
    };
    let request = ImageRequest {
        prompt: input.prompt,
        model: input.model,
        n: input.n.map(|n| n.to_string()),
        size: input.size,
        quality: input.quality,
    };
    run(&state, &caller, request, ReferenceInput::None, b64).await
}

/// What both endpoints take, as text.
struct ImageRequest {
    prompt: String,
    model: Option<String>,
    n: Option<String>,
    size: Option<String>,
    quality: Option<String>,
}

/// Checks the key's cap, creates the generation (credits reserved, job queued), waits for it.
async fn run(
    state: &WebState,
    caller: &Caller,
    input: ImageRequest,
    reference: ReferenceInput,
    b64: bool,
) -> Response {
    let live = state.settings.current();
    // This server's model ids are used as they are (one no longer offered is refused by the
    // validation); OpenAI's names mean the first model offered.
    let Some(model) = input
        .model
        .as_deref()
        .and_then(|m| live.configured(m))
        .or_else(|| live.default_model())
    else {
        return super::internal("choosing a model", &"no model is offered");
    };
    let size = match input.size.as_deref() {
        None | Some("auto") => String::new(),
        Some(s) => s.to_owned(),
    };
    let submitted = Submitted {
        model: model.id.clone(),
        prompt: input.prompt,
        size,
        quality: quality_of(input.quality.as_deref()),
        count: input.n.unwrap_or_default(),
        ..Submitted::default()
    };
    if let Err(refused) = caps::check_request(state, caller, &submitted).await {
        return error(&refused);
    }
    let id = match gen_core::create(
        state,
        caller.user_id,
        &submitted,
        reference,
        &Client::unknown(),
    )
    .await
    {
        Ok(id) => id,
        Err(e) => {
            // Our field names, in OpenAI's words.
            let mut failure = Failure::from(e);
            for (field, _) in &mut failure.fields {
                match field.as_str() {
                    "count" => *field = "n".to_owned(),
                    "reference" => *field = "image".to_owned(),
                    _ => {}
                }
            }
            return error(&failure);
        }
    };
    let mut res = finished(state, caller, id, b64).await;
    if let Ok(Some(row)) = gen_core::row(state, caller.user_id, id).await {
        res.extensions_mut().insert(Spent(row.cost));
    }
    res
}

/// Room for the text fields next to the largest reference image.
pub const EDIT_BODY_LIMIT: usize =
    obscura_shared::generation::REFERENCE_MAX_BYTES as usize + 256 * 1024;

/// `POST /v1/images/edits` (multipart: `image` — or `image[]`, the first one — `prompt`,
/// `model`, `n`, `size`, `quality`, `response_format`; a `mask` is accepted and not applied).
pub(super) async fn edit(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    req: axum::extract::Request,
) -> Response {
    if !caller.may(Scope::Generate) {
        return error(
            &Failure::new(ErrorCode::Forbidden).with_message(Message::verbatim(
                "This API key may not make images: it needs the `generate` scope.",
            )),
        );
    }
    let form = match super::super::multipart::read(req, "image").await {
        Ok(form) => form,
        Err(refused) => {
            let (code, message) = match refused {
                Refused::TooLarge(_) => (ErrorCode::TooLarge, "The image is larger than 20 MB."),
                Refused::Unreadable(_) => (
                    ErrorCode::Malformed,
                    "The form could not be read. Please try again.",
                ),
            };
            return error(&Failure::new(code).with_field("image", Message::verbatim(message)));
        }
    };
    let Some(image) = form.file.clone() else {
        return invalid("image", "Send the image to edit as the `image` file.");
    };
    let prompt = form.get("prompt");
    let b64 = match form.get("response_format").as_str() {
        "" | "b64_json" => true,
        "url" => false,
        _ => return invalid("response_format", "response_format is b64_json or url."),
    };
    let opt = |name: &str| Some(form.get(name)).filter(|v| !v.is_empty());
    let request = ImageRequest {
        prompt,
        model: opt("model"),
        n: opt("n"),
        size: opt("size"),
        quality: opt("quality"),
    };
    run(&state, &caller, request, ReferenceInput::Upload(image), b64).await
}

/// Waits for generation `id`, then answers with its images.
async fn finished(state: &WebState, caller: &Caller, id: uuid::Uuid, b64: bool) -> Response {
    let deadline = tokio::time::Instant::now() + state.config.generation.job_timeout;
    let row = loop {
        match gen_core::row(state, caller.user_id, id).await {
            Ok(Some(row)) if Status::parse(&row.status).is_some_and(Status::is_final) => break row,
            Ok(Some(_)) if tokio::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Ok(_) => {
                let mut res = error(&Failure::new(ErrorCode::Unavailable).with_message(Message::verbatim(format!(
                    "The images are still being made. Fetch generation {id} from {}/{id} when it is ready.",
                    routes::API_GENERATIONS
                ))));
                *res.status_mut() = StatusCode::GATEWAY_TIMEOUT;
                return res;
            }
            Err(e) => {
                tracing::error!(error = format!("{e:#}"), "could not read a generation");
                return error(&Failure::internal());
            }
        }
    };
    if row.status == Status::Cancelled.code() {
        // Cancelled by its owner (the job card or the API) while this waited: not a failure.
        return error(
            &Failure::new(ErrorCode::Conflict).with_message(Message::verbatim(format!(
                "Generation {id} was cancelled: nothing was kept and its credits were given back."
            ))),
        );
    }
    if row.status != Status::Succeeded.code() {
        let code = gen_core::views::failure_code(row.error_code.as_deref());
        let message = gen_core::views::failure_message(code).render(Language::En);
        let code = if code == ErrorCode::Internal {
            ErrorCode::Unavailable
        } else {
            code
        };
        return error(&Failure::new(code).with_message(Message::verbatim(message)));
    }
    let view = match generations::one(state, caller.user_id, id).await {
        Ok(Some(view)) => view,
        Ok(None) => return error(&Failure::internal()),
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not read a generation");
            return error(&Failure::internal());
        }
    };
    let mut data = Vec::new();
    for image in &view.images {
        if b64 {
            let Ok(Some(stored)) = image_bytes(state, caller, &image.id).await else {
                return error(&Failure::internal());
            };
            data.push(serde_json::json!({ "b64_json": STANDARD.encode(stored) }));
        } else {
            data.push(serde_json::json!({ "url": image.download_url }));
        }
    }
    let format = view
        .images
        .first()
        .map_or("png", |i| i.mime.strip_prefix("image/").unwrap_or("png"));
    json(
        StatusCode::OK,
        &serde_json::json!({
            "created": row.created_at.timestamp(),
            "data": data,
            "size": format!("{}x{}", row.width, row.height),
            "quality": row.quality,
            "output_format": if format == "jpeg" { "jpeg" } else { format },
        }),
    )
}

async fn image_bytes(state: &WebState, caller: &Caller, id: &str) -> anyhow::Result<Option<Bytes>> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let Ok(id) = uuid::Uuid::parse_str(id) else {
        return Ok(None);
    };
    let Some(row) = generation_image::Entity::find_by_id(id)
        .filter(generation_image::Column::UserId.eq(caller.user_id))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let found = state
        .storage
        .store
        .get(&ObjectPath::from(row.original_key))
        .await?;
    Ok(Some(found.bytes().await?))
}

/// `GET /v1/models`.
pub(super) async fn models(
    State(state): State<WebState>,
    Extension(_caller): Extension<Caller>,
) -> Response {
    let data: Vec<_> = state
        .settings
        .current()
        .offered()
        .map(|m| {
            serde_json::json!({
                "id": m.id, "object": "model", "created": 0, "owned_by": "obscura",
            })
        })
        .collect();
    json(
        StatusCode::OK,
        &serde_json::json!({"object": "list", "data": data}),
    )
}
