//! "Remember on this device" against a real Secret Service: a private D-Bus session with
//! gnome-keyring, started here (Debian: dbus, gnome-keyring). Not a mock: the password goes
//! through the `keyring` crate to the daemon and comes back in a new `Kezek` instance.

use kezek_api::{Kezek, Remember, KEYRING_SERVICE};
use kezek_test_pki::{pki, PASSWORD};
use std::io::Write;
use std::process::{Command, Stdio};

/// A private session bus and an unlocked login keyring in a throwaway home; stops both on drop.
struct SecretService {
    dbus_pid: u32,
    _home: tempfile::TempDir,
}

impl SecretService {
    fn start() -> Self {
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

fn secret_service_item(fingerprint: &str) -> Option<String> {
    let entry = keyring::Entry::new(KEYRING_SERVICE, fingerprint).unwrap();
    entry.get_password().ok()
}

#[tokio::test]
async fn a_password_remembered_on_the_device_survives_a_restart_and_goes_with_the_key() {
    let _service = SecretService::start();
    let dir = tempfile::tempdir().unwrap();
    let k = Kezek::open(dir.path()).await.unwrap();
    k.trust_add(&std::fs::read(pki().path("chain.pem")).unwrap())
        .await
        .unwrap();
    let key = k
        .import_key("k.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .unwrap();
    k.sign_with_kept_key(key.id, Some(PASSWORD), Remember::Device, b"protocol")
        .await
        .expect("signs and stores the password in the keyring");
    assert_eq!(
        secret_service_item(&key.fingerprint).as_deref(),
        Some(PASSWORD),
        "the Secret Service holds it"
    );
    assert!(
        k.store().signing_key(key.id).await.is_ok()
            && !std::fs::read(k.store().path())
                .unwrap()
                .windows(PASSWORD.len())
                .any(|w| w == PASSWORD.as_bytes()),
        "the database never holds the password"
    );

    // A restarted app (new instance, empty session memory) signs without asking.
    let restarted = Kezek::open(dir.path()).await.unwrap();
    assert!(
        restarted
            .key_details(key.id)
            .await
            .unwrap()
            .password_remembered
    );
    restarted
        .sign_with_kept_key(key.id, None, Remember::Device, b"protocol 2")
        .await
        .expect("the device keyring's password signs");

    // Choosing "session" moves it out of the keyring; removing the key forgets it everywhere.
    restarted
        .sign_with_kept_key(key.id, None, Remember::Session, b"protocol 3")
        .await
        .unwrap();
    assert_eq!(secret_service_item(&key.fingerprint), None);
    restarted
        .sign_with_kept_key(key.id, Some(PASSWORD), Remember::Device, b"protocol 4")
        .await
        .unwrap();
    restarted.remove_key(key.id).await.unwrap();
    assert_eq!(secret_service_item(&key.fingerprint), None);
}
