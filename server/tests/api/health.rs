//! `/healthz` and `/readyz`.

use obscura_shared::health::{CheckStatus, Liveness, Readiness};

use crate::{helpers::spawn_app_with, on_both_databases};

on_both_databases!(
    probes_report_ok_when_database_and_storage_work,
    |db| async move {
        let app = spawn_app_with(db, &[]).await;

        let res = app.get("/healthz").await;
        assert_eq!(res.status(), 200);
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json")
        );
        let live: Liveness = res.json().await.unwrap();
        assert_eq!(live.status, CheckStatus::Ok);
        assert_eq!(live.version, env!("CARGO_PKG_VERSION"));

        let res = app.get("/readyz").await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let ready: Readiness = res.json().await.unwrap();
        assert_eq!(
            ready,
            Readiness {
                status: CheckStatus::Ok,
                database: CheckStatus::Ok,
                storage: CheckStatus::Ok
            }
        );
        // The probe cleans up after itself.
        let probes = app.data_dir.path().join("data/objects/_probe");
        assert!(!probes.exists() || std::fs::read_dir(&probes).unwrap().next().is_none());
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_is_503_when_storage_cannot_be_written() {
    let app = crate::helpers::spawn_app().await;
    // Replace the object directory with a plain file: every write now fails.
    let objects = app.data_dir.path().join("data/objects");
    std::fs::remove_dir_all(&objects).unwrap();
    std::fs::write(&objects, b"not a directory").unwrap();

    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 503);
    let ready: Readiness = res.json().await.unwrap();
    assert_eq!(ready.status, CheckStatus::Failing);
    assert_eq!(ready.storage, CheckStatus::Failing);
    assert_eq!(ready.database, CheckStatus::Ok);
    // Liveness does not depend on dependencies.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_is_503_when_the_database_is_gone() {
    let app = crate::helpers::spawn_app().await;
    app.db.clone().close().await.unwrap();
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 503);
    let ready: Readiness = res.json().await.unwrap();
    assert_eq!(ready.database, CheckStatus::Failing);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_stops_the_server_cleanly() {
    let app = crate::helpers::spawn_app().await;
    let address = app.address.clone();
    assert_eq!(app.get("/healthz").await.status(), 200);
    app.stop().await.expect("server stops without error");
    let after = reqwest::get(format!("{address}/healthz")).await;
    assert!(after.is_err(), "the listener is closed after shutdown");
}
