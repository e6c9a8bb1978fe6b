//! Builds a model's networks (its architecture read by [`super::arch`]) from the safetensors
//! files, tensor by tensor (no memory mapping: the crate forbids `unsafe`). A tensor that is
//! missing or has another shape than the architecture needs is refused with the file, the
//! tensor and both shapes named.

use std::{collections::HashMap, fs::File, sync::Mutex};

use candle_core::{DType, Device, Module, Shape, Tensor, Var};
use candle_nn::{Init, Linear, VarBuilder, var_builder::SimpleBackend};
use candle_transformers::models::stable_diffusion::{
    embeddings::Timesteps, unet_2d::UNet2DConditionModel, vae::AutoEncoderKL,
};
use tokenizers::Tokenizer;

pub use super::arch::{Architecture, TextTimeConfig};
use super::{
    clip,
    files::{DIR_VARIABLE, ModelFiles, Variant, Weights},
    vae::VaeEncoder,
};

/// The UNet's tensor that SDXL's text-and-time embedding is folded into (see [`TextTime`]).
const TIME_BIAS: &str = "time_embedding.linear_2.bias";

/// Serves tensors from one safetensors file, checking each against the shape asked for.
/// With `check_only`, nothing is read: a zero broadcast to the shape stands in (no memory).
/// A name in `overrides` is served that tensor (sharing its storage); a name under one of
/// the `stubbed` prefixes is checked but served as zeros (a part built but never run).
struct Source {
    weights: Weights,
    file: Mutex<Option<File>>,
    check_only: bool,
    overrides: HashMap<String, Tensor>,
    stubbed: &'static [&'static str],
}

impl Source {
    fn new(weights: &Weights, check_only: bool) -> Self {
        Self {
            weights: weights.clone(),
            file: Mutex::new(None),
            check_only,
            overrides: HashMap::new(),
            stubbed: &[],
        }
    }

    fn refuse(&self, why: String) -> candle_core::Error {
        candle_core::Error::Msg(format!("{}: {why}", self.weights.path.display()))
    }
}

impl SimpleBackend for Source {
    fn get(
        &self,
        s: Shape,
        name: &str,
        _: Init,
        dtype: DType,
        dev: &Device,
    ) -> candle_core::Result<Tensor> {
        let Some((file_dtype, shape, range)) = self.weights.tensors.get(name) else {
            return Err(self.refuse(format!(
                "has no tensor {name} (of shape {:?}): this is not the model's architecture",
                s.dims()
            )));
        };
        if shape.as_slice() != s.dims() {
            return Err(self.refuse(format!(
                "tensor {name} has the shape {shape:?}, the architecture needs {:?}",
                s.dims()
            )));
        }
        if let Some(t) = self.overrides.get(name) {
            return Ok(t.clone());
        }
        if self.check_only || self.stubbed.iter().any(|p| name.starts_with(p)) {
            return Tensor::zeros((), dtype, dev)?.broadcast_as(s);
        }
        let bytes = {
            let mut guard = self
                .file
                .lock()
                .map_err(|_| self.refuse("a reader panicked".into()))?;
            if guard.is_none() {
                *guard =
                    Some(File::open(&self.weights.path).map_err(|e| self.refuse(e.to_string()))?);
            }
            let Some(file) = guard.as_mut() else {
                return Err(self.refuse("cannot be opened".into()));
            };
            self.weights
                .read(file, *range)
                .map_err(|e| self.refuse(e.to_string()))?
        };
        Tensor::from_raw_buffer(&bytes, *file_dtype, shape, &Device::Cpu)?
            .to_dtype(dtype)?
            .to_device(dev)
    }

    fn get_unchecked(&self, name: &str, dtype: DType, dev: &Device) -> candle_core::Result<Tensor> {
        let Some((_, shape, _)) = self.weights.tensors.get(name) else {
            return Err(self.refuse(format!("has no tensor {name}")));
        };
        self.get(
            Shape::from(shape.clone()),
            name,
            Init::Const(0.),
            dtype,
            dev,
        )
    }

    fn contains_tensor(&self, name: &str) -> bool {
        self.weights.tensors.contains_key(name)
    }
}

fn builder(weights: &Weights, check_only: bool, device: &Device) -> VarBuilder<'static> {
    from_source(Source::new(weights, check_only), device)
}

fn from_source(source: Source, device: &Device) -> VarBuilder<'static> {
    VarBuilder::from_backend(Box::new(source), DType::F32, device.clone())
}

/// SDXL's text-and-time embedding, which candle's UNet does not take: diffusers computes
/// `add_embedding(cat(pooled, add_time_proj(time_ids)))` and adds it to the timestep embedding
/// (`time_embedding.linear_2`'s output) before the blocks. That sum is the same linear with its
/// bias raised by the embedding, which does not change between steps: the UNet is built with
/// that bias as a [`Var`], set before each image from the original bias (so nothing
/// accumulates), under [`Loaded::lock`].
pub struct TextTime {
    time_proj: Timesteps,
    linear_1: Linear,
    linear_2: Linear,
    bias: Var,
    original: Tensor,
}

impl TextTime {
    /// `add_embedding.linear_1` (`input_dim` → `embed_dim`) and `linear_2` (`embed_dim` →
    /// `embed_dim`) from the UNet's file.
    ///
    /// # Errors
    /// A missing or mis-shaped tensor.
    pub fn layers(vb: &VarBuilder, c: &TextTimeConfig) -> candle_core::Result<(Linear, Linear)> {
        let vb = vb.pp("add_embedding");
        Ok((
            candle_nn::linear(c.input_dim, c.embed_dim, vb.pp("linear_1"))?,
            candle_nn::linear(c.embed_dim, c.embed_dim, vb.pp("linear_2"))?,
        ))
    }

    /// The embedding added to the timestep embedding, `[1, embed_dim]`, for `pooled`
    /// (`[1, projection_dim]`) and the six numbers (`original_size + crop_top_left +
    /// target_size`).
    ///
    /// # Errors
    /// Tensor errors.
    pub fn embedding(&self, pooled: &Tensor, time_ids: [f32; 6]) -> candle_core::Result<Tensor> {
        let ids = Tensor::new(&time_ids, pooled.device())?;
        let times = self.time_proj.forward(&ids)?.reshape((1, ()))?;
        let input = Tensor::cat(&[pooled, &times], 1)?;
        let h = candle_nn::ops::silu(&self.linear_1.forward(&input)?)?;
        self.linear_2.forward(&h)
    }

    /// Makes the UNet add `embedding` (`[1, embed_dim]`) to every timestep embedding.
    ///
    /// # Errors
    /// Tensor errors.
    pub fn condition(&self, embedding: &Tensor) -> candle_core::Result<()> {
        self.bias
            .set(&(&self.original + embedding.squeeze(0)?)?.contiguous()?)
    }
}

/// A text encoder ready to run.
pub struct LoadedEncoder {
    /// Its tokenizer.
    pub tokenizer: Tokenizer,
    /// Its padding token.
    pub pad: u32,
    /// Tokens per prompt.
    pub positions: usize,
    /// Its end token (`<|endoftext|>`), whose position gives the pooled embedding.
    pub end: u32,
    /// The transformer.
    pub model: clip::TextModel,
}

/// A model in memory.
pub struct Loaded {
    /// Which model.
    pub variant: Variant,
    /// Its architecture.
    pub arch: Architecture,
    /// The text encoders.
    pub encoders: Vec<LoadedEncoder>,
    /// The denoiser.
    pub unet: UNet2DConditionModel,
    /// The autoencoder (its encoder is not loaded: see `vae_encoder`).
    pub vae: AutoEncoderKL,
    /// The VAE's encoder, for the variants that take a reference.
    pub vae_encoder: Option<VaeEncoder>,
    /// SDXL's text-and-time conditioning.
    pub text_time: Option<TextTime>,
    /// Held for the whole of an image whose conditioning lives in the UNet's weights
    /// ([`TextTime`]), so that two concurrent images cannot mix theirs.
    pub lock: Mutex<()>,
    /// Where it runs.
    pub device: Device,
}

fn shape_error(e: &candle_core::Error) -> String {
    format!("{DIR_VARIABLE}: {e}")
}

/// Builds every network of the model: with `check_only`, from the headers alone (a start-up
/// check that costs no memory), else reading the weights.
///
/// # Errors
/// A message naming the file, and the tensor with both shapes when one does not fit.
pub fn build(
    files: &ModelFiles,
    arch: &Architecture,
    device: &Device,
    check_only: bool,
) -> Result<Loaded, String> {
    let encoders = files
        .encoders
        .iter()
        .zip(&arch.encoders)
        .enumerate()
        .map(|(index, (e, config))| {
            let tokenizer = Tokenizer::from_file(&e.tokenizer).map_err(|err| {
                format!(
                    "{DIR_VARIABLE}: {} is not a tokenizer: {err}",
                    e.tokenizer.display()
                )
            })?;
            let pad_token = files.variant.pad_token(index);
            let pad = tokenizer
                .token_to_id(pad_token)
                .or_else(|| tokenizer.token_to_id("<|endoftext|>"))
                .ok_or_else(|| {
                    format!(
                        "{DIR_VARIABLE}: {} has no {pad_token:?} token",
                        e.tokenizer.display()
                    )
                })?;
            let end = tokenizer.token_to_id("<|endoftext|>").ok_or_else(|| {
                format!(
                    "{DIR_VARIABLE}: {} has no \"<|endoftext|>\" token",
                    e.tokenizer.display()
                )
            })?;
            // SDXL's pooled embedding comes from the last encoder's projection.
            let projected = arch.text_time.is_some() && index + 1 == arch.encoders.len();
            let model =
                clip::TextModel::new(&builder(&e.weights, check_only, device), config, projected)
                    .map_err(|err| shape_error(&err))?;
            Ok(LoadedEncoder {
                tokenizer,
                pad,
                end,
                positions: config.max_position_embeddings,
                model,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut unet_source = Source::new(&files.unet, check_only);
    let text_time = match &arch.text_time {
        Some(c) => {
            let original = unet_source
                .get(
                    Shape::from(c.embed_dim),
                    TIME_BIAS,
                    Init::Const(0.),
                    DType::F32,
                    device,
                )
                .map_err(|e| shape_error(&e))?;
            let bias = Var::zeros(c.embed_dim, DType::F32, device).map_err(|e| e.to_string())?;
            bias.set(&original).map_err(|e| e.to_string())?;
            unet_source
                .overrides
                .insert(TIME_BIAS.to_owned(), bias.as_tensor().clone());
            let (linear_1, linear_2) =
                TextTime::layers(&builder(&files.unet, check_only, device), c)
                    .map_err(|e| shape_error(&e))?;
            Some(TextTime {
                time_proj: Timesteps::new(c.time_dim, c.flip_sin_to_cos, c.freq_shift),
                linear_1,
                linear_2,
                bias,
                original,
            })
        }
        None => None,
    };
    let unet = UNet2DConditionModel::new(
        from_source(unet_source, device),
        arch.unet_in,
        arch.unet_out,
        false,
        arch.unet.clone(),
    )
    .map_err(|e| shape_error(&e))?;
    // candle's own encoder draws its sample from an unseeded generator: ours (below) is used,
    // and candle's copy is only checked, not loaded.
    let mut vae_source = Source::new(&files.vae, check_only);
    vae_source.stubbed = &["encoder.", "quant_conv."];
    let vae = AutoEncoderKL::new(
        from_source(vae_source, device),
        arch.vae_channels.0,
        arch.vae_channels.1,
        arch.vae.clone(),
    )
    .map_err(|e| shape_error(&e))?;
    let vae_encoder = if files.variant.takes_reference() {
        Some(
            VaeEncoder::new(
                &builder(&files.vae, check_only, device),
                arch.vae_channels.0,
                &arch.vae,
            )
            .map_err(|e| shape_error(&e))?,
        )
    } else {
        None
    };
    let width: usize = arch.encoders.iter().map(|c| c.hidden_size).sum();
    if width != arch.unet.cross_attention_dim {
        return Err(format!(
            "{DIR_VARIABLE}: the text encoders give {width} features, the UNet ({}) expects {}",
            files.unet_config.display(),
            arch.unet.cross_attention_dim
        ));
    }
    Ok(Loaded {
        variant: files.variant,
        arch: arch.clone(),
        encoders,
        unet,
        vae,
        vae_encoder,
        text_time,
        lock: Mutex::new(()),
        device: device.clone(),
    })
}
