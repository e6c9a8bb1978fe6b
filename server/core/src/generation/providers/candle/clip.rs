//! The CLIP text encoder of Stable Diffusion, sized by the model's own
//! `text_encoder/config.json` (candle-transformers' copy only knows the published sizes). The
//! weight names are Hugging Face's (`text_model.…`), so the files load as downloaded.

use candle_core::{D, DType, Device, Module, Result, Tensor};
use candle_nn::{Embedding, LayerNorm, Linear, VarBuilder};

/// `text_encoder/config.json` (the keys we use).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Config {
    /// Tokens known.
    pub vocab_size: usize,
    /// Width of the hidden states.
    pub hidden_size: usize,
    /// Width of the MLP.
    pub intermediate_size: usize,
    /// Layers.
    pub num_hidden_layers: usize,
    /// Heads per layer.
    pub num_attention_heads: usize,
    /// Tokens per prompt (77).
    pub max_position_embeddings: usize,
    /// `quick_gelu` (SD 1.5, SDXL's first) or `gelu` (SD 2.1, SDXL's second).
    #[serde(default = "quick_gelu")]
    pub hidden_act: String,
    /// Layer-norm epsilon.
    #[serde(default = "eps")]
    pub layer_norm_eps: f64,
}

fn quick_gelu() -> String {
    "quick_gelu".into()
}

const fn eps() -> f64 {
    1e-5
}

struct Attention {
    q: Linear,
    k: Linear,
    v: Linear,
    out: Linear,
    heads: usize,
    head_dim: usize,
}

struct Layer {
    attn: Attention,
    norm1: LayerNorm,
    fc1: Linear,
    fc2: Linear,
    norm2: LayerNorm,
    quick_gelu: bool,
}

/// The text transformer.
pub struct TextModel {
    token_embedding: Embedding,
    position_embedding: Embedding,
    layers: Vec<Layer>,
    final_norm: LayerNorm,
    positions: usize,
}

impl TextModel {
    /// Builds it from `vb` (names under `text_model.`).
    ///
    /// # Errors
    /// A missing or mis-shaped tensor, or an unknown activation.
    pub fn new(vb: &VarBuilder, c: &Config) -> Result<Self> {
        if c.num_attention_heads == 0 || !c.hidden_size.is_multiple_of(c.num_attention_heads) {
            candle_core::bail!(
                "text_encoder/config.json: hidden_size is not a multiple of num_attention_heads"
            );
        }
        let quick_gelu = match c.hidden_act.as_str() {
            "quick_gelu" => true,
            "gelu" => false,
            other => candle_core::bail!("text_encoder/config.json: unsupported hidden_act {other}"),
        };
        let vb = vb.pp("text_model");
        let emb = vb.pp("embeddings");
        let enc = vb.pp("encoder").pp("layers");
        let h = c.hidden_size;
        let layers = (0..c.num_hidden_layers)
            .map(|i| {
                let l = enc.pp(i.to_string());
                let a = l.pp("self_attn");
                Ok(Layer {
                    attn: Attention {
                        q: candle_nn::linear(h, h, a.pp("q_proj"))?,
                        k: candle_nn::linear(h, h, a.pp("k_proj"))?,
                        v: candle_nn::linear(h, h, a.pp("v_proj"))?,
                        out: candle_nn::linear(h, h, a.pp("out_proj"))?,
                        heads: c.num_attention_heads,
                        head_dim: h / c.num_attention_heads,
                    },
                    norm1: candle_nn::layer_norm(h, c.layer_norm_eps, l.pp("layer_norm1"))?,
                    fc1: candle_nn::linear(h, c.intermediate_size, l.pp("mlp").pp("fc1"))?,
                    fc2: candle_nn::linear(c.intermediate_size, h, l.pp("mlp").pp("fc2"))?,
                    norm2: candle_nn::layer_norm(h, c.layer_norm_eps, l.pp("layer_norm2"))?,
                    quick_gelu,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            token_embedding: candle_nn::embedding(c.vocab_size, h, emb.pp("token_embedding"))?,
            position_embedding: candle_nn::embedding(
                c.max_position_embeddings,
                h,
                emb.pp("position_embedding"),
            )?,
            layers,
            final_norm: candle_nn::layer_norm(h, c.layer_norm_eps, vb.pp("final_layer_norm"))?,
            positions: c.max_position_embeddings,
        })
    }

    /// The last hidden state (after the final layer norm) of `ids` (`[1, tokens]`).
    ///
    /// # Errors
    /// Tensor errors.
    pub fn forward(&self, ids: &Tensor) -> Result<Tensor> {
        let (batch, len) = ids.dims2()?;
        let device = ids.device();
        let positions = Tensor::arange(
            0u32,
            u32::try_from(len.min(self.positions)).unwrap_or(0),
            device,
        )?
        .unsqueeze(0)?;
        let mut xs = self
            .token_embedding
            .forward(ids)?
            .broadcast_add(&self.position_embedding.forward(&positions)?)?;
        let mask = causal_mask(batch, len, device)?;
        for layer in &self.layers {
            let residual = xs.clone();
            let h = layer.attn.forward(&layer.norm1.forward(&xs)?, &mask)?;
            xs = (h + residual)?;
            let residual = xs.clone();
            let h = layer.fc1.forward(&layer.norm2.forward(&xs)?)?;
            let h = if layer.quick_gelu {
                (&h * candle_nn::ops::sigmoid(&(&h * 1.702f64)?)?)?
            } else {
                h.gelu()?
            };
            xs = (layer.fc2.forward(&h)? + residual)?;
        }
        self.final_norm.forward(&xs)
    }
}

impl Attention {
    fn forward(&self, xs: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let (b, n, width) = xs.dims3()?;
        #[allow(clippy::cast_precision_loss)]
        let scale = (self.head_dim as f64).powf(-0.5);
        let shape = |t: Tensor| -> Result<Tensor> {
            t.reshape((b, n, self.heads, self.head_dim))?
                .transpose(1, 2)?
                .contiguous()?
                .reshape((b * self.heads, n, self.head_dim))
        };
        let q = shape((self.q.forward(xs)? * scale)?)?;
        let k = shape(self.k.forward(xs)?)?;
        let v = shape(self.v.forward(xs)?)?;
        let w = q.matmul(&k.transpose(1, 2)?.contiguous()?)?;
        let w = w
            .reshape((b, self.heads, n, n))?
            .broadcast_add(mask)?
            .reshape((b * self.heads, n, n))?;
        let w = candle_nn::ops::softmax(&w, D::Minus1)?;
        let out = w
            .matmul(&v)?
            .reshape((b, self.heads, n, self.head_dim))?
            .transpose(1, 2)?
            .reshape((b, n, width))?;
        self.out.forward(&out)
    }
}

fn causal_mask(batch: usize, n: usize, device: &Device) -> Result<Tensor> {
    let mask: Vec<f32> = (0..n)
        .flat_map(|i| (0..n).map(move |j| if j > i { f32::MIN } else { 0.0 }))
        .collect();
    Tensor::from_slice(&mask, (n, n), device)?
        .to_dtype(DType::F32)?
        .broadcast_as((batch, 1, n, n))
}
