use std::process::Command;

use kezek_signing::{import_pkcs12, sign_detached, verify_detached, TrustList};

use crate::pki::{pki, signing_time, write, OWNER, PASSWORD};

const CONTENT: &[u8] = "Хаттама № 17 — комиссия отырысы, 2026-06-01\n".as_bytes();

fn trust() -> TrustList {
    TrustList::from_der(vec![pki().root.der.clone()]).unwrap()
}

/// Exactly the check a third party runs (at today's date, default S/MIME signing purpose).
fn openssl_verify(p7s: &[u8], content: &[u8], name: &str) -> std::process::Output {
    let dir = pki().dir.path();
    let sig = write(dir, &format!("{name}.p7s"), p7s);
    let data = write(dir, name, content);
    Command::new("openssl")
        .args(["cms", "-verify", "-binary", "-inform", "DER", "-in"])
        .arg(sig)
        .arg("-content")
        .arg(data)
        .arg("-CAfile")
        .arg(pki().path("root.pem"))
        .args(["-out", "/dev/null"])
        .output()
        .unwrap()
}

fn signed() -> Vec<u8> {
    let key = import_pkcs12(pki().p12(false), PASSWORD).unwrap();
    sign_detached(
        &key.key,
        &key.certificate,
        &key.chain,
        CONTENT,
        signing_time(),
    )
    .unwrap()
}

#[test]
fn signature_verifies_in_openssl_and_here() {
    let p7s = signed();
    let out = openssl_verify(&p7s, CONTENT, "good.txt");
    assert!(
        out.status.success(),
        "openssl: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let now = signing_time() + chrono::Duration::days(1);
    let v = verify_detached(&p7s, CONTENT, &trust(), now).expect("our verify");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].signing_time, signing_time());
    assert_eq!(v[0].signer.common_name.as_deref(), Some(OWNER));
}

#[test]
fn a_changed_byte_is_invalid_here_and_in_openssl() {
    let p7s = signed();
    let mut changed = CONTENT.to_vec();
    changed[3] ^= 1;
    let now = signing_time();
    let err = verify_detached(&p7s, &changed, &trust(), now).unwrap_err();
    assert_eq!(err.code(), "content_changed", "{err}");
    let out = openssl_verify(&p7s, &changed, "changed.txt");
    assert!(!out.status.success(), "openssl must refuse changed content");

    // A changed byte in the signature value itself (the last bytes of the DER).
    let mut bad = p7s.clone();
    let n = bad.len();
    bad[n - 5] ^= 0x40;
    let err = verify_detached(&bad, CONTENT, &trust(), now).unwrap_err();
    assert_eq!(err.code(), "bad_signature", "{err}");
}

#[test]
fn verification_checks_trust_and_time_without_panicking() {
    let p7s = signed();
    let other = TrustList::from_der(vec![pki().other_root.der.clone()]).unwrap();
    let err = verify_detached(&p7s, CONTENT, &other, signing_time()).unwrap_err();
    assert_eq!(err.code(), "untrusted", "{err}");

    // Valid long after the certificate expired: it was valid when signed.
    let later = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2037, 1, 1, 0, 0, 0).unwrap();
    verify_detached(&p7s, CONTENT, &trust(), later).expect("valid at signing time");

    // Signed with the expired certificate (sign does not check; verify must).
    let key = &pki().user_key;
    let old = sign_detached(
        key,
        &pki().expired.der,
        &[pki().intermediate.der.clone()],
        CONTENT,
        signing_time(),
    )
    .unwrap();
    let err = verify_detached(&old, CONTENT, &trust(), later).unwrap_err();
    assert_eq!(err.code(), "expired", "{err}");

    let early = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 1, 1, 0, 0, 0).unwrap();
    let err = verify_detached(&p7s, CONTENT, &trust(), early).unwrap_err();
    assert_eq!(err.code(), "signing_time_in_future", "{err}");

    for junk in [&b""[..], b"\x30\x80", b"junk", &p7s[..p7s.len() / 2]] {
        let err = verify_detached(junk, CONTENT, &trust(), later).unwrap_err();
        assert_eq!(err.code(), "malformed_signature", "{err}");
    }
}

#[test]
fn key_must_match_the_certificate() {
    let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 1024).unwrap();
    let err = sign_detached(&key, &pki().user.der, &[], CONTENT, signing_time()).unwrap_err();
    assert_eq!(err.code(), "key_mismatch");
}

#[test]
fn a_signature_made_by_openssl_verifies_here() {
    let pki = pki();
    let dir = tempfile::tempdir().unwrap();
    let data = write(dir.path(), "content.txt", CONTENT);
    let sig = dir.path().join("content.txt.p7s");
    crate::pki::run(
        Command::new("openssl")
            .args([
                "cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-in",
            ])
            .arg(&data)
            .arg("-signer")
            .arg(pki.path("user.pem"))
            .arg("-inkey")
            .arg(pki.path("user.key.pem"))
            .arg("-certfile")
            .arg(pki.path("chain.pem"))
            .arg("-out")
            .arg(&sig),
    );
    let p7s = std::fs::read(&sig).unwrap();
    // openssl stamps its own clock, so verify "now" (plus a minute for slow machines).
    let now = chrono::Utc::now() + chrono::Duration::minutes(1);
    let v = verify_detached(&p7s, CONTENT, &trust(), now).expect("openssl's signature");
    assert_eq!(
        v[0].signer.personal_number.as_deref(),
        Some(crate::pki::IIN)
    );
    let err = verify_detached(&p7s, b"other", &trust(), now).unwrap_err();
    assert_eq!(err.code(), "content_changed");
}
