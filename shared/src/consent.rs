//! Cookie consent: the choice a visitor made, as kept in the `cookie-consent` cookie, and what a
//! page knows about it.
//!
//! The cookie holds `1.<revision>.<analytics 0|1>.<given at, unix seconds>.<subject>`: the
//! revision of the storage declarations it answered, the one optional purpose, when, and a
//! random pseudonymous id that ties it to the server's proof (no account, no address).

use serde::{Deserialize, Serialize};

/// The cookie's name.
pub const COOKIE: &str = "cookie-consent";
/// How long the cookie lasts: 13 months.
pub const MAX_AGE_DAYS: i64 = 395;
/// After this long the banner asks again (the earlier choice still applies until then).
pub const ASK_AGAIN_DAYS: i64 = 182;

/// Form field names of the consent forms.
pub mod fields {
    /// `accept`, `reject`, `custom` or `withdraw`.
    pub const CHOICE: &str = "choice";
    /// `1` when analytics is ticked (with `choice=custom`).
    pub const ANALYTICS: &str = "analytics";
    /// The page to return to.
    pub const BACK: &str = "back";
}

/// What a visitor did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// "Accept all".
    AcceptAll,
    /// "Reject all".
    RejectAll,
    /// "Save choices" after customising.
    Custom,
    /// Withdrew an earlier consent.
    Withdraw,
}

impl Action {
    /// The stored and submitted code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::AcceptAll => "accept",
            Self::RejectAll => "reject",
            Self::Custom => "custom",
            Self::Withdraw => "withdraw",
        }
    }

    /// Parses a code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::AcceptAll,
            Self::RejectAll,
            Self::Custom,
            Self::Withdraw,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }

    /// How the history shows it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::AcceptAll => "Accepted all",
            Self::RejectAll => "Rejected all",
            Self::Custom => "Saved own choices",
            Self::Withdraw => "Withdrew consent",
        }
    }
}

/// A browser signal that asks not to be tracked; it counts as a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Signal {
    /// `Sec-GPC: 1`.
    GlobalPrivacyControl,
    /// `DNT: 1`.
    DoNotTrack,
}

impl Signal {
    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::GlobalPrivacyControl => "gpc",
            Self::DoNotTrack => "dnt",
        }
    }

    /// Its name, for people.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::GlobalPrivacyControl => "Global Privacy Control",
            Self::DoNotTrack => "Do Not Track",
        }
    }
}

/// A choice as kept in the cookie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// The storage declarations' revision it answered.
    pub revision: String,
    /// Whether first-party analytics is allowed.
    pub analytics: bool,
    /// When, in unix seconds.
    pub given_at: i64,
    /// The pseudonymous subject id (32 hex characters).
    pub subject: String,
}

impl Stored {
    /// The cookie value.
    #[must_use]
    pub fn to_cookie_value(&self) -> String {
        format!(
            "1.{}.{}.{}.{}",
            self.revision,
            u8::from(self.analytics),
            self.given_at,
            self.subject
        )
    }

    /// Reads a cookie value; anything malformed is no choice at all.
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        let mut parts = value.split('.');
        if parts.next()? != "1" {
            return None;
        }
        let revision = parts.next()?;
        let analytics = match parts.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let given_at = parts.next()?.parse().ok()?;
        let subject = parts.next()?;
        let hex = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit());
        if parts.next().is_some() || !hex(revision, 8) || !hex(subject, 32) {
            return None;
        }
        Some(Self {
            revision: revision.to_owned(),
            analytics,
            given_at,
            subject: subject.to_owned(),
        })
    }
}

/// Why the banner is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AskReason {
    /// No choice yet.
    FirstVisit,
    /// The list of cookies changed since the choice.
    PolicyChanged,
    /// The choice is more than six months old.
    Renew,
}

/// What a page knows about consent for its request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ConsentView {
    /// The stored choice, when it answers the current declarations.
    pub stored: Option<Stored>,
    /// A do-not-track signal the browser sent.
    pub signal: Option<Signal>,
    /// Whether to show the banner, and why.
    pub ask: Option<AskReason>,
    /// The path of the page (never written into it: the banner's form returns by `Referer`).
    pub path: String,
}

impl ConsentView {
    /// Whether page views may be counted: an explicit, current yes and no signal against it.
    #[must_use]
    pub fn analytics_allowed(&self) -> bool {
        self.signal.is_none() && self.stored.as_ref().is_some_and(|s| s.analytics)
    }
}

/// A path that is safe to return to: ours, relative, not protocol-relative.
#[must_use]
pub fn safe_back(back: &str) -> &str {
    if back.starts_with('/') && !back.starts_with("//") && !back.contains('\\') {
        back
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_values_round_trip_and_junk_is_no_choice() {
        let s = Stored {
            revision: "0a1b2c3d".into(),
            analytics: true,
            given_at: 1_790_000_000,
            subject: "0123456789abcdef0123456789abcdef".into(),
        };
        assert_eq!(Stored::parse(&s.to_cookie_value()), Some(s));
        for junk in [
            "",
            "yes",
            "2.0a1b2c3d.1.1.0123456789abcdef0123456789abcdef",
            "1.0a1b2c3d.2.1.0123456789abcdef0123456789abcdef",
            "1.0a1b2c3d.1.x.0123456789abcdef0123456789abcdef",
            "1.0a1b2c3d.1.1.short",
            "1.0a1b2c3d.1.1.0123456789abcdef0123456789abcdef.extra",
        ] {
            assert_eq!(Stored::parse(junk), None, "{junk}");
        }
    }

    #[test]
    fn a_signal_or_no_choice_means_no_analytics() {
        let yes = Stored {
            revision: "0a1b2c3d".into(),
            analytics: true,
            given_at: 0,
            subject: "0".repeat(32),
        };
        let mut v = ConsentView {
            stored: Some(yes),
            ..ConsentView::default()
        };
        assert!(v.analytics_allowed());
        v.signal = Some(Signal::GlobalPrivacyControl);
        assert!(!v.analytics_allowed());
        assert!(!ConsentView::default().analytics_allowed());
    }

    #[test]
    fn only_our_own_paths_are_returned_to() {
        assert_eq!(safe_back("/gallery?q=1"), "/gallery?q=1");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", ""] {
            assert_eq!(safe_back(bad), "/");
        }
    }
}

#[cfg(test)]
mod proptests {
    //! Properties of the consent cookie parser: the cookie comes from the browser, so anything
    //! may arrive.

    use proptest::prelude::*;

    use super::*;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    fn stored() -> impl Strategy<Value = Stored> {
        (
            "[0-9a-f]{8}",
            any::<bool>(),
            any::<i64>(),
            "[0-9a-fA-F]{32}",
        )
            .prop_map(|(revision, analytics, given_at, subject)| Stored {
                revision,
                analytics,
                given_at,
                subject,
            })
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn parse_is_total_on_arbitrary_text(value in any::<String>()) {
            let _ = Stored::parse(&value);
        }

        #[test]
        fn parse_is_total_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
            let _ = Stored::parse(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn whatever_parses_has_the_documented_shape(value in "1\\.[0-9a-fA-F]{6,9}\\.[0-2]\\.[-+]?[0-9]{1,20}\\.[0-9a-fA-Fg]{30,33}(\\.x)?") {
            if let Some(s) = Stored::parse(&value) {
                prop_assert_eq!(s.revision.len(), 8);
                prop_assert_eq!(s.subject.len(), 32);
                prop_assert!(s.revision.bytes().chain(s.subject.bytes()).all(|b| b.is_ascii_hexdigit()));
                // What was read writes back to a value that reads the same.
                prop_assert_eq!(Stored::parse(&s.to_cookie_value()), Some(s));
            }
        }

        #[test]
        fn cookie_values_round_trip(s in stored()) {
            prop_assert_eq!(Stored::parse(&s.to_cookie_value()), Some(s));
        }

        #[test]
        fn the_way_back_is_always_one_of_our_paths(back in any::<String>()) {
            let b = safe_back(&back);
            prop_assert!(b.starts_with('/'));
            prop_assert!(!b.starts_with("//"));
            prop_assert!(!b.contains('\\'));
        }
    }
}
