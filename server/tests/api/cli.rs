//! The `obscura` binary: subcommands and configuration errors.

use crate::helpers::obscura_command as obscura;

#[test]
fn invalid_configuration_stops_start_up_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    for (var, value) in [
        ("OBSCURA_ADDR", "not-an-address"),
        ("OBSCURA_MIN_AGE", "7"),
        ("OBSCURA_PUBLIC_URL", "ftp://x"),
        ("OBSCURA_DATABASE_URL", "mysql://db/obscura"),
        ("OBSCURA_LOG_FORMAT", "xml"),
        ("OBSCURA_NOT_A_SETTING", "1"),
    ] {
        let out = obscura()
            .current_dir(dir.path())
            .env(var, value)
            .arg("serve")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}={value}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(var), "{var}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn production_refuses_to_start_without_a_secret_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = obscura()
        .current_dir(dir.path())
        .env("OBSCURA_ENV", "production")
        .env("OBSCURA_PUBLIC_URL", "https://obscura.example")
        .arg("serve")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("OBSCURA_SECRET_KEY"));
}

#[test]
fn check_config_prints_a_summary_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let out = obscura()
        .current_dir(dir.path())
        .env(
            "OBSCURA_DATABASE_URL",
            "postgres://obscura:s3cret-pw@db.internal:5432/obscura",
        )
        .arg("check-config")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("configuration is valid"));
    assert!(stdout.contains("db.internal"));
    assert!(!stdout.contains("s3cret-pw"));
}

#[test]
fn check_config_names_the_storage_backend() {
    let dir = tempfile::tempdir().unwrap();
    let out = obscura()
        .current_dir(dir.path())
        .arg("check-config")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("storage: local disk"));
    let s3 = |secret: Option<&str>| {
        let mut cmd = obscura();
        cmd.current_dir(dir.path())
            .env("OBSCURA_S3_BUCKET", "obscura-images")
            .env("OBSCURA_S3_ENDPOINT", "https://minio.internal:9000")
            .env("OBSCURA_S3_PATH_STYLE", "true")
            .env("OBSCURA_S3_ACCESS_KEY_ID", "obscura");
        if let Some(secret) = secret {
            cmd.env("OBSCURA_S3_SECRET_ACCESS_KEY", secret);
        }
        cmd.arg("check-config").output().unwrap()
    };
    let out = s3(Some("s3-very-secret"));
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("storage: S3-compatible bucket obscura-images at minio.internal:9000"),
        "{stdout}"
    );
    assert!(!stdout.contains("s3-very-secret"));
    let out = s3(None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("OBSCURA_S3_SECRET_ACCESS_KEY"));
}

#[test]
fn migrate_creates_the_data_directory_and_database() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("fresh-data");
    let out = obscura()
        .current_dir(dir.path())
        .env("OBSCURA_DATA_DIR", &data)
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(data.join("obscura.db").exists());
    assert!(String::from_utf8_lossy(&out.stdout).contains("migrations applied"));
}

#[test]
fn help_lists_the_subcommands() {
    let out = obscura().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for sub in ["serve", "migrate", "check-config"] {
        assert!(text.contains(sub), "{sub}");
    }
}

#[test]
fn a_config_file_is_read_and_the_environment_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("obscura.toml"),
        "min_age = 18\naddr = \"127.0.0.1:4000\"\n",
    )
    .unwrap();
    let out = obscura()
        .current_dir(dir.path())
        .arg("check-config")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("minimum age: 18"), "{text}");
    assert!(text.contains("127.0.0.1:4000"), "{text}");
    let out = obscura()
        .current_dir(dir.path())
        .env("OBSCURA_MIN_AGE", "16")
        .arg("check-config")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("minimum age: 16"));
}

#[test]
fn harness_variables_are_not_mistaken_for_settings() {
    let dir = tempfile::tempdir().unwrap();
    let out = obscura()
        .current_dir(dir.path())
        .env("OBSCURA_TEST_POSTGRES_URL", "postgres://x@127.0.0.1/y")
        .arg("check-config")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn serve_writes_json_logs_without_client_data_and_stops_on_sigterm() {
    use std::io::{BufRead, BufReader, Read, Write};

    let dir = tempfile::tempdir().unwrap();
    let site = crate::helpers::fake_site(dir.path());
    let mut child = obscura()
        .current_dir(dir.path())
        .env("OBSCURA_ADDR", "127.0.0.1:0")
        .env("OBSCURA_DATA_DIR", dir.path().join("data"))
        .env("OBSCURA_SITE_ROOT", &site)
        .env("OBSCURA_LOG_FORMAT", "json")
        .arg("serve")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    let addr = loop {
        let line = lines.next().expect("server exited early").unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        seen.push(line);
        if let Some(addr) = json.get("addr").and_then(|a| a.as_str()) {
            break addr.to_owned();
        }
    };

    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(b"GET /readyz?token=secret-in-query HTTP/1.1\r\nHost: x\r\nCookie: obscura_session=abc\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"));

    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "graceful shutdown exits 0, got {exit:?}");
    seen.extend(lines.map_while(Result::ok));

    for line in &seen {
        serde_json::from_str::<serde_json::Value>(line)
            .unwrap_or_else(|_| panic!("not JSON: {line}"));
        assert!(
            !line.contains("secret-in-query"),
            "query strings are never logged: {line}"
        );
        assert!(
            !line.contains("obscura_session"),
            "cookies are never logged: {line}"
        );
    }
    let all = seen.join("\n");
    assert!(all.contains("request_id"), "requests carry their id: {all}");
    assert!(
        all.contains("\"/readyz\""),
        "requests are logged by path: {all}"
    );
    assert!(all.contains("latency"), "{all}");
    assert!(all.contains("shutting down"), "{all}");
    assert!(all.contains("stopped"), "{all}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_create_makes_an_admin_with_a_one_time_sign_in_link() {
    use crate::helpers::browser::{Browser, location, path_of, token_of};
    let app = crate::helpers::spawn_app().await;
    let data = app.data_dir.path().join("data");
    let run = |email: &str| {
        obscura()
            .env("OBSCURA_DATA_DIR", &data)
            .env("OBSCURA_PUBLIC_URL", &app.address)
            .env("OBSCURA_LOG", "warn")
            .args(["admin", "create", "--email", email, "--name", "Operator"])
            .output()
            .unwrap()
    };
    let out = run("not an address");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("email address like"));

    let out = run("Boss@Example.com");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let link = crate::helpers::mail::first_link(&stdout);
    assert!(link.starts_with(&format!(
        "{}{}?token=",
        app.address,
        obscura_shared::routes::MAGIC_LINK
    )));

    let mut b = Browser::new(&app);
    assert_eq!(
        b.get(&path_of(&link)).await.status(),
        reqwest::StatusCode::OK
    );
    let res = b
        .post(
            obscura_shared::routes::MAGIC_LINK,
            &[("token", &token_of(&link))],
        )
        .await;
    assert_eq!(
        res.status(),
        reqwest::StatusCode::SEE_OTHER,
        "{}",
        location(&res)
    );
    let admin = obscura_server::accounts::find_by_email(&app.state, "boss@example.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(admin.role, "admin");
    assert!(
        admin.password_hash.is_none(),
        "no password ever passes the command line"
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operator_suspends_lifts_and_deletes_accounts_from_the_command_line() {
    use crate::helpers::browser::{PASSWORD, sign_in, user_id, verified_user};
    use obscura_server::db::entities::admin_audit;
    use obscura_shared::routes;
    use reqwest::StatusCode;
    use sea_orm::{EntityTrait, QueryOrder};

    let app = crate::helpers::spawn_app().await;
    let data = app.data_dir.path().join("data");
    let run = |args: &[&str]| {
        obscura()
            .env("OBSCURA_DATA_DIR", &data)
            .env("OBSCURA_PUBLIC_URL", &app.address)
            .env("OBSCURA_LOG", "warn")
            .arg("admin")
            .args(args)
            .output()
            .unwrap()
    };
    let mut mallory = verified_user(&app, "mallory@example.com").await;
    let id = user_id(&app, "mallory@example.com").await;
    assert_eq!(
        mallory.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK
    );

    // A reason is required, and the address must be someone's.
    let out = run(&[
        "suspend",
        "--email",
        "mallory@example.com",
        "--reason",
        "  ",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("reason"));
    let out = run(&[
        "suspend",
        "--email",
        "nobody@example.com",
        "--reason",
        "spam",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no account"));

    // Suspended: the open session ends at once and signing in is refused.
    let out = run(&[
        "suspend",
        "--email",
        "Mallory@Example.com",
        "--reason",
        "Spam from this account",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        mallory.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, res) = sign_in(&app, "mallory@example.com", PASSWORD).await;
    assert_ne!(res.status(), StatusCode::SEE_OTHER);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This account is suspended")
    );
    let out = run(&[
        "suspend",
        "--email",
        "mallory@example.com",
        "--reason",
        "again",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing to change"));

    // Lifted: signing in works again.
    let out = run(&[
        "unsuspend",
        "--email",
        "mallory@example.com",
        "--reason",
        "Appeal",
    ]);
    assert!(out.status.success());
    let (mut back, res) = sign_in(&app, "mallory@example.com", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        back.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK
    );

    // An admin's account is not suspended or deleted from here either.
    let out = run(&["create", "--email", "boss@example.com"]);
    assert!(out.status.success());
    let out = run(&["delete", "--email", "boss@example.com", "--reason", "test"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("admin"));

    // Deleted: the account is gone.
    let out = run(&[
        "delete",
        "--email",
        "mallory@example.com",
        "--reason",
        "Asked by post",
    ]);
    assert!(out.status.success());
    assert!(
        obscura_server::accounts::find_by_email(&app.state, "mallory@example.com")
            .await
            .unwrap()
            .is_none()
    );

    // Every step is in the audit log, by the command line, with its reason.
    let log = admin_audit::Entity::find()
        .order_by_asc(admin_audit::Column::At)
        .all(&app.state.db)
        .await
        .unwrap();
    let target = format!("account:{id}");
    let mine: Vec<_> = log
        .iter()
        .filter(|e| e.target == target && e.outcome == "done")
        .map(|e| (e.actor.as_str(), e.action.as_str(), e.reason.as_deref()))
        .collect();
    assert_eq!(
        mine,
        [
            ("cli", "suspend", Some("Spam from this account")),
            ("cli", "unsuspend", Some("Appeal")),
            ("cli", "delete_account", Some("Asked by post")),
        ]
    );
    app.stop().await.unwrap();
}
