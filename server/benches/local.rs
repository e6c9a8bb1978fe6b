//! The built-in engine on a full-size SD-Turbo architecture with random weights: seconds to
//! load, seconds per 512×512 image (text encoding, one step, VAE decoding) and peak memory.
//!
//! `bench/local` (or `cargo bench -p obscura-server --bench local [-- RUNS]`). The random
//! weights (≈ 5 GiB of f32 safetensors) are written once into
//! `$OBSCURA_BENCH_CACHE` (default `$HOME/.cache/obscura-bench`) and reused.
//! `OBSCURA_BENCH_SCALE=tiny` runs the same on the tests' tiny model (written into
//! `$OBSCURA_BENCH_CACHE/tiny`, seconds): a smoke test of the bench and its peer, not a figure.

use std::{path::PathBuf, time::Instant};

use obscura_server::generation::providers::candle::{
    LocalModel,
    files::{Variant, human},
    fixture::{Scale, write},
    load,
    pipeline::{Request, generate},
};

fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2);
    let cache = std::env::var_os("OBSCURA_BENCH_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/obscura-bench")
        });
    let (cache, scale, size) = if std::env::var("OBSCURA_BENCH_SCALE").is_ok_and(|s| s == "tiny") {
        (cache.join("tiny"), Scale::Tiny, "tiny")
    } else {
        (cache, Scale::Full, "full-size")
    };
    let variant = Variant::SdTurbo;
    if !cache.join(variant.code()).join("vae/config.json").is_file() {
        let t = Instant::now();
        eprintln!(
            "writing {size} random weights into {} (once)…",
            cache.display()
        );
        write(&cache, variant, scale)?;
        eprintln!("written in {:.1} s", t.elapsed().as_secs_f64());
    }
    let model = LocalModel::inspect(&cache, variant, 1)?;
    println!(
        "model: {} ({} on disk, {} expected)",
        variant.code(),
        human(model.files.disk_bytes()),
        human(model.files.expected_memory())
    );
    let device = obscura_server::generation::providers::candle::device();
    let t = Instant::now();
    let loaded = load::build(&model.files, &model.arch, &device, false)?;
    println!(
        "load: {:.1} s (peak RSS {})",
        t.elapsed().as_secs_f64(),
        peak_rss()
    );
    let mut times = Vec::new();
    for seed in 0..runs {
        let request = Request {
            prompt: "a lighthouse at sunset over a stormy sea",
            negative: "",
            width: 512,
            height: 512,
            steps: 1,
            seed: seed as u64,
            reference: None,
        };
        let t = Instant::now();
        // The step's end splits the time: text encoding and the UNet, then VAE decoding and PNG.
        let mut stepped = 0.0;
        let png = generate(&loaded, &request, &mut |_, _| {
            stepped = t.elapsed().as_secs_f64();
            true
        })
        .map_err(|e| format!("{e:?}"))?;
        let s = t.elapsed().as_secs_f64();
        println!(
            "image {}: {s:.1} s ({} bytes; text and step {stepped:.1} s, decoding {:.1} s)",
            seed + 1,
            png.len(),
            s - stepped
        );
        times.push(s);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "seconds per 512x512 image (1 step + text encoding + VAE decode): best {:.1}, median {:.1}; peak RSS {}",
        times[0],
        times[times.len() / 2],
        peak_rss()
    );
    Ok(())
}
