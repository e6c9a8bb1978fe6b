//! OpenAI Images API and the self-hosted servers that speak it (spec §1.1, §1.5).

use std::time::{Duration, Instant};

use obscura_server::generation::providers::{
    Provider as _, ProviderError, RetryPolicy,
    download::Downloads,
    openai::{OpenAi, Settings},
};
use secrecy::SecretString;

use super::{assert_class, assert_pngs, fast_retry, task, with_reference};
use crate::fakes::{
    openai::{KEY, OpenAiFake, spawn},
    other_origin,
};

fn adapter(fake: &OpenAiFake, tweak: impl FnOnce(&mut Settings)) -> OpenAi {
    let mut settings = Settings {
        base_url: format!("{}/v1", fake.base).parse().unwrap(),
        api_key: SecretString::from(KEY),
        timeout: Duration::from_secs(2),
        retry: fast_retry(),
        organization: Some("org-test".into()),
        project: None,
        // The fake serves its files from another origin of its own (on loopback).
        downloads: Downloads {
            extra_origins: vec![other_origin(&fake.base).parse().unwrap()],
            ..Downloads::default()
        },
    };
    tweak(&mut settings);
    OpenAi::new(settings).unwrap()
}

#[tokio::test]
async fn gpt_models_get_generations_with_their_parameters() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "a lighthouse at dusk"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let sent = fake.log.to("/v1/images/generations");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].auth(), Some(format!("Bearer {KEY}").as_str()));
    assert_eq!(sent[0].headers["openai-organization"], "org-test");
    assert!(sent[0].headers.get("openai-project").is_none());
    let body = sent[0].json.clone().unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "model": "gpt-image-1", "prompt": "a lighthouse at dusk", "n": 2, "size": "64x48",
            "quality": "high", "output_format": "png"
        }),
        "no negative prompt, no DALL·E parameters"
    );
}

#[tokio::test]
async fn other_models_get_only_the_fields_self_hosted_servers_accept() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("x/z-image-turbo", "a lighthouse"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let body = fake.log.to("/v1/images/generations")[0]
        .json
        .clone()
        .unwrap();
    let mut keys: Vec<_> = body.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["model", "n", "prompt", "response_format", "size"]);
    assert_eq!(body["response_format"], "b64_json");
}

#[tokio::test]
async fn a_reference_goes_to_edits_as_multipart() {
    let fake = spawn().await;
    let task = with_reference(task("gpt-image-1", "make it snow"));
    let outputs = adapter(&fake, |_| {}).generate(&task).await.unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let sent = fake.log.to("/v1/images/edits");
    assert_eq!(sent.len(), 1);
    let (field, file, content_type, bytes) = &sent[0].files[0];
    assert_eq!(
        (field.as_str(), file.as_str(), content_type.as_str()),
        ("image", "reference.png", "image/png")
    );
    assert_eq!(bytes.as_slice(), &task.reference.as_ref().unwrap().png[..]);
    let texts = &sent[0].texts;
    assert_eq!(texts["prompt"], "make it snow");
    assert_eq!(texts["model"], "gpt-image-1");
    assert_eq!(texts["n"], "2");
    assert_eq!(texts["size"], "64x48");
    assert_eq!(texts["quality"], "high");
    assert_eq!(sent[0].auth(), Some(format!("Bearer {KEY}").as_str()));
}

#[tokio::test]
async fn url_outputs_are_downloaded_at_once_without_the_key() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("dall-e-2", "[[url]] a cat"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 16, 16);
    let downloads = fake.log.to("/files/");
    assert_eq!(downloads.len(), 2);
    assert!(
        downloads.iter().all(|r| r.auth().is_none()),
        "the key stays with the API"
    );
}

#[tokio::test]
async fn safety_refusals_are_content_rejections_and_not_retried() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[moderation]] x"))
        .await;
    assert_eq!(result.unwrap_err(), ProviderError::ContentRejected);
    assert_eq!(fake.log.all().len(), 1);
}

#[tokio::test]
async fn a_429_is_retried_after_the_reset_it_names() {
    let fake = spawn().await;
    let started = Instant::now();
    let retry = RetryPolicy {
        max_delay: Duration::from_secs(1),
        ..fast_retry()
    };
    let outputs = adapter(&fake, |s| s.retry = retry)
        .generate(&task("gpt-image-1", "[[429-once]] x"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    assert_eq!(fake.log.all().len(), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "x-ratelimit-reset-requests: 300ms"
    );
}

#[tokio::test]
async fn a_429_that_persists_is_rate_limited() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[429]] x"))
        .await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::RateLimited {
            retry_after: Some(Duration::from_millis(1))
        }
    );
    assert_eq!(fake.log.all().len(), 3);
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_ends_the_retries() {
    let fake = spawn().await;
    let started = Instant::now();
    let result = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[429-long]] x"))
        .await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::RateLimited {
            retry_after: Some(Duration::from_secs(3600))
        }
    );
    assert_eq!(fake.log.all().len(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn a_500_once_is_retried() {
    let fake = spawn().await;
    let outputs = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[500-once]] x"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    assert_eq!(fake.log.all().len(), 2);
}

#[tokio::test]
async fn a_500_that_persists_is_unavailable() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[500]] x"))
        .await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::Unavailable("HTTP 500".into())
    );
    assert_eq!(fake.log.all().len(), 3);
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout_after_the_retries() {
    let fake = spawn().await;
    let result = adapter(&fake, |s| {
        s.timeout = Duration::from_millis(200);
        s.retry.attempts = 2;
    })
    .generate(&task("gpt-image-1", "[[slow]] x"))
    .await;
    assert_eq!(result.unwrap_err(), ProviderError::Timeout);
    assert_eq!(fake.log.all().len(), 2);
}

#[tokio::test]
async fn a_wrong_key_is_unauthorized_and_not_retried() {
    let fake = spawn().await;
    let result = adapter(&fake, |s| s.api_key = SecretString::from("sk-wrong"))
        .generate(&task("gpt-image-1", "x"))
        .await;
    assert_eq!(result.unwrap_err(), ProviderError::Unauthorized);
    assert_eq!(fake.log.all().len(), 1);
}

#[tokio::test]
async fn a_400_is_rejected_with_the_code_not_the_message() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[400]] secret words"))
        .await;
    assert_eq!(
        result.unwrap_err(),
        ProviderError::Rejected("invalid_value".into())
    );
    assert_eq!(fake.log.all().len(), 1);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_bad_response() {
    let fake = spawn().await;
    let result = adapter(&fake, |_| {})
        .generate(&task("gpt-image-1", "[[garbage]] x"))
        .await;
    assert_class(result, "bad_response");
}
