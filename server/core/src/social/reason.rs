//! Reasons kept with a post (`social_posts.error`) or a connection (`status_reason`): a
//! [`Message`] stored as its JSON, so that each reader sees it in their own language, with a
//! platform's own words kept as they are. Rows written before hold plain English text: read as
//! it is.

use obscura_shared::i18n::Message;

/// The longest stored reason (both columns), in characters.
pub const MAX: usize = 300;

/// `message` as stored.
#[must_use]
pub fn store(message: &Message) -> String {
    message.to_stored()
}

/// The message `build` makes around `text` (a platform's own words), with `text` shortened
/// until the message stored fits in [`MAX`] characters.
#[must_use]
pub fn fitted(text: &str, build: impl Fn(String) -> Message) -> Message {
    let made = |keep: usize| build(text.chars().take(keep).collect());
    let fits = |keep: usize| store(&made(keep)).chars().count() <= MAX;
    // The most of `text` that fits (JSON escapes make some characters longer).
    let (mut low, mut high) = (0, text.chars().count().min(MAX));
    if fits(high) {
        return made(high);
    }
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    made(low)
}

/// A stored reason as a message; an older row's plain text as it is.
#[must_use]
pub fn read(stored: &str) -> Message {
    Message::from_stored(stored)
}

#[cfg(test)]
mod tests {
    use obscura_shared::account::Language;

    use super::*;

    #[test]
    fn a_stored_reason_reads_back_in_each_reader_s_language() {
        let gone = Message::new("connections-post-reason-connection-removed");
        let stored = store(&gone);
        assert_eq!(read(&stored), gone);
        assert_eq!(
            read(&stored).render(Language::En),
            "The connection was removed before this was posted."
        );
        assert_eq!(
            read(&stored).render(Language::De),
            "Die Verbindung wurde entfernt, bevor der Beitrag gepostet wurde."
        );
        assert!(!stored.contains("removed before"), "{stored}");
    }

    #[test]
    fn an_older_row_s_plain_english_reads_as_it_is() {
        for old in [
            "The reviewer rejected it.",
            "X refused it: {\"error\": 1}",
            "{not json",
            "",
        ] {
            let m = read(old);
            assert_eq!(m.id(), None);
            assert_eq!(m.render(Language::De), old);
        }
    }

    #[test]
    fn a_platform_s_own_words_stay_verbatim_and_are_cut_to_fit() {
        let build = |reason: String| {
            Message::new("connections-post-reason-refused")
                .arg("platform", "X")
                .arg("reason", reason)
        };
        let stored = store(&fitted("Media type \"image/webp\" is not accepted.", build));
        let m = read(&stored);
        assert_eq!(
            m.render(Language::De),
            "X hat den Beitrag abgelehnt: Media type \"image/webp\" is not accepted."
        );
        // Quotes and line breaks grow in JSON: still within the column.
        let long = "\"é\n\"".repeat(200);
        let stored = store(&fitted(&long, build));
        assert!(stored.chars().count() <= MAX, "{}", stored.chars().count());
        let shown = read(&stored).render(Language::En);
        assert!(shown.starts_with("X refused it: \"é\n\""), "{shown}");
        assert!(shown.len() > 40, "{shown}");
    }
}
