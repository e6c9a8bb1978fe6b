//! Sampling: the prompt through the text encoder(s), noise from the task's seed, the steps of
//! the scheduler (Euler for SD-Turbo, Euler ancestral for SDXL-Turbo — what their repositories
//! ship — and DDIM for SD 1.5, all with their noise drawn from the same seeded generator so that
//! a seed always gives the same image on the same build), and the VAE's decoding to PNG.
//! img2img (SD 1.5) starts from the reference encoded by the VAE (its latent sample drawn from
//! the same generator) with noise added at the strength's step.

use candle_core::{D, DType, IndexOp, Tensor};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::{
    files::{ModelFiles, Variant},
    load::Loaded,
    schedule::{Noise, Schedule},
};

/// How much of the reference an img2img generation keeps (0: all of it, 1: none).
pub const IMG2IMG_STRENGTH: f64 = 0.75;

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
) -> Result<(Tensor, usize), Stop> {
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
    let end = end_position(&ids, enc.end);
    Ok((Tensor::new(ids.as_slice(), device)?.unsqueeze(0)?, end))
}

/// Where the pooled embedding is taken: the first end token (the last position if there is
/// none).
fn end_position(ids: &[u32], end: u32) -> usize {
    ids.iter()
        .position(|&id| id == end)
        .unwrap_or_else(|| ids.len().saturating_sub(1))
}

/// A prompt's conditioning: the encoders' hidden states side by side (`[1, 77, Σ hidden]`),
/// and SDXL's pooled embedding.
struct Conditioning {
    context: Tensor,
    pooled: Option<Tensor>,
}

fn embed(model: &Loaded, text: &str) -> Result<Conditioning, Stop> {
    let hidden = model.variant.hidden();
    let mut parts = Vec::new();
    let mut pooled = None;
    for enc in &model.encoders {
        let (ids, end) = tokens(enc, text, &model.device)?;
        let out = enc.model.encode(&ids, hidden, end)?;
        parts.push(out.context);
        // diffusers keeps the pooled output of the last encoder that has one.
        pooled = out.pooled.or(pooled);
    }
    Ok(Conditioning {
        context: Tensor::cat(&parts, D::Minus1)?,
        pooled,
    })
}

/// SDXL's text-and-time embedding for `text` at the request's size (diffusers'
/// `_get_add_time_ids`: original size, crop top-left (0, 0), target size), folded into the
/// UNet.
fn condition_sdxl(model: &Loaded, req: &Request<'_>, text: &Conditioning) -> Result<(), Stop> {
    let Some(text_time) = &model.text_time else {
        return Ok(());
    };
    let Some(pooled) = &text.pooled else {
        return Err(Stop::Failed(
            "the second text encoder gave no pooled embedding".into(),
        ));
    };
    #[allow(clippy::cast_precision_loss)]
    let (h, w) = (req.height as f32, req.width as f32);
    let embedding = text_time.embedding(pooled, [h, w, 0.0, 0.0, h, w])?;
    text_time.condition(&embedding)?;
    Ok(())
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
    // SDXL's conditioning lives in the UNet's weights for the whole image: one image at a
    // time per model, and one conditioning per batch (no guidance, whose negative half would
    // need another).
    let _conditioned = if model.text_time.is_some() {
        if guidance > 1.0 {
            return Err(Stop::Failed(
                "SDXL's text-and-time conditioning is applied without guidance only".into(),
            ));
        }
        let guard = model
            .lock
            .lock()
            .map_err(|_| Stop::Failed("the model's lock is unusable".into()))?;
        condition_sdxl(model, req, &text)?;
        Some(guard)
    } else {
        None
    };
    let context = if guidance > 1.0 {
        Tensor::cat(&[embed(model, req.negative)?.context, text.context], 0)?
    } else {
        text.context
    };
    let schedule = Schedule::new(&model.arch.scheduler, req.steps.max(1));
    let latent = (1, model.arch.latent_channels, req.height / 8, req.width / 8);
    let (mut latents, start) = match &req.reference {
        Some(rgb) if model.variant.takes_reference() => {
            let image = Tensor::from_vec(rgb.clone(), (req.height, req.width, 3), device)?
                .permute((2, 0, 1))?
                .to_dtype(DType::F32)?
                .affine(2.0 / 255.0, -1.0)?
                .unsqueeze(0)?;
            let Some(encoder) = &model.vae_encoder else {
                return Err(Stop::Failed("this model has no VAE encoder".into()));
            };
            // The latent sample, mean + std · ε, with ε from the seed (drawn before the noise
            // added below).
            let (mean, std) = encoder.moments(&image)?;
            let eps = noise.tensor(mean.dims4()?, device)?;
            let clean = ((mean + (std * eps)?)? * model.arch.vae_scale)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pooled_token_is_the_first_end_token() {
        assert_eq!(end_position(&[0, 4, 5, 1, 1, 1, 1, 1], 1), 3);
        assert_eq!(end_position(&[0, 4, 5, 1, 2, 2, 2, 2], 1), 3);
        assert_eq!(end_position(&[0, 4, 5, 6], 1), 3, "none: the last");
    }
}
