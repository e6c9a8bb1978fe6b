//! Reads a model's `config.json` files and builds its networks from the safetensors files,
//! tensor by tensor (no memory mapping: the crate forbids `unsafe`). A tensor that is missing
//! or has another shape than the architecture needs is refused with the file, the tensor and
//! both shapes named.

use std::{fs::File, path::Path, sync::Mutex};

use candle_core::{DType, Device, Shape, Tensor};
use candle_nn::{Init, VarBuilder, var_builder::SimpleBackend};
use candle_transformers::models::stable_diffusion::{
    schedulers::PredictionType,
    unet_2d::{BlockConfig, UNet2DConditionModel, UNet2DConditionModelConfig},
    vae::{AutoEncoderKL, AutoEncoderKLConfig},
};
use tokenizers::Tokenizer;

use super::{
    clip,
    files::{DIR_VARIABLE, ModelFiles, Variant, Weights},
    pipeline::SchedulerSettings,
};

/// Serves tensors from one safetensors file, checking each against the shape asked for.
/// With `check_only`, nothing is read: a zero broadcast to the shape stands in (no memory).
struct Source {
    weights: Weights,
    file: Mutex<Option<File>>,
    check_only: bool,
}

impl Source {
    fn new(weights: &Weights, check_only: bool) -> Self {
        Self {
            weights: weights.clone(),
            file: Mutex::new(None),
            check_only,
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
        if self.check_only {
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
    VarBuilder::from_backend(
        Box::new(Source::new(weights, check_only)),
        DType::F32,
        device.clone(),
    )
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
        })
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
    /// The autoencoder.
    pub vae: AutoEncoderKL,
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
        .map(|(e, config)| {
            let tokenizer = Tokenizer::from_file(&e.tokenizer).map_err(|err| {
                format!(
                    "{DIR_VARIABLE}: {} is not a tokenizer: {err}",
                    e.tokenizer.display()
                )
            })?;
            // SD 1.5 pads with the end token; SD 2.1 and SDXL with "!".
            let pad_token = match files.variant {
                Variant::Sd15 => "<|endoftext|>",
                Variant::SdTurbo | Variant::SdxlTurbo => "!",
            };
            let pad = tokenizer
                .token_to_id(pad_token)
                .or_else(|| tokenizer.token_to_id("<|endoftext|>"))
                .ok_or_else(|| {
                    format!(
                        "{DIR_VARIABLE}: {} has no {pad_token:?} token",
                        e.tokenizer.display()
                    )
                })?;
            let model = clip::TextModel::new(&builder(&e.weights, check_only, device), config)
                .map_err(|err| shape_error(&err))?;
            Ok(LoadedEncoder {
                tokenizer,
                pad,
                positions: config.max_position_embeddings,
                model,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let unet = UNet2DConditionModel::new(
        builder(&files.unet, check_only, device),
        arch.unet_in,
        arch.unet_out,
        false,
        arch.unet.clone(),
    )
    .map_err(|e| shape_error(&e))?;
    let vae = AutoEncoderKL::new(
        builder(&files.vae, check_only, device),
        arch.vae_channels.0,
        arch.vae_channels.1,
        arch.vae.clone(),
    )
    .map_err(|e| shape_error(&e))?;
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
        device: device.clone(),
    })
}

/// The default prediction type of a variant when its scheduler config says none.
#[must_use]
pub const fn default_prediction(_variant: Variant) -> PredictionType {
    PredictionType::Epsilon
}
