//! Configured models: each with its provider, its name there, its cost per image and the
//! parameters it accepts; validated one by one.

use obscura_shared::generation::{MAX_COUNT, Quality, Size};
use serde::{Deserialize, Serialize};

use super::ConfigError;
use crate::generation::providers::ProviderKind;

/// A model as configured (raw).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawModel {
    id: String,
    label: Option<String>,
    provider: ProviderKind,
    upstream: Option<String>,
    cost: Option<u32>,
    sizes: Option<Vec<String>>,
    qualities: Option<Vec<Quality>>,
    max_count: Option<u8>,
    negative_prompt: Option<bool>,
    reference: Option<bool>,
    max_prompt_chars: Option<u32>,
}

/// A configured model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// Our id (stable: stored with each generation).
    pub id: String,
    /// Its name for people.
    pub label: String,
    /// Who runs it.
    pub provider: ProviderKind,
    /// Its name at the provider.
    pub upstream: String,
    /// Credits per image.
    pub cost: u32,
    /// Sizes offered (the first is the default).
    pub sizes: Vec<Size>,
    /// Qualities offered (the first is the default).
    pub qualities: Vec<Quality>,
    /// Most images per generation.
    pub max_count: u8,
    /// Whether a negative prompt is sent.
    pub negative_prompt: bool,
    /// Whether a reference image is accepted.
    pub reference: bool,
    /// Longest prompt.
    pub max_prompt_chars: u32,
}

/// A model's name as stored with a generation, in `lang`: the offline renderer's default name
/// translated, any other as it was.
#[must_use]
pub fn stored_label_in(label: &str, lang: obscura_shared::account::Language) -> String {
    if label == ProviderKind::Local.label() {
        obscura_shared::t!(lang, "model-offline-name")
    } else {
        label.to_owned()
    }
}

impl Model {
    /// Its name for people in `lang`: as the operator named it, or, for the offline renderer
    /// left unnamed, its default name translated.
    #[must_use]
    pub fn label_in(&self, lang: obscura_shared::account::Language) -> String {
        if self.provider == ProviderKind::Local && self.label == ProviderKind::Local.label() {
            obscura_shared::t!(lang, "model-offline-name")
        } else {
            self.label.clone()
        }
    }
}

fn default_sizes(provider: ProviderKind) -> Vec<Size> {
    let list: &[(u32, u32)] = match provider {
        ProviderKind::Openai => &[(1024, 1024), (1536, 1024), (1024, 1536)],
        ProviderKind::Local => &[
            (1024, 1024),
            (1280, 768),
            (768, 1280),
            (1024, 768),
            (768, 1024),
            (512, 512),
        ],
        ProviderKind::Sdwebui | ProviderKind::Replicate => &[
            (1024, 1024),
            (1216, 832),
            (832, 1216),
            (1024, 768),
            (768, 1024),
            (512, 512),
        ],
    };
    list.iter()
        .map(|&(width, height)| Size { width, height })
        .collect()
}

pub(super) fn model(raw: RawModel) -> Result<Model, ConfigError> {
    let err = |m: String| ConfigError::new("models", m);
    let id = raw.id.trim().to_owned();
    if id.is_empty()
        || id.len() > 64
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(err(format!(
            "model id {id:?} must be 1–64 letters, digits, '-', '_' or '.'"
        )));
    }
    let sizes = match raw.sizes {
        None => default_sizes(raw.provider),
        Some(list) => list
            .iter()
            .map(|s| {
                Size::parse(s).ok_or_else(|| {
                    err(format!(
                        "model {id}: size {s:?} is not WxH with sides of 64–4096 pixels"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
    };
    if sizes.is_empty() {
        return Err(err(format!("model {id}: sizes is empty")));
    }
    let qualities = raw.qualities.unwrap_or_else(|| match raw.provider {
        ProviderKind::Openai | ProviderKind::Sdwebui => Quality::ALL.to_vec(),
        ProviderKind::Local | ProviderKind::Replicate => vec![Quality::Auto],
    });
    if qualities.is_empty() {
        return Err(err(format!("model {id}: qualities is empty")));
    }
    let max_count = raw.max_count.unwrap_or(MAX_COUNT);
    if !(1..=MAX_COUNT).contains(&max_count) {
        return Err(err(format!("model {id}: max_count must be 1–{MAX_COUNT}")));
    }
    let cost = raw.cost.unwrap_or(1);
    if !(1..=10_000).contains(&cost) {
        return Err(err(format!("model {id}: cost must be 1–10000 credits")));
    }
    let max_prompt_chars = raw.max_prompt_chars.unwrap_or(4_000);
    if !(1..=32_000).contains(&max_prompt_chars) {
        return Err(err(format!("model {id}: max_prompt_chars must be 1–32000")));
    }
    let label = raw.label.unwrap_or_else(|| match raw.provider {
        ProviderKind::Local => ProviderKind::Local.label().to_owned(),
        _ => id.clone(),
    });
    Ok(Model {
        upstream: raw.upstream.unwrap_or_else(|| id.clone()),
        label,
        provider: raw.provider,
        cost,
        sizes,
        qualities,
        max_count,
        negative_prompt: raw.negative_prompt.unwrap_or(matches!(
            raw.provider,
            ProviderKind::Local | ProviderKind::Sdwebui | ProviderKind::Replicate
        )),
        reference: raw.reference.unwrap_or(true),
        max_prompt_chars,
        id,
    })
}

/// The built-in offline renderer with its defaults: the one model when none is configured.
pub(super) fn offline() -> Result<Model, ConfigError> {
    model(RawModel {
        id: "offline".into(),
        label: None,
        provider: ProviderKind::Local,
        upstream: None,
        cost: None,
        sizes: None,
        qualities: None,
        max_count: None,
        negative_prompt: None,
        reference: None,
        max_prompt_chars: None,
    })
}
