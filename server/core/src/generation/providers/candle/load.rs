//! Reads a model's `config.json` files and builds its networks from the safetensors files,
//! tensor by tensor (no memory mapping: the crate forbids `unsafe`). A tensor that is missing
//! or has another shape than the architecture needs is refused with the file, the tensor and
//! both shapes named.

use std::{collections::HashMap, fs::File, path::Path, sync::Mutex};

use candle_core::{DType, Device, Module, Shape, Tensor, Var};
use candle_nn::{Init, Linear, VarBuilder, var_builder::SimpleBackend};
use candle_transformers::models::stable_diffusion::{
    embeddings::Timesteps,
    schedulers::PredictionType,
    unet_2d::{BlockConfig, UNet2DConditionModel, UNet2DConditionModelConfig},
    vae::{AutoEncoderKL, AutoEncoderKLConfig},
};
use tokenizers::Tokenizer;

use super::{
    clip,
    files::{DIR_VARIABLE, ModelFiles, Variant, Weights},
    pipeline::SchedulerSettings,
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

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{DIR_VARIABLE}: {} cannot be read: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{DIR_VARIABLE}: {} is not the expected config: {e}",
            path.display()
        )
    })
}

/// A per-block value that may be given once for all blocks.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(untagged)]
enum PerBlock {
    One(usize),
    Each(Vec<usize>),
}

impl PerBlock {
    fn at(&self, i: usize) -> Option<usize> {
        match self {
            Self::One(v) => Some(*v),
            Self::Each(list) => list.get(i).copied(),
        }
    }
}

fn one() -> PerBlock {
    PerBlock::One(1)
}
const fn default_groups() -> usize {
    32
}
const fn default_eps() -> f64 {
    1e-5
}
const fn default_true() -> bool {
    true
}
const fn default_one_f() -> f64 {
    1.0
}
const fn default_four() -> usize {
    4
}
const fn default_three() -> usize {
    3
}

/// `unet/config.json` (the keys we use).
#[derive(Debug, Clone, serde::Deserialize)]
struct UnetJson {
    #[serde(default = "default_four")]
    in_channels: usize,
    #[serde(default = "default_four")]
    out_channels: usize,
    block_out_channels: Vec<usize>,
    down_block_types: Vec<String>,
    layers_per_block: usize,
    attention_head_dim: PerBlock,
    cross_attention_dim: usize,
    #[serde(default = "default_groups")]
    norm_num_groups: usize,
    #[serde(default = "default_eps")]
    norm_eps: f64,
    #[serde(default)]
    use_linear_projection: bool,
    #[serde(default = "one")]
    transformer_layers_per_block: PerBlock,
    #[serde(default = "default_true")]
    flip_sin_to_cos: bool,
    #[serde(default)]
    freq_shift: f64,
    #[serde(default)]
    center_input_sample: bool,
    #[serde(default = "default_one_usize")]
    downsample_padding: usize,
    #[serde(default = "default_one_f")]
    mid_block_scale_factor: f64,
    /// `text_time` for SDXL (none for SD 1.5 / 2.x).
    #[serde(default)]
    addition_embed_type: Option<String>,
    /// SDXL: the width of each of the six size-and-crop numbers' embedding (256).
    #[serde(default)]
    addition_time_embed_dim: Option<usize>,
    /// SDXL: the pooled text embedding and the six embedded numbers together (2816).
    #[serde(default)]
    projection_class_embeddings_input_dim: Option<usize>,
}

/// SDXL's extra conditioning (`addition_embed_type = "text_time"`), as `unet/config.json`
/// gives it.
#[derive(Debug, Clone, Copy)]
pub struct TextTimeConfig {
    /// `addition_time_embed_dim`.
    pub time_dim: usize,
    /// `projection_class_embeddings_input_dim`.
    pub input_dim: usize,
    /// The UNet's time embedding width (`block_out_channels[0] × 4`).
    pub embed_dim: usize,
    /// `flip_sin_to_cos` and `freq_shift`, shared with the UNet's own timestep projection.
    pub flip_sin_to_cos: bool,
    /// See `flip_sin_to_cos`.
    pub freq_shift: f64,
}

const fn default_one_usize() -> usize {
    1
}

/// `vae/config.json` (the keys we use).
#[derive(Debug, Clone, serde::Deserialize)]
struct VaeJson {
    block_out_channels: Vec<usize>,
    layers_per_block: usize,
    #[serde(default = "default_four")]
    latent_channels: usize,
    #[serde(default = "default_groups")]
    norm_num_groups: usize,
    #[serde(default = "default_three")]
    in_channels: usize,
    #[serde(default = "default_three")]
    out_channels: usize,
    scaling_factor: Option<f64>,
}

/// The architecture read from the model's `config.json` files.
#[derive(Debug, Clone)]
pub struct Architecture {
    encoders: Vec<clip::Config>,
    unet: UNet2DConditionModelConfig,
    unet_in: usize,
    unet_out: usize,
    vae: AutoEncoderKLConfig,
    vae_channels: (usize, usize),
    /// The VAE's latent scale.
    pub vae_scale: f64,
    /// The latent channels.
    pub latent_channels: usize,
    /// The sampler's settings.
    pub scheduler: SchedulerSettings,
    /// SDXL's text-and-time conditioning.
    pub text_time: Option<TextTimeConfig>,
}

impl Architecture {
    /// Reads the `config.json` files.
    ///
    /// # Errors
    /// A message naming the file at fault.
    pub fn read(files: &ModelFiles) -> Result<Self, String> {
        let encoders = files
            .encoders
            .iter()
            .map(|e| read_json::<clip::Config>(&e.config))
            .collect::<Result<Vec<_>, _>>()?;
        let u: UnetJson = read_json(&files.unet_config)?;
        let bad_unet =
            |why: &str| format!("{DIR_VARIABLE}: {}: {why}", files.unet_config.display());
        if u.block_out_channels.is_empty() || u.block_out_channels.len() != u.down_block_types.len()
        {
            return Err(bad_unet(
                "block_out_channels and down_block_types must list the same blocks",
            ));
        }
        let blocks = (0..u.block_out_channels.len())
            .map(|i| {
                Ok(BlockConfig {
                    out_channels: u.block_out_channels[i],
                    use_cross_attn: if u.down_block_types[i].starts_with("CrossAttn") {
                        Some(u.transformer_layers_per_block.at(i).ok_or_else(|| {
                            bad_unet("transformer_layers_per_block lists too few blocks")
                        })?)
                    } else {
                        None
                    },
                    attention_head_dim: u
                        .attention_head_dim
                        .at(i)
                        .ok_or_else(|| bad_unet("attention_head_dim lists too few blocks"))?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let v: VaeJson = read_json(&files.vae_config)?;
        let vae_scale = v.scaling_factor.unwrap_or(match files.variant {
            Variant::SdxlTurbo => 0.130_25,
            Variant::SdTurbo | Variant::Sd15 => 0.182_15,
        });
        let scheduler = SchedulerSettings::read(files)?;
        let text_time = text_time(files, &u, &encoders)?;
        Ok(Self {
            encoders,
            unet: UNet2DConditionModelConfig {
                center_input_sample: u.center_input_sample,
                flip_sin_to_cos: u.flip_sin_to_cos,
                freq_shift: u.freq_shift,
                blocks,
                layers_per_block: u.layers_per_block,
                downsample_padding: u.downsample_padding,
                mid_block_scale_factor: u.mid_block_scale_factor,
                norm_num_groups: u.norm_num_groups,
                norm_eps: u.norm_eps,
                cross_attention_dim: u.cross_attention_dim,
                sliced_attention_size: None,
                use_linear_projection: u.use_linear_projection,
            },
            unet_in: u.in_channels,
            unet_out: u.out_channels,
            latent_channels: v.latent_channels,
            vae: AutoEncoderKLConfig {
                block_out_channels: v.block_out_channels,
                layers_per_block: v.layers_per_block,
                latent_channels: v.latent_channels,
                norm_num_groups: v.norm_num_groups,
                use_quant_conv: true,
                use_post_quant_conv: true,
            },
            vae_channels: (v.in_channels, v.out_channels),
            vae_scale,
            scheduler,
            text_time,
        })
    }
}

/// SDXL's `text_time` conditioning from `unet/config.json`, checked against the variant and
/// the second text encoder's `projection_dim`.
fn text_time(
    files: &ModelFiles,
    u: &UnetJson,
    encoders: &[clip::Config],
) -> Result<Option<TextTimeConfig>, String> {
    let bad = |why: String| format!("{DIR_VARIABLE}: {}: {why}", files.unet_config.display());
    let wanted = files.variant.two_encoders();
    match (u.addition_embed_type.as_deref(), wanted) {
        (None, false) => return Ok(None),
        (Some("text_time"), true) => {}
        (other, true) => {
            return Err(bad(format!(
                "addition_embed_type is {other:?}; {} needs \"text_time\"",
                files.variant.code()
            )));
        }
        (Some(other), false) => {
            return Err(bad(format!(
                "addition_embed_type {other:?} is not {}'s architecture",
                files.variant.code()
            )));
        }
    }
    let need = |key: &str, v: Option<usize>| v.ok_or_else(|| bad(format!("{key} is missing")));
    let time_dim = need("addition_time_embed_dim", u.addition_time_embed_dim)?;
    let input_dim = need(
        "projection_class_embeddings_input_dim",
        u.projection_class_embeddings_input_dim,
    )?;
    // diffusers' `_get_add_time_ids`: the pooled embedding and six embedded numbers.
    let pooled = encoders.last().map_or(0, |c| c.projection_dim);
    if time_dim == 0 || !time_dim.is_multiple_of(2) || pooled + 6 * time_dim != input_dim {
        return Err(bad(format!(
            "projection_class_embeddings_input_dim is {input_dim}, but the second text encoder's projection_dim ({pooled}) + 6 × addition_time_embed_dim ({time_dim}) is {}",
            pooled + 6 * time_dim
        )));
    }
    Ok(Some(TextTimeConfig {
        time_dim,
        input_dim,
        embed_dim: u.block_out_channels[0] * 4,
        flip_sin_to_cos: u.flip_sin_to_cos,
        freq_shift: u.freq_shift,
    }))
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

impl Architecture {
    /// The UNet's config and its input and output channels.
    #[must_use]
    pub fn unet_parts(&self) -> (UNet2DConditionModelConfig, usize, usize) {
        (self.unet.clone(), self.unet_in, self.unet_out)
    }

    /// The VAE's config and its image channels in and out.
    #[must_use]
    pub fn vae_parts(&self) -> (AutoEncoderKLConfig, usize, usize) {
        (self.vae.clone(), self.vae_channels.0, self.vae_channels.1)
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

/// The default prediction type of a variant when its scheduler config says none.
#[must_use]
pub const fn default_prediction(_variant: Variant) -> PredictionType {
    PredictionType::Epsilon
}
