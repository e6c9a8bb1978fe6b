//! Every cookie and browser storage key the application can set, declared once.
//!
//! The policy's storage table is generated from [`DECLARED`], and the end-to-end suite fails if a
//! page sets anything that is not declared here.

use serde::{Deserialize, Serialize};

/// Where a value is kept in the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StorageKind {
    /// An HTTP cookie.
    Cookie,
    /// A `localStorage` key.
    LocalStorage,
}

/// One declared cookie or storage key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Declaration {
    /// The cookie name or storage key.
    pub name: &'static str,
    /// Cookie or local storage.
    pub kind: StorageKind,
    /// Whether it is strictly necessary (set without consent).
    pub essential: bool,
    /// What it is for.
    pub purpose: &'static str,
    /// How long it lasts.
    pub lifetime: &'static str,
    /// A cookie that carries the `__Host-` prefix when the site is served over https.
    pub host_prefixed: bool,
    /// Set only when this feature is configured (always, when None).
    pub only_with: Option<Feature>,
}

/// A feature some declarations depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Feature {
    /// Google sign-in.
    GoogleSignIn,
    /// The no-signup trial.
    Trial,
}

impl Declaration {
    /// The declaration of `name`, if there is one.
    #[must_use]
    pub fn named(name: &str) -> Option<&'static Self> {
        DECLARED.iter().find(|d| d.name == name)
    }

    /// Whether this deployment can set it.
    #[must_use]
    pub const fn applies(&self, site: &crate::site::SiteInfo) -> bool {
        match self.only_with {
            None => true,
            Some(Feature::GoogleSignIn) => site.google_sign_in,
            Some(Feature::Trial) => site.trial_images > 0,
        }
    }

    /// The name as set by a site served over https (`https == true`) or plain http.
    #[must_use]
    pub fn name_on(&self, https: bool) -> String {
        if self.host_prefixed && https {
            format!("__Host-{}", self.name)
        } else {
            self.name.to_owned()
        }
    }
}

/// The session cookie's base name (`__Host-` is prefixed over https).
pub const SESSION_COOKIE: &str = "obscura_session";
/// The cookie that ties a Google sign-in to the browser that started it.
pub const OAUTH_COOKIE: &str = "obscura_oauth";

/// The cookie that ties a sign-up to the browser it was made in, so that the confirmation link
/// opened there keeps the password chosen at sign-up.
pub const SIGNUP_COOKIE: &str = "obscura_signup";

/// The cookie that ties a sign-in waiting for its second step to the browser that made the
/// first.
pub const TWO_STEP_COOKIE: &str = "obscura_two_step";

/// The cookie that ties a visitor's trial images to their browser (`/try`).
pub const TRIAL_COOKIE: &str = "obscura_trial";

/// Everything the application may store in a browser.
pub const DECLARED: &[Declaration] = &[
    Declaration {
        name: SESSION_COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "Keeps you signed in. It holds a random token; the server keeps only its hash. Not readable by scripts.",
        lifetime: "Until you sign out, 7 days without use, or 30 days at most",
        host_prefixed: true,
        only_with: None,
    },
    Declaration {
        name: OAUTH_COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "Ties a Google sign-in to the browser that started it, so nobody can finish it in yours.",
        lifetime: "10 minutes, or until the sign-in finishes",
        host_prefixed: true,
        only_with: Some(Feature::GoogleSignIn),
    },
    Declaration {
        name: SIGNUP_COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "Set when you sign up: it lets this browser confirm your address without losing the password you chose. A confirmation link opened anywhere else removes that password, in case someone else chose it.",
        lifetime: "48 hours, or until the address is confirmed",
        host_prefixed: true,
        only_with: None,
    },
    Declaration {
        name: TWO_STEP_COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "For accounts with two-step verification: ties a sign-in waiting for its code to the browser that started it. It holds a random token; the server keeps only its hash.",
        lifetime: "5 minutes, or until the sign-in finishes",
        host_prefixed: true,
        only_with: None,
    },
    Declaration {
        name: TRIAL_COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "Set when you make an image at /try without an account: it lets this browser, and only this one, see those images and move them into an account you create or sign in to. It holds a random token; the server keeps only its hash.",
        lifetime: "24 hours, or until the images move into your account",
        host_prefixed: true,
        only_with: Some(Feature::Trial),
    },
    Declaration {
        name: crate::i18n::COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "Remembers the language you chose at the foot of a page, when you are not signed in (signed in, your account's language is used). It holds only the language's code.",
        lifetime: "1 year, or until you clear your browser's cookies",
        host_prefixed: true,
        only_with: None,
    },
    Declaration {
        name: crate::theme::STORAGE_KEY,
        kind: StorageKind::LocalStorage,
        essential: true,
        purpose: "Remembers the colour theme you picked on this device. It never leaves your browser.",
        lifetime: "Until you pick \"System theme\" again or clear your browser's site data",
        host_prefixed: false,
        only_with: None,
    },
    Declaration {
        name: crate::consent::COOKIE,
        kind: StorageKind::Cookie,
        essential: true,
        purpose: "Remembers your cookie choice (whether page views may be counted) and when you made it, so we don't ask on every page. Holds a random id that matches our record of your choice, nothing else.",
        lifetime: "13 months; we ask again after 6 months",
        host_prefixed: false,
        only_with: None,
    },
];

/// The revision of [`DECLARED`]: a short hash of every declaration. A stored cookie choice
/// answers one revision; when the list changes, visitors are asked again.
#[must_use]
pub fn revision() -> String {
    // FNV-1a over the declarations' fields, separated so that moving text between fields
    // changes the hash too.
    let mut hash: u32 = 0x811c_9dc5;
    for d in DECLARED {
        for part in [
            d.name,
            if d.kind == StorageKind::Cookie {
                "c"
            } else {
                "l"
            },
            if d.essential { "e" } else { "o" },
            d.purpose,
            d.lifetime,
        ] {
            for b in part.bytes().chain([0]) {
                hash ^= u32::from(b);
                hash = hash.wrapping_mul(0x0100_0193);
            }
        }
    }
    format!("{hash:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = DECLARED.iter().map(|d| d.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DECLARED.len());
    }

    #[test]
    fn the_revision_is_stable_and_short() {
        assert_eq!(revision(), revision());
        assert_eq!(revision().len(), 8);
    }

    #[test]
    fn theme_key_is_declared_as_essential_local_storage() {
        let theme = DECLARED
            .iter()
            .find(|d| d.name == crate::theme::STORAGE_KEY)
            .unwrap();
        assert_eq!(theme.kind, StorageKind::LocalStorage);
        assert!(theme.essential);
    }
}
