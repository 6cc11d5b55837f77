//! "Remember on this device" against a real Secret Service: a private D-Bus session with
//! gnome-keyring, started here (Debian: dbus, gnome-keyring). Not a mock: the password goes
//! through the `keyring` crate to the daemon and comes back in a new `Kezek` instance.

use kezek_api::{Kezek, Remember, KEYRING_SERVICE};
use kezek_test_pki::{pki, PASSWORD};

#[path = "support/secret_service.rs"]
mod secret_service;
use secret_service::SecretService;

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
