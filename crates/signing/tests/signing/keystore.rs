use kezek_signing::import_pkcs12;
use rsa::traits::PublicKeyParts;

use std::process::Command;

use crate::pki::{pki, run, PASSWORD};

#[test]
fn imports_modern_and_legacy_files_with_their_chain() {
    let pki = pki();
    for legacy in [false, true] {
        let key = import_pkcs12(pki.p12(legacy), PASSWORD)
            .unwrap_or_else(|e| panic!("legacy={legacy}: {e} ({})", e.code()));
        assert_eq!(
            key.certificate, pki.user.der,
            "legacy={legacy}: signer certificate"
        );
        assert!(
            key.chain.contains(&pki.intermediate.der),
            "legacy={legacy}: intermediate kept"
        );
        assert!(
            key.chain.contains(&pki.root.der),
            "legacy={legacy}: root kept"
        );
        assert_eq!(
            key.key.n(),
            pki.user_key.n(),
            "legacy={legacy}: same RSA key"
        );
        assert!(
            !format!("{key:?}").contains("key:"),
            "Debug must not print the key"
        );
    }
}

#[test]
fn wrong_password_has_its_own_code() {
    for legacy in [false, true] {
        let err = import_pkcs12(pki().p12(legacy), "not the password").unwrap_err();
        assert_eq!(err.code(), "wrong_password", "legacy={legacy}: {err}");
    }
}

#[test]
fn corrupt_and_truncated_files_are_corrupt() {
    let mut data = pki().p12(false).to_vec();
    assert_eq!(
        import_pkcs12(b"not a pkcs12 file", PASSWORD)
            .unwrap_err()
            .code(),
        "corrupt_file"
    );
    data.truncate(data.len() / 2);
    assert_eq!(
        import_pkcs12(&data, PASSWORD).unwrap_err().code(),
        "corrupt_file"
    );
}

#[test]
fn the_two_files_really_use_modern_and_legacy_encryption() {
    let pki = pki();
    for (name, expected) in [
        ("modern.p12", ["MAC: sha256", "AES-256-CBC"]),
        ("legacy.p12", ["MAC: sha1", "pbeWithSHA1And40BitRC2-CBC"]),
    ] {
        let out = run(Command::new("openssl")
            .args(["pkcs12", "-info", "-noout", "-legacy", "-in"])
            .arg(pki.path(name))
            .arg("-passin")
            .arg(format!("pass:{PASSWORD}")));
        let info = String::from_utf8_lossy(&out.stderr).into_owned();
        for e in expected {
            assert!(info.contains(e), "{name}: expected {e} in {info}");
        }
    }
}

#[test]
fn a_file_with_an_ec_key_has_no_rsa_key() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    run(Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ])
        .args(["-nodes", "-subj", "/CN=ec", "-days", "1", "-keyout"])
        .arg(p("ec.key"))
        .arg("-out")
        .arg(p("ec.pem")));
    run(Command::new("openssl")
        .args(["pkcs12", "-export", "-passout", "pass:x", "-inkey"])
        .arg(p("ec.key"))
        .arg("-in")
        .arg(p("ec.pem"))
        .arg("-out")
        .arg(p("ec.p12")));
    let err = import_pkcs12(&std::fs::read(p("ec.p12")).unwrap(), "x").unwrap_err();
    assert_eq!(err.code(), "no_rsa_key", "{err}");
}
