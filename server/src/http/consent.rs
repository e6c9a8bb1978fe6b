//! Cookie consent over HTTP: every request's consent view (for the banner), counting a page view
//! when the visitor allowed it, and `POST /consent`, which records a choice and sets the
//! `cookie-consent` cookie.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use chrono::{DateTime, Utc};
use obscura_shared::{
    consent::{Action, COOKIE, ConsentView, MAX_AGE_DAYS, Signal, Stored, fields, safe_back},
    routes,
};

use super::{
    forms::{internal, see_other, submitted, with_notice},
    session::{Current, cookie_value, set_cookie},
};
use crate::{http::WebState, privacy::consent};

/// The consent form's route.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![(routes::CONSENT, post(choose))]
}

/// The do-not-track signal a request carries, if any.
#[must_use]
pub fn signal_of(headers: &HeaderMap) -> Option<Signal> {
    let on = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() == "1")
    };
    if on("sec-gpc") {
        Some(Signal::GlobalPrivacyControl)
    } else if on("dnt") {
        Some(Signal::DoNotTrack)
    } else {
        None
    }
}

/// What the page of a request knows about consent: its cookie and its signals.
#[must_use]
pub fn view_of(headers: &HeaderMap, now: DateTime<Utc>, path: &str) -> ConsentView {
    let stored = cookie_value(headers, COOKIE).and_then(|v| Stored::parse(&v));
    consent::view(stored, signal_of(headers), now, path)
}

/// Puts the request's [`ConsentView`] in its extensions and, after the response, counts a
/// page view if the visitor said yes and sent no signal against it.
pub async fn resolve(State(state): State<WebState>, mut req: Request, next: Next) -> Response {
    let view = view_of(req.headers(), state.clock.now(), req.uri().path());
    // Only page requests can be page views: assets, files and server calls are not looked at.
    let path = req.uri().path();
    let maybe_page = req.method() == Method::GET
        && ![
            routes::PKG,
            routes::FILES,
            routes::SERVER_FN_PREFIX,
            routes::EXPORTS,
        ]
        .iter()
        .any(|prefix| path.starts_with(prefix));
    let page_view = (maybe_page && view.analytics_allowed())
        .then(|| {
            let headers = req.headers();
            let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
            let seen = crate::analytics::Seen {
                user_agent: text(header::USER_AGENT.as_str()).unwrap_or_default(),
                referrer: text(header::REFERER.as_str()),
                country: state
                    .config
                    .privacy
                    .analytics_country_header
                    .as_ref()
                    .and_then(|name| text(name.as_str())),
            };
            crate::analytics::Visit::of(
                req.uri().path(),
                &seen,
                &state.config,
                req.extensions().get::<Current>().map(|c| c.user.id),
            )
        })
        .flatten();
    req.extensions_mut().insert(view);
    let res = next.run(req).await;
    if let Some(visit) = page_view {
        let html = res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        if res.status().is_success() && html {
            crate::analytics::count(&state, visit).await;
        }
    }
    res
}

async fn choose(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    // Each choice is a row of proof: a client may record only so many.
    let ip = s
        .parts
        .extensions
        .get::<crate::accounts::Client>()
        .and_then(|c| c.ip);
    if let Err(wait) = state.guards.check(super::guard::Write::Consent, ip).await {
        return super::guard::too_many(wait, s.language());
    }
    let back = match s.get(fields::BACK) {
        b if !b.is_empty() => safe_back(&b).to_owned(),
        _ => referring_page(&state, &s.parts.headers),
    };
    let Some(action) = Action::from_code(&s.get(fields::CHOICE)) else {
        return see_other(&with_notice(routes::COOKIES, "consent-unknown"));
    };
    let analytics = match action {
        Action::AcceptAll => true,
        Action::RejectAll | Action::Withdraw => false,
        Action::Custom => s.get(fields::ANALYTICS) == "1",
    };
    let previous = cookie_value(&s.parts.headers, COOKIE).and_then(|v| Stored::parse(&v));
    let signal = signal_of(&s.parts.headers);
    let user = s.current().map(|c| c.user.id);
    let stored =
        match consent::record(&state, previous.as_ref(), action, analytics, signal, user).await {
            Ok(stored) => stored,
            Err(e) => return internal(&state, s.language(), &e),
        };
    let to = if back.split('?').next() == Some(routes::COOKIES) {
        with_notice(routes::COOKIES, "consent-saved")
    } else {
        back
    };
    let mut res = see_other(&to);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            &state,
            COOKIE.to_owned(),
            stored.to_cookie_value(),
            Some(cookie::time::Duration::days(MAX_AGE_DAYS)),
        ),
    );
    res.into_response()
}

/// The page the banner was on: the same-origin `Referer`'s path and query, else the home page.
pub(super) fn referring_page(state: &WebState, headers: &axum::http::HeaderMap) -> String {
    let own = crate::config::origin(&state.config.public_url);
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| url::Url::parse(r).ok())
        .filter(|u| u.origin().ascii_serialization() == own || same_host(u, headers))
        .map(|u| {
            let mut p = u.path().to_owned();
            if let Some(q) = u.query() {
                p.push('?');
                p.push_str(q);
            }
            safe_back(&p).to_owned()
        })
        .unwrap_or_else(|| routes::HOME.to_owned())
}

/// Whether a URL points at the host this request was sent to (development servers reached by
/// another name than the configured public URL).
fn same_host(u: &url::Url, headers: &axum::http::HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let authority = match u.port() {
        Some(p) => format!("{}:{p}", u.host_str().unwrap_or_default()),
        None => u.host_str().unwrap_or_default().to_owned(),
    };
    host == Some(authority.as_str())
}

/// The consent view a handler's request carries (for re-rendered pages).
#[must_use]
pub fn of(req: &axum::http::request::Parts) -> ConsentView {
    req.extensions
        .get::<ConsentView>()
        .cloned()
        .unwrap_or_default()
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use chrono::Duration;
    use obscura_shared::{
        consent::{ASK_AGAIN_DAYS, AskReason},
        storage,
    };

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn first_visit_stale_revision_and_old_choice_are_asked() {
        let now = Utc::now();
        assert_eq!(
            view_of(&headers(&[]), now, "/").ask,
            Some(AskReason::FirstVisit)
        );
        let cookie = |rev: &str, at: i64| {
            format!("{COOKIE}=1.{rev}.1.{at}.0123456789abcdef0123456789abcdef; other=x")
        };
        let rev = storage::revision();
        let fresh = view_of(
            &headers(&[("cookie", &cookie(&rev, now.timestamp()))]),
            now,
            "/",
        );
        assert_eq!(fresh.ask, None);
        assert!(fresh.analytics_allowed());
        let stale = view_of(
            &headers(&[("cookie", &cookie("00000000", now.timestamp()))]),
            now,
            "/",
        );
        assert_eq!(stale.ask, Some(AskReason::PolicyChanged));
        assert!(!stale.analytics_allowed());
        let old = now - Duration::days(ASK_AGAIN_DAYS + 1);
        let renew = view_of(
            &headers(&[("cookie", &cookie(&rev, old.timestamp()))]),
            now,
            "/",
        );
        assert_eq!(renew.ask, Some(AskReason::Renew));
    }

    #[test]
    fn gpc_and_dnt_are_read_as_refusals() {
        // promise: P-CKE-4
        assert_eq!(
            signal_of(&headers(&[("sec-gpc", "1")])),
            Some(Signal::GlobalPrivacyControl)
        );
        assert_eq!(
            signal_of(&headers(&[("dnt", "1")])),
            Some(Signal::DoNotTrack)
        );
        assert_eq!(signal_of(&headers(&[("dnt", "0")])), None);
    }
}
