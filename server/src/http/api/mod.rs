//! The public REST API under `/api/v1` (JSON): every request carries an API key as
//! `Authorization: Bearer obs_…`, answered with RFC 9457 problem details on any refusal, and
//! leaves one line in the usage log (P-API-3).
//!
//! A key in the query string is refused without being looked at: URLs end up in logs, histories
//! and referrers. The route template, not the path, is what the usage log keeps.

use std::time::Instant;

use axum::{
    Router,
    extract::{MatchedPath, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};
use obscura_shared::{ErrorCode, Failure, account::Language, api::Scope, i18n::Message, routes};

use crate::{
    api::{self, AuthError, Caller, Usage},
    http::WebState,
};

mod generations;
pub mod openai;
pub mod openapi;
mod resources;

/// The API's routes, each behind the key check: `/api/v1`, and the OpenAI-compatible `/v1`.
pub fn router(state: &WebState) -> Router<WebState> {
    let compatible = Router::new()
        .route(routes::OPENAI_IMAGES, axum::routing::post(openai::generate))
        .route(
            routes::OPENAI_EDITS,
            axum::routing::post(openai::edit).layer(axum::extract::DefaultBodyLimit::max(
                openai::EDIT_BODY_LIMIT,
            )),
        )
        .route(routes::OPENAI_MODELS, get(openai::models))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            authenticate_openai,
        ));
    Router::new()
        .route(routes::API_ACCOUNT, get(account))
        .route(
            routes::API_GENERATIONS,
            get(generations::list).post(generations::create).layer(
                axum::extract::DefaultBodyLimit::max(openai::EDIT_BODY_LIMIT),
            ),
        )
        .route(
            routes::API_GENERATION,
            get(generations::get).delete(generations::delete),
        )
        .route(
            routes::API_GENERATION_CANCEL,
            axum::routing::post(generations::cancel),
        )
        .route(routes::API_IMAGE, get(resources::image))
        .route(
            routes::API_SHARES,
            get(resources::shares).post(resources::create_share),
        )
        .route(
            routes::API_SHARE,
            axum::routing::delete(resources::revoke_share),
        )
        .route(routes::API_USAGE, get(resources::usage))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            authenticate,
        ))
        .route(routes::API_OPENAPI, get(openapi::serve))
        .merge(compatible)
}

/// Every API route pattern (for the authorization matrix).
#[must_use]
pub fn paths() -> Vec<&'static str> {
    vec![
        routes::API_ACCOUNT,
        routes::API_GENERATIONS,
        routes::API_GENERATION,
        routes::API_GENERATION_CANCEL,
        routes::API_IMAGE,
        routes::API_SHARES,
        routes::API_SHARE,
        routes::API_USAGE,
        routes::API_OPENAPI,
        routes::OPENAI_IMAGES,
        routes::OPENAI_EDITS,
        routes::OPENAI_MODELS,
    ]
}

/// Credits a response reserved, for the usage log (set by the handlers that spend).
#[derive(Debug, Clone, Copy)]
pub struct Spent(pub i64);

/// RFC 9457 problem details carrying our error code: `type` names the code, `title` says it for
/// people, `detail` what to do, `errors` points at fields (JSON pointers).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
#[schema(title = "Problem")]
pub struct Problem {
    /// A URI naming the problem: `https://obscura.dev/problems/<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The status's reason phrase.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// The stable error code.
    pub code: ErrorCode,
    /// What happened and what to do, for people.
    pub detail: String,
    /// Fields to correct, when the input was refused.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

/// One field to correct.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    /// A JSON pointer to the field, e.g. `/prompt`.
    pub pointer: String,
    /// What is wrong with it.
    pub detail: String,
}

/// The problem details of `failure`, as sent.
#[must_use]
pub fn problem(failure: &Failure) -> Response {
    let status = super::errors::status(failure.code);
    let detail = match failure.code {
        ErrorCode::Internal => {
            "Something went wrong on our side. Please try again later.".to_owned()
        }
        // A refusal of fields says the first of them (all are in `errors`). The API answers
        // in English, whatever the key's account reads.
        _ => failure
            .message_in(Language::En)
            .or_else(|| failure.fields.first().map(|(_, m)| m.render(Language::En)))
            .unwrap_or_else(|| failure.code.to_string()),
    };
    let body = Problem {
        kind: format!("https://obscura.dev/problems/{}", failure.code.as_str()),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        code: failure.code,
        detail,
        errors: failure
            .fields
            .iter()
            .map(|(field, message)| FieldProblem {
                pointer: format!("/{field}"),
                detail: message.render(Language::En),
            })
            .collect(),
    };
    let body = serde_json::to_string(&body).unwrap_or_default();
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(secs) = failure.retry_after {
        h.insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
    }
    res
}

/// A JSON answer, never cached.
pub fn json<T: serde::Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(v) => json_bytes(status, v.into()),
        Err(e) => {
            tracing::error!(error = %e, "could not write an API answer");
            problem(&Failure::internal())
        }
    }
}

/// The answer to a failure of ours: logged with `what` was being done, and a problem that says
/// nothing of it.
pub(super) fn internal(what: &str, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "could not {what}");
    problem(&Failure::internal())
}

/// JSON already written, never cached.
pub fn json_bytes(status: StatusCode, body: bytes::Bytes) -> Response {
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn unauthenticated(why: AuthError) -> Failure {
    if why == AuthError::Suspended {
        return Failure::new(ErrorCode::AccountSuspended).with_message(Message::verbatim(
            "This account is suspended: its API keys are refused until the suspension is lifted. Contact support if you think this is a mistake.",
        ));
    }
    let message = match why {
        AuthError::Missing => {
            "Send your API key in the Authorization header: `Authorization: Bearer obs_…`. Keys are made in Settings → API."
        }
        AuthError::Invalid => "This API key is not valid.",
        AuthError::Revoked => "This API key was revoked.",
        AuthError::Expired => "This API key has expired.",
        AuthError::Suspended => "This account is suspended.",
    };
    Failure::new(ErrorCode::Unauthenticated).with_message(Message::verbatim(message))
}

/// Whether a query string carries something that looks like a key.
fn key_in_query(query: Option<&str>) -> bool {
    query.is_some_and(|q| {
        let lower = q.to_ascii_lowercase();
        lower.contains("obs_")
            || lower.contains("obs%5f")
            || url::form_urlencoded::parse(q.as_bytes()).any(|(k, _)| {
                matches!(
                    k.to_ascii_lowercase().as_str(),
                    "api_key" | "apikey" | "key" | "access_token" | "token"
                )
            })
    })
}

/// How refusals are written: our problem details, or OpenAI's error shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// RFC 9457 problem details (`/api/v1`).
    Problem,
    /// `{"error": {"message", "type", "param", "code"}}` (`/v1`, for OpenAI's clients).
    OpenAi,
}

impl Shape {
    fn refuse(self, failure: &Failure) -> Response {
        let mut res = match self {
            Self::Problem => problem(failure),
            Self::OpenAi => openai::error(failure),
        };
        if failure.code == ErrorCode::Unauthenticated {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"obscura\""),
            );
        }
        res
    }
}

/// The caller of a request, or the refusal: no key in the URL, a bearer key that checks out.
async fn caller_of(
    state: &WebState,
    query: Option<String>,
    authorization: Option<String>,
) -> Result<Caller, Failure> {
    if key_in_query(query.as_deref()) {
        return Err(Failure::new(ErrorCode::Malformed).with_message(
            Message::verbatim("API keys are never accepted in URLs, where they end up in logs: send the key in the Authorization header, and make a new key if this one was shared."),
        ));
    }
    let bearer = authorization
        .as_deref()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::to_owned)
        .ok_or_else(|| unauthenticated(AuthError::Missing))?;
    match api::keys::authenticate(state, &bearer).await {
        Ok(Ok(caller)) => Ok(caller),
        Ok(Err(why)) => Err(unauthenticated(why)),
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not check an API key");
            Err(Failure::new(ErrorCode::Unavailable).retry_after(5))
        }
    }
}

/// Checks the key, then runs the handler with the [`Caller`] and writes the usage line.
async fn checked(state: WebState, shape: Shape, mut req: Request, next: Next) -> Response {
    let query = req.uri().query().map(str::to_owned);
    let authorization = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let caller = match caller_of(&state, query, authorization).await {
        Ok(caller) => caller,
        Err(failure) => return shape.refuse(&failure),
    };
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = req.method().as_str().to_owned();
    let started = Instant::now();
    let (mut res, allowed) = match state.api_limits.check(&caller).await {
        Ok(allowed) => {
            req.extensions_mut().insert(caller.clone());
            (next.run(req).await, Some(allowed))
        }
        Err(over) => {
            let secs = over.retry_after.as_secs() + 1;
            let whose = if over.account {
                "this account's keys together"
            } else {
                "this key"
            };
            let mut res = shape.refuse(
                &Failure::new(ErrorCode::RateLimited)
                    .with_message(Message::verbatim(format!(
                        "Too many requests: {whose} may make {} a minute. Try again in {secs} s.",
                        over.limit
                    )))
                    .retry_after(secs),
            );
            rate_headers(&mut res, over.limit, 0);
            (res, None)
        }
    };
    if let Some(a) = allowed {
        rate_headers(&mut res, a.limit, a.remaining);
    }
    let credits = res.extensions().get::<Spent>().map_or(0, |s| s.0);
    api::record(
        &state,
        &caller,
        &Usage {
            method: &method,
            route: &route,
            status: res.status().as_u16(),
            duration: started.elapsed(),
            credits,
        },
    )
    .await;
    res
}

/// `X-RateLimit-Limit` and `X-RateLimit-Remaining` (the key's, per minute).
fn rate_headers(res: &mut Response, limit: u32, remaining: u32) {
    let h = res.headers_mut();
    h.insert("x-ratelimit-limit", HeaderValue::from(limit));
    h.insert("x-ratelimit-remaining", HeaderValue::from(remaining));
}

/// The key check of `/api/v1`.
async fn authenticate(State(state): State<WebState>, req: Request, next: Next) -> Response {
    checked(state, Shape::Problem, req, next).await
}

/// The key check of the OpenAI-compatible `/v1`.
async fn authenticate_openai(State(state): State<WebState>, req: Request, next: Next) -> Response {
    checked(state, Shape::OpenAi, req, next).await
}

/// The refusal of a key without `scope`, if it lacks it.
pub(super) fn require(caller: &Caller, scope: Scope) -> Option<Response> {
    if caller.may(scope) {
        None
    } else {
        Some(problem(&Failure::new(ErrorCode::Forbidden).with_message(
            Message::verbatim(format!(
                "This API key may not do this: it needs the `{}` scope. Make a key with it in Settings → API.",
                scope.code()
            )),
        )))
    }
}

/// `GET /api/v1/account`.
#[utoipa::path(
    get,
    path = "/api/v1/account",
    tag = "account",
    summary = "Balance and this key",
    description = "Credits available and owed, the calling key's scopes and spending, the account's requests this month and its daily cap. Needs the `read` scope.",
    responses((status = 200, description = "The account.", body = obscura_shared::api::ApiAccount)),
)]
async fn account(
    State(state): State<WebState>,
    axum::Extension(caller): axum::Extension<Caller>,
) -> Response {
    if let Some(refused) = require(&caller, Scope::Read) {
        return refused;
    }
    match api::account(&state, &caller).await {
        Ok(a) => json(StatusCode::OK, &a),
        Err(e) => internal("read an API account", &format!("{e:#}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_query_strings_are_spotted() {
        assert!(key_in_query(Some("api_key=abc")));
        assert!(key_in_query(Some("x=1&Token=abc")));
        assert!(key_in_query(Some("q=obs_0123")));
        assert!(key_in_query(Some("q=OBS%5F0123")));
        assert!(!key_in_query(Some("cursor=abc&status=succeeded")));
        assert!(!key_in_query(None));
    }
}
