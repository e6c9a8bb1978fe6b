//! Schemathesis (PyPI) against `/api/v1/openapi.json`: generated requests to every operation,
//! valid and invalid, with a key of every scope; no answer may be a server error, and every
//! answer must be one the description lists, of its type and schema, with its headers.

use obscura_shared::routes;

use super::*;
use crate::helpers::{Db, python_tool, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_server_error_and_nothing_outside_the_schema() {
    let Some(st) = python_tool(
        "OBSCURA_TEST_SCHEMATHESIS",
        "st",
        "pip3 install --user schemathesis==4.32.5",
    ) else {
        return;
    };
    let app = spawn_app_with(
        Db::Sqlite,
        &[
            TINY,
            ("SIGNUP_CREDITS", "1000000"),
            ("API_RATE_PER_MINUTE", "100000"),
            ("API_ACCOUNT_RATE_PER_MINUTE", "100000"),
        ],
    )
    .await;
    let (_, key) = account_with_key(
        &app,
        "fuzz@example.com",
        &["generate", "read", "delete"],
        &[],
    )
    .await;
    // Something to read, share and delete.
    let res = post_json(&app, &key, r#"{"prompt": "a kite", "count": 2}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::ACCEPTED);
    app.run_pending_jobs().await;
    let schema = app.url(routes::API_OPENAPI);
    let report = std::env::temp_dir().join(format!("schemathesis-{}", std::process::id()));
    let auth = format!("Authorization: Bearer {key}");
    let dir = report.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(&st)
            .args([
                "run",
                &schema,
                "--header",
                &auth,
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance",
                "--max-examples",
                "25",
                "--seed",
                "16",
                "--workers",
                "2",
                "--request-timeout",
                "30",
                "--report-dir",
            ])
            .arg(&dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("Schemathesis runs")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}");
    assert!(
        out.status.success(),
        "Schemathesis found problems:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // It did test every operation, many times (a run that tested nothing passes too).
    assert!(stdout.contains("Tested: 11"), "{stdout}");
    let cases: u32 = stdout
        .lines()
        .find_map(|l| l.trim().split_once(" generated, "))
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or_default();
    assert!(cases >= 300, "only {cases} test cases:\n{stdout}");
    let _ = std::fs::remove_dir_all(report);
}
