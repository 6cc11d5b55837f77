//! Integration tests of the API over a real SQLite store in a temporary folder, a test PKI
//! (kezek-test-pki: rcgen certificates, openssl-made .p12 files) and the real PDF tools.

mod commission;
mod documents;
mod intake;
mod signing;
mod vouchers;

use kezek_api::{ApiError, Kezek};
use tempfile::TempDir;

pub async fn open() -> (TempDir, Kezek) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let kezek = Kezek::open(dir.path()).await.expect("the store opens");
    (dir, kezek)
}

/// The error's code and its `reason` argument, e.g. `("key_import", "wrong_password")`.
pub fn code_and_reason(e: &ApiError) -> (&'static str, String) {
    (
        e.code.as_str(),
        e.args.get("reason").cloned().unwrap_or_default(),
    )
}

/// Runs a tool and returns its stdout and whether it succeeded; a missing tool fails the test
/// with the package to install.
pub fn tool(program: &str, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} could not run ({e}); run scripts/setup-system.sh (poppler-utils, openssl)")
        });
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}
