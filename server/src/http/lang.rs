//! The interface language of each request, and the footer's language switch.
//!
//! Chosen in order by the page's URL (`?lang=`), the signed-in account's setting, the switch's cookie
//! ([`obscura_shared::i18n::COOKIE`]), `Accept-Language`, and English
//! ([`obscura_shared::i18n`]). The choice rides in the request's extensions to the pages, and
//! responses say they vary by `Accept-Language`.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Uri, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_shared::{
    account::Language,
    consent::safe_back,
    i18n::{self, COOKIE, FIELD},
    routes,
    storage::Declaration,
};

use super::{
    forms::{internal, see_other, submitted},
    session::{Current, cookie_value, set_cookie},
};
use crate::http::WebState;

/// How long the switch's choice is remembered.
const MAX_AGE_DAYS: i64 = 365;

/// The switch's route.
pub fn table() -> Vec<(&'static str, MethodRouter<WebState>)> {
    vec![(routes::LANGUAGE, post(switch))]
}

/// The cookie's name on this site (`__Host-` over https).
fn cookie_name(state: &WebState) -> String {
    Declaration::named(COOKIE).map_or_else(
        || COOKIE.to_owned(),
        |d| d.name_on(super::session::https(state)),
    )
}

/// The language of a request: the one its URL asks for (`?lang=`, what `hreflang` links to;
/// the pseudo-locale too, on a development server), else the account's, else the cookie's,
/// else `Accept-Language`'s.
#[must_use]
pub fn of_request(
    state: &WebState,
    uri: &Uri,
    headers: &HeaderMap,
    current: Option<&Current>,
) -> Language {
    uri.query()
        .and_then(|q| i18n::from_query(q, !state.config.is_production()))
        .or_else(|| current.and_then(|c| Language::from_code(&c.user.language)))
        .or_else(|| {
            cookie_value(headers, &cookie_name(state)).and_then(|v| Language::from_code(&v))
        })
        .or_else(|| from_headers(headers))
        .unwrap_or_default()
}

/// The language `Accept-Language` asks for, if any spoken here.
#[must_use]
pub fn from_headers(headers: &HeaderMap) -> Option<Language> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(i18n::from_accept_language)
}

/// The middleware (inside the session's): puts the request's [`Language`] in its extensions.
pub async fn resolve(State(state): State<WebState>, mut req: Request, next: Next) -> Response {
    let lang = of_request(
        &state,
        req.uri(),
        req.headers(),
        req.extensions().get::<Current>(),
    );
    req.extensions_mut().insert(lang);
    let mut res = next.run(req).await;
    vary_by_language(res.headers_mut());
    res
}

/// Adds `Accept-Language` to a response's `Vary`.
pub fn vary_by_language(headers: &mut HeaderMap) {
    let already = headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| {
            v.split(',')
                .any(|t| t.trim().eq_ignore_ascii_case("accept-language") || t.trim() == "*")
        });
    if !already {
        headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
}

/// `POST /language`: remembers the choice in the cookie and, for a signed-in person, in the
/// account; then back to the page the switch was on.
async fn switch(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let back = match s.get(obscura_shared::consent::fields::BACK) {
        b if !b.is_empty() => safe_back(&b).to_owned(),
        _ => super::consent::referring_page(&state, &s.parts.headers),
    };
    let Some(lang) = Language::from_code(&s.get(FIELD)) else {
        return (
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            obscura_shared::t!(
                s.parts
                    .extensions
                    .get::<Language>()
                    .copied()
                    .unwrap_or_default(),
                "footer-language-unknown"
            ),
        )
            .into_response();
    };
    if let Some(current) = s.current()
        && current.user.language != lang.code()
        && let Err(e) =
            crate::accounts::profile::set_language(&state, current.user.id, lang, &s.client()).await
    {
        return internal(&state, s.language(), &e);
    }
    let mut res = see_other(&back);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            &state,
            cookie_name(&state),
            lang.code().to_owned(),
            Some(cookie::time::Duration::days(MAX_AGE_DAYS)),
        ),
    );
    res
}
