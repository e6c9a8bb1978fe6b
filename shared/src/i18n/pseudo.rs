//! The pseudo-locale's transformation of English text: every letter that has an accented
//! look-alike gets it, and every vowel is doubled, which makes a text about a third longer.
//! A string that bypasses the catalogue stays plain ASCII (the end-to-end suite looks for
//! those), and a layout that only fits English shows its clipping. Markup in messages
//! (`<link>…</link>`, see the policy) is left as it is.

use std::borrow::Cow;

/// The accented look-alike of an ASCII letter, if it has one.
const fn accented(c: char) -> Option<char> {
    Some(match c {
        'a' => 'á',
        'c' => 'ç',
        'e' => 'é',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'l' => 'ļ',
        'n' => 'ñ',
        'o' => 'ö',
        's' => 'š',
        'u' => 'ü',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'G' => 'Ĝ',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'S' => 'Š',
        'U' => 'Û',
        'Y' => 'Ý',
        'Z' => 'Ž',
        _ => return None,
    })
}

/// `text` in the pseudo-locale.
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| accented(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        match accented(c) {
            Some(a) if !in_tag => {
                out.push(a);
                if "aeiouAEIOU".contains(c) {
                    out.push(a);
                }
            }
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::transform;
    use crate::{account::Language, i18n::text};

    #[test]
    fn pseudo_text_is_accented_longer_and_keeps_markup() {
        assert_eq!(transform("Sign in"), "Šîîĝñ îîñ");
        assert_eq!(transform("42 %"), "42 %");
        assert_eq!(
            transform("Write to <mail>us</mail>."),
            "Wrîîtéé töö <mail>üüš</mail>."
        );
        let english = text(Language::En, "nav-credits", &[("count", 12_345.into())]);
        let pseudo = text(Language::Pseudo, "nav-credits", &[("count", 12_345.into())]);
        assert_eq!(english, "12,345 credits");
        // Numbers are English's; words are longer, and not ASCII.
        assert!(pseudo.starts_with("12,345 "), "{pseudo}");
        assert!(pseudo.chars().count() > english.chars().count());
        assert!(!pseudo.is_ascii());
    }
}
