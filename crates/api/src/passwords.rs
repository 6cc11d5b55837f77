//! Remembered key passwords: for this session (in memory) or on this device (the OS keyring
//! through the `keyring` crate: Secret Service on Linux, Keychain on macOS, Credential Manager
//! on Windows). A password is never written to the database or a file of ours.

use crate::error::{ApiError, ErrorCode};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use ts_rs::TS;

/// The keyring service name of Kezek's key passwords; the entry's user is the certificate's
/// SHA-256 fingerprint.
pub const KEYRING_SERVICE: &str = "kezek-signing-key";

/// How long a key's password is kept after a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Remember {
    /// Asked at each signature.
    #[default]
    Never,
    /// Until the app is closed.
    Session,
    /// In the OS keyring of this device, until the key is removed or the password fails.
    Device,
}

/// The passwords remembered by this process, and the way to the OS keyring.
#[derive(Clone, Default)]
pub struct Passwords {
    session: Arc<Mutex<HashMap<String, String>>>,
}

impl std::fmt::Debug for Passwords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passwords { .. }")
    }
}

impl Passwords {
    /// The password remembered for the key with this fingerprint: the session's first, then
    /// the device keyring's. A keyring that cannot be reached counts as "nothing remembered".
    pub fn recall(&self, fingerprint: &str) -> Option<String> {
        if let Some(p) = self.session().get(fingerprint) {
            return Some(p.clone());
        }
        entry(fingerprint).ok()?.get_password().ok()
    }

    pub fn is_remembered(&self, fingerprint: &str) -> bool {
        self.recall(fingerprint).is_some()
    }

    /// Keeps `password` as `how` says. `Never` forgets any earlier choice; `Session` also
    /// removes a device copy, so the last choice is the one in force.
    pub fn remember(
        &self,
        fingerprint: &str,
        password: &str,
        how: Remember,
    ) -> Result<(), ApiError> {
        match how {
            Remember::Never => {
                self.forget(fingerprint);
                Ok(())
            }
            Remember::Session => {
                self.forget_on_device(fingerprint);
                self.session()
                    .insert(fingerprint.to_string(), password.to_string());
                Ok(())
            }
            Remember::Device => {
                self.session().remove(fingerprint);
                entry(fingerprint)
                    .and_then(|e| e.set_password(password))
                    .map_err(keyring_error)
            }
        }
    }

    /// Forgets the password everywhere (best effort for the keyring: it may be unreachable).
    pub fn forget(&self, fingerprint: &str) {
        self.session().remove(fingerprint);
        self.forget_on_device(fingerprint);
    }

    fn forget_on_device(&self, fingerprint: &str) {
        if let Ok(e) = entry(fingerprint) {
            let _ = e.delete_credential();
        }
    }

    fn session(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        // A poisoned map only means a panic elsewhere; the passwords in it are still right.
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn entry(fingerprint: &str) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(KEYRING_SERVICE, fingerprint)
}

fn keyring_error(e: keyring::Error) -> ApiError {
    ApiError::new(ErrorCode::Keyring, e.to_string())
}
