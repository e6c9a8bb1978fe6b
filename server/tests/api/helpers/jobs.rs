//! Background jobs: waiting for a generation to finish.

use std::time::Duration;

use obscura_server::db::entities::generation;
use sea_orm::EntityTrait;
use uuid::Uuid;

use super::TestApp;

/// Waits until the generation is finished; returns its row.
pub async fn finished(app: &TestApp, id: Uuid) -> generation::Model {
    for _ in 0..400 {
        let row = generation::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        if row.status == "succeeded" || row.status == "failed" {
            return row;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("generation {id} did not finish");
}
