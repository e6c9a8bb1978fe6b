//! Erasure (P-RGT-3): the account closes at once and is purged after the grace period (or at once
//! without one), the keep link restores it, and a purge cut short is finished by the next run.

use chrono::Duration;
use futures::TryStreamExt as _;
use object_store::ObjectStore as _;
use obscura_server::db::entities::{consent, retention_run, session};
use obscura_server::privacy::retention;
use obscura_shared::routes;
use reqwest::StatusCode;
use sea_orm::{
    ColumnTrait, EntityTrait, FromQueryResult, JsonValue, PaginatorTrait, QueryFilter, Statement,
};

use super::{choose, consent_cookie, export_row, generate};
use crate::helpers::browser::{
    Browser, PASSWORD, location, path_of, sign_in, user_id, verified_user,
};
use crate::helpers::mail::mail_link;
use crate::helpers::{Db, TestApp, spawn_app, spawn_app_with};
use crate::on_both_databases;

/// Every row of every table as text.
async fn everything_in_the_database(app: &TestApp) -> String {
    let backend = app.db.get_database_backend();
    let list = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table'",
    };
    let tables = JsonValue::find_by_statement(Statement::from_string(backend, list))
        .all(&app.db)
        .await
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let name = t["name"].as_str().unwrap().to_owned();
        let rows = JsonValue::find_by_statement(Statement::from_string(
            backend,
            format!("SELECT * FROM \"{name}\""),
        ))
        .all(&app.db)
        .await
        .unwrap();
        for r in rows {
            out.push_str(&name);
            out.push(' ');
            out.push_str(&r.to_string());
            out.push('\n');
        }
    }
    out
}

on_both_databases!(
    erasure_closes_at_once_and_purges_everything_after_the_grace_period,
    |db: Db| async move {
        // promise: P-RGT-3
        let app = spawn_app_with(db, &[("ERASURE_GRACE_DAYS", "30")]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let id = user_id(&app, "ada@example.com").await;
        generate(&app, &mut b, "canary-zebra-9182 on a hill").await;
        let (mut other_device, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
        b.post(routes::EXPORT_REQUEST, &[]).await;
        assert_eq!(export_row(&app).await.status, "ready");
        let yes = consent_cookie(
            &choose(
                &app,
                &[("choice", "accept"), ("back", "/")],
                &[("cookie", &b.cookie.clone().unwrap())],
            )
            .await,
        )
        .0;

        // Wrong password or confirmation: nothing happens, and the form says why.
        let res = b
            .post(
                routes::ACCOUNT_DELETE,
                &[("password", "wrong"), ("confirm", "delete")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        assert!(body.contains("The password is not right."));
        assert!(body.contains("Type DELETE in capitals to confirm."));
        assert_eq!(
            session::Entity::find()
                .filter(session::Column::UserId.eq(id))
                .count(&app.db)
                .await
                .unwrap(),
            2
        );

        let res = b
            .post(
                routes::ACCOUNT_DELETE,
                &[("password", PASSWORD), ("confirm", "DELETE")],
            )
            .await;
        assert_eq!(location(&res), "/login?notice=account-closed");
        // Every session ended at once, this one and the other device's.
        assert_eq!(
            session::Entity::find()
                .filter(session::Column::UserId.eq(id))
                .count(&app.db)
                .await
                .unwrap(),
            0
        );
        let gone = other_device.get(routes::GALLERY).await;
        assert_eq!(gone.status(), StatusCode::SEE_OTHER);
        // Signing in is refused while the account waits.
        let (_, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains("waiting to be deleted"));
        let keep = mail_link(&app, "ada@example.com", "will be deleted").await;
        assert!(keep.contains(routes::ERASURE_CANCEL));

        // Day 29: nothing is purged yet.
        app.clock.advance(Duration::days(29));
        retention::run_all(&app.state).await.unwrap();
        assert!(
            everything_in_the_database(&app)
                .await
                .contains("canary-zebra-9182")
        );

        // Day 31: the purge. Afterwards no table holds the id, the address, the name or the prompt.
        app.clock.advance(Duration::days(2));
        let counts = retention::run_all(&app.state).await.unwrap();
        assert_eq!(counts.erased_accounts, 1);
        let dump = everything_in_the_database(&app).await;
        for needle in [
            id.to_string(),
            id.simple().to_string(),
            "ada@example.com".to_owned(),
            "Ada Lovelace".to_owned(),
            "canary-zebra-9182".to_owned(),
        ] {
            let hits: Vec<&str> = dump.lines().filter(|l| l.contains(&needle)).collect();
            assert!(hits.is_empty(), "{needle} still in: {hits:?}");
        }
        // The documented exception: proof of the cookie choice, detached (a random id only).
        let proof = consent::Entity::find().all(&app.db).await.unwrap();
        assert_eq!(proof.len(), 1);
        assert_eq!(proof[0].user_id, None);
        assert!(yes.contains(&proof[0].subject));
        // And the object store is empty of the account's files.
        let left: Vec<_> = app
            .state
            .storage
            .store
            .list(None)
            .try_collect()
            .await
            .unwrap();
        let left: Vec<_> = left
            .into_iter()
            .map(|m| m.location.to_string())
            .filter(|p| !p.starts_with("_probe"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        // The run is logged with its counts.
        let runs = retention_run::Entity::find().all(&app.db).await.unwrap();
        assert!(
            runs.iter()
                .any(|r| r.counts.contains("\"erased_accounts\":1"))
        );
        // The keep link no longer works.
        let res = app.get(&path_of(&keep)).await;
        assert_ne!(res.status(), StatusCode::OK);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keep_link_restores_the_account() {
    // promise: P-RGT-3
    let app = spawn_app().await;
    let mut b = verified_user(&app, "ada@example.com").await;
    b.post(
        routes::ACCOUNT_DELETE,
        &[("password", PASSWORD), ("confirm", "DELETE")],
    )
    .await;
    let keep = mail_link(&app, "ada@example.com", "will be deleted").await;
    let mut c = Browser::new(&app);
    assert_eq!(c.get(&path_of(&keep)).await.status(), StatusCode::OK);
    let token = crate::helpers::browser::token_of(&keep);
    let res = c.post(routes::ERASURE_CANCEL, &[("token", &token)]).await;
    assert_eq!(location(&res), "/settings/privacy?notice=account-kept");
    assert!(c.cookie.is_some());
    assert_eq!(c.get(routes::GALLERY).await.status(), StatusCode::OK);
    app.clock.advance(Duration::days(40));
    retention::run_all(&app.state).await.unwrap();
    let (_, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_grace_period_erasure_is_immediate() {
    // promise: P-RGT-3
    let app = spawn_app_with(Db::Sqlite, &[("ERASURE_GRACE_DAYS", "0")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    generate(&app, &mut b, "canary-otter-5521").await;
    let res = b
        .post(
            routes::ACCOUNT_DELETE,
            &[("password", PASSWORD), ("confirm", "DELETE")],
        )
        .await;
    assert_eq!(location(&res), "/login?notice=account-erased");
    let dump = everything_in_the_database(&app).await;
    assert!(!dump.contains("ada@example.com") && !dump.contains("canary-otter-5521"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erasure_cut_short_is_finished_by_the_next_run() {
    // promise: P-RGT-3 — a purge that died half-way (files gone, rows left) is finished.
    let app = spawn_app_with(Db::Sqlite, &[("ERASURE_GRACE_DAYS", "1")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let id = user_id(&app, "ada@example.com").await;
    generate(&app, &mut b, "canary-heron-3310 at dawn").await;
    generate(&app, &mut b, "canary-heron-3310 at noon").await;
    b.post(
        routes::ACCOUNT_DELETE,
        &[("password", PASSWORD), ("confirm", "DELETE")],
    )
    .await;
    app.clock.advance(Duration::days(2));
    // The first run dies after deleting some of the files: half of them are gone, no row is.
    let listed: Vec<_> = app
        .state
        .storage
        .store
        .list(None)
        .try_collect()
        .await
        .unwrap();
    let files: Vec<_> = listed
        .into_iter()
        .map(|m| m.location)
        .filter(|p| !p.as_ref().starts_with("_probe"))
        .collect();
    assert!(files.len() >= 4);
    for path in files.iter().take(files.len() / 2) {
        app.state.storage.store.delete(path).await.unwrap();
    }
    assert!(
        everything_in_the_database(&app)
            .await
            .contains("canary-heron-3310")
    );
    // The next run finishes the job.
    let counts = retention::run_all(&app.state).await.unwrap();
    assert_eq!(counts.erased_accounts, 1);
    assert_eq!(counts.erased_generations, 2);
    let dump = everything_in_the_database(&app).await;
    assert!(!dump.contains("canary-heron-3310") && !dump.contains(&id.to_string()));
    let left: Vec<_> = app
        .state
        .storage
        .store
        .list(None)
        .try_collect()
        .await
        .unwrap();
    assert!(
        left.iter()
            .all(|m| m.location.as_ref().starts_with("_probe"))
    );
    // And a run with nothing left to do is harmless.
    assert_eq!(
        retention::run_all(&app.state)
            .await
            .unwrap()
            .erased_accounts,
        0
    );
    app.stop().await.unwrap();
}
