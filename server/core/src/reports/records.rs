//! Reports in people's exports, and how long they are kept.

use chrono::Duration;
use obscura_shared::reports::status;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::{Value, json};

use super::{DISMISSED_RETENTION_DAYS, EMAIL_DAYS_AFTER_DECISION, TAKEDOWN_RETENTION_DAYS};
use crate::{
    db::entities::{share_report, user},
    state::AppState,
};

/// The reports that concern `u`, for their export: those they sent (signed in, or with their
/// verified address) with what they wrote, and those about their shares with the reason and the
/// decision — never who reported them.
///
/// # Errors
/// Database errors.
pub async fn export_for_user(state: &AppState, u: &user::Model) -> anyhow::Result<Value> {
    let mut sent = Condition::any().add(share_report::Column::ReporterId.eq(u.id));
    if u.email_verified_at.is_some() {
        sent = sent.add(share_report::Column::ReporterEmail.eq(u.email.clone()));
    }
    let made = share_report::Entity::find()
        .filter(sent)
        .order_by_asc(share_report::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let about = share_report::Entity::find()
        .filter(share_report::Column::OwnerId.eq(u.id))
        .order_by_asc(share_report::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let decision = |r: &share_report::Model| (r.status != status::OPEN).then(|| r.status.clone());
    Ok(json!({
        "sent": made.iter().map(|r| json!({
            "share": r.share_id,
            "sent_at": r.created_at,
            "reason": r.reason,
            "details": r.details,
            "email": r.reporter_email,
            "decision": decision(r),
            "decided_at": r.decided_at,
        })).collect::<Vec<_>>(),
        "about_your_shares": about.iter().map(|r| json!({
            "share": r.share_id,
            "image": r.image_id,
            "received_at": r.created_at,
            "reason": r.reason,
            "decision": decision(r),
            "decided_at": r.decided_at,
            "note": r.note,
        })).collect::<Vec<_>>(),
    }))
}

/// Deletes decided reports past their time (dismissed: [`DISMISSED_RETENTION_DAYS`] after the
/// decision; take-downs: [`TAKEDOWN_RETENTION_DAYS`]) and drops reporters' addresses
/// [`EMAIL_DAYS_AFTER_DECISION`] days after the decision. Returns how many reports went and how
/// many addresses were dropped. Reports about an account's shares go with the account.
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> anyhow::Result<(u64, u64)> {
    let now = state.clock.now();
    let dismissed = share_report::Entity::delete_many()
        .filter(share_report::Column::Status.eq(status::DISMISSED))
        .filter(share_report::Column::DecidedAt.lte(now - Duration::days(DISMISSED_RETENTION_DAYS)))
        .exec(&state.db)
        .await?
        .rows_affected;
    let taken_down = share_report::Entity::delete_many()
        .filter(share_report::Column::Status.is_in([status::TAKEN_DOWN, status::OWNER_SUSPENDED]))
        .filter(share_report::Column::DecidedAt.lte(now - Duration::days(TAKEDOWN_RETENTION_DAYS)))
        .exec(&state.db)
        .await?
        .rows_affected;
    let addresses = share_report::Entity::update_many()
        .col_expr(
            share_report::Column::ReporterEmail,
            Expr::value(Option::<String>::None),
        )
        .filter(share_report::Column::ReporterEmail.is_not_null())
        .filter(share_report::Column::Status.ne(status::OPEN))
        .filter(
            share_report::Column::DecidedAt.lte(now - Duration::days(EMAIL_DAYS_AFTER_DECISION)),
        )
        .exec(&state.db)
        .await?
        .rows_affected;
    Ok((dismissed + taken_down, addresses))
}
