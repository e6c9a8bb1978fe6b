//! The archive of an export: what goes in it (documents first, then every stored file), and
//! writing it as a ZIP to a temporary file without holding the images in memory.

use std::io::Write as _;

use anyhow::{Context, Result};
use bytes::Bytes;
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_shared::{account::Language, i18n::Message, routes};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    db::entities::{
        api_key, api_usage, api_webhook, api_webhook_delivery, consent, credit_entry, generation,
        generation_image, mfa_recovery_code, mfa_totp, security_event, session, share, share_view,
        social_connection, social_post, social_publication, social_target, user,
    },
    state::AppState,
};

/// Columns never exported: secrets and internal storage keys.
const WITHHELD: &[&str] = &[
    "password_hash",
    "token_hash",
    "avatar_key",
    "reference_key",
    "original_key",
    "preview_key",
    "thumb_key",
    "secret_hash",
    "secret",
];

fn scrub(mut rows: Vec<Value>) -> Vec<Value> {
    for row in &mut rows {
        if let Value::Object(map) = row {
            for key in WITHHELD {
                map.remove(*key);
            }
        }
    }
    rows
}

/// Security events with their details written out in English (they are stored as messages for
/// the security page to show in its reader's language), like the rest of the export.
fn english_details(mut rows: Vec<Value>) -> Vec<Value> {
    for row in &mut rows {
        if let Some(detail) = row.get_mut("detail")
            && let Some(stored) = detail.as_str()
        {
            *detail = Value::String(Message::from_stored(stored).render(Language::En));
        }
    }
    rows
}

fn pretty(value: &Value) -> Result<Vec<u8>> {
    Ok(serde_json::to_vec_pretty(value)?)
}

fn extension(mime: &str) -> &'static str {
    match mime {
        "image/jpeg" => "jpg",
        "image/webp" => "webp",
        _ => "png",
    }
}

/// One file of the archive: its name and where its bytes come from.
enum Entry {
    Document(String, Vec<u8>),
    Object(String, ObjectPath),
}

/// Everything the archive holds for `user`, in order.
async fn entries(state: &AppState, user: Uuid) -> Result<Vec<Entry>> {
    let db = &state.db;
    let account = user::Entity::find_by_id(user)
        .into_json()
        .one(db)
        .await?
        .context("the account is gone")?;
    let person = user::Entity::find_by_id(user)
        .one(db)
        .await?
        .context("the account is gone")?;
    let settings = crate::privacy::settings::of(state, user).await?;
    let balance = crate::credits::balance(db, user).await?;
    let mut account = scrub(vec![account]).remove(0);
    // Two-step verification: whether it is on and since when, and the recovery codes' dates —
    // never the sealed secret or the codes' digests (credentials, not information about you).
    let totp = mfa_totp::Entity::find_by_id(user).one(db).await?;
    let codes = mfa_recovery_code::Entity::find()
        .filter(mfa_recovery_code::Column::UserId.eq(user))
        .order_by_asc(mfa_recovery_code::Column::CreatedAt)
        .all(db)
        .await?;
    let two_step = json!({
        "authenticator_app": totp.as_ref().map(|t| json!({
            "set_up_at": t.created_at,
            "confirmed_at": t.confirmed_at,
        })),
        "recovery_codes": codes
            .iter()
            .map(|c| json!({ "created_at": c.created_at, "used_at": c.used_at }))
            .collect::<Vec<_>>(),
    });
    if let Value::Object(map) = &mut account {
        map.insert("credits".into(), json!(balance));
        map.insert("privacy_settings".into(), serde_json::to_value(settings)?);
        map.insert("two_step_verification".into(), two_step);
    }

    let generations = generation::Entity::find()
        .filter(generation::Column::UserId.eq(user))
        .order_by_asc(generation::Column::CreatedAt)
        .all(db)
        .await?;
    let images = generation_image::Entity::find()
        .filter(generation_image::Column::UserId.eq(user))
        .order_by_asc(generation_image::Column::GenerationId)
        .order_by_asc(generation_image::Column::Position)
        .all(db)
        .await?;
    let mut files = Vec::new();
    let mut generation_docs = Vec::new();
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record([
        "id",
        "created_at",
        "status",
        "model",
        "prompt",
        "negative_prompt",
        "width",
        "height",
        "quality",
        "count",
        "seed",
        "cost",
        "files",
    ])?;
    for g in &generations {
        let own: Vec<&generation_image::Model> =
            images.iter().filter(|i| i.generation_id == g.id).collect();
        let mut names = Vec::new();
        for i in &own {
            let name = format!("images/{}/{}.{}", g.id, i.position, extension(&i.mime));
            files.push(Entry::Object(
                name.clone(),
                ObjectPath::from(i.original_key.as_str()),
            ));
            names.push(name);
        }
        let reference = g.reference_key.as_ref().map(|key| {
            let name = format!("references/{}", reference_name(g.id, key));
            files.push(Entry::Object(name.clone(), ObjectPath::from(key.as_str())));
            name
        });
        csv.write_record([
            g.id.to_string(),
            g.created_at.to_rfc3339(),
            g.status.clone(),
            g.model_label.clone(),
            g.prompt.clone(),
            g.negative_prompt.clone().unwrap_or_default(),
            g.width.to_string(),
            g.height.to_string(),
            g.quality.clone(),
            g.count.to_string(),
            g.seed.to_string(),
            g.cost.to_string(),
            names.join(" "),
        ])?;
        generation_docs.push(json!({
            "id": g.id,
            "created_at": g.created_at,
            "finished_at": g.finished_at,
            "expires_at": g.expires_at,
            "status": g.status,
            "error": g.error_code,
            "model": g.model_label,
            "prompt": g.prompt,
            "negative_prompt": g.negative_prompt,
            "width": g.width,
            "height": g.height,
            "quality": g.quality,
            "count": g.count,
            "seed": g.seed,
            "cost": g.cost,
            "reference_file": reference,
            "files": names,
        }));
    }
    let generations_csv = csv.into_inner().context("writing the CSV")?;

    let ledger = credit_entry::Entity::find()
        .filter(credit_entry::Column::UserId.eq(user))
        .order_by_asc(credit_entry::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    let shares = share::Entity::find()
        .filter(share::Column::UserId.eq(user))
        .order_by_asc(share::Column::CreatedAt)
        .all(db)
        .await?;
    let share_ids: Vec<String> = shares.iter().map(|s| s.id.clone()).collect();
    let views = share_view::Entity::find()
        .filter(share_view::Column::ShareId.is_in(share_ids))
        .all(db)
        .await?;
    let share_docs: Vec<Value> = shares
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "url": crate::accounts::absolute(state, &routes::share_page(&s.id)),
                "image_id": s.image_id,
                "shows_prompt": s.show_prompt,
                "shows_name": s.show_name,
                "created_at": s.created_at,
                "expires_at": s.expires_at,
                "views_per_day": views
                    .iter()
                    .filter(|v| v.share_id == s.id)
                    .map(|v| json!({ "day": v.day, "views": v.views }))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let sessions = session::Entity::find()
        .filter(session::Column::UserId.eq(user))
        .order_by_asc(session::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    let events = security_event::Entity::find()
        .filter(security_event::Column::UserId.eq(user))
        .order_by_asc(security_event::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    let consents = consent::Entity::find()
        .filter(consent::Column::UserId.eq(user))
        .order_by_asc(consent::Column::GivenAt)
        .into_json()
        .all(db)
        .await?;

    let payments = serde_json::to_value(crate::billing::records::export(db, user).await?)?;
    let api_keys = api_key::Entity::find()
        .filter(api_key::Column::UserId.eq(user))
        .order_by_asc(api_key::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    crate::api::usage::settle(state).await;
    let api_usage = api_usage::Entity::find()
        .filter(api_usage::Column::UserId.eq(user))
        .order_by_asc(api_usage::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    let webhooks = api_webhook::Entity::find()
        .filter(api_webhook::Column::UserId.eq(user))
        .into_json()
        .all(db)
        .await?;
    let deliveries = api_webhook_delivery::Entity::find()
        .filter(api_webhook_delivery::Column::UserId.eq(user))
        .order_by_asc(api_webhook_delivery::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    let social = social_export(db, user).await?;
    let (support_docs, support_keys) = crate::support::export_for_user(state, &person).await?;
    let reports = crate::reports::export_for_user(state, &person).await?;
    let mut out = vec![
        Entry::Document("README.txt".into(), readme(state, &person).into_bytes()),
        Entry::Document("account.json".into(), pretty(&account)?),
        Entry::Document(
            "generations.json".into(),
            pretty(&Value::Array(generation_docs))?,
        ),
        Entry::Document("generations.csv".into(), generations_csv),
        Entry::Document("credits.json".into(), pretty(&Value::Array(ledger))?),
        Entry::Document("payments.json".into(), pretty(&payments)?),
        Entry::Document(
            "api_keys.json".into(),
            pretty(&Value::Array(scrub(api_keys)))?,
        ),
        Entry::Document("api_usage.json".into(), pretty(&Value::Array(api_usage))?),
        Entry::Document(
            "api_webhooks.json".into(),
            pretty(&serde_json::json!({
                "endpoints": scrub(webhooks),
                "deliveries": deliveries,
            }))?,
        ),
        Entry::Document("social.json".into(), pretty(&social)?),
        Entry::Document("shares.json".into(), pretty(&Value::Array(share_docs))?),
        Entry::Document(
            "sessions.json".into(),
            pretty(&Value::Array(scrub(sessions)))?,
        ),
        Entry::Document(
            "security_events.json".into(),
            pretty(&Value::Array(english_details(scrub(events))))?,
        ),
        Entry::Document("consents.json".into(), pretty(&Value::Array(consents))?),
        Entry::Document("support_messages.json".into(), pretty(&support_docs)?),
        Entry::Document("reports.json".into(), pretty(&reports)?),
    ];
    for key in support_keys {
        let name = key.clone();
        out.push(Entry::Object(name, ObjectPath::from(key)));
    }
    if let Some(key) = &person.avatar_key {
        out.push(Entry::Object(
            "avatar".into(),
            ObjectPath::from(key.as_str()),
        ));
    }
    out.extend(files);
    Ok(out)
}

fn reference_name(generation: Uuid, key: &str) -> String {
    let ext = key
        .rsplit('.')
        .next()
        .filter(|e| e.len() <= 4)
        .unwrap_or("png");
    format!("{generation}.{ext}")
}

fn readme(state: &AppState, person: &user::Model) -> String {
    format!(
        "Your data at {site}\n\
         Exported for {email} on {date} (UTC).\n\n\
         account.json          your account, its settings and your credit balance\n\
         generations.json/.csv every generation: prompt, settings, status, cost and its files\n\
         images/               the images, as generated (images/<generation>/<n>.<ext>)\n\
         references/           the reference images you uploaded\n\
         credits.json          every credit movement\n\
         payments.json         your payments: amounts, card brand, last four digits, billing\n\
         \x20                     details, Stripe's references and invoice links\n\
         api_keys.json         your API keys: names, scopes, limits and dates (not the keys)\n\
         api_usage.json        every API request of the last 12 months: when, key, route,\n\
         \x20                     status, duration, credits\n\
         api_webhooks.json     your webhook endpoint (not its secret) and its deliveries of\n\
         \x20                     the last 30 days\n\
         social.json           your social connections (not their tokens), the pages and\n\
         \x20                     boards you chose, and your publishing history\n\
         shares.json           your share links and their views per day\n\
         sessions.json         your signed-in sessions\n\
         security_events.json  your account's security log\n\
         consents.json         the cookie choices you made while signed in\n\
         support_messages.json your messages to support and our replies (images in support/)\n\
         reports.json          reports of shared images you sent, and reports about your\n\
         \x20                     shares with our decisions (not who sent them)\n\n\
         Passwords and sign-in tokens are never exported: only their hashes are kept, and those\n\
         stay on the server.\n",
        site = crate::config::origin(&state.config.public_url),
        email = person.email,
        date = state.clock.now().format("%Y-%m-%d %H:%M"),
    )
}

/// Writes the archive of `user` to a temporary file and returns it.
pub(super) async fn write_archive(state: &AppState, user: Uuid) -> Result<std::fs::File> {
    let entries = entries(state, user).await?;
    let file = tempfile::tempfile().context("creating a temporary file")?;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(String, Bytes, bool)>(8);
    let writer = tokio::task::spawn_blocking(move || -> Result<std::fs::File> {
        use zip::{CompressionMethod, write::SimpleFileOptions};
        let mut zip = zip::ZipWriter::new(file);
        while let Some((name, bytes, deflate)) = rx.blocking_recv() {
            let method = if deflate {
                CompressionMethod::Deflated
            } else {
                // Images are compressed already.
                CompressionMethod::Stored
            };
            zip.start_file(
                name,
                SimpleFileOptions::default()
                    .compression_method(method)
                    .large_file(bytes.len() > u32::MAX as usize / 2),
            )?;
            zip.write_all(&bytes)?;
        }
        Ok(zip.finish()?)
    });
    for entry in entries {
        let item = match entry {
            Entry::Document(name, bytes) => (name, Bytes::from(bytes), true),
            Entry::Object(name, key) => match state.storage.store.get(&key).await {
                Ok(found) => (name, found.bytes().await?, false),
                // Deleted meanwhile (retention, the person): nothing to export.
                Err(object_store::Error::NotFound { .. }) => continue,
                Err(e) => return Err(e.into()),
            },
        };
        if tx.send(item).await.is_err() {
            break;
        }
    }
    drop(tx);
    writer.await.context("the archive writer stopped")?
}

/// Each row's stored reason in `key` (see [`crate::social::reason`]) as English text.
fn english_reason(rows: &mut [Value], key: &str) {
    for row in rows {
        if let Some(Value::String(stored)) = row.get_mut(key) {
            *stored =
                crate::social::reason::read(stored).render(obscura_shared::account::Language::En);
        }
    }
}

/// The account's social connections without their tokens, their targets without theirs, and the
/// publishing history.
async fn social_export<C: sea_orm::ConnectionTrait>(db: &C, user: Uuid) -> Result<Value> {
    let mut connections = social_connection::Entity::find()
        .filter(social_connection::Column::UserId.eq(user))
        .into_json()
        .all(db)
        .await?;
    let mut targets = social_target::Entity::find()
        .filter(social_target::Column::UserId.eq(user))
        .into_json()
        .all(db)
        .await?;
    for row in connections.iter_mut().chain(targets.iter_mut()) {
        if let Value::Object(map) = row {
            for key in ["access_token", "refresh_token", "token"] {
                map.remove(key);
            }
        }
    }
    english_reason(&mut connections, "status_reason");
    let publications = social_publication::Entity::find()
        .filter(social_publication::Column::UserId.eq(user))
        .order_by_asc(social_publication::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?
        .into_iter()
        .map(|mut row| {
            if let Value::Object(map) = &mut row {
                map.remove("approval_hash");
            }
            row
        })
        .collect::<Vec<_>>();
    let mut posts = social_post::Entity::find()
        .filter(social_post::Column::UserId.eq(user))
        .order_by_asc(social_post::Column::CreatedAt)
        .into_json()
        .all(db)
        .await?;
    english_reason(&mut posts, "error");
    Ok(json!({
        "connections": connections,
        "targets": targets,
        "publications": publications,
        "posts": posts,
    }))
}
