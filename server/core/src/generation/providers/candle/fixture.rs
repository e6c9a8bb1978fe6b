//! Writes a model of a variant's architecture with random weights, in Hugging Face's layout:
//! tiny for the tests (small channel counts, loads and samples in seconds), full-size for
//! `bench/local`. Not a model anyone should use: its images are noise.

use std::path::Path;

use candle_core::{DType, Device};
use candle_nn::{VarBuilder, VarMap};
use candle_transformers::models::stable_diffusion::{
    unet_2d::UNet2DConditionModel, vae::AutoEncoderKL,
};

use super::{
    clip,
    files::{Encoder, ModelFiles, Variant},
    load::{Architecture, TextTime},
};

/// How big.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Small channel counts (tests).
    Tiny,
    /// The published architecture (benchmarks).
    Full,
}

fn configs(
    variant: Variant,
    scale: Scale,
) -> (Vec<serde_json::Value>, serde_json::Value, serde_json::Value) {
    use serde_json::json;
    match scale {
        Scale::Tiny => {
            let enc = |width: usize, act: &str| {
                json!({"vocab_size": 64, "hidden_size": width, "intermediate_size": width * 2,
                       "num_hidden_layers": 1, "num_attention_heads": 2,
                       "max_position_embeddings": 8, "hidden_act": act})
            };
            let encoders = if variant.two_encoders() {
                // Two layers, so that the penultimate state is a layer's output.
                let mut first = enc(16, "quick_gelu");
                first["num_hidden_layers"] = json!(2);
                let mut second = enc(16, "gelu");
                second["num_hidden_layers"] = json!(2);
                second["projection_dim"] = json!(16);
                vec![first, second]
            } else {
                vec![enc(
                    32,
                    if variant == Variant::Sd15 {
                        "quick_gelu"
                    } else {
                        "gelu"
                    },
                )]
            };
            let mut unet = json!({"in_channels": 4, "out_channels": 4,
                "block_out_channels": [32, 64],
                "down_block_types": ["CrossAttnDownBlock2D", "DownBlock2D"],
                "layers_per_block": 1, "attention_head_dim": [2, 2],
                "cross_attention_dim": 32, "norm_num_groups": 32,
                "use_linear_projection": variant != Variant::Sd15});
            if variant.two_encoders() {
                // 16 (pooled) + 6 × 8.
                unet["addition_embed_type"] = json!("text_time");
                unet["addition_time_embed_dim"] = json!(8);
                unet["projection_class_embeddings_input_dim"] = json!(64);
            }
            let vae = json!({"block_out_channels": [8, 8, 8, 8], "layers_per_block": 1,
                "latent_channels": 4, "norm_num_groups": 4,
                "scaling_factor": if variant == Variant::SdxlTurbo { 0.13025 } else { 0.18215 }});
            (encoders, unet, vae)
        }
        Scale::Full => {
            let enc = |width: usize, inter: usize, layers: usize, heads: usize, act: &str| {
                json!({"vocab_size": 49408, "hidden_size": width, "intermediate_size": inter,
                       "num_hidden_layers": layers, "num_attention_heads": heads,
                       "max_position_embeddings": 77, "hidden_act": act})
            };
            let (encoders, unet) = match variant {
                Variant::SdTurbo => (
                    vec![enc(1024, 4096, 23, 16, "gelu")],
                    json!({"block_out_channels": [320, 640, 1280, 1280],
                        "down_block_types": ["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"],
                        "layers_per_block": 2, "attention_head_dim": [5, 10, 20, 20],
                        "cross_attention_dim": 1024, "use_linear_projection": true}),
                ),
                Variant::Sd15 => (
                    vec![enc(768, 3072, 12, 12, "quick_gelu")],
                    json!({"block_out_channels": [320, 640, 1280, 1280],
                        "down_block_types": ["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"],
                        "layers_per_block": 2, "attention_head_dim": 8,
                        "cross_attention_dim": 768}),
                ),
                Variant::SdxlTurbo => (
                    vec![enc(768, 3072, 12, 12, "quick_gelu"), {
                        let mut e = enc(1280, 5120, 32, 20, "gelu");
                        e["projection_dim"] = json!(1280);
                        e
                    }],
                    json!({"block_out_channels": [320, 640, 1280],
                        "down_block_types": ["DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"],
                        "layers_per_block": 2, "attention_head_dim": [5, 10, 20],
                        "transformer_layers_per_block": [1, 2, 10],
                        "cross_attention_dim": 2048, "use_linear_projection": true,
                        "addition_embed_type": "text_time", "addition_time_embed_dim": 256,
                        "projection_class_embeddings_input_dim": 2816}),
                ),
            };
            let vae = json!({"block_out_channels": [128, 256, 512, 512], "layers_per_block": 2,
                "latent_channels": 4, "norm_num_groups": 32,
                "scaling_factor": if variant == Variant::SdxlTurbo { 0.13025 } else { 0.18215 }});
            (encoders, unet, vae)
        }
    }
}

/// A `tokenizer.json` of a word-level CLIP-like vocabulary (`<|startoftext|>`, `<|endoftext|>`,
/// `!` and a few words), with the start and end tokens added around each prompt.
fn tokenizer_json(vocab: usize) -> serde_json::Value {
    let mut words = serde_json::Map::new();
    for (i, w) in [
        "<|startoftext|>",
        "<|endoftext|>",
        "!",
        "[UNK]",
        "a",
        "red",
        "fox",
        "cat",
        "blue",
        "sky",
    ]
    .iter()
    .enumerate()
    {
        words.insert((*w).to_owned(), serde_json::json!(i));
    }
    for i in words.len()..vocab.min(64) {
        words.insert(format!("w{i}"), serde_json::json!(i));
    }
    serde_json::json!({
        "version": "1.0",
        "truncation": null,
        "padding": null,
        "added_tokens": [
            {"id": 0, "content": "<|startoftext|>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true},
            {"id": 1, "content": "<|endoftext|>", "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true}
        ],
        "normalizer": {"type": "Lowercase"},
        "pre_tokenizer": {"type": "Whitespace"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "<|startoftext|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "<|endoftext|>", "type_id": 0}}],
            "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}],
            "special_tokens": {
                "<|startoftext|>": {"id": "<|startoftext|>", "ids": [0], "tokens": ["<|startoftext|>"]},
                "<|endoftext|>": {"id": "<|endoftext|>", "ids": [1], "tokens": ["<|endoftext|>"]}
            }
        },
        "decoder": null,
        "model": {"type": "WordLevel", "vocab": words, "unk_token": "[UNK]"}
    })
}

fn write_json(path: &Path, value: &serde_json::Value) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    std::fs::write(
        path,
        serde_json::to_vec_pretty(value).map_err(|e| e.to_string())?,
    )
    .map_err(|e| format!("{}: {e}", path.display()))
}

fn save(varmap: &VarMap, path: &Path) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    varmap
        .save(path)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `root/<variant>/…` with random weights.
///
/// # Errors
/// When a file cannot be written or a network cannot be built.
pub fn write(root: &Path, variant: Variant, scale: Scale) -> Result<(), String> {
    let dir = root.join(variant.code());
    let (encoders, unet, vae) = configs(variant, scale);
    let device = Device::Cpu;
    let err = |e: candle_core::Error| e.to_string();
    let mut encoder_files = Vec::new();
    for (i, config) in encoders.iter().enumerate() {
        let suffix = if i == 0 { "" } else { "_2" };
        write_json(
            &dir.join(format!("text_encoder{suffix}/config.json")),
            config,
        )?;
        let vocab = config["vocab_size"].as_u64().unwrap_or(64) as usize;
        write_json(
            &dir.join(format!("tokenizer{suffix}/tokenizer.json")),
            &tokenizer_json(vocab),
        )?;
        let parsed: clip::Config =
            serde_json::from_value(config.clone()).map_err(|e| e.to_string())?;
        let varmap = VarMap::new();
        // SDXL's second encoder has its projection (the pooled embedding).
        clip::TextModel::new(
            &VarBuilder::from_varmap(&varmap, DType::F32, &device),
            &parsed,
            variant.two_encoders() && i == 1,
        )
        .map_err(err)?;
        save(
            &varmap,
            &dir.join(format!("text_encoder{suffix}/model.safetensors")),
        )?;
        encoder_files.push(Encoder {
            tokenizer: dir.join(format!("tokenizer{suffix}/tokenizer.json")),
            config: dir.join(format!("text_encoder{suffix}/config.json")),
            weights: placeholder(),
        });
    }
    write_json(&dir.join("unet/config.json"), &unet)?;
    write_json(&dir.join("vae/config.json"), &vae)?;
    // The architecture as the engine reads it, to build the networks to save.
    let files = ModelFiles {
        variant,
        dir: dir.clone(),
        encoders: encoder_files,
        unet_config: dir.join("unet/config.json"),
        unet: placeholder(),
        vae_config: dir.join("vae/config.json"),
        vae: placeholder(),
        scheduler_config: None,
    };
    let arch = Architecture::read(&files)?;
    let varmap = VarMap::new();
    let (unet_config, unet_in, unet_out) = arch.unet_parts();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &device);
    UNet2DConditionModel::new(vb.clone(), unet_in, unet_out, false, unet_config).map_err(err)?;
    if let Some(text_time) = &arch.text_time {
        TextTime::layers(&vb, text_time).map_err(err)?;
    }
    save(
        &varmap,
        &dir.join("unet/diffusion_pytorch_model.safetensors"),
    )?;
    let varmap = VarMap::new();
    let (vae_config, vae_in, vae_out) = arch.vae_parts();
    AutoEncoderKL::new(
        VarBuilder::from_varmap(&varmap, DType::F32, &device),
        vae_in,
        vae_out,
        vae_config,
    )
    .map_err(err)?;
    save(
        &varmap,
        &dir.join("vae/diffusion_pytorch_model.safetensors"),
    )?;
    Ok(())
}

fn placeholder() -> super::files::Weights {
    super::files::Weights {
        path: std::path::PathBuf::new(),
        tensors: std::collections::HashMap::new(),
        data_start: 0,
        bytes: 0,
    }
}
