//! A generation request as submitted (strings from a form or JSON) and its validation into
//! values the service can trust: a configured model, a prompt within its limit, an offered size
//! and quality, a count, a seed.

use obscura_shared::{
    generation::{MAX_COUNT, NEGATIVE_MAX_CHARS, Quality, Size, fields},
    i18n::Message,
};
use rand::Rng;

use crate::{config::generation::Model, settings::Live};

/// The largest seed: 2^53 − 1, so that it survives a trip through JavaScript numbers.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// What was submitted.
#[derive(Clone, Default)]
pub struct Submitted {
    /// Model id.
    pub model: String,
    /// Prompt.
    pub prompt: String,
    /// Negative prompt (may be empty).
    pub negative_prompt: String,
    /// `WxH` (empty: the model's first size).
    pub size: String,
    /// Quality code (empty: the model's first quality).
    pub quality: String,
    /// 1–4 (empty: 1).
    pub count: String,
    /// A number, or empty for a random seed.
    pub seed: String,
}

impl std::fmt::Debug for Submitted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Submitted")
            .field("model", &self.model)
            .field("size", &self.size)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// A request that passed validation.
#[derive(Clone)]
pub struct Valid<'a> {
    /// The model.
    pub model: &'a Model,
    /// The prompt, trimmed.
    pub prompt: String,
    /// The negative prompt, when the model uses one and it is not empty.
    pub negative_prompt: Option<String>,
    /// The size.
    pub size: Size,
    /// The quality.
    pub quality: Quality,
    /// Images to make.
    pub count: u8,
    /// The seed.
    pub seed: u64,
}

impl Valid<'_> {
    /// Credits the whole request costs.
    #[must_use]
    pub fn cost(&self) -> i64 {
        i64::from(self.model.cost) * i64::from(self.count)
    }
}

/// Field-level problems, in form order.
pub type FieldErrors = Vec<(&'static str, Message)>;

fn has_control_chars(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Checks a submission against the models offered now (the live settings).
///
/// # Errors
/// Every field that is wrong, each with a message to show next to it.
pub fn validate<'a>(live: &'a Live, input: &Submitted) -> Result<Valid<'a>, FieldErrors> {
    let mut errors: FieldErrors = Vec::new();
    let id = input.model.trim();
    let Some(model) = live
        .model(id)
        .or_else(|| id.is_empty().then(|| live.default_model()).flatten())
    else {
        // A configured model an admin stopped offering is named, so that people know why.
        return Err(vec![(
            fields::MODEL,
            live.configured(id).map_or_else(
                || Message::new("error-model"),
                |m| Message::new("admin-settings-error-model-off").arg("model", m.label.as_str()),
            ),
        )]);
    };

    let prompt = input.prompt.trim().to_owned();
    let chars = prompt.chars().count();
    if prompt.is_empty() {
        errors.push((fields::PROMPT, Message::new("error-prompt-empty")));
    } else if chars > model.max_prompt_chars as usize {
        errors.push((
            fields::PROMPT,
            Message::new("error-prompt-too-long")
                .arg("count", chars.to_string())
                .arg("model", model.label.as_str())
                .arg("max", model.max_prompt_chars.to_string()),
        ));
    } else if has_control_chars(&prompt) {
        errors.push((fields::PROMPT, Message::new("error-prompt-control")));
    }

    let negative = input.negative_prompt.trim();
    let negative_prompt = if negative.is_empty() || !model.negative_prompt {
        None
    } else if negative.chars().count() > NEGATIVE_MAX_CHARS {
        errors.push((
            fields::NEGATIVE_PROMPT,
            Message::new("error-negative-too-long").arg("max", NEGATIVE_MAX_CHARS.to_string()),
        ));
        None
    } else if has_control_chars(negative) {
        errors.push((
            fields::NEGATIVE_PROMPT,
            Message::new("error-negative-control"),
        ));
        None
    } else {
        Some(negative.to_owned())
    };

    let size = if input.size.trim().is_empty() {
        Some(model.sizes[0])
    } else {
        Size::parse(&input.size).filter(|s| model.sizes.contains(s))
    };
    if size.is_none() {
        errors.push((
            fields::SIZE,
            Message::new("error-size").arg("model", model.label.as_str()),
        ));
    }

    let quality = if input.quality.trim().is_empty() {
        Some(model.qualities[0])
    } else {
        Quality::parse(input.quality.trim()).filter(|q| model.qualities.contains(q))
    };
    if quality.is_none() {
        errors.push((
            fields::QUALITY,
            Message::new("error-quality").arg("model", model.label.as_str()),
        ));
    }

    let max = model.max_count.min(MAX_COUNT);
    let count = if input.count.trim().is_empty() {
        Some(1)
    } else {
        input
            .count
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|c| (1..=max).contains(c))
    };
    if count.is_none() {
        errors.push((
            fields::COUNT,
            Message::new("error-count-range").arg("max", u32::from(max)),
        ));
    }

    let seed = if input.seed.trim().is_empty() {
        Some(rand::rng().random_range(0..=MAX_SEED))
    } else {
        input
            .seed
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|s| *s <= MAX_SEED)
    };
    if seed.is_none() {
        errors.push((
            fields::SEED,
            Message::new("error-seed").arg("max", MAX_SEED.to_string()),
        ));
    }

    match (size, quality, count, seed) {
        (Some(size), Some(quality), Some(count), Some(seed)) if errors.is_empty() => Ok(Valid {
            model,
            prompt,
            negative_prompt,
            size,
            quality,
            count,
            seed,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn config() -> Config {
        Config::from_pairs(&[]).unwrap()
    }

    fn input(prompt: &str) -> Submitted {
        Submitted {
            prompt: prompt.into(),
            ..Submitted::default()
        }
    }

    #[test]
    fn defaults_fill_what_is_left_empty() {
        let config = config();
        let live = Live::from_config(&config.generation);
        let v = validate(&live, &input("  a lighthouse at dusk ")).unwrap();
        assert_eq!(v.model.id, "offline");
        assert_eq!(v.prompt, "a lighthouse at dusk");
        assert_eq!(v.count, 1);
        assert_eq!(v.size, v.model.sizes[0]);
        assert!(v.seed <= MAX_SEED);
        assert_eq!(v.cost(), 1);
    }

    #[test]
    fn each_wrong_field_is_named() {
        let config = config();
        let live = Live::from_config(&config.generation);
        let errors = validate(
            &live,
            &Submitted {
                prompt: String::new(),
                size: "333x333".into(),
                quality: "ultra".into(),
                count: "9".into(),
                seed: "-1".into(),
                ..Submitted::default()
            },
        )
        .err()
        .unwrap();
        let named: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            named,
            [
                fields::PROMPT,
                fields::SIZE,
                fields::QUALITY,
                fields::COUNT,
                fields::SEED
            ]
        );
        let unknown = validate(
            &live,
            &Submitted {
                model: "nope".into(),
                ..input("x")
            },
        )
        .err()
        .unwrap();
        assert_eq!(unknown[0].0, fields::MODEL);
    }

    #[test]
    fn a_long_prompt_says_how_long() {
        let config = config();
        let live = Live::from_config(&config.generation);
        let errors = validate(&live, &input(&"a".repeat(4_001))).err().unwrap();
        let message = errors[0].1.render(obscura_shared::account::Language::En);
        assert!(message.contains("4001 characters"), "{message}");
        assert!(validate(&live, &input(&"a".repeat(4_000))).is_ok());
    }

    #[test]
    fn seeds_and_counts_are_kept() {
        let config = config();
        let live = Live::from_config(&config.generation);
        let v = validate(
            &live,
            &Submitted {
                seed: "42".into(),
                count: "4".into(),
                negative_prompt: "blurry".into(),
                ..input("x")
            },
        )
        .unwrap();
        assert_eq!((v.seed, v.count, v.cost()), (42, 4, 4));
        assert_eq!(v.negative_prompt.as_deref(), Some("blurry"));
    }
}
