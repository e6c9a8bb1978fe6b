//! Privacy: the facts the policy is generated from ([`facts`]), its versions, consent, the
//! privacy center (export, erasure, settings), announced changes and retention.
//!
//! The facts come from the running configuration. Each distinct set of facts is a policy version
//! (a content hash) recorded in `policy_versions` the first time the server runs with it; the
//! date of that first run is the version's effective date.

pub mod center;
pub mod consent;
pub mod erasure;
pub mod export;
mod facts;
pub mod policy;
pub mod retention;
pub mod settings;

pub use facts::{SECURITY_EVENT_RETENTION_DAYS, facts};

use anyhow::{Context, Result};
use obscura_shared::site::{PolicyVersion, SiteInfo};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use sha2::{Digest, Sha256};

use crate::{clock::Clock, db::entities::policy_version};

/// A short content hash of the facts as English states them (translations left out, so a
/// version is what it was before the policy was translated), and the facts to store, with them.
///
/// # Errors
/// Never in practice (serialising plain data).
pub fn version_of(facts: &SiteInfo) -> Result<(String, String)> {
    let english = serde_json::to_string(&facts.english())?;
    let hash = hex::encode(&Sha256::digest(english.as_bytes())[..6]);
    Ok((hash, serde_json::to_string(facts)?))
}

/// The facts with their version (the content hash) and no effective date, recording nothing:
/// for command-line tasks.
///
/// # Errors
/// Never in practice (serialising plain data).
pub fn describe(mut facts: SiteInfo) -> Result<SiteInfo> {
    facts.policy = PolicyVersion::default();
    let (version, _) = version_of(&facts)?;
    facts.policy = PolicyVersion {
        version,
        effective_date: String::new(),
    };
    Ok(facts)
}

/// Records the current facts as a policy version if new and returns them with version and
/// effective date filled in.
///
/// # Errors
/// If the database cannot be read or written.
pub async fn publish_current(
    db: &DatabaseConnection,
    clock: &dyn Clock,
    mut facts: SiteInfo,
) -> Result<SiteInfo> {
    facts.policy = PolicyVersion::default();
    let (version, json) = version_of(&facts)?;
    let existing = policy_version::Entity::find_by_id(version.clone())
        .one(db)
        .await
        .context("reading policy versions")?;
    let effective_at = match existing {
        // An announced change running before its date: it is in effect now, whatever was said.
        Some(row) if row.effective_at > clock.now() => {
            tracing::warn!(
                version = %version,
                announced_for = %row.effective_at,
                "this configuration's policy was announced for later but is in effect now"
            );
            let now = clock.now();
            let mut active = sea_orm::IntoActiveModel::into_active_model(row);
            active.effective_at = Set(now);
            active.update(db).await?;
            now
        }
        Some(row) => row.effective_at,
        None => {
            let now = clock.now();
            let row = policy_version::ActiveModel {
                version: Set(version.clone()),
                facts: Set(json),
                effective_at: Set(now),
            };
            // Another process may have recorded it at the same moment; that is fine.
            if let Err(e) = row.insert(db).await {
                tracing::debug!(error = %e, "policy version already recorded");
            }
            policy_version::Entity::find_by_id(version.clone())
                .one(db)
                .await?
                .map_or(now, |r| r.effective_at)
        }
    };
    facts.policy = PolicyVersion {
        version,
        effective_date: effective_at.format("%Y-%m-%d").to_string(),
    };
    Ok(facts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn the_version_changes_when_the_configuration_does() {
        let a = facts(
            &Config::from_pairs(&[]).unwrap(),
            "the local disk of this server",
        );
        let b = facts(
            &Config::from_pairs(&[("DATABASE_URL", "postgres://u:p@db.example/o")]).unwrap(),
            "the local disk of this server",
        );
        assert_ne!(version_of(&a).unwrap().0, version_of(&b).unwrap().0);
        assert_eq!(version_of(&a).unwrap().0, version_of(&a.clone()).unwrap().0);
        assert!(b.processors[0].location.contains("db.example"));
        assert!(!serde_json::to_string(&b).unwrap().contains(":p@"));
    }

    #[test]
    fn share_links_and_their_indexing_are_stated() {
        let said = |pairs: &[(&str, &str)]| {
            facts(&Config::from_pairs(pairs).unwrap(), "the local disk")
                .data_categories
                .into_iter()
                .find(|c| c.name.starts_with("Share links"))
                .unwrap()
        };
        let open = said(&[]);
        assert!(open.name.contains("only if you choose") && open.name.contains("allowed"));
        assert!(open.retention.contains("you stop it"));
        assert!(
            said(&[("SHARE_INDEXABLE", "false")])
                .name
                .contains("asked not")
        );
    }

    #[test]
    fn each_image_service_in_use_is_named_with_its_models() {
        // promise: P-GEN-1 — the policy names the one service each model sends prompts to.
        let offline_only = facts(&Config::from_pairs(&[]).unwrap(), "the local disk");
        assert!(
            offline_only
                .processors
                .iter()
                .all(|p| !p.name.contains("OpenAI") && !p.name.contains("Replicate"))
        );
        let c = Config::from_pairs(&[
            (
                "MODELS",
                r#"[{id="photo", label="Photo", provider="openai"}, {id="offline", provider="local"}]"#,
            ),
            ("OPENAI_API_KEY", "sk-secret-key"),
            ("OPENAI_BASE_URL", "https://images.example.net/v1"),
        ])
        .unwrap();
        let f = facts(&c, "the local disk");
        let openai: Vec<_> = f
            .processors
            .iter()
            .filter(|p| p.name.starts_with("OpenAI"))
            .collect();
        assert_eq!(openai.len(), 1);
        assert!(openai[0].purpose.contains("Photo"));
        assert!(!openai[0].purpose.contains("Offline"));
        assert_eq!(
            openai[0].location,
            "The image service at images.example.net"
        );
        assert!(!serde_json::to_string(&f).unwrap().contains("sk-secret"));
        assert!(f.processors.iter().all(|p| !p.name.contains("Replicate")));
    }
}
