//! Social connections and publishing (forms, the platforms' redirect, public links, callbacks).
//!
//! - `POST /settings/connections/connect`: starts connecting a platform (browser-bound flow).
//! - `GET /connections/{platform}/callback`: the platform's redirect back; only the browser and
//!   account that started the flow can finish it.
//! - `POST /settings/connections/targets`, `…/disconnect`, `…/history/delete`: the account's own
//!   connections and history (another account's ids: 404, nothing happens).
//! - `POST /gallery/{id}/publish`: the Publish click (the form's one-time key makes a resubmit a
//!   no-op).
//! - `GET`/`POST /publish/review/{token}`: the reviewer's one-time decision (GET shows, only the
//!   POST decides: a mail scanner opening the link changes nothing).
//! - `GET /social/media/{token}.jpg`: the short-lived public link Instagram and Pinterest fetch.
//! - `POST /callbacks/meta/data-deletion`, `…/deauthorize`: Meta's signed callbacks.

use axum::{
    Form,
    extract::{Path, Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{MethodRouter, get, post},
};
use obscura_shared::{
    Failure, routes,
    social::{Platform, fields},
};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    errors::{FormPage, form_failed},
    forms::{see_other, signed_in, submitted, with_notice},
    render, session,
};
use crate::{
    accounts::{Client, events},
    http::WebState,
    social::{self, SocialError, callbacks, publish},
};

/// The form names (feedback is matched by them).
pub mod forms {
    /// The publish form.
    pub const PUBLISH: &str = "publish";
    /// A connection's targets form.
    pub const TARGETS: &str = "targets";
}

/// Paths under this prefix are signed by the platform and skip the cross-site check.
pub const CALLBACKS_PREFIX: &str = "/callbacks/";

/// The social routes.
pub fn table() -> Vec<(&'static str, MethodRouter<WebState>)> {
    vec![
        (routes::CONNECTION_START, post(start)),
        (routes::CONNECTION_CALLBACK, get(callback)),
        (routes::CONNECTION_TARGETS, post(targets)),
        (routes::CONNECTION_DISCONNECT, post(disconnect)),
        (routes::HISTORY_DELETE, post(delete_history)),
        (routes::PUBLISH, post(publish_form)),
        (routes::PUBLISH_REVIEW, post(decide)),
        (routes::SOCIAL_MEDIA, get(media)),
    ]
}

/// Meta's signed callbacks (served with the other signed webhooks: no session, no origin).
pub fn callback_table() -> Vec<(&'static str, MethodRouter<WebState>)> {
    vec![
        (routes::META_DATA_DELETION, post(meta_deletion)),
        (routes::META_DEAUTHORIZE, post(meta_deauthorize)),
    ]
}

async fn not_found(state: &WebState, parts: axum::http::request::Parts) -> Response {
    render::page(state, parts, "/not-found", StatusCode::NOT_FOUND).await
}

async fn start(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    // A platform this server does not offer is not found, whoever asks.
    let Some(platform) =
        Platform::parse(s.get("platform").trim()).filter(|p| social::enabled(&state, *p))
    else {
        return not_found(&state, s.parts).await;
    };
    let c = signed_in!(s);
    // Each start stores a pending flow: a client may start only so many.
    let ip = s.client().ip;
    if let Err(wait) = state
        .guards
        .check(crate::http::guard::Write::GoogleStart, ip)
        .await
    {
        return crate::http::guard::too_many(wait, s.language());
    }
    match social::start(&state, c.user.id, platform).await {
        Ok(started) => {
            let mut res = see_other(&started.url);
            res.headers_mut().append(
                header::SET_COOKIE,
                session::set_cookie(
                    &state,
                    session::oauth_cookie_name(&state),
                    started.browser_token,
                    Some(cookie::time::Duration::minutes(10)),
                ),
            );
            res
        }
        Err(SocialError::Off) => not_found(&state, s.parts).await,
        Err(e) => {
            let _logged = Failure::from(e);
            see_other(&with_notice(routes::SETTINGS_CONNECTIONS, "connect-failed"))
        }
    }
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    error: Option<String>,
    #[serde(default)]
    state: String,
}

async fn callback(
    State(state): State<WebState>,
    Path(platform): Path<String>,
    Query(q): Query<CallbackQuery>,
    req: Request,
) -> Response {
    let (parts, _) = req.into_parts();
    let Some(platform) = Platform::parse(&platform).filter(|p| social::enabled(&state, *p)) else {
        return not_found(&state, parts).await;
    };
    let Some(current) = parts.extensions.get::<session::Current>().cloned() else {
        return see_other(&format!("{}?notice=sign-in-needed", routes::LOGIN));
    };
    let client = parts
        .extensions
        .get::<Client>()
        .cloned()
        .unwrap_or_else(Client::unknown);
    let cookie_name = session::oauth_cookie_name(&state);
    let browser = session::cookie_value(&parts.headers, &cookie_name);
    let outcome = social::finish(
        &state,
        current.user.id,
        platform,
        q.code.as_deref(),
        q.error.as_deref(),
        &q.state,
        browser.as_deref(),
    )
    .await;
    let notice = match outcome {
        Ok(_) => {
            events::record(
                &state,
                current.user.id,
                events::EventKind::SocialConnected,
                Some(obscura_shared::i18n::Message::verbatim(platform.label())),
                &client,
            )
            .await;
            "connected"
        }
        Err(SocialError::Cancelled) => "connect-cancelled",
        Err(SocialError::Flow) => "connect-expired",
        Err(e) => {
            let _logged = Failure::from(e);
            "connect-failed"
        }
    };
    let mut res = see_other(&with_notice(routes::SETTINGS_CONNECTIONS, notice));
    res.headers_mut().append(
        header::SET_COOKIE,
        session::clear_cookie(&state, cookie_name),
    );
    res
}

fn ids(values: &[(String, String)], name: &str) -> Option<Vec<Uuid>> {
    values
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| Uuid::parse_str(v.trim()).ok())
        .collect()
}

async fn targets(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(connection) = Uuid::parse_str(s.get(fields::CONNECTION).trim()) else {
        return not_found(&state, s.parts).await;
    };
    let chosen = ids(&s.fields, fields::TARGET).unwrap_or_else(|| vec![Uuid::nil()]);
    match social::choose(&state, c.user.id, connection, &chosen).await {
        Ok(()) => see_other(&with_notice(routes::SETTINGS_CONNECTIONS, "targets-saved")),
        Err(e) => {
            let page = FormPage::new(routes::SETTINGS_CONNECTIONS, forms::TARGETS).values(s.echo());
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn disconnect(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(connection) = Uuid::parse_str(s.get(fields::CONNECTION).trim()) else {
        return not_found(&state, s.parts).await;
    };
    match social::disconnect(&state, c.user.id, connection).await {
        Ok(done) => {
            events::record(
                &state,
                c.user.id,
                events::EventKind::SocialDisconnected,
                Some(obscura_shared::i18n::Message::verbatim(
                    done.platform.label(),
                )),
                &s.client(),
            )
            .await;
            let notice = if done.revoked {
                "disconnected"
            } else {
                "disconnected-local"
            };
            see_other(&with_notice(routes::SETTINGS_CONNECTIONS, notice))
        }
        Err(SocialError::NotFound) => not_found(&state, s.parts).await,
        Err(e) => super::forms::internal(&state, s.language(), &anyhow::anyhow!("{e}")),
    }
}

async fn delete_history(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(post) = Uuid::parse_str(s.get(fields::POST).trim()) else {
        return not_found(&state, s.parts).await;
    };
    match social::delete_history(&state, c.user.id, post).await {
        Ok(()) => see_other(&with_notice(
            routes::SETTINGS_CONNECTIONS_HISTORY,
            "history-deleted",
        )),
        Err(SocialError::NotFound) => not_found(&state, s.parts).await,
        Err(e) => super::forms::internal(&state, s.language(), &anyhow::anyhow!("{e}")),
    }
}

async fn publish_form(
    State(state): State<WebState>,
    Path(image): Path<String>,
    req: Request,
) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let Ok(image) = Uuid::parse_str(&image) else {
        return not_found(&state, s.parts).await;
    };
    let form = publish::PublishForm {
        caption: s.get(fields::CAPTION),
        alt_text: s.get(fields::ALT_TEXT),
        targets: s
            .fields
            .iter()
            .filter(|(k, _)| k == fields::TARGET)
            .map(|(_, v)| v.clone())
            .collect(),
        approver: s.get(fields::APPROVER),
        request_key: s.get(fields::REQUEST_KEY),
    };
    let path = routes::publish(&image.to_string());
    match publish::publish(&state, c.user.id, image, form).await {
        Ok(publish::Published::Queued(_)) => see_other(&with_notice(&path, "published")),
        Ok(publish::Published::AwaitingApproval(_)) => {
            see_other(&with_notice(&path, "awaiting-approval"))
        }
        Err(SocialError::NotFound) => not_found(&state, s.parts).await,
        Err(e) => {
            let page = FormPage::new(&path, forms::PUBLISH).values(s.echo());
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn decide(
    State(state): State<WebState>,
    Path(token): Path<String>,
    req: Request,
) -> Response {
    let s = submitted!(req);
    let approve = match s.get(fields::DECISION).as_str() {
        "approve" => true,
        "reject" => false,
        _ => return not_found(&state, s.parts).await,
    };
    let path = routes::PUBLISH_REVIEW.replace("{token}", &token);
    match publish::decide(&state, &token, approve).await {
        Ok(true) => see_other(&with_notice(&path, "approved")),
        Ok(false) => see_other(&with_notice(&path, "rejected")),
        Err(SocialError::NotFound) => not_found(&state, s.parts).await,
        Err(e) => super::forms::internal(&state, s.language(), &anyhow::anyhow!("{e}")),
    }
}

async fn media(State(state): State<WebState>, Path(token): Path<String>) -> Response {
    match publish::media(&state, &token).await {
        Ok(Some((bytes, mime))) => {
            let mut res = (StatusCode::OK, bytes).into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(&mime).unwrap_or(HeaderValue::from_static("image/jpeg")),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
            res
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(
                error = format!("{e:#}"),
                "serving a social media link failed"
            );
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Deserialize)]
struct SignedRequest {
    #[serde(default)]
    signed_request: String,
}

fn bad_request() -> Response {
    super::errors::json(
        StatusCode::BAD_REQUEST,
        &serde_json::json!({ "error": "invalid signed_request" }),
    )
}

async fn meta_deletion(State(state): State<WebState>, Form(f): Form<SignedRequest>) -> Response {
    match callbacks::data_deletion(&state, &f.signed_request).await {
        Ok(Ok(done)) => super::errors::json(
            StatusCode::OK,
            &serde_json::json!({ "url": done.url, "confirmation_code": done.code }),
        ),
        Ok(Err(callbacks::BadRequest::Off)) => StatusCode::NOT_FOUND.into_response(),
        Ok(Err(callbacks::BadRequest::Signature)) => bad_request(),
        Err(e) => {
            tracing::error!(
                error = format!("{e:#}"),
                "a Meta data-deletion request failed"
            );
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn meta_deauthorize(State(state): State<WebState>, Form(f): Form<SignedRequest>) -> Response {
    match callbacks::deauthorize(&state, &f.signed_request).await {
        Ok(Ok(())) => super::errors::json(StatusCode::OK, &serde_json::json!({ "success": true })),
        Ok(Err(callbacks::BadRequest::Off)) => StatusCode::NOT_FOUND.into_response(),
        Ok(Err(callbacks::BadRequest::Signature)) => bad_request(),
        Err(e) => {
            tracing::error!(
                error = format!("{e:#}"),
                "a Meta deauthorize request failed"
            );
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
