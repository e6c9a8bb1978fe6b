//! Object storage through `object_store`: the local filesystem under `<data dir>/objects` by
//! default.

pub mod images;
pub mod signed;

use std::sync::Arc;

use anyhow::{Context, Result};
use object_store::{ObjectStore, PutPayload, local::LocalFileSystem, path::Path};

use crate::config::Config;

/// The configured object store, and a human description for the policy.
#[derive(Clone)]
pub struct Storage {
    /// The store.
    pub store: Arc<dyn ObjectStore>,
    /// Where objects live, e.g. "the local disk of this server".
    pub location: String,
}

impl Storage {
    /// Opens the configured store, creating the local directory if needed.
    ///
    /// # Errors
    /// If the directory cannot be created.
    pub fn open(config: &Config) -> Result<Self> {
        let dir = config.data_dir.join("objects");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let store = LocalFileSystem::new_with_prefix(&dir)
            .with_context(|| format!("opening the object store at {}", dir.display()))?;
        Ok(Self {
            store: Arc::new(store),
            location: "the local disk of this server".into(),
        })
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
