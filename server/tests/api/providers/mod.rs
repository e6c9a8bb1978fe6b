//! The provider adapters against local fakes of their APIs (`crate::fakes`): what is sent, how
//! every failure class comes back, retries, timeouts, Replicate's polling and webhooks, and that
//! no prompt or key reaches the logs. Retry waits are milliseconds: the module runs in seconds.

mod candle;
mod comfyui;
mod logs;
mod openai;
mod replicate;
mod sdwebui;
mod ssrf;

use std::time::Duration;

use bytes::Bytes;
use obscura_server::generation::providers::{
    Output, ProviderError, Quality, Reference, RetryPolicy, Task,
};

/// Three tries, a few milliseconds apart, waits capped at 50 ms.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        attempts: 3,
        base: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
    }
}

/// A two-image task at 64×48 with a negative prompt and a seed beyond 32 bits.
pub fn task(model: &str, prompt: &str) -> Task {
    Task {
        id: uuid::Uuid::now_v7(),
        upstream_model: model.to_owned(),
        prompt: prompt.to_owned(),
        negative_prompt: Some("blurry, watermark".to_owned()),
        width: 64,
        height: 48,
        quality: Quality::High,
        count: 2,
        seed: 0x1234_5678_9abc_def0,
        reference: None,
        progress: obscura_server::generation::providers::Progress::new(),
    }
}

/// `task` with a 32×32 reference.
pub fn with_reference(mut task: Task) -> Task {
    task.reference = Some(Reference {
        png: Bytes::from(crate::fakes::tiny_png(32, 32)),
        width: 32,
        height: 32,
    });
    task
}

/// Asserts every output is a PNG of the given size.
pub fn assert_pngs(outputs: &[Output], count: usize, width: u32, height: u32) {
    assert_eq!(outputs.len(), count);
    for output in outputs {
        let img = image::load_from_memory_with_format(&output.bytes, image::ImageFormat::Png)
            .expect("a PNG");
        assert_eq!((img.width(), img.height()), (width, height));
    }
}

/// Asserts an error's class, for the cases whose payload does not matter.
pub fn assert_class(result: Result<Vec<Output>, ProviderError>, class: &str) -> ProviderError {
    let err = result.expect_err("an error");
    assert_eq!(err.class(), class, "{err:?}");
    err
}
