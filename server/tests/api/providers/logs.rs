//! Adapters log status, class and attempt: never the prompt, the negative prompt or a key.

use std::{
    io::Write,
    sync::{Arc, Mutex},
    time::Duration,
};

use obscura_server::generation::providers::{
    Provider,
    download::Downloads,
    openai::{self, OpenAi},
    replicate::{self, Replicate},
    sdwebui::{self, SdWebUi},
};
use secrecy::SecretString;

use super::{fast_retry, task};
use crate::fakes;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Self;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

const PROMPT: &str = "the-private-prompt-words";

// Current-thread: the thread-local subscriber sees everything the adapters (and fakes) log.
#[tokio::test(flavor = "current_thread")]
async fn prompts_and_keys_never_reach_the_logs() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    // Callsites first hit by other tests (with no subscriber) cached "never": ask again.
    tracing::callsite::rebuild_interest_cache();

    let oa = fakes::openai::spawn().await;
    let openai = OpenAi::new(openai::Settings {
        base_url: format!("{}/v1", oa.base).parse().unwrap(),
        api_key: SecretString::from(fakes::openai::KEY),
        timeout: Duration::from_secs(2),
        retry: fast_retry(),
        organization: None,
        project: None,
        downloads: Downloads::default(),
    })
    .unwrap();
    let sd = fakes::sdwebui::spawn().await;
    let mut sd_settings = sdwebui::Settings::new(sd.base.parse().unwrap());
    sd_settings.basic_auth = Some((
        fakes::sdwebui::USER.into(),
        SecretString::from(fakes::sdwebui::PASSWORD),
    ));
    sd_settings.retry = fast_retry();
    let sdwebui = SdWebUi::new(sd_settings).unwrap();
    let rp = fakes::replicate::spawn().await;
    let mut rp_settings = replicate::Settings::new(
        format!("{}/v1", rp.base).parse().unwrap(),
        SecretString::from(fakes::replicate::TOKEN),
    );
    rp_settings.retry = fast_retry();
    rp_settings.poll_interval = Duration::from_millis(5);
    let replicate = Replicate::new(rp_settings).unwrap();

    let cases: [(&dyn Provider, &str, &str); 8] = [
        (&openai, "gpt-image-1", "[[400]]"),
        (&openai, "gpt-image-1", "[[500]]"),
        (&openai, "gpt-image-1", "[[moderation]]"),
        (&openai, "x/z-image-turbo", ""),
        (&sdwebui, "", "[[500]]"),
        (&sdwebui, "", "[[422]]"),
        (&replicate, "owner/name", "[[fail]]"),
        (&replicate, "owner/name", "[[422]]"),
    ];
    for (provider, model, marker) in cases {
        let mut t = task(model, &format!("{marker} {PROMPT}"));
        t.negative_prompt = Some("the-private-negative".into());
        let _ = provider.generate(&t).await;
    }
    drop(_guard);

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("upstream request failed"),
        "the failures were logged"
    );
    for secret in [
        PROMPT,
        "the-private-negative",
        fakes::openai::KEY,
        fakes::sdwebui::PASSWORD,
        fakes::replicate::TOKEN,
    ] {
        assert!(!logs.contains(secret), "{secret} reached the logs");
    }
}
