//! The built-in diffusion engine (`candle`): Stable Diffusion–family models run in this
//! process with the `candle` crates on weights the operator placed in `OBSCURA_LOCAL_MODEL_DIR`
//! (never downloaded). Prompts and images never leave the server.
//!
//! - [`files`]: which files each variant needs, their headers and the memory they take;
//! - [`load`]: the architecture from the model's `config.json` files, the networks built from
//!   the safetensors files (a wrong shape is refused naming the file, the tensor and both shapes);
//! - [`clip`]: the text encoder; [`vae`]: the VAE's encoder (img2img); [`pipeline`]: sampling
//!   and decoding.
//!
//! The configuration checks the files and the shapes when it is read (nothing loaded); a
//! serving process checks the machine's memory at start-up ([`check_memory`]); each model is
//! loaded once, at its first generation, and kept. Work runs on the blocking pool, at most
//! `OBSCURA_LOCAL_CONCURRENCY` images at a time (one by default).

pub mod arch;
pub mod clip;
pub mod files;
pub mod fixture;
pub mod load;
pub mod pipeline;
pub mod schedule;
#[cfg(test)]
mod tests;
pub mod vae;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use bytes::Bytes;
use candle_core::Device;
use tokio::sync::Semaphore;

use self::{
    files::{ModelFiles, Variant},
    load::{Architecture, Loaded},
    pipeline::{Request, Stop},
};
use super::{Output, Provider, ProviderError, ProviderKind, Task};
use crate::config::generation::LocalEngine;

/// A configured model of the engine, checked.
#[derive(Debug, Clone)]
pub struct LocalModel {
    /// Which model.
    pub variant: Variant,
    /// Steps per image.
    pub steps: u32,
    /// Its files.
    pub files: ModelFiles,
    /// Its architecture.
    pub arch: Architecture,
}

impl LocalModel {
    /// Finds the files of `variant` under `dir`, reads its configs and checks every tensor's
    /// shape against the architecture (from the headers: nothing is loaded).
    ///
    /// # Errors
    /// A message naming `OBSCURA_LOCAL_MODEL_DIR` and the file at fault.
    pub fn inspect(dir: &std::path::Path, variant: Variant, steps: u32) -> Result<Self, String> {
        let files = ModelFiles::find(dir, variant)?;
        let arch = Architecture::read(&files)?;
        load::build(&files, &arch, &Device::Cpu, true)?;
        Ok(Self {
            variant,
            steps,
            files,
            arch,
        })
    }
}

/// The device the engine computes on: the first CUDA GPU when built with `cuda` and one is
/// there, else the CPU.
#[must_use]
pub fn device() -> Device {
    #[cfg(feature = "cuda")]
    {
        if let Ok(d) = Device::new_cuda(0) {
            return d;
        }
    }
    Device::Cpu
}

/// Refuses to serve when the machine's available memory is below what the configured models
/// need (their weights in f32 and the work of one image each).
///
/// # Errors
/// A message with both figures and what to do.
pub fn check_memory(engine: &LocalEngine) -> Result<(), String> {
    if !engine.memory_check || engine.models.is_empty() {
        return Ok(());
    }
    let need: u64 = engine
        .models
        .iter()
        .map(|m| m.files.expected_memory())
        .sum();
    match files::available_memory() {
        Some(have) if have < need => Err(format!(
            "the built-in engine's models ({}) need about {} of memory, and this machine has {} available: free memory, configure fewer candle models, or set OBSCURA_LOCAL_MEMORY_CHECK=false to start anyway",
            engine
                .models
                .iter()
                .map(|m| m.variant.code())
                .collect::<Vec<_>>()
                .join(", "),
            files::human(need),
            files::human(have)
        )),
        _ => Ok(()),
    }
}

/// The engine: one loaded copy of each model, a limit on the images made at once.
pub struct Candle {
    models: HashMap<String, LocalModel>,
    loaded: Arc<Mutex<HashMap<Variant, Arc<Loaded>>>>,
    permits: Arc<Semaphore>,
    device: Device,
}

impl std::fmt::Debug for Candle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Candle")
            .field("models", &self.models.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Candle {
    /// The engine for the configured models (nothing is loaded yet).
    #[must_use]
    pub fn new(engine: &LocalEngine) -> Self {
        Self {
            models: engine
                .models
                .iter()
                .map(|m| (m.variant.code().to_owned(), m.clone()))
                .collect(),
            loaded: Arc::default(),
            permits: Arc::new(Semaphore::new(engine.concurrency.max(1))),
            device: device(),
        }
    }
}

/// The reference as RGB pixels of the task's size.
fn reference_rgb(task: &Task) -> Result<Option<Vec<u8>>, ProviderError> {
    let Some(reference) = &task.reference else {
        return Ok(None);
    };
    let image = image::load_from_memory(&reference.png)
        .map_err(|e| ProviderError::Rejected(format!("the reference image: {e}")))?;
    let image = image.resize_to_fill(
        task.width,
        task.height,
        image::imageops::FilterType::CatmullRom,
    );
    Ok(Some(image.to_rgb8().into_raw()))
}

#[async_trait::async_trait]
impl Provider for Candle {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Candle
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let Some(model) = self.models.get(&task.upstream_model).cloned() else {
            return Err(ProviderError::Rejected(format!(
                "the built-in engine has no model {:?}",
                task.upstream_model
            )));
        };
        if !pipeline::size_ok(model.variant, task.width, task.height) {
            return Err(ProviderError::Rejected(format!(
                "{} makes images of {}, not {}×{}",
                model.variant.code(),
                model
                    .variant
                    .sizes()
                    .iter()
                    .map(|(w, h)| format!("{w}×{h}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                task.width,
                task.height
            )));
        }
        let reference = if model.variant.takes_reference() {
            reference_rgb(task)?
        } else {
            None
        };
        let _permit = tokio::select! {
            permit = Arc::clone(&self.permits).acquire_owned() => {
                permit.map_err(|_| ProviderError::Unavailable("the engine is shutting down".into()))?
            }
            () = task.progress.cancelled() => return Err(ProviderError::Cancelled),
        };
        let loaded = Arc::clone(&self.loaded);
        let device = self.device.clone();
        let task = task.clone();
        tokio::task::spawn_blocking(move || run(&model, &loaded, &device, &task, reference))
            .await
            .map_err(|_| ProviderError::Failed("the engine stopped".into()))?
    }
}

/// Loads the model once (kept for the life of the process) and makes the task's images one
/// after another, reporting each step.
fn run(
    model: &LocalModel,
    loaded: &Mutex<HashMap<Variant, Arc<Loaded>>>,
    device: &Device,
    task: &Task,
    reference: Option<Vec<u8>>,
) -> Result<Vec<Output>, ProviderError> {
    if task.progress.is_cancelled() {
        return Err(ProviderError::Cancelled);
    }
    let engine = {
        let mut cache = loaded
            .lock()
            .map_err(|_| ProviderError::Failed("the engine's model cache is unusable".into()))?;
        if let Some(m) = cache.get(&model.variant) {
            Arc::clone(m)
        } else {
            let started = std::time::Instant::now();
            let m = Arc::new(
                load::build(&model.files, &model.arch, device, false)
                    .map_err(ProviderError::Failed)?,
            );
            tracing::info!(
                model = model.variant.code(),
                seconds = started.elapsed().as_secs_f32(),
                "the built-in engine loaded a model"
            );
            cache.insert(model.variant, Arc::clone(&m));
            m
        }
    };
    let count = u32::from(task.count.max(1));
    let steps = model.steps.max(1);
    let total = steps * count;
    task.progress.set(0, total);
    let negative = if model.variant.guidance() > 1.0 {
        task.negative_prompt.as_deref().unwrap_or_default()
    } else {
        ""
    };
    let mut outputs = Vec::new();
    for i in 0..count {
        if task.progress.is_cancelled() {
            return Err(ProviderError::Cancelled);
        }
        let request = Request {
            prompt: &task.prompt,
            negative,
            width: task.width as usize,
            height: task.height as usize,
            steps: steps as usize,
            seed: task.seed.wrapping_add(u64::from(i)),
            reference: reference.clone(),
        };
        let progress = &task.progress;
        let mut on_step = |done: u32, of: u32| {
            // img2img runs fewer steps than configured: scale them to the image's share.
            let done = (done * steps).checked_div(of).unwrap_or(steps);
            progress.set(i * steps + done, total);
            !progress.is_cancelled()
        };
        let png = pipeline::generate(&engine, &request, &mut on_step).map_err(|e| match e {
            Stop::Cancelled => ProviderError::Cancelled,
            Stop::Failed(why) => ProviderError::Failed(format!("the built-in engine: {why}")),
        })?;
        outputs.push(Output {
            bytes: Bytes::from(png),
        });
    }
    Ok(outputs)
}
