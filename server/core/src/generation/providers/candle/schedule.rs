//! The sampler's schedule and steps: timesteps and sigmas (or DDIM's alphas) from the model's
//! `scheduler/scheduler_config.json` or the defaults its repository ships, the scaling of each
//! step's input, one step of Euler, Euler ancestral or DDIM, and the seeded source of every
//! random number of an image.

use candle_core::Tensor;
use candle_transformers::models::stable_diffusion::schedulers::PredictionType;
use rand_chacha::ChaCha8Rng;

use super::files::{DIR_VARIABLE, ModelFiles, Variant};

/// `scheduler/scheduler_config.json` (the keys we use), with the variant's defaults.
#[derive(Debug, Clone)]
pub struct SchedulerSettings {
    beta_start: f64,
    beta_end: f64,
    scaled_linear: bool,
    train_timesteps: usize,
    steps_offset: usize,
    prediction: PredictionType,
    spacing: Spacing,
    kind: Kind,
}

/// diffusers' `timestep_spacing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spacing {
    Leading,
    Trailing,
    Linspace,
}

/// The sampler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `EulerDiscreteScheduler` (SD-Turbo's).
    Euler,
    /// `EulerAncestralDiscreteScheduler` (SDXL-Turbo's).
    EulerAncestral,
    /// DDIM, eta 0 (SD 1.5, whose repository ships PNDM: same schedule, another solver).
    Ddim,
}

#[derive(Default, serde::Deserialize)]
struct SchedulerJson {
    #[serde(rename = "_class_name")]
    class_name: Option<String>,
    beta_start: Option<f64>,
    beta_end: Option<f64>,
    beta_schedule: Option<String>,
    num_train_timesteps: Option<usize>,
    steps_offset: Option<usize>,
    prediction_type: Option<String>,
    timestep_spacing: Option<String>,
}

impl SchedulerSettings {
    /// Reads the scheduler config when the model has one.
    ///
    /// # Errors
    /// A message naming the file when it is not usable.
    pub fn read(files: &ModelFiles) -> Result<Self, String> {
        let raw: SchedulerJson = match &files.scheduler_config {
            Some(path) => {
                let bad = |why: String| format!("{DIR_VARIABLE}: {}: {why}", path.display());
                let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
                serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?
            }
            None => SchedulerJson::default(),
        };
        Self::from_json(raw, files.variant)
    }

    fn from_json(raw: SchedulerJson, variant: Variant) -> Result<Self, String> {
        // The defaults are what the repositories ship in `scheduler/scheduler_config.json`:
        // stabilityai/sd-turbo (EulerDiscreteScheduler) and stabilityai/sdxl-turbo
        // (EulerAncestralDiscreteScheduler): scaled_linear betas 0.00085–0.012 over 1000
        // steps, epsilon prediction, "trailing" spacing, steps_offset 1;
        // stable-diffusion-v1-5 (PNDMScheduler): the same betas, steps_offset 1, and no
        // spacing or prediction given, so the class defaults "leading" and epsilon.
        let bad = |why: &str| format!("{DIR_VARIABLE}: scheduler/scheduler_config.json: {why}");
        let prediction = match raw.prediction_type.as_deref() {
            None => default_prediction(variant),
            Some("epsilon") => PredictionType::Epsilon,
            Some("v_prediction") => PredictionType::VPrediction,
            Some(_) => return Err(bad("prediction_type must be epsilon or v_prediction")),
        };
        let scaled_linear = match raw.beta_schedule.as_deref() {
            None | Some("scaled_linear") => true,
            Some("linear") => false,
            Some(_) => return Err(bad("beta_schedule must be scaled_linear or linear")),
        };
        let spacing = match raw.timestep_spacing.as_deref() {
            None if variant == Variant::Sd15 => Spacing::Leading,
            None | Some("trailing") => Spacing::Trailing,
            Some("leading") => Spacing::Leading,
            Some("linspace") => Spacing::Linspace,
            Some(_) => {
                return Err(bad(
                    "timestep_spacing must be trailing, leading or linspace",
                ));
            }
        };
        let kind = match (variant, raw.class_name.as_deref()) {
            (Variant::Sd15, _) => Kind::Ddim,
            (_, Some("EulerAncestralDiscreteScheduler")) => Kind::EulerAncestral,
            (_, Some("EulerDiscreteScheduler")) => Kind::Euler,
            (Variant::SdTurbo, _) => Kind::Euler,
            (Variant::SdxlTurbo, _) => Kind::EulerAncestral,
        };
        let train_timesteps = raw.num_train_timesteps.unwrap_or(1000);
        if !(10..=10_000).contains(&train_timesteps) {
            return Err(bad("num_train_timesteps must be 10–10000"));
        }
        Ok(Self {
            beta_start: raw.beta_start.unwrap_or(0.000_85),
            beta_end: raw.beta_end.unwrap_or(0.012),
            scaled_linear,
            train_timesteps,
            steps_offset: raw.steps_offset.unwrap_or(1),
            prediction,
            spacing,
            kind,
        })
    }

    fn alphas_cumprod(&self) -> Vec<f64> {
        let n = self.train_timesteps;
        #[allow(clippy::cast_precision_loss)]
        let at = |i: usize| {
            let f = if n > 1 {
                i as f64 / (n - 1) as f64
            } else {
                0.0
            };
            if self.scaled_linear {
                let (a, b) = (self.beta_start.sqrt(), self.beta_end.sqrt());
                (a + (b - a) * f).powi(2)
            } else {
                self.beta_start + (self.beta_end - self.beta_start) * f
            }
        };
        let mut acc = 1.0;
        (0..n)
            .map(|i| {
                acc *= 1.0 - at(i);
                acc
            })
            .collect()
    }

    /// The timesteps of `steps` steps, noisiest first, as diffusers' `set_timesteps` (Euler,
    /// Euler ancestral and DDIM alike) computes them, numpy's round-half-to-even included:
    /// - trailing: `round(arange(n, 0, -n / steps)) - 1`;
    /// - leading: `arange(0, steps) * (n // steps)` reversed, `+ steps_offset`;
    /// - linspace: `round(linspace(0, n - 1, steps))` reversed (Euler interpolates sigma at
    ///   the unrounded value; we round: no shipped config of ours uses it).
    fn timesteps(&self, steps: usize) -> Vec<usize> {
        let n = self.train_timesteps;
        let steps = steps.max(1);
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let round = |v: f64| v.round_ties_even().max(0.0) as usize;
        #[allow(clippy::cast_precision_loss)]
        match self.spacing {
            Spacing::Trailing => {
                let ratio = n as f64 / steps as f64;
                (0..steps)
                    .map(|i| {
                        round(n as f64 - i as f64 * ratio)
                            .saturating_sub(1)
                            .min(n - 1)
                    })
                    .collect()
            }
            Spacing::Leading => {
                let ratio = (n / steps).max(1);
                (0..steps)
                    .rev()
                    .map(|s| (s * ratio + self.steps_offset).min(n - 1))
                    .collect()
            }
            Spacing::Linspace => (0..steps)
                .rev()
                .map(|i| {
                    if steps == 1 {
                        0
                    } else {
                        round(i as f64 * ((n - 1) as f64 / (steps - 1) as f64)).min(n - 1)
                    }
                })
                .collect(),
        }
    }
}

/// The seeded source of every random number of one image.
pub(super) struct Noise(pub(super) ChaCha8Rng);

impl Noise {
    pub(super) fn tensor(
        &mut self,
        shape: (usize, usize, usize, usize),
        device: &candle_core::Device,
    ) -> candle_core::Result<Tensor> {
        use rand::Rng;
        let count = shape.0 * shape.1 * shape.2 * shape.3;
        let mut data: Vec<f32> = Vec::with_capacity(count + 1);
        // Box–Muller: two standard normal numbers from two uniform ones.
        while data.len() < count {
            let u1: f64 = 1.0 - self.0.random::<f64>();
            let u2: f64 = self.0.random::<f64>();
            let r = (-2.0 * u1.ln()).sqrt();
            let theta = std::f64::consts::TAU * u2;
            #[allow(clippy::cast_possible_truncation)]
            data.extend([(r * theta.cos()) as f32, (r * theta.sin()) as f32]);
        }
        data.truncate(count);
        Tensor::from_vec(data, shape, device)
    }
}

enum Sampler {
    /// Euler, ancestral or not: sigma per step, the last one 0.
    Euler { sigmas: Vec<f64>, ancestral: bool },
    /// DDIM (eta 0): alphas_cumprod at each step and the next.
    Ddim { alphas: Vec<f64>, next: Vec<f64> },
}

pub(super) struct Schedule {
    sampler: Sampler,
    pub(super) timesteps: Vec<usize>,
    prediction: PredictionType,
    spacing: Spacing,
}

impl Schedule {
    pub(super) fn new(settings: &SchedulerSettings, steps: usize) -> Self {
        let acp = settings.alphas_cumprod();
        let timesteps = settings.timesteps(steps);
        let sampler = match settings.kind {
            Kind::Euler | Kind::EulerAncestral => {
                let mut sigmas: Vec<f64> = timesteps
                    .iter()
                    .map(|&t| ((1.0 - acp[t]) / acp[t]).sqrt())
                    .collect();
                sigmas.push(0.0);
                Sampler::Euler {
                    sigmas,
                    ancestral: settings.kind == Kind::EulerAncestral,
                }
            }
            Kind::Ddim => {
                let alphas = timesteps.iter().map(|&t| acp[t]).collect();
                let next = (0..timesteps.len())
                    .map(|i| timesteps.get(i + 1).map_or(acp[0], |&t| acp[t]))
                    .collect();
                Sampler::Ddim { alphas, next }
            }
        };
        Self {
            sampler,
            timesteps,
            prediction: settings.prediction,
            spacing: settings.spacing,
        }
    }

    /// diffusers' `init_noise_sigma`: the largest sigma for trailing and linspace spacing,
    /// `sqrt(max² + 1)` for leading.
    pub(super) fn init_sigma(&self) -> f64 {
        match &self.sampler {
            Sampler::Euler { sigmas, .. } => {
                let max = sigmas.iter().copied().fold(0.0, f64::max);
                if self.spacing == Spacing::Leading {
                    max.hypot(1.0)
                } else {
                    max
                }
            }
            Sampler::Ddim { .. } => 1.0,
        }
    }

    pub(super) fn scale_input(&self, x: &Tensor, i: usize) -> candle_core::Result<Tensor> {
        match &self.sampler {
            Sampler::Euler { sigmas, .. } => x / (sigmas[i].powi(2) + 1.0).sqrt(),
            Sampler::Ddim { .. } => Ok(x.clone()),
        }
    }

    /// Noise added to clean latents at step `i` (img2img).
    pub(super) fn add_noise(
        &self,
        clean: &Tensor,
        noise: &Tensor,
        i: usize,
    ) -> candle_core::Result<Tensor> {
        match &self.sampler {
            Sampler::Euler { sigmas, .. } => clean + (noise * sigmas[i])?,
            Sampler::Ddim { alphas, .. } => {
                (clean * alphas[i].sqrt())? + (noise * (1.0 - alphas[i]).sqrt())?
            }
        }
    }

    pub(super) fn step(
        &self,
        out: &Tensor,
        i: usize,
        x: &Tensor,
        noise: &mut Noise,
    ) -> candle_core::Result<Tensor> {
        match &self.sampler {
            Sampler::Euler { sigmas, ancestral } => {
                let (from, to) = (sigmas[i], sigmas[i + 1]);
                let x0 = match self.prediction {
                    PredictionType::VPrediction => {
                        ((out * (-from / (from.powi(2) + 1.0).sqrt()))?
                            + (x / (from.powi(2) + 1.0))?)?
                    }
                    _ => (x - (out * from)?)?,
                };
                // Euler (s_churn 0) steps straight to `to`; the ancestral one to `down` and adds
                // noise of `up`.
                let up = if *ancestral {
                    (to.powi(2) * (from.powi(2) - to.powi(2)) / from.powi(2))
                        .max(0.0)
                        .sqrt()
                } else {
                    0.0
                };
                let down = (to.powi(2) - up.powi(2)).max(0.0).sqrt();
                let derivative = ((x - x0)? / from)?;
                let prev = (x + (derivative * (down - from))?)?;
                if up > 0.0 {
                    let (b, c, h, w) = prev.dims4()?;
                    let n = noise.tensor((b, c, h, w), prev.device())?;
                    prev + (n * up)?
                } else {
                    Ok(prev)
                }
            }
            Sampler::Ddim { alphas, next } => {
                let (a, a_prev) = (alphas[i], next[i]);
                let (eps, x0) = match self.prediction {
                    PredictionType::VPrediction => (
                        ((out * (1.0 - a).sqrt())? + (x * a.sqrt())?)?,
                        ((x * a.sqrt())? - (out * (1.0 - a).sqrt())?)?,
                    ),
                    _ => (out.clone(), ((x - (out * (1.0 - a).sqrt())?)? / a.sqrt())?),
                };
                (x0 * a_prev.sqrt())? + (eps * (1.0 - a_prev).sqrt())?
            }
        }
    }
}

/// The default prediction type of a variant when its scheduler config says none.
#[must_use]
pub const fn default_prediction(_variant: Variant) -> PredictionType {
    PredictionType::Epsilon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule(variant: Variant, steps: usize, json: &str) -> Schedule {
        let raw: SchedulerJson = serde_json::from_str(json).unwrap();
        Schedule::new(&SchedulerSettings::from_json(raw, variant).unwrap(), steps)
    }

    fn sigmas(s: &Schedule) -> (Vec<f64>, bool) {
        match &s.sampler {
            Sampler::Euler { sigmas, ancestral } => (sigmas.clone(), *ancestral),
            Sampler::Ddim { .. } => panic!("not Euler"),
        }
    }

    fn close(a: &[f64], b: &[f64]) {
        assert_eq!(a.len(), b.len(), "{a:?} {b:?}");
        for (x, y) in a.iter().zip(b) {
            assert!((x - y).abs() < 1e-5 * y.max(1.0), "{a:?} vs {b:?}");
        }
    }

    // The numbers diffusers gives, worked out by hand from `set_timesteps` and
    // sigma = sqrt((1 − ᾱ_t) / ᾱ_t) with scaled_linear betas 0.00085–0.012 over 1000 steps
    // (sigma(999) = 14.6146…, the well-known SD maximum).
    #[test]
    fn the_turbo_defaults_are_what_the_repositories_ship() {
        let one = schedule(Variant::SdTurbo, 1, "{}");
        assert_eq!(one.timesteps, vec![999]);
        let (s, ancestral) = sigmas(&one);
        close(&s, &[14.614_641, 0.0]);
        assert!(!ancestral, "sd-turbo ships EulerDiscreteScheduler");
        assert!(
            (one.init_sigma() - 14.614_641).abs() < 1e-5,
            "trailing: max sigma"
        );
        let four = schedule(Variant::SdTurbo, 4, "{}");
        assert_eq!(four.timesteps, vec![999, 749, 499, 249]);
        close(
            &sigmas(&four).0,
            &[14.614_641, 4.081_729, 1.612_886, 0.693_205, 0.0],
        );
        let xl = schedule(Variant::SdxlTurbo, 4, "{}");
        assert_eq!(xl.timesteps, vec![999, 749, 499, 249]);
        assert!(
            sigmas(&xl).1,
            "sdxl-turbo ships EulerAncestralDiscreteScheduler"
        );
        // 1000 / 3 is not whole: round(arange(1000, 0, -333.33)) − 1.
        assert_eq!(
            schedule(Variant::SdTurbo, 3, "{}").timesteps,
            vec![999, 666, 332]
        );
        // The shipped files say the same as the defaults.
        let shipped = r#"{"_class_name": "EulerDiscreteScheduler", "beta_end": 0.012,
            "beta_schedule": "scaled_linear", "beta_start": 0.00085, "num_train_timesteps": 1000,
            "prediction_type": "epsilon", "steps_offset": 1, "timestep_spacing": "trailing"}"#;
        let from_file = schedule(Variant::SdTurbo, 4, shipped);
        assert_eq!(from_file.timesteps, four.timesteps);
        close(&sigmas(&from_file).0, &sigmas(&four).0);
    }

    #[test]
    fn sd15_uses_leading_ddim_steps_with_offset_one() {
        assert_eq!(schedule(Variant::Sd15, 1, "{}").timesteps, vec![1]);
        assert_eq!(
            schedule(Variant::Sd15, 4, "{}").timesteps,
            vec![751, 501, 251, 1]
        );
        let s = schedule(Variant::Sd15, 25, "{}");
        assert_eq!((s.timesteps[0], s.timesteps[24]), (961, 1));
        match &s.sampler {
            Sampler::Ddim { alphas, next } => {
                assert!((alphas[24] - 0.998_296).abs() < 1e-6, "{alphas:?}");
                // set_alpha_to_one = false: the last step goes to ᾱ_0 = 1 − 0.00085.
                assert!((next[24] - 0.999_15).abs() < 1e-9, "{next:?}");
            }
            Sampler::Euler { .. } => panic!("sd-1.5 samples with DDIM"),
        }
    }

    #[test]
    fn leading_euler_starts_from_the_larger_sigma() {
        let s = schedule(
            Variant::SdxlTurbo,
            4,
            r#"{"timestep_spacing": "leading", "steps_offset": 1}"#,
        );
        assert_eq!(s.timesteps, vec![751, 501, 251, 1]);
        let max = 4.116_696_f64;
        assert!((s.init_sigma() - max.hypot(1.0)).abs() < 1e-5);
    }
}
