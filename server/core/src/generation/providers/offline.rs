//! The built-in offline renderer as a [`Provider`]: paints on a blocking thread, one image per
//! seed (`seed`, `seed + 1`, …), and takes a reference image's palette and structure.

use bytes::Bytes;

use super::{Output, Provider, ProviderError, ProviderKind, Task, local};

/// The offline renderer (no key, no network).
#[derive(Debug, Default, Clone, Copy)]
pub struct Offline;

impl Offline {
    /// Paints one image of `task` with `seed` (CPU-bound: call from a blocking thread).
    ///
    /// # Errors
    /// `BadResponse` if the reference cannot be decoded or the PNG cannot be written.
    pub fn paint(task: &Task, seed: u64) -> Result<Output, ProviderError> {
        let reference = match &task.reference {
            Some(r) => Some(
                image::load_from_memory_with_format(&r.png, image::ImageFormat::Png)
                    .map_err(|_| ProviderError::BadResponse("unreadable reference".into()))?
                    .to_rgb8(),
            ),
            None => None,
        };
        let png = local::render_png(&local::Request {
            prompt: &task.prompt,
            seed,
            width: task.width,
            height: task.height,
            reference: reference.as_ref(),
        })
        .map_err(|_| ProviderError::BadResponse("could not encode the image".into()))?;
        Ok(Output {
            bytes: Bytes::from(png),
        })
    }
}

#[async_trait::async_trait]
impl Provider for Offline {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Local
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let mut out = Vec::with_capacity(usize::from(task.count));
        for i in 0..task.count {
            let task = task.clone();
            let seed = task.seed.wrapping_add(u64::from(i));
            let image = tokio::task::spawn_blocking(move || Self::paint(&task, seed))
                .await
                .map_err(|_| ProviderError::Failed("the renderer stopped".into()))??;
            out.push(image);
        }
        Ok(out)
    }
}
