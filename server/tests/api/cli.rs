//! The `obscura` binary: subcommands and configuration errors.

use std::process::Command;

fn obscura() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_obscura"));
    // Start from a clean slate: no OBSCURA_* from the caller's environment.
    for (k, _) in std::env::vars() {
        if k.starts_with("OBSCURA_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("NO_COLOR", "1");
    cmd
}

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
