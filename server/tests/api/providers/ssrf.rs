//! Result URLs that point inward are never fetched: an OpenAI-compatible double answers with the
//! URL the prompt names, and serves redirects (`/hop?to=…`), a redirect loop, a redirect without
//! a location, an oversized file and a real PNG on its own (operator-configured) origin.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    Json, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode, Uri, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use obscura_server::generation::providers::{
    Provider as _, ProviderError,
    download::{Downloads, Refusal},
    openai::{OpenAi, Settings},
};
use secrecy::SecretString;
use serde_json::{Value, json};

use super::{assert_pngs, fast_retry, task};
use crate::fakes::{serve, tiny_png};

#[derive(Clone, Default)]
struct Double {
    /// Every path requested, with whether it carried our key.
    seen: Arc<Mutex<Vec<(String, bool)>>>,
}

impl Double {
    fn record(&self, uri: &Uri, headers: &HeaderMap) {
        let authed = headers.contains_key(header::AUTHORIZATION);
        self.seen
            .lock()
            .unwrap()
            .push((uri.path().to_owned(), authed));
    }

    fn paths(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .map(|(p, _)| p.clone())
            .collect()
    }
}

async fn generations(
    State(d): State<Double>,
    uri: Uri,
    h: HeaderMap,
    Json(body): Json<Value>,
) -> Json<Value> {
    d.record(&uri, &h);
    Json(json!({"created": 1, "data": [{"url": body["prompt"]}]}))
}

async fn hop(
    State(d): State<Double>,
    uri: Uri,
    h: HeaderMap,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    d.record(&uri, &h);
    match q.get("to") {
        Some(to) => (StatusCode::FOUND, [(header::LOCATION, to.clone())]).into_response(),
        None => StatusCode::FOUND.into_response(),
    }
}

async fn looping(State(d): State<Double>, uri: Uri, h: HeaderMap) -> Response {
    d.record(&uri, &h);
    (
        StatusCode::TEMPORARY_REDIRECT,
        [(header::LOCATION, "/loop")],
    )
        .into_response()
}

async fn big(State(d): State<Double>, uri: Uri, h: HeaderMap) -> Response {
    d.record(&uri, &h);
    vec![0u8; 3 * 1024 * 1024].into_response()
}

/// 2.5 MiB in chunks, without a `Content-Length`: the cap must hold while it streams.
async fn streamed(State(d): State<Double>, uri: Uri, h: HeaderMap) -> Response {
    d.record(&uri, &h);
    let chunks = (0..40).map(|_| Ok::<_, std::io::Error>(bytes::Bytes::from(vec![0u8; 64 * 1024])));
    axum::body::Body::from_stream(futures::stream::iter(chunks)).into_response()
}

async fn file(State(d): State<Double>, uri: Uri, h: HeaderMap) -> Response {
    d.record(&uri, &h);
    ([(header::CONTENT_TYPE, "image/png")], tiny_png(16, 8)).into_response()
}

async fn spawn_double() -> (String, Double) {
    let d = Double::default();
    let router = Router::new()
        .route("/v1/images/generations", post(generations))
        .route("/hop", get(hop))
        .route("/loop", get(looping))
        .route("/big", get(big))
        .route("/stream", get(streamed))
        .route("/file.png", get(file))
        .with_state(d.clone());
    (serve(router).await, d)
}

fn adapter(base: &str) -> OpenAi {
    OpenAi::new(Settings {
        base_url: format!("{base}/v1").parse().unwrap(),
        api_key: SecretString::from("sk-ssrf-test"),
        timeout: Duration::from_secs(2),
        retry: fast_retry(),
        organization: None,
        project: None,
        downloads: Downloads {
            extra_origins: Vec::new(),
            max_bytes: 1024 * 1024,
        },
    })
    .unwrap()
}

fn via(base: &str, to: &str) -> String {
    let to: String = url::form_urlencoded::byte_serialize(to.as_bytes()).collect();
    format!("{base}/hop?to={to}")
}

async fn fetch(
    openai: &OpenAi,
    url: &str,
) -> Result<Vec<obscura_server::generation::providers::Output>, ProviderError> {
    let mut t = task("dall-e-2", url);
    t.count = 1;
    openai.generate(&t).await
}

#[tokio::test]
async fn result_urls_and_redirects_that_reach_inward_are_refused() {
    let (base, double) = spawn_double().await;
    let port = base.rsplit(':').next().unwrap().to_owned();
    let openai = adapter(&base);
    let cases: Vec<(String, Refusal)> = vec![
        // Straight to this machine, other than the configured origin.
        (
            format!("https://127.0.0.1:{port}/file.png"),
            Refusal::NonGlobalAddress,
        ),
        (
            format!("http://localhost:{port}/file.png"),
            Refusal::NotHttps,
        ),
        ("http://127.0.0.1:1/".into(), Refusal::NotHttps),
        (
            "https://169.254.169.254/latest/meta-data/".into(),
            Refusal::NonGlobalAddress,
        ),
        ("https://[::1]/x.png".into(), Refusal::NonGlobalAddress),
        ("https://localhost/x.png".into(), Refusal::HostNotAllowed),
        // Redirects from the configured origin to somewhere inward.
        (
            via(&base, "https://169.254.169.254/latest/meta-data/iam/"),
            Refusal::NonGlobalAddress,
        ),
        (via(&base, "https://127.0.0.1/"), Refusal::NonGlobalAddress),
        (via(&base, "https://2130706433/"), Refusal::NonGlobalAddress),
        (via(&base, "https://0x7f.1/"), Refusal::NonGlobalAddress),
        (via(&base, "https://[::1]/"), Refusal::NonGlobalAddress),
        (
            via(&base, "https://[::ffff:127.0.0.1]/"),
            Refusal::NonGlobalAddress,
        ),
        (via(&base, "https://10.0.0.1/"), Refusal::NonGlobalAddress),
        (
            via(&base, "https://192.168.0.1/"),
            Refusal::NonGlobalAddress,
        ),
        (
            via(&base, "https://[fd00:ec2::254]/"),
            Refusal::NonGlobalAddress,
        ),
        (via(&base, "https://0.0.0.0/"), Refusal::NonGlobalAddress),
        (via(&base, "https://localhost/"), Refusal::HostNotAllowed),
        (
            via(&base, "https://metadata.google.internal/"),
            Refusal::HostNotAllowed,
        ),
        (
            via(&base, &format!("http://localhost:{port}/file.png")),
            Refusal::NotHttps,
        ),
        (via(&base, "http://127.0.0.1:1/"), Refusal::NotHttps),
        (via(&base, "file:///etc/passwd"), Refusal::NotHttps),
        // Chains: a redirect to a redirect to the metadata address.
        (
            via(&base, &via(&base, "https://169.254.169.254/")),
            Refusal::NonGlobalAddress,
        ),
        (format!("{base}/loop"), Refusal::TooManyRedirects),
        (format!("{base}/hop"), Refusal::BadRedirect),
        (format!("{base}/big"), Refusal::TooLarge),
        (format!("{base}/stream"), Refusal::TooLarge),
        (via(&base, "/stream"), Refusal::TooLarge),
    ];
    for (url, class) in &cases {
        let got = fetch(&openai, url).await;
        assert_eq!(got.unwrap_err(), ProviderError::UnsafeUrl(*class), "{url}");
    }
    let paths = double.paths();
    assert!(
        !paths.iter().any(|p| p == "/file.png"),
        "nothing inward was fetched: {paths:?}"
    );
    // One create per case; the loop stopped after its redirects; refusals were not retried.
    let loops = paths.iter().filter(|p| *p == "/loop").count();
    assert_eq!(loops, 1 + download_max_redirects());
    assert_eq!(
        paths
            .iter()
            .filter(|p| *p == "/v1/images/generations")
            .count(),
        cases.len()
    );
}

fn download_max_redirects() -> usize {
    obscura_server::generation::providers::download::MAX_REDIRECTS
}

#[tokio::test]
async fn a_download_on_the_configured_origin_still_works_through_its_redirects() {
    let (base, double) = spawn_double().await;
    let openai = adapter(&base);
    let outputs = fetch(&openai, &via(&base, "/file.png")).await.unwrap();
    assert_pngs(&outputs, 1, 16, 8);
    let seen = double.seen.lock().unwrap().clone();
    assert_eq!(seen.last().unwrap().0, "/file.png");
    // The key goes with every hop on the API's own origin (as before), and nowhere else.
    assert!(seen.iter().all(|(_, authed)| *authed));
}
