//! `kezek cert`, `trust`, `sign`, `verify`, `document sample`, run as an administrator would,
//! cross-checked with openssl, pdfsig and qpdf.

use kezek_test_pki::{pki, PASSWORD};
use std::path::Path;
use std::process::Command;

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn kezek(data: &Path, lang: &str, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(args)
        .env("KEZEK_DATA_DIR", data)
        .env("KEZEK_LANG", lang)
        .env("KEZEK_KEY_PASSWORD", PASSWORD)
        .output()
        .expect("kezek runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn tool(program: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} could not run ({e}); run scripts/setup-system.sh"));
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn cert_show_prints_the_owner_with_kazakh_letters_and_json_for_scripts() {
    let data = tempfile::tempdir().unwrap();
    let p12 = kezek_test_pki::write(data.path(), "RSA256_test.p12", pki().p12(false));
    let run = kezek(data.path(), "kk", &["cert", "show", s(&p12)]);
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stdout.contains("Иесі: Әлиева Айгүл Серікқызы"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("ЖСН/ПИН: {}", kezek_test_pki::IIN)),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("nonRepudiation"), "{}", run.stdout);

    let run = kezek(data.path(), "en", &["cert", "show", "--json", s(&p12)]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["organization"], kezek_test_pki::ORG);
    assert_eq!(json["public_key"], "RSA 2048");
}

#[test]
fn a_wrong_password_is_a_translated_refusal() {
    let data = tempfile::tempdir().unwrap();
    let p12 = kezek_test_pki::write(data.path(), "k.p12", pki().p12(true));
    let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(["cert", "show", s(&p12)])
        .env("KEZEK_LANG", "ru")
        .env("KEZEK_KEY_PASSWORD", "неверный")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("Неверный пароль к файлу ключа"), "{err}");
}

#[test]
fn a_sample_protocol_is_signed_then_verified_by_kezek_and_pdfsig() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let pdf = d.join("protocol.pdf");
    let run = kezek(
        d,
        "en",
        &[
            "document",
            "sample",
            "protocol",
            "--lang",
            "ky",
            "--out",
            s(&pdf),
        ],
    );
    assert!(run.ok, "{}", run.stderr);
    let p12 = kezek_test_pki::write(d, "k.p12", pki().p12(false));
    let signed = d.join("protocol-signed.pdf");

    let refused = kezek(
        d,
        "en",
        &[
            "sign",
            "--key",
            s(&p12),
            "--in",
            s(&pdf),
            "--out",
            s(&signed),
        ],
    );
    assert!(!refused.ok, "no trust list yet: refused");
    assert!(
        refused.stderr.contains("does not chain to a trusted root"),
        "{}",
        refused.stderr
    );
    assert!(!signed.exists(), "nothing written on refusal");

    let run = kezek(d, "en", &["trust", "add", s(&pki().path("chain.pem"))]);
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stdout.contains("Root: ") && run.stdout.contains("Intermediate: "),
        "{}",
        run.stdout
    );
    let listed = kezek(d, "en", &["trust", "list"]);
    assert_eq!(listed.stdout.lines().count(), 2, "{}", listed.stdout);

    let run = kezek(
        d,
        "en",
        &[
            "sign",
            "--key",
            s(&p12),
            "--in",
            s(&pdf),
            "--out",
            s(&signed),
        ],
    );
    assert!(run.ok, "{}", run.stderr);
    assert!(run.stdout.contains("Signed PDF"), "{}", run.stdout);

    let verified = kezek(d, "kk", &["verify", s(&signed)]);
    assert!(verified.ok, "{}{}", verified.stdout, verified.stderr);
    assert!(verified.stdout.contains("жарамды"), "{}", verified.stdout);
    let (_, out) = tool("pdfsig", &[s(&signed)]);
    assert!(out.contains("Signature is Valid"), "pdfsig: {out}");

    let mut bytes = std::fs::read(&signed).unwrap();
    let at = bytes
        .windows(4)
        .position(|w| w == b"/Pag")
        .expect("a page object");
    bytes[at + 1] = b'Q';
    let tampered = kezek_test_pki::write(d, "tampered.pdf", &bytes);
    let run = kezek(d, "en", &["verify", s(&tampered)]);
    assert!(!run.ok, "a changed byte fails verification");
    assert!(run.stdout.contains("NOT VALID"), "{}", run.stdout);
}

#[test]
fn any_other_file_gets_a_detached_signature_that_openssl_accepts() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    kezek(d, "en", &["trust", "add", s(&pki().path("chain.pem"))]);
    let p12 = kezek_test_pki::write(d, "k.p12", pki().p12(false));
    let content = kezek_test_pki::write(d, "list.csv", "Әлиева;851212400345\n".as_bytes());
    let p7s = d.join("list.csv.p7s");
    let run = kezek(
        d,
        "en",
        &[
            "sign",
            "--key",
            s(&p12),
            "--in",
            s(&content),
            "--out",
            s(&p7s),
        ],
    );
    assert!(run.ok, "{}", run.stderr);

    let (ok, out) = tool(
        "openssl",
        &[
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            s(&p7s),
            "-content",
            s(&content),
            "-CAfile",
            s(&pki().path("root.pem")),
            "-purpose",
            "any",
            "-out",
            "/dev/null",
        ],
    );
    assert!(ok, "openssl: {out}");
    let run = kezek(
        d,
        "en",
        &["verify", s(&p7s), "--content", s(&content), "--json"],
    );
    assert!(run.ok, "{}", run.stdout);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["signatures"][0]["valid"], true);

    let other = kezek_test_pki::write(d, "other.csv", b"changed\n");
    let run = kezek(d, "en", &["verify", s(&p7s), "--content", s(&other)]);
    assert!(!run.ok);
    assert!(
        run.stdout
            .contains("the document was changed after signing"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_expired_certificate_is_refused_with_the_reason() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    kezek(d, "en", &["trust", "add", s(&pki().path("chain.pem"))]);
    let p12 = pki().p12_with("expired-cli", &pki().expired);
    let content = kezek_test_pki::write(d, "a.txt", b"a");
    let run = kezek(
        d,
        "ru",
        &[
            "sign",
            "--key",
            s(&p12),
            "--in",
            s(&content),
            "--out",
            s(&d.join("a.p7s")),
        ],
    );
    assert!(!run.ok);
    assert!(
        run.stderr.contains("срок действия сертификата истёк"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_sample_document_renders_in_every_language() {
    let data = tempfile::tempdir().unwrap();
    for kind in [
        "protocol",
        "direction",
        "registration-notice",
        "child-card",
        "voucher-contract",
    ] {
        for lang in ["ru", "kk", "ky", "en"] {
            let out = data.path().join(format!("{kind}-{lang}.pdf"));
            let run = kezek(
                data.path(),
                "en",
                &["document", "sample", kind, "--lang", lang, "--out", s(&out)],
            );
            assert!(run.ok, "{kind} {lang}: {}", run.stderr);
            let (ok, check) = tool("qpdf", &["--check", s(&out)]);
            assert!(ok, "qpdf {kind} {lang}: {check}");
        }
    }
    let run = kezek(
        data.path(),
        "en",
        &["document", "sample", "invoice", "--out", "x.pdf"],
    );
    assert!(!run.ok);
}
