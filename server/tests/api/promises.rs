//! The promise report: every promise of the privacy promise register (the P-… ids below) that
//! the privacy center covers, with the tests that prove it (found by their `promise: P-…`
//! comments in the Rust and Playwright tests, the domain crate included). Fails when one has none; the report is written to
//! `target/tmp/promises.md` and printed with `--nocapture`.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

/// The promises of the privacy center (issue 6) and the account promise of its age section.
const COVERED: &[(&str, &str)] = &[
    (
        "P-ACC-6",
        "Sign-up is refused below the configured minimum age",
    ),
    (
        "P-CKE-1",
        "Only the cookies listed in the policy's table are set",
    ),
    (
        "P-CKE-2",
        "No analytics before opting in; refusing as easy as accepting; 13-month choice",
    ),
    ("P-CKE-3", "Analytics are first-party aggregates only"),
    (
        "P-CKE-4",
        "Global Privacy Control / Do Not Track count as refusal",
    ),
    (
        "P-GEN-2",
        "Media deleted after the configured retention, thumbnails included",
    ),
    ("P-RGT-1", "Self-service export as JSON and CSV plus images"),
    ("P-RGT-2", "Profile data can be corrected in settings"),
    (
        "P-RGT-3",
        "Erasure signs out everywhere and purges within the grace period",
    ),
    (
        "P-RGT-4",
        "Exclusion from analytics and marketing; restriction of processing",
    ),
    (
        "P-RGT-5",
        "Consent withdrawn as easily as given; history visible",
    ),
    (
        "P-RGT-6",
        "Requests by other channels tracked with a 30-day due date",
    ),
    (
        "P-PAY-1",
        "Card data never touches Obscura: only brand, last four, expiry, billing details and references",
    ),
    (
        "P-PAY-2",
        "Payment records kept for the legal period after erasure, detached from the person",
    ),
    (
        "P-API-1",
        "API keys are shown once and stored only as a keyed hash",
    ),
    (
        "P-API-2",
        "A retried request with the same Idempotency-Key is answered again, never charged twice",
    ),
    (
        "P-API-3",
        "One usage row per API request, without prompt, body or address, kept 12 months",
    ),
    (
        "P-SOC-1",
        "Platform tokens are sealed with AES-256-GCM: no token in clear in the database",
    ),
    (
        "P-SOC-2",
        "Nothing is posted without the person's Publish click, and never twice",
    ),
    ("P-SOC-3", "Only the scopes needed to publish are asked for"),
    (
        "P-SOC-4",
        "Stored per connection: platform id, name, chosen targets, scopes, history",
    ),
    (
        "P-SOC-5",
        "Disconnecting revokes at the platform where it can and deletes the tokens at once",
    ),
    (
        "P-SOC-6",
        "A platform's signed deletion request deletes its connections, tokens and history",
    ),
    ("P-POL-1", "The policy lists exactly the processors in use"),
    (
        "P-TRL-1",
        "The no-signup trial stores only salted hashes of IP and user agent, never the raw IP",
    ),
    ("P-TRL-2", "Trial fingerprints expire after 24 hours"),
    (
        "P-POL-2",
        "Material changes announced 30 days ahead by email and in the app",
    ),
    (
        "P-POL-3",
        "Retention periods on the policy page are the configured ones",
    ),
    (
        "P-POL-4",
        "The policy names controller, contact and supervisory authority",
    ),
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "node_modules" && name != "target" {
                files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs" || e == "ts") {
            out.push(path);
        }
    }
}

/// Where each promise is cited: ID → `file:line`.
fn citations(root: &Path) -> BTreeMap<String, Vec<String>> {
    let mut found = Vec::new();
    for dir in [
        "server/src",
        "server/core/src",
        "server/tests",
        "app/src",
        "shared/src",
        "end2end/tests",
    ] {
        files(&root.join(dir), &mut found);
    }
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for path in found {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let shown = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for (n, line) in text.lines().enumerate() {
            let Some((_, rest)) = line.split_once("promise: ") else {
                continue;
            };
            // IDs up to the explanation ("— …").
            let ids = rest.split('—').next().unwrap_or_default();
            for id in ids
                .split([',', ' '])
                .map(str::trim)
                .filter(|t| t.starts_with("P-") && t.len() >= 7)
            {
                out.entry(id.to_owned())
                    .or_default()
                    .push(format!("{shown}:{}", n + 1));
            }
        }
    }
    out
}

#[test]
fn every_promise_of_the_privacy_center_is_proven_by_a_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let cited = citations(root);
    let mut report = String::from("# Promises of the privacy center and their tests\n\n");
    let mut missing = Vec::new();
    for (id, promise) in COVERED {
        report.push_str(&format!("## {id}: {promise}\n"));
        match cited.get(*id) {
            Some(places) => {
                for p in places {
                    report.push_str(&format!("- {p}\n"));
                }
            }
            None => {
                report.push_str("- NONE\n");
                missing.push(*id);
            }
        }
        report.push('\n');
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("promises.md");
    std::fs::write(&out, &report).unwrap();
    println!("{report}\n(written to {})", out.display());
    assert!(missing.is_empty(), "promises without a test: {missing:?}");
}
