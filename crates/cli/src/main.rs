//! `kezek`: the command-line tool over the same crates as the app (no window).
//!
//! For administrators and scripts: demo data, benchmarks, calendars, personal numbers, keys,
//! the trust list, signing and verification, sample documents. Messages are translated (language from `KEZEK_LANG`, else the database's
//! interface language, else Russian).

mod bench;
mod bench_sign;
mod calendar;
mod document;
mod id;
mod signing;
mod sync;

use clap::{Parser, Subcommand};
use kezek_api::{ApiError, Kezek};
use kezek_i18n::Localizer;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "kezek",
    version,
    about = "Kezek: kindergarten queues and vouchers (command line)"
)]
struct Cli {
    /// Data directory (default: KEZEK_DATA_DIR or the OS data directory).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load the deterministic demo data set into an empty database.
    DemoData {
        #[arg(long, default_value_t = kezek_api::DEFAULT_DEMO_APPLICATIONS)]
        applications: u32,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Delete the existing database first.
        #[arg(long)]
        fresh: bool,
    },
    /// Personal numbers (IIN, PIN).
    Id {
        #[command(subcommand)]
        what: IdCommand,
    },
    /// Measure the app's hot paths and print their figures.
    Bench {
        #[command(subcommand)]
        what: bench::BenchCommand,
    },
    /// Working-day calendars (KZ, KG): add working days to a date, list a year's days off.
    Calendar {
        #[command(subcommand)]
        what: calendar::CalendarCommand,
    },
    /// Certificates of key files.
    Cert {
        #[command(subcommand)]
        what: signing::CertCommand,
    },
    /// The local trust list of root and intermediate certificates.
    Trust {
        #[command(subcommand)]
        what: signing::TrustCommand,
    },
    /// Sync with the server as this installation's signed-in user.
    Sync {
        #[command(subcommand)]
        what: sync::SyncCommand,
    },
    /// Sign a file with a .p12 key (password from KEZEK_KEY_PASSWORD or a prompt).
    Sign(signing::SignArgs),
    /// Check a signed PDF or a detached signature: integrity, signer, time, chain, validity.
    Verify(signing::VerifyArgs),
    /// Printable documents.
    Document {
        #[command(subcommand)]
        what: document::DocumentCommand,
    },
}

/// What a command prints on success: to stdout, exit 0; or a finding that is a failure
/// (e.g. an invalid signature): to stdout, exit 1.
pub(crate) enum Out {
    Text(String),
    Failure(String),
}

pub(crate) fn localizer(lang: &str) -> Localizer {
    Localizer::new(if lang.is_empty() { "ru" } else { lang })
}

#[derive(Subcommand)]
enum IdCommand {
    /// Check IINs and PINs: valid or the rule each breaks, birth date, sex, warnings.
    Check(id::CheckArgs),
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = cli.data_dir.clone().unwrap_or_else(kezek_api::data_dir);
    let lang = std::env::var("KEZEK_LANG").unwrap_or_default();
    let result = match cli.command {
        Command::DemoData {
            applications,
            seed,
            fresh,
        } => demo_data(&data_dir, applications, seed, fresh, &lang).await,
        Command::Id {
            what: IdCommand::Check(args),
        } => {
            let l = Localizer::new(if lang.is_empty() { "ru" } else { &lang });
            return if id::check(&args, &l) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
        Command::Bench { what } => bench::run(what).await,
        Command::Calendar { what } => calendar::run(what, &lang),
        Command::Cert { what } => print(signing::cert(what, &lang)),
        Command::Document { what } => print(document::run(what, &lang)),
        Command::Trust { what } => match Kezek::open(&data_dir).await {
            Ok(k) => print(signing::trust(&k, what, &lang).await),
            Err(e) => Err(e),
        },
        Command::Sync { what } => match Kezek::open(&data_dir).await {
            Ok(k) => print(sync::run(&k, what, &lang).await),
            Err(e) => Err(e),
        },
        Command::Sign(args) => match Kezek::open(&data_dir).await {
            Ok(k) => print(signing::sign(&k, args, &lang).await),
            Err(e) => Err(e),
        },
        Command::Verify(args) => match Kezek::open(&data_dir).await {
            Ok(k) => match signing::verify(&k, args, &lang).await {
                Ok(Out::Failure(text)) => {
                    print!("{text}");
                    return ExitCode::FAILURE;
                }
                other => print(other),
            },
            Err(e) => Err(e),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let l = Localizer::new(if lang.is_empty() { "ru" } else { &lang });
            let mut args = kezek_i18n::FluentArgs::new();
            args.set("detail", e.detail.clone());
            for (k, v) in &e.args {
                args.set(k.clone(), v.clone());
            }
            let message = l.message(&e.message_id(), Some(&args));
            let mut outer = kezek_i18n::FluentArgs::new();
            outer.set("message", message);
            eprintln!("{}", l.message("cli-error", Some(&outer)));
            ExitCode::FAILURE
        }
    }
}

/// Prints a command's output; a failure finding is printed and turned into exit status 1 by
/// the caller (see `Verify`).
fn print(out: Result<Out, ApiError>) -> Result<(), ApiError> {
    match out? {
        Out::Text(t) | Out::Failure(t) => print!("{t}"),
    }
    Ok(())
}

async fn demo_data(
    data_dir: &std::path::Path,
    applications: u32,
    seed: u64,
    fresh: bool,
    lang: &str,
) -> Result<(), ApiError> {
    if fresh {
        for suffix in ["", "-wal", "-shm"] {
            let file = data_dir.join(format!("{}{suffix}", kezek_api::DATABASE_FILE));
            if file.exists() {
                std::fs::remove_file(&file)
                    .map_err(|e| ApiError::new(kezek_api::ErrorCode::DataDir, e.to_string()))?;
            }
        }
    }
    let kezek = Kezek::open(data_dir).await?;
    let lang = if lang.is_empty() {
        kezek.settings().await?.language
    } else {
        lang.to_string()
    };
    let l = Localizer::new(&lang);
    let started = Instant::now();
    let mut last_print = Instant::now();
    kezek
        .load_demo(applications, seed, |p| {
            if last_print.elapsed().as_millis() >= 500 || p.done == p.total {
                last_print = Instant::now();
                let mut args = kezek_i18n::FluentArgs::new();
                args.set("done", p.done);
                args.set("total", p.total);
                eprintln!("{}", l.message("cli-demo-progress", Some(&args)));
            }
        })
        .await?;
    let mut args = kezek_i18n::FluentArgs::new();
    args.set("count", applications);
    args.set("path", kezek.store().path().display().to_string());
    args.set("seconds", format!("{:.1}", started.elapsed().as_secs_f64()));
    println!("{}", l.message("cli-demo-done", Some(&args)));
    Ok(())
}
