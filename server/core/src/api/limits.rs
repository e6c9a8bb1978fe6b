//! Request rates of the public API: per key (`OBSCURA_API_RATE_PER_MINUTE`) and per account
//! with all its keys (`OBSCURA_API_ACCOUNT_RATE_PER_MINUTE`), each a burst of that many refilled
//! evenly over the minute, decided in the [`Store`] (shared by every process on PostgreSQL, like
//! the sign-in limits).

use std::{sync::Arc, time::Duration};

use super::Caller;
use crate::ratelimit::{Limiter, Quota, Store};

/// The API's limiters.
#[derive(Clone)]
pub struct ApiLimits {
    store: Store,
    key: Arc<Limiter>,
    account: Arc<Limiter>,
    per_key: u32,
}

impl std::fmt::Debug for ApiLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiLimits")
            .field("per_key", &self.per_key)
            .finish_non_exhaustive()
    }
}

/// A request within its limits: what is left of the key's minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowed {
    /// Requests per minute for the key.
    pub limit: u32,
    /// Left now.
    pub remaining: u32,
}

/// A request over a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// Requests per minute of the limit passed.
    pub limit: u32,
    /// Until one more is allowed.
    pub retry_after: Duration,
    /// Whether the account's limit (all keys) was passed, not the key's.
    pub account: bool,
}

impl ApiLimits {
    /// From the configuration's two rates, decided in `store`.
    #[must_use]
    pub fn new(per_key: u32, per_account: u32, store: Store) -> Self {
        Self {
            store,
            key: Arc::new(Limiter::new("api_key", Quota::per_minute(per_key))),
            account: Arc::new(Limiter::new("api_account", Quota::per_minute(per_account))),
            per_key,
        }
    }

    /// Takes one request for `caller`.
    ///
    /// # Errors
    /// [`Refused`] when the key's or the account's limit is passed.
    pub async fn check(&self, caller: &Caller) -> Result<Allowed, Refused> {
        if let Err(wait) = self
            .store
            .check(&self.account, &caller.user_id.to_string())
            .await
        {
            return Err(Refused {
                limit: self.account.quota().burst(),
                retry_after: wait,
                account: true,
            });
        }
        match self
            .store
            .check(&self.key, &caller.key_id.to_string())
            .await
        {
            Ok(remaining) => Ok(Allowed {
                limit: self.per_key,
                remaining,
            }),
            Err(wait) => Err(Refused {
                limit: self.per_key,
                retry_after: wait,
                account: false,
            }),
        }
    }

    /// Forgets this process's keys whose buckets are full again (bounds memory).
    pub fn forget_idle(&self) {
        self.key.forget_idle();
        self.account.forget_idle();
    }
}
