//! `/healthz` and `/readyz`.

use obscura_shared::health::{CheckStatus, Liveness, Readiness};

use crate::{
    helpers::{Db, obscura_command, spawn_app_with},
    on_both_databases,
};

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
                storage: CheckStatus::Ok,
                stopping: false,
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

/// SIGTERM with a drain time (`OBSCURA_SHUTDOWN_DRAIN_SECS`): `/readyz` answers 503 `stopping`
/// at once while pages are still served, so that a balancer polling readiness leaves first;
/// after the drain the process stops accepting, finishes, and exits 0.
#[tokio::test]
async fn a_draining_process_fails_readiness_and_still_serves() {
    use std::time::{Duration, Instant};
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = obscura_command()
        .env("OBSCURA_ADDR", format!("127.0.0.1:{port}"))
        .env("OBSCURA_DATA_DIR", data.path())
        .env("OBSCURA_SITE_ROOT", app.data_dir.path().join("site"))
        .env("OBSCURA_SHUTDOWN_DRAIN_SECS", "2")
        .env("OBSCURA_LOG", "warn")
        .arg("serve")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let mut ready = false;
    for _ in 0..300 {
        if let Ok(res) = client.get(format!("{base}/readyz")).send().await
            && res.status() == 200
        {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ready, "the process never became ready");

    let signalled = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signalled.success());
    let sent = Instant::now();
    let mut body = None;
    while sent.elapsed() < Duration::from_millis(1500) {
        let res = client.get(format!("{base}/readyz")).send().await.unwrap();
        if res.status() == 503 {
            body = Some(res.json::<Readiness>().await.unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let body = body.expect("/readyz went on answering 200 after SIGTERM");
    assert_eq!(body.status, CheckStatus::Failing);
    assert!(body.stopping);
    // Still serving everything else during the drain.
    let page = client.get(format!("{base}/privacy")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        sent.elapsed() < Duration::from_secs(2),
        "the checks above took the whole drain time"
    );

    let mut exited = None;
    while sent.elapsed() < Duration::from_secs(30) {
        if let Some(status) = child.try_wait().unwrap() {
            exited = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let Some(status) = exited else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the process did not exit after its drain and grace");
    };
    assert!(status.success(), "exit status {status:?}");
    assert!(
        sent.elapsed() >= Duration::from_secs(2),
        "it stopped before its drain time"
    );
    // Nothing listens any more.
    assert!(client.get(format!("{base}/healthz")).send().await.is_err());
}
