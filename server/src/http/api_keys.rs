//! The API key forms of `/settings/api`.
//!
//! - `POST /settings/api/keys`: creates a key and shows the settings page with the key's full
//!   text, once (never in a URL, never stored readable; the page is not cached).
//! - `POST /settings/api/keys/revoke`: revokes one of the person's keys (another's: the same
//!   answer as an unknown id, and nothing happens).

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::Response,
    routing::{MethodRouter, post},
};
use obscura_app::forms::ApiKeyShown;
use obscura_shared::{
    Failure,
    api::{fields, forms},
    routes,
};

use super::{
    errors::{FormPage, form_failed},
    forms::{see_other, signed_in, submitted, with_notice},
    render,
};
use crate::{
    api::keys::{self, NewKey},
    http::WebState,
};

/// The key forms.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::API_KEY_CREATE, post(create)),
        (routes::API_KEY_REVOKE, post(revoke)),
    ]
}

async fn create(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let input = NewKey {
        name: s.get(fields::NAME),
        scopes: s
            .fields
            .iter()
            .filter(|(k, _)| k == fields::SCOPE)
            .map(|(_, v)| v.clone())
            .collect(),
        expires_days: s.get(fields::EXPIRES_DAYS),
        monthly_cap: s.get(fields::MONTHLY_CAP),
    };
    match keys::create(&state, &c.user, &input, &s.client()).await {
        Ok(created) => {
            let mut parts = s.parts;
            parts.extensions.insert(ApiKeyShown(created.token));
            let mut res = render::page(&state, parts, routes::SETTINGS_API, StatusCode::OK).await;
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => {
            let values = s.echo();
            let page = FormPage::new(routes::SETTINGS_API, forms::CREATE).values(values);
            form_failed(&state, s.parts, page, Failure::from(e)).await
        }
    }
}

async fn revoke(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let c = signed_in!(s);
    let id = uuid::Uuid::parse_str(s.get(fields::KEY).trim()).ok();
    let revoked = match id {
        Some(id) => match keys::revoke(&state, &c.user, id, &s.client()).await {
            Ok(done) => done,
            Err(e) => return super::forms::internal(&state, &e),
        },
        None => false,
    };
    // Unknown, another's and already revoked keys get one answer.
    let notice = if revoked {
        "key-revoked"
    } else {
        "key-unchanged"
    };
    see_other(&with_notice(routes::SETTINGS_API, notice))
}
