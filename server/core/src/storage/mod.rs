//! Object storage through `object_store`: the local filesystem under `<data dir>/objects` by
//! default, or an S3-compatible bucket when `OBSCURA_S3_BUCKET` is set.

pub mod images;
pub mod signed;

use std::sync::Arc;

use anyhow::{Context, Result};
use object_store::{
    ObjectStore, PutPayload, aws::AmazonS3Builder, local::LocalFileSystem, path::Path,
};
use secrecy::ExposeSecret;

use crate::config::{Config, ObjectStorage, S3Storage};

/// The configured object store, and a human description for the policy.
#[derive(Clone)]
pub struct Storage {
    /// The store.
    pub store: Arc<dyn ObjectStore>,
    /// Where objects live, e.g. "the local disk of this server" or "an S3-compatible bucket at
    /// minio.internal:9000"; shown in the privacy policy.
    pub location: String,
}

impl Storage {
    /// Opens the configured store, creating the local directory if needed. Opening a bucket
    /// makes no request: [`Storage::probe`] checks that it is reachable.
    ///
    /// # Errors
    /// If the directory cannot be created, or the S3 client cannot be built.
    pub fn open(config: &Config) -> Result<Self> {
        match &config.storage {
            ObjectStorage::Local => Self::open_local(config),
            ObjectStorage::S3(s3) => Self::open_s3(s3),
        }
    }

    fn open_s3(s3: &S3Storage) -> Result<Self> {
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&s3.bucket)
            .with_region(&s3.region)
            .with_access_key_id(&s3.access_key_id)
            .with_secret_access_key(s3.secret_access_key.expose_secret())
            .with_virtual_hosted_style_request(!s3.path_style)
            .with_allow_http(s3.allow_http);
        if let Some(endpoint) = &s3.endpoint {
            let mut endpoint = endpoint.clone();
            // `object_store` expects a virtual-hosted endpoint to name the bucket already.
            if !s3.path_style {
                let host = format!("{}.{}", s3.bucket, endpoint.host_str().unwrap_or_default());
                endpoint
                    .set_host(Some(&host))
                    .with_context(|| format!("OBSCURA_S3_ENDPOINT with bucket host {host}"))?;
            }
            builder = builder.with_endpoint(endpoint.as_str().trim_end_matches('/'));
        }
        let store = builder
            .build()
            .context("configuring the S3 client (OBSCURA_S3_*)")?;
        Ok(Self {
            store: Arc::new(store),
            location: format!("an S3-compatible bucket at {}", s3.host()),
        })
    }

    fn open_local(config: &Config) -> Result<Self> {
        let dir = config.data_dir.join("objects");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let store = LocalFileSystem::new_with_prefix(&dir)
            .with_context(|| format!("opening the object store at {}", dir.display()))?;
        Ok(Self {
            store: Arc::new(store),
            location: "the local disk of this server".into(),
        })
    }

    /// Deletes the object at `key`; one already gone is fine. Returns whether it was there
    /// (as far as the store tells: a local store reports a missing file, S3 does not).
    ///
    /// # Errors
    /// Any other storage error.
    pub async fn delete_if_present(&self, key: &str) -> Result<bool> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e).context("deleting a stored object"),
        }
    }

    /// Writes, reads back and deletes a probe object.
    pub async fn probe(&self, name: &str) -> bool {
        let path = Path::from(format!("_probe/{name}"));
        let body = bytes::Bytes::from_static(b"obscura-readiness-probe");
        let ok = async {
            self.store
                .put(&path, PutPayload::from(body.clone()))
                .await?;
            let read = self.store.get(&path).await?.bytes().await?;
            self.store.delete(&path).await?;
            Ok::<_, object_store::Error>(read == body)
        }
        .await;
        match ok {
            Ok(matches) => matches,
            Err(e) => {
                tracing::warn!(error = %e, "object store probe failed");
                false
            }
        }
    }
}
