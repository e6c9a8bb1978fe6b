//! Static files: precompressed variants and caching.

use crate::helpers::spawn_app;

const JS: &str = "/pkg/enhance-0011223344556677.js";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hashed_assets_are_immutable_and_served_precompressed() {
    let app = spawn_app().await;

    let br = app
        .client
        .get(app.url(JS))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(br.status(), 200);
    assert_eq!(br.headers()["content-encoding"], "br");
    assert_eq!(
        br.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        br.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    assert_eq!(br.bytes().await.unwrap().as_ref(), b"BROTLI-BYTES");

    let gz = app
        .client
        .get(app.url(JS))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    assert_eq!(gz.bytes().await.unwrap().as_ref(), b"GZIP-BYTES");

    let plain = app
        .client
        .get(app.url(JS))
        .header("accept-encoding", "identity")
        .send()
        .await
        .unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert!(
        plain
            .text()
            .await
            .unwrap()
            .starts_with("export default function init")
    );

    let wasm = app.get("/pkg/enhance-0011223344556677_bg.wasm").await;
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unhashed_files_get_a_short_cache_and_traversal_is_refused() {
    let app = spawn_app().await;
    let res = app.get("/favicon.svg").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "public, max-age=3600");
    // The manifest is in the site root too; reading files outside it must not work.
    let res = app.get("/pkg/../../data/secret.key").await;
    assert_eq!(res.status(), 404);
    let res = app.get("/%2e%2e/data/secret.key").await;
    assert_eq!(res.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_compressed_and_the_build_manifest_is_not_served() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-encoding"], "br");
    let res = app
        .client
        .get(app.url("/privacy"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "gzip");
    assert_eq!(app.get("/manifest.json").await.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conditional_and_range_requests_get_their_proper_answers() {
    let app = spawn_app().await;
    let first = app.get("/favicon.svg").await;
    let modified = first.headers()["last-modified"].clone();
    let res = app
        .client
        .get(app.url("/favicon.svg"))
        .header("if-modified-since", modified)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 304);
    let res = app
        .client
        .get(app.url(JS))
        .header("range", "bytes=0-5")
        .header("accept-encoding", "identity")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 206);
    assert_eq!(res.text().await.unwrap(), "export");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_held_in_memory_carry_validators_and_nothing_of_a_session() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url(JS))
        .header("accept-encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert_eq!(h["content-encoding"], "br");
    assert_eq!(h["vary"], "accept-encoding");
    assert!(h.get("set-cookie").is_none());
    assert!(h.get("x-request-id").is_some());
    let etag = h["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.len() > 10, "{etag}");
    // The same ETag for every encoding: it names the file, and answers a revalidation.
    let res = app
        .client
        .get(app.url(JS))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 304);
    assert_eq!(res.headers()["etag"], etag.as_str());
    assert!(res.bytes().await.unwrap().is_empty());
    let res = app
        .client
        .get(app.url(JS))
        .header("if-none-match", "\"other\"")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // HEAD: the length of what a GET would send, no body.
    let head = app.client.head(app.url(JS)).send().await.unwrap();
    assert_eq!(head.status(), 200);
    let plain = app.get(JS).await.bytes().await.unwrap();
    assert_eq!(
        head.headers()["content-length"],
        plain.len().to_string().as_str()
    );
    // A q of 0 refuses an encoding.
    let res = app
        .client
        .get(app.url(JS))
        .header("accept-encoding", "br;q=0, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "gzip");
}
