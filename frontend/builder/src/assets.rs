//! Content hashing, precompression and the manifest the server reads.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use anyhow::{Context, Result};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Sizes of one asset as shipped.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// An asset's public path and sizes.
#[derive(Debug, Clone, Serialize)]
pub struct Asset {
    /// URL path, e.g. `/pkg/obscura-0123abcd.css`.
    pub href: String,
    #[serde(flatten)]
    pub sizes: Sizes,
}

/// One wasm bundle: `/pkg/<name>.js` and `/pkg/<name>_bg.wasm` (Leptos' island loader expects
/// these names).
#[derive(Debug, Clone, Serialize)]
pub struct BundleFiles {
    pub name: String,
    pub js: Sizes,
    pub wasm: Sizes,
}

/// Written to `<site>/manifest.json`; the server reads it at start-up.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// Loaded by every page.
    pub enhance: BundleFiles,
    /// Loaded by pages with islands.
    pub islands: BundleFiles,
    pub release: bool,
    pub css: Sizes,
    pub stylesheet: String,
    pub assets: Vec<Asset>,
}

/// The first 16 hex digits of the SHA-256 of the given byte strings.
pub fn short_hash(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    hex::encode(&h.finalize()[..8])
}

/// Writes `<file>.gz` and `<file>.br` next to `file` and returns the three sizes.
pub fn precompress(file: &Path) -> Result<Sizes> {
    let data = fs::read(file).with_context(|| format!("reading {}", file.display()))?;

    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&data)?;
    let gz = gz.finish()?;
    fs::write(with_suffix(file, "gz"), &gz)?;

    let mut br = Vec::new();
    {
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &data[..], &mut br, &params)?;
    }
    fs::write(with_suffix(file, "br"), &br)?;

    Ok(Sizes {
        raw: data.len() as u64,
        gzip: gz.len() as u64,
        brotli: br.len() as u64,
    })
}

/// Whether a file is worth precompressing (text and wasm; images are already compressed).
pub fn compressible(file: &Path) -> bool {
    matches!(
        file.extension().and_then(|e| e.to_str()),
        Some(
            "js" | "mjs"
                | "wasm"
                | "css"
                | "svg"
                | "html"
                | "json"
                | "txt"
                | "xml"
                | "webmanifest"
                | "ico"
        )
    )
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Copies a directory tree.
pub fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry?;
        let rel = entry.path().strip_prefix(from)?;
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest)?;
        } else {
            fs::copy(entry.path(), &dest)
                .with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_short() {
        assert_eq!(short_hash(&[b"a", b"b"]), short_hash(&[b"ab"]));
        assert_eq!(short_hash(&[b"x"]).len(), 16);
        assert_ne!(short_hash(&[b"x"]), short_hash(&[b"y"]));
    }

    #[test]
    fn precompressed_files_decompress_to_the_original() {
        let dir = tempdir();
        let file = dir.join("a.js");
        let text = "console.log('hello');\n".repeat(200);
        fs::write(&file, &text).unwrap();
        let sizes = precompress(&file).unwrap();
        assert_eq!(sizes.raw, text.len() as u64);
        assert!(sizes.brotli < sizes.raw && sizes.gzip < sizes.raw);

        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &fs::read(dir.join("a.js.br")).unwrap()[..], &mut out)
            .unwrap();
        assert_eq!(out, text.as_bytes());
        let gz_bytes = fs::read(dir.join("a.js.gz")).unwrap();
        let mut gz = flate2::read::GzDecoder::new(&gz_bytes[..]);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut gz, &mut s).unwrap();
        assert_eq!(s, text);
        fs::remove_dir_all(dir).unwrap();
    }

    fn tempdir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("obscura-builder-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        dir
    }
}
