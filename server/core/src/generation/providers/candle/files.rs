//! Which files a variant needs in `OBSCURA_LOCAL_MODEL_DIR`, in Hugging Face's repository
//! layout (the folders are copied as downloaded), and what they hold: checked when the
//! configuration is read, so a missing or partial directory stops start-up with the file named.

use std::{
    collections::HashMap,
    fs::File,
    io::{Read, Seek, SeekFrom},
    path::{Path, PathBuf},
};

use candle_core::DType;

/// The variable that names the model directory (every message about it names it).
pub const DIR_VARIABLE: &str = "OBSCURA_LOCAL_MODEL_DIR";

/// A Stable Diffusion–family model the engine runs (a candle model's `upstream`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variant {
    /// SD-Turbo: the SD 2.1 architecture distilled for 1–4 steps, 512×512, no guidance.
    SdTurbo,
    /// SDXL-Turbo: the SDXL architecture (two text encoders) distilled for 1–4 steps, 512×512.
    SdxlTurbo,
    /// Stable Diffusion 1.5: 25 steps with guidance; img2img with a reference image.
    Sd15,
}

impl Variant {
    /// Every variant.
    pub const ALL: [Self; 3] = [Self::SdTurbo, Self::SdxlTurbo, Self::Sd15];

    /// The configured name (`upstream`) and the sub-folder of the model directory.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::SdTurbo => "sd-turbo",
            Self::SdxlTurbo => "sdxl-turbo",
            Self::Sd15 => "sd-1.5",
        }
    }

    /// The variant called `code`.
    #[must_use]
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == code)
    }

    /// Steps when the model sets none.
    #[must_use]
    pub const fn default_steps(self) -> u32 {
        match self {
            Self::SdTurbo | Self::SdxlTurbo => 1,
            Self::Sd15 => 25,
        }
    }

    /// The steps a model of this variant may set.
    #[must_use]
    pub const fn steps_range(self) -> (u32, u32) {
        match self {
            Self::SdTurbo | Self::SdxlTurbo => (1, 4),
            Self::Sd15 => (1, 100),
        }
    }

    /// The sizes the model was trained for (the first is the default).
    #[must_use]
    pub const fn sizes(self) -> &'static [(u32, u32)] {
        match self {
            Self::SdTurbo | Self::SdxlTurbo => &[(512, 512)],
            Self::Sd15 => &[(512, 512), (512, 768), (768, 512)],
        }
    }

    /// Classifier-free guidance scale (0: none, the negative prompt is not used).
    #[must_use]
    pub const fn guidance(self) -> f64 {
        match self {
            Self::SdTurbo | Self::SdxlTurbo => 0.0,
            Self::Sd15 => 7.5,
        }
    }

    /// Whether the model takes a reference image (img2img).
    #[must_use]
    pub const fn takes_reference(self) -> bool {
        matches!(self, Self::Sd15)
    }

    /// Whether the model uses a second text encoder (SDXL).
    #[must_use]
    pub const fn two_encoders(self) -> bool {
        matches!(self, Self::SdxlTurbo)
    }

    /// The token that fills the prompt of text encoder `index` up to its 77 tokens, as each
    /// repository's `tokenizer*/special_tokens_map.json` says: SD 1.5 and SDXL's first
    /// encoder pad with the end token, SD 2.x (SD-Turbo) and SDXL's second with "!".
    #[must_use]
    pub const fn pad_token(self, index: usize) -> &'static str {
        match (self, index) {
            (Self::Sd15, _) | (Self::SdxlTurbo, 0) => "<|endoftext|>",
            _ => "!",
        }
    }

    /// Which hidden state of the text encoders conditions the UNet: the penultimate one for
    /// SDXL (diffusers' `encode_prompt`: `hidden_states[-2]`), the last (layer-normed) one for
    /// SD 1.5 and SD 2.x (whose text encoder config already stops one layer early).
    #[must_use]
    pub const fn hidden(self) -> super::clip::Hidden {
        match self {
            Self::SdxlTurbo => super::clip::Hidden::Penultimate,
            Self::SdTurbo | Self::Sd15 => super::clip::Hidden::Last,
        }
    }

    /// Memory for the activations of one 512×512 image on top of the weights (an allowance,
    /// to be checked against `bench/local`).
    #[must_use]
    pub const fn working_bytes(self) -> u64 {
        match self {
            Self::SdTurbo | Self::Sd15 => 1536 << 20,
            Self::SdxlTurbo => 3 << 30,
        }
    }
}

/// A tensor as a header lists it: its type, its shape, and its byte range in the data part.
pub type Entry = (DType, Vec<usize>, (u64, u64));

/// One weights file of a component, with its tensors as its header lists them.
#[derive(Debug, Clone)]
pub struct Weights {
    /// The file.
    pub path: PathBuf,
    /// Name → (dtype, shape, byte range within the data part).
    pub tensors: HashMap<String, Entry>,
    /// Where the data part starts in the file.
    pub data_start: u64,
    /// Bytes on disk.
    pub bytes: u64,
}

impl Weights {
    /// Bytes the tensors take once converted to f32.
    #[must_use]
    pub fn f32_bytes(&self) -> u64 {
        self.tensors
            .values()
            .map(|(_, shape, _)| shape.iter().product::<usize>() as u64 * 4)
            .sum()
    }

    /// Reads a safetensors file's header (not its data).
    ///
    /// # Errors
    /// A message naming the file, when it cannot be read or is not a safetensors file.
    pub fn open(path: &Path) -> Result<Self, String> {
        let bad =
            |why: String| format!("{} is not a usable safetensors file: {why}", path.display());
        let mut file = File::open(path).map_err(|e| bad(e.to_string()))?;
        let bytes = file.metadata().map_err(|e| bad(e.to_string()))?.len();
        let mut len = [0u8; 8];
        file.read_exact(&mut len).map_err(|e| bad(e.to_string()))?;
        let len = u64::from_le_bytes(len);
        if len > 100 << 20 || len + 8 > bytes {
            return Err(bad("its header length is impossible".into()));
        }
        let mut header = vec![0u8; usize::try_from(len).map_err(|e| bad(e.to_string()))?];
        file.read_exact(&mut header)
            .map_err(|e| bad(e.to_string()))?;
        let header: HashMap<String, serde_json::Value> =
            serde_json::from_slice(&header).map_err(|e| bad(format!("its header: {e}")))?;
        let data_start = 8 + len;
        let mut tensors = HashMap::new();
        for (name, entry) in header {
            if name == "__metadata__" {
                continue;
            }
            let raw: RawEntry =
                serde_json::from_value(entry).map_err(|e| bad(format!("tensor {name}: {e}")))?;
            let dtype = match raw.dtype.as_str() {
                "F32" => DType::F32,
                "F16" => DType::F16,
                "BF16" => DType::BF16,
                other => {
                    return Err(bad(format!(
                        "tensor {name} has the unsupported type {other}"
                    )));
                }
            };
            let (start, end) = (raw.data_offsets[0], raw.data_offsets[1]);
            let count: usize = raw.shape.iter().product();
            if end < start
                || end - start != (count * dtype.size_in_bytes()) as u64
                || data_start + end > bytes
            {
                return Err(bad(format!("tensor {name} lies outside the file")));
            }
            tensors.insert(name, (dtype, raw.shape, (start, end)));
        }
        Ok(Self {
            path: path.to_owned(),
            tensors,
            data_start,
            bytes,
        })
    }

    /// The bytes of one tensor.
    pub(super) fn read(&self, file: &mut File, range: (u64, u64)) -> std::io::Result<Vec<u8>> {
        let len = usize::try_from(range.1 - range.0).map_err(std::io::Error::other)?;
        let mut buf = vec![0u8; len];
        file.seek(SeekFrom::Start(self.data_start + range.0))?;
        file.read_exact(&mut buf)?;
        Ok(buf)
    }
}

#[derive(serde::Deserialize)]
struct RawEntry {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: [u64; 2],
}

/// A text encoder with its tokenizer.
#[derive(Debug, Clone)]
pub struct Encoder {
    /// `tokenizer/tokenizer.json` (or `tokenizer_2/…`).
    pub tokenizer: PathBuf,
    /// `text_encoder/config.json`.
    pub config: PathBuf,
    /// The weights.
    pub weights: Weights,
}

/// A variant's files, found and their headers read.
#[derive(Debug, Clone)]
pub struct ModelFiles {
    /// Which model.
    pub variant: Variant,
    /// `OBSCURA_LOCAL_MODEL_DIR/<variant>`.
    pub dir: PathBuf,
    /// The text encoders (two for SDXL).
    pub encoders: Vec<Encoder>,
    /// `unet/config.json`.
    pub unet_config: PathBuf,
    /// The UNet's weights.
    pub unet: Weights,
    /// `vae/config.json`.
    pub vae_config: PathBuf,
    /// The VAE's weights.
    pub vae: Weights,
    /// `scheduler/scheduler_config.json`, when present.
    pub scheduler_config: Option<PathBuf>,
}

impl ModelFiles {
    /// Bytes of the weights on disk.
    #[must_use]
    pub fn disk_bytes(&self) -> u64 {
        self.weights().map(|w| w.bytes).sum()
    }

    /// Memory the loaded model needs to make a 512×512 image: its weights in f32 and the work.
    #[must_use]
    pub fn expected_memory(&self) -> u64 {
        self.weights().map(Weights::f32_bytes).sum::<u64>() + self.variant.working_bytes()
    }

    fn weights(&self) -> impl Iterator<Item = &Weights> {
        self.encoders
            .iter()
            .map(|e| &e.weights)
            .chain([&self.unet, &self.vae])
    }

    /// Finds a variant's files under `root` and reads their headers.
    ///
    /// # Errors
    /// A message naming [`DIR_VARIABLE`] and the first missing or unreadable file.
    pub fn find(root: &Path, variant: Variant) -> Result<Self, String> {
        let dir = root.join(variant.code());
        if !dir.is_dir() {
            return Err(format!(
                "{DIR_VARIABLE} ({}) has no folder {}/ for the {} model: copy the model's Hugging Face repository there (see the README, \"Built-in engine\")",
                root.display(),
                variant.code(),
                variant.code()
            ));
        }
        let need = |rel: &str| -> Result<PathBuf, String> {
            let path = dir.join(rel);
            if path.is_file() {
                Ok(path)
            } else {
                Err(format!(
                    "{DIR_VARIABLE} ({}) lacks {}/{rel}, which the {} model needs",
                    root.display(),
                    variant.code(),
                    variant.code()
                ))
            }
        };
        // The full-precision file when present, else the half-precision one.
        let weights = |folder: &str, stem: &str| -> Result<Weights, String> {
            let full = format!("{folder}/{stem}.safetensors");
            let half = format!("{folder}/{stem}.fp16.safetensors");
            let path = if dir.join(&full).is_file() {
                dir.join(full)
            } else if dir.join(&half).is_file() {
                dir.join(half)
            } else {
                return Err(format!(
                    "{DIR_VARIABLE} ({}) lacks {}/{full} (or {half}), which the {} model needs",
                    root.display(),
                    variant.code(),
                    variant.code()
                ));
            };
            Weights::open(&path).map_err(|e| format!("{DIR_VARIABLE}: {e}"))
        };
        let encoder = |suffix: &str| -> Result<Encoder, String> {
            Ok(Encoder {
                tokenizer: need(&format!("tokenizer{suffix}/tokenizer.json"))?,
                config: need(&format!("text_encoder{suffix}/config.json"))?,
                weights: weights(&format!("text_encoder{suffix}"), "model")?,
            })
        };
        let mut encoders = vec![encoder("")?];
        if variant.two_encoders() {
            encoders.push(encoder("_2")?);
        }
        let scheduler_config = dir.join("scheduler/scheduler_config.json");
        Ok(Self {
            variant,
            encoders,
            unet_config: need("unet/config.json")?,
            unet: weights("unet", "diffusion_pytorch_model")?,
            vae_config: need("vae/config.json")?,
            vae: weights("vae", "diffusion_pytorch_model")?,
            scheduler_config: scheduler_config.is_file().then_some(scheduler_config),
            dir,
        })
    }
}

/// `MemAvailable` of `/proc/meminfo`, in bytes (`None` where there is no such file).
#[must_use]
pub fn available_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("MemAvailable:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .map(|kib| kib * 1024)
}

/// Bytes as people read them (`3.4 GiB`).
#[must_use]
pub fn human(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    if bytes >= 1 << 30 {
        format!("{:.1} GiB", b / f64::from(1u32 << 30))
    } else if bytes >= 1 << 20 {
        format!("{:.1} MiB", b / f64::from(1u32 << 20))
    } else {
        format!("{:.1} KiB", b / 1024.0)
    }
}
