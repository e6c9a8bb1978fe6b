//! Security headers on every route, and the CSP nonce (or, on public pages kept as bytes, the
//! hashes) matching the page's inline scripts.

use crate::helpers::spawn_app;

fn csp_nonce(csp: &str) -> Option<String> {
    csp.split(['\'', ' '])
        .find_map(|t| t.strip_prefix("nonce-"))
        .map(str::to_owned)
}

/// Whether every inline script of `body` may run under `csp`: it carries the policy's nonce, or
/// the policy lists its SHA-256 (public pages kept as bytes), as a browser checks.
pub fn inline_scripts_allowed(csp: &str, body: &str) -> Result<(), String> {
    use sha2::Digest as _;
    let nonce = csp_nonce(csp);
    for rest in body.split("<script").skip(1) {
        let Some((attrs, rest)) = rest.split_once('>') else {
            continue;
        };
        if attrs.contains("src=") {
            continue;
        }
        let text = rest.split_once("</script>").map_or(rest, |(t, _)| t);
        let by_nonce = nonce
            .as_ref()
            .is_some_and(|n| attrs.contains(&format!("nonce=\"{n}\"")));
        let hash = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            sha2::Sha256::digest(text.as_bytes()),
        );
        if !by_nonce && !csp.contains(&format!("'sha256-{hash}'")) {
            return Err(format!(
                "script {text:?} is allowed by neither nonce nor hash in {csp}"
            ));
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let routes = crate::helpers::all_routes();
    assert!(routes.len() >= 10);
    for path in &routes {
        let res = app.get(path).await;
        let h = res.headers().clone();
        let body = res.text().await.unwrap();
        let csp = h
            .get("content-security-policy")
            .unwrap_or_else(|| panic!("{path}: no CSP"))
            .to_str()
            .unwrap();
        for d in [
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(d), "{path}: CSP lacks {d}");
        }
        assert!(!csp.contains("'unsafe-inline'"), "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            h["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
        assert!(
            h["permissions-policy"]
                .to_str()
                .unwrap()
                .contains("camera=()"),
            "{path}"
        );
        assert!(
            h.get("strict-transport-security").is_none(),
            "{path}: HSTS over plain http"
        );
        assert!(h.get("x-request-id").is_some(), "{path}: no request id");
        let html = h
            .get("content-type")
            .is_some_and(|c| c.to_str().unwrap().starts_with("text/html"));
        if html {
            assert!(
                body.contains("<script"),
                "{path}: the shell's scripts are missing"
            );
            if let Err(e) = inline_scripts_allowed(csp, &body) {
                panic!("{path}: {e}");
            }
            let cache = h["cache-control"].to_str().unwrap();
            assert!(
                cache.contains("private") || cache.contains("no-store"),
                "{path}: {cache}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_scripts_carry_this_responses_nonce_and_nonces_differ() {
    let app = spawn_app().await;
    let mut seen = Vec::new();
    for _ in 0..2 {
        // A page rendered for each request (public pages kept as bytes use hashes instead).
        let res = app.get("/login").await;
        let nonce = csp_nonce(res.headers()["content-security-policy"].to_str().unwrap()).unwrap();
        assert!(nonce.len() >= 22, "nonce has at least 128 bits");
        let body = res.text().await.unwrap();
        let doc = scraper::Html::parse_document(&body);
        let scripts = scraper::Selector::parse("script").unwrap();
        let mut count = 0;
        for s in doc.select(&scripts) {
            count += 1;
            assert_eq!(
                s.value().attr("nonce"),
                Some(nonce.as_str()),
                "a script without this response's nonce"
            );
        }
        assert!(count >= 2, "theme boot script and module loader");
        seen.push(nonce);
    }
    assert_ne!(seen[0], seen[1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_deployments_get_hsts_and_upgrade_insecure_requests() {
    let app = crate::helpers::spawn_production_app().await;
    for path in crate::helpers::all_routes() {
        let res = app.get(&path).await;
        let hsts = res.headers()["strict-transport-security"].to_str().unwrap();
        assert!(
            hsts.contains("max-age=63072000; includeSubDomains"),
            "{path}"
        );
        assert!(
            res.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("upgrade-insecure-requests")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_ids_are_unique_and_a_given_one_is_echoed() {
    let app = spawn_app().await;
    let a = app.get("/healthz").await.headers()["x-request-id"].clone();
    let b = app.get("/healthz").await.headers()["x-request-id"].clone();
    assert_ne!(a, b);
    let res = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "trace-123")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["x-request-id"], "trace-123");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_are_kept_as_bytes_for_visitors_without_cookies() {
    let app = spawn_app().await;
    for path in ["/", "/privacy", "/terms", "/pricing"] {
        let first = app.get(path).await;
        assert_eq!(first.status(), 200, "{path}");
        let etag = first.headers()["etag"].clone();
        let csp = first.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(!csp.contains("nonce-"), "{path}: {csp}");
        let body = first.text().await.unwrap();
        inline_scripts_allowed(&csp, &body).unwrap();
        // The same bytes again, and a revalidation answered without them.
        assert_eq!(app.get(path).await.text().await.unwrap(), body, "{path}");
        let again = app
            .client
            .get(app.url(path))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert!(again.headers().get("set-cookie").is_none());
        // A visitor with a cookie, or who sends a privacy signal, gets the page made for them.
        for (name, value) in [("cookie", "x=1"), ("sec-gpc", "1"), ("dnt", "1")] {
            let own = app
                .client
                .get(app.url(path))
                .header(name, value)
                .send()
                .await
                .unwrap();
            let csp = own.headers()["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("'nonce-"), "{path} with {name}: {csp}");
        }
    }
}
