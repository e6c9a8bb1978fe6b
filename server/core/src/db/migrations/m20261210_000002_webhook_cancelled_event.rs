//! The `generation.cancelled` webhook event: a cancellation is its own event, no longer told as
//! `generation.failed`. An endpoint stores the events it chose (`api_webhooks.events`, the codes
//! comma-separated in the list's order); one that chose every ending there was
//! (`generation.completed,generation.failed`) is told of cancellations too, so that whoever
//! waits for each generation to end still hears of every one. An endpoint that chose one event
//! keeps exactly that choice.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
enum ApiWebhooks {
    Table,
    Events,
}

const EVERY_ENDING_BEFORE: &str = "generation.completed,generation.failed";
const EVERY_ENDING: &str = "generation.completed,generation.failed,generation.cancelled";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute(
                &Query::update()
                    .table(ApiWebhooks::Table)
                    .value(ApiWebhooks::Events, EVERY_ENDING)
                    .and_where(Expr::col(ApiWebhooks::Events).eq(EVERY_ENDING_BEFORE))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
