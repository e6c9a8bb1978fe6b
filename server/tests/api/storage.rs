//! Object storage against a real S3-compatible server that checks SigV4 signatures (`s3s-fs`,
//! started by the test command with the bucket as a directory): put, get, list, delete and the
//! readiness probe through `Storage`, and a wrong secret refused.

use futures::TryStreamExt;
use object_store::{ObjectStore, PutPayload, path::Path};
use obscura_server::{config::Config, storage::Storage};
use obscura_shared::health::{CheckStatus, Readiness};

use crate::helpers::{Db, spawn_app_with};

/// The running `s3s-fs`: endpoint, bucket, access key, secret key.
pub struct Peer {
    endpoint: String,
    bucket: String,
    access_key: String,
    pub secret_key: String,
}

impl Peer {
    /// The `OBSCURA_*` settings (without the prefix) for this bucket, signing with `secret`.
    pub fn settings<'a>(&'a self, secret: &'a str) -> Vec<(&'a str, &'a str)> {
        vec![
            ("S3_BUCKET", &self.bucket),
            ("S3_ENDPOINT", &self.endpoint),
            ("S3_ALLOW_HTTP", "true"),
            ("S3_PATH_STYLE", "true"),
            ("S3_ACCESS_KEY_ID", &self.access_key),
            ("S3_SECRET_ACCESS_KEY", secret),
        ]
    }

    fn storage(&self, secret: &str) -> Storage {
        Storage::open(&Config::from_pairs(&self.settings(secret)).unwrap()).unwrap()
    }
}

/// The S3 peer, or None (skip) when it is not running. With `OBSCURA_TEST_REQUIRE_PEERS=1` (the
/// test command) a missing peer fails the run.
pub fn peer() -> Option<Peer> {
    let var = |name: &str| std::env::var(name).ok().filter(|s| !s.is_empty());
    match (
        var("OBSCURA_TEST_S3_ENDPOINT"),
        var("OBSCURA_TEST_S3_BUCKET"),
        var("OBSCURA_TEST_S3_ACCESS_KEY"),
        var("OBSCURA_TEST_S3_SECRET_KEY"),
    ) {
        (Some(endpoint), Some(bucket), Some(access_key), Some(secret_key)) => Some(Peer {
            endpoint,
            bucket,
            access_key,
            secret_key,
        }),
        _ if std::env::var("OBSCURA_TEST_REQUIRE_PEERS").as_deref() == Ok("1") => {
            panic!("OBSCURA_TEST_REQUIRE_PEERS=1 but the S3 peer (OBSCURA_TEST_S3_*) is not set")
        }
        _ => {
            eprintln!(
                "skipped: no S3 peer (set OBSCURA_TEST_S3_ENDPOINT, _BUCKET, _ACCESS_KEY, _SECRET_KEY)"
            );
            None
        }
    }
}

/// A prefix no other test run uses.
fn fresh_prefix() -> String {
    format!("tests/{}", uuid::Uuid::new_v4().simple())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn objects_round_trip_through_the_bucket() {
    let Some(peer) = peer() else { return };
    let storage = peer.storage(&peer.secret_key);
    let port = peer.endpoint.rsplit(':').next().unwrap();
    assert_eq!(
        storage.location,
        format!("an S3-compatible bucket at 127.0.0.1:{port}")
    );
    let prefix = fresh_prefix();
    let original = Path::from(format!("{prefix}/original.png"));
    let preview = Path::from(format!("{prefix}/preview.webp"));
    let body: Vec<u8> = (0u32..200_000)
        .map(|i| u8::try_from(i % 251).unwrap())
        .collect();

    storage
        .store
        .put(&original, PutPayload::from(body.clone()))
        .await
        .unwrap();
    storage
        .store
        .put(&preview, PutPayload::from_static(b"RIFF\0\0\0\0WEBP"))
        .await
        .unwrap();
    let read = storage.store.get(&original).await.unwrap();
    assert_eq!(read.meta.size, body.len() as u64);
    assert_eq!(read.bytes().await.unwrap(), body);

    let listed: Vec<_> = storage
        .store
        .list(Some(&Path::from(prefix.as_str())))
        .try_collect()
        .await
        .unwrap();
    let mut names: Vec<_> = listed.iter().map(|m| m.location.to_string()).collect();
    names.sort();
    assert_eq!(names, [original.to_string(), preview.to_string()]);

    storage.store.delete(&original).await.unwrap();
    assert!(matches!(
        storage.store.get(&original).await,
        Err(object_store::Error::NotFound { .. })
    ));
    storage.store.delete(&preview).await.unwrap();
    let left: Vec<_> = storage
        .store
        .list(Some(&Path::from(prefix.as_str())))
        .try_collect()
        .await
        .unwrap();
    assert!(left.is_empty());
    assert!(storage.probe(&uuid::Uuid::new_v4().to_string()).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_secret_key_is_refused() {
    let Some(peer) = peer() else { return };
    let forged = peer.storage("not-the-secret-key");
    let path = Path::from(format!("{}/forged.png", fresh_prefix()));
    let err = forged
        .store
        .put(&path, PutPayload::from_static(b"\x89PNG"))
        .await
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("403") || message.contains("SignatureDoesNotMatch"),
        "{message}"
    );
    assert!(!forged.probe("forged").await);
    // Nothing was written.
    let honest = peer.storage(&peer.secret_key);
    assert!(matches!(
        honest.store.head(&path).await,
        Err(object_store::Error::NotFound { .. })
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_is_ready_on_a_bucket_and_says_so_in_its_policy() {
    let Some(peer) = peer() else { return };
    let app = spawn_app_with(Db::Sqlite, &peer.settings(&peer.secret_key)).await;
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 200);
    let ready: Readiness = res.json().await.unwrap();
    assert_eq!(ready.storage, CheckStatus::Ok);
    assert!(
        app.state
            .storage
            .location
            .starts_with("an S3-compatible bucket at 127.0.0.1:")
    );
    // Nothing went to the local disk.
    assert!(!app.data_dir.path().join("data/objects").exists());
}
