//! The real loading and sampling code on tiny models of each architecture written by the test.

use std::{collections::HashMap, path::Path};

use candle_core::Device;

use super::{
    LocalModel,
    clip::Hidden,
    files::Variant,
    fixture::{Scale, write},
    load,
    pipeline::{Request, Stop, generate},
};

fn tiny(variant: Variant) -> (tempfile::TempDir, LocalModel) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), variant, Scale::Tiny).unwrap();
    let model = LocalModel::inspect(dir.path(), variant, variant.default_steps().min(2)).unwrap();
    (dir, model)
}

fn image(
    model: &LocalModel,
    seed: u64,
    reference: Option<Vec<u8>>,
    steps: &mut Vec<(u32, u32)>,
) -> Result<Vec<u8>, Stop> {
    let loaded = load::build(&model.files, &model.arch, &Device::Cpu, false).unwrap();
    let (w, h) = model.variant.sizes()[0];
    let request = Request {
        prompt: "a red fox",
        negative: "blue sky",
        width: w as usize,
        height: h as usize,
        steps: model.steps as usize,
        seed,
        reference,
    };
    generate(&loaded, &request, &mut |done, total| {
        steps.push((done, total));
        true
    })
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory_with_format(bytes, image::ImageFormat::Png).unwrap();
    (img.width(), img.height())
}

#[test]
fn sd_turbo_samples_a_png_and_the_seed_fixes_it() {
    let (_dir, model) = tiny(Variant::SdTurbo);
    let mut steps = Vec::new();
    let a = image(&model, 7, None, &mut steps).unwrap();
    assert_eq!(png_size(&a), (512, 512));
    assert_eq!(steps, vec![(1, 1)]);
    let b = image(&model, 7, None, &mut Vec::new()).unwrap();
    assert_eq!(a, b, "same seed, same bytes");
    let c = image(&model, 8, None, &mut Vec::new()).unwrap();
    assert_ne!(a, c, "another seed, another image");
}

#[test]
fn sdxl_turbo_uses_both_encoders() {
    let (_dir, model) = tiny(Variant::SdxlTurbo);
    assert_eq!(model.files.encoders.len(), 2);
    let a = image(&model, 1, None, &mut Vec::new()).unwrap();
    assert_eq!(png_size(&a), (512, 512));
}

#[test]
fn sd15_img2img_starts_from_the_reference() {
    let (_dir, mut model) = tiny(Variant::Sd15);
    model.steps = 4;
    let reference = vec![200u8; 512 * 512 * 3];
    let mut steps = Vec::new();
    let a = image(&model, 3, Some(reference), &mut steps).unwrap();
    assert_eq!(png_size(&a), (512, 512));
    // Strength 0.75 of 4 steps: the last 3 run.
    assert_eq!(steps, vec![(1, 3), (2, 3), (3, 3)]);
}

#[test]
fn cancelling_between_steps_stops() {
    let (_dir, mut model) = tiny(Variant::Sd15);
    model.steps = 3;
    let loaded = load::build(&model.files, &model.arch, &Device::Cpu, false).unwrap();
    let request = Request {
        prompt: "a cat",
        negative: "",
        width: 512,
        height: 512,
        steps: 3,
        seed: 1,
        reference: None,
    };
    let mut seen = 0;
    let out = generate(&loaded, &request, &mut |_, _| {
        seen += 1;
        false
    });
    assert!(matches!(out, Err(Stop::Cancelled)));
    assert_eq!(seen, 1, "stopped after the first step");
}

fn replace_tensor_shape(file: &Path) {
    // Rewrites the VAE with one tensor of another shape: `post_quant_conv.bias` 4 → 5 values.
    use candle_core::Tensor;
    let mut tensors = candle_core::safetensors::load(file, &Device::Cpu).unwrap();
    tensors.insert(
        "post_quant_conv.bias".into(),
        Tensor::zeros(5, candle_core::DType::F32, &Device::Cpu).unwrap(),
    );
    candle_core::safetensors::save(&tensors, file).unwrap();
}

#[test]
fn a_wrong_shape_is_refused_naming_file_tensor_and_shapes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), Variant::SdTurbo, Scale::Tiny).unwrap();
    let vae = dir
        .path()
        .join("sd-turbo/vae/diffusion_pytorch_model.safetensors");
    replace_tensor_shape(&vae);
    let e = LocalModel::inspect(dir.path(), Variant::SdTurbo, 1).unwrap_err();
    assert!(e.contains("OBSCURA_LOCAL_MODEL_DIR"), "{e}");
    assert!(e.contains("vae/diffusion_pytorch_model.safetensors"), "{e}");
    assert!(e.contains("post_quant_conv.bias"), "{e}");
    assert!(e.contains("[5]") && e.contains("[4]"), "{e}");
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), Variant::SdTurbo, Scale::Tiny).unwrap();
    std::fs::remove_file(
        dir.path()
            .join("sd-turbo/unet/diffusion_pytorch_model.safetensors"),
    )
    .unwrap();
    let e = LocalModel::inspect(dir.path(), Variant::SdTurbo, 1).unwrap_err();
    assert!(e.contains("OBSCURA_LOCAL_MODEL_DIR"), "{e}");
    assert!(
        e.contains("sd-turbo/unet/diffusion_pytorch_model.safetensors"),
        "{e}"
    );
    let e = LocalModel::inspect(dir.path(), Variant::Sd15, 25).unwrap_err();
    assert!(e.contains("no folder sd-1.5/"), "{e}");
}

#[test]
fn the_fp16_file_is_used_when_alone() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), Variant::SdTurbo, Scale::Tiny).unwrap();
    let full = dir
        .path()
        .join("sd-turbo/vae/diffusion_pytorch_model.safetensors");
    let tensors = candle_core::safetensors::load(&full, &Device::Cpu).unwrap();
    let half: std::collections::HashMap<String, candle_core::Tensor> = tensors
        .into_iter()
        .map(|(k, v)| (k, v.to_dtype(candle_core::DType::F16).unwrap()))
        .collect();
    candle_core::safetensors::save(
        &half,
        dir.path()
            .join("sd-turbo/vae/diffusion_pytorch_model.fp16.safetensors"),
    )
    .unwrap();
    std::fs::remove_file(&full).unwrap();
    let model = LocalModel::inspect(dir.path(), Variant::SdTurbo, 1).unwrap();
    assert!(
        model
            .files
            .vae
            .path
            .ends_with("diffusion_pytorch_model.fp16.safetensors")
    );
    assert_eq!(
        png_size(&image(&model, 2, None, &mut Vec::new()).unwrap()),
        (512, 512)
    );
}

fn prompt_image(loaded: &load::Loaded, prompt: &str, seed: u64) -> Vec<u8> {
    let request = Request {
        prompt,
        negative: "",
        width: 512,
        height: 512,
        steps: 1,
        seed,
        reference: None,
    };
    generate(loaded, &request, &mut |_, _| true).unwrap()
}

/// Rewrites a safetensors file through `edit`.
fn edit_tensors(file: &Path, edit: impl FnOnce(&mut HashMap<String, candle_core::Tensor>)) {
    let mut tensors = candle_core::safetensors::load(file, &Device::Cpu).unwrap();
    edit(&mut tensors);
    candle_core::safetensors::save(&tensors, file).unwrap();
}

#[test]
fn sdxl_conditioning_is_set_per_image_not_accumulated() {
    let (dir, model) = tiny(Variant::SdxlTurbo);
    assert_eq!(Variant::SdxlTurbo.hidden(), Hidden::Penultimate);
    assert_eq!(Variant::SdTurbo.hidden(), Hidden::Last);
    assert_eq!(Variant::Sd15.hidden(), Hidden::Last);
    let loaded = load::build(&model.files, &model.arch, &Device::Cpu, false).unwrap();
    assert!(loaded.text_time.is_some());
    let a = prompt_image(&loaded, "a red fox", 5);
    let b = prompt_image(&loaded, "blue sky", 5);
    assert_ne!(a, b, "the prompt changes the image");
    assert_eq!(a, prompt_image(&loaded, "a red fox", 5), "A, B, A: A again");
    // With add_embedding zeroed, the text-and-time embedding adds nothing: another image.
    let unet = dir
        .path()
        .join("sdxl-turbo/unet/diffusion_pytorch_model.safetensors");
    edit_tensors(&unet, |t| {
        for name in [
            "add_embedding.linear_1.weight",
            "add_embedding.linear_1.bias",
            "add_embedding.linear_2.weight",
            "add_embedding.linear_2.bias",
        ] {
            let zero = t[name].zeros_like().unwrap();
            t.insert(name.into(), zero);
        }
    });
    let zeroed = load::build(&model.files, &model.arch, &Device::Cpu, false).unwrap();
    assert_ne!(
        a,
        prompt_image(&zeroed, "a red fox", 5),
        "the conditioning is used"
    );
}

#[test]
fn sdxl_without_its_pooled_or_time_tensors_is_refused_naming_them() {
    let (dir, _) = tiny(Variant::SdxlTurbo);
    let root = dir.path().join("sdxl-turbo");
    let text2 = root.join("text_encoder_2/model.safetensors");
    let saved = std::fs::read(&text2).unwrap();
    edit_tensors(&text2, |t| {
        t.remove("text_projection.weight");
    });
    let e = LocalModel::inspect(dir.path(), Variant::SdxlTurbo, 1).unwrap_err();
    assert!(e.contains("OBSCURA_LOCAL_MODEL_DIR"), "{e}");
    assert!(e.contains("text_encoder_2/model.safetensors"), "{e}");
    assert!(e.contains("text_projection.weight"), "{e}");
    std::fs::write(&text2, saved).unwrap();
    let unet = root.join("unet/diffusion_pytorch_model.safetensors");
    edit_tensors(&unet, |t| {
        t.remove("add_embedding.linear_1.weight");
    });
    let e = LocalModel::inspect(dir.path(), Variant::SdxlTurbo, 1).unwrap_err();
    assert!(
        e.contains("unet/diffusion_pytorch_model.safetensors"),
        "{e}"
    );
    assert!(e.contains("add_embedding.linear_1.weight"), "{e}");
    // A config without the conditioning is not SDXL's.
    let config = root.join("unet/config.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&config).unwrap()).unwrap();
    json.as_object_mut().unwrap().remove("addition_embed_type");
    std::fs::write(&config, json.to_string()).unwrap();
    let e = LocalModel::inspect(dir.path(), Variant::SdxlTurbo, 1).unwrap_err();
    assert!(
        e.contains("unet/config.json") && e.contains("addition_embed_type"),
        "{e}"
    );
}

#[test]
fn img2img_is_seeded_through_the_vae_encoding() {
    let (_dir, mut model) = tiny(Variant::Sd15);
    model.steps = 2;
    let reference: Vec<u8> = (0..512 * 512 * 3).map(|i| (i % 251) as u8).collect();
    let a = image(&model, 11, Some(reference.clone()), &mut Vec::new()).unwrap();
    let again = image(&model, 11, Some(reference.clone()), &mut Vec::new()).unwrap();
    assert_eq!(a, again, "same seed and reference, same bytes");
    let other = image(&model, 12, Some(reference), &mut Vec::new()).unwrap();
    assert_ne!(a, other, "another seed, another image");
}
