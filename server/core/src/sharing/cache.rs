//! Live shares kept in memory for a few seconds, so that a popular share page does not cost a
//! database query per view. Every change to a share (revoke, new expiry, image deleted, erasure)
//! clears the cache at once ([`crate::changes::announce`]); with PostgreSQL, where several processes may
//! serve, the change is also announced with `NOTIFY` and every process clears its cache when it
//! hears it ([`crate::changes::listen`]); a process that is not listening (not yet, or its
//! listening connection broke) keeps nothing. Expiry is checked on every hit against the share's
//! own end time.

use std::{
    collections::HashMap,
    sync::{
        Mutex, PoisonError,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};

use super::Live;

/// How long an entry is trusted.
const TTL: Duration = Duration::from_secs(5);
/// Entries at most (the cache empties itself beyond that).
const CAPACITY: usize = 10_000;

/// The cache (disabled unless built with [`LiveCache::enabled`]).
#[derive(Debug, Default)]
pub struct LiveCache {
    enabled: AtomicBool,
    entries: Mutex<HashMap<String, (Live, Instant)>>,
    /// Counts the clears: whatever was derived from a share (a rendered page) under an older
    /// revision is stale.
    revision: AtomicU64,
}

impl LiveCache {
    /// A working cache.
    #[must_use]
    pub fn enabled() -> Self {
        Self {
            enabled: AtomicBool::new(true),
            entries: Mutex::default(),
            revision: AtomicU64::new(0),
        }
    }

    /// Whether the cache works (what is derived from shares may be kept only then).
    #[must_use]
    pub fn is_enabled(&self) -> bool {
        self.enabled.load(Ordering::Acquire)
    }

    /// Turns the cache on or off (with PostgreSQL: on while this process hears every other
    /// process's changes, see [`crate::changes::listen`]); either way it starts empty.
    pub fn set_enabled(&self, on: bool) {
        self.clear();
        self.enabled.store(on, Ordering::Release);
        self.clear();
    }

    /// The current revision: it changes whenever the cache is cleared, that is after any change
    /// to a share, an image or an account that a share page shows.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision.load(Ordering::Acquire)
    }

    /// The cached live share `id`, if fresh and not expired at `now`.
    pub fn get(&self, id: &str, now: DateTime<Utc>) -> Option<Live> {
        if !self.is_enabled() {
            return None;
        }
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let (live, at) = entries.get(id)?;
        (at.elapsed() < TTL && live.expires_at.is_none_or(|end| end > now)).then(|| live.clone())
    }

    /// Remembers a live share read from the database at `revision` (see [`Self::revision`]):
    /// if the cache was cleared since, the share may have changed after it was read, and it is
    /// not kept.
    pub fn put(&self, live: &Live, revision: u64) {
        if !self.is_enabled() {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if self.revision() != revision {
            return;
        }
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        entries.insert(live.id.clone(), (live.clone(), Instant::now()));
    }

    /// Forgets everything (after any change to shares or images).
    pub fn clear(&self) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.clear();
        self.revision.fetch_add(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(expires_at: Option<DateTime<Utc>>) -> Live {
        Live {
            id: "AAAAAAAAAAAAAAAAAAAAAA".into(),
            show_prompt: false,
            show_name: false,
            image_id: uuid::Uuid::nil(),
            preview_key: "k".into(),
            preview_width: 1,
            preview_height: 1,
            prompt: String::new(),
            owner_name: String::new(),
            expires_at,
        }
    }

    #[test]
    fn hits_respect_the_share_end_and_clear_empties() {
        let now = Utc::now();
        let cache = LiveCache::enabled();
        let end = now + chrono::Duration::minutes(1);
        cache.put(&live(Some(end)), cache.revision());
        assert!(cache.get("AAAAAAAAAAAAAAAAAAAAAA", now).is_some());
        assert!(
            cache
                .get("AAAAAAAAAAAAAAAAAAAAAA", end + chrono::Duration::seconds(1))
                .is_none(),
            "an ended share is never served from the cache"
        );
        cache.clear();
        assert!(cache.get("AAAAAAAAAAAAAAAAAAAAAA", now).is_none());
        let off = LiveCache::default();
        off.put(&live(None), off.revision());
        assert!(off.get("AAAAAAAAAAAAAAAAAAAAAA", now).is_none(), "disabled");
        off.set_enabled(true);
        off.put(&live(None), off.revision());
        assert!(
            off.get("AAAAAAAAAAAAAAAAAAAAAA", now).is_some(),
            "turned on"
        );
        off.set_enabled(false);
        assert!(
            off.get("AAAAAAAAAAAAAAAAAAAAAA", now).is_none(),
            "turned off: empty"
        );
    }

    #[test]
    fn a_share_read_before_a_change_is_not_kept() {
        let cache = LiveCache::enabled();
        let read_at = cache.revision();
        cache.clear();
        cache.put(&live(None), read_at);
        assert!(cache.get("AAAAAAAAAAAAAAAAAAAAAA", Utc::now()).is_none());
    }
}
