//! The `obscura` binary: parse the command line and configuration, then run.

use clap::{Parser, Subcommand};
use obscura_server::{
    accounts::{AccountError, OperatorAction, OperatorOutcome},
    config::Config,
    startup::Application,
    telemetry,
};

/// mimalloc instead of the system allocator: per-thread heaps, where glibc's malloc showed up
/// as a fifth of the CPU under load (`bench/api`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Operator tasks.
    #[command(subcommand)]
    Admin(Admin),
    /// The privacy policy.
    #[command(subcommand)]
    Policy(Policy),
    /// Keys of stored secrets.
    #[command(subcommand)]
    Keys(Keys),
}

#[derive(Subcommand)]
enum Keys {
    /// Re-seal every stored platform token under a new key id, in one transaction. After
    /// replacing `OBSCURA_SECRET_KEY` (old one in `OBSCURA_SECRET_KEY_PREVIOUS`), run this once;
    /// afterwards no token needs the previous secret.
    Rotate,
}

#[derive(Subcommand)]
enum Policy {
    /// Announce the policy of this configuration (run it with the configuration you are about
    /// to deploy): it is recorded as the next version, every account is emailed, and signed-in
    /// people see a notice until it takes effect `OBSCURA_POLICY_NOTICE_DAYS` from now. Deploy
    /// the new configuration on that date.
    Announce {
        /// What changes, in a sentence or two, for the email and the notice.
        #[arg(long)]
        summary: String,
    },
}

#[derive(Subcommand)]
enum Admin {
    /// Create an admin account (or make an existing account admin) and print a one-time
    /// sign-in link, valid for 15 minutes. No password is ever passed on the command line.
    Create {
        /// The admin's email address.
        #[arg(long)]
        email: String,
        /// The admin's name.
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Suspend an account: its sessions end, sign-in and its API keys are refused, its shares go
    /// offline (as in the console, Admin → People). Not an admin's account.
    Suspend {
        /// The account's email address.
        #[arg(long)]
        email: String,
        /// Why (1–500 characters; kept in the audit log).
        #[arg(long)]
        reason: String,
    },
    /// Lift an account's suspension.
    Unsuspend {
        /// The account's email address.
        #[arg(long)]
        email: String,
        /// Why (1–500 characters; kept in the audit log).
        #[arg(long)]
        reason: String,
    },
    /// Delete an account at once with everything in it (the same purge as self-erasure). Not an
    /// admin's account.
    Delete {
        /// The account's email address.
        #[arg(long)]
        email: String,
        /// Why (1–500 characters; kept in the audit log).
        #[arg(long)]
        reason: String,
    },
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
        Command::Admin(Admin::Create { email, name }) => admin_create(config, &email, &name).await,
        Command::Admin(Admin::Suspend { email, reason }) => {
            admin_act(config, OperatorAction::Suspend, &email, &reason).await
        }
        Command::Admin(Admin::Unsuspend { email, reason }) => {
            admin_act(config, OperatorAction::Unsuspend, &email, &reason).await
        }
        Command::Admin(Admin::Delete { email, reason }) => {
            admin_act(config, OperatorAction::Delete, &email, &reason).await
        }
        Command::Policy(Policy::Announce { summary }) => policy_announce(config, &summary).await,
        Command::Keys(Keys::Rotate) => keys_rotate(config).await,
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

async fn admin_create(config: Config, email: &str, name: &str) -> anyhow::Result<()> {
    let state = obscura_server::startup::state_for_cli(config).await?;
    match obscura_server::accounts::create_admin(&state, email, name).await {
        Ok(link) => {
            println!(
                "admin account ready; sign in within 15 minutes with this one-time link:\n{link}"
            );
            Ok(())
        }
        Err(obscura_server::accounts::AccountError::Invalid(errors)) => Err(anyhow::anyhow!(
            "{}",
            errors
                .into_iter()
                // The command line speaks English.
                .map(|(_, m)| m.render(obscura_shared::account::Language::En))
                .collect::<Vec<_>>()
                .join(" ")
        )),
        Err(e) => Err(anyhow::anyhow!("could not create the admin account: {e}")),
    }
}

async fn admin_act(
    config: Config,
    action: OperatorAction,
    email: &str,
    reason: &str,
) -> anyhow::Result<()> {
    let state = obscura_server::startup::state_for_cli(config).await?;
    match obscura_server::accounts::operator_act(&state, action, email, reason).await {
        Ok(OperatorOutcome::Done) => {
            println!(
                "{}",
                match action {
                    OperatorAction::Suspend =>
                        "account suspended: its sessions ended and its shares are offline",
                    OperatorAction::Unsuspend => "suspension lifted",
                    OperatorAction::Delete => "account deleted with everything in it",
                }
            );
            Ok(())
        }
        Ok(OperatorOutcome::Unchanged) => {
            println!("nothing to change: the account was already so");
            Ok(())
        }
        Ok(OperatorOutcome::NoAccount) => Err(anyhow::anyhow!("no account uses this address")),
        Ok(OperatorOutcome::AdminAccount) => Err(anyhow::anyhow!(
            "this is an admin's account: take the admin role back first (Admin → People)"
        )),
        Err(AccountError::Invalid(errors)) => Err(anyhow::anyhow!(
            "{}",
            errors
                .into_iter()
                // The command line speaks English.
                .map(|(field, m)| format!(
                    "{field}: {}",
                    m.render(obscura_shared::account::Language::En)
                ))
                .collect::<Vec<_>>()
                .join(" ")
        )),
        Err(e) => Err(anyhow::anyhow!("could not change the account: {e}")),
    }
}

async fn keys_rotate(config: Config) -> anyhow::Result<()> {
    let state = obscura_server::startup::state_for_cli(config).await?;
    let r = obscura_server::social::seal::rotate(&state).await?;
    println!(
        "sealing key {} is current; {} token{} re-sealed under it",
        r.key_id,
        r.tokens,
        if r.tokens == 1 { "" } else { "s" }
    );
    Ok(())
}

async fn policy_announce(config: Config, summary: &str) -> anyhow::Result<()> {
    let state = obscura_server::startup::state_for_cli(config).await?;
    let a = obscura_server::privacy::policy::announce(&state, &state.site, summary).await?;
    println!(
        "policy version {} announced: it takes effect on {}; a running server emails every account",
        a.version,
        a.effective_at.format("%Y-%m-%d")
    );
    Ok(())
}
