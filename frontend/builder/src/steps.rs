//! The build steps, in order.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, Result, bail};

use crate::{
    Options,
    assets::{self, Asset, BundleFiles, Manifest},
};

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// One wasm bundle built from the frontend crate.
struct Bundle {
    /// Cargo feature of `obscura-frontend` that selects it.
    feature: &'static str,
    /// Base name of its files (before hashing).
    name: &'static str,
}

const ENHANCE: Bundle = Bundle {
    feature: "enhance",
    name: "enhance",
};
const ISLANDS: Bundle = Bundle {
    feature: "islands",
    name: "obscura",
};

/// Builds `<target>/site` and returns its manifest.
pub fn build_site(opts: &Options) -> Result<Manifest> {
    let site = opts.target_dir.join("site");
    // Build into a fresh directory and swap it in, so a failed build never leaves a half site.
    let staging = opts.target_dir.join("site.staging");
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    let pkg = staging.join("pkg");
    fs::create_dir_all(&pkg)?;

    let enhance_name = bundle(opts, &ENHANCE, &pkg)?;
    let islands_name = bundle(opts, &ISLANDS, &pkg)?;

    tailwind(opts, &pkg.join("obscura.css"))?;
    let css = fs::read(pkg.join("obscura.css"))?;
    let css_name = format!("obscura-{}.css", assets::short_hash(&[&css]));
    fs::rename(pkg.join("obscura.css"), pkg.join(&css_name))?;

    let public = opts.root.join("public");
    if public.exists() {
        assets::copy_dir(&public, &staging)?;
    }

    let mut list = Vec::new();
    for entry in walkdir::WalkDir::new(&staging).sort_by_file_name() {
        let entry = entry?;
        if entry.file_type().is_file() && assets::compressible(entry.path()) {
            let sizes = assets::precompress(entry.path())?;
            let rel = entry
                .path()
                .strip_prefix(&staging)?
                .to_string_lossy()
                .replace('\\', "/");
            list.push(Asset {
                href: format!("/{rel}"),
                sizes,
            });
        }
    }
    let sizes_of = |href: String| {
        list.iter()
            .find(|a| a.href == href)
            .map(|a| a.sizes)
            .unwrap_or_default()
    };
    let manifest = Manifest {
        enhance: BundleFiles {
            js: sizes_of(format!("/pkg/{enhance_name}.js")),
            wasm: sizes_of(format!("/pkg/{enhance_name}_bg.wasm")),
            name: enhance_name,
        },
        islands: BundleFiles {
            js: sizes_of(format!("/pkg/{islands_name}.js")),
            wasm: sizes_of(format!("/pkg/{islands_name}_bg.wasm")),
            name: islands_name,
        },
        css: sizes_of(format!("/pkg/{css_name}")),
        stylesheet: format!("/pkg/{css_name}"),
        release: opts.release,
        assets: list,
    };
    fs::write(
        staging.join("manifest.json"),
        serde_json::to_vec_pretty(&manifest)?,
    )?;

    if site.exists() {
        fs::remove_dir_all(&site)?;
    }
    fs::rename(&staging, &site)?;
    Ok(manifest)
}

/// Builds one bundle into `pkg` as `<name>-<hash>.js` + `<name>-<hash>_bg.wasm`; returns the
/// hashed base name.
fn bundle(opts: &Options, bundle: &Bundle, pkg: &Path) -> Result<String> {
    let wasm = build_wasm(opts, bundle.feature)?;
    bindgen(&wasm, pkg, bundle.name, opts.release)?;
    let wasm_file = pkg.join(format!("{}_bg.wasm", bundle.name));
    if opts.release {
        wasm_opt(opts, &wasm_file)?;
    }
    // Content-hashed names: browsers may cache them forever.
    let js_file = pkg.join(format!("{}.js", bundle.name));
    let js = fs::read_to_string(&js_file)?;
    let wasm_bytes = fs::read(&wasm_file)?;
    let hashed = format!(
        "{}-{}",
        bundle.name,
        assets::short_hash(&[js.as_bytes(), &wasm_bytes])
    );
    let js = js.replace(
        &format!("{}_bg.wasm", bundle.name),
        &format!("{hashed}_bg.wasm"),
    );
    fs::write(pkg.join(format!("{hashed}.js")), js)?;
    fs::rename(&wasm_file, pkg.join(format!("{hashed}_bg.wasm")))?;
    fs::remove_file(&js_file)?;
    Ok(hashed)
}

/// Builds the `obscura` server binary.
pub fn build_server(opts: &Options) -> Result<()> {
    let mut cmd = cargo(opts);
    cmd.args(["build", "-p", "obscura-server", "--bin", "obscura"]);
    if opts.release {
        cmd.arg("--release");
    }
    run(&mut cmd, "building the server")
}

fn build_wasm(opts: &Options, feature: &str) -> Result<PathBuf> {
    let profile = if opts.release { "wasm-release" } else { "dev" };
    let mut cmd = cargo(opts);
    cmd.args([
        "build",
        "-p",
        "obscura-frontend",
        "--lib",
        "--target",
        WASM_TARGET,
        "--profile",
        profile,
        "--features",
        feature,
    ]);
    run(&mut cmd, "building the wasm bundle")?;
    let dir = if opts.release {
        "wasm-release"
    } else {
        "debug"
    };
    let wasm = opts
        .target_dir
        .join(WASM_TARGET)
        .join(dir)
        .join("obscura_frontend.wasm");
    if !wasm.exists() {
        bail!("the wasm build did not produce {}", wasm.display());
    }
    Ok(wasm)
}

fn bindgen(wasm: &Path, out: &Path, name: &str, release: bool) -> Result<()> {
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .out_name(name)
        .web(true)?
        .typescript(false)
        .debug(!release)
        .keep_debug(!release)
        .remove_name_section(release)
        .remove_producers_section(true)
        .generate(out)
        .context("running wasm-bindgen")
}

fn wasm_opt(opts: &Options, file: &Path) -> Result<()> {
    let bin = node_bin(opts, "wasm-opt")?;
    let mut cmd = Command::new(bin);
    cmd.arg(file).arg("-o").arg(file).args([
        "-Oz",
        "--enable-bulk-memory",
        "--enable-nontrapping-float-to-int",
        "--enable-sign-ext",
        "--enable-reference-types",
        "--enable-multivalue",
        "--enable-mutable-globals",
    ]);
    run(&mut cmd, "optimising wasm with binaryen's wasm-opt")
}

fn tailwind(opts: &Options, out: &Path) -> Result<()> {
    let bin = node_bin(opts, "tailwindcss")?;
    let mut cmd = Command::new(bin);
    cmd.current_dir(&opts.root)
        .arg("-i")
        .arg(opts.root.join("style/main.css"))
        .arg("-o")
        .arg(out);
    if opts.release {
        cmd.arg("--minify");
    }
    run(
        &mut cmd,
        "building the stylesheet with the Tailwind CSS CLI",
    )
}

/// Tools from the root `package.json` (`npm ci` installs them); never downloaded at build time.
fn node_bin(opts: &Options, name: &str) -> Result<PathBuf> {
    let bin = opts.root.join("node_modules/.bin").join(name);
    if !bin.exists() {
        bail!(
            "{} is missing: run `npm ci` in {} first",
            bin.display(),
            opts.root.display()
        );
    }
    Ok(bin)
}

fn cargo(opts: &Options) -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(&opts.root);
    cmd
}

fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let status = cmd
        .status()
        .with_context(|| format!("{what}: could not start {:?}", cmd.get_program()))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}
