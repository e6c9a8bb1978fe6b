//! Rate limits on the account routes, per client address and per account: a token bucket
//! (GCRA) that refills steadily, so a limited caller waits and is never locked out.
//!
//! Clients are keyed by [`super::Client::rate_key`] (an IPv6 client by its /64, since one
//! subscriber usually holds a whole /64). Password attempts on one account are limited per
//! account *and client*, so that somebody else's attempts cannot keep the owner out, under a
//! much higher ceiling per account that bounds a guessing attack spread over many addresses.

use std::sync::Arc;
use std::time::Duration;

use crate::ratelimit::{Limiter, Quota, Store};

/// What a limit protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Password sign-in.
    SignIn,
    /// Creating an account.
    SignUp,
    /// Sending a sign-in, reset or verification link.
    EmailLink,
}

/// The account routes' limiters, decided in the [`Store`] (shared by every process on
/// PostgreSQL).
#[derive(Clone)]
pub struct Limits {
    store: Store,
    all: Arc<All>,
}

struct All {
    sign_in_ip: Limiter,
    sign_in_account_client: Limiter,
    sign_in_account: Limiter,
    sign_up_ip: Limiter,
    email_ip: Limiter,
    email_account: Limiter,
    /// Avatar changes per account (each decodes an image): [`AVATAR_CHANGES_PER_HOUR`].
    avatar_account: Limiter,
    /// Checkout and portal sessions per account (each is a call to Stripe):
    /// [`BILLING_SESSIONS_BURST`].
    billing_account: Limiter,
    /// Reports of shared images per client: [`REPORTS_PER_HOUR`].
    report_client: Limiter,
}

/// Reports of shared images one client may send: 5, then one every 12 minutes (5 an hour).
pub const REPORTS_PER_HOUR: u32 = 5;

/// Checkout or portal sessions one account may start: 10, then one every 30 seconds (Stripe's
/// API has a global rate limit; one account must not use it up).
pub const BILLING_SESSIONS_BURST: u32 = 10;

/// Avatar uploads one account may make: 10, then one every 6 minutes (10 an hour).
pub const AVATAR_CHANGES_PER_HOUR: u32 = 10;

impl Limits {
    /// Limits scaled by `per_minute`, the sign-in attempts one address may make in a minute
    /// (`OBSCURA_AUTH_RATE_PER_MINUTE`, default 10), decided in `store`:
    /// - sign-in: `per_minute` a minute per client; `per_minute / 2` (at least 5) then one every
    ///   30 s per account and client; per account, whatever the client, 100 then
    ///   `6 × per_minute` a minute;
    /// - sign-up: `per_minute` per address, then one every 3 minutes; per email address as for
    ///   emailed links (a sign-up sends one);
    /// - emailed links: `per_minute / 2` a minute per address; 5 then one every 5 minutes per
    ///   address asked for.
    #[must_use]
    pub fn new(per_minute: u32, store: Store) -> Self {
        let per_minute = per_minute.max(1);
        let q = Quota::new;
        Self {
            store,
            all: Arc::new(All {
                sign_in_ip: Limiter::new(
                    "sign_in_ip",
                    q(per_minute, Duration::from_secs(60) / per_minute),
                ),
                sign_in_account_client: Limiter::new(
                    "sign_in_account_client",
                    q((per_minute / 2).max(5), Duration::from_secs(30)),
                ),
                sign_in_account: Limiter::new(
                    "sign_in_account",
                    q(100, Duration::from_secs(60) / per_minute.saturating_mul(6)),
                ),
                sign_up_ip: Limiter::new("sign_up_ip", q(per_minute, Duration::from_secs(180))),
                email_ip: Limiter::new(
                    "email_ip",
                    q(
                        (per_minute / 2).max(1),
                        Duration::from_secs(120) / per_minute,
                    ),
                ),
                email_account: Limiter::new("email_account", q(5, Duration::from_secs(300))),
                avatar_account: Limiter::new(
                    "avatar_account",
                    q(
                        AVATAR_CHANGES_PER_HOUR,
                        Duration::from_secs(3600) / AVATAR_CHANGES_PER_HOUR,
                    ),
                ),
                billing_account: Limiter::new(
                    "billing_account",
                    q(BILLING_SESSIONS_BURST, Duration::from_secs(30)),
                ),
                report_client: Limiter::new(
                    "report_client",
                    q(
                        REPORTS_PER_HOUR,
                        Duration::from_secs(3600) / REPORTS_PER_HOUR,
                    ),
                ),
            }),
        }
    }

    /// Where the decisions are kept.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    async fn take(&self, limiter: &Limiter, key: &str) -> Result<(), Duration> {
        self.store.check(limiter, key).await.map(|_| ())
    }

    /// Takes one checkout or portal session for `account`. `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next session is allowed.
    pub async fn check_billing(&self, account: &str) -> Result<(), Duration> {
        self.take(&self.all.billing_account, account).await
    }

    /// Takes one report of a shared image for `client` (a [`super::Client::rate_key`]; no
    /// account is needed to report). `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next report is allowed.
    pub async fn check_report(&self, client: &str) -> Result<(), Duration> {
        self.take(&self.all.report_client, client).await
    }

    /// Takes one avatar upload for `account` (not scaled by the sign-in rate: it bounds image
    /// decoding, not guessing). `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next upload is allowed.
    pub async fn check_avatar(&self, account: &str) -> Result<(), Duration> {
        self.take(&self.all.avatar_account, account).await
    }

    /// Takes one attempt for `client` (a [`super::Client::rate_key`]) and `account`, when given.
    /// `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next attempt is allowed.
    pub async fn check(
        &self,
        action: Action,
        client: &str,
        account: Option<&str>,
    ) -> Result<(), Duration> {
        let l = &self.all;
        match action {
            Action::SignIn => {
                self.take(&l.sign_in_ip, client).await?;
                if let Some(account) = account {
                    self.take(&l.sign_in_account_client, &format!("{account}\n{client}"))
                        .await?;
                    self.take(&l.sign_in_account, account).await?;
                }
            }
            Action::SignUp | Action::EmailLink => {
                let by_client = if action == Action::SignUp {
                    &l.sign_up_ip
                } else {
                    &l.email_ip
                };
                self.take(by_client, client).await?;
                if let Some(account) = account {
                    self.take(&l.email_account, account).await?;
                }
            }
        }
        Ok(())
    }

    /// Forgets this process's keys whose buckets are full again (call now and then to bound
    /// memory; the shared table is [`Store::sweep`]'s).
    pub fn forget_idle(&self) {
        let l = &self.all;
        for limiter in [
            &l.sign_in_ip,
            &l.sign_in_account_client,
            &l.sign_in_account,
            &l.sign_up_ip,
            &l.email_ip,
            &l.email_account,
            &l.avatar_account,
            &l.billing_account,
            &l.report_client,
        ] {
            limiter.forget_idle();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_eleventh_sign_in_in_a_minute_waits() {
        let l = Limits::new(10, Store::memory());
        for _ in 0..10 {
            assert!(l.check(Action::SignIn, "1.2.3.4", None).await.is_ok());
        }
        let wait = l.check(Action::SignIn, "1.2.3.4", None).await.unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(6),
            "{wait:?}"
        );
        // Another address is not affected.
        assert!(l.check(Action::SignIn, "5.6.7.8", None).await.is_ok());
    }

    #[tokio::test]
    async fn the_eleventh_avatar_in_an_hour_waits_six_minutes_at_most() {
        let l = Limits::new(10, Store::memory());
        for _ in 0..AVATAR_CHANGES_PER_HOUR {
            assert!(l.check_avatar("acct-1").await.is_ok());
        }
        let wait = l.check_avatar("acct-1").await.unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(360),
            "{wait:?}"
        );
        assert!(l.check_avatar("acct-2").await.is_ok());
    }

    #[tokio::test]
    async fn another_clients_attempts_do_not_lock_the_owner_out() {
        let l = Limits::new(10, Store::memory());
        // Someone else keeps guessing from one place…
        for _ in 0..5 {
            assert!(
                l.check(Action::SignIn, "198.51.100.7", Some("a@x"))
                    .await
                    .is_ok()
            );
        }
        assert!(
            l.check(Action::SignIn, "198.51.100.7", Some("a@x"))
                .await
                .is_err()
        );
        // …and the owner, elsewhere, still signs in.
        assert!(
            l.check(Action::SignIn, "203.0.113.9", Some("a@x"))
                .await
                .is_ok()
        );
    }

    #[tokio::test]
    async fn an_account_has_a_ceiling_across_clients() {
        let l = Limits::new(1000, Store::memory());
        let mut refused = 0;
        for i in 0..200 {
            if l.check(
                Action::SignIn,
                &format!("10.0.{}.{}", i / 250, i % 250),
                Some("a@x"),
            )
            .await
            .is_err()
            {
                refused += 1;
            }
        }
        // 100 at once, then a steady refill: the rest of a burst from 200 addresses waits.
        assert!(refused >= 90, "{refused}");
        assert!(
            l.check(Action::SignIn, "10.9.9.9", Some("b@x"))
                .await
                .is_ok()
        );
    }
}
