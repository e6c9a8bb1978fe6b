//! Security headers on every route, and the CSP nonce matching the page's inline scripts.

use crate::helpers::spawn_app;

fn csp_nonce(csp: &str) -> Option<String> {
    csp.split(['\'', ' '])
        .find_map(|t| t.strip_prefix("nonce-"))
        .map(str::to_owned)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let routes = crate::helpers::all_routes();
    assert!(routes.len() >= 10);
    for path in &routes {
        let res = app.get(path).await;
        let h = res.headers();
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
            assert!(csp_nonce(csp).is_some(), "{path}: HTML without a CSP nonce");
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
        let res = app.get("/").await;
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
