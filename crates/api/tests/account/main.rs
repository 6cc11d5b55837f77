//! Accounts against the real kezek-server (a throwaway PostgreSQL database per test, the real
//! router on a loopback port) and a real Secret Service for the session tokens: a private D-Bus
//! session with gnome-keyring, shared by the tests of this process (the keyring crate connects
//! once per process) and stopped by a watchdog when the process ends.

mod admin;
mod login;
mod sync;

use kezek_api::{ApiError, Kezek};
use kezek_server::scope::Role;
use kezek_server::testing::{add_user, build_world, At, RunningServer, TestDb, World};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use tempfile::TempDir;

pub use kezek_server::testing::PASSWORD;

/// Starts the private Secret Service once for this process.
pub fn secret_service() {
    static STARTED: OnceLock<TempDir> = OnceLock::new();
    STARTED.get_or_init(|| {
        let home = tempfile::tempdir().unwrap();
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .expect("dbus-daemon runs (apt-get install dbus)");
        assert!(out.status.success(), "dbus-daemon: {out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        let mut lines = text.lines();
        let address = lines.next().expect("the bus address").to_string();
        let dbus_pid: u32 = lines.next().expect("the bus pid").trim().parse().unwrap();
        std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
        // Nothing drops a static: a watchdog stops the bus (and with it the keyring daemon)
        // once this test process is gone. It outlives the process on purpose: never waited for.
        #[allow(clippy::zombie_processes)]
        let _watchdog = Command::new("sh")
            .args([
                "-c",
                "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill \"$2\"",
                "watchdog",
                &std::process::id().to_string(),
                &dbus_pid.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sh runs");
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets", "--daemonize"])
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_RUNTIME_DIR", home.path())
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("gnome-keyring-daemon runs (apt-get install gnome-keyring)");
        keyring
            .stdin
            .take()
            .unwrap()
            .write_all(b"keyring-password")
            .unwrap();
        let status = keyring.wait_with_output().unwrap();
        assert!(status.status.success(), "gnome-keyring-daemon: {status:?}");
        home
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
