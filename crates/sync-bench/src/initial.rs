//! Initial sync of a new device: every application of the server into an empty client store,
//! through the real engine over HTTP (gzip), page by page as the app does it — beside the plain
//! `pg_dump --data-only | psql` of the same rows into an empty database, the reference for "how
//! fast can these rows move at all".

use crate::setup::Bench;
use kezek_server::testing::TestDb;
use kezek_store::{Actor, Store};
use kezek_sync_client::{HttpTransport, SyncEngine};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The tables holding what the initial sync carries (parents before children: the dump is
/// loaded into a schema with its foreign keys).
const TABLES: &[&str] = &[
    "regions",
    "districts",
    "localities",
    "benefit_categories",
    "kindergartens",
    "groups",
    "children",
    "applicants",
    "applications",
];

pub async fn run(applications: u32) {
    let bench = Bench::start(applications).await;
    let token = bench.administrator().await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::open_in_dir(dir.path())
        .await
        .expect("an empty store");
    let http = HttpTransport::new(&bench.server.base, token).expect("an HTTP client");
    let engine = SyncEngine::new(store, http);
    let actor = Actor {
        user_name: "bench-admin".into(),
        at: chrono::Local::now().naive_local(),
    };
    let t = Instant::now();
    let report = engine
        .sync_once(&actor, |_| {})
        .await
        .expect("the initial sync completes");
    let sync = t.elapsed();
    println!(
        "initial sync: {} applications ({} changes, {} pages) in {:.2} s ({:.0} applications/s), \
         queue positions recomputed: {}",
        report.applications,
        report.pulled,
        report.pages,
        sync.as_secs_f64(),
        report.applications as f64 / sync.as_secs_f64(),
        report.positions_recomputed
    );

    let target = TestDb::new().await;
    let t = Instant::now();
    pg_dump_into(&bench.db.url, &target.url);
    let dump = t.elapsed();
    let copied: i64 = sqlx::query_scalar("SELECT count(*) FROM applications")
        .fetch_one(&target.pool)
        .await
        .unwrap();
    println!(
        "reference pg_dump --data-only | psql of the same tables: {copied} applications in {:.2} s \
         (initial sync / reference = {:.1})",
        dump.as_secs_f64(),
        sync.as_secs_f64() / dump.as_secs_f64()
    );
}

fn pg_dump_into(from: &str, to: &str) {
    let mut dump = Command::new("pg_dump");
    dump.args(["--data-only", "--no-owner", "--dbname", from]);
    for t in TABLES {
        dump.args(["--table", t]);
    }
    let mut dump = dump
        .stdout(Stdio::piped())
        .spawn()
        .expect("pg_dump runs (package postgresql-client)");
    let status = Command::new("psql")
        .args([
            "--quiet",
            "--no-psqlrc",
            "-v",
            "ON_ERROR_STOP=1",
            "--dbname",
            to,
        ])
        .stdin(dump.stdout.take().unwrap())
        .stdout(Stdio::null())
        .status()
        .expect("psql runs");
    assert!(status.success(), "psql failed");
    assert!(dump.wait().unwrap().success(), "pg_dump failed");
}
