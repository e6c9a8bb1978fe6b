//! The VAE's encoder (img2img), built from candle's public blocks the way candle's
//! `AutoEncoderKL` builds its private one (diffusers' `Encoder` with `DownEncoderBlock2D`s),
//! so that the latent sample is drawn from the job's seeded generator instead of candle's
//! unseeded one.

use candle_core::{Module, Result, Tensor};
use candle_nn::{Conv2d, Conv2dConfig, GroupNorm, VarBuilder};
use candle_transformers::models::stable_diffusion::{
    unet_2d_blocks::{
        DownEncoderBlock2D, DownEncoderBlock2DConfig, UNetMidBlock2D, UNetMidBlock2DConfig,
    },
    vae::AutoEncoderKLConfig,
};

/// `encoder.*` and `quant_conv` of the VAE's file.
pub struct VaeEncoder {
    conv_in: Conv2d,
    down_blocks: Vec<DownEncoderBlock2D>,
    mid_block: UNetMidBlock2D,
    conv_norm_out: GroupNorm,
    conv_out: Conv2d,
    quant_conv: Conv2d,
}

impl VaeEncoder {
    /// Builds it from the VAE's file (`vb` at its root).
    ///
    /// # Errors
    /// A missing or mis-shaped tensor.
    pub fn new(vb: &VarBuilder, in_channels: usize, c: &AutoEncoderKLConfig) -> Result<Self> {
        let Some(&last) = c.block_out_channels.last() else {
            candle_core::bail!("vae/config.json: block_out_channels is empty");
        };
        let padded = Conv2dConfig {
            padding: 1,
            ..Default::default()
        };
        let enc = vb.pp("encoder");
        let conv_in = candle_nn::conv2d(
            in_channels,
            c.block_out_channels[0],
            3,
            padded,
            enc.pp("conv_in"),
        )?;
        let down_blocks = c
            .block_out_channels
            .iter()
            .enumerate()
            .map(|(i, &out)| {
                let input = if i == 0 {
                    c.block_out_channels[0]
                } else {
                    c.block_out_channels[i - 1]
                };
                DownEncoderBlock2D::new(
                    enc.pp("down_blocks").pp(i.to_string()),
                    input,
                    out,
                    DownEncoderBlock2DConfig {
                        num_layers: c.layers_per_block,
                        resnet_eps: 1e-6,
                        resnet_groups: c.norm_num_groups,
                        add_downsample: i + 1 < c.block_out_channels.len(),
                        downsample_padding: 0,
                        ..Default::default()
                    },
                )
            })
            .collect::<Result<Vec<_>>>()?;
        let mid_block = UNetMidBlock2D::new(
            enc.pp("mid_block"),
            last,
            None,
            UNetMidBlock2DConfig {
                resnet_eps: 1e-6,
                output_scale_factor: 1.,
                attn_num_head_channels: None,
                resnet_groups: Some(c.norm_num_groups),
                ..Default::default()
            },
        )?;
        let conv_norm_out =
            candle_nn::group_norm(c.norm_num_groups, last, 1e-6, enc.pp("conv_norm_out"))?;
        let moments = 2 * c.latent_channels;
        let conv_out = candle_nn::conv2d(last, moments, 3, padded, enc.pp("conv_out"))?;
        let quant_conv = candle_nn::conv2d(
            moments,
            moments,
            1,
            Conv2dConfig::default(),
            vb.pp("quant_conv"),
        )?;
        Ok(Self {
            conv_in,
            down_blocks,
            mid_block,
            conv_norm_out,
            conv_out,
            quant_conv,
        })
    }

    /// The latent distribution of `image` (`[1, 3, h, w]` in −1…1): its mean and standard
    /// deviation (diffusers' `DiagonalGaussianDistribution`, log-variance clamped to −30…20).
    ///
    /// # Errors
    /// Tensor errors.
    pub fn moments(&self, image: &Tensor) -> Result<(Tensor, Tensor)> {
        let mut xs = self.conv_in.forward(image)?;
        for block in &self.down_blocks {
            xs = block.forward(&xs)?;
        }
        let xs = self
            .conv_norm_out
            .forward(&self.mid_block.forward(&xs, None)?)?;
        let xs = self
            .quant_conv
            .forward(&self.conv_out.forward(&candle_nn::ops::silu(&xs)?)?)?;
        let halves = xs.chunk(2, 1)?;
        let (Some(mean), Some(logvar)) = (halves.first(), halves.get(1)) else {
            candle_core::bail!("the VAE's encoder gave no moments");
        };
        let std = (logvar.clamp(-30f32, 20f32)? * 0.5)?.exp()?;
        Ok((mean.clone(), std))
    }
}
