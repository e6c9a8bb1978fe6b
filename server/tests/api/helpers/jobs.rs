//! Background jobs in tests: the test app runs no worker (see [`super::spawn_app_at`]), so a
//! test runs the due jobs itself, at the point it needs their outcome, and never waits on a
//! timer. Tests of the worker itself start one with `("WORKERS", "n")` or build their own queue
//! (`queue.rs`).

use std::time::Duration;

use obscura_server::db::entities::generation;
use sea_orm::EntityTrait;
use uuid::Uuid;

use super::TestApp;

impl TestApp {
    /// Runs every job that is due (generations, exports, policy notices, the retention run the
    /// server queued when it started), to completion, and those that become due meanwhile;
    /// returns how many runs were made. Jobs due later by the injected clock stay queued until
    /// the test moves the clock.
    pub async fn run_pending_jobs(&self) -> usize {
        obscura_server::startup::queue(&self.state)
            .run_pending()
            .await
            .expect("the job queue can be read")
    }
}

/// Runs the pending jobs and returns the generation's row, which must then be finished.
pub async fn finished(app: &TestApp, id: Uuid) -> generation::Model {
    if app.state.config.generation.workers > 0 {
        return finished_by_the_worker(app, id).await;
    }
    app.run_pending_jobs().await;
    let row = row(app, id).await;
    assert!(
        is_finished(&row),
        "generation {id} is {:?} after running the pending jobs",
        row.status
    );
    row
}

/// For an app that runs its own worker (a test of the worker): waits for the generation to
/// finish. This polls, as only the worker knows when it is done; a generation not finished
/// within 20 s fails the test.
async fn finished_by_the_worker(app: &TestApp, id: Uuid) -> generation::Model {
    for _ in 0..400 {
        let row = row(app, id).await;
        if is_finished(&row) {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("generation {id} did not finish");
}

/// The generation's stored row.
pub async fn row(app: &TestApp, id: Uuid) -> generation::Model {
    generation::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the generation exists")
}

fn is_finished(row: &generation::Model) -> bool {
    row.status == "succeeded" || row.status == "failed"
}
