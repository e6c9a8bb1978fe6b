//! What admins do with reports: list them, read one (with the image and its prompt, since the
//! report concerns them), and decide. Callers check the admin role and write the audit log.

use obscura_shared::{
    account::{Language, Role},
    i18n::{self, Message},
    reports::{
        Decision, NOTE_MAX_CHARS, PAGE_SIZE, Reason, ReportDetail, ReportFilter, ReportList,
        ReportRow, fields, status,
    },
    routes,
};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::Expr,
};
use uuid::Uuid;

use super::ReportError;
use crate::{
    accounts::{self, FieldErrors, suspension},
    changes::{self, Change},
    db::entities::{generation, generation_image, share, share_report, user},
    generation::views::{Variant, signed_url},
    mail::templates::{self, Kind, Values},
    state::AppState,
};

fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Open reports per share, for `shares`.
async fn open_per_share(
    state: &AppState,
    shares: Vec<String>,
) -> Result<Vec<(String, i64)>, ReportError> {
    if shares.is_empty() {
        return Ok(Vec::new());
    }
    Ok(share_report::Entity::find()
        .select_only()
        .column(share_report::Column::ShareId)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .filter(share_report::Column::ShareId.is_in(shares))
        .filter(share_report::Column::Status.eq(status::OPEN))
        .group_by(share_report::Column::ShareId)
        .into_tuple()
        .all(&state.db)
        .await?)
}

fn rows_of(reports: Vec<share_report::Model>, open: &[(String, i64)]) -> Vec<ReportRow> {
    reports
        .into_iter()
        .map(|r| {
            let open_here = open
                .iter()
                .find(|(s, _)| *s == r.share_id)
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or_default());
            let others_open = open_here.saturating_sub(u64::from(r.status == status::OPEN));
            ReportRow {
                id: r.id.to_string(),
                share_id: r.share_id,
                reason: r.reason,
                created_at: rfc3339(r.created_at),
                status: r.status,
                others_open,
            }
        })
        .collect()
}

/// One page (from 1) of reports: open ones (newest first), decided ones (latest decision
/// first), or all (open first, then newest first); with the counts per status.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn list(
    state: &AppState,
    filter: ReportFilter,
    page: u64,
) -> Result<ReportList, ReportError> {
    let page = page.clamp(1, 100_000);
    let open = super::open_count(state).await?;
    let total = share_report::Entity::find().count(&state.db).await?;
    let mut query = share_report::Entity::find();
    query = match filter {
        ReportFilter::Open => query
            .filter(share_report::Column::Status.eq(status::OPEN))
            .order_by_desc(share_report::Column::CreatedAt),
        ReportFilter::Decided => query
            .filter(share_report::Column::Status.ne(status::OPEN))
            .order_by_desc(share_report::Column::DecidedAt)
            .order_by_desc(share_report::Column::CreatedAt),
        ReportFilter::All => query
            .order_by(
                Expr::cust(format!(
                    "CASE WHEN status = '{}' THEN 0 ELSE 1 END",
                    status::OPEN
                )),
                Order::Asc,
            )
            .order_by_desc(share_report::Column::CreatedAt),
    };
    let reports = query
        .order_by_desc(share_report::Column::Id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
        .all(&state.db)
        .await?;
    let more = u64::try_from(reports.len()).unwrap_or(u64::MAX) > PAGE_SIZE;
    let reports: Vec<_> = reports
        .into_iter()
        .take(usize::try_from(PAGE_SIZE).unwrap_or(usize::MAX))
        .collect();
    let shares = reports.iter().map(|r| r.share_id.clone()).collect();
    let counts = open_per_share(state, shares).await?;
    Ok(ReportList {
        filter,
        rows: rows_of(reports, &counts),
        open,
        decided: total.saturating_sub(open),
        page,
        more,
    })
}

/// The latest reports (at most 50) about the shares of `owner`, newest first, for the person's
/// page in the console.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn about_owner(state: &AppState, owner: Uuid) -> Result<Vec<ReportRow>, ReportError> {
    let reports = share_report::Entity::find()
        .filter(share_report::Column::OwnerId.eq(owner))
        .order_by_desc(share_report::Column::CreatedAt)
        .order_by_desc(share_report::Column::Id)
        .limit(50)
        .all(&state.db)
        .await?;
    let shares = reports.iter().map(|r| r.share_id.clone()).collect();
    let counts = open_per_share(state, shares).await?;
    Ok(rows_of(reports, &counts))
}

/// One report with what the admin needs to decide (None: no such report).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn detail(state: &AppState, id: Uuid) -> Result<Option<ReportDetail>, ReportError> {
    let Some(report) = share_report::Entity::find_by_id(id).one(&state.db).await? else {
        return Ok(None);
    };
    let owner = user::Entity::find_by_id(report.owner_id)
        .one(&state.db)
        .await?;
    let image = match report.image_id {
        Some(image) => {
            generation_image::Entity::find_by_id(image)
                .one(&state.db)
                .await?
        }
        None => None,
    };
    let prompt = match &image {
        Some(image) => generation::Entity::find_by_id(image.generation_id)
            .one(&state.db)
            .await?
            .map(|g| g.prompt),
        None => None,
    };
    let share_taken_down = super::is_taken_down(state, &report.share_id).await?;
    let others = share_report::Entity::find()
        .filter(share_report::Column::ShareId.eq(report.share_id.as_str()))
        .filter(share_report::Column::Id.ne(report.id))
        .order_by_desc(share_report::Column::CreatedAt)
        .limit(50)
        .all(&state.db)
        .await?;
    let counts = open_per_share(state, vec![report.share_id.clone()]).await?;
    let others = rows_of(others, &counts);
    let row = rows_of(vec![report.clone()], &counts)
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("a report row went missing"))?;
    Ok(Some(ReportDetail {
        row,
        details: report.details,
        reporter_email: report.reporter_email,
        reporter_signed_in: report.reporter_id.is_some(),
        owner_id: report.owner_id.to_string(),
        owner_email: owner.map(|u| u.email),
        preview_url: image
            .as_ref()
            .map(|i| signed_url(state, i.user_id, i.id, Variant::Preview)),
        prompt,
        share_url: crate::sharing::public_url(state, &report.share_id),
        share_taken_down,
        others,
        decided_at: report.decided_at.map(rfc3339),
        decision_reason: report.decision_reason,
        note: report.note,
    }))
}

/// What an admin sends to decide a report.
#[derive(Debug, Clone, Default)]
pub struct DecisionInput {
    /// A [`Decision`] code.
    pub decision: String,
    /// The admin's reason (1–500 characters; audited).
    pub why: String,
    /// Whether the confirmation box was ticked (needed to take down).
    pub confirmed: bool,
    /// An optional note to the owner (sent with a take-down).
    pub note: String,
}

/// What a decision did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// The decision.
    pub decision: Decision,
    /// The share.
    pub share_id: String,
    /// Its owner.
    pub owner: Uuid,
    /// The admin's reason, cleaned.
    pub why: String,
    /// Reports decided with this one (other open reports of the share).
    pub also_decided: u64,
    /// What the owner's suspension came to (only for [`Decision::SuspendOwner`]).
    pub suspension: Option<suspension::Suspension>,
}

fn check(input: &DecisionInput) -> Result<(Decision, String, Option<String>), ReportError> {
    let mut errors: FieldErrors = Vec::new();
    let decision = Decision::from_code(input.decision.trim());
    if decision.is_none() {
        errors.push((fields::DECISION, Message::new("report-error-decision")));
    }
    let why = crate::audit::clean_reason(&input.why).unwrap_or_else(|m| {
        errors.push((fields::WHY, m));
        String::new()
    });
    if decision.is_some_and(Decision::takes_down) && !input.confirmed {
        errors.push((fields::CONFIRM, Message::new("report-error-confirm")));
    }
    let note = input.note.trim();
    if note.chars().count() > NOTE_MAX_CHARS {
        errors.push((
            fields::NOTE,
            Message::new("error-chars-max").arg("max", NOTE_MAX_CHARS),
        ));
    }
    match decision {
        Some(d) if errors.is_empty() => Ok((d, why, (!note.is_empty()).then(|| note.to_owned()))),
        _ => Err(ReportError::Invalid(errors)),
    }
}

/// Decides report `id` as `admin`: dismiss it, or take its share down (deciding every open
/// report of the share with it, and telling the owner), and suspend the owner. Reporters who
/// gave an address get one neutral email about the outcome.
///
/// # Errors
/// Field errors (nothing changed), `NotFound`, `AlreadyDecided`, `OwnerIsAdmin` (nothing
/// changed), database errors.
#[tracing::instrument(skip_all, fields(report = %id))]
pub async fn decide(
    state: &AppState,
    admin: Uuid,
    id: Uuid,
    input: &DecisionInput,
) -> Result<Decided, ReportError> {
    let (decision, why, note) = check(input)?;
    let Some(report) = share_report::Entity::find_by_id(id).one(&state.db).await? else {
        return Err(ReportError::NotFound);
    };
    if report.status != status::OPEN {
        return Err(ReportError::AlreadyDecided);
    }
    let owner = user::Entity::find_by_id(report.owner_id)
        .one(&state.db)
        .await?
        .ok_or(ReportError::NotFound)?;
    if decision == Decision::SuspendOwner && owner.role == Role::Admin.code() {
        return Err(ReportError::OwnerIsAdmin);
    }
    let now = state.clock.now();
    let new_status = match decision {
        Decision::Dismiss => status::DISMISSED,
        Decision::TakeDown => status::TAKEN_DOWN,
        Decision::SuspendOwner => status::OWNER_SUSPENDED,
    };
    let decided = |q: sea_orm::UpdateMany<share_report::Entity>| {
        q.col_expr(share_report::Column::Status, Expr::value(new_status))
            .col_expr(share_report::Column::DecidedAt, Expr::value(Some(now)))
            .col_expr(share_report::Column::DecidedBy, Expr::value(Some(admin)))
            .col_expr(
                share_report::Column::DecisionReason,
                Expr::value(Some(why.clone())),
            )
            .col_expr(share_report::Column::Note, Expr::value(note.clone()))
            // The reporter's hash served only to keep one open report per reporter.
            .col_expr(
                share_report::Column::ReporterKey,
                Expr::value(Option::<String>::None),
            )
            .filter(share_report::Column::Status.eq(status::OPEN))
    };
    let txn = state.db.begin().await?;
    let changed = decided(share_report::Entity::update_many())
        .filter(share_report::Column::Id.eq(id))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        // Another admin decided it meanwhile.
        return Err(ReportError::AlreadyDecided);
    }
    let mut decided_ids = vec![id];
    if decision.takes_down() {
        let others: Vec<Uuid> = share_report::Entity::find()
            .select_only()
            .column(share_report::Column::Id)
            .filter(share_report::Column::ShareId.eq(report.share_id.as_str()))
            .filter(share_report::Column::Status.eq(status::OPEN))
            .into_tuple()
            .all(&txn)
            .await?;
        if !others.is_empty() {
            decided(share_report::Entity::update_many())
                .filter(share_report::Column::Id.is_in(others.clone()))
                .exec(&txn)
                .await?;
            decided_ids.extend(others);
        }
        share::Entity::update_many()
            .col_expr(share::Column::TakenDownAt, Expr::value(Some(now)))
            .col_expr(
                share::Column::TakedownReason,
                Expr::value(Some(report.reason.clone())),
            )
            .filter(share::Column::Id.eq(report.share_id.as_str()))
            .filter(share::Column::TakenDownAt.is_null())
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    if decision.takes_down() {
        // Every process forgets the share (and its kept page) now.
        changes::announce(state, Change::Shares).await;
        tell_owner(state, &owner, &report, note.as_deref());
    }
    let suspension = if decision == Decision::SuspendOwner {
        match suspension::suspend(state, owner.id, &why).await {
            Ok(s) => Some(s),
            Err(suspension::SuspensionError::Reason(_)) => None,
            Err(suspension::SuspensionError::Internal(e)) => return Err(e.into()),
        }
    } else {
        None
    };
    tell_reporters(state, &decided_ids, decision).await?;
    Ok(Decided {
        decision,
        share_id: report.share_id,
        owner: owner.id,
        why,
        also_decided: u64::try_from(decided_ids.len().saturating_sub(1)).unwrap_or_default(),
        suspension,
    })
}

/// Emails the owner of a taken-down share in their language: which image, why, how to appeal.
fn tell_owner(
    state: &AppState,
    owner: &user::Model,
    report: &share_report::Model,
    note: Option<&str>,
) {
    let lang = Language::from_code(&owner.language).unwrap_or_default();
    let reason = Reason::from_code(&report.reason).unwrap_or(Reason::Other);
    let mut why = i18n::text(lang, reason.message_id(), &[]);
    if let Some(note) = note {
        why = format!(
            "{why}\n\n{}",
            i18n::text(lang, "report-mail-note", &[("note", note.into())])
        );
    }
    let link = report.image_id.map_or_else(
        || accounts::absolute(state, routes::SETTINGS_SHARES),
        |image| accounts::absolute(state, &routes::gallery_item(&image.to_string())),
    );
    let support = accounts::absolute(state, routes::SUPPORT);
    state.mailer.send_in_background(templates::render_with(
        &Kind::ShareTakenDown,
        lang,
        &owner.email,
        &owner.name,
        &link,
        &Values {
            summary: Some(&why),
            support: Some(&support),
            ..Values::default()
        },
    ));
}

/// One neutral email to each address given with the reports just decided: whether action was
/// taken; nothing of the image, the share or what the reporter wrote.
async fn tell_reporters(
    state: &AppState,
    reports: &[Uuid],
    decision: Decision,
) -> Result<(), ReportError> {
    let rows: Vec<(Option<String>, String)> = share_report::Entity::find()
        .select_only()
        .column(share_report::Column::ReporterEmail)
        .column(share_report::Column::Language)
        .filter(share_report::Column::Id.is_in(reports.to_vec()))
        .filter(Condition::all().add(share_report::Column::ReporterEmail.is_not_null()))
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut told: Vec<String> = Vec::new();
    let kind = if decision.takes_down() {
        Kind::ReportActedOn
    } else {
        Kind::ReportDismissed
    };
    let link = accounts::absolute(state, routes::SUPPORT);
    for (email, language) in rows {
        let Some(email) = email else { continue };
        if told.contains(&email) {
            continue;
        }
        let lang = Language::from_code(&language).unwrap_or_default();
        state
            .mailer
            .send_in_background(templates::render(&kind, lang, &email, "", &link));
        told.push(email);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_take_down_needs_a_reason_and_the_box() {
        let input = DecisionInput {
            decision: "take_down".into(),
            why: "  ".into(),
            confirmed: false,
            note: String::new(),
        };
        let Err(ReportError::Invalid(errors)) = check(&input) else {
            panic!("refused");
        };
        let names: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(names, [fields::WHY, fields::CONFIRM]);
        let dismiss = DecisionInput {
            decision: "dismiss".into(),
            why: " no issue ".into(),
            ..Default::default()
        };
        assert_eq!(
            check(&dismiss).unwrap(),
            (Decision::Dismiss, "no issue".to_owned(), None)
        );
        let unknown = DecisionInput {
            decision: "ban".into(),
            why: "x".into(),
            ..Default::default()
        };
        assert!(matches!(check(&unknown), Err(ReportError::Invalid(_))));
    }
}
