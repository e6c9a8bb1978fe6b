//! `/api/v1` beyond generations: one image's metadata and signed links (scope `read`), the
//! account's shares (list: `read`; create: `generate`, as it publishes for the account; revoke:
//! `delete`), and API use per day (`read`).

use axum::{
    Extension,
    body::Bytes,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use obscura_shared::{
    ErrorCode, Failure,
    api::{Scope, ShareList},
    gallery::Expiry,
    i18n::Message,
    ids::ImageId,
};
use serde::Deserialize;

use super::{internal, json, problem, require};
use crate::{
    api::{Caller, generations, usage},
    http::WebState,
    sharing::{self, NewShare, ShareError},
};

/// `GET /api/v1/images/{id}`.
#[utoipa::path(
    get,
    path = "/api/v1/images/{id}",
    tag = "images",
    summary = "Get an image",
    description = "Its size and type, freshly signed links to its thumbnail, preview and original, and its shares. Needs the `read` scope.",
    params(("id" = String, Path, description = "The image's id.", format = "uuid")),
    responses(
        (status = 200, description = "The image.", body = obscura_shared::api::ApiImage),
        (status = 404, description = "No such image on this account.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
pub(super) async fn image(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Read) {
        return refused;
    }
    let not_found = || {
        problem(
            &Failure::new(ErrorCode::NotFound).with_message(Message::verbatim("No such image.")),
        )
    };
    let Ok(id) = id.parse::<ImageId>() else {
        return not_found();
    };
    match generations::image(&state, caller.user_id, id.into_uuid()).await {
        Ok(Some(image)) => json(StatusCode::OK, &image),
        Ok(None) => not_found(),
        Err(e) => internal("read an image", &format!("{e:#}")),
    }
}

/// `GET /api/v1/shares`.
#[utoipa::path(
    get,
    path = "/api/v1/shares",
    tag = "shares",
    summary = "List shares",
    description = "Every public link of the account, newest first, with its views. Needs the `read` scope.",
    responses((status = 200, description = "The shares.", body = ShareList)),
)]
pub(super) async fn shares(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Read) {
        return refused;
    }
    match sharing::list(&state, caller.user_id).await {
        Ok(data) => json(StatusCode::OK, &ShareList { data }),
        Err(e) => internal("list shares", &e),
    }
}

/// What `POST /api/v1/shares` takes.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateShare {
    /// The image to share (one of the account's).
    #[schema(format = "uuid")]
    image_id: String,
    /// Show the prompt on the public page (default no).
    #[serde(default)]
    show_prompt: bool,
    /// Show the account's display name on the public page (default no).
    #[serde(default)]
    show_name: bool,
    /// When the link stops working: `never` (default), `1d`, `7d`, `30d`, or a day after
    /// today (`YYYY-MM-DD`, the link works to its end, UTC).
    #[serde(default)]
    #[schema(pattern = "^(never|1d|7d|30d|[0-9]{4}-[0-9]{2}-[0-9]{2})$")]
    expires: Option<String>,
}

/// `POST /api/v1/shares`: publishes an image on a public page, so the key needs `generate` (it
/// acts for the account, as making images does).
#[utoipa::path(
    post,
    path = "/api/v1/shares",
    tag = "shares",
    summary = "Share an image",
    description = "Makes a public page for one of the account's images. The prompt and the account's name are shown only when asked. Needs the `generate` scope.",
    request_body(content = CreateShare, content_type = "application/json"),
    responses(
        (status = 201, description = "The new share.", body = obscura_shared::gallery::ShareView),
        (status = 404, description = "No such image on this account.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
pub(super) async fn create_share(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Generate) {
        return refused;
    }
    let input: CreateShare = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(e) => {
            return problem(&Failure::new(ErrorCode::Malformed).with_message(Message::verbatim(format!(
                "The body is not a share request: {e}. Send JSON such as {{\"image_id\": \"…\"}}."
            ))));
        }
    };
    let Ok(image) = input.image_id.trim().parse::<ImageId>() else {
        return problem(&Failure::invalid([(
            "image_id",
            Message::verbatim("That is not an image id."),
        )]));
    };
    let expires = input.expires.unwrap_or_default();
    let expires = expires.trim();
    let parsed = if expires.len() == 10 && expires.as_bytes().get(4) == Some(&b'-') {
        Expiry::parse("date", expires)
    } else {
        Expiry::parse(expires, "")
    };
    let expiry = match parsed {
        Ok(e) => e,
        Err(_) => {
            return problem(&Failure::invalid([(
                "expires",
                Message::verbatim("Choose never, 1d, 7d, 30d or a day after today (YYYY-MM-DD)."),
            )]));
        }
    };
    let new = NewShare {
        image: image.into_uuid(),
        show_prompt: input.show_prompt,
        show_name: input.show_name,
        expiry,
    };
    let row = match sharing::create(&state, caller.user_id, new).await {
        Ok(row) => row,
        Err(ShareError::NotFound) => {
            return problem(
                &Failure::new(ErrorCode::NotFound)
                    .with_field("image_id", Message::verbatim("No such image.")),
            );
        }
        Err(ShareError::Invalid((_, message))) => {
            return problem(&Failure::invalid([("expires", message)]));
        }
        Err(ShareError::TakenDown) => {
            return problem(&Failure::new(ErrorCode::Gone).with_message(Message::verbatim(
                "A share of this image was taken down after a report; it cannot be shared again.",
            )));
        }
        Err(ShareError::Internal(e)) => return internal("share an image", &format!("{e:#}")),
    };
    match sharing::for_image(&state, caller.user_id, new.image).await {
        Ok(views) => match views.into_iter().find(|v| v.id == row.id) {
            Some(view) => json(StatusCode::CREATED, &view),
            None => problem(&Failure::internal()),
        },
        Err(e) => internal("read a new share", &e),
    }
}

/// `DELETE /api/v1/shares/{id}`.
#[utoipa::path(
    delete,
    path = "/api/v1/shares/{id}",
    tag = "shares",
    summary = "Revoke a share",
    description = "The public page stops working at once. Needs the `delete` scope.",
    params(("id" = String, Path, description = "The share's id.")),
    responses(
        (status = 204, description = "Revoked."),
        (status = 404, description = "No such share on this account.", body = super::Problem, content_type = "application/problem+json"),
    ),
)]
pub(super) async fn revoke_share(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Delete) {
        return refused;
    }
    let not_found = || {
        problem(
            &Failure::new(ErrorCode::NotFound).with_message(Message::verbatim("No such share.")),
        )
    };
    if !sharing::looks_like_id(&id) {
        return not_found();
    }
    match sharing::revoke(&state, caller.user_id, &id).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        // A share taken down after a report is gone for its owner too (it stays as a record).
        Ok(false) => {
            match crate::reports::taken_down_of(&state, caller.user_id, &id).await {
                Ok(true) => problem(&Failure::new(ErrorCode::Gone).with_message(
                    Message::verbatim("This share was taken down after a report."),
                )),
                Ok(false) => not_found(),
                Err(e) => internal("revoke a share", &e),
            }
        }
        Err(e) => internal("revoke a share", &e),
    }
}

/// The usage query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct UsageQuery {
    /// First day, `YYYY-MM-DD` (UTC; default 29 days before `to`).
    #[serde(default)]
    #[param(format = Date)]
    from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC; default today).
    #[serde(default)]
    #[param(format = Date)]
    to: Option<String>,
}

/// `GET /api/v1/usage`.
#[utoipa::path(
    get,
    path = "/api/v1/usage",
    tag = "account",
    summary = "API use per day",
    description = "Requests, failed requests and credits of all the account's keys per UTC day (at most 366 days; the log is kept 12 months). Needs the `read` scope.",
    params(UsageQuery),
    responses((status = 200, description = "Every day of the span.", body = obscura_shared::api::UsageReport)),
)]
pub(super) async fn usage(
    State(state): State<WebState>,
    Extension(caller): Extension<Caller>,
    query: Result<Query<UsageQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Read) {
        return refused;
    }
    let Ok(Query(q)) = query else {
        return problem(
            &Failure::new(ErrorCode::Malformed).with_message(Message::verbatim(
                "The query takes `from` and `to` (YYYY-MM-DD).",
            )),
        );
    };
    let filter = match usage::parse_filter(
        state.clock.now(),
        q.from.as_deref().unwrap_or_default(),
        q.to.as_deref().unwrap_or_default(),
        "",
        "",
        &[],
    ) {
        Ok(f) => f,
        Err(errors) => return problem(&Failure::invalid(errors)),
    };
    match usage::report(&state, caller.user_id, &filter).await {
        Ok(report) => json(StatusCode::OK, &report),
        Err(e) => internal("read API usage", &format!("{e:#}")),
    }
}
