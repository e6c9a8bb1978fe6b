//! Public facts about this deployment, derived from the running configuration.
//!
//! The server builds one [`SiteInfo`] at start-up and every page reads it; the privacy policy and
//! the terms are rendered from it, so what they say is what the configuration does.

use serde::{Deserialize, Serialize};

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
    /// Statements added since the version before.
    pub added: Vec<String>,
    /// Statements removed since the version before.
    pub removed: Vec<String>,
}

impl SiteInfo {
    /// The policy as plain statements, one per fact, for comparing versions.
    #[must_use]
    pub fn statements(&self) -> Vec<String> {
        let c = &self.controller;
        let mut out = vec![format!("Controller: {}", c.name)];
        out.extend(
            c.address
                .as_ref()
                .map(|a| format!("Controller's address: {a}")),
        );
        out.push(format!("Privacy contact: {}", c.email));
        out.extend(
            c.dpo_email
                .as_ref()
                .map(|d| format!("Data protection officer: {d}")),
        );
        out.extend(
            c.supervisory_authority
                .as_ref()
                .map(|a| format!("Supervisory authority: {a}")),
        );
        for p in &self.processors {
            out.push(format!(
                "Recipient {}: {} Receives: {} Where: {}",
                p.name, p.purpose, p.data, p.location
            ));
        }
        for d in &self.data_categories {
            out.push(format!(
                "Data {}: {} Legal basis: {}. Kept: {}",
                d.name, d.purpose, d.legal_basis, d.retention
            ));
        }
        out.push(format!("Minimum age: {}", self.min_age));
        out.push(format!(
            "Sign-in with Google: {}",
            if self.google_sign_in {
                "offered"
            } else {
                "not offered"
            }
        ));
        out.push(format!(
            "Account deletion grace period: {} days",
            self.erasure_grace_days
        ));
        out
    }
}
