//! ComfyUI (`/upload/image`, `/prompt`, `/ws`, `/history`, `/view`, `/interrupt`, `/queue`)
//! against the fake in `crate::fakes::comfyui`, with the stock SDXL workflow the README ships
//! (`docs/comfyui/sdxl-basic.json`); and one generation through the whole job path.

use std::{collections::BTreeMap, path::Path, sync::Arc, time::Duration};

use obscura_server::generation::providers::{
    Provider as _, ProviderError,
    comfyui::{ComfyUi, Settings, Workflow},
};
use obscura_shared::{generation::fields, routes};
use serde_json::{Value, json};

use super::{assert_class, assert_pngs, fast_retry, task, with_reference};
use crate::fakes::comfyui::{ComfyFake, spawn, spawn_without_ws};

const SDXL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../docs/comfyui/sdxl-basic.json"
);

/// The README's mapping of the stock workflow.
const MAPPING: [(&str, &str); 6] = [
    ("prompt", "6.text"),
    ("negative_prompt", "7.text"),
    ("seed", "3.seed"),
    ("width", "5.width"),
    ("height", "5.height"),
    ("count", "5.batch_size"),
];

fn mapping(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn sdxl(pairs: &[(&str, &str)]) -> Arc<Workflow> {
    Arc::new(Workflow::load(Path::new(SDXL), &mapping(pairs), None).unwrap())
}

/// The stock workflow with a `LoadImage` → `VAEEncode` in front of the sampler (img2img).
fn img2img() -> Arc<Workflow> {
    let mut graph: Value = serde_json::from_str(&std::fs::read_to_string(SDXL).unwrap()).unwrap();
    graph["10"] = json!({"class_type": "LoadImage", "inputs": {"image": "example.png"}});
    graph["11"] =
        json!({"class_type": "VAEEncode", "inputs": {"pixels": ["10", 0], "vae": ["4", 2]}});
    graph["3"]["inputs"]["latent_image"] = json!(["11", 0]);
    graph["3"]["inputs"]["denoise"] = json!(0.55);
    let mut pairs = MAPPING.to_vec();
    pairs.extend([("reference", "10.image"), ("denoise", "3.denoise")]);
    Arc::new(
        Workflow::parse(
            Path::new("img2img.json"),
            &graph.to_string(),
            &mapping(&pairs),
            None,
        )
        .unwrap(),
    )
}

fn adapter(
    fake: &ComfyFake,
    workflow: Arc<Workflow>,
    tweak: impl FnOnce(&mut Settings),
) -> ComfyUi {
    let mut settings = Settings::new(fake.base.parse().unwrap());
    settings.timeout = Duration::from_secs(2);
    settings.deadline = Duration::from_secs(10);
    settings.retry = fast_retry();
    settings.poll = Duration::from_millis(10);
    settings.max_poll = Duration::from_millis(50);
    settings.quiet_check = Duration::from_millis(500);
    settings.workflows.insert("sdxl".into(), workflow);
    tweak(&mut settings);
    ComfyUi::new(settings).unwrap()
}

#[tokio::test]
async fn the_workflow_is_filled_queued_followed_and_downloaded() {
    let fake = spawn().await;
    let task = task("sdxl", "a lighthouse at dusk");
    let outputs = adapter(&fake, sdxl(&MAPPING), |_| {})
        .generate(&task)
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let queued = fake.queued();
    assert_eq!(queued.len(), 1, "one prompt with a batch of two");
    let graph = &queued[0];
    assert_eq!(graph["6"]["inputs"]["text"], "a lighthouse at dusk");
    assert_eq!(graph["7"]["inputs"]["text"], "blurry, watermark");
    assert_eq!(
        graph["3"]["inputs"]["seed"], 0x1234_5678_9abc_def0_u64,
        "the whole u64 seed"
    );
    assert_eq!(graph["5"]["inputs"]["width"], 64);
    assert_eq!(graph["5"]["inputs"]["height"], 48);
    assert_eq!(graph["5"]["inputs"]["batch_size"], 2);
    assert_eq!(
        graph["3"]["inputs"]["model"],
        json!(["4", 0]),
        "links are kept"
    );
    assert_eq!(
        graph["4"]["inputs"]["ckpt_name"],
        "sd_xl_base_1.0.safetensors"
    );
    // The websocket was opened with the client id the prompt was queued with.
    let client = fake.log.to("/prompt")[0].json.clone().unwrap()["client_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!client.is_empty());
    assert_eq!(fake.log.to("/ws").len(), 1);
    assert!(fake.log.all().iter().any(|r| r.path == "/ws"));
    assert_eq!(
        task.progress.get(),
        (4, 4),
        "the sampler's steps reached the job"
    );
    let views = fake.views();
    assert_eq!(views.len(), 2);
    assert!(
        views
            .iter()
            .all(|v| v["type"] == "output" && v["subfolder"].is_empty())
    );
    let forgotten = fake.log.to("/history");
    let deleted: Vec<_> = forgotten.iter().filter(|r| r.method == "POST").collect();
    assert_eq!(
        deleted.len(),
        1,
        "the prompt is taken out of ComfyUI's history"
    );
    assert!(deleted[0].json.as_ref().unwrap()["delete"].is_array());
    assert!(fake.log.to("/interrupt").is_empty());
    assert!(fake.log.to("/upload").is_empty(), "no reference, no upload");
}

#[tokio::test]
async fn a_reference_is_uploaded_and_named_in_the_load_image_node() {
    let fake = spawn().await;
    let task = with_reference(task("sdxl", "make it snow"));
    let outputs = adapter(&fake, img2img(), |_| {})
        .generate(&task)
        .await
        .unwrap();
    assert_eq!(outputs.len(), 2);
    let uploads = fake.log.to("/upload/image");
    assert_eq!(uploads.len(), 1);
    let (field, name, content_type, bytes) = &uploads[0].files[0];
    assert_eq!(field, "image");
    assert_eq!(name, &format!("obscura-{}.png", task.id.simple()));
    assert_eq!(content_type, "image/png");
    assert_eq!(bytes.as_slice(), &task.reference.as_ref().unwrap().png[..]);
    assert_eq!(uploads[0].texts["type"], "input");
    assert_eq!(uploads[0].texts["overwrite"], "true");
    let graph = &fake.queued()[0];
    assert_eq!(graph["10"]["inputs"]["image"], name.as_str());
    assert_eq!(
        graph["3"]["inputs"]["denoise"], 0.55,
        "the workflow's own denoise"
    );
}

#[tokio::test]
async fn without_a_count_input_one_prompt_is_queued_per_image() {
    let fake = spawn().await;
    let task = task("sdxl", "two foxes");
    let outputs = adapter(&fake, sdxl(&MAPPING[..5]), |_| {})
        .generate(&task)
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    let queued = fake.queued();
    assert_eq!(queued.len(), 2);
    assert_eq!(queued[0]["3"]["inputs"]["seed"], 0x1234_5678_9abc_def0_u64);
    assert_eq!(queued[1]["3"]["inputs"]["seed"], 0x1234_5678_9abc_def1_u64);
    assert!(queued.iter().all(|g| g["5"]["inputs"]["batch_size"] == 1));
    assert_eq!(task.progress.get(), (8, 8), "steps of both prompts");
}

#[tokio::test]
async fn node_errors_are_rejected_naming_the_node_without_the_prompt() {
    let fake = spawn().await;
    let err = assert_class(
        adapter(&fake, sdxl(&MAPPING), |_| {})
            .generate(&task("sdxl", "secret words [[node-error]]"))
            .await,
        "rejected",
    );
    let text = err.to_string();
    assert!(
        text.contains("node 4 (CheckpointLoaderSimple): value_not_in_list at ckpt_name"),
        "{text}"
    );
    assert!(!text.contains("secret words"));
    assert_eq!(fake.log.to("/prompt").len(), 1, "not retried");
}

#[tokio::test]
async fn running_out_of_gpu_memory_is_unavailable_and_other_errors_fail() {
    let fake = spawn().await;
    let comfy = adapter(&fake, sdxl(&MAPPING), |_| {});
    assert_eq!(
        comfy
            .generate(&task("sdxl", "a fox [[oom]]"))
            .await
            .unwrap_err(),
        ProviderError::Unavailable("the GPU ran out of memory".into())
    );
    assert!(ProviderError::Unavailable(String::new()).retryable());
    let err = comfy
        .generate(&task("sdxl", "private text [[error]]"))
        .await
        .unwrap_err();
    assert_eq!(
        err,
        ProviderError::Failed("RuntimeError in node 8 (VAEDecode)".into())
    );
    assert!(!err.retryable());
    assert!(!err.to_string().contains("private text"));
}

#[tokio::test]
async fn an_interruption_we_did_not_ask_for_fails() {
    let fake = spawn().await;
    let err = adapter(&fake, sdxl(&MAPPING), |_| {})
        .generate(&task("sdxl", "x [[interrupted]]"))
        .await
        .unwrap_err();
    assert_eq!(err, ProviderError::Failed("interrupted".into()));
}

#[tokio::test]
async fn server_errors_are_retried_then_unavailable_and_a_closed_port_too() {
    let fake = spawn().await;
    assert_class(
        adapter(&fake, sdxl(&MAPPING), |_| {})
            .generate(&task("sdxl", "x [[500]]"))
            .await,
        "unavailable",
    );
    assert_eq!(
        fake.log.to("/prompt").len(),
        3,
        "the retry policy's three tries"
    );
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let mut settings = Settings::new(format!("http://{closed}").parse().unwrap());
    settings.retry = fast_retry();
    settings.workflows.insert("sdxl".into(), sdxl(&MAPPING));
    assert_class(
        ComfyUi::new(settings)
            .unwrap()
            .generate(&task("sdxl", "x"))
            .await,
        "unavailable",
    );
}

#[tokio::test]
async fn without_a_websocket_the_history_is_polled() {
    let fake = spawn_without_ws().await;
    let outputs = adapter(&fake, sdxl(&MAPPING), |_| {})
        .generate(&task("sdxl", "a quiet harbour"))
        .await
        .unwrap();
    assert_pngs(&outputs, 2, 64, 48);
    assert_eq!(fake.log.to("/ws").len(), 1, "the websocket was tried");
    let polls = fake
        .log
        .to("/history/")
        .into_iter()
        .filter(|r| r.method == "GET")
        .count();
    assert!(polls >= 1, "the history was polled");
    // Errors come from the history's messages on this path.
    let err = adapter(&fake, sdxl(&MAPPING), |_| {})
        .generate(&task("sdxl", "x [[oom]]"))
        .await
        .unwrap_err();
    assert_eq!(
        err,
        ProviderError::Unavailable("the GPU ran out of memory".into())
    );
}

async fn wait_for(what: impl Fn() -> bool) {
    for _ in 0..200 {
        if what() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out");
}

#[tokio::test]
async fn cancelling_a_running_prompt_interrupts_it() {
    let fake = spawn().await;
    let comfy = Arc::new(adapter(&fake, sdxl(&MAPPING), |_| {}));
    let task = task("sdxl", "a long one [[slow]]");
    let progress = task.progress.clone();
    let running = tokio::spawn({
        let comfy = Arc::clone(&comfy);
        async move { comfy.generate(&task).await }
    });
    wait_for(|| progress.get().0 >= 2).await;
    progress.cancel();
    let result = tokio::time::timeout(Duration::from_secs(3), running)
        .await
        .expect("stops at once")
        .unwrap();
    assert_eq!(result.unwrap_err(), ProviderError::Cancelled);
    let interrupts = fake.log.to("/interrupt");
    assert_eq!(interrupts.len(), 1);
    let prompt_id = fake.log.to("/prompt").len();
    assert_eq!(prompt_id, 1);
    assert!(interrupts[0].json.as_ref().unwrap()["prompt_id"].is_string());
    assert!(progress.get().0 < 40, "stopped before the end");
}

#[tokio::test]
async fn cancelling_a_queued_prompt_deletes_it_from_the_queue() {
    let fake = spawn().await;
    let comfy = Arc::new(adapter(&fake, sdxl(&MAPPING), |_| {}));
    let task = task("sdxl", "waiting [[queued]]");
    let progress = task.progress.clone();
    let waiting = tokio::spawn({
        let comfy = Arc::clone(&comfy);
        async move { comfy.generate(&task).await }
    });
    wait_for(|| !fake.log.to("/prompt").is_empty()).await;
    tokio::time::sleep(Duration::from_millis(50)).await;
    progress.cancel();
    assert_eq!(
        waiting.await.unwrap().unwrap_err(),
        ProviderError::Cancelled
    );
    let deletes: Vec<_> = fake
        .log
        .to("/queue")
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert_eq!(deletes.len(), 1);
    assert_eq!(
        deletes[0].json.as_ref().unwrap()["delete"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(
        fake.log.to("/interrupt").is_empty(),
        "nothing else is interrupted"
    );
}

#[tokio::test]
async fn cancelling_while_polling_asks_the_queue_first() {
    let fake = spawn_without_ws().await;
    let comfy = Arc::new(adapter(&fake, sdxl(&MAPPING), |_| {}));
    let task = task("sdxl", "a long one [[slow]]");
    let progress = task.progress.clone();
    let running = tokio::spawn({
        let comfy = Arc::clone(&comfy);
        async move { comfy.generate(&task).await }
    });
    wait_for(|| !fake.log.to("/history/").is_empty()).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    progress.cancel();
    assert_eq!(
        running.await.unwrap().unwrap_err(),
        ProviderError::Cancelled
    );
    assert!(fake.log.to("/queue").iter().any(|r| r.method == "GET"));
    assert_eq!(fake.log.to("/interrupt").len(), 1, "it was running");
}

#[tokio::test]
async fn a_prompt_past_the_deadline_times_out_and_is_taken_out() {
    let fake = spawn().await;
    let err = adapter(&fake, sdxl(&MAPPING), |s| {
        s.deadline = Duration::from_millis(300)
    })
    .generate(&task("sdxl", "stuck [[queued]]"))
    .await
    .unwrap_err();
    assert_eq!(err, ProviderError::Timeout);
    assert!(fake.log.to("/queue").iter().any(|r| r.method == "POST"));
}

#[tokio::test]
async fn an_unknown_model_is_rejected_before_any_request() {
    let fake = spawn().await;
    assert_class(
        adapter(&fake, sdxl(&MAPPING), |_| {})
            .generate(&task("other", "x"))
            .await,
        "rejected",
    );
    assert!(fake.log.all().is_empty());
}

// ─── Configuration ───

fn model_list(workflow: &str, inputs: &str, extra: &str) -> String {
    format!(
        r#"[{{id="sdxl", provider="comfyui", workflow="{workflow}", inputs={{{inputs}}}{extra}}}]"#
    )
}

const INPUTS: &str = r#"prompt="6.text", negative_prompt="7.text", seed="3.seed", width="5.width", height="5.height", count="5.batch_size""#;

fn config_error(models: &str) -> String {
    obscura_server::config::Config::from_pairs(&[
        ("MODELS", models),
        ("COMFYUI_URL", "http://127.0.0.1:8188"),
    ])
    .unwrap_err()
    .to_string()
}

#[test]
fn the_stock_workflow_configures_and_check_config_names_it() {
    let config = obscura_server::config::Config::from_pairs(&[
        ("MODELS", &model_list(SDXL, INPUTS, "")),
        ("COMFYUI_URL", "http://gpu-box:8188"),
    ])
    .unwrap();
    let model = config.generation.model("sdxl").unwrap();
    assert!(model.negative_prompt, "a mapped negative prompt is offered");
    assert!(!model.reference, "no reference input, no reference");
    let summary = config.summary();
    assert!(
        summary.contains("comfyui: http://gpu-box:8188/"),
        "{summary}"
    );
    assert!(summary.contains("sdxl-basic.json"), "{summary}");
    assert!(summary.contains("prompt → 6.text"), "{summary}");
    assert!(summary.contains("count → 5.batch_size"), "{summary}");
    assert!(summary.contains("images from node 9"), "{summary}");
}

#[test]
fn configuration_mistakes_name_the_model_the_file_and_the_node() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json");
    let err = config_error(&model_list(missing.to_str().unwrap(), INPUTS, ""));
    assert!(
        err.starts_with("OBSCURA_MODELS: model sdxl: workflow file"),
        "{err}"
    );
    assert!(err.contains("missing.json cannot be read"), "{err}");

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"3\": ").unwrap();
    let err = config_error(&model_list(bad.to_str().unwrap(), INPUTS, ""));
    assert!(err.contains("bad.json is not valid JSON"), "{err}");

    let err = config_error(&model_list(SDXL, r#"prompt="12.text""#, ""));
    assert!(
        err.contains("model sdxl: inputs.prompt: workflow file"),
        "{err}"
    );
    assert!(err.contains("has no node \"12\""), "{err}");

    let err = config_error(&model_list(SDXL, r#"prompt="6.txt""#, ""));
    assert!(
        err.contains("node \"6\" (CLIPTextEncode)") && err.contains("has no input \"txt\""),
        "{err}"
    );

    let err = config_error(&model_list(SDXL, r#"seed="3.seed""#, ""));
    assert!(err.contains("inputs.prompt is required"), "{err}");

    let err = config_error(&model_list(SDXL, r#"prompt="6.text""#, ", reference=true"));
    assert!(
        err.contains("reference = true needs inputs.reference"),
        "{err}"
    );

    let err = config_error(&model_list(SDXL, r#"prompt="6.text", steps="3.steps""#, ""));
    assert!(err.contains("inputs.steps is not one of"), "{err}");

    let without_url = obscura_server::config::Config::from_pairs(&[(
        "MODELS",
        model_list(SDXL, INPUTS, "").as_str(),
    )])
    .unwrap_err()
    .to_string();
    assert!(
        without_url.contains("needs OBSCURA_COMFYUI_URL"),
        "{without_url}"
    );
}

// ─── Through the job queue ───

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_comfyui_generation_runs_through_the_job_and_the_policy_names_the_server() {
    use crate::helpers::browser::verified_user;
    use crate::helpers::generation::{created_id, form, submit};
    use crate::helpers::jobs::finished;
    use crate::helpers::{Db, spawn_app_with};
    use obscura_server::db::entities::generation_image;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

    let fake = spawn().await;
    let models = format!(
        r#"[{{id="sdxl", label="SDXL on my GPU", provider="comfyui", workflow="{SDXL}", inputs={{{INPUTS}}}, sizes=["128x64"]}}]"#
    );
    let app = spawn_app_with(
        Db::Sqlite,
        &[("MODELS", &models), ("COMFYUI_URL", &fake.base)],
    )
    .await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let res = submit(
        &mut b,
        form(&[
            (fields::PROMPT, "a quiet harbour"),
            (fields::MODEL, "sdxl"),
            (fields::SIZE, "128x64"),
            (fields::COUNT, "2"),
        ]),
    )
    .await;
    let id = created_id(&res);
    let row = finished(&app, id).await;
    assert_eq!(row.status, "succeeded", "{row:?}");
    let graph = &fake.queued()[0];
    assert_eq!(graph["6"]["inputs"]["text"], "a quiet harbour");
    assert_eq!(graph["5"]["inputs"]["batch_size"], 2);
    assert_eq!(
        graph["3"]["inputs"]["seed"].as_u64(),
        u64::try_from(row.seed).ok()
    );
    let stored = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 2);
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    let host = fake.base.trim_start_matches("http://");
    assert!(policy.contains("ComfyUI server run by the operator of this service"));
    assert!(
        policy.contains(&format!("own ComfyUI server at {host}")),
        "the policy names the configured address"
    );
    app.stop().await.unwrap();
}
