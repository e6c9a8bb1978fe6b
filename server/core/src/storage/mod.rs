//! Object storage through `object_store`: the local filesystem under `<data dir>/objects` by
//! default, or an S3-compatible bucket when `OBSCURA_S3_BUCKET` is set.
//!
//! A local write goes to a staged file `<key>#<n>` renamed to `<key>` when complete, so a reader
//! never sees half a file; a writer that dies in between (killed, crashed, the machine lost)
//! leaves the staged file, which no key names, no listing shows and no deletion reaches. The
//! retention run removes those older than [`STAGED_MAX_AGE`] ([`Storage::sweep_staged`]).

pub mod images;
pub mod signed;

use std::{
    ffi::OsStr,
    path::{Path as FsPath, PathBuf},
    sync::Arc,
    time::SystemTime,
};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
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
    /// The directory of a local store (None for a bucket).
    local_dir: Option<PathBuf>,
}

/// How old a staged upload of the local store must be before [`Storage::sweep_staged`] removes
/// it: far longer than any write takes, so no write in progress (in any process sharing the
/// directory) loses its file.
pub const STAGED_MAX_AGE: chrono::Duration = chrono::Duration::hours(1);

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
            local_dir: None,
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
            local_dir: Some(dir),
        })
    }

    /// Removes the local store's staged uploads last written before `before` (see the module
    /// documentation): what writers that died mid-write left. A bucket has none (an object
    /// appears whole or not at all). Returns how many were removed.
    ///
    /// # Errors
    /// A directory or file that cannot be read or removed.
    pub async fn sweep_staged(&self, before: DateTime<Utc>) -> Result<u64> {
        let Some(dir) = self.local_dir.clone() else {
            return Ok(0);
        };
        let before = SystemTime::from(before);
        tokio::task::spawn_blocking(move || sweep_staged_in(&dir, before))
            .await
            .context("sweeping staged uploads")?
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

/// Whether a file of the local store is a staged upload: `<name>#<digits>`, the name
/// `object_store` stages a write under (it refuses such keys, so no object is named so).
fn is_staged(name: &OsStr) -> bool {
    name.to_str()
        .and_then(|n| n.split_once('#'))
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// [`Storage::sweep_staged`] under `dir`, recursively (blocking).
fn sweep_staged_in(dir: &FsPath, before: SystemTime) -> Result<u64> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        // Removed meanwhile (a directory emptied by a deletion).
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e).with_context(|| format!("reading {}", dir.display())),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .with_context(|| format!("reading {}", path.display()))?;
        if kind.is_dir() {
            removed += sweep_staged_in(&path, before)?;
            continue;
        }
        if !kind.is_file() || !is_staged(&entry.file_name()) {
            continue;
        }
        let modified = match entry.metadata().and_then(|m| m.modified()) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        if modified >= before {
            continue;
        }
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", path.display())),
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn staged_uploads_are_named_by_a_number_after_a_hash() {
        for staged in ["0.png#1", "0.thumb.webp#12"] {
            assert!(is_staged(OsStr::new(staged)), "{staged}");
        }
        for object in [
            "0.png",
            "0.png#",
            "0.png#x1",
            "reference.png",
            "#",
            "a#1b",
            "a#b#3",
        ] {
            assert!(!is_staged(OsStr::new(object)), "{object}");
        }
    }

    #[test]
    fn only_staged_uploads_older_than_the_limit_are_removed() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("users/u/generations/g");
        std::fs::create_dir_all(&dir).unwrap();
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        let write = |name: &str, modified: SystemTime| {
            let f = std::fs::File::create(dir.join(name)).unwrap();
            f.set_modified(modified).unwrap();
        };
        write("0.png", hour_ago);
        write("0.png#1", hour_ago);
        write("1.thumb.webp#2", hour_ago);
        write("2.png#1", SystemTime::now());
        let cutoff = SystemTime::now() - Duration::from_secs(60);
        assert_eq!(sweep_staged_in(root.path(), cutoff).unwrap(), 2);
        let mut left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["0.png", "2.png#1"], "objects and fresh writes stay");
        assert_eq!(
            sweep_staged_in(&root.path().join("none"), cutoff).unwrap(),
            0
        );
    }
}
