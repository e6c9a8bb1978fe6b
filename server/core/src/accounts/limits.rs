//! Rate limits on the account routes, per client address and per account: a token bucket
//! (GCRA) that refills steadily, so a limited caller waits and is never locked out.
//!
//! Clients are keyed by [`super::Client::rate_key`] (an IPv6 client by its /64, since one
//! subscriber usually holds a whole /64). Password attempts on one account are limited per
//! account *and client*, so that somebody else's attempts cannot keep the owner out, under a
//! much higher ceiling per account that bounds a guessing attack spread over many addresses.

use std::{num::NonZeroU32, sync::Arc, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock as _};

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

/// The limiters of one server process.
#[derive(Clone)]
pub struct Limits {
    sign_in_ip: Arc<DefaultKeyedRateLimiter<String>>,
    sign_in_account_client: Arc<DefaultKeyedRateLimiter<String>>,
    sign_in_account: Arc<DefaultKeyedRateLimiter<String>>,
    sign_up_ip: Arc<DefaultKeyedRateLimiter<String>>,
    email_ip: Arc<DefaultKeyedRateLimiter<String>>,
    email_account: Arc<DefaultKeyedRateLimiter<String>>,
    /// Avatar changes per account (each decodes an image): [`AVATAR_CHANGES_PER_HOUR`].
    avatar_account: Arc<DefaultKeyedRateLimiter<String>>,
    /// Checkout and portal sessions per account (each is a call to Stripe):
    /// [`BILLING_SESSIONS_BURST`].
    billing_account: Arc<DefaultKeyedRateLimiter<String>>,
}

/// Checkout or portal sessions one account may start: 10, then one every 30 seconds (Stripe's
/// API has a global rate limit; one account must not use it up).
pub const BILLING_SESSIONS_BURST: u32 = 10;

/// Avatar uploads one account may make: 10, then one every 6 minutes (10 an hour).
pub const AVATAR_CHANGES_PER_HOUR: u32 = 10;

fn quota(burst: u32, every: Duration) -> Quota {
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(every)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
}

impl Limits {
    /// Limits scaled by `per_minute`, the sign-in attempts one address may make in a minute
    /// (`OBSCURA_AUTH_RATE_PER_MINUTE`, default 10):
    /// - sign-in: `per_minute` a minute per client; `per_minute / 2` (at least 5) then one every
    ///   30 s per account and client; per account, whatever the client, 100 then
    ///   `6 × per_minute` a minute;
    /// - sign-up: `per_minute` per address, then one every 3 minutes; per email address as for
    ///   emailed links (a sign-up sends one);
    /// - emailed links: `per_minute / 2` a minute per address; 5 then one every 5 minutes per
    ///   address asked for.
    #[must_use]
    pub fn new(per_minute: u32) -> Self {
        let per_minute = per_minute.max(1);
        let keyed = |q: Quota| Arc::new(RateLimiter::keyed(q));
        Self {
            sign_in_ip: keyed(quota(per_minute, Duration::from_secs(60) / per_minute)),
            sign_in_account_client: keyed(quota((per_minute / 2).max(5), Duration::from_secs(30))),
            sign_in_account: keyed(quota(
                100,
                Duration::from_secs(60) / per_minute.saturating_mul(6),
            )),
            sign_up_ip: keyed(quota(per_minute, Duration::from_secs(180))),
            email_ip: keyed(quota(
                (per_minute / 2).max(1),
                Duration::from_secs(120) / per_minute,
            )),
            email_account: keyed(quota(5, Duration::from_secs(300))),
            avatar_account: keyed(quota(
                AVATAR_CHANGES_PER_HOUR,
                Duration::from_secs(3600) / AVATAR_CHANGES_PER_HOUR,
            )),
            billing_account: keyed(quota(BILLING_SESSIONS_BURST, Duration::from_secs(30))),
        }
    }

    /// Takes one checkout or portal session for `account`. `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next session is allowed.
    pub fn check_billing(&self, account: &str) -> Result<(), Duration> {
        let now = governor::clock::DefaultClock::default().now();
        self.billing_account
            .check_key(&account.to_owned())
            .map_err(|n| {
                crate::metrics::limiter_refused("billing_account");
                n.wait_time_from(now)
            })
    }

    /// Takes one avatar upload for `account` (not scaled by the sign-in rate: it bounds image
    /// decoding, not guessing). `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next upload is allowed.
    pub fn check_avatar(&self, account: &str) -> Result<(), Duration> {
        let now = governor::clock::DefaultClock::default().now();
        self.avatar_account
            .check_key(&account.to_owned())
            .map_err(|n| {
                crate::metrics::limiter_refused("avatar_account");
                n.wait_time_from(now)
            })
    }

    /// Takes one attempt for `client` (a [`super::Client::rate_key`]) and `account`, when given.
    /// `Err` carries how long to wait.
    ///
    /// # Errors
    /// The wait until the next attempt is allowed.
    pub fn check(
        &self,
        action: Action,
        client: &str,
        account: Option<&str>,
    ) -> Result<(), Duration> {
        let now = governor::clock::DefaultClock::default().now();
        // Each refusal is counted under the limiter's fixed name, never its key.
        let take = |limiter: &DefaultKeyedRateLimiter<String>, name: &'static str, key: String| {
            limiter.check_key(&key).map_err(|n| {
                crate::metrics::limiter_refused(name);
                n.wait_time_from(now)
            })
        };
        match action {
            Action::SignIn => {
                take(&self.sign_in_ip, "sign_in_client", client.to_owned())?;
                if let Some(account) = account {
                    take(
                        &self.sign_in_account_client,
                        "sign_in_account_client",
                        format!("{account}\n{client}"),
                    )?;
                    take(&self.sign_in_account, "sign_in_account", account.to_owned())?;
                }
            }
            Action::SignUp | Action::EmailLink => {
                let (by_client, name) = if action == Action::SignUp {
                    (&self.sign_up_ip, "sign_up_client")
                } else {
                    (&self.email_ip, "email_link_client")
                };
                take(by_client, name, client.to_owned())?;
                if let Some(account) = account {
                    take(
                        &self.email_account,
                        "email_link_account",
                        account.to_owned(),
                    )?;
                }
            }
        }
        Ok(())
    }

    /// Forgets keys whose buckets are full again (call now and then to bound memory).
    pub fn forget_idle(&self) {
        for l in [
            &self.sign_in_ip,
            &self.sign_in_account_client,
            &self.sign_in_account,
            &self.sign_up_ip,
            &self.email_ip,
            &self.email_account,
            &self.avatar_account,
        ] {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eleventh_sign_in_in_a_minute_waits() {
        let l = Limits::new(10);
        for _ in 0..10 {
            assert!(l.check(Action::SignIn, "1.2.3.4", None).is_ok());
        }
        let wait = l.check(Action::SignIn, "1.2.3.4", None).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(6),
            "{wait:?}"
        );
        // Another address is not affected.
        assert!(l.check(Action::SignIn, "5.6.7.8", None).is_ok());
    }

    #[test]
    fn the_eleventh_avatar_in_an_hour_waits_six_minutes_at_most() {
        let l = Limits::new(10);
        for _ in 0..AVATAR_CHANGES_PER_HOUR {
            assert!(l.check_avatar("acct-1").is_ok());
        }
        let wait = l.check_avatar("acct-1").unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(360),
            "{wait:?}"
        );
        assert!(l.check_avatar("acct-2").is_ok());
    }

    #[test]
    fn another_clients_attempts_do_not_lock_the_owner_out() {
        let l = Limits::new(10);
        // Someone else keeps guessing from one place…
        for _ in 0..5 {
            assert!(l.check(Action::SignIn, "198.51.100.7", Some("a@x")).is_ok());
        }
        assert!(
            l.check(Action::SignIn, "198.51.100.7", Some("a@x"))
                .is_err()
        );
        // …and the owner, elsewhere, still signs in.
        assert!(l.check(Action::SignIn, "203.0.113.9", Some("a@x")).is_ok());
    }

    #[test]
    fn an_account_has_a_ceiling_across_clients() {
        let l = Limits::new(1000);
        let mut refused = 0;
        for i in 0..200 {
            if l.check(
                Action::SignIn,
                &format!("10.0.{}.{}", i / 250, i % 250),
                Some("a@x"),
            )
            .is_err()
            {
                refused += 1;
            }
        }
        // 100 at once, then a steady refill: the rest of a burst from 200 addresses waits.
        assert!(refused >= 90, "{refused}");
        assert!(l.check(Action::SignIn, "10.9.9.9", Some("b@x")).is_ok());
    }
}
