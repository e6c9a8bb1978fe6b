//! Credits: an append-only ledger with one row per cause (a unique idempotency key) and a
//! balance per account that one conditional update keeps in step, in the same transaction:
//! the balance is always the sum of the ledger's deltas and never below zero (a `CHECK` too).
//!
//! A generation reserves its cost when it is created, captures it when it succeeds and releases
//! it when it fails; grants, refunds and adjustments come from sign-up, support and payments;
//! claw-backs from refunded or disputed payments.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    TransactionSession, TransactionTrait,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use crate::db::entities::{credit_balance, credit_entry};

/// What a ledger row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Credits given (sign-up, purchase): `+amount`.
    Grant,
    /// Credits held for work that has not finished: `-amount`.
    Reserve,
    /// A reservation became a charge: no change to the balance.
    Capture,
    /// A reservation given back (the work failed or was cancelled): `+amount`.
    Release,
    /// A charge given back afterwards: `+amount`.
    Refund,
    /// A correction by the operator: `+amount` (use [`Entry::AdjustDown`] to remove).
    Adjust,
    /// A correction by the operator: `-amount`.
    AdjustDown,
    /// Credits taken back because their payment was refunded or disputed: `-amount`.
    Clawback,
    /// A plan's unused credits removed when the next period is paid: `-amount`.
    Expire,
}

impl Entry {
    /// The stored name.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Grant => "grant",
            Self::Reserve => "reserve",
            Self::Capture => "capture",
            Self::Release => "release",
            Self::Refund => "refund",
            Self::Adjust | Self::AdjustDown => "adjust",
            Self::Clawback => "clawback",
            Self::Expire => "expire",
        }
    }

    /// The balance change for `amount`.
    #[must_use]
    pub const fn delta(self, amount: i64) -> i64 {
        match self {
            Self::Grant | Self::Release | Self::Refund | Self::Adjust => amount,
            Self::Reserve | Self::AdjustDown | Self::Clawback | Self::Expire => -amount,
            Self::Capture => 0,
        }
    }
}

/// Why a ledger operation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum CreditError {
    /// The balance does not cover the amount.
    #[error("insufficient credits: {balance} available, {needed} needed")]
    Insufficient {
        /// Available now.
        balance: i64,
        /// Asked for.
        needed: i64,
    },
    /// Amounts are positive.
    #[error("credit amounts must be positive")]
    InvalidAmount,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

/// The result of applying an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Recorded; the balance afterwards.
    Done(i64),
    /// This cause was recorded before: nothing changed.
    AlreadyRecorded,
}

/// One ledger operation.
#[derive(Debug, Clone)]
pub struct Operation<'a> {
    /// The account.
    pub user_id: Uuid,
    /// What happens.
    pub entry: Entry,
    /// Credits concerned (> 0).
    pub amount: i64,
    /// The cause, unique: e.g. `signup:<user>`, `reserve:<job>`.
    pub key: &'a str,
    /// What caused it, for people reading the ledger.
    pub reference: Option<&'a str>,
}

/// Applies one operation in one transaction: the ledger row (or nothing, when its key exists)
/// and the balance change, which fails rather than go below zero.
///
/// # Errors
/// `Insufficient` when a debit is not covered, `InvalidAmount`, or a database error.
pub async fn apply<C>(
    db: &C,
    id: Uuid,
    now: DateTime<Utc>,
    op: Operation<'_>,
) -> Result<Applied, CreditError>
where
    C: ConnectionTrait + TransactionTrait,
{
    if op.amount <= 0 {
        return Err(CreditError::InvalidAmount);
    }
    let delta = op.entry.delta(op.amount);
    let txn = db.begin().await?;
    // The balance row exists from the first operation on (a write first: SQLite takes its
    // write lock here, so the transaction never has to upgrade a read lock).
    credit_balance::Entity::insert(credit_balance::ActiveModel {
        user_id: Set(op.user_id),
        balance: Set(0),
        updated_at: Set(now),
    })
    .on_conflict_do_nothing_on([credit_balance::Column::UserId])
    .exec_without_returning(&txn)
    .await?;
    let row = credit_entry::ActiveModel {
        id: Set(id),
        user_id: Set(op.user_id),
        kind: Set(op.entry.code().to_owned()),
        delta: Set(delta),
        amount: Set(op.amount),
        idempotency_key: Set(op.key.to_owned()),
        reference: Set(op.reference.map(str::to_owned)),
        created_at: Set(now),
    };
    match row.insert(&txn).await {
        Ok(_) => {}
        Err(e) if crate::db::is_duplicate(&e) => {
            txn.rollback().await?;
            return Ok(Applied::AlreadyRecorded);
        }
        Err(e) => return Err(e.into()),
    }
    let mut update = credit_balance::Entity::update_many()
        .col_expr(
            credit_balance::Column::Balance,
            Expr::col(credit_balance::Column::Balance).add(delta),
        )
        .col_expr(credit_balance::Column::UpdatedAt, Expr::value(now))
        .filter(credit_balance::Column::UserId.eq(op.user_id));
    if delta < 0 {
        update = update.filter(credit_balance::Column::Balance.gte(-delta));
    }
    let changed = update.exec(&txn).await?.rows_affected;
    let balance = balance_in(&txn, op.user_id).await?;
    if changed != 1 {
        txn.rollback().await?;
        return Err(CreditError::Insufficient {
            balance,
            needed: op.amount,
        });
    }
    txn.commit().await?;
    Ok(Applied::Done(balance))
}

async fn balance_in<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<i64, sea_orm::DbErr> {
    Ok(credit_balance::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map_or(0, |b| b.balance))
}

/// The account's balance (0 before any operation).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn balance<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<i64, sea_orm::DbErr> {
    balance_in(db, user_id).await
}

/// The sum of the account's ledger deltas (equal to the balance; for checks and audits).
///
/// # Errors
/// Database errors.
pub async fn ledger_sum<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<i64, sea_orm::DbErr> {
    let deltas: Vec<i64> = credit_entry::Entity::find()
        .select_only()
        .column(credit_entry::Column::Delta)
        .filter(credit_entry::Column::UserId.eq(user_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(deltas.into_iter().sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_follow_the_entry() {
        assert_eq!(Entry::Grant.delta(5), 5);
        assert_eq!(Entry::Reserve.delta(5), -5);
        assert_eq!(Entry::Capture.delta(5), 0);
        assert_eq!(Entry::Release.delta(5), 5);
        assert_eq!(Entry::Refund.delta(5), 5);
        assert_eq!(Entry::AdjustDown.delta(5), -5);
        assert_eq!(Entry::Clawback.delta(5), -5);
        assert_eq!(Entry::Expire.delta(5), -5);
    }
}
