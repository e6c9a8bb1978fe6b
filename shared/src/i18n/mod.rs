//! The interface's languages: choosing one for a request, and the message catalogue.
//!
//! Every user-facing string lives in one Fluent file per language, `shared/locales/<code>.ftl`,
//! compiled into the server (the `catalogue` feature) and rendered there: the browser bundle
//! carries no catalogue. In the browser, [`text`] returns the message id; islands get the
//! strings they show from the server, as props.
//!
//! A language is chosen, in order, by the signed-in account's setting, the footer's language
//! switch (the [`COOKIE`] cookie), the browser's `Accept-Language`, and English.

use crate::account::Language;

pub mod format;
pub mod message;
#[cfg(feature = "catalogue")]
mod pseudo;

pub use format::{bytes, date, decimal, money, number};
pub use message::Message;

/// The cookie set by the footer's language switch (essential: it only remembers a choice).
pub const COOKIE: &str = "obscura_lang";

/// The form field of the language switch.
pub const FIELD: &str = "language";

/// The query parameter that asks for a page in one language (`/privacy?lang=de`): the
/// `hreflang` alternates link to it. It outranks every other choice, for that request only.
pub const QUERY: &str = "lang";

/// The language a query string asks for with [`QUERY`], if it is spoken here; the
/// pseudo-locale ([`Language::Pseudo`], `lang=en-XA`) only where `pseudo` allows it (a
/// development server).
#[must_use]
pub fn from_query(query: &str, pseudo: bool) -> Option<Language> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == QUERY)
        .and_then(|(_, value)| {
            Language::from_code(value).or_else(|| {
                (pseudo && value == Language::Pseudo.code()).then_some(Language::Pseudo)
            })
        })
}

/// The query string of a page in `lang`: `lang=de`.
#[must_use]
pub fn query_for(lang: Language) -> String {
    format!("{QUERY}={}", lang.code())
}

/// The language an `Accept-Language` header prefers among those Obscura speaks: the highest
/// weight, the first listed on a tie; regional variants count as their language (`fr-CH` is
/// French); `*` and weights of 0 choose nothing. `None` when nothing listed is spoken here.
#[must_use]
pub fn from_accept_language(header: &str) -> Option<Language> {
    let mut best: Option<(f32, Language)> = None;
    // A header is short; a hostile one is not read past its first items.
    for item in header.split(',').take(32) {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .filter(|q| q.is_finite() && (0.0..=1.0).contains(q))
            .unwrap_or(0.0);
        if weight <= 0.0 {
            continue;
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let Some(lang) = Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
        else {
            continue;
        };
        if best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// One argument of a message (`{ $name }` in the catalogue).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number: it also chooses the plural form (`[one]`, `[other]`…).
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Self::Number(n as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// The arguments of one message.
pub type Args<'a> = [(&'a str, Arg)];

/// Message `id` in `lang` with `args`. A message missing in `lang` falls back to English, and
/// one missing there to its id (the catalogue test keeps both from happening).
#[must_use]
pub fn text(lang: Language, id: &str, args: &Args<'_>) -> String {
    #[cfg(feature = "catalogue")]
    {
        catalogue::format(lang, id, args)
            .or_else(|| catalogue::format(Language::En, id, args))
            .unwrap_or_else(|| id.to_owned())
    }
    #[cfg(not(feature = "catalogue"))]
    {
        let _ = (lang, args);
        id.to_owned()
    }
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, …)`: message `id` in `lang` (see [`text`]).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $crate::i18n::text($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// The catalogue files, by language, as compiled in (declared with the languages, in
/// `account.rs`).
#[cfg(feature = "catalogue")]
pub const SOURCES: [(Language, &str); Language::ALL.len()] = crate::account::CATALOGUES;

/// One language's catalogue file, `shared/locales/<code>.ftl`.
#[cfg(feature = "catalogue")]
macro_rules! catalogue_file {
    ($code:literal) => {
        include_str!(concat!("../locales/", $code, ".ftl"))
    };
}
#[cfg(feature = "catalogue")]
pub(crate) use catalogue_file;

#[cfg(feature = "catalogue")]
mod catalogue {
    use std::sync::LazyLock;

    use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

    use super::{Arg, Args, SOURCES};
    use crate::account::Language;

    type Bundle = FluentBundle<FluentResource>;

    /// Each language's bundle, parsed once. A file that does not parse keeps the messages that
    /// do (the catalogue test fails on any error).
    static BUNDLES: LazyLock<Vec<(Language, Bundle)>> = LazyLock::new(|| {
        // The pseudo-locale is English, transformed as it is formatted.
        SOURCES
            .iter()
            .chain(std::iter::once(&(Language::Pseudo, SOURCES[0].1)))
            .map(|(lang, source)| {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(partial, _)| partial);
                let id = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // The pages are left-to-right only; isolation marks would end up in attributes.
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(match lang {
                    Language::En => number_in::<{ Language::En as u8 }>,
                    Language::De => number_in::<{ Language::De as u8 }>,
                    Language::Fr => number_in::<{ Language::Fr as u8 }>,
                    Language::Pseudo => number_in::<{ Language::En as u8 }>,
                }));
                if *lang == Language::Pseudo {
                    bundle.set_transform(Some(super::pseudo::transform));
                }
                let _ = bundle.add_resource(resource);
                (*lang, bundle)
            })
            .collect()
    });

    /// Numbers in messages grouped as the language writes them (Fluent alone would print
    /// `12345`); numbers with a fraction keep it, with the language's decimal sign.
    #[allow(clippy::cast_possible_truncation)]
    fn number_in<const LANG: u8>(
        value: &FluentValue<'_>,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Option<String> {
        let FluentValue::Number(n) = value else {
            return None;
        };
        let lang = Language::ALL.into_iter().find(|l| *l as u8 == LANG)?;
        let x = n.value;
        if x.fract() == 0.0 && x.abs() < 1e15 {
            Some(super::number(lang, x as i64))
        } else {
            let places = n.options.minimum_fraction_digits.unwrap_or(2);
            Some(super::decimal(lang, x, places))
        }
    }

    pub(super) fn format(lang: Language, id: &str, args: &Args<'_>) -> Option<String> {
        let (_, bundle) = BUNDLES.iter().find(|(l, _)| *l == lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, Some(&fluent), &mut errors)
                .into_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_weight_spoken_here() {
        assert_eq!(
            from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
            Some(Language::Fr)
        );
        assert_eq!(from_accept_language("de-DE"), Some(Language::De));
        assert_eq!(
            from_accept_language("es, de;q=0.5, en;q=0.4"),
            Some(Language::De)
        );
        assert_eq!(
            from_accept_language("en;q=0.5, fr;q=0.7"),
            Some(Language::Fr)
        );
        // A tie goes to the first listed.
        assert_eq!(from_accept_language("de, fr"), Some(Language::De));
        assert_eq!(from_accept_language("FR"), Some(Language::Fr));
        assert_eq!(from_accept_language("es, it"), None);
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language("fr;q=0, en;q=0.1"), Some(Language::En));
        assert_eq!(from_accept_language("fr;q=2"), None);
        assert_eq!(from_accept_language("fr;q=abc"), None);
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn a_query_asks_for_a_spoken_language_only() {
        for pseudo in [false, true] {
            assert_eq!(from_query("lang=de", pseudo), Some(Language::De));
            assert_eq!(from_query("x=1&lang=fr", pseudo), Some(Language::Fr));
            assert_eq!(from_query("lang=es", pseudo), None);
            assert_eq!(from_query("language=de", pseudo), None);
            assert_eq!(from_query("lang=DE", pseudo), None);
            assert_eq!(from_query("", pseudo), None);
        }
        // The pseudo-locale only where allowed, and never from a stored or posted code.
        assert_eq!(from_query("lang=en-XA", true), Some(Language::Pseudo));
        assert_eq!(from_query("lang=en-XA", false), None);
        assert_eq!(Language::from_code("en-XA"), None);
        assert!(!Language::ALL.contains(&Language::Pseudo));
        assert_eq!(query_for(Language::Fr), "lang=fr");
    }
}

#[cfg(all(test, feature = "catalogue"))]
mod catalogue_tests;
