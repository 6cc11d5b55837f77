//! `kezek-sync-bench`: sync figures on this machine, printed, never asserted.
//!
//! Every command makes its own throwaway PostgreSQL database (through `KEZEK_TEST_DATABASE_URL`,
//! like the tests; `scripts/bench.sh` sets it), seeds it with the demo generator and serves the
//! real router on a loopback port in this process.
//!
//! - `initial`: initial sync of N applications (default 100,000) into an empty client store,
//!   beside `pg_dump | psql` of the same rows into an empty database (the reference);
//! - `push-pull`: a push of 100 mutations and a pull of 100 changes, repeated;
//! - `load`: C clients pulling at once for S seconds (requests per second, p99).

mod initial;
mod load;
mod push_pull;
mod setup;
mod stats;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "kezek-sync-bench", about = "Sync benchmarks and the load tool")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Initial sync of a new device, beside pg_dump | psql.
    Initial {
        #[arg(long, default_value_t = 100_000)]
        applications: u32,
    },
    /// A push of 100 mutations and a pull of 100 changes on loopback.
    PushPull {
        #[arg(long, default_value_t = 20)]
        iterations: usize,
    },
    /// Many clients pulling at once, for a bounded time.
    Load {
        #[arg(long, default_value_t = 200)]
        clients: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Applications on the server.
        #[arg(long, default_value_t = 20_000)]
        applications: u32,
        /// Changes per pull page.
        #[arg(long, default_value_t = 100)]
        page: u32,
    },
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    match cli.command {
        Command::Initial { applications } => initial::run(applications).await,
        Command::PushPull { iterations } => push_pull::run(iterations).await,
        Command::Load {
            clients,
            seconds,
            applications,
            page,
        } => {
            let bench = setup::Bench::start(applications).await;
            let clients = bench.operator_sessions(clients).await;
            load::run(&bench.server.base, clients, seconds, page).await;
        }
    }
}
