//! TEMPORARY STUB (not committed)
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use std::time::Duration;
use uuid::Uuid;
pub struct NewJob {
    pub kind: &'static str,
    pub payload: serde_json::Value,
    pub user_id: Option<Uuid>,
    pub max_attempts: u32,
    pub run_at: DateTime<Utc>,
}
pub async fn enqueue(_db: &impl ConnectionTrait, _id: Uuid, _job: NewJob) -> Result<(), DbErr> {
    Ok(())
}
pub struct JobContext {
    pub id: Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub user_id: Option<Uuid>,
    pub attempt: u32,
    pub max_attempts: u32,
}
pub enum Retry {
    Later(Option<Duration>),
    Never,
}
pub struct JobError {
    pub class: String,
    pub retry: Retry,
}
impl JobError {
    pub fn retry(c: &str, d: Option<Duration>) -> Self {
        Self {
            class: c.into(),
            retry: Retry::Later(d),
        }
    }
    pub fn never(c: &str) -> Self {
        Self {
            class: c.into(),
            retry: Retry::Never,
        }
    }
}
#[async_trait::async_trait]
pub trait Handler: Send + Sync {
    fn kind(&self) -> &'static str;
    async fn run(&self, job: &JobContext) -> Result<(), JobError>;
    async fn give_up(&self, job: &JobContext, class: &str) -> anyhow::Result<()>;
}
#[derive(Clone, Default)]
pub struct Queue;
impl Queue {
    pub fn notify(&self) {}
}
