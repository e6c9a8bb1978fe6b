//! The gallery's and shares' form posts, and the public image behind a share page.
//!
//! - `POST /gallery/delete`: images (and failed or cancelled generations) by id; without
//!   `confirm` the gallery asks first, with it they are deleted and the gallery says so.
//! - `POST /gallery/retry`: a failed or cancelled generation again, then `/create` shows it
//!   running.
//! - `POST /gallery/share`, `/settings/shares/revoke`, `/settings/shares/expiry`.
//! - `GET /share/{id}/image`: the preview of a live share's image, for the page and for the
//!   crawlers behind link previews; 404 from the moment the share ends, 410 once it was taken
//!   down after a report.

use axum::{
    body::Body,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{MethodRouter, get, post},
};
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_app::{
    forms::FormFeedback,
    pages::{gallery::DELETE_FORM, gallery_item::SHARE_FORM, sharing::list::EXPIRY_FORM},
};
use obscura_shared::{
    ErrorCode, Failure,
    gallery::{Expiry, MAX_SELECTION, fields},
    i18n::Message,
    ids::{GenerationId, ImageId},
    routes,
};
use uuid::Uuid;

use super::{
    errors::{FormPage, form_failed, internal_page},
    forms::{Submitted, internal, see_other, signed_in, submitted, with_feedback, with_notice},
    render,
};
use crate::{
    http::WebState,
    sharing::{self, NewShare, ShareError},
};

/// The gallery's and shares' form posts.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::GALLERY_DELETE, post(delete)),
        (routes::GALLERY_RETRY, post(retry)),
        (routes::SHARE_CREATE, post(share)),
        (routes::SHARE_REVOKE, post(revoke)),
        (routes::SHARE_EXPIRY, post(expiry)),
    ]
}

/// The public image route of share pages.
pub fn public_table() -> Vec<(String, MethodRouter<crate::http::WebState>)> {
    vec![(format!("{}/{{id}}/image", routes::SHARE), get(share_image))]
}

fn ids(s: &Submitted, name: &str) -> Vec<Uuid> {
    s.fields
        .iter()
        .filter(|(k, _)| k == name)
        .filter_map(|(_, v)| v.trim().parse().ok())
        .take(MAX_SELECTION)
        .collect()
}

async fn delete(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let images = ids(&s, fields::IMAGE);
    let generations = ids(&s, fields::GENERATION);
    if images.is_empty() && generations.is_empty() {
        return see_other(&with_notice(routes::GALLERY, "nothing-selected"));
    }
    if s.get(fields::CONFIRM) != "1" {
        let values = images
            .iter()
            .map(|id| (fields::IMAGE.to_owned(), id.to_string()))
            .chain(
                generations
                    .iter()
                    .map(|id| (fields::GENERATION.to_owned(), id.to_string())),
            )
            .collect();
        let feedback = FormFeedback {
            form: DELETE_FORM.to_owned(),
            values,
            errors: Vec::new(),
            notice: None,
        };
        return with_feedback(&state, s, routes::GALLERY, feedback, StatusCode::OK).await;
    }
    match crate::gallery::delete(&state, c.user.id, &images, &generations).await {
        Ok(_) => see_other(&with_notice(routes::GALLERY, "deleted")),
        Err(e) => internal(&state, s.language(), &e),
    }
}

async fn retry(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    // The Retry button names its generation; ticked boxes submitted with it are ignored.
    // Another person's generation, and a malformed id, answer as an unknown one: 404 (P-SEC-1).
    let Ok(id) = s.get(fields::GENERATION).trim().parse::<GenerationId>() else {
        return render::page(&state, s.parts, "/gallery/-", StatusCode::NOT_FOUND).await;
    };
    let id = id.into_uuid();
    match crate::generation::row(&state, c.user.id, id).await {
        Ok(Some(_)) => {}
        Ok(None) => {
            return render::page(&state, s.parts, "/gallery/-", StatusCode::NOT_FOUND).await;
        }
        Err(e) => return internal(&state, s.language(), &e),
    }
    match crate::gallery::retry(&state, c.user.id, id, &s.client()).await {
        Ok(new) => see_other(&format!("{}?remix={new}", routes::CREATE)),
        Err(e) => match Failure::from(e).code {
            ErrorCode::InsufficientCredits => {
                see_other(&with_notice(routes::GALLERY, "retry-credits"))
            }
            ErrorCode::Internal => internal_page(&state, s.language()),
            _ => see_other(&with_notice(routes::GALLERY, "retry-unavailable")),
        },
    }
}

async fn share(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let image_field = s.get(fields::IMAGE);
    let Ok(image) = image_field.trim().parse::<ImageId>() else {
        return render::page(&state, s.parts, "/gallery/-", StatusCode::NOT_FOUND).await;
    };
    let image = image.into_uuid();
    let back = routes::gallery_item(&image.to_string());
    let expiry = match Expiry::parse(&s.get(fields::EXPIRY), &s.get(fields::EXPIRY_DATE)) {
        Ok(e) => e,
        Err(error) => return share_failed(&state, s, &back, ShareError::Invalid(error)).await,
    };
    let new = NewShare {
        image,
        show_prompt: s.get(fields::SHOW_PROMPT) == "1",
        show_name: s.get(fields::SHOW_NAME) == "1",
        expiry,
    };
    match sharing::create(&state, c.user.id, new).await {
        Ok(_) => see_other(&format!("{}#shares", with_notice(&back, "shared"))),
        Err(e) => share_failed(&state, s, &back, e).await,
    }
}

/// The share form again (on the image's page, 404 when the image is not the person's).
async fn share_failed(state: &WebState, s: Submitted, back: &str, e: ShareError) -> Response {
    let page = FormPage::new(back, SHARE_FORM).notice(Message::new("error-share-not-made"));
    form_failed(state, s.parts, page, Failure::from(e)).await
}

/// Where to go after a change: a gallery image the form came from, else the shares list.
fn back_to(s: &Submitted) -> String {
    let back = s.get(fields::BACK);
    let image = back
        .strip_prefix(routes::GALLERY)
        .and_then(|rest| rest.strip_prefix('/'))
        .and_then(|id| id.parse::<ImageId>().ok());
    image.map_or_else(
        || routes::SETTINGS_SHARES.to_owned(),
        |id| routes::gallery_item(&id.to_string()),
    )
}

async fn revoke(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let back = back_to(&s);
    match sharing::revoke(&state, c.user.id, s.get(fields::SHARE).trim()).await {
        // Revoking twice, or someone else's id, changes nothing and says the same.
        Ok(_) => see_other(&with_notice(&back, "share-revoked")),
        Err(e) => internal(&state, s.language(), &anyhow::anyhow!(e)),
    }
}

async fn expiry(State(state): State<WebState>, req: axum::extract::Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let id = s.get(fields::SHARE).trim().to_owned();
    let result = match Expiry::parse(&s.get(fields::EXPIRY), &s.get(fields::EXPIRY_DATE)) {
        Ok(expiry) => sharing::set_expiry(&state, c.user.id, &id, expiry).await,
        Err(error) => Err(ShareError::Invalid(error)),
    };
    match result {
        Ok(()) => see_other(&with_notice(routes::SETTINGS_SHARES, "share-updated")),
        Err(e) => {
            let page = FormPage::new(routes::SETTINGS_SHARES, EXPIRY_FORM)
                .values(vec![(fields::SHARE.to_owned(), id)])
                .missing("/settings/shares/-");
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

fn gone() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
    )
        .into_response()
}

fn taken_down() -> Response {
    (
        StatusCode::GONE,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
    )
        .into_response()
}

/// The shared image's validator: an HMAC (keyed from the master secret) over the share, the
/// image, the object's key and what the store says of its bytes (size, modification time, its
/// own tag), cut to 128 bits. It changes whenever the bytes do and reveals nothing: not the
/// image's id, whose UUIDv7 would date it.
fn share_etag(state: &WebState, live: &sharing::Live, meta: &object_store::ObjectMeta) -> String {
    use hmac::Mac as _;
    let key = crate::accounts::crypto::derive(
        secrecy::ExposeSecret::expose_secret(&*state.master_key),
        "share-etag",
    );
    let Ok(mut mac) = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key) else {
        // HMAC takes keys of any length; unreachable.
        return "\"0\"".to_owned();
    };
    for part in [
        live.id.as_str(),
        &live.image_id.to_string(),
        live.preview_key.as_str(),
        &meta.size.to_string(),
        &meta.last_modified.timestamp_micros().to_string(),
        meta.e_tag.as_deref().unwrap_or(""),
    ] {
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part.as_bytes());
    }
    let tag = mac.finalize().into_bytes();
    format!("\"{}\"", hex::encode(&tag[..16]))
}

/// Whether `If-None-Match` names `etag` (a list, weak tags and `*` included).
fn none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

async fn share_image(
    State(state): State<WebState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let found = match sharing::live_share(&state, &id).await {
        Ok(Some(live)) => live,
        // Taken down after a report: 410, like its page.
        Ok(None) => match crate::reports::is_taken_down(&state, &id).await {
            Ok(true) => return taken_down(),
            Ok(false) => return gone(),
            Err(e) => {
                tracing::error!(error = %e, "could not look up a share");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        },
        Err(e) => {
            tracing::error!(error = %e, "could not look up a share");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let cache = [
        // Stored anywhere, but checked with us every time, so an ended share stops at once.
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, no-cache"),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    let location = ObjectPath::from(found.preview_key.as_str());
    let unreadable = |e: object_store::Error| match e {
        object_store::Error::NotFound { .. } => gone(),
        e => {
            tracing::error!(error = %e, "could not read a shared image");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    };
    // A revalidation asks the store only what the bytes are, not for them.
    if headers.contains_key(header::IF_NONE_MATCH) {
        let meta = match state.storage.store.head(&location).await {
            Ok(meta) => meta,
            Err(e) => return unreadable(e),
        };
        let etag = share_etag(&state, &found, &meta);
        if none_match(&headers, &etag) {
            return (StatusCode::NOT_MODIFIED, cache, [(header::ETAG, etag)]).into_response();
        }
    }
    let object = match state.storage.store.get(&location).await {
        Ok(o) => o,
        Err(e) => return unreadable(e),
    };
    let etag = share_etag(&state, &found, &object.meta);
    let stream = object.into_stream();
    (
        StatusCode::OK,
        cache,
        [
            (header::CONTENT_TYPE, "image/webp".to_owned()),
            (header::ETAG, etag),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"obscura-shared.webp\"".to_owned(),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response()
}
