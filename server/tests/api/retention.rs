//! Media retention with an injected clock: past `OBSCURA_MEDIA_RETENTION_DAYS` a generation's
//! files (original, preview, thumbnail, reference) leave the object store and its rows and
//! shares go; younger ones stay. A run cut short is finished by the next.

use chrono::Duration;
use futures::TryStreamExt as _;
use object_store::{ObjectStore as _, path::Path};
use obscura_server::{
    accounts::Client,
    db::entities::{generation, job, share},
    generation::{ReferenceInput, request::Submitted},
    jobs::Job as _,
    privacy::retention,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use crate::helpers::browser::user_id;
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, spawn_app_with};

async fn make(app: &TestApp, user: Uuid, prompt: &str) -> Uuid {
    let input = Submitted {
        prompt: prompt.to_owned(),
        ..Default::default()
    };
    let png = crate::fakes::tiny_png(32, 32);
    let id = obscura_server::generation::create(
        &app.state,
        user,
        &input,
        ReferenceInput::Upload(png.into()),
        &Client::unknown(),
    )
    .await
    .unwrap();
    // This process runs no worker (WORKERS=0): the test drains the queue itself.
    app.run_pending_jobs().await;
    assert_eq!(finished(app, id).await.status, "succeeded");
    id
}

async fn waiting_purges(app: &TestApp) -> u64 {
    job::Entity::find()
        .filter(job::Column::Kind.eq(retention::Retention::KIND))
        .count(&app.db)
        .await
        .unwrap()
}

async fn objects(app: &TestApp, user: Uuid) -> usize {
    let listed: Vec<_> = app
        .state
        .storage
        .store
        .list(Some(&Path::from(format!("users/{user}"))))
        .try_collect()
        .await
        .unwrap();
    listed.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_past_its_retention_is_deleted_from_the_store() {
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            ("MEDIA_RETENTION_DAYS", "7"),
            ("WORKERS", "0"),
            (
                "MODELS",
                r#"[{id="tiny", provider="local", sizes=["64x64"]}]"#,
            ),
        ],
    )
    .await;
    let _b = crate::helpers::browser::verified_user(&app, "ada@example.com").await;
    let user = user_id(&app, "ada@example.com").await;
    let old_one = make(&app, user, "old harbour").await;
    let old_two = make(&app, user, "old lighthouse").await;
    let image = obscura_server::gallery::item(&app.state, user, {
        let g = obscura_server::generation::find(&app.state, user, old_one)
            .await
            .unwrap()
            .unwrap();
        g.images[0].id.parse().unwrap()
    })
    .await
    .unwrap()
    .unwrap();
    let shared = obscura_server::sharing::create(
        &app.state,
        user,
        obscura_server::sharing::NewShare {
            image: image.image.id.parse().unwrap(),
            show_prompt: false,
            show_name: false,
            expiry: obscura_shared::gallery::Expiry::Never,
        },
    )
    .await
    .unwrap();
    app.clock.advance(Duration::days(5));
    let young = make(&app, user, "young fox").await;
    assert_eq!(
        objects(&app, user).await,
        3 * 4,
        "3 generations × (3 files + reference)"
    );

    // Day 6: nothing is due. (The server scheduled a purge when it started; asking again while
    // one waits adds none.)
    retention::schedule(&app.state).await.unwrap();
    retention::schedule(&app.state).await.unwrap();
    assert_eq!(waiting_purges(&app).await, 1, "one waiting purge is enough");
    app.run_pending_jobs().await;
    assert_eq!(
        waiting_purges(&app).await,
        0,
        "a finished purge leaves no job behind"
    );
    assert_eq!(objects(&app, user).await, 12);

    // Day 8: the two old ones are due. A run cut short after one…
    app.clock.advance(Duration::days(3));
    assert_eq!(retention::purge_batch(&app.state, 1).await.unwrap(), 1);
    assert_eq!(objects(&app, user).await, 8);
    // … is finished by the next one, through the job.
    assert!(retention::schedule(&app.state).await.unwrap());
    app.run_pending_jobs().await;
    // promise: P-GEN-2 — originals, previews, thumbnails and references are gone from storage.
    assert_eq!(
        objects(&app, user).await,
        4,
        "only the young generation's files"
    );
    for id in [old_one, old_two] {
        assert!(
            generation::Entity::find_by_id(id)
                .one(&app.db)
                .await
                .unwrap()
                .is_none()
        );
    }
    assert!(
        generation::Entity::find_by_id(young)
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(share::Entity::find().count(&app.db).await.unwrap(), 0);
    assert_eq!(
        app.get(&obscura_shared::routes::share_page(&shared.id))
            .await
            .status(),
        reqwest::StatusCode::NOT_FOUND
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_are_scheduled_once_and_logged_even_without_media_retention() {
    let app = spawn_app_with(Db::Sqlite, &[("WORKERS", "0")]).await;
    // The server schedules one when it starts; asking again while one waits adds none.
    retention::schedule(&app.state).await.unwrap();
    assert!(!retention::schedule(&app.state).await.unwrap());
    assert_eq!(waiting_purges(&app).await, 1);
    app.run_pending_jobs().await;
    let runs = obscura_server::db::entities::retention_run::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(runs.len(), 1);
    assert!(
        runs[0].counts.contains("\"expired_generations\":0"),
        "{}",
        runs[0].counts
    );
    // Two schedulers looking at the same moment (two processes) queue one run between them.
    let (a, b) = tokio::join!(
        retention::schedule(&app.state),
        retention::schedule(&app.state)
    );
    assert!(a.unwrap() ^ b.unwrap());
    assert_eq!(waiting_purges(&app).await, 1);
    app.stop().await.unwrap();
}
