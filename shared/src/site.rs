//! Public facts about this deployment, derived from the running configuration.
//!
//! The server builds one [`SiteInfo`] at start-up and every page reads it; the privacy policy and
//! the terms are rendered from it, so what they say is what the configuration does.

use serde::{Deserialize, Serialize};

use crate::account::Language;

/// Public facts about this deployment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SiteInfo {
    /// The public origin, e.g. `https://obscura.example` (no trailing slash).
    pub public_url: String,
    /// Whether this is a development deployment (shows the development notice).
    pub development: bool,
    /// Who is responsible for the personal data processed here.
    pub controller: Controller,
    /// The minimum age to hold an account.
    pub min_age: u8,
    /// Days between asking to delete an account and its purge (0: at once).
    #[serde(default)]
    pub erasure_grace_days: u32,
    /// Days a material policy change is announced before it takes effect.
    #[serde(default)]
    pub policy_notice_days: u32,
    /// Whether Google sign-in is offered.
    #[serde(default)]
    pub google_sign_in: bool,
    /// Images a visitor may make at `/try` without an account in 24 hours (0: no trial).
    #[serde(default)]
    pub trial_images: u32,
    /// The services that receive personal data because the operator enabled them.
    pub processors: Vec<Processor>,
    /// What personal data is processed, why, and for how long.
    pub data_categories: Vec<DataCategory>,
    /// Version and effective date of the policy that these facts produce.
    pub policy: PolicyVersion,
    /// The language whose policy and terms prevail over their translations
    /// (`OBSCURA_POLICY_AUTHORITATIVE_LANGUAGE`). Left out when English, so that the facts of a
    /// configuration that does not set it serialise (and hash) as they always have.
    #[serde(default, skip_serializing_if = "is_english")]
    pub authoritative_language: Language,
    /// The processors and data categories as the other languages say them (English is
    /// [`SiteInfo::processors`] and [`SiteInfo::data_categories`]). Stored with a version so that
    /// its changes can be read in each language; never part of the version's hash (see
    /// [`SiteInfo::english`]). Versions recorded before the translations have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_english(lang: &Language) -> bool {
    *lang == Language::En
}

/// The generated facts in one language other than English: the same processors and categories,
/// in the same order, said in that language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// The language.
    pub language: Language,
    /// [`SiteInfo::processors`] in it.
    pub processors: Vec<Processor>,
    /// [`SiteInfo::data_categories`] in it.
    pub data_categories: Vec<DataCategory>,
}

/// The operator's name where none is configured (only a development server may leave it out).
pub const UNNAMED_OPERATOR: &str = "The operator of this Obscura server";

impl Controller {
    /// The operator's name as people read it in `lang`: as configured, or, where none is,
    /// [`UNNAMED_OPERATOR`] in `lang`.
    #[must_use]
    pub fn name_in(&self, lang: crate::account::Language) -> String {
        if self.name == UNNAMED_OPERATOR {
            crate::t!(lang, "site-unnamed-operator")
        } else {
            self.name.clone()
        }
    }
}

/// The data controller and how to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Controller {
    /// Legal name of the operator.
    pub name: String,
    /// Postal address, if given.
    pub address: Option<String>,
    /// Privacy contact email.
    pub email: String,
    /// Data protection officer contact, if one is appointed.
    pub dpo_email: Option<String>,
    /// The supervisory authority users may complain to, if configured.
    pub supervisory_authority: Option<String>,
    /// Support contact shown in the footer and on the support page.
    pub support_email: String,
    /// The law that governs the terms, if configured.
    pub governing_law: Option<String>,
}

/// A service that receives personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Processor {
    /// Who or what it is, e.g. "PostgreSQL database at db.internal".
    pub name: String,
    /// Why it receives data.
    pub purpose: String,
    /// Which data it receives.
    pub data: String,
    /// Where it runs, as configured.
    pub location: String,
}

/// A category of personal data and its handling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataCategory {
    /// What the data is.
    pub name: String,
    /// Why it is processed.
    pub purpose: String,
    /// The legal basis (GDPR Art. 6) relied on.
    pub legal_basis: String,
    /// How long it is kept.
    pub retention: String,
}

/// Identifies a rendered policy.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PolicyVersion {
    /// A short content hash of the facts the policy is generated from.
    pub version: String,
    /// The date the policy took effect, `YYYY-MM-DD`.
    pub effective_date: String,
}

/// A policy change a signed-in person is told about: ahead of it, and after it until they say
/// they have seen it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyNotice {
    /// The version that changes (or changed) the policy.
    pub version: String,
    /// When it takes (or took) effect, `YYYY-MM-DD`.
    pub effective_date: String,
    /// Not in effect yet.
    pub upcoming: bool,
    /// What changes, in the operator's words.
    pub summary: String,
}

/// One version of the policy, with what changed from the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyVersionView {
    /// The content hash.
    pub version: String,
    /// When it took (or takes) effect, `YYYY-MM-DD`.
    pub effective_date: String,
    /// Announced ahead, with this summary.
    pub summary: Option<String>,
    /// When it was announced, `YYYY-MM-DD`.
    pub announced_date: Option<String>,
    /// In effect now.
    pub current: bool,
    /// Not in effect yet.
    pub upcoming: bool,
    /// What changed from the version before, in each language the page is offered in.
    pub changes: Vec<PolicyChanges>,
}

/// What one version changed from the one before, for readers of one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyChanges {
    /// The readers' language.
    pub language: Language,
    /// Statements added since the version before.
    pub added: Vec<String>,
    /// The language [`PolicyChanges::added`] is in: the readers', or English when this version
    /// was recorded before the policy was translated.
    pub added_in: Language,
    /// Statements removed since the version before.
    pub removed: Vec<String>,
    /// The language [`PolicyChanges::removed`] is in, as for [`PolicyChanges::added_in`].
    pub removed_in: Language,
}

impl PolicyVersionView {
    /// The changes as shown to a reader of `lang` (English when none were listed for it).
    #[must_use]
    pub fn changes_in(&self, lang: Language) -> Option<&PolicyChanges> {
        self.changes
            .iter()
            .find(|c| c.language == lang)
            .or_else(|| self.changes.iter().find(|c| c.language == Language::En))
    }
}

impl SiteInfo {
    /// The facts as English states them, without the translations: what a version's hash is
    /// made of, as it was before the policy was translated (the translations follow from the
    /// same configuration, so they add nothing to tell versions apart).
    #[must_use]
    pub fn english(&self) -> Self {
        Self {
            translations: Vec::new(),
            ..self.clone()
        }
    }

    /// Whether the generated facts can be said in `lang` (English always; another language
    /// when this version was recorded with its translation).
    #[must_use]
    pub fn speaks(&self, lang: Language) -> bool {
        lang == Language::En || self.translations.iter().any(|t| t.language == lang)
    }

    /// The processors as `lang` says them (English when there is no translation).
    #[must_use]
    pub fn processors_in(&self, lang: Language) -> &[Processor] {
        self.translation(lang)
            .map_or(&self.processors, |t| &t.processors)
    }

    /// The data categories as `lang` says them (English when there is no translation).
    #[must_use]
    pub fn data_categories_in(&self, lang: Language) -> &[DataCategory] {
        self.translation(lang)
            .map_or(&self.data_categories, |t| &t.data_categories)
    }

    fn translation(&self, lang: Language) -> Option<&Translation> {
        self.translations.iter().find(|t| t.language == lang)
    }

    /// The policy as plain statements in `lang`, one per fact, for comparing versions. The
    /// generated facts are in English when this version has no translation into `lang`.
    #[must_use]
    pub fn statements(&self, lang: Language) -> Vec<String> {
        let c = &self.controller;
        let mut out = vec![crate::t!(
            lang,
            "versions-statement-controller",
            name = &c.name
        )];
        out.extend(
            c.address
                .as_ref()
                .map(|a| crate::t!(lang, "versions-statement-address", address = a)),
        );
        out.push(crate::t!(
            lang,
            "versions-statement-contact",
            email = &c.email
        ));
        out.extend(
            c.dpo_email
                .as_ref()
                .map(|d| crate::t!(lang, "versions-statement-dpo", email = d)),
        );
        out.extend(
            c.supervisory_authority
                .as_ref()
                .map(|a| crate::t!(lang, "versions-statement-authority", authority = a)),
        );
        if self.authoritative_language != Language::En {
            out.push(crate::t!(
                lang,
                "versions-statement-authoritative",
                language = self.authoritative_language.code()
            ));
        }
        for p in self.processors_in(lang) {
            out.push(crate::t!(
                lang,
                "versions-statement-recipient",
                name = &p.name,
                purpose = &p.purpose,
                data = &p.data,
                location = &p.location
            ));
        }
        for d in self.data_categories_in(lang) {
            out.push(crate::t!(
                lang,
                "versions-statement-data",
                name = &d.name,
                purpose = &d.purpose,
                basis = &d.legal_basis,
                retention = &d.retention
            ));
        }
        out.push(crate::t!(
            lang,
            "versions-statement-min-age",
            age = u32::from(self.min_age)
        ));
        out.push(if self.google_sign_in {
            crate::t!(lang, "versions-statement-google-offered")
        } else {
            crate::t!(lang, "versions-statement-google-not-offered")
        });
        out.push(crate::t!(
            lang,
            "versions-statement-grace",
            days = self.erasure_grace_days
        ));
        out
    }
}

#[cfg(all(test, feature = "catalogue"))]
mod name_tests {
    use super::{Controller, UNNAMED_OPERATOR};
    use crate::account::Language;

    #[test]
    fn an_unnamed_operator_is_said_in_each_language_and_a_named_one_as_named() {
        let unnamed = Controller {
            name: UNNAMED_OPERATOR.to_owned(),
            ..Controller::default()
        };
        assert_eq!(unnamed.name_in(Language::En), UNNAMED_OPERATOR);
        assert_eq!(
            unnamed.name_in(Language::De),
            "Betreiber dieses Obscura-Servers"
        );
        let named = Controller {
            name: "Beispiel GmbH".to_owned(),
            ..Controller::default()
        };
        assert_eq!(named.name_in(Language::Fr), "Beispiel GmbH");
    }
}
