//! One process-wide bound on image work: every decode, resize and encode of an untrusted image
//! (uploads, support attachments, avatars, provider originals) holds one of a few permits, one a
//! core, and runs on the blocking pool. A burst of uploads therefore costs at most
//! `permits × (the purpose's largest decode)` of memory, however many arrive at once.
//!
//! A request waits briefly for a permit and is then told to come back ([`WorkError::Busy`],
//! answered 503 with `Retry-After`) rather than queueing without bound; a background job waits
//! its turn.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use tokio::sync::Semaphore;

/// How long a request waits for a permit before it is answered "busy".
pub const REQUEST_WAIT: Duration = Duration::from_millis(500);

/// Seconds a client is asked to wait (`Retry-After`) when image work is busy.
pub const BUSY_RETRY_AFTER_SECS: u64 = 2;

/// Why image work did not run.
#[derive(Debug, thiserror::Error)]
pub enum WorkError {
    /// Every permit stayed taken for the request's wait.
    #[error("image work is busy")]
    Busy,
    /// The blocking task panicked or the runtime is shutting down.
    #[error("image work stopped: {0}")]
    Stopped(String),
}

/// The permits of this process (cheap to clone).
#[derive(Clone)]
pub struct ImageWork {
    permits: Arc<Semaphore>,
    size: usize,
    wait: Duration,
    started: Arc<AtomicU64>,
}

impl std::fmt::Debug for ImageWork {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageWork")
            .field("permits", &self.size)
            .field("available", &self.permits.available_permits())
            .finish_non_exhaustive()
    }
}

impl ImageWork {
    /// `permits` pieces of work at once (at least one); requests wait at most `wait`.
    #[must_use]
    pub fn new(permits: usize, wait: Duration) -> Self {
        let size = permits.max(1);
        Self {
            permits: Arc::new(Semaphore::new(size)),
            size,
            wait,
            started: Arc::default(),
        }
    }

    /// One permit per core; requests wait [`REQUEST_WAIT`].
    #[must_use]
    pub fn for_this_machine() -> Self {
        Self::new(
            std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            REQUEST_WAIT,
        )
    }

    /// How many pieces of work may run at once.
    #[must_use]
    pub const fn permits(&self) -> usize {
        self.size
    }

    /// How many pieces of work have started in this process (a decode counter: tests use it to
    /// show that a refused request decoded nothing).
    #[must_use]
    pub fn started(&self) -> u64 {
        self.started.load(Ordering::Relaxed)
    }

    /// Runs `work` on the blocking pool under a permit, for a request: waits at most the
    /// configured wait for one.
    ///
    /// # Errors
    /// [`WorkError::Busy`] when no permit came free in time; [`WorkError::Stopped`] if the task
    /// panicked.
    pub async fn for_request<T, F>(&self, work: F) -> Result<T, WorkError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.permits).acquire_owned())
            .await
            .map_err(|_| WorkError::Busy)?
            .map_err(|e| WorkError::Stopped(e.to_string()))?;
        self.spawn(permit, work).await
    }

    /// Runs `work` on the blocking pool under a permit, for a background job: waits its turn.
    ///
    /// # Errors
    /// [`WorkError::Stopped`] if the task panicked.
    pub async fn for_job<T, F>(&self, work: F) -> Result<T, WorkError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| WorkError::Stopped(e.to_string()))?;
        self.spawn(permit, work).await
    }

    async fn spawn<T, F>(
        &self,
        permit: tokio::sync::OwnedSemaphorePermit,
        work: F,
    ) -> Result<T, WorkError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.started.fetch_add(1, Ordering::Relaxed);
        // The permit moves into the task: it is released when the work ends, even if the
        // request that asked for it is dropped meanwhile (a client hanging up frees no memory).
        tokio::task::spawn_blocking(move || {
            let out = work();
            drop(permit);
            out
        })
        .await
        .map_err(|e| WorkError::Stopped(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_request_finding_every_permit_taken_is_told_busy_and_a_job_waits() {
        let work = ImageWork::new(1, Duration::from_millis(50));
        let (started_tx, started_rx) = tokio::sync::oneshot::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let holder = {
            let work = work.clone();
            tokio::spawn(async move {
                work.for_job(move || {
                    let _ = started_tx.send(());
                    let _ = release_rx.recv();
                    1
                })
                .await
            })
        };
        started_rx.await.unwrap();
        assert!(matches!(work.for_request(|| 2).await, Err(WorkError::Busy)));
        let waiting = {
            let work = work.clone();
            tokio::spawn(async move { work.for_job(|| 3).await })
        };
        release_tx.send(()).unwrap();
        assert_eq!(holder.await.unwrap().unwrap(), 1);
        assert_eq!(waiting.await.unwrap().unwrap(), 3);
        assert_eq!(work.for_request(|| 4).await.unwrap(), 4);
        // The refused request never started.
        assert_eq!(work.started(), 3);
    }
}
