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
    /// Width of `text_projection` (SDXL's second encoder: 1280); Hugging Face's default is 512.
    #[serde(default = "projection_dim")]
    pub projection_dim: usize,
}

const fn projection_dim() -> usize {
    512
}

/// Which hidden state conditions the UNet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// The last layer's output through the final layer norm (SD 1.5, SD 2.x / SD-Turbo, whose
    /// 23-layer config already drops OpenCLIP's last layer).
    Last,
    /// The second-to-last layer's output, without the final layer norm (`hidden_states[-2]`:
    /// SDXL, both encoders).
    Penultimate,
}

/// What an encoder gives for one prompt.
#[derive(Debug)]
pub struct Encoded {
    /// `[batch, tokens, hidden]`: the chosen hidden state.
    pub context: Tensor,
    /// `[batch, projection_dim]`: the final layer-normed state at the end token through
    /// `text_projection` (only an encoder built with its projection).
    pub pooled: Option<Tensor>,
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
    projection: Option<Linear>,
    positions: usize,
}

impl TextModel {
    /// Builds it from `vb` (names under `text_model.`), with `text_projection` (a bias-free
    /// linear, `hidden_size` → `projection_dim`, at the top level of the file) when `projected`.
    ///
    /// # Errors
    /// A missing or mis-shaped tensor, or an unknown activation.
    pub fn new(vb: &VarBuilder, c: &Config, projected: bool) -> Result<Self> {
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
        let projection = if projected {
            Some(candle_nn::linear_no_bias(
                c.hidden_size,
                c.projection_dim,
                vb.pp("text_projection"),
            )?)
        } else {
            None
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
            projection,
            positions: c.max_position_embeddings,
        })
    }

    /// Encodes `ids` (`[batch, tokens]`): the `hidden` state chosen, and the pooled embedding
    /// when the encoder has its projection, taken at `end` (the position of the first end
    /// token: what `transformers` picks, since `<|endoftext|>` has the highest id).
    ///
    /// # Errors
    /// Tensor errors, or `end` outside the prompt.
    pub fn encode(&self, ids: &Tensor, hidden: Hidden, end: usize) -> Result<Encoded> {
        let (batch, len) = ids.dims2()?;
        if end >= len {
            candle_core::bail!("the end token's position {end} lies outside {len} tokens");
        }
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
        let mut penultimate = None;
        for (i, layer) in self.layers.iter().enumerate() {
            if i + 1 == self.layers.len() {
                penultimate = Some(xs.clone());
                if hidden == Hidden::Penultimate && self.projection.is_none() {
                    // The last layer would change nothing that is used.
                    break;
                }
            }
            xs = layer.forward(&xs, &mask)?;
        }
        let context = match hidden {
            Hidden::Last => self.final_norm.forward(&xs)?,
            Hidden::Penultimate => penultimate.unwrap_or_else(|| xs.clone()),
        };
        let pooled = match &self.projection {
            Some(projection) => {
                let last = self
                    .final_norm
                    .forward(&xs.narrow(1, end, 1)?)?
                    .squeeze(1)?;
                Some(projection.forward(&last)?)
            }
            None => None,
        };
        Ok(Encoded { context, pooled })
    }
}

impl Layer {
    fn forward(&self, xs: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let residual = xs.clone();
        let h = self.attn.forward(&self.norm1.forward(xs)?, mask)?;
        let xs = (h + residual)?;
        let residual = xs.clone();
        let h = self.fc1.forward(&self.norm2.forward(&xs)?)?;
        let h = if self.quick_gelu {
            (&h * candle_nn::ops::sigmoid(&(&h * 1.702f64)?)?)?
        } else {
            // Hugging Face's "gelu" is the exact (erf) one, not the tanh approximation.
            h.gelu_erf()?
        };
        self.fc2.forward(&h)? + residual
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

#[cfg(test)]
mod tests {
    use candle_core::{DType, Device, Tensor};
    use candle_nn::{VarBuilder, VarMap};

    use super::{Config, Hidden, TextModel};

    fn model() -> (VarMap, TextModel) {
        let config: Config = serde_json::from_value(serde_json::json!({
            "vocab_size": 16, "hidden_size": 8, "intermediate_size": 16,
            "num_hidden_layers": 2, "num_attention_heads": 2,
            "max_position_embeddings": 8, "hidden_act": "gelu", "projection_dim": 6
        }))
        .unwrap();
        let varmap = VarMap::new();
        let vb = VarBuilder::from_varmap(&varmap, DType::F32, &Device::Cpu);
        let m = TextModel::new(&vb, &config, true).unwrap();
        (varmap, m)
    }

    fn ids(v: &[u32]) -> Tensor {
        Tensor::new(v, &Device::Cpu).unwrap().unsqueeze(0).unwrap()
    }

    fn values(t: &Tensor) -> Vec<f32> {
        t.flatten_all().unwrap().to_vec1().unwrap()
    }

    /// Overwrites a weight of the model in place.
    fn scramble(varmap: &VarMap, name: &str) {
        let data = varmap.data().lock().unwrap();
        let var = data.get(name).unwrap();
        let t = var.as_tensor();
        var.set(&((t * 3.0).unwrap() + 0.5).unwrap()).unwrap();
    }

    #[test]
    fn the_pooled_embedding_is_the_end_tokens_and_ignores_what_follows() {
        let (_varmap, m) = model();
        let pooled = |v: &[u32], end| {
            values(
                &m.encode(&ids(v), Hidden::Last, end)
                    .unwrap()
                    .pooled
                    .unwrap(),
            )
        };
        let a = pooled(&[0, 4, 5, 1, 2, 2, 2, 2], 3);
        assert_eq!(a.len(), 6, "through text_projection");
        // Only the padding after the end token differs (the mask is causal).
        assert_eq!(a, pooled(&[0, 4, 5, 1, 7, 8, 9, 3], 3));
        assert_ne!(a, pooled(&[0, 4, 6, 1, 2, 2, 2, 2], 3));
        assert_ne!(a, pooled(&[0, 4, 5, 1, 2, 2, 2, 2], 7), "another position");
    }

    #[test]
    fn penultimate_skips_the_last_layer_and_the_final_norm() {
        let (varmap, m) = model();
        let prompt = ids(&[0, 4, 5, 1, 2, 2, 2, 2]);
        let pen = |m: &TextModel| {
            let out = m.encode(&prompt, Hidden::Penultimate, 3).unwrap();
            (values(&out.context), values(&out.pooled.unwrap()))
        };
        let last = |m: &TextModel| values(&m.encode(&prompt, Hidden::Last, 3).unwrap().context);
        let (p0, pooled0) = pen(&m);
        let l0 = last(&m);
        assert_ne!(p0, l0);
        scramble(&varmap, "text_model.encoder.layers.1.mlp.fc2.weight");
        let (p1, pooled1) = pen(&m);
        assert_eq!(
            p0, p1,
            "the last layer does not touch the penultimate state"
        );
        assert_ne!(pooled0, pooled1, "but it does the pooled embedding");
        let l1 = last(&m);
        assert_ne!(l0, l1, "and the last state");
        scramble(&varmap, "text_model.final_layer_norm.weight");
        assert_eq!(pen(&m).0, p0, "nor does the final norm");
        assert_ne!(last(&m), l1);
        scramble(&varmap, "text_model.encoder.layers.0.mlp.fc2.weight");
        assert_ne!(pen(&m).0, p0, "the layer before does");
    }
}
