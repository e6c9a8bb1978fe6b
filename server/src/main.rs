//! The `obscura` binary: parse the command line and configuration, then run.

use clap::{Parser, Subcommand};
use obscura_server::{config::Config, startup::Application, telemetry};

/// Obscura: a self-hostable, privacy-first AI image studio.
#[derive(Parser)]
#[command(name = "obscura", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Validate the configuration, print a summary without secrets, and exit.
    CheckConfig,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let config = match Config::load() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("obscura: invalid configuration\n{e}");
            return std::process::ExitCode::from(2);
        }
    };
    telemetry::init(&config);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => obscura_server::db::migrate_only(&config).await,
        Command::CheckConfig => {
            println!("{}", config.summary());
            Ok(())
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "obscura stopped with an error");
            eprintln!("obscura: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let app = Application::build(config).await?;
    app.run_until_stopped(obscura_server::startup::shutdown_signal())
        .await
}
