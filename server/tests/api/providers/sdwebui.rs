//! AUTOMATIC1111 / Forge (`/sdapi/v1/txt2img`, `/sdapi/v1/img2img`).

use std::time::Duration;

use base64::Engine as _;
use obscura_server::generation::providers::{
    Provider as _, ProviderError, Quality,
    sdwebui::{SdWebUi, Settings},
};
use secrecy::SecretString;

use super::{assert_class, assert_pngs, fast_retry, task, with_reference};
use crate::fakes::sdwebui::{PASSWORD, SdFake, USER, spawn};

fn adapter(fake: &SdFake, tweak: impl FnOnce(&mut Settings)) -> SdWebUi {
    let mut settings = Settings::new(fake.base.parse().unwrap());
    settings.basic_auth = Some((USER.into(), SecretString::from(PASSWORD)));
    settings.timeout = Duration::from_secs(2);
    settings.retry = fast_retry();
    tweak(&mut settings);
    SdWebUi::new(settings).unwrap()
}

#[tokio::test]
async fn txt2img_gets_the_documented_fields() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |s| s.sampler_name = Some("DPM++ 2M".into()))
        .generate(&task("sdxl_base.safetensors", "a lighthouse"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let sent = fake.log.to("/sdapi/v1/txt2img");
    assert_eq!(sent.len(), 1);
    assert!(sent[0].auth().unwrap().starts_with("Basic "));
    let body = sent[0].json.clone().unwrap();
    assert_eq!(body["prompt"], "a lighthouse");
    assert_eq!(body["negative_prompt"], "blurry, watermark");
    assert_eq!(
        body["seed"], 0x9abc_def0_u64,
        "the seed is masked to 32 bits"
    );
    assert_eq!(
        (body["width"].as_u64(), body["height"].as_u64()),
        (Some(64), Some(48))
    );
    assert_eq!(body["steps"], 40, "High quality");
    assert_eq!(body["batch_size"], 2);
    assert_eq!(body["n_iter"], 1);
    assert_eq!(body["sampler_name"], "DPM++ 2M");
    assert_eq!(
        body["override_settings"]["sd_model_checkpoint"],
        "sdxl_base.safetensors"
    );
    assert_eq!(
        (body["send_images"].as_bool(), body["save_images"].as_bool()),
        (Some(true), Some(false))
    );
    assert!(body.get("init_images").is_none());
}

#[tokio::test]
async fn quality_sets_the_steps_and_an_empty_model_keeps_the_loaded_checkpoint() {
    let fake = spawn().await;
    let mut low = task("", "x");
    low.quality = Quality::Low;
    adapter(&fake, |_| {}).generate(&low).await.unwrap();
    let body = fake.log.to("/sdapi/v1/txt2img")[0].json.clone().unwrap();
    assert_eq!(body["steps"], 12);
    assert!(body.get("override_settings").is_none());
}

#[tokio::test]
async fn a_reference_goes_to_img2img() {
    let fake = spawn().await;
    let task = with_reference(task("", "make it snow"));
    let outputs = adapter(&fake, |_| {}).generate(&task).await.unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let body = fake.log.to("/sdapi/v1/img2img")[0].json.clone().unwrap();
    let init = body["init_images"][0].as_str().unwrap();
    let png = base64::engine::general_purpose::STANDARD
        .decode(init)
        .unwrap();
    assert_eq!(png, task.reference.as_ref().unwrap().png.to_vec());
    assert!((body["denoising_strength"].as_f64().unwrap() - 0.6).abs() < 1e-6);
}

#[tokio::test]
async fn an_extra_grid_image_is_dropped() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("", "[[grid]] x"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
}

#[tokio::test]
async fn a_wrong_password_is_unauthorized() {
    let fake = spawn().await;
    let result = adapter(&fake, |s| {
        s.basic_auth = Some((USER.into(), SecretString::from("no")))
    })
    .generate(&task("", "x"))
    .await;
    assert_eq!(result.unwrap_err(), ProviderError::Unauthorized);
    assert_eq!(fake.log.all().len(), 1);
}

#[tokio::test]
async fn validation_errors_and_unknown_checkpoints_are_rejected_at_once() {
    let fake = spawn().await;
    let sd = adapter(&fake, |_| {});
    let result = sd.generate(&task("", "[[422]] x")).await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::Rejected("type_error.integer at body.width".into())
    );
    let result = sd.generate(&task("", "[[400]] x")).await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::Rejected("Invalid encoded image".into())
    );
    let result = sd.generate(&task("missing.safetensors", "x")).await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::Rejected("unknown checkpoint".into())
    );
    assert_eq!(fake.log.all().len(), 3, "none retried");
}

#[tokio::test]
async fn a_429_once_is_retried() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("", "[[429-once]] x"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    assert_eq!(fake.log.all().len(), 2);
}

#[tokio::test]
async fn a_429_that_persists_is_rate_limited() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("", "[[429]] x"))
        .await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::RateLimited {
            retry_after: Some(Duration::ZERO)
        }
    );
    assert_eq!(fake.log.all().len(), 3);
}

#[tokio::test]
async fn a_500_once_is_retried_and_a_lasting_one_is_unavailable() {
    let fake = spawn().await;
    let sd = adapter(&fake, |_| {});
    assert_pngs(
        &sd.generate(&task("", "[[500-once]] x")).await.unwrap(),
        2,
        64,
        48,
    );
    assert_eq!(fake.log.all().len(), 2);
    let result = sd.generate(&task("", "[[500]] a secret prompt")).await;
    let err = result.unwrap_err();
    assert_eq!(
        err,
        ProviderError::Unavailable("HTTP 500: OutOfMemoryError".into())
    );
    assert_eq!(fake.log.all().len(), 5);
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout() {
    let fake = spawn().await;
    let result = adapter(&fake, |s| {
        s.timeout = Duration::from_millis(200);
        s.retry.attempts = 2;
    })
    .generate(&task("", "[[slow]] x"))
    .await;
    assert_eq!(result.unwrap_err(), ProviderError::Timeout);
    assert_eq!(fake.log.all().len(), 2);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_bad_response() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("", "[[garbage]] x"))
        .await;
    assert_class(result, "bad_response");
}
