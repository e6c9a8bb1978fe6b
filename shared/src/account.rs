//! Account facts shared by the UI and the server: languages, roles, limits, form field names.

use serde::{Deserialize, Serialize};

/// Shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 8;
/// Longest password accepted.
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Longest name or company accepted.
pub const NAME_MAX_CHARS: usize = 100;
/// Longest email address accepted (RFC 5321 path limit).
pub const EMAIL_MAX_CHARS: usize = 254;

/// Declares the languages Obscura speaks: the [`Language`] enum with its codes and names, and
/// (with the `catalogue` feature) each one's catalogue file, `shared/locales/<code>.ftl`.
macro_rules! languages {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $name:literal; )+) => {
        /// The languages Obscura speaks.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Language {
            $( $(#[$doc])* $variant, )+
            /// The pseudo-locale (`en-XA`): English made longer and accented, to see on a
            /// development server which strings bypass the catalogue and which layouts clip a
            /// longer text. Never offered, never stored; only `?lang=en-XA` asks for it.
            #[serde(rename = "en-XA")]
            Pseudo,
        }

        impl Language {
            /// Every language, in the order offered.
            pub const ALL: [Self; [$($code),+].len()] = [$(Self::$variant),+];

            /// The BCP 47 tag stored and sent in forms.
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self {
                    $( Self::$variant => $code, )+
                    Self::Pseudo => "en-XA",
                }
            }

            /// The language's own name for itself.
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self {
                    $( Self::$variant => $name, )+
                    Self::Pseudo => "Ëñĝļîšĥ (pseudo)",
                }
            }
        }

        /// The catalogue files, by language, as compiled in.
        #[cfg(feature = "catalogue")]
        pub(crate) const CATALOGUES: [(Language, &str); [$($code),+].len()] = [
            $( (Language::$variant, crate::i18n::catalogue_file!($code)), )+
        ];
    };
}

// To add a language, add its line here and its file, `shared/locales/<code>.ftl`.
languages! {
    /// English (the reference catalogue, and the default).
    #[default]
    En = "en", "English";
    /// German.
    De = "de", "Deutsch";
    /// French.
    Fr = "fr", "Français";
}

impl Language {
    /// Parses a tag as sent by a form or stored: only the languages offered (never the
    /// pseudo-locale).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// What an account may do beyond its own data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A person using the studio.
    #[default]
    User,
    /// An operator's account (created with `obscura admin create`).
    Admin,
}

impl Role {
    /// The stored name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Admin => "admin",
        }
    }

    /// Parses a stored name; unknown names are plain users.
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        if code == "admin" {
            Self::Admin
        } else {
            Self::User
        }
    }
}

/// Field names of the account forms, shared by the pages, the handlers and the tests.
pub mod fields {
    /// The name field of "Add a passkey".
    pub const PASSKEY_NAME: &str = "passkey_name";
    /// The id field of a passkey's "Remove".
    pub const PASSKEY_ID: &str = "passkey_id";
    /// Email address.
    pub const EMAIL: &str = "email";
    /// Full name.
    pub const NAME: &str = "name";
    /// Company (optional).
    pub const COMPANY: &str = "company";
    /// Interface language.
    pub const LANGUAGE: &str = "language";
    /// Password (new or current, by form).
    pub const PASSWORD: &str = "password";
    /// The current password when changing it.
    pub const CURRENT_PASSWORD: &str = "current_password";
    /// The new password when changing it.
    pub const NEW_PASSWORD: &str = "new_password";
    /// The age confirmation checkbox.
    pub const AGE: &str = "age_confirmed";
    /// A token carried by an emailed link.
    pub const TOKEN: &str = "token";
    /// A session id (ending one session).
    pub const SESSION: &str = "session";
    /// Where to go after signing in (a local path).
    pub const NEXT: &str = "next";
    /// The avatar file.
    pub const AVATAR: &str = "avatar";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn roles_round_trip() {
        assert_eq!(Role::from_code(Role::Admin.code()), Role::Admin);
        assert_eq!(Role::from_code("whatever"), Role::User);
    }
}
