//! Identifier generation, injectable so tests can predict ids.

use std::sync::atomic::{AtomicU64, Ordering};

use uuid::Uuid;

/// A source of new identifiers.
pub trait IdGenerator: Send + Sync {
    /// A new, unique identifier.
    fn new_id(&self) -> Uuid;
}

/// Time-ordered UUIDv7s: unique, and index-friendly because they sort by creation time.
#[derive(Debug, Default, Clone, Copy)]
pub struct UuidV7;

impl IdGenerator for UuidV7 {
    fn new_id(&self) -> Uuid {
        Uuid::now_v7()
    }
}

/// Sequential ids `00000000-0000-0000-0000-000000000001`, …; for tests.
#[derive(Debug, Default)]
pub struct SequentialIds(AtomicU64);

impl IdGenerator for SequentialIds {
    fn new_id(&self) -> Uuid {
        let n = self.0.fetch_add(1, Ordering::Relaxed) + 1;
        Uuid::from_u128(u128::from(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_ids_count_up_and_v7_ids_are_unique() {
        let seq = SequentialIds::default();
        assert_eq!(seq.new_id(), Uuid::from_u128(1));
        assert_eq!(seq.new_id(), Uuid::from_u128(2));
        let a = UuidV7.new_id();
        let b = UuidV7.new_id();
        assert_ne!(a, b);
        assert_eq!(a.get_version_num(), 7);
    }
}
