//! A model's architecture, read from its `config.json` files (the keys we use, with the
//! published models' defaults) and checked against the variant: the text encoders, the UNet
//! (with SDXL's text-and-time conditioning), the VAE and the scheduler.

use std::path::Path;

use candle_transformers::models::stable_diffusion::{
    unet_2d::{BlockConfig, UNet2DConditionModelConfig},
    vae::AutoEncoderKLConfig,
};

use super::{
    clip,
    files::{DIR_VARIABLE, ModelFiles, Variant},
    schedule::SchedulerSettings,
};

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
    pub(super) encoders: Vec<clip::Config>,
    pub(super) unet: UNet2DConditionModelConfig,
    pub(super) unet_in: usize,
    pub(super) unet_out: usize,
    pub(super) vae: AutoEncoderKLConfig,
    pub(super) vae_channels: (usize, usize),
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
