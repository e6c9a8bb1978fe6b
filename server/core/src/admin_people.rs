//! People in the admin console: finding accounts, one person's standing, and what an admin may
//! do to an account — adjust its credits, suspend it, change its role, end its sessions, delete
//! it. Each action needs a reason (1–500 characters) and a confirmation; the web layer writes
//! it to the audit log with the reason. An admin never acts on their own account this way, and
//! an admin's account is neither suspended nor deleted (its role is taken back first); the last
//! admin keeps the role.
//!
//! A person's page shows counts and statuses of their generations, never a prompt or an image.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use obscura_shared::{
    account::Role,
    admin_people::{
        ADJUST_MAX, LEDGER_ROWS, LedgerRow, PAGE_SIZE, PeoplePage, PeopleQuery, PersonRow,
        PersonView, QUERY_MAX_CHARS, SessionRow, StatusCount, SupportRow, fields,
    },
    i18n::Message,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
    sea_query::{Expr, ExprTrait as _, Func, LikeExpr},
};
use uuid::Uuid;

use crate::{
    accounts::{
        self, sessions,
        suspension::{self, Suspension, SuspensionError},
    },
    credits::{self, Applied, CreditError, Entry, Operation},
    db::entities::{credit_balance, credit_entry, generation, payment, support_message, user},
    state::AppState,
};

/// What the person's ledger says for an admin's adjustment (the reason stays in the audit log).
pub const ADJUST_REFERENCE: &str = "adjustment by support";

/// Field-level problems: (field name, message).
pub type FieldErrors = Vec<(&'static str, Message)>;

/// Why an action did not happen.
#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    /// Some fields are wrong (nothing changed).
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// No such account.
    #[error("not found")]
    NotFound,
    /// Not allowed on this account (yourself, an admin, the last admin…): the message says why.
    #[error("refused")]
    Refused(Message),
    /// Something broke; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for PeopleError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

impl From<SuspensionError> for PeopleError {
    fn from(e: SuspensionError) -> Self {
        match e {
            SuspensionError::Reason(m) => Self::Invalid(vec![(fields::REASON, m)]),
            SuspensionError::Internal(e) => Self::Internal(e),
        }
    }
}

/// What every action's form carries besides its own fields.
#[derive(Debug, Clone)]
pub struct Confirmed<'a> {
    /// The admin acting.
    pub admin: Uuid,
    /// The account acted on.
    pub account: Uuid,
    /// The reason typed.
    pub reason: &'a str,
    /// The confirmation box was ticked.
    pub confirmed: bool,
}

impl Confirmed<'_> {
    /// The trimmed reason, or the fields to correct (reason and confirmation together).
    fn check(&self, mut errors: FieldErrors) -> Result<String, PeopleError> {
        let reason = crate::audit::clean_reason(self.reason);
        if let Err(m) = &reason {
            errors.push((fields::REASON, m.clone()));
        }
        if !self.confirmed {
            errors.push((fields::CONFIRM, Message::new("admin-people-error-confirm")));
        }
        match reason {
            Ok(r) if errors.is_empty() => Ok(r),
            _ => Err(PeopleError::Invalid(errors)),
        }
    }

    fn not_yourself(&self) -> Result<(), PeopleError> {
        if self.admin == self.account {
            Err(PeopleError::Refused(Message::new(
                "admin-people-error-yourself",
            )))
        } else {
            Ok(())
        }
    }
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn is_admin(u: &user::Model) -> bool {
    u.role == Role::Admin.code()
}

async fn account(state: &AppState, id: Uuid) -> Result<user::Model, PeopleError> {
    user::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(PeopleError::NotFound)
}

// ─── The list ───

/// The cursor of a row: its creation time (exact) and id.
fn cursor_of(u: &user::Model) -> String {
    format!(
        "{}_{}",
        u.created_at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        u.id
    )
}

fn parse_cursor(raw: &str) -> Option<(DateTime<Utc>, Uuid)> {
    let (at, id) = raw.trim().split_once('_')?;
    let at = DateTime::parse_from_rfc3339(at).ok()?.with_timezone(&Utc);
    Some((at, id.parse().ok()?))
}

/// `%text%` for LIKE, with the pattern's own characters escaped.
fn contains_pattern(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// One page of people, newest first: searched by part of the email address or name (case
/// does not matter) or by an exact id, filtered, [`PAGE_SIZE`] a page after the cursor (a bad
/// cursor: the first page).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn list(state: &AppState, query: PeopleQuery) -> anyhow::Result<PeoplePage> {
    let q: String = query.q.trim().chars().take(QUERY_MAX_CHARS).collect();
    let after = query.after.as_deref().and_then(parse_cursor);
    let mut find = user::Entity::find();
    if !q.is_empty() {
        find = match q.parse::<Uuid>() {
            Ok(id) => find.filter(user::Column::Id.eq(id)),
            Err(_) => {
                let pattern = contains_pattern(&q.to_lowercase());
                let like = |col: user::Column| {
                    Expr::expr(Func::lower(Expr::col((user::Entity, col))))
                        .like(LikeExpr::new(pattern.clone()).escape('\\'))
                };
                find.filter(
                    Condition::any()
                        .add(like(user::Column::Email))
                        .add(like(user::Column::Name)),
                )
            }
        };
    }
    if query.verified {
        find = find.filter(user::Column::EmailVerifiedAt.is_not_null());
    }
    if query.suspended {
        find = find.filter(user::Column::SuspendedAt.is_not_null());
    }
    if query.admin {
        find = find.filter(user::Column::Role.eq(Role::Admin.code()));
    }
    if query.paid {
        find = find.filter(
            user::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(payment::Column::UserId)
                    .from(payment::Entity)
                    .and_where(Expr::col(payment::Column::UserId).is_not_null())
                    .to_owned(),
            ),
        );
    }
    if let Some((at, id)) = after {
        find = find.filter(
            Condition::any().add(user::Column::CreatedAt.lt(at)).add(
                Condition::all()
                    .add(user::Column::CreatedAt.eq(at))
                    .add(user::Column::Id.lt(id)),
            ),
        );
    }
    let mut found = find
        .order_by_desc(user::Column::CreatedAt)
        .order_by_desc(user::Column::Id)
        .limit(PAGE_SIZE + 1)
        .all(&state.db)
        .await?;
    let more = found.len() as u64 > PAGE_SIZE;
    found.truncate(usize::try_from(PAGE_SIZE).unwrap_or(50));
    let next = more.then(|| found.last().map(cursor_of)).flatten();
    let ids: Vec<Uuid> = found.iter().map(|u| u.id).collect();
    let balances: std::collections::HashMap<Uuid, i64> = credit_balance::Entity::find()
        .filter(credit_balance::Column::UserId.is_in(ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|b| (b.user_id, b.balance))
        .collect();
    let rows = found
        .into_iter()
        .map(|u| PersonRow {
            id: u.id.to_string(),
            credits: balances.get(&u.id).copied().unwrap_or_default(),
            admin: is_admin(&u),
            suspended: u.suspended_at.is_some(),
            verified: u.email_verified_at.is_some(),
            joined: rfc3339(u.created_at),
            name: u.name,
            email: u.email,
        })
        .collect();
    let any = user::Entity::find().one(&state.db).await?.is_some();
    Ok(PeoplePage {
        query: PeopleQuery {
            q,
            after: after.and(query.after),
            ..query
        },
        rows,
        next,
        any,
    })
}

// ─── A person ───

/// Generations by status, ever and in the last 30 days.
async fn generation_counts(
    state: &AppState,
    user_id: Uuid,
) -> Result<Vec<StatusCount>, sea_orm::DbErr> {
    let since = state.clock.now() - Duration::days(30);
    let counts = |recent: bool| {
        let mut q = generation::Entity::find()
            .select_only()
            .column(generation::Column::Status)
            .column_as(Expr::col(generation::Column::Id).count(), "n")
            .filter(generation::Column::UserId.eq(user_id))
            .group_by(generation::Column::Status);
        if recent {
            q = q.filter(generation::Column::CreatedAt.gte(since));
        }
        q.into_tuple::<(String, i64)>().all(&state.db)
    };
    let all = counts(false).await?;
    let recent = counts(true).await?;
    let mut out: Vec<StatusCount> = obscura_shared::generation::Status::ALL
        .into_iter()
        .map(obscura_shared::generation::Status::code)
        .map(|s| StatusCount {
            status: s.to_owned(),
            recent: 0,
            all: 0,
        })
        .collect();
    for (status, n) in all {
        let n = u64::try_from(n).unwrap_or_default();
        match out.iter_mut().find(|c| c.status == status) {
            Some(c) => c.all = n,
            None => out.push(StatusCount {
                status,
                recent: 0,
                all: n,
            }),
        }
    }
    for (status, n) in recent {
        if let Some(c) = out.iter_mut().find(|c| c.status == status) {
            c.recent = u64::try_from(n).unwrap_or_default();
        }
    }
    Ok(out)
}

/// One person's page (None: no such account). `viewer` is the admin reading it.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn person(
    state: &AppState,
    viewer: Uuid,
    id: Uuid,
) -> anyhow::Result<Option<PersonView>> {
    let Some(u) = user::Entity::find_by_id(id).one(&state.db).await? else {
        return Ok(None);
    };
    let db = &state.db;
    let ledger = credit_entry::Entity::find()
        .filter(credit_entry::Column::UserId.eq(id))
        .order_by_desc(credit_entry::Column::CreatedAt)
        .order_by_desc(credit_entry::Column::Id)
        .limit(LEDGER_ROWS)
        .all(db)
        .await?
        .into_iter()
        .map(|e| LedgerRow {
            kind: e.kind,
            delta: e.delta,
            at: rfc3339(e.created_at),
            reference: e.reference,
        })
        .collect();
    let sessions = sessions::list(state, id)
        .await?
        .into_iter()
        .map(|s| SessionRow {
            id: s.id.to_string(),
            device: s.device,
            started: rfc3339(s.created_at),
            last_seen: rfc3339(s.last_seen_at),
        })
        .collect();
    let payments = if state.config.billing.enabled() {
        Some(
            payment::Entity::find()
                .filter(payment::Column::UserId.eq(id))
                .order_by_desc(payment::Column::PaidAt)
                .limit(50)
                .all(db)
                .await?
                .into_iter()
                .map(crate::billing::records::view)
                .collect(),
        )
    } else {
        None
    };
    let support = support_message::Entity::find()
        .filter(
            Condition::any()
                .add(support_message::Column::UserId.eq(id))
                .add(support_message::Column::Email.eq(u.email.clone())),
        )
        .order_by_desc(support_message::Column::CreatedAt)
        .limit(50)
        .all(db)
        .await?
        .into_iter()
        .map(|m| SupportRow {
            id: m.id.to_string(),
            topic: m.topic,
            at: rfc3339(m.created_at),
            closed: m.closed_at.is_some(),
        })
        .collect();
    Ok(Some(PersonView {
        id: u.id.to_string(),
        verified: u.email_verified_at.is_some(),
        joined: rfc3339(u.created_at),
        password: u.password_hash.is_some(),
        google: u.google_sub.is_some(),
        passkeys: accounts::mfa::passkey::count(state, id).await?,
        two_step: accounts::mfa::enrolled(state, id).await?,
        admin: is_admin(&u),
        suspended_at: u.suspended_at.map(rfc3339),
        suspension_reason: u.suspension_reason.clone(),
        erasure_due: crate::privacy::erasure::pending(state, id)
            .await?
            .map(rfc3339),
        credits: credits::balance(db, id).await?,
        ledger,
        sessions,
        generations: generation_counts(state, id).await?,
        payments,
        support,
        reports: crate::reports::about_owner(state, id)
            .await
            .map_err(|e| anyhow::anyhow!("reports about the person's shares: {e}"))?,
        own: viewer == id,
        form_key: state.ids.new_id().to_string(),
        name: u.name,
        email: u.email,
        language: u.language,
    }))
}

// ─── Actions ───

/// What an adjustment came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjusted {
    /// Recorded; the balance afterwards.
    Done(i64),
    /// This form was submitted before: nothing changed.
    Already,
}

/// Adds (`add`) or removes credits: one ledger row, with [`ADJUST_REFERENCE`]; `key` (the
/// form's) makes a resubmitted form count once. Removing more than the balance changes nothing.
///
/// # Errors
/// Fields to correct, `NotFound`, or a database error.
#[tracing::instrument(skip_all)]
pub async fn adjust_credits(
    state: &AppState,
    c: &Confirmed<'_>,
    direction: &str,
    amount: &str,
    key: &str,
) -> Result<Adjusted, PeopleError> {
    let mut errors = FieldErrors::new();
    let entry = match direction {
        "add" => Some(Entry::Adjust),
        "remove" => Some(Entry::AdjustDown),
        _ => {
            errors.push((
                fields::DIRECTION,
                Message::new("admin-people-error-direction"),
            ));
            None
        }
    };
    let amount = match amount.trim().replace([',', '_', ' '], "").parse::<i64>() {
        Ok(n) if (1..=ADJUST_MAX).contains(&n) => Some(n),
        _ => {
            errors.push((
                fields::AMOUNT,
                Message::new("admin-people-error-amount").arg("max", ADJUST_MAX),
            ));
            None
        }
    };
    c.check(errors)?;
    let (Some(entry), Some(amount)) = (entry, amount) else {
        return Err(PeopleError::Invalid(Vec::new()));
    };
    account(state, c.account).await?;
    let key = key
        .trim()
        .parse::<Uuid>()
        .unwrap_or_else(|_| state.ids.new_id());
    let applied = credits::apply(
        &state.db,
        state.ids.new_id(),
        state.clock.now(),
        Operation {
            user_id: c.account,
            entry,
            amount,
            key: &format!("admin-adjust:{key}"),
            reference: Some(ADJUST_REFERENCE),
        },
    )
    .await;
    match applied {
        Ok(Applied::Done(balance)) => Ok(Adjusted::Done(balance)),
        Ok(Applied::AlreadyRecorded) => Ok(Adjusted::Already),
        Err(CreditError::Insufficient { balance, .. }) => Err(PeopleError::Invalid(vec![(
            fields::AMOUNT,
            Message::new("admin-people-error-more-than-balance").arg("balance", balance),
        )])),
        Err(CreditError::InvalidAmount) => Err(PeopleError::Invalid(vec![(
            fields::AMOUNT,
            Message::new("admin-people-error-amount").arg("max", ADJUST_MAX),
        )])),
        Err(CreditError::Db(e)) => Err(e.into()),
    }
}

/// Suspends (`on`) or lifts the suspension of an account: not the admin's own, not an admin's.
///
/// # Errors
/// Fields to correct, `NotFound`, `Refused`, or a database error.
#[tracing::instrument(skip_all)]
pub async fn suspend(
    state: &AppState,
    c: &Confirmed<'_>,
    on: bool,
) -> Result<Suspension, PeopleError> {
    let reason = c.check(FieldErrors::new())?;
    c.not_yourself()?;
    let done = if on {
        suspension::suspend(state, c.account, &reason).await?
    } else {
        suspension::unsuspend(state, c.account).await?
    };
    match done {
        Suspension::NotFound => Err(PeopleError::NotFound),
        Suspension::AdminAccount => Err(PeopleError::Refused(Message::new(
            "admin-people-error-admin-account",
        ))),
        other => Ok(other),
    }
}

/// What a role change came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleChange {
    /// Done now.
    Done,
    /// The account already had that role.
    Already,
}

/// Makes an account admin (`admin`) or takes the role back: not the admin's own; a suspended or
/// unconfirmed account is not made admin; the last admin keeps the role.
///
/// # Errors
/// Fields to correct, `NotFound`, `Refused`, or a database error.
#[tracing::instrument(skip_all)]
pub async fn set_role(
    state: &AppState,
    c: &Confirmed<'_>,
    admin: bool,
) -> Result<RoleChange, PeopleError> {
    c.check(FieldErrors::new())?;
    c.not_yourself()?;
    let u = account(state, c.account).await?;
    if is_admin(&u) == admin {
        return Ok(RoleChange::Already);
    }
    let now = state.clock.now();
    if admin {
        if u.suspended_at.is_some() {
            return Err(PeopleError::Refused(Message::new(
                "admin-people-error-suspended-admin",
            )));
        }
        if u.email_verified_at.is_none() {
            return Err(PeopleError::Refused(Message::new(
                "admin-people-error-unverified-admin",
            )));
        }
        let changed = user::Entity::update_many()
            .col_expr(user::Column::Role, Expr::value(Role::Admin.code()))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(c.account))
            .filter(user::Column::SuspendedAt.is_null())
            .exec(&state.db)
            .await?
            .rows_affected;
        return Ok(if changed == 1 {
            RoleChange::Done
        } else {
            RoleChange::Already
        });
    }
    // The role goes and the admins left are counted in one transaction, their rows locked on
    // PostgreSQL: two admins taking each other's role at once cannot leave none.
    let txn = state.db.begin().await?;
    let mut active = u.into_active_model();
    active.role = Set(Role::User.code().to_owned());
    active.updated_at = Set(now);
    active.update(&txn).await?;
    let left = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin.code()))
        .lock_exclusive()
        .all(&txn)
        .await?
        .len();
    if left == 0 {
        txn.rollback().await?;
        return Err(PeopleError::Refused(Message::new(
            "admin-people-error-last-admin",
        )));
    }
    txn.commit().await?;
    Ok(RoleChange::Done)
}

/// Ends one session of the account (`session`) or every one; returns how many ended.
///
/// # Errors
/// Fields to correct, `NotFound` (also for a session that is not the account's), or a database
/// error.
#[tracing::instrument(skip_all)]
pub async fn end_sessions(
    state: &AppState,
    c: &Confirmed<'_>,
    session: Option<Uuid>,
) -> Result<u64, PeopleError> {
    c.check(FieldErrors::new())?;
    account(state, c.account).await?;
    match session {
        Some(s) => {
            if sessions::end(state, c.account, s).await? {
                Ok(1)
            } else {
                Err(PeopleError::NotFound)
            }
        }
        None => Ok(sessions::end_all(state, c.account, None).await?),
    }
}

/// Deletes an account at once, with everything in it (the same purge as a person's own
/// deletion), after its address was typed: not the admin's own, not an admin's.
///
/// # Errors
/// Fields to correct, `NotFound`, `Refused`, or a database or storage error.
#[tracing::instrument(skip_all)]
pub async fn delete(state: &AppState, c: &Confirmed<'_>, typed: &str) -> Result<(), PeopleError> {
    let u = account(state, c.account).await?;
    let mut errors = FieldErrors::new();
    if typed.trim().to_lowercase() != u.email {
        errors.push((
            fields::EMAIL,
            Message::new("admin-people-error-email-mismatch"),
        ));
    }
    c.check(errors)?;
    c.not_yourself()?;
    if is_admin(&u) {
        return Err(PeopleError::Refused(Message::new(
            "admin-people-error-admin-account",
        )));
    }
    crate::privacy::erasure::delete_now(state, u.id).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_read_back_exactly() {
        let at = DateTime::parse_from_rfc3339("2026-12-09T10:11:12.123456789Z")
            .unwrap()
            .with_timezone(&Utc);
        let id = Uuid::now_v7();
        let raw = format!("{}_{id}", at.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        assert_eq!(parse_cursor(&raw), Some((at, id)));
        assert_eq!(parse_cursor("nonsense"), None);
        assert_eq!(parse_cursor("2026-12-09T10:11:12Z_nope"), None);
    }

    #[test]
    fn search_text_is_never_a_pattern() {
        assert_eq!(contains_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}
