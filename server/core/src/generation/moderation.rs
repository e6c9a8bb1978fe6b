//! The operator's blocklist: words and phrases refused before a prompt goes anywhere.
//!
//! Matching is by whole words on a normalised text (lower case, letters and digits only,
//! single spaces), so "art" does not block "party" and "Blocked-Word" matches "blocked word".

/// Lower-cases and keeps letters and digits, with single spaces between words.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if !space {
        out.push(' ');
    }
    out
}

/// Whether any blocklisted term appears in `text` as whole words.
#[must_use]
pub fn blocked(blocklist: &[String], text: &str) -> bool {
    if blocklist.is_empty() {
        return false;
    }
    let haystack = normalise(text);
    blocklist.iter().any(|term| {
        let needle = normalise(term);
        !needle.trim().is_empty() && haystack.contains(&needle)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(terms: &[&str]) -> Vec<String> {
        terms.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn whole_words_match_whatever_the_case_and_punctuation() {
        let l = list(&["forbidden", "two words"]);
        assert!(blocked(&l, "A FORBIDDEN castle"));
        assert!(blocked(&l, "forbidden"));
        assert!(blocked(&l, "two-words, at night"));
        assert!(blocked(&l, "Two   Words"));
        assert!(!blocked(&l, "unforbiddenly calm"));
        assert!(!blocked(&l, "two swords"));
        assert!(!blocked(&[], "forbidden"));
    }
}
