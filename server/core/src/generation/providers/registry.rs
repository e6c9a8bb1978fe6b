//! The configured providers, one optional adapter per [`ProviderKind`], for the worker to pick
//! from; and the Replicate adapter itself for the webhook endpoint.

use std::sync::Arc;

use url::Url;

use super::{
    Provider, ProviderKind, RetryPolicy, comfyui, download::Downloads, local::Local, openai,
    replicate, replicate::Replicate, sdwebui,
};
use crate::config::generation::Generation;

/// The adapters in use. Cheap to clone.
#[derive(Clone, Default)]
pub struct Providers {
    local: Option<Arc<dyn Provider>>,
    openai: Option<Arc<dyn Provider>>,
    sdwebui: Option<Arc<dyn Provider>>,
    replicate: Option<Arc<dyn Provider>>,
    replicate_adapter: Option<Arc<Replicate>>,
    comfyui: Option<Arc<dyn Provider>>,
    candle: Option<Arc<dyn Provider>>,
}

impl std::fmt::Debug for Providers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kinds: Vec<&str> = [
            ProviderKind::Local,
            ProviderKind::Openai,
            ProviderKind::Sdwebui,
            ProviderKind::Replicate,
            ProviderKind::Comfyui,
            ProviderKind::Candle,
        ]
        .into_iter()
        .filter(|k| self.get(*k).is_some())
        .map(ProviderKind::code)
        .collect();
        f.debug_struct("Providers")
            .field("configured", &kinds)
            .finish()
    }
}

impl Providers {
    /// A registry with the built-in offline renderer (when given) and nothing else.
    #[must_use]
    pub fn new(local: Option<Arc<dyn Provider>>) -> Self {
        Self {
            local,
            ..Self::default()
        }
    }

    /// Uses `provider` for `kind` (tests swap fakes in this way). For Replicate prefer
    /// [`Providers::with_replicate`], which also serves webhooks.
    #[must_use]
    pub fn with(mut self, kind: ProviderKind, provider: Arc<dyn Provider>) -> Self {
        let slot = match kind {
            ProviderKind::Local => &mut self.local,
            ProviderKind::Openai => &mut self.openai,
            ProviderKind::Sdwebui => &mut self.sdwebui,
            ProviderKind::Comfyui => &mut self.comfyui,
            ProviderKind::Candle => &mut self.candle,
            ProviderKind::Replicate => {
                self.replicate_adapter = None;
                &mut self.replicate
            }
        };
        *slot = Some(provider);
        self
    }

    /// Uses the Replicate adapter, for generation and for webhook wake-ups.
    #[must_use]
    pub fn with_replicate(mut self, replicate: Arc<Replicate>) -> Self {
        self.replicate = Some(Arc::clone(&replicate) as Arc<dyn Provider>);
        self.replicate_adapter = Some(replicate);
        self
    }

    /// The adapter for `kind`, if configured.
    #[must_use]
    pub fn get(&self, kind: ProviderKind) -> Option<Arc<dyn Provider>> {
        match kind {
            ProviderKind::Local => self.local.clone(),
            ProviderKind::Openai => self.openai.clone(),
            ProviderKind::Sdwebui => self.sdwebui.clone(),
            ProviderKind::Comfyui => self.comfyui.clone(),
            ProviderKind::Candle => self.candle.clone(),
            ProviderKind::Replicate => self.replicate.clone(),
        }
    }

    /// The Replicate adapter, for verifying and acting on its webhooks.
    #[must_use]
    pub fn replicate(&self) -> Option<Arc<Replicate>> {
        self.replicate_adapter.clone()
    }

    /// The adapters the configuration asks for: the offline renderer always, each upstream
    /// whose settings are present. Replicate is asked for webhooks at `public_url` +
    /// [`WEBHOOK_PATH`] when a webhook secret is set.
    ///
    /// # Errors
    /// If an HTTP client cannot be built (TLS initialisation).
    pub fn from_config(config: &Generation, public_url: &Url) -> Result<Self, reqwest::Error> {
        let retry = RetryPolicy::default();
        let timeout = config.provider_timeout;
        let mut providers = Self::new(Some(Arc::new(Local)));
        if let Some(o) = &config.openai {
            let adapter = openai::OpenAi::new(openai::Settings {
                base_url: o.base_url.clone(),
                api_key: o.api_key.clone(),
                timeout,
                retry,
                organization: o.organization.clone(),
                project: o.project.clone(),
                downloads: Downloads {
                    extra_origins: o.download_origins.clone(),
                    max_bytes: config.provider_download_max_bytes,
                },
            })?;
            providers = providers.with(ProviderKind::Openai, Arc::new(adapter));
        }
        if let Some(s) = &config.sdwebui {
            let mut settings = sdwebui::Settings::new(s.base_url.clone());
            settings.basic_auth.clone_from(&s.basic_auth);
            settings.timeout = timeout;
            let adapter = sdwebui::SdWebUi::new(settings)?;
            providers = providers.with(ProviderKind::Sdwebui, Arc::new(adapter));
        }
        if let Some(c) = &config.comfyui {
            let mut settings = comfyui::Settings::new(c.base_url.clone());
            settings.authorization.clone_from(&c.authorization);
            settings.timeout = timeout;
            settings.deadline = config.job_timeout;
            settings.max_bytes = config.provider_download_max_bytes;
            settings.workflows = config
                .models
                .iter()
                .filter_map(|m| Some((m.upstream.clone(), m.workflow.clone()?)))
                .collect();
            let adapter = comfyui::ComfyUi::new(settings)?;
            providers = providers.with(ProviderKind::Comfyui, Arc::new(adapter));
        }
        if let Some(engine) = &config.local_engine {
            let adapter = super::candle::Candle::new(engine);
            providers = providers.with(ProviderKind::Candle, Arc::new(adapter));
        }
        if let Some(r) = &config.replicate {
            let mut settings = replicate::Settings::new(r.base_url.clone(), r.api_token.clone());
            settings.timeout = timeout.min(settings.timeout);
            settings.deadline = timeout;
            settings.downloads = Downloads {
                extra_origins: r.download_origins.clone(),
                max_bytes: config.provider_download_max_bytes,
            };
            if r.webhook_secret.is_some() {
                settings.webhook = public_url
                    .join(WEBHOOK_PATH)
                    .ok()
                    .map(|url| replicate::WebhookSettings { url });
            }
            providers = providers.with_replicate(Arc::new(Replicate::new(settings)?));
        }
        Ok(providers)
    }
}

/// Where Replicate's webhooks arrive.
pub const WEBHOOK_PATH: &str = "/webhooks/replicate";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generation::providers::{Output, ProviderError, Task};

    struct Fixed(ProviderKind);

    #[async_trait::async_trait]
    impl Provider for Fixed {
        fn kind(&self) -> ProviderKind {
            self.0
        }
        async fn generate(&self, _: &Task) -> Result<Vec<Output>, ProviderError> {
            Ok(Vec::new())
        }
    }

    #[test]
    fn providers_are_found_by_kind() {
        let providers = Providers::new(Some(Arc::new(Fixed(ProviderKind::Local))))
            .with(ProviderKind::Openai, Arc::new(Fixed(ProviderKind::Openai)));
        assert_eq!(
            providers.get(ProviderKind::Local).unwrap().kind(),
            ProviderKind::Local
        );
        assert_eq!(
            providers.get(ProviderKind::Openai).unwrap().kind(),
            ProviderKind::Openai
        );
        assert!(providers.get(ProviderKind::Sdwebui).is_none());
        assert!(providers.replicate().is_none());
        assert_eq!(
            format!("{providers:?}"),
            r#"Providers { configured: ["local", "openai"] }"#
        );
    }
}
