//! `obscura-builder`: the one build path for Obscura, used by the serve command, the test command,
//! the benchmark and developers.
//!
//! It builds both browser bundles (`enhance` and `islands`: wasm + wasm-bindgen glue, optimised
//! by binaryen's `wasm-opt` in release), the Tailwind stylesheet, gives every asset a content-hashed name, copies `public/`,
//! precompresses everything with gzip and brotli, writes `manifest.json` for the server, and
//! finally builds the `obscura` server binary.
//!
//! ```text
//! cargo run -p obscura-builder -- [--release] [--no-server]
//! ```

mod assets;
mod steps;

use std::path::PathBuf;

use anyhow::{Context, Result};

/// Builds the Obscura site (browser bundles, stylesheet, static files) and the server.
#[derive(clap::Parser)]
#[command(name = "obscura-builder")]
struct Cli {
    /// Optimised wasm (`wasm-release` profile + wasm-opt) and a release server.
    #[arg(long)]
    release: bool,
    /// Build only the site assets, not the server.
    #[arg(long)]
    no_server: bool,
}

/// What to build, and where.
struct Options {
    release: bool,
    server: bool,
    root: PathBuf,
    target_dir: PathBuf,
}

fn options() -> Result<Options> {
    let cli = <Cli as clap::Parser>::parse();
    // The builder lives at <root>/frontend/builder.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .context("locating the workspace root")?;
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"));
    Ok(Options {
        release: cli.release,
        server: !cli.no_server,
        root,
        target_dir,
    })
}

fn main() -> Result<()> {
    let opts = options()?;
    let started = std::time::Instant::now();
    let manifest = steps::build_site(&opts)?;
    println!(
        "site built in {:.1}s (brotli bytes): enhance wasm {} + js {}; islands wasm {} + js {}; css {}",
        started.elapsed().as_secs_f64(),
        manifest.enhance.wasm.brotli,
        manifest.enhance.js.brotli,
        manifest.islands.wasm.brotli,
        manifest.islands.js.brotli,
        manifest.css.brotli,
    );
    if opts.server {
        steps::build_server(&opts)?;
    }
    println!("build finished in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}
