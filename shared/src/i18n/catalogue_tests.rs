//! The catalogue check: every message in every language with the same variables, every file
//! parsing cleanly, every message used by the code and every message the code uses present.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

use fluent_bundle::FluentResource;

use super::{Language, SOURCES, text};

/// Each message id of a catalogue file with the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, _)) = line.split_once('=')
        {
            current = Some(id.trim().to_owned());
        }
        if let Some(id) = &current {
            out.entry(id.clone()).or_default().extend(variables(line));
        }
    }
    out
}

fn variables(line: &str) -> Vec<String> {
    line.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

/// The Rust sources of the crates that render strings.
fn sources() -> std::io::Result<Vec<(String, String)>> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path)?));
            }
        }
        Ok(())
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in ["app/src", "server/src", "server/core/src", "shared/src"] {
        walk(&root.join(dir), &mut out)?;
    }
    Ok(out)
}

#[test]
fn every_file_parses_and_every_language_has_every_message_with_its_variables() {
    let english = messages(SOURCES[0].1);
    assert!(!english.is_empty());
    for (lang, source) in SOURCES {
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("{}.ftl does not parse: {errors:?}", lang.code());
        }
        let ours = messages(source);
        let missing: Vec<_> = english.keys().filter(|k| !ours.contains_key(*k)).collect();
        let extra: Vec<_> = ours.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}.ftl has messages English lacks: {extra:?}",
            lang.code()
        );
        for (id, vars) in &english {
            assert_eq!(
                &ours[id],
                vars,
                "{}.ftl: {id} uses other variables",
                lang.code()
            );
        }
    }
    assert_eq!(SOURCES.len(), Language::ALL.len());
}

#[test]
fn every_message_is_used_and_every_message_used_exists() {
    let english = messages(SOURCES[0].1);
    let code = sources().unwrap();
    let unused: Vec<_> = english
        .keys()
        .filter(|id| {
            let quoted = format!("\"{id}\"");
            !code.iter().any(|(_, text)| text.contains(&quoted))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    // (The module's and this file's own examples are not calls.)
    for (path, text) in code
        .iter()
        .filter(|(p, _)| !p.ends_with("i18n/mod.rs") && !p.ends_with("i18n/catalogue_tests.rs"))
    {
        for (at, _) in text.match_indices("t!(") {
            // `format!(` and the like end in `t!(` too.
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                continue;
            }
            let call = &text[at + 3..];
            let Some(id) = call.split('"').nth(1) else {
                continue;
            };
            if call
                .split('"')
                .next()
                .is_some_and(|before| before.contains(')'))
            {
                continue;
            }
            assert!(
                english.contains_key(id),
                "{path}: t!(…, \"{id}\") is not in en.ftl"
            );
        }
    }
}

#[test]
fn numbers_choose_each_language_s_plural_form() {
    let credits = |lang, n: i64| text(lang, "nav-credits", &[("count", n.into())]);
    assert_eq!(credits(Language::En, 1), "1 credit");
    assert_eq!(credits(Language::En, 0), "0 credits");
    assert_eq!(credits(Language::En, 12), "12 credits");
    assert_eq!(credits(Language::De, 1), "1 Credit");
    assert_eq!(credits(Language::De, 2), "2 Credits");
    // French counts 0 and 1 as singular.
    assert_eq!(credits(Language::Fr, 0), "0 crédit");
    assert_eq!(credits(Language::Fr, 2), "2 crédits");
    // Numbers are grouped as each language writes them.
    assert_eq!(credits(Language::En, 12_345), "12,345 credits");
    assert_eq!(credits(Language::De, 12_345), "12.345 Credits");
    assert_eq!(credits(Language::Fr, 12_345), "12\u{202f}345 crédits");
    assert_eq!(
        text(
            Language::Fr,
            "footer-tagline",
            &[("operator", "Exemple SA".into())]
        ),
        "Un studio d’images privé. Exploité par Exemple SA."
    );
    // A message missing everywhere shows its id, never a blank.
    assert_eq!(
        text(Language::De, "no-such-message", &[]),
        "no-such-message"
    );
}
