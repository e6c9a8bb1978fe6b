//! Request rates of the public API: per key (`OBSCURA_API_RATE_PER_MINUTE`) and per account
//! with all its keys (`OBSCURA_API_ACCOUNT_RATE_PER_MINUTE`), each a burst of that many refilled
//! evenly over the minute. In memory, per process (like the sign-in limits).

use std::{num::NonZeroU32, sync::Arc, time::Duration};

use governor::{
    Quota, RateLimiter, clock::Clock as _, clock::DefaultClock,
    middleware::StateInformationMiddleware, state::keyed::DefaultKeyedStateStore,
};
use uuid::Uuid;

use super::Caller;

type Keyed =
    RateLimiter<Uuid, DefaultKeyedStateStore<Uuid>, DefaultClock, StateInformationMiddleware>;

/// The API's limiters.
#[derive(Clone)]
pub struct ApiLimits {
    key: Arc<Keyed>,
    account: Arc<Keyed>,
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

fn keyed(per_minute: u32) -> Arc<Keyed> {
    let burst = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    Arc::new(
        RateLimiter::keyed(Quota::per_minute(burst))
            .with_middleware::<StateInformationMiddleware>(),
    )
}

impl ApiLimits {
    /// From the configuration's two rates.
    #[must_use]
    pub fn new(per_key: u32, per_account: u32) -> Self {
        Self {
            key: keyed(per_key),
            account: keyed(per_account),
            per_key,
        }
    }

    /// Takes one request for `caller`.
    ///
    /// # Errors
    /// [`Refused`] when the key's or the account's limit is passed.
    pub fn check(&self, caller: &Caller) -> Result<Allowed, Refused> {
        let now = DefaultClock::default().now();
        if let Err(n) = self.account.check_key(&caller.user_id) {
            crate::metrics::limiter_refused("api_account");
            return Err(Refused {
                limit: n.quota().burst_size().get(),
                retry_after: n.wait_time_from(now),
                account: true,
            });
        }
        match self.key.check_key(&caller.key_id) {
            Ok(snapshot) => Ok(Allowed {
                limit: self.per_key,
                remaining: snapshot.remaining_burst_capacity(),
            }),
            Err(n) => {
                crate::metrics::limiter_refused("api_key");
                Err(Refused {
                    limit: self.per_key,
                    retry_after: n.wait_time_from(now),
                    account: false,
                })
            }
        }
    }
}
