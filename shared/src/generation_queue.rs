//! A generation on the job queue: the steps its provider reports while it runs, the cancel
//! form's field, and what a cancellation did.

use serde::{Deserialize, Serialize};

/// Steps done of steps in all, as the provider last reported them (e.g. sampling steps).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Steps {
    /// Steps finished.
    pub done: u32,
    /// Steps in all (at least 1).
    pub total: u32,
}

impl Steps {
    /// Steps from stored numbers: `None` when the total is not known (0 or less).
    #[must_use]
    pub fn from_stored(done: i32, total: i32) -> Option<Self> {
        let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
        let done = u32::try_from(done).unwrap_or(0).min(total);
        Some(Self { done, total })
    }
}

/// Names of the cancel form's fields.
pub mod fields {
    /// The generation's id.
    pub const GENERATION: &str = "generation";
}

/// What a cancellation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cancelled {
    /// It was waiting: it is cancelled now and its credits are back.
    Now,
    /// It was running: its worker was asked to stop (within a few seconds).
    Requested,
    /// It had been cancelled before (asking again changes nothing).
    Already,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_need_a_total() {
        assert_eq!(Steps::from_stored(0, 0), None);
        assert_eq!(Steps::from_stored(3, -1), None);
        assert_eq!(
            Steps::from_stored(3, 20),
            Some(Steps { done: 3, total: 20 })
        );
        assert_eq!(Steps::from_stored(30, 20).map(|s| s.done), Some(20));
        assert_eq!(Steps::from_stored(-2, 20).map(|s| s.done), Some(0));
    }
}
