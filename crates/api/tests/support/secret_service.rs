//! A real Secret Service for the tests that touch the OS keyring: a private D-Bus session with
//! gnome-keyring in a throwaway home (Debian: dbus, gnome-keyring). Not a mock: passwords and
//! tokens go through the `keyring` crate to the daemon. Included by the test binaries that need
//! it (`#[path]`), each its own process, since the keyring crate connects once per process.

use std::io::Write;
use std::process::{Command, Stdio};

/// A private session bus and an unlocked login keyring in a throwaway home; stops both on drop.
pub struct SecretService {
    pub dbus_pid: u32,
    _home: tempfile::TempDir,
}

impl SecretService {
    pub fn start() -> Self {
        let home = tempfile::tempdir().unwrap();
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .expect("dbus-daemon runs (apt-get install dbus)");
        assert!(out.status.success(), "dbus-daemon: {out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        let mut lines = text.lines();
        let address = lines.next().expect("the bus address").to_string();
        let dbus_pid = lines.next().expect("the bus pid").trim().parse().unwrap();
        std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);

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
        Self {
            dbus_pid,
            _home: home,
        }
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.dbus_pid.to_string()).status();
    }
}
