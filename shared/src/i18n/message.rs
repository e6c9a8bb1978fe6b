//! [`Message`]: a message for people kept as its catalogue id and arguments, so that the
//! edge that shows it renders it in the reader's language.
//!
//! Feature errors carry messages (a form's field messages, a refusal's notice) long before
//! anyone knows who reads them: a form shown again renders them in the request's language, the
//! public API in English.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Arg, decimal, money, number, text};
use crate::account::Language;

/// A message for people: a catalogue id with its arguments, rendered with [`Message::render`].
///
/// ```
/// use obscura_shared::{account::Language, i18n::Message};
///
/// let m = Message::new("error-count-range").arg("max", 4);
/// // (The catalogue is compiled into the server only; without it a message shows its id.)
/// assert!(!m.render(Language::En).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message(Kind);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    /// A catalogue message.
    Catalogue {
        id: Cow<'static, str>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        args: Vec<(Cow<'static, str>, Value)>,
    },
    /// A text shown as it is, whatever the language.
    Verbatim(String),
    /// Messages listed as the language lists things (`a, b and c`).
    List(Vec<Message>),
}

/// An argument as kept in a message: the catalogue's [`Arg`], or a value written out in the
/// reader's language when the message is rendered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Value {
    Text(String),
    Number(f64),
    /// A number with at most `places` decimals, whole numbers without (`12.5`, `40`).
    Decimal(f64, usize),
    /// An amount in minor units and its currency code.
    Money(i64, String),
    /// Another message (a name that has its own translations), rendered in the same language.
    Message(Box<Message>),
}

impl Value {
    #[allow(clippy::cast_possible_truncation)]
    fn arg(&self, lang: Language) -> Arg {
        match self {
            Self::Text(s) => Arg::Text(s.clone()),
            Self::Number(n) => Arg::Number(*n),
            Self::Decimal(x, _) if x.fract() == 0.0 && x.abs() < 1e15 => {
                Arg::Text(number(lang, *x as i64))
            }
            Self::Decimal(x, places) => Arg::Text(decimal(lang, *x, *places)),
            Self::Money(minor, currency) => Arg::Text(money(lang, *minor, currency)),
            Self::Message(message) => Arg::Text(message.render(lang)),
        }
    }
}

// Numbers in messages are counts, sizes and waits: never NaN, so equality is an equivalence.
impl Eq for Message {}

impl Message {
    /// Catalogue message `id` (an id of `shared/locales/*.ftl`, quoted in the code so that the
    /// catalogue check finds it), with no arguments yet.
    #[must_use]
    pub const fn new(id: &'static str) -> Self {
        Self(Kind::Catalogue {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        })
    }

    /// A text shown as it is in every language. Only for answers that are English by contract
    /// (the public API's) and for text that is not ours to translate.
    #[must_use]
    pub fn verbatim(text: impl Into<String>) -> Self {
        Self(Kind::Verbatim(text.into()))
    }

    /// `items` listed as the reader's language lists things: `a, b and c` (`a, b und c`…).
    #[must_use]
    pub const fn list(items: Vec<Self>) -> Self {
        Self(Kind::List(items))
    }

    /// With argument `name` (`{ $name }` in the message): text as it is, a number grouped as
    /// the language writes it and choosing the plural form.
    #[must_use]
    pub fn arg(self, name: &'static str, value: impl Into<Arg>) -> Self {
        let value = match value.into() {
            Arg::Text(s) => Value::Text(s),
            Arg::Number(n) => Value::Number(n),
        };
        self.value(name, value)
    }

    /// With argument `name` written as a number with at most `places` decimals in the
    /// reader's language (`12.5` / `12,5`; whole numbers without decimals). It chooses no
    /// plural form.
    #[must_use]
    pub fn decimal(self, name: &'static str, value: f64, places: usize) -> Self {
        self.value(name, Value::Decimal(value, places))
    }

    /// With argument `name` written as an amount of money in the reader's language
    /// (`€12.50` / `12,50 €`), from its minor units and currency code.
    #[must_use]
    pub fn money(self, name: &'static str, minor: i64, currency: &str) -> Self {
        self.value(name, Value::Money(minor, currency.to_owned()))
    }

    /// With argument `name` being another message, rendered in the reader's language too
    /// (a platform's name: "LinkedIn profile", „LinkedIn-Profil“).
    #[must_use]
    pub fn message(self, name: &'static str, value: Self) -> Self {
        self.value(name, Value::Message(Box::new(value)))
    }

    fn value(mut self, name: &'static str, value: Value) -> Self {
        if let Kind::Catalogue { args, .. } = &mut self.0 {
            args.push((Cow::Borrowed(name), value));
        }
        self
    }

    /// The catalogue id (`None` for a verbatim text or a list).
    #[must_use]
    pub fn id(&self) -> Option<&str> {
        match &self.0 {
            Kind::Catalogue { id, .. } => Some(id),
            Kind::Verbatim(_) | Kind::List(_) => None,
        }
    }

    /// The message as a database column keeps it, to be read back with
    /// [`Message::from_stored`] and rendered in its reader's language: its JSON; a
    /// verbatim text as the plain text itself (unless it could be taken for JSON).
    #[must_use]
    pub fn to_stored(&self) -> String {
        match &self.0 {
            Kind::Verbatim(s) if !s.starts_with('{') => s.clone(),
            _ => serde_json::to_string(self).unwrap_or_else(|_| self.render(Language::En)),
        }
    }

    /// A message kept by [`Message::to_stored`]; any other text (an older row's plain text, a
    /// verbatim text) as it is.
    #[must_use]
    pub fn from_stored(stored: &str) -> Self {
        stored
            .starts_with('{')
            .then(|| serde_json::from_str(stored).ok())
            .flatten()
            .unwrap_or_else(|| Self::verbatim(stored))
    }

    /// The message in `lang` (a verbatim text as it is).
    #[must_use]
    pub fn render(&self, lang: Language) -> String {
        match &self.0 {
            Kind::Catalogue { id, args } => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, value)| (name.as_ref(), value.arg(lang)))
                    .collect();
                text(lang, id, &args)
            }
            Kind::Verbatim(s) => s.clone(),
            Kind::List(items) => {
                let mut shown: Vec<String> = items.iter().map(|m| m.render(lang)).collect();
                match shown.pop() {
                    None => String::new(),
                    Some(last) if shown.is_empty() => last,
                    Some(last) => text(
                        lang,
                        "list-and",
                        &[
                            ("head", Arg::Text(shown.join(", "))),
                            ("last", Arg::Text(last)),
                        ],
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_survives_the_wire() {
        let m = Message::new("error-count-range")
            .arg("max", 4)
            .arg("model", "Flux");
        let json = serde_json::to_string(&m).unwrap();
        let back: Message = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        assert_eq!(back.id(), Some("error-count-range"));
        let v = Message::verbatim("As it is.");
        assert_eq!(v.render(Language::Fr), "As it is.");
        assert_eq!(v.id(), None);
    }

    #[test]
    fn a_stored_message_reads_back_and_older_plain_text_reads_as_it_is() {
        let m = Message::new("security-detail-passkey").arg("name", "Laptop \"work\"");
        let stored = m.to_stored();
        assert!(stored.starts_with('{'), "{stored}");
        assert_eq!(Message::from_stored(&stored), m);
        let list = Message::list(vec![
            Message::new("security-detail-removed-password"),
            Message::new("security-detail-removed-sessions").arg("count", 2),
        ]);
        assert_eq!(Message::from_stored(&list.to_stored()), list);
        // A verbatim text is kept as itself (readable, and short), unless it looks like JSON.
        let name = Message::verbatim("CI key");
        assert_eq!(name.to_stored(), "CI key");
        assert_eq!(Message::from_stored("CI key"), name);
        let braces = Message::verbatim("{\"verbatim\":\"x\"}");
        assert_ne!(braces.to_stored(), "{\"verbatim\":\"x\"}");
        assert_eq!(Message::from_stored(&braces.to_stored()), braces);
        // Rows written before messages were stored: their text, whatever the language.
        for old in ["password change", "passkey “Laptop”", "{not json", "{}", ""] {
            let read = Message::from_stored(old);
            assert_eq!(read.id(), None);
            assert_eq!(read.render(Language::De), old);
        }
    }

    #[cfg(feature = "catalogue")]
    #[test]
    fn a_list_reads_as_each_language_lists_things() {
        let item = |n: usize| Message::verbatim(format!("item {n}"));
        let list = |n: usize| Message::list((1..=n).map(item).collect());
        assert_eq!(list(0).render(Language::En), "");
        assert_eq!(list(1).render(Language::De), "item 1");
        assert_eq!(list(2).render(Language::En), "item 1 and item 2");
        assert_eq!(list(3).render(Language::De), "item 1, item 2 und item 3");
        assert_eq!(list(3).render(Language::Fr), "item 1, item 2 et item 3");
    }

    #[cfg(feature = "catalogue")]
    #[test]
    fn a_message_renders_in_each_language_with_its_arguments() {
        let m = Message::new("nav-credits").arg("count", 12_345);
        assert_eq!(m.render(Language::En), "12,345 credits");
        assert_eq!(m.render(Language::De), "12.345 Credits");
        let mp = |x| Message::new("error-upload-pixels").decimal("megapixels", x, 1);
        assert_eq!(
            mp(12.5).render(Language::En),
            "The image has too many pixels: at most 12.5 megapixels are accepted."
        );
        assert!(mp(12.5).render(Language::De).contains("12,5"));
        assert!(mp(40.0).render(Language::En).contains(" 40 megapixels"));
        let refund = Message::new("error-refund-amount").money("left", 1250, "eur");
        assert!(refund.render(Language::En).contains("up to €12.50,"));
        assert!(refund.render(Language::Fr).contains("12,50\u{a0}€"));
        // A name with its own translations is rendered in the reader's language too, and
        // survives the wire.
        let nested = Message::new("error-publish-reconnect")
            .message("platform", Message::new("connection-platform-linkedin"));
        let back: Message = serde_json::from_str(&serde_json::to_string(&nested).unwrap()).unwrap();
        assert_eq!(back, nested);
        let (en, de) = (nested.render(Language::En), nested.render(Language::De));
        assert!(en.contains(&Message::new("connection-platform-linkedin").render(Language::En)));
        assert!(de.contains(&Message::new("connection-platform-linkedin").render(Language::De)));
        assert_ne!(en, de);
    }
}
