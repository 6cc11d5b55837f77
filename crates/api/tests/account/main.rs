//! Accounts against the real kezek-server (a throwaway PostgreSQL database per test, the real
//! router on a loopback port) and a real Secret Service for the session tokens: a private D-Bus
//! session with gnome-keyring, shared by the tests of this process (the keyring crate connects
//! once per process) and stopped by a watchdog when the process ends.

#[path = "../support/secret_service.rs"]
mod secret_service;

mod admin;
mod feedback;
mod login;
mod password;
mod sync;

use kezek_api::{ApiError, Kezek};
use kezek_server::scope::Role;
use kezek_server::testing::{add_user, build_world, At, RunningServer, TestDb, World};
use secret_service::SecretService;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use tempfile::TempDir;

pub use kezek_server::testing::PASSWORD;

/// Starts the private Secret Service once for this process.
pub fn secret_service() {
    static STARTED: OnceLock<SecretService> = OnceLock::new();
    STARTED.get_or_init(|| {
        let service = SecretService::start();
        // Nothing drops a static: a watchdog stops the bus (and with it the keyring daemon)
        // once this test process is gone. It outlives the process on purpose: never waited for.
        #[allow(clippy::zombie_processes)]
        let _watchdog = Command::new("sh")
            .args([
                "-c",
                "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill \"$2\"",
                "watchdog",
                &std::process::id().to_string(),
                &service.dbus_pid.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sh runs");
        service
    });
}

/// A server with the fixture tree, an administrator `admin` and an operator `operator` of
/// district A (both with [`PASSWORD`]).
pub struct Fixture {
    pub db: TestDb,
    pub server: RunningServer,
    pub world: World,
    pub operator_id: i64,
}

impl Fixture {
    pub async fn start() -> Self {
        secret_service();
        let db = TestDb::new().await;
        let world = build_world(&db.pool).await;
        add_user(&db.pool, "admin", Role::Administrator, At::System).await;
        let operator_id = add_user(
            &db.pool,
            "operator",
            Role::Operator,
            At::District(world.a.district),
        )
        .await;
        let server = RunningServer::start(db.pool.clone()).await;
        Fixture {
            db,
            server,
            world,
            operator_id,
        }
    }

    pub fn url(&self) -> &str {
        &self.server.base
    }
}

/// A new installation (its own data folder).
pub async fn app() -> (TempDir, Kezek) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let kezek = Kezek::open(dir.path()).await.expect("the store opens");
    (dir, kezek)
}

/// The error's code and an argument, e.g. `("too_many_attempts", "30")`.
pub fn code_and(e: &ApiError, arg: &str) -> (&'static str, String) {
    (
        e.code.as_str(),
        e.args.get(arg).cloned().unwrap_or_default(),
    )
}

/// The session token kept in the OS keyring for `login` at `url`.
pub fn keyring_token(login: &str, url: &str) -> Option<String> {
    let server = url.trim_start_matches("http://");
    keyring::Entry::new(
        kezek_api::SESSION_KEYRING_SERVICE,
        &format!("{login}@{server}"),
    )
    .ok()?
    .get_password()
    .ok()
}
