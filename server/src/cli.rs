//! The command line: `serve`, `migrate`, `user add|disable|reset-password`, `seed-demo`,
//! `trust`, `feedback list`.
//! Each command is a thin adapter over the library; errors end the process with status 1.

use crate::accounts::{self, NewUser, ScopeRef};
use crate::config::Config;
use crate::db::{self, history::Actor, reference};
use crate::scope::{Role, ScopeKind};
use crate::{demo, serve};
use chrono::Utc;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

type CliResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

#[derive(Debug, Parser)]
#[command(name = "kezek-server", version, about = "Kezek's central server")]
pub struct Cli {
    /// A TOML config file; `KEZEK_*` environment variables override it.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API until SIGINT or SIGTERM.
    Serve,
    /// Create the database if needed and apply pending migrations.
    Migrate,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Load the desktop's demo data set (regions to groups, applications), a commission per
    /// district and one account per role; idempotent.
    SeedDemo {
        /// How many applications to generate.
        #[arg(long, default_value_t = demo::DEFAULT_APPLICATIONS)]
        applications: u32,
        /// The generator's seed (the desktop's demo uses 1).
        #[arg(long, default_value_t = demo::DEMO_SEED)]
        seed: u64,
        /// Ages and dates are relative to this day (YYYY-MM-DD; default: today, UTC).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// Trust the root certificates of a PEM or DER file for checking protocol signatures.
    Trust {
        /// The file (e.g. the national CA's root).
        file: std::path::PathBuf,
    },
    /// The messages the offices sent from the app's "Feedback" screen.
    Feedback {
        #[command(subcommand)]
        command: FeedbackCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum FeedbackCommand {
    /// Print every message, oldest first: when, who (login, role, scope), subject and text.
    List,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account; the password comes from KEZEK_NEW_PASSWORD or a hidden prompt.
    Add {
        #[arg(long)]
        login: String,
        /// administrator, operator, commission_secretary, commission_chairman,
        /// commission_member, kindergarten_head or pmpk_specialist.
        #[arg(long)]
        role: String,
        /// KIND:CODE, e.g. district:demo-d1 (none for an administrator).
        #[arg(long)]
        scope: Option<String>,
        #[arg(long)]
        full_name: String,
        /// IIN (KZ, 12 digits) or PIN (KG, 14 digits).
        #[arg(long)]
        personal_number: Option<String>,
    },
    /// Disable an account and end its sessions.
    Disable { login: String },
    /// Set a new password (KEZEK_NEW_PASSWORD or a prompt) and end the account's sessions.
    ResetPassword { login: String },
}

/// Parses the arguments, runs the command, and turns an error into a message and status 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env(cli.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    serve::init_logging(&config.log);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, &config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

pub async fn run(command: Command, config: &Config) -> CliResult {
    match command {
        Command::Serve => Ok(serve::serve(config).await?),
        Command::Migrate => migrate(config).await,
        Command::SeedDemo {
            applications,
            seed,
            today,
        } => {
            let opts = demo::SeedOptions {
                applications,
                seed,
                today: today.unwrap_or_else(|| Utc::now().date_naive()),
            };
            seed_demo(config, opts).await
        }
        Command::User { command } => user(command, config).await,
        Command::Trust { file } => trust(config, &file).await,
        Command::Feedback {
            command: FeedbackCommand::List,
        } => feedback_list(config).await,
    }
}

async fn migrate(config: &Config) -> CliResult {
    if db::create_if_missing(&config.database_url).await? {
        println!("created the database {}", config.database_url.redacted());
    }
    let pool = db::connect(&config.database_url, 2).await?;
    let applied = db::migrate(&pool).await?;
    if applied.is_empty() {
        println!("the schema is up to date");
    } else {
        println!("applied {} migration(s): {applied:?}", applied.len());
    }
    pool.close().await;
    Ok(())
}

async fn current_pool(config: &Config) -> Result<sqlx::PgPool, db::DbError> {
    let pool = db::connect(&config.database_url, 2).await?;
    db::require_current_schema(&pool).await?;
    Ok(pool)
}

async fn trust(config: &Config, file: &std::path::Path) -> CliResult {
    let pool = current_pool(config).await?;
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let added = crate::commission::trust::add_roots(&pool, &bytes, Utc::now()).await?;
    for (subject, new) in added {
        let what = if new { "trusted" } else { "already trusted" };
        println!("{what}: {subject}");
    }
    Ok(())
}

async fn feedback_list(config: &Config) -> CliResult {
    let pool = current_pool(config).await?;
    let list = crate::feedback::list(&pool).await?;
    if list.is_empty() {
        println!("no feedback yet");
    }
    for f in &list {
        let scope = if f.scope_names.is_empty() {
            f.scope_kind.clone()
        } else {
            format!("{}: {}", f.scope_kind, f.scope_names.join(" / "))
        };
        println!(
            "#{} {} — {} ({}, {}), app {}, device {}",
            f.id,
            f.received_at.format("%Y-%m-%d %H:%M UTC"),
            f.login,
            f.role,
            scope,
            f.app_version,
            f.device_id
        );
        if let Some(subject) = &f.subject {
            println!("  {subject}");
        }
        for line in f.message.lines() {
            println!("    {line}");
        }
        println!();
    }
    Ok(())
}

async fn seed_demo(config: &Config, opts: demo::SeedOptions) -> CliResult {
    let pool = current_pool(config).await?;
    let started = std::time::Instant::now();
    let report = demo::seed(&pool, opts, Utc::now()).await?;
    println!(
        "{} reference unit(s) and {} application(s) added in {:.1} s",
        report.units_created,
        report.applications_created,
        started.elapsed().as_secs_f64()
    );
    println!("demo accounts:");
    for a in &report.accounts {
        println!("  {:<14} {:<22} {}", a.login, a.role.as_str(), a.works_at);
    }
    if !report.users_created.is_empty() {
        println!(
            "accounts added: {} — demo password (shown once): {}",
            report.users_created.join(", "),
            demo::DEMO_PASSWORD
        );
    }
    if !report.users_present.is_empty() {
        println!(
            "accounts already present (password unchanged): {}",
            report.users_present.join(", ")
        );
    }
    Ok(())
}

/// `KIND:CODE` (or nothing, or `system`) → a scope by id.
async fn parse_scope(pool: &sqlx::PgPool, scope: Option<&str>) -> Result<ScopeRef, String> {
    let Some(text) = scope.filter(|s| *s != "system") else {
        return Ok(ScopeRef {
            kind: ScopeKind::System,
            id: None,
        });
    };
    let (kind, code) = text
        .split_once(':')
        .ok_or_else(|| format!("--scope {text:?}: expected KIND:CODE, e.g. district:demo-d1"))?;
    let kind: ScopeKind = kind.parse()?;
    let id = reference::id_by_code(pool, kind, code)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no {} with code {code:?}", kind.as_str()))?;
    Ok(ScopeRef { kind, id: Some(id) })
}

fn new_password() -> Result<String, String> {
    if let Ok(p) = std::env::var("KEZEK_NEW_PASSWORD") {
        return Ok(p);
    }
    let first = rpassword::prompt_password("New password: ").map_err(|e| e.to_string())?;
    let again = rpassword::prompt_password("Repeat it: ").map_err(|e| e.to_string())?;
    if first != again {
        return Err("the passwords differ".into());
    }
    Ok(first)
}

async fn user(command: UserCommand, config: &Config) -> CliResult {
    let pool = current_pool(config).await?;
    let actor = Actor::cli();
    match command {
        UserCommand::Add {
            login,
            role,
            scope,
            full_name,
            personal_number,
        } => {
            let role: Role = role.parse()?;
            let scope = parse_scope(&pool, scope.as_deref()).await?;
            let password = new_password()?;
            let user = accounts::create(
                &pool,
                &actor,
                NewUser {
                    login,
                    full_name,
                    personal_number,
                    role,
                    scope,
                    password,
                },
                Utc::now(),
            )
            .await?;
            println!("added user {} (id {}, {})", user.login, user.id, user.role);
        }
        UserCommand::Disable { login } => {
            let id = accounts::id_by_login(&pool, &login).await?;
            accounts::disable(&pool, &actor, id, Utc::now()).await?;
            println!("disabled {login}; its sessions are ended");
        }
        UserCommand::ResetPassword { login } => {
            let id = accounts::id_by_login(&pool, &login).await?;
            let password = new_password()?;
            accounts::reset_password(&pool, &actor, id, password, Utc::now()).await?;
            println!("new password set for {login}; its sessions are ended");
        }
    }
    Ok(())
}
