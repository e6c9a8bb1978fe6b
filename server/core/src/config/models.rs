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
    /// `comfyui`: the API-format workflow file.
    workflow: Option<std::path::PathBuf>,
    /// `comfyui`: our parameters → `"<node id>.<input name>"`.
    inputs: Option<std::collections::BTreeMap<String, String>>,
    /// `comfyui`: the nodes whose images are collected (default: every `SaveImage` node).
    outputs: Option<Vec<String>>,
    /// `candle`: sampling steps per image (default 1 for the Turbo models, 25 for SD 1.5).
    steps: Option<u32>,
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
    /// `comfyui`: the checked workflow and its mapping (`None` for other providers).
    pub workflow: Option<std::sync::Arc<crate::generation::providers::comfyui::Workflow>>,
    /// `candle`: sampling steps per image (0 for other providers).
    pub steps: u32,
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
        ProviderKind::Candle => &[(512, 512)],
        ProviderKind::Sdwebui | ProviderKind::Replicate | ProviderKind::Comfyui => &[
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
    let workflow = comfyui_workflow(&id, &raw)?;
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
        ProviderKind::Local
        | ProviderKind::Replicate
        | ProviderKind::Comfyui
        | ProviderKind::Candle => {
            vec![Quality::Auto]
        }
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
    let steps = candle_steps(
        &id,
        raw.provider,
        raw.upstream.as_deref(),
        (raw.steps, raw.reference),
        &sizes,
    )?;
    let sd15 =
        raw.provider == ProviderKind::Candle && raw.upstream.as_deref().unwrap_or(&id) == "sd-1.5";
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
        negative_prompt: match &workflow {
            Some(w) => raw
                .negative_prompt
                .unwrap_or(w.inputs.negative_prompt.is_some()),
            None if raw.provider == ProviderKind::Candle => raw.negative_prompt.unwrap_or(sd15),
            None => raw.negative_prompt.unwrap_or(matches!(
                raw.provider,
                ProviderKind::Local | ProviderKind::Sdwebui | ProviderKind::Replicate
            )),
        },
        reference: match &workflow {
            Some(w) => raw.reference.unwrap_or(w.inputs.reference.is_some()),
            None if raw.provider == ProviderKind::Candle => raw.reference.unwrap_or(sd15),
            None => raw.reference.unwrap_or(true),
        },
        max_prompt_chars,
        workflow,
        steps,
        id,
    })
}

/// A `candle` model's steps, its variant (`upstream`) and sizes checked; `steps` on any other
/// model is an error.
fn candle_steps(
    id: &str,
    provider: ProviderKind,
    upstream: Option<&str>,
    (steps, reference): (Option<u32>, Option<bool>),
    sizes: &[Size],
) -> Result<u32, ConfigError> {
    use crate::generation::providers::candle::files::Variant;
    let err = |m: String| ConfigError::new("models", format!("model {id}: {m}"));
    if provider != ProviderKind::Candle {
        if steps.is_some() {
            return Err(err("steps is for candle models only".into()));
        }
        return Ok(0);
    }
    let upstream = upstream.unwrap_or(id);
    let Some(variant) = Variant::parse(upstream) else {
        return Err(err(format!(
            "a candle model's upstream is one of {} (not {upstream:?})",
            Variant::ALL.map(Variant::code).join(", ")
        )));
    };
    let steps = steps.unwrap_or_else(|| variant.default_steps());
    let (lo, hi) = variant.steps_range();
    if !(lo..=hi).contains(&steps) {
        return Err(err(format!("{} takes {lo}–{hi} steps", variant.code())));
    }
    if let Some(size) = sizes
        .iter()
        .find(|s| !variant.sizes().contains(&(s.width, s.height)))
    {
        return Err(err(format!(
            "{} makes images of {} only, not {}x{}",
            variant.code(),
            variant
                .sizes()
                .iter()
                .map(|(w, h)| format!("{w}x{h}"))
                .collect::<Vec<_>>()
                .join(", "),
            size.width,
            size.height
        )));
    }
    if reference == Some(true) && !variant.takes_reference() {
        return Err(err(format!(
            "{} takes no reference image (sd-1.5 does)",
            variant.code()
        )));
    }
    Ok(steps)
}

/// A `comfyui` model's workflow, read and checked; the ComfyUI keys on any other model are an
/// error, as are a negative prompt or a reference the workflow has no input for.
fn comfyui_workflow(
    id: &str,
    raw: &RawModel,
) -> Result<Option<std::sync::Arc<crate::generation::providers::comfyui::Workflow>>, ConfigError> {
    let err = |m: String| ConfigError::new("models", format!("model {id}: {m}"));
    if raw.provider != ProviderKind::Comfyui {
        if raw.workflow.is_some() || raw.inputs.is_some() || raw.outputs.is_some() {
            return Err(err(
                "workflow, inputs and outputs are for comfyui models only".into(),
            ));
        }
        return Ok(None);
    }
    let Some(path) = &raw.workflow else {
        return Err(err(
            "a comfyui model needs workflow = \"<path to an API-format JSON file>\"".into(),
        ));
    };
    let workflow = crate::generation::providers::comfyui::Workflow::load(
        path,
        &raw.inputs.clone().unwrap_or_default(),
        raw.outputs.as_deref(),
    )
    .map_err(err)?;
    if raw.negative_prompt == Some(true) && workflow.inputs.negative_prompt.is_none() {
        return Err(err(
            "negative_prompt = true needs inputs.negative_prompt (the node input that takes it)"
                .into(),
        ));
    }
    if raw.reference == Some(true) && workflow.inputs.reference.is_none() {
        return Err(err(
            "reference = true needs inputs.reference (a LoadImage node's image input)".into(),
        ));
    }
    Ok(Some(std::sync::Arc::new(workflow)))
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
        workflow: None,
        inputs: None,
        outputs: None,
        steps: None,
    })
}
