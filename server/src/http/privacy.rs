//! The privacy center's form posts and the export download.
//!
//! - `POST /settings/privacy/choices`: the restriction and objection toggles.
//! - `POST /settings/privacy/export`: queue an export (one per hour).
//! - `GET /exports/{id}`: a finished export, by its signed link, until it is deleted.
//! - `POST /settings/privacy/delete`: close the account and schedule its erasure.

use axum::{
    body::Body,
    extract::{Path, RawQuery, State},
    http::{HeaderValue, StatusCode, header},
    response::Response,
    routing::{MethodRouter, get, post},
};
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_shared::{
    ErrorCode, Failure,
    i18n::Message,
    privacy::{ExportStatus, fields, forms},
    routes,
};
use sea_orm::EntityTrait;
use uuid::Uuid;

use super::{
    errors::{FormPage, form_failed, internal_page},
    files::{link_refused, refuse},
    forms::{internal, see_other, signed_in, submitted, with_notice},
    session::{clear_cookie, session_cookie_name},
};
use crate::{
    db::entities::data_export,
    http::WebState,
    privacy::{
        erasure::{self, Outcome},
        export,
        settings::{self, Settings},
    },
    storage::signed::Signature,
};

/// The privacy center's routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::PRIVACY_CHOICES, post(choices)),
        (routes::EXPORT_REQUEST, post(request_export)),
        (routes::ACCOUNT_DELETE, post(delete_account)),
        (routes::POLICY_ACK, post(acknowledge)),
    ]
}

/// The download route.
pub fn download_table() -> Vec<(String, MethodRouter<crate::http::WebState>)> {
    vec![(format!("{}/{{id}}", routes::EXPORTS), get(download))]
}

async fn choices(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let on = |name| s.get(name) == "1";
    let chosen = Settings {
        analytics_opt_out: on(fields::ANALYTICS_OPT_OUT),
        product_emails_opt_out: on(fields::PRODUCT_EMAILS_OPT_OUT),
        restricted: on(fields::RESTRICT),
    };
    match settings::save(&state, c.user.id, chosen).await {
        Ok(()) => see_other(&with_notice(routes::SETTINGS_PRIVACY, "privacy-saved")),
        Err(e) => internal(&state, s.language(), &e),
    }
}

async fn acknowledge(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let version = s.get("version");
    if version.is_empty() || version.len() > 16 {
        return see_other(routes::PRIVACY_VERSIONS);
    }
    match crate::privacy::policy::acknowledge(&state, c.user.id, &version).await {
        Ok(()) => see_other(&super::consent::referring_page(&state, &s.parts.headers)),
        Err(e) => internal(&state, s.language(), &e),
    }
}

async fn request_export(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    match export::request(&state, c.user.id).await {
        Ok(_) => see_other(&format!(
            "{}#export",
            with_notice(routes::SETTINGS_PRIVACY, "export-queued")
        )),
        Err(e) => match Failure::from(e).code {
            ErrorCode::RateLimited => see_other(&format!(
                "{}#export",
                with_notice(routes::SETTINGS_PRIVACY, "export-too-soon")
            )),
            _ => internal_page(&state, s.language()),
        },
    }
}

async fn download(
    State(state): State<WebState>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let Ok(id) = Uuid::parse_str(&id) else {
        return refuse(StatusCode::NOT_FOUND);
    };
    let sig = match Signature::from_query(query.as_deref().unwrap_or_default()) {
        Ok(sig) => sig,
        Err(e) => return link_refused(e),
    };
    let row = match data_export::Entity::find_by_id(id).one(&state.db).await {
        Ok(Some(row)) => row,
        Ok(None) => return refuse(StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = %e, "could not look up an export");
            return refuse(StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    let now = state.clock.now();
    if let Err(e) = state.signer.verify(
        "GET",
        &export::download_path(id),
        &row.user_id.to_string(),
        &sig,
        now,
    ) {
        return link_refused(e);
    }
    // An account waiting to be deleted has no working export links ("Keep my account" brings
    // them back while they last).
    match crate::privacy::erasure::is_closed(&state.db, row.user_id).await {
        Ok(false) => {}
        Ok(true) => return refuse(StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = %e, "could not look up an erasure");
            return refuse(StatusCode::SERVICE_UNAVAILABLE);
        }
    }
    let live = row.status == ExportStatus::Ready.code() && row.expires_at.is_some_and(|e| e > now);
    let Some(key) = row.object_key.filter(|_| live) else {
        return refuse(StatusCode::NOT_FOUND);
    };
    let found = match state.storage.store.get(&ObjectPath::from(key)).await {
        Ok(found) => found,
        Err(object_store::Error::NotFound { .. }) => return refuse(StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = %e, "could not read an export");
            return refuse(StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    let size = found.meta.size;
    let name = format!("obscura-export-{}.zip", row.requested_at.format("%Y-%m-%d"));
    let mut res = Response::new(Body::from_stream(found.into_stream()));
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

async fn delete_account(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let result = erasure::request(
        &state,
        &c,
        &s.secret(fields::PASSWORD),
        &s.get(fields::CONFIRM),
        &s.client(),
    )
    .await;
    match result {
        Ok(outcome) => {
            let notice = match outcome {
                Outcome::Scheduled { .. } => "account-closed",
                Outcome::Erased => "account-erased",
            };
            let mut res = see_other(&with_notice(routes::LOGIN, notice));
            res.headers_mut().append(
                header::SET_COOKIE,
                clear_cookie(&state, session_cookie_name(&state)),
            );
            res
        }
        Err(e) => {
            let values = vec![(fields::CONFIRM.to_owned(), s.get(fields::CONFIRM))];
            let page = FormPage::new(routes::SETTINGS_PRIVACY, forms::DELETE)
                .values(values)
                .notice(Message::new("error-account-not-deleted"));
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}
