//! The built-in engine (`candle`) through the normal job path, on a tiny SD-Turbo-shaped model
//! written by the test (random weights, Hugging Face layout): configured with
//! `OBSCURA_LOCAL_MODEL_DIR`, a generation made with the form is sampled, decoded and stored as
//! a PNG of the size asked; the same seed gives the same bytes; a missing file or a wrong shape
//! stops start-up naming it; a cancelled task stops between steps.

use obscura_server::{
    db::entities::generation_image,
    generation::providers::{
        Progress, Provider, ProviderKind, Task,
        candle::{
            Candle, LocalModel,
            files::Variant,
            fixture::{Scale, write},
        },
    },
};
use obscura_shared::generation::{Quality, fields};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::browser::verified_user;
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::finished;
use crate::helpers::{Db, spawn_app_with};

const MODEL: &str =
    r#"[{id="turbo", label="Turbo", provider="candle", upstream="sd-turbo", steps=2}]"#;

fn tiny_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), Variant::SdTurbo, Scale::Tiny).unwrap();
    dir
}

async fn stored_pngs(app: &crate::helpers::TestApp, id: uuid::Uuid) -> Vec<Vec<u8>> {
    let objects = app.data_dir.path().join("data").join("objects");
    generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .order_by_asc(generation_image::Column::Position)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| std::fs::read(objects.join(&row.original_key)).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generation_is_sampled_decoded_and_stored_as_a_png() {
    let dir = tiny_dir();
    let path = dir.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(Db::Sqlite, &[("MODELS", MODEL), ("LOCAL_MODEL_DIR", &path)]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let mut ids = Vec::new();
    for _ in 0..2 {
        let res = submit(
            &mut b,
            form(&[
                (fields::PROMPT, "a red fox"),
                (fields::MODEL, "turbo"),
                (fields::SIZE, "512x512"),
                (fields::COUNT, "2"),
                (fields::SEED, "42"),
            ]),
        )
        .await;
        ids.push(created_id(&res));
    }
    let mut images = Vec::new();
    for id in &ids {
        let row = finished(&app, *id).await;
        assert_eq!(row.status, "succeeded", "{row:?}");
        assert_eq!(row.provider, "candle");
        let pngs = stored_pngs(&app, *id).await;
        assert_eq!(pngs.len(), 2);
        for png in &pngs {
            let img = image::load_from_memory_with_format(png, image::ImageFormat::Png).unwrap();
            assert_eq!((img.width(), img.height()), (512, 512));
        }
        images.push(pngs);
    }
    assert_eq!(images[0], images[1], "the same seed gives the same bytes");
    assert_ne!(
        images[0][0], images[0][1],
        "the second image uses the next seed"
    );
    app.stop().await.unwrap();
}

/// `obscura check-config` with these variables: its exit code and what it printed.
fn check_config(vars: &[(&str, &str)]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = crate::helpers::obscura_command();
    cmd.current_dir(dir.path());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.arg("check-config").output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

#[test]
fn check_config_names_the_model_its_size_and_memory_or_what_is_wrong() {
    let dir = tiny_dir();
    let path = dir.path().to_str().unwrap().to_owned();
    let (code, text) = check_config(&[
        ("OBSCURA_MODELS", MODEL),
        ("OBSCURA_LOCAL_MODEL_DIR", &path),
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("built-in engine: sd-turbo ("), "{text}");
    assert!(
        text.contains("on disk, about") && text.contains("of memory), 2 steps"),
        "{text}"
    );
    let bad = r#"[{id="turbo", provider="candle", upstream="sd-turbo", sizes=["1024x1024"]}]"#;
    let (code, text) = check_config(&[("OBSCURA_MODELS", bad), ("OBSCURA_LOCAL_MODEL_DIR", &path)]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("sd-turbo makes images of 512x512 only"),
        "{text}"
    );
    let (code, text) = check_config(&[("OBSCURA_MODELS", MODEL)]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("OBSCURA_LOCAL_MODEL_DIR"), "{text}");
    std::fs::remove_file(
        dir.path()
            .join("sd-turbo/vae/diffusion_pytorch_model.safetensors"),
    )
    .unwrap();
    let (code, text) = check_config(&[
        ("OBSCURA_MODELS", MODEL),
        ("OBSCURA_LOCAL_MODEL_DIR", &path),
    ]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("lacks sd-turbo/vae/diffusion_pytorch_model.safetensors"),
        "{text}"
    );
}

#[test]
fn a_missing_file_or_a_wrong_shape_stops_start_up_naming_it() {
    let dir = tiny_dir();
    std::fs::remove_file(dir.path().join("sd-turbo/text_encoder/config.json")).unwrap();
    let e = LocalModel::inspect(dir.path(), Variant::SdTurbo, 1).unwrap_err();
    assert!(
        e.contains("OBSCURA_LOCAL_MODEL_DIR") && e.contains("sd-turbo/text_encoder/config.json"),
        "{e}"
    );
    // An SD 1.5 UNet is not an SD-Turbo one: the text encoder's width differs.
    let dir = tiny_dir();
    let other = tempfile::tempdir().unwrap();
    write(other.path(), Variant::SdxlTurbo, Scale::Tiny).unwrap();
    std::fs::copy(
        other
            .path()
            .join("sdxl-turbo/text_encoder/model.safetensors"),
        dir.path().join("sd-turbo/text_encoder/model.safetensors"),
    )
    .unwrap();
    let e = LocalModel::inspect(dir.path(), Variant::SdTurbo, 1).unwrap_err();
    assert!(e.contains("text_encoder/model.safetensors"), "{e}");
    assert!(
        e.contains("has the shape") && e.contains("the architecture needs"),
        "{e}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_task_stops_between_steps() {
    let dir = tiny_dir();
    let model = LocalModel::inspect(dir.path(), Variant::SdTurbo, 4).unwrap();
    let engine = Candle::new(&obscura_server::config::generation::LocalEngine {
        model_dir: dir.path().to_owned(),
        concurrency: 1,
        memory_check: false,
        models: vec![model],
    });
    assert_eq!(engine.kind(), ProviderKind::Candle);
    let progress = Progress::new();
    let task = Task {
        id: uuid::Uuid::now_v7(),
        upstream_model: "sd-turbo".into(),
        prompt: "a cat".into(),
        negative_prompt: None,
        width: 512,
        height: 512,
        quality: Quality::Auto,
        count: 2,
        seed: 1,
        reference: None,
        progress: progress.clone(),
    };
    let watcher = {
        let progress = progress.clone();
        tokio::spawn(async move {
            // Cancel as soon as the first step is reported.
            loop {
                if progress.get().0 >= 1 {
                    progress.cancel();
                    return progress.get();
                }
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        })
    };
    let result = engine.generate(&task).await;
    let seen = watcher.await.unwrap();
    assert_eq!(result.unwrap_err().class(), "cancelled");
    assert_eq!(seen.1, 8, "steps × count in all");
    assert!(progress.get().0 < 8, "it stopped before the end");
}
