//! Security headers on every response, with a per-response CSP nonce for Leptos' inline scripts.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;

use crate::http::WebState;

/// The nonce of the current response, placed in the request's extensions for the renderer.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

/// Adds the security headers; HTML renders pick up the nonce from the request extensions.
pub async fn headers(State(state): State<WebState>, mut req: Request, next: Next) -> Response {
    // A share page rendered to be kept allows the shell's scripts by hash, not by a nonce.
    let kept = req
        .extensions()
        .get::<super::kept_pages::RenderForCache>()
        .is_some();
    let nonce = (!kept).then(|| {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        URL_SAFE_NO_PAD.encode(bytes)
    });
    if let Some(nonce) = &nonce {
        req.extensions_mut().insert(CspNonce(nonce.clone()));
    }
    let https = state.config.public_url.scheme() == "https";
    // Cloudflare's Turnstile widget: its script and frame, on the trial page only.
    let challenge = (req.uri().path() == obscura_shared::routes::TRY
        && state.config.trial.enabled()
        && state.config.trial.turnstile.is_some())
    .then_some(TURNSTILE_ORIGIN);

    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if let Some(nonce) = &nonce
        && let Ok(csp) = HeaderValue::from_str(&content_security_policy(
            Some(nonce),
            https,
            &form_targets(&state.config),
            challenge,
        ))
    {
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    // Otherwise a share page rendered to be kept: `share_page` sets the policy from the hashes
    // of the scripts the page turned out to contain.
    // Pages whose URL carries a token (emailed links) set a stricter referrer policy themselves.
    let own_referrer = h.get(header::REFERRER_POLICY).cloned();
    for (name, value) in fixed_headers(https) {
        h.insert(name.clone(), value.clone());
    }
    if let Some(referrer) = own_referrer {
        h.insert(header::REFERRER_POLICY, referrer);
    }
    // Pages are rendered per request (and carry this response's nonce): browsers revalidate
    // them and shared caches never keep them, unless a handler chose otherwise.
    let html = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    res
}

/// The headers every response carries, whatever it is (made once per scheme).
fn fixed_headers(https: bool) -> &'static HeaderMap {
    static PLAIN: std::sync::LazyLock<HeaderMap> = std::sync::LazyLock::new(|| make_fixed(false));
    static TLS: std::sync::LazyLock<HeaderMap> = std::sync::LazyLock::new(|| make_fixed(true));
    if https { &TLS } else { &PLAIN }
}

fn make_fixed(https: bool) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        ),
    );
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    h
}

/// The headers of a static file answered from memory: the fixed ones and the site's policy
/// without a nonce (a file runs no inline script), computed once.
#[must_use]
pub fn static_headers(config: &crate::config::Config) -> HeaderMap {
    let https = config.public_url.scheme() == "https";
    let mut h = fixed_headers(https).clone();
    if let Ok(csp) = HeaderValue::from_str(&content_security_policy(
        None,
        https,
        &form_targets(config),
        None,
    )) {
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    h
}

/// Where our forms' answers may redirect the browser, besides this origin: the Google sign-in
/// provider, and Stripe's Checkout and customer portal (a test peer serves those pages on its
/// API's origin).
pub fn form_targets(config: &crate::config::Config) -> Vec<String> {
    let origin = |u: &str| {
        url::Url::parse(u)
            .ok()
            .map(|u| u.origin().ascii_serialization())
    };
    let mut out: Vec<String> = config
        .google
        .as_ref()
        .and_then(|g| origin(&g.issuer_url))
        .into_iter()
        .collect();
    if let Some(stripe) = &config.billing.stripe {
        if stripe.api_base.host_str() == Some("api.stripe.com") {
            out.push("https://checkout.stripe.com".to_owned());
            out.push("https://billing.stripe.com".to_owned());
        } else {
            out.extend(origin(stripe.api_base.as_str()));
        }
    }
    // Connecting a social platform sends the browser to its authorization page.
    let social = &config.social;
    for app in [&social.x, &social.linkedin, &social.meta, &social.pinterest]
        .into_iter()
        .flatten()
    {
        if let Some(o) = origin(app.auth_base.as_str())
            && !out.contains(&o)
        {
            out.push(o);
        }
    }
    out
}

/// Where Cloudflare Turnstile's widget script and frame come from.
pub const TURNSTILE_ORIGIN: &str = "https://challenges.cloudflare.com";

/// The policy: only our own origin, inline scripts only with this response's nonce, wasm allowed
/// to compile, no plugins, no `<base>`, no framing; forms may lead to `form_targets` too.
#[must_use]
pub fn content_security_policy(
    nonce: Option<&str>,
    https: bool,
    form_targets: &[String],
    challenge: Option<&str>,
) -> String {
    let nonce = nonce.map_or_else(String::new, |n| format!("'nonce-{n}'"));
    content_security_policy_with(&nonce, https, form_targets, challenge)
}

/// The policy with `scripts` (nonce or hash sources, space-separated; may be empty) as the inline
/// scripts allowed.
#[must_use]
pub fn content_security_policy_with(
    scripts: &str,
    https: bool,
    form_targets: &[String],
    challenge: Option<&str>,
) -> String {
    let nonce = if scripts.is_empty() {
        String::new()
    } else {
        format!(" {scripts}")
    };
    let form_action = std::iter::once("'self'")
        .chain(form_targets.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    // A third-party challenge (the trial's Turnstile) adds its script and frame, nothing else.
    let (script_extra, frame) = challenge.map_or_else(
        || (String::new(), String::new()),
        |origin| (format!(" {origin}"), format!("; frame-src {origin}")),
    );
    let mut csp = format!(
        "default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'{script_extra}; style-src 'self'; \
         img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action {form_action}; \
         manifest-src 'self'; worker-src 'self'{frame}"
    );
    if https {
        csp.push_str("; upgrade-insecure-requests");
    }
    csp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_carries_the_nonce_and_the_required_directives() {
        let csp = content_security_policy(Some("abc"), false, &[], None);
        assert!(!csp.contains("challenges.cloudflare.com"));
        let with = content_security_policy(Some("abc"), false, &[], Some(TURNSTILE_ORIGIN));
        assert!(with.contains("'wasm-unsafe-eval' https://challenges.cloudflare.com;"));
        assert!(with.ends_with("; frame-src https://challenges.cloudflare.com"));
        assert!(csp.contains("form-action 'self';"));
        assert!(
            content_security_policy(
                Some("abc"),
                false,
                &["https://accounts.google.com".to_owned()],
                None
            )
            .contains("form-action 'self' https://accounts.google.com;")
        );
        for d in [
            "'nonce-abc'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(d), "{d} missing from {csp}");
        }
        assert!(!csp.contains("unsafe-inline"));
        assert!(
            content_security_policy(Some("abc"), true, &[], None)
                .ends_with("upgrade-insecure-requests")
        );
    }
}
