//! The built-in offline renderer: a deterministic procedural painter, not an AI model. The same
//! prompt, seed and size always give the same picture; the words of the prompt choose the
//! palette, the scene (sky, sun or moon, mountains, water, forest, stars, soft lights) and its
//! motifs, and a reference image lends its palette and its light-and-dark structure. [`Local`]
//! is the provider of kind `local` that runs it.

use std::time::Duration;

use bytes::Bytes;
use image::{ImageFormat, Rgb, RgbImage, imageops::FilterType};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sha2::{Digest, Sha256};

use super::{Output, Provider, ProviderError, ProviderKind, Task};

/// What to paint.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The prompt.
    pub prompt: &'a str,
    /// The seed.
    pub seed: u64,
    /// Width in pixels (16–4096).
    pub width: u32,
    /// Height in pixels (16–4096).
    pub height: u32,
    /// A reference image to take the palette and structure from.
    pub reference: Option<&'a RgbImage>,
}

type Color = [f32; 3];

/// Named colours the renderer knows, in linear-ish 0–1 RGB.
const NAMED: &[(&str, Color)] = &[
    ("red", [0.85, 0.16, 0.18]),
    ("crimson", [0.70, 0.08, 0.20]),
    ("orange", [0.98, 0.55, 0.15]),
    ("amber", [0.96, 0.70, 0.20]),
    ("gold", [0.95, 0.78, 0.30]),
    ("golden", [0.95, 0.78, 0.30]),
    ("yellow", [0.98, 0.90, 0.30]),
    ("lime", [0.60, 0.90, 0.25]),
    ("green", [0.20, 0.62, 0.32]),
    ("emerald", [0.10, 0.60, 0.45]),
    ("teal", [0.10, 0.55, 0.58]),
    ("cyan", [0.25, 0.80, 0.90]),
    ("blue", [0.15, 0.35, 0.85]),
    ("navy", [0.06, 0.10, 0.35]),
    ("indigo", [0.28, 0.20, 0.62]),
    ("violet", [0.50, 0.30, 0.85]),
    ("purple", [0.50, 0.22, 0.65]),
    ("magenta", [0.85, 0.20, 0.65]),
    ("pink", [0.96, 0.55, 0.72]),
    ("rose", [0.90, 0.45, 0.55]),
    ("white", [0.95, 0.95, 0.96]),
    ("snow", [0.92, 0.95, 0.98]),
    ("black", [0.05, 0.05, 0.07]),
    ("grey", [0.50, 0.52, 0.55]),
    ("gray", [0.50, 0.52, 0.55]),
    ("silver", [0.75, 0.77, 0.80]),
    ("brown", [0.45, 0.28, 0.16]),
];

/// Moods: words that bring a whole palette.
const MOODS: &[(&[&str], [Color; 3])] = &[
    (
        &["sunset", "dusk", "evening"],
        [[0.98, 0.55, 0.30], [0.85, 0.30, 0.45], [0.25, 0.12, 0.35]],
    ),
    (
        &["sunrise", "dawn", "morning"],
        [[0.99, 0.80, 0.55], [0.95, 0.60, 0.55], [0.45, 0.55, 0.80]],
    ),
    (
        &["night", "midnight", "space", "galaxy", "stars", "starry"],
        [[0.05, 0.06, 0.18], [0.18, 0.12, 0.38], [0.55, 0.45, 0.85]],
    ),
    (
        &["ocean", "sea", "water", "lake", "wave", "waves", "beach"],
        [[0.55, 0.80, 0.92], [0.12, 0.45, 0.70], [0.04, 0.18, 0.35]],
    ),
    (
        &["forest", "jungle", "tree", "trees", "woods"],
        [[0.70, 0.82, 0.62], [0.22, 0.45, 0.25], [0.06, 0.18, 0.10]],
    ),
    (
        &["desert", "dune", "dunes", "sand"],
        [[0.98, 0.86, 0.62], [0.90, 0.62, 0.35], [0.55, 0.30, 0.18]],
    ),
    (
        &["winter", "ice", "snowy", "frozen", "arctic"],
        [[0.92, 0.96, 1.00], [0.65, 0.78, 0.90], [0.30, 0.40, 0.60]],
    ),
    (
        &["neon", "cyberpunk", "synthwave"],
        [[0.98, 0.20, 0.75], [0.25, 0.90, 0.95], [0.08, 0.04, 0.20]],
    ),
    (
        &["autumn", "fall", "leaves"],
        [[0.98, 0.70, 0.30], [0.80, 0.35, 0.15], [0.35, 0.15, 0.10]],
    ),
    (
        &["pastel", "soft", "dreamy"],
        [[0.98, 0.85, 0.90], [0.80, 0.85, 0.98], [0.75, 0.92, 0.85]],
    ),
];

fn words(prompt: &str) -> Vec<String> {
    prompt
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn has(words: &[String], any: &[&str]) -> bool {
    words.iter().any(|w| any.contains(&w.as_str()))
}

fn hsl(h: f32, s: f32, l: f32) -> Color {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let hp = (h.rem_euclid(360.0)) / 60.0;
    let x = c * (1.0 - (hp % 2.0 - 1.0).abs());
    let (r, g, b) = match hp as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    [r + m, g + m, b + m]
}

fn luma(c: Color) -> f32 {
    0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    let t = t.clamp(0.0, 1.0);
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

/// Four colours, light to dark: sky top, sky bottom, middle ground, foreground.
fn palette(words: &[String], rng: &mut ChaCha8Rng, reference: Option<&RgbImage>) -> [Color; 4] {
    let mut colors: Vec<Color> = Vec::new();
    if let Some(r) = reference {
        // The reference's own colours, at four brightness levels.
        let small = image::imageops::resize(r, 16, 16, FilterType::Triangle);
        let mut px: Vec<Color> = small
            .pixels()
            .map(|p| {
                [
                    f32::from(p[0]) / 255.0,
                    f32::from(p[1]) / 255.0,
                    f32::from(p[2]) / 255.0,
                ]
            })
            .collect();
        px.sort_by(|a, b| luma(*b).total_cmp(&luma(*a)));
        for q in [0.1, 0.35, 0.65, 0.9] {
            colors.push(px[((px.len() - 1) as f32 * q) as usize]);
        }
    }
    for (keys, mood) in MOODS {
        if has(words, keys) {
            colors.extend_from_slice(mood);
        }
    }
    for w in words {
        if let Some((_, c)) = NAMED.iter().find(|(n, _)| n == w) {
            colors.push(*c);
        }
    }
    // Not enough colour words: harmonious hues from the words themselves.
    let base_hue = words
        .iter()
        .map(|w| f32::from(Sha256::digest(w.as_bytes())[0]))
        .sum::<f32>()
        * 7.0
        + rng.random_range(0.0..40.0);
    let mut k = 0.0;
    while colors.len() < 4 {
        let hue = base_hue + k * rng.random_range(25.0..70.0);
        colors.push(hsl(
            hue,
            rng.random_range(0.45..0.85),
            rng.random_range(0.25..0.8),
        ));
        k += 1.0;
    }
    let mut four: Vec<Color> = colors.into_iter().take(6).collect();
    four.sort_by(|a, b| luma(*b).total_cmp(&luma(*a)));
    let pick = |i: usize| four[(i * (four.len() - 1)) / 3];
    [
        pick(0),
        pick(1),
        pick(2),
        mix(pick(3), [0.0, 0.0, 0.0], 0.35),
    ]
}

/// A smooth 1-D curve (a few sines with random phases) in 0–1.
struct Ridge {
    waves: Vec<(f32, f32, f32)>,
}

impl Ridge {
    fn new(rng: &mut ChaCha8Rng, roughness: f32) -> Self {
        let waves = (0..5)
            .map(|i| {
                let f = (i as f32 + 1.0).powf(1.6) * rng.random_range(0.8..1.3);
                (
                    f,
                    rng.random_range(0.0..std::f32::consts::TAU),
                    roughness / (i as f32 + 1.0),
                )
            })
            .collect();
        Self { waves }
    }

    fn at(&self, x: f32) -> f32 {
        self.waves
            .iter()
            .map(|(f, p, a)| a * (x * f * std::f32::consts::TAU + p).sin())
            .sum()
    }
}

/// Paints the picture.
#[must_use]
pub fn render(req: &Request<'_>) -> RgbImage {
    render_in_bands(req, &mut |_| true).unwrap_or_default()
}

/// Bands of rows the renderer paints one after the other (its progress steps per image).
pub const BANDS: u32 = 8;

/// Paints the picture a band of rows at a time: `before_band(b)` is called before band `b` of
/// [`BANDS`] and stops the painting (`None`) when it answers false.
pub fn render_in_bands(
    req: &Request<'_>,
    before_band: &mut dyn FnMut(u32) -> bool,
) -> Option<RgbImage> {
    let (w, h) = (req.width.clamp(16, 4096), req.height.clamp(16, 4096));
    let words = words(req.prompt);
    let mut seed_bytes = Sha256::new();
    seed_bytes.update(req.seed.to_le_bytes());
    seed_bytes.update(words.join(" ").as_bytes());
    let digest: [u8; 32] = seed_bytes.finalize().into();
    let mut rng = ChaCha8Rng::from_seed(digest);
    let pal = palette(&words, &mut rng, req.reference);

    let night = has(
        &words,
        &[
            "night", "midnight", "space", "galaxy", "stars", "starry", "moon",
        ],
    );
    let water = has(
        &words,
        &[
            "ocean", "sea", "water", "lake", "wave", "waves", "beach", "river",
        ],
    );
    let forest = has(&words, &["forest", "jungle", "tree", "trees", "woods"]);
    let mountains = has(
        &words,
        &[
            "mountain",
            "mountains",
            "hill",
            "hills",
            "peak",
            "peaks",
            "valley",
            "landscape",
        ],
    ) || (!water && rng.random_bool(0.6));
    let orb = has(&words, &["sun", "sunset", "sunrise", "moon", "planet"]) || rng.random_bool(0.5);
    let lights = has(
        &words,
        &[
            "city",
            "lights",
            "bokeh",
            "lanterns",
            "neon",
            "festival",
            "fireflies",
        ],
    ) || rng.random_bool(0.35);

    let city = has(
        &words,
        &[
            "city",
            "cities",
            "skyline",
            "street",
            "buildings",
            "cyberpunk",
            "town",
            "metropolis",
        ],
    );
    let horizon = rng.random_range(0.45..0.7);
    let orb_at = (
        rng.random_range(0.2..0.8),
        rng.random_range(0.12..horizon - 0.08),
        rng.random_range(0.05..0.11),
    );
    let ridges: Vec<(Ridge, f32, Color)> = (0..rng.random_range(2..5))
        .map(|i| {
            let depth = i as f32 / 4.0;
            let color = mix(mix(pal[1], pal[2], 0.4 + depth * 0.5), pal[3], depth * 0.8);
            (
                Ridge::new(&mut rng, 0.08 + 0.05 * depth),
                horizon + depth * 0.12,
                color,
            )
        })
        .collect();
    let stars: Vec<(f32, f32, f32)> = if night {
        (0..(w * h / 900).min(4000))
            .map(|_| {
                (
                    rng.random_range(0.0..1.0),
                    rng.random_range(0.0..horizon),
                    rng.random_range(0.3..1.0),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let glows: Vec<(f32, f32, f32, Color)> = if lights {
        (0..rng.random_range(12..40))
            .map(|_| {
                let c = mix(pal[0], [1.0, 0.9, 0.6], rng.random_range(0.0..0.6));
                (
                    rng.random_range(0.0..1.0),
                    rng.random_range(0.0..1.0),
                    rng.random_range(0.01..0.05),
                    c,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut buildings: Vec<(f32, f32, f32, u32)> = Vec::new();
    if city {
        let mut x0 = 0.0;
        while x0 < 1.0 {
            let width = rng.random_range(0.03..0.09);
            let top = horizon - rng.random_range(0.05..0.38);
            buildings.push((x0, x0 + width, top, rng.random_range(0..u32::MAX)));
            x0 += width + rng.random_range(0.0..0.01);
        }
    }
    let dunes = has(&words, &["desert", "dune", "dunes", "sand", "sahara"]);
    let mountains = mountains && !city && !dunes;
    let dune_ridges: Vec<Ridge> = if dunes {
        (0..3).map(|_| Ridge::new(&mut rng, 0.035)).collect()
    } else {
        Vec::new()
    };
    // Nothing recognisable asked for: flowing ribbons of the palette's colours.
    let ribbons: Vec<(Ridge, f32, Color)> = if !(mountains || water || forest || city || dunes) {
        (0..4)
            .map(|i| {
                let center = 0.2 + 0.2 * i as f32 + rng.random_range(-0.05..0.05);
                (Ridge::new(&mut rng, 0.12), center, pal[i % 3])
            })
            .collect()
    } else {
        Vec::new()
    };
    let structure = req.reference.map(|r| {
        image::imageops::grayscale(&image::imageops::resize(r, w, h, FilterType::Triangle))
    });

    let mut img = RgbImage::new(w, h);
    let aspect = w as f32 / h as f32;
    let band_rows = h.div_ceil(BANDS).max(1);
    for (px, py, out) in img.enumerate_pixels_mut() {
        if px == 0 && py % band_rows == 0 && !before_band(py / band_rows) {
            return None;
        }
        let (x, y) = (px as f32 / w as f32, py as f32 / h as f32);
        // Sky.
        let mut c = mix(pal[0], pal[1], (y / horizon).powf(0.9));
        if night {
            c = mix(mix(pal[3], pal[2], y / horizon), c, 0.25);
        }
        // Sun or moon with a glow.
        if orb {
            let (ox, oy, r) = orb_at;
            let d = (((x - ox) * aspect).powi(2) + (y - oy).powi(2)).sqrt();
            let core = if night {
                [0.95, 0.95, 0.88]
            } else {
                mix(pal[0], [1.0, 0.95, 0.8], 0.7)
            };
            c = mix(
                c,
                core,
                (1.0 - (d - r) / (r * 3.0)).clamp(0.0, 1.0).powi(3) * 0.6,
            );
            if d < r {
                c = mix(c, core, 0.92);
            }
        }
        // Stars.
        if night {
            for (sx, sy, b) in &stars {
                let d = ((x - sx) * w as f32).abs() + ((y - sy) * h as f32).abs();
                if d < 1.5 {
                    c = mix(c, [1.0, 1.0, 1.0], *b * (1.5 - d) / 1.5);
                }
            }
        }
        // Water mirrors the sky below the horizon, with bands.
        if water && y > horizon {
            let band = ((y - horizon) * 90.0 + (x * 6.0).sin() * 2.0).sin() * 0.5 + 0.5;
            let depth = (y - horizon) / (1.0 - horizon);
            c = mix(mix(pal[1], pal[2], depth), pal[3], depth * 0.6);
            c = mix(c, pal[0], band * 0.12 * (1.0 - depth));
        }
        // Mountain ridges, back to front, fading with distance.
        if mountains {
            for (ridge, base, color) in &ridges {
                let top = base - 0.18 + ridge.at(x);
                if y > top && (!water || y < horizon + 0.02) {
                    let shade = ((y - top) * 4.0).clamp(0.0, 0.35);
                    c = mix(*color, pal[3], shade);
                }
            }
        }
        // Forest: rows of pointed trees, each row in front of (and darker than) the last.
        if forest && y > horizon - 0.12 {
            let tree_color = |row: f32| mix(pal[2], pal[3], 0.35 + row * 0.12);
            let row = ((y - horizon + 0.12) * 10.0).floor().max(0.0);
            let fx = x * (14.0 + row * 5.0) + row * 0.37;
            let jitter = ((fx.floor() * 12.9898).sin() * 43_758.547).fract().abs();
            let tri = 1.0 - (fx.fract() - 0.5).abs() * 2.0;
            let top = horizon - 0.12 + row / 10.0 + (1.0 - tri.powf(0.7)) * (0.07 + jitter * 0.03);
            if y > top {
                c = tree_color(row);
            } else if row >= 1.0 {
                c = tree_color(row - 1.0);
            }
        }
        // Dunes: long soft ridges, lit on the side facing the light.
        for (i, ridge) in dune_ridges.iter().enumerate() {
            let depth = i as f32 / 3.0;
            let top = horizon + depth * 0.15 - 0.05 + ridge.at(x * 0.35) * 1.6;
            if y > top {
                let slope = (ridge.at(x * 0.35 + 0.004) - ridge.at(x * 0.35)) * 250.0;
                let light = slope.clamp(-1.0, 1.0) * 0.3;
                let base = mix(pal[1], pal[2], 0.25 + depth * 0.35 + (y - top) * 0.6);
                c = if light > 0.0 {
                    mix(base, pal[0], light)
                } else {
                    mix(base, pal[3], -light)
                };
            }
        }
        // Ribbons.
        for (ridge, center, color) in &ribbons {
            let d = (y - (center + ridge.at(x * 0.3) * 1.8)).abs();
            let t = (1.0 - d / 0.09).clamp(0.0, 1.0);
            c = mix(c, *color, t * t * 0.75);
        }
        // City: a skyline with lit windows.
        if let Some(&(x0, _, top, lit)) =
            buildings.iter().find(|(x0, x1, _, _)| x >= *x0 && x < *x1)
            && y > top
        {
            c = mix(pal[3], pal[2], 0.2);
            let (cx, cy) = (((x - x0) * w as f32) as u32, ((y - top) * h as f32) as u32);
            let cell = (cx / 6).wrapping_mul(31) ^ (cy / 9).wrapping_mul(17) ^ lit;
            if cx % 6 >= 2 && cy % 9 >= 3 && cell % 3 == 0 {
                c = mix(pal[0], [1.0, 0.85, 0.5], 0.5);
            }
        }
        // Soft lights.
        for (gx, gy, r, gc) in &glows {
            let d = (((x - gx) * aspect).powi(2) + (y - gy).powi(2)).sqrt();
            if d < *r {
                c = mix(c, *gc, (1.0 - d / r).powi(2) * 0.55);
            }
        }
        // The reference's light and dark.
        if let Some(s) = &structure {
            let l = f32::from(s.get_pixel(px, py)[0]) / 255.0;
            c = mix(c, mix(pal[3], pal[0], l), 0.3);
        }
        // Vignette and grain.
        let v = 1.0 - 0.35 * ((x - 0.5).powi(2) + (y - 0.5).powi(2));
        let grain = (((px.wrapping_mul(374_761_393) ^ py.wrapping_mul(668_265_263)) >> 7) % 1000)
            as f32
            / 1000.0;
        let to_u8 = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
        *out = Rgb([
            to_u8(c[0] * v + (grain - 0.5) * 0.02),
            to_u8(c[1] * v + (grain - 0.5) * 0.02),
            to_u8(c[2] * v + (grain - 0.5) * 0.02),
        ]);
    }
    Some(img)
}

/// Paints and encodes as PNG.
///
/// # Errors
/// If encoding fails (it does not for an in-memory RGB image).
pub fn render_png(req: &Request<'_>) -> Result<Vec<u8>, image::ImageError> {
    encode(&render(req))
}

fn encode(img: &RgbImage) -> Result<Vec<u8>, image::ImageError> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png)?;
    Ok(out.into_inner())
}

/// The built-in renderer as a [`Provider`] (no key, no network): paints on a blocking thread,
/// one image per seed (`seed`, `seed + 1`, …), and takes a reference image's palette and
/// structure.
#[derive(Debug, Default, Clone, Copy)]
pub struct Local;

impl Local {
    /// Paints one image of `task` with `seed` (CPU-bound: call from a blocking thread).
    ///
    /// # Errors
    /// `BadResponse` if the reference cannot be decoded or the PNG cannot be written.
    pub fn paint(task: &Task, seed: u64) -> Result<Output, ProviderError> {
        Self::paint_in_steps(task, seed, 0, Duration::ZERO)
    }

    /// Paints image `index` of `task` with `seed`, reporting its bands to `task.progress` (of
    /// `task.count` × [`BANDS`] steps) and waiting `band_delay` before each band (the slow-down
    /// of `OBSCURA_OFFLINE_DELAY_MS`, spread over the bands). CPU-bound: call from a blocking
    /// thread.
    ///
    /// # Errors
    /// [`ProviderError::Cancelled`] when the task is cancelled between two bands; `BadResponse`
    /// as [`Local::paint`].
    pub fn paint_in_steps(
        task: &Task,
        seed: u64,
        index: u8,
        band_delay: Duration,
    ) -> Result<Output, ProviderError> {
        let total = u32::from(task.count.max(1)) * BANDS;
        let first = u32::from(index) * BANDS;
        let reference = match &task.reference {
            Some(r) => Some(
                image::load_from_memory_with_format(&r.png, image::ImageFormat::Png)
                    .map_err(|_| ProviderError::BadResponse("unreadable reference".into()))?
                    .to_rgb8(),
            ),
            None => None,
        };
        let request = Request {
            prompt: &task.prompt,
            seed,
            width: task.width,
            height: task.height,
            reference: reference.as_ref(),
        };
        let progress = &task.progress;
        let img = render_in_bands(&request, &mut |band| {
            if !band_delay.is_zero() {
                std::thread::sleep(band_delay);
            }
            progress.set(first + band, total);
            !progress.is_cancelled()
        })
        .ok_or(ProviderError::Cancelled)?;
        progress.set(first + BANDS, total);
        let png = encode(&img)
            .map_err(|_| ProviderError::BadResponse("could not encode the image".into()))?;
        Ok(Output {
            bytes: Bytes::from(png),
        })
    }
}

#[async_trait::async_trait]
impl Provider for Local {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Local
    }

    async fn generate(&self, task: &Task) -> Result<Vec<Output>, ProviderError> {
        let mut out = Vec::with_capacity(usize::from(task.count));
        for i in 0..task.count {
            let task = task.clone();
            let seed = task.seed.wrapping_add(u64::from(i));
            let image = tokio::task::spawn_blocking(move || {
                Self::paint_in_steps(&task, seed, i, Duration::ZERO)
            })
            .await
            .map_err(|_| ProviderError::Failed("the renderer stopped".into()))??;
            out.push(image);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(prompt: &str, seed: u64) -> Request<'_> {
        Request {
            prompt,
            seed,
            width: 96,
            height: 64,
            reference: None,
        }
    }

    fn mean(img: &RgbImage) -> [f32; 3] {
        let n = (img.width() * img.height()) as f32;
        let mut m = [0.0; 3];
        for p in img.pixels() {
            for i in 0..3 {
                m[i] += f32::from(p[i]) / n;
            }
        }
        m
    }

    #[test]
    fn the_same_request_paints_the_same_picture() {
        let a = render_png(&req("a lighthouse at sunset", 7)).unwrap();
        let b = render_png(&req("a lighthouse at sunset", 7)).unwrap();
        assert_eq!(a, b);
        assert_ne!(
            a,
            render_png(&req("a lighthouse at sunset", 8)).unwrap(),
            "the seed matters"
        );
        assert_ne!(
            a,
            render_png(&req("a lighthouse at dawn", 7)).unwrap(),
            "the words matter"
        );
    }

    #[test]
    fn size_is_respected_and_output_is_a_png() {
        let r = Request {
            prompt: "x",
            seed: 1,
            width: 120,
            height: 48,
            reference: None,
        };
        let png = render_png(&r).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let img = image::load_from_memory(&png).unwrap();
        assert_eq!((img.width(), img.height()), (120, 48));
    }

    #[test]
    fn words_choose_the_palette() {
        let red = mean(&render(&req("red red crimson", 3)));
        let blue = mean(&render(&req("blue navy ocean", 3)));
        assert!(red[0] > red[2], "{red:?}");
        assert!(blue[2] > blue[0], "{blue:?}");
        let night = mean(&render(&req("a starry night", 3)));
        let day = mean(&render(&req("a snowy winter morning", 3)));
        assert!(
            luma(night) < luma(day),
            "night is darker: {night:?} vs {day:?}"
        );
    }

    #[test]
    fn pictures_are_not_flat() {
        let img = render(&req("mountains by a lake", 11));
        let first = *img.get_pixel(0, 0);
        let distinct = img.pixels().filter(|p| **p != first).count();
        assert!(distinct > img.pixels().len() / 2);
    }

    #[test]
    fn a_reference_lends_its_palette() {
        let green = RgbImage::from_pixel(32, 32, Rgb([30, 200, 60]));
        let with = Request {
            reference: Some(&green),
            ..req("a quiet scene", 5)
        };
        let m = mean(&render(&with));
        assert!(m[1] > m[0] && m[1] > m[2], "{m:?}");
    }

    fn task(count: u8) -> Task {
        Task {
            id: uuid::Uuid::nil(),
            upstream_model: "offline".into(),
            prompt: "a red sunset".into(),
            negative_prompt: None,
            width: 64,
            height: 48,
            quality: super::super::Quality::Auto,
            count,
            seed: 9,
            reference: None,
            progress: super::super::Progress::new(),
        }
    }

    #[test]
    fn painting_reports_its_bands_and_stops_when_cancelled() {
        let t = task(2);
        let out = Local::paint_in_steps(&t, 9, 1, Duration::ZERO).unwrap();
        assert_eq!(t.progress.get(), (2 * BANDS, 2 * BANDS));
        // The same picture as painting it in one go.
        assert_eq!(
            out.bytes.as_ref(),
            render_png(&Request {
                width: 64,
                height: 48,
                ..req("a red sunset", 9)
            })
            .unwrap()
        );

        let t = task(2);
        let mut seen = Vec::new();
        let stopped = render_in_bands(&req("a red sunset", 9), &mut |b| {
            seen.push(b);
            b < 3
        });
        assert!(stopped.is_none());
        assert_eq!(seen, [0, 1, 2, 3]);
        t.progress.cancel();
        assert_eq!(
            Local::paint_in_steps(&t, 9, 0, Duration::ZERO).unwrap_err(),
            ProviderError::Cancelled
        );
        assert_eq!(t.progress.get(), (0, 2 * BANDS));
    }
}
