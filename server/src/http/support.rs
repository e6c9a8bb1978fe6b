//! Support over HTTP: the contact form (`POST /support`, multipart with an optional image) and
//! the admin's actions on messages and privacy requests. Every `/admin` route is for admins
//! only: the session layer sends anonymous visitors to sign in and answers 404 to others.
//! Every admin action is written to the audit log with its outcome.

use axum::{
    body::Body,
    extract::{DefaultBodyLimit, Path, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{MethodRouter, get, post},
};
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_shared::{
    ErrorCode, Failure,
    account::Role,
    i18n::Message,
    ids::MessageId,
    routes,
    support::{MAX_ATTACHMENT_BYTES, fields, forms},
};
use sea_orm::EntityTrait;
use uuid::Uuid;

use super::{
    errors::{FormPage, form_failed, internal_page},
    forms::{Submitted, internal, see_other, submitted, with_notice},
    multipart::{Refused, read},
    session::Current,
};
use crate::{
    accounts::Client,
    audit::{self, Action, Actor, Outcome},
    db::entities::support_message,
    http::WebState,
    support::{self, Contact, Erasure, SupportError, requests},
};

/// The support routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (
            routes::SUPPORT,
            post(contact).layer(DefaultBodyLimit::max(MAX_ATTACHMENT_BYTES + 256 * 1024)),
        ),
        (routes::ADMIN_SUPPORT_REPLY, post(reply)),
        (routes::ADMIN_SUPPORT_CLOSE, post(close)),
        (routes::ADMIN_SUPPORT_ERASE, post(erase_account)),
        (routes::ADMIN_REQUESTS_NEW, post(new_request)),
        (routes::ADMIN_REQUESTS_DONE, post(request_done)),
    ]
}

/// The attachment route.
pub fn attachment_table() -> Vec<(String, MethodRouter<crate::http::WebState>)> {
    vec![(
        format!("{}/{{id}}/attachment", routes::ADMIN_SUPPORT),
        get(attachment),
    )]
}

async fn contact(State(state): State<WebState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let current = parts.extensions.get::<Current>().cloned();
    let client = parts
        .extensions
        .get::<Client>()
        .cloned()
        .unwrap_or_else(Client::unknown);
    let form = match read(Request::from_parts(parts.clone(), body), fields::ATTACHMENT).await {
        Ok(f) => f,
        Err(refused) => {
            let (code, message) = match &refused {
                Refused::TooLarge(_) => (
                    ErrorCode::TooLarge,
                    Message::new("error-attachment-larger")
                        .arg("mb", MAX_ATTACHMENT_BYTES / (1024 * 1024)),
                ),
                Refused::Unreadable(_) => (
                    ErrorCode::Malformed,
                    Message::new("error-form-unreadable-retry"),
                ),
            };
            let page = FormPage::new(routes::SUPPORT, forms::CONTACT).values(refused.into_fields());
            let failure = Failure::new(code).with_field(fields::ATTACHMENT, message);
            return form_failed(&state, parts, page, failure).await;
        }
    };
    let input = Contact {
        email: form.get(fields::EMAIL),
        topic: form.get(fields::TOPIC),
        message: form.get(fields::MESSAGE),
        attachment: form.file.clone(),
    };
    let values = form.fields.clone();
    let sender = current.as_ref().map(|c| &c.user);
    match support::submit(&state, input, sender, &client).await {
        Ok(_) => see_other(&format!(
            "{}#contact",
            with_notice(routes::SUPPORT, "message-sent")
        )),
        Err(e) => {
            let page = FormPage::new(routes::SUPPORT, forms::CONTACT).values(values);
            form_failed(&state, parts, page, Failure::from(e)).await
        }
    }
}

/// A refused admin action: its form again for invalid input (when it has one), the error page
/// for an internal failure, and a bare 404 for anything else.
async fn admin_failed(
    state: &WebState,
    s: Submitted,
    page: Option<FormPage<'_>>,
    e: SupportError,
) -> Response {
    let failure = Failure::from(e);
    match (failure.code, page) {
        (ErrorCode::Internal, _) => internal_page(state, s.language()),
        (ErrorCode::Validation, Some(page)) => form_failed(state, s.parts, page, failure).await,
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The admin posting an admin form, or the answer for anyone else.
pub(super) fn admin_actor(s: &Submitted) -> Result<Actor, Box<Response>> {
    match s.current() {
        Some(c) if c.user.role == Role::Admin.code() => Ok(Actor::Account(c.user.id)),
        Some(_) => Err(Box::new(StatusCode::NOT_FOUND.into_response())),
        None => Err(Box::new(see_other(&with_notice(
            routes::LOGIN,
            "sign-in-needed",
        )))),
    }
}

macro_rules! admin_actor {
    ($s:expr) => {
        match admin_actor(&$s) {
            Ok(actor) => actor,
            Err(res) => return *res,
        }
    };
}

/// The audit outcome of a support service's result.
fn outcome_of<T>(r: &Result<T, SupportError>) -> Outcome {
    match r {
        Ok(_) => Outcome::Done,
        Err(SupportError::Invalid(_)) => Outcome::Invalid,
        Err(SupportError::NotFound | SupportError::RateLimited(_)) => Outcome::NotFound,
        Err(SupportError::Internal(_) | SupportError::Busy) => Outcome::Failed,
    }
}

fn id_of(s: &Submitted, name: &str) -> Option<Uuid> {
    s.get(name).trim().parse().ok()
}

fn message_page(id: Uuid) -> String {
    format!("{}/{id}", routes::ADMIN_SUPPORT)
}

async fn reply(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let actor = admin_actor!(s);
    let Some(id) = id_of(&s, "id") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let result = support::reply(&state, id, &s.get(fields::REPLY)).await;
    let target = audit::target("message", id);
    audit::record(
        &state,
        actor,
        Action::SupportReply,
        &target,
        outcome_of(&result),
    )
    .await;
    match result {
        Ok(()) => see_other(&with_notice(&message_page(id), "reply-sent")),
        Err(e) => {
            let page = message_page(id);
            let values = vec![(fields::REPLY.to_owned(), s.get(fields::REPLY))];
            let form = FormPage::new(&page, forms::REPLY).values(values);
            admin_failed(&state, s, Some(form), e).await
        }
    }
}

async fn close(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let actor = admin_actor!(s);
    let Some(id) = id_of(&s, "id") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let closed = s.get("closed") == "1";
    let result = support::set_closed(&state, id, closed).await;
    let action = if closed {
        Action::SupportClose
    } else {
        Action::SupportReopen
    };
    let target = audit::target("message", id);
    audit::record(&state, actor, action, &target, outcome_of(&result)).await;
    match result {
        Ok(()) if closed => see_other(&with_notice(routes::ADMIN_SUPPORT, "message-closed")),
        Ok(()) => see_other(&with_notice(&message_page(id), "message-reopened")),
        Err(e) => admin_failed(&state, s, None, e).await,
    }
}

async fn erase_account(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let actor = admin_actor!(s);
    let Some(id) = id_of(&s, "id") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let page = message_page(id);
    let message = audit::target("message", id);
    let reported = s.get(obscura_app::pages::admin::ERASE_ACCOUNT);
    if s.get("confirm") != "1" || reported.trim().is_empty() {
        audit::record(
            &state,
            actor,
            Action::EraseUnderageAccount,
            &message,
            Outcome::Invalid,
        )
        .await;
        return see_other(&with_notice(&page, "confirm-erase"));
    }
    let result = support::erase_reported_account(&state, id, &reported).await;
    let (target, outcome, notice) = match &result {
        Ok(Erasure::Deleted(account)) => (
            audit::target("account", account),
            Outcome::Done,
            "account-erased",
        ),
        Ok(Erasure::NoAccount) => (message, Outcome::NotFound, "no-account"),
        Ok(Erasure::Unnamed) => (message, Outcome::Invalid, "confirm-erase"),
        Ok(Erasure::AdminAccount) => (message, Outcome::Refused, "admin-account"),
        Ok(Erasure::NotUnderage) => (message, Outcome::Refused, "not-underage"),
        Err(_) => (message, outcome_of(&result), ""),
    };
    audit::record(
        &state,
        actor,
        Action::EraseUnderageAccount,
        &target,
        outcome,
    )
    .await;
    match result {
        Ok(_) => see_other(&with_notice(&page, notice)),
        Err(e) => admin_failed(&state, s, None, e).await,
    }
}

async fn new_request(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let actor = admin_actor!(s);
    let input = requests::NewRequest {
        kind: s.get(fields::KIND),
        requester: s.get(fields::REQUESTER),
        channel: s.get(fields::CHANNEL),
        received: s.get(fields::RECEIVED),
        notes: s.get(fields::NOTES),
    };
    let result = requests::log_by_admin(&state, input).await;
    let target = match &result {
        Ok(id) => audit::target("request", id),
        Err(_) => "request:new".to_owned(),
    };
    audit::record(
        &state,
        actor,
        Action::RequestLogged,
        &target,
        outcome_of(&result),
    )
    .await;
    match result {
        Ok(_) => see_other(&with_notice(routes::ADMIN_REQUESTS, "request-logged")),
        Err(e) => {
            let form = FormPage::new(routes::ADMIN_REQUESTS, forms::REQUEST).values(s.echo());
            admin_failed(&state, s, Some(form), e).await
        }
    }
}

async fn request_done(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let actor = admin_actor!(s);
    let Some(id) = id_of(&s, "id") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let result = requests::mark_done(&state, id).await;
    let target = audit::target("request", id);
    audit::record(
        &state,
        actor,
        Action::RequestDone,
        &target,
        outcome_of(&result),
    )
    .await;
    match result {
        Ok(()) => see_other(&with_notice(routes::ADMIN_REQUESTS, "request-done")),
        Err(e) => admin_failed(&state, s, None, e).await,
    }
}

async fn attachment(
    State(state): State<WebState>,
    Path(id): Path<String>,
    req: Request,
) -> Response {
    // The session layer has already refused everyone but admins on `/admin`.
    let is_admin = req
        .extensions()
        .get::<Current>()
        .is_some_and(|c| c.user.role == Role::Admin.code());
    let lang = req
        .extensions()
        .get::<obscura_shared::account::Language>()
        .copied()
        .unwrap_or_default();
    let (true, Ok(id)) = (is_admin, id.parse::<MessageId>()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let id = id.into_uuid();
    let key = match support_message::Entity::find_by_id(id).one(&state.db).await {
        Ok(Some(m)) => m.attachment_key,
        Ok(None) => None,
        Err(e) => return internal(&state, lang, &e.into()),
    };
    let Some(key) = key else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match state.storage.store.get(&ObjectPath::from(key)).await {
        Ok(found) => {
            let mut res = Response::new(Body::from_stream(found.into_stream()));
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
            h.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            res
        }
        Err(object_store::Error::NotFound { .. }) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => internal(&state, lang, &e.into()),
    }
}
