//! Time and size of the gallery derivatives (WebP preview + thumbnail) of 1024² originals.
//!
//! `cargo bench -p obscura-server --bench images [-- RUNS]` renders a few varied originals with
//! the offline renderer, runs `derivatives` RUNS times on each (default 20) and prints p50/p95 of
//! the preview + thumbnail time and the average sizes.

use std::time::{Duration, Instant};

use obscura_server::{
    generation::providers::local::{Request, render_png},
    storage::images::{PREVIEW_MAX_SIDE, WEBP_QUALITY, derivatives, prepare_reference},
};

const PROMPTS: [(&str, u64); 4] = [
    ("a lighthouse at sunset over a stormy sea", 7),
    ("a quiet forest path in morning fog", 42),
    ("neon city street at night, rain, reflections", 1234),
    ("a bowl of lemons on a marble table, studio light", 99),
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = (p / 100.0 * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo bench` passes `--bench`; a bare number is the run count.
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20);
    let originals = PROMPTS
        .iter()
        .map(|&(prompt, seed)| {
            render_png(&Request {
                prompt,
                seed,
                width: PREVIEW_MAX_SIDE,
                height: PREVIEW_MAX_SIDE,
                reference: None,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    // One warm-up pass (page faults, CPU feature detection), not timed.
    for original in &originals {
        derivatives(original)?;
    }
    let mut times = Vec::with_capacity(runs * originals.len());
    let (mut preview_bytes, mut thumbnail_bytes, mut count) = (0usize, 0usize, 0usize);
    for _ in 0..runs {
        for original in &originals {
            let started = Instant::now();
            let d = derivatives(original)?;
            times.push(started.elapsed());
            preview_bytes += d.preview.bytes.len();
            thumbnail_bytes += d.thumbnail.bytes.len();
            count += 1;
        }
    }
    times.sort();
    let original_bytes = originals.iter().map(Vec::len).sum::<usize>() / originals.len();
    println!(
        "derivatives of {} different 1024x1024 PNG originals (avg {} KiB), {} runs each, lossy WebP q{}",
        originals.len(),
        original_bytes / 1024,
        runs,
        WEBP_QUALITY
    );
    println!(
        "  preview (1024x1024) + thumbnail (512x512): p50 {}  p95 {}  max {}",
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 95.0)),
        ms(percentile(&times, 100.0)),
    );
    println!(
        "  average sizes: preview {:.1} KiB, thumbnail {:.1} KiB",
        preview_bytes as f64 / count as f64 / 1024.0,
        thumbnail_bytes as f64 / count as f64 / 1024.0,
    );

    // For scale: cleaning a reference upload of the same size (decode, re-encode as PNG).
    let mut clean = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        prepare_reference(&originals[0])?;
        clean.push(started.elapsed());
    }
    clean.sort();
    println!(
        "  prepare_reference (1024x1024 PNG): p50 {}  p95 {}",
        ms(percentile(&clean, 50.0)),
        ms(percentile(&clean, 95.0)),
    );
    Ok(())
}
