//! Per request: who the client is (device, address after trusted proxies) and, from the
//! session cookie, who is signed in. Account pages send anonymous visitors to sign in.

use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use cookie::{Cookie, SameSite};
use obscura_app::account::Viewer;
use obscura_shared::{
    account::{Language, Role, fields},
    routes,
    storage::{OAUTH_COOKIE, SESSION_COOKIE, SIGNUP_COOKIE},
};

use crate::{
    accounts::{self, Client},
    db::entities::{session, user},
    http::WebState,
};

pub use crate::accounts::sessions::Current;

/// Whether cookies get `Secure` and the `__Host-` prefix.
#[must_use]
pub fn https(state: &WebState) -> bool {
    state.config.public_url.scheme() == "https"
}

/// The session cookie's name on this deployment.
#[must_use]
pub fn session_cookie_name(state: &WebState) -> String {
    if https(state) {
        format!("__Host-{SESSION_COOKIE}")
    } else {
        SESSION_COOKIE.to_owned()
    }
}

/// The Google-flow cookie's name on this deployment.
#[must_use]
pub fn oauth_cookie_name(state: &WebState) -> String {
    if https(state) {
        format!("__Host-{OAUTH_COOKIE}")
    } else {
        OAUTH_COOKIE.to_owned()
    }
}

/// The sign-up browser-binding cookie's name on this deployment.
#[must_use]
pub fn signup_cookie_name(state: &WebState) -> String {
    if https(state) {
        format!("__Host-{SIGNUP_COOKIE}")
    } else {
        SIGNUP_COOKIE.to_owned()
    }
}

/// The trial cookie's name on this deployment.
#[must_use]
pub fn trial_cookie_name(state: &WebState) -> String {
    if https(state) {
        format!("__Host-{}", obscura_shared::storage::TRIAL_COOKIE)
    } else {
        obscura_shared::storage::TRIAL_COOKIE.to_owned()
    }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/, Secure on https, no Domain.
#[must_use]
pub fn set_cookie(
    state: &WebState,
    name: String,
    value: String,
    max_age: Option<cookie::time::Duration>,
) -> HeaderValue {
    let mut c = Cookie::build((name, value))
        .http_only(true)
        .secure(https(state))
        .same_site(SameSite::Lax)
        .path("/");
    if let Some(age) = max_age {
        c = c.max_age(age);
    }
    HeaderValue::from_str(&c.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `Set-Cookie` value that removes the cookie.
#[must_use]
pub fn clear_cookie(state: &WebState, name: String) -> HeaderValue {
    set_cookie(
        state,
        name,
        String::new(),
        Some(cookie::time::Duration::ZERO),
    )
}

/// The session cookie for a new session (kept for the absolute lifetime; the server enforces
/// the idle limit).
#[must_use]
pub fn session_cookie(state: &WebState, token: &str) -> HeaderValue {
    let secs = state.config.session_absolute.num_seconds();
    set_cookie(
        state,
        session_cookie_name(state),
        token.to_owned(),
        Some(cookie::time::Duration::seconds(secs)),
    )
}

/// Every `X-Forwarded-For` line, in order, as one comma-separated list: a proxy may add its own
/// line instead of extending the first, and reading only the first would believe whatever the
/// client wrote there. A line that is not visible ASCII stays in the list as a malformed entry, so
/// nothing to its left is believed. `None` without the header.
#[must_use]
pub fn forwarded_for(headers: &axum::http::HeaderMap) -> Option<String> {
    let lines: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .map(|v| v.to_str().unwrap_or("(malformed)"))
        .collect();
    (!lines.is_empty()).then(|| lines.join(","))
}

/// The value of the named cookie in a request.
#[must_use]
pub fn cookie_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v.to_owned()).filter_map(Result::ok))
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// What pages see of an account.
#[must_use]
pub fn viewer_of(user: &user::Model, session: &session::Model, credits: i64) -> Viewer {
    Viewer {
        id: user.id.into(),
        session_id: session.id.into(),
        name: user.name.clone(),
        email: user.email.clone(),
        verified: user.email_verified_at.is_some(),
        company: user.company.clone(),
        language: Language::from_code(&user.language).unwrap_or_default(),
        role: Role::from_code(&user.role),
        has_password: user.password_hash.is_some(),
        google_linked: user.google_sub.is_some(),
        has_avatar: user.avatar_key.is_some(),
        credits,
        policy_notice: None,
    }
}

/// A signed-in request carrying the trial cookie moves that browser's trial images into the
/// account (signing up or in within their 24 hours keeps them). Returns whether the cookie has
/// done its work and can be removed (no image still being made).
async fn adopt_trial(state: &WebState, cookie: Option<String>, user: Option<uuid::Uuid>) -> bool {
    let (Some(cookie), Some(user)) = (cookie, user) else {
        return false;
    };
    match crate::trial::adopt(state, user, &cookie).await {
        Ok(adopted) => adopted.waiting == 0,
        Err(e) => {
            tracing::warn!(
                error = format!("{e:#}"),
                "could not move trial images into an account"
            );
            false
        }
    }
}

/// The answer when sessions cannot be read: 503, in the language the request asks for (no
/// account is known yet).
fn unavailable(state: &WebState, req: &Request) -> Response {
    let lang = super::lang::of_request(state, req.uri(), req.headers(), None);
    (
        StatusCode::SERVICE_UNAVAILABLE,
        obscura_shared::i18n::Message::new("error-service-unavailable").render(lang),
    )
        .into_response()
}

/// Resolves the client and the session of every request.
pub async fn resolve(State(state): State<WebState>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded = forwarded_for(req.headers());
    let ip = accounts::client::client_ip(peer, forwarded.as_deref(), &state.config.trusted_proxies);
    let ua = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok());
    let client = Client::new(ua, ip);
    req.extensions_mut().insert(client);

    let token = cookie_value(req.headers(), &session_cookie_name(&state));
    let mut had_stale_cookie = false;
    if let Some(token) = token {
        match accounts::sessions::resolve(&state, &token).await {
            Ok(Some((session, user))) => {
                let credits = crate::credits::balance(&state.db, user.id)
                    .await
                    .unwrap_or_default();
                let mut viewer = viewer_of(&user, &session, credits);
                viewer.policy_notice = crate::privacy::policy::notice_for(&state, &user)
                    .await
                    .unwrap_or_else(|e| {
                        tracing::warn!(error = format!("{e:#}"), "could not read policy notices");
                        None
                    });
                req.extensions_mut().insert(viewer);
                req.extensions_mut().insert(Current { user, session });
            }
            Ok(None) => had_stale_cookie = true,
            Err(e) => {
                tracing::error!(error = format!("{e:#}"), "could not resolve a session");
                return unavailable(&state, &req);
            }
        }
    }
    let signed_in = req.extensions().get::<Current>().is_some();
    let path = req.uri().path().to_owned();
    let needs_account =
        routes::ACCOUNT_PAGES.contains(&path.as_str()) && req.method() == axum::http::Method::GET;
    if needs_account && !signed_in {
        super::guard::deny(&state, &req, None, "sign_in_needed");
        let notice = if had_stale_cookie {
            "session-ended"
        } else {
            "sign-in-needed"
        };
        let target = format!(
            "{}?{}",
            routes::LOGIN,
            serde_urlencoded::to_string([(fields::NEXT, path.as_str()), ("notice", notice)])
                .unwrap_or_default()
        );
        let mut res = Redirect::to(&target).into_response();
        if had_stale_cookie {
            res.headers_mut().append(
                header::SET_COOKIE,
                clear_cookie(&state, session_cookie_name(&state)),
            );
        }
        return res;
    }
    // Admin pages: sign in first; for anyone but an admin they do not exist.
    if path.starts_with(routes::ADMIN_PREFIX) {
        let role = req
            .extensions()
            .get::<Current>()
            .map(|c| c.user.role.clone());
        match role.as_deref() {
            None => {
                super::guard::deny(&state, &req, None, "sign_in_needed");
                let target = format!(
                    "{}?{}",
                    routes::LOGIN,
                    serde_urlencoded::to_string([
                        (fields::NEXT, path.as_str()),
                        ("notice", "sign-in-needed")
                    ])
                    .unwrap_or_default()
                );
                return Redirect::to(&target).into_response();
            }
            Some(r) if r != Role::Admin.code() => {
                let account = req.extensions().get::<Current>().map(|c| c.user.id);
                super::guard::deny(&state, &req, account, "not_admin");
                let (parts, _) = req.into_parts();
                let mut res =
                    super::render::page(&state, parts, "/_not-found", StatusCode::NOT_FOUND).await;
                res.headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                return res;
            }
            Some(_) if state.config.admin_require_mfa => {
                let id = req.extensions().get::<Current>().map(|c| c.user.id);
                match accounts::mfa::refuses_admin(&state, id).await {
                    Ok(false) => {}
                    Ok(true) => {
                        let (parts, _) = req.into_parts();
                        let mut res = super::render::page(
                            &state,
                            parts,
                            routes::TWO_STEP_REQUIRED,
                            StatusCode::FORBIDDEN,
                        )
                        .await;
                        res.headers_mut()
                            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                        return res;
                    }
                    Err(e) => {
                        tracing::error!(
                            error = format!("{e:#}"),
                            "could not check two-step verification"
                        );
                        return unavailable(&state, &req);
                    }
                }
            }
            Some(_) => {}
        }
    }
    let clear_trial = if signed_in {
        let cookie = cookie_value(req.headers(), &trial_cookie_name(&state));
        let user = req.extensions().get::<Current>().map(|c| c.user.id);
        adopt_trial(&state, cookie, user).await
    } else {
        false
    };
    let mut res = next.run(req).await;
    if clear_trial {
        res.headers_mut().append(
            header::SET_COOKIE,
            clear_cookie(&state, trial_cookie_name(&state)),
        );
    }
    if signed_in {
        // Pages of a signed-in person are never stored by browsers or proxies.
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else if had_stale_cookie && !res.headers().contains_key(header::SET_COOKIE) {
        res.headers_mut().append(
            header::SET_COOKIE,
            clear_cookie(&state, session_cookie_name(&state)),
        );
    }
    res
}

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod tests {
    use std::net::IpAddr;

    use super::forwarded_for;
    use crate::accounts::client::client_ip;

    #[test]
    fn every_forwarded_for_line_is_read_as_one_list() {
        use axum::http::{HeaderMap, HeaderValue};
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let trusted = vec!["10.0.0.0/8".parse().unwrap()];
        let mut headers = HeaderMap::new();
        assert_eq!(forwarded_for(&headers), None);
        // The client forged the first line; the proxy appended the real address as a second.
        headers.append("x-forwarded-for", HeaderValue::from_static("1.2.3.4"));
        headers.append(
            "x-forwarded-for",
            HeaderValue::from_static("203.0.113.9, 10.0.0.2"),
        );
        let joined = forwarded_for(&headers).unwrap();
        assert_eq!(joined, "1.2.3.4,203.0.113.9, 10.0.0.2");
        assert_eq!(
            client_ip(Some(proxy), Some(&joined), &trusted),
            Some("203.0.113.9".parse().unwrap())
        );
        // A line that is not text is a malformed entry: nothing to its left is believed.
        let mut odd = HeaderMap::new();
        odd.append("x-forwarded-for", HeaderValue::from_static("1.2.3.4"));
        odd.append("x-forwarded-for", HeaderValue::from_bytes(b"\xff").unwrap());
        let joined = forwarded_for(&odd).unwrap();
        assert_eq!(client_ip(Some(proxy), Some(&joined), &trusted), Some(proxy));
    }
}
