//! Sampling: the prompt through the text encoder(s), noise from the task's seed, the steps of
//! the scheduler (Euler ancestral for the Turbo models, DDIM for SD 1.5, both with their noise
//! drawn from the same seeded generator so that a seed always gives the same image on the same
//! build), and the VAE's decoding to PNG. img2img (SD 1.5) starts from the reference encoded by
//! the VAE with noise added at the strength's step.

use candle_core::{D, DType, IndexOp, Tensor};
use candle_transformers::models::stable_diffusion::schedulers::PredictionType;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::{
    files::{DIR_VARIABLE, ModelFiles, Variant},
    load::{Loaded, default_prediction},
};

/// How much of the reference an img2img generation keeps (0: all of it, 1: none).
pub const IMG2IMG_STRENGTH: f64 = 0.75;

/// `scheduler/scheduler_config.json` (the keys we use), with the variant's defaults.
#[derive(Debug, Clone)]
pub struct SchedulerSettings {
    beta_start: f64,
    beta_end: f64,
    scaled_linear: bool,
    train_timesteps: usize,
    steps_offset: usize,
    prediction: PredictionType,
    trailing: bool,
}

#[derive(serde::Deserialize)]
struct SchedulerJson {
    beta_start: Option<f64>,
    beta_end: Option<f64>,
    beta_schedule: Option<String>,
    num_train_timesteps: Option<usize>,
    steps_offset: Option<usize>,
    prediction_type: Option<String>,
    timestep_spacing: Option<String>,
}

impl SchedulerSettings {
    /// Reads the scheduler config when the model has one.
    ///
    /// # Errors
    /// A message naming the file when it is not usable.
    pub fn read(files: &ModelFiles) -> Result<Self, String> {
        let raw: SchedulerJson = match &files.scheduler_config {
            Some(path) => {
                let bad = |why: String| format!("{DIR_VARIABLE}: {}: {why}", path.display());
                let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
                serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?
            }
            None => SchedulerJson {
                beta_start: None,
                beta_end: None,
                beta_schedule: None,
                num_train_timesteps: None,
                steps_offset: None,
                prediction_type: None,
                timestep_spacing: None,
            },
        };
        let bad = |why: &str| format!("{DIR_VARIABLE}: scheduler/scheduler_config.json: {why}");
        let prediction = match raw.prediction_type.as_deref() {
            None => default_prediction(files.variant),
            Some("epsilon") => PredictionType::Epsilon,
            Some("v_prediction") => PredictionType::VPrediction,
            Some(_) => return Err(bad("prediction_type must be epsilon or v_prediction")),
        };
        let scaled_linear = match raw.beta_schedule.as_deref() {
            None | Some("scaled_linear") => true,
            Some("linear") => false,
            Some(_) => return Err(bad("beta_schedule must be scaled_linear or linear")),
        };
        let trailing = match raw.timestep_spacing.as_deref() {
            None => files.variant != Variant::Sd15,
            Some("trailing") => true,
            Some("leading" | "linspace") => false,
            Some(_) => {
                return Err(bad(
                    "timestep_spacing must be trailing, leading or linspace",
                ));
            }
        };
        let train_timesteps = raw.num_train_timesteps.unwrap_or(1000);
        if !(10..=10_000).contains(&train_timesteps) {
            return Err(bad("num_train_timesteps must be 10–10000"));
        }
        Ok(Self {
            beta_start: raw.beta_start.unwrap_or(0.000_85),
            beta_end: raw.beta_end.unwrap_or(0.012),
            scaled_linear,
            train_timesteps,
            steps_offset: raw.steps_offset.unwrap_or(1),
            prediction,
            trailing,
        })
    }

    fn alphas_cumprod(&self) -> Vec<f64> {
        let n = self.train_timesteps;
        #[allow(clippy::cast_precision_loss)]
        let at = |i: usize| {
            let f = if n > 1 {
                i as f64 / (n - 1) as f64
            } else {
                0.0
            };
            if self.scaled_linear {
                let (a, b) = (self.beta_start.sqrt(), self.beta_end.sqrt());
                (a + (b - a) * f).powi(2)
            } else {
                self.beta_start + (self.beta_end - self.beta_start) * f
            }
        };
        let mut acc = 1.0;
        (0..n)
            .map(|i| {
                acc *= 1.0 - at(i);
                acc
            })
            .collect()
    }

    /// The timesteps of `steps` steps, noisiest first.
    fn timesteps(&self, steps: usize) -> Vec<usize> {
        let n = self.train_timesteps;
        let ratio = (n / steps.max(1)).max(1);
        if self.trailing {
            (0..steps)
                .map(|i| n.saturating_sub(i * ratio).saturating_sub(1))
                .collect()
        } else {
            (0..steps)
                .rev()
                .map(|s| (s * ratio + self.steps_offset).min(n - 1))
                .collect()
        }
    }
}

/// The seeded source of every random number of one image.
struct Noise(ChaCha8Rng);

impl Noise {
    fn tensor(
        &mut self,
        shape: (usize, usize, usize, usize),
        device: &candle_core::Device,
    ) -> candle_core::Result<Tensor> {
        use rand::Rng;
        let count = shape.0 * shape.1 * shape.2 * shape.3;
        let mut data: Vec<f32> = Vec::with_capacity(count + 1);
        // Box–Muller: two standard normal numbers from two uniform ones.
        while data.len() < count {
            let u1: f64 = 1.0 - self.0.random::<f64>();
            let u2: f64 = self.0.random::<f64>();
            let r = (-2.0 * u1.ln()).sqrt();
            let theta = std::f64::consts::TAU * u2;
            #[allow(clippy::cast_possible_truncation)]
            data.extend([(r * theta.cos()) as f32, (r * theta.sin()) as f32]);
        }
        data.truncate(count);
        Tensor::from_vec(data, shape, device)
    }
}

enum Sampler {
    /// Euler ancestral: sigma per step, the last one 0.
    Euler { sigmas: Vec<f64> },
    /// DDIM (eta 0): alphas_cumprod at each step and the next.
    Ddim { alphas: Vec<f64>, next: Vec<f64> },
}

struct Schedule {
    sampler: Sampler,
    timesteps: Vec<usize>,
    prediction: PredictionType,
}

impl Schedule {
    fn new(settings: &SchedulerSettings, variant: Variant, steps: usize) -> Self {
        let acp = settings.alphas_cumprod();
        let timesteps = settings.timesteps(steps);
        let sampler = match variant {
            Variant::SdTurbo | Variant::SdxlTurbo => {
                let mut sigmas: Vec<f64> = timesteps
                    .iter()
                    .map(|&t| ((1.0 - acp[t]) / acp[t]).sqrt())
                    .collect();
                sigmas.push(0.0);
                Sampler::Euler { sigmas }
            }
            Variant::Sd15 => {
                let alphas = timesteps.iter().map(|&t| acp[t]).collect();
                let next = (0..timesteps.len())
                    .map(|i| timesteps.get(i + 1).map_or(acp[0], |&t| acp[t]))
                    .collect();
                Sampler::Ddim { alphas, next }
            }
        };
        Self {
            sampler,
            timesteps,
            prediction: settings.prediction,
        }
    }

    fn init_sigma(&self) -> f64 {
        match &self.sampler {
            Sampler::Euler { sigmas } => sigmas.iter().copied().fold(0.0, f64::max),
            Sampler::Ddim { .. } => 1.0,
        }
    }

    fn scale_input(&self, x: &Tensor, i: usize) -> candle_core::Result<Tensor> {
        match &self.sampler {
            Sampler::Euler { sigmas } => x / (sigmas[i].powi(2) + 1.0).sqrt(),
            Sampler::Ddim { .. } => Ok(x.clone()),
        }
    }

    /// Noise added to clean latents at step `i` (img2img).
    fn add_noise(&self, clean: &Tensor, noise: &Tensor, i: usize) -> candle_core::Result<Tensor> {
        match &self.sampler {
            Sampler::Euler { sigmas } => clean + (noise * sigmas[i])?,
            Sampler::Ddim { alphas, .. } => {
                (clean * alphas[i].sqrt())? + (noise * (1.0 - alphas[i]).sqrt())?
            }
        }
    }

    fn step(
        &self,
        out: &Tensor,
        i: usize,
        x: &Tensor,
        noise: &mut Noise,
    ) -> candle_core::Result<Tensor> {
        match &self.sampler {
            Sampler::Euler { sigmas } => {
                let (from, to) = (sigmas[i], sigmas[i + 1]);
                let x0 = match self.prediction {
                    PredictionType::VPrediction => {
                        ((out * (-from / (from.powi(2) + 1.0).sqrt()))?
                            + (x / (from.powi(2) + 1.0))?)?
                    }
                    _ => (x - (out * from)?)?,
                };
                let up = (to.powi(2) * (from.powi(2) - to.powi(2)) / from.powi(2))
                    .max(0.0)
                    .sqrt();
                let down = (to.powi(2) - up.powi(2)).max(0.0).sqrt();
                let derivative = ((x - x0)? / from)?;
                let prev = (x + (derivative * (down - from))?)?;
                if up > 0.0 {
                    let (b, c, h, w) = prev.dims4()?;
                    let n = noise.tensor((b, c, h, w), prev.device())?;
                    prev + (n * up)?
                } else {
                    Ok(prev)
                }
            }
            Sampler::Ddim { alphas, next } => {
                let (a, a_prev) = (alphas[i], next[i]);
                let (eps, x0) = match self.prediction {
                    PredictionType::VPrediction => (
                        ((out * (1.0 - a).sqrt())? + (x * a.sqrt())?)?,
                        ((x * a.sqrt())? - (out * (1.0 - a).sqrt())?)?,
                    ),
                    _ => (out.clone(), ((x - (out * (1.0 - a).sqrt())?)? / a.sqrt())?),
                };
                (x0 * a_prev.sqrt())? + (eps * (1.0 - a_prev).sqrt())?
            }
        }
    }
}

/// What one image is made of.
pub struct Request<'a> {
    /// The prompt.
    pub prompt: &'a str,
    /// What to avoid (with guidance only).
    pub negative: &'a str,
    /// Width in pixels (a multiple of 8).
    pub width: usize,
    /// Height in pixels (a multiple of 8).
    pub height: usize,
    /// Steps.
    pub steps: usize,
    /// The seed.
    pub seed: u64,
    /// The reference as RGB pixels of `width`×`height` (img2img).
    pub reference: Option<Vec<u8>>,
}

/// Why sampling stopped.
#[derive(Debug)]
pub enum Stop {
    /// The job was cancelled between two steps.
    Cancelled,
    /// Candle failed.
    Failed(String),
}

impl From<candle_core::Error> for Stop {
    fn from(e: candle_core::Error) -> Self {
        Self::Failed(e.to_string())
    }
}

fn tokens(
    enc: &super::load::LoadedEncoder,
    text: &str,
    device: &candle_core::Device,
) -> Result<Tensor, Stop> {
    let encoding = enc
        .tokenizer
        .encode(text, true)
        .map_err(|e| Stop::Failed(format!("tokenizer: {e}")))?;
    let mut ids = encoding.get_ids().to_vec();
    if ids.len() > enc.positions {
        // Long prompts are cut, keeping the end token.
        let last = ids.last().copied().unwrap_or(enc.pad);
        ids.truncate(enc.positions);
        if let Some(end) = ids.last_mut() {
            *end = last;
        }
    }
    ids.resize(enc.positions, enc.pad);
    Ok(Tensor::new(ids.as_slice(), device)?.unsqueeze(0)?)
}

fn embed(model: &Loaded, text: &str) -> Result<Tensor, Stop> {
    let parts = model
        .encoders
        .iter()
        .map(|enc| {
            let ids = tokens(enc, text, &model.device)?;
            Ok(enc.model.forward(&ids)?)
        })
        .collect::<Result<Vec<_>, Stop>>()?;
    Ok(Tensor::cat(&parts, D::Minus1)?)
}

/// Makes one image: PNG bytes. `on_step(done, total)` is called after each step and answers
/// whether to go on.
///
/// # Errors
/// [`Stop::Cancelled`] when `on_step` said stop, else candle's failure.
pub fn generate(
    model: &Loaded,
    req: &Request<'_>,
    on_step: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Vec<u8>, Stop> {
    let device = &model.device;
    let mut noise = Noise(ChaCha8Rng::seed_from_u64(req.seed));
    let guidance = model.variant.guidance();
    let text = embed(model, req.prompt)?;
    let context = if guidance > 1.0 {
        Tensor::cat(&[embed(model, req.negative)?, text], 0)?
    } else {
        text
    };
    let schedule = Schedule::new(&model.arch.scheduler, model.variant, req.steps.max(1));
    let latent = (1, model.arch.latent_channels, req.height / 8, req.width / 8);
    let (mut latents, start) = match &req.reference {
        Some(rgb) if model.variant.takes_reference() => {
            let image = Tensor::from_vec(rgb.clone(), (req.height, req.width, 3), device)?
                .permute((2, 0, 1))?
                .to_dtype(DType::F32)?
                .affine(2.0 / 255.0, -1.0)?
                .unsqueeze(0)?;
            // candle draws the encoder's sample from its own (unseeded) generator: its spread
            // is tiny next to the noise added below, which comes from the seed.
            let clean = (model.vae.encode(&image)?.sample()? * model.arch.vae_scale)?;
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                clippy::cast_precision_loss
            )]
            let start = schedule.timesteps.len()
                - ((schedule.timesteps.len() as f64 * IMG2IMG_STRENGTH) as usize).max(1);
            let n = noise.tensor(latent, device)?;
            (schedule.add_noise(&clean, &n, start)?, start)
        }
        _ => ((noise.tensor(latent, device)? * schedule.init_sigma())?, 0),
    };
    let total = u32::try_from(schedule.timesteps.len() - start).unwrap_or(u32::MAX);
    for (done, i) in (start..schedule.timesteps.len()).enumerate() {
        let t = schedule.timesteps[i];
        let input = if guidance > 1.0 {
            Tensor::cat(&[&latents, &latents], 0)?
        } else {
            latents.clone()
        };
        let input = schedule.scale_input(&input, i)?;
        #[allow(clippy::cast_precision_loss)]
        let out = model.unet.forward(&input, t as f64, &context)?;
        let out = if guidance > 1.0 {
            let parts = out.chunk(2, 0)?;
            (&parts[0] + ((&parts[1] - &parts[0])? * guidance)?)?
        } else {
            out
        };
        latents = schedule.step(&out, i, &latents, &mut noise)?;
        if !on_step(u32::try_from(done + 1).unwrap_or(total), total) {
            return Err(Stop::Cancelled);
        }
    }
    let image = model.vae.decode(&(latents / model.arch.vae_scale)?)?;
    let image = ((image / 2.0)? + 0.5)?
        .clamp(0f32, 1f32)?
        .affine(255.0, 0.0)?
        .to_dtype(DType::U8)?
        .i(0)?
        .permute((1, 2, 0))?
        .flatten_all()?
        .to_vec1::<u8>()?;
    png(image, req.width, req.height)
}

fn png(rgb: Vec<u8>, width: usize, height: usize) -> Result<Vec<u8>, Stop> {
    let (w, h) = (
        u32::try_from(width).map_err(|e| Stop::Failed(e.to_string()))?,
        u32::try_from(height).map_err(|e| Stop::Failed(e.to_string()))?,
    );
    let buffer = image::RgbImage::from_raw(w, h, rgb)
        .ok_or_else(|| Stop::Failed("the decoded image has the wrong size".into()))?;
    let mut out = Vec::new();
    buffer
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(|e| Stop::Failed(e.to_string()))?;
    Ok(out)
}

/// Sizes a variant accepts (multiples of 8, as configured).
#[must_use]
pub fn size_ok(variant: Variant, width: u32, height: u32) -> bool {
    variant.sizes().contains(&(width, height))
}

/// Whether a `files` model looks usable without loading it.
#[must_use]
pub fn describe(files: &ModelFiles) -> String {
    format!(
        "{} ({} on disk, about {} of memory)",
        files.variant.code(),
        super::files::human(files.disk_bytes()),
        super::files::human(files.expected_memory())
    )
}
