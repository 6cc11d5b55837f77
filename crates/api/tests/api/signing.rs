//! Keys, the trust list, signing and verification through the API.

use crate::{code_and_reason, open, tool};
use kezek_api::{Kezek, Remember};
use kezek_test_pki::{pki, PASSWORD};

async fn trusted() -> (tempfile::TempDir, Kezek) {
    let (dir, k) = open().await;
    let chain = std::fs::read(pki().path("chain.pem")).unwrap();
    let added = k.trust_add(&chain).await.expect("the chain is trusted");
    assert_eq!(added.len(), 2, "intermediate and root");
    assert_eq!(added.iter().filter(|c| c.is_root).count(), 1);
    (dir, k)
}

#[tokio::test]
async fn imports_modern_and_legacy_files_and_keeps_them_as_imported() {
    let (_dir, k) = open().await;
    let modern = k
        .import_key("RSA256_modern.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .expect("a modern AES-256 file imports");
    assert_eq!(modern.personal_number.as_deref(), Some(kezek_test_pki::IIN));
    assert_eq!(modern.owner, "Әлиева Айгүл");
    let kept = k.store().signing_key(modern.id).await.unwrap();
    assert_eq!(
        kept.pkcs12,
        pki().p12(false),
        "the file is kept byte for byte"
    );

    let again = k
        .import_key("copy.p12", pki().p12(true).to_vec(), PASSWORD)
        .await
        .expect_err("the same certificate twice is refused");
    assert_eq!(again.code.as_str(), "key_already_imported");

    k.remove_key(modern.id).await.unwrap();
    let legacy = k
        .import_key("RSA256_legacy.p12", pki().p12(true).to_vec(), PASSWORD)
        .await
        .expect("a legacy 3DES file imports");
    assert_eq!(k.signing_keys().await.unwrap(), vec![legacy]);
}

#[tokio::test]
async fn a_wrong_password_or_a_broken_file_has_its_own_reason_and_keeps_nothing() {
    let (_dir, k) = open().await;
    let wrong = k
        .import_key("k.p12", pki().p12(false).to_vec(), "not the password")
        .await
        .unwrap_err();
    assert_eq!(
        code_and_reason(&wrong),
        ("key_import", "wrong_password".into())
    );
    let broken = k
        .import_key("k.p12", b"this is not a key file".to_vec(), PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(
        code_and_reason(&broken),
        ("key_import", "corrupt_file".into())
    );
    assert!(k.signing_keys().await.unwrap().is_empty());
}

#[tokio::test]
async fn key_details_say_why_a_certificate_may_not_sign() {
    let (_dir, k) = open().await;
    let key = k
        .import_key("k.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .unwrap();
    let details = k.key_details(key.id).await.unwrap();
    assert_eq!(
        details.refusal.as_deref(),
        Some("untrusted"),
        "no trust list yet"
    );
    assert_eq!(
        details.certificate.organization.as_deref(),
        Some(kezek_test_pki::ORG)
    );

    k.trust_add(&std::fs::read(pki().path("chain.pem")).unwrap())
        .await
        .unwrap();
    assert_eq!(k.key_details(key.id).await.unwrap().refusal, None);

    k.set_personal_number(Some(kezek_test_pki::OTHER_IIN))
        .await
        .unwrap();
    assert_eq!(
        k.key_details(key.id).await.unwrap().refusal.as_deref(),
        Some("signer_mismatch"),
        "another person's workplace"
    );
    k.set_personal_number(Some(kezek_test_pki::IIN))
        .await
        .unwrap();
    assert_eq!(k.key_details(key.id).await.unwrap().refusal, None);

    for (name, cert, refusal) in [
        ("expired", &pki().expired, "expired"),
        ("auth", &pki().auth_only, "not_for_signing"),
    ] {
        let file = std::fs::read(pki().p12_with(name, cert)).unwrap();
        let key = k.import_key(name, file, PASSWORD).await.unwrap();
        let details = k.key_details(key.id).await.unwrap();
        assert_eq!(details.refusal.as_deref(), Some(refusal), "{name}");
        let err = k
            .sign_with_kept_key(key.id, Some(PASSWORD), Remember::Never, b"text")
            .await
            .expect_err("a refused certificate does not sign");
        assert_eq!(
            code_and_reason(&err),
            ("certificate_refused", refusal.into())
        );
    }
}

#[tokio::test]
async fn a_bad_personal_number_is_refused_with_its_rule() {
    let (_dir, k) = open().await;
    let err = k.set_personal_number(Some("123")).await.unwrap_err();
    assert_eq!(err.code.as_str(), "invalid_input");
    assert_eq!(k.settings().await.unwrap().personal_number, None);
}

#[tokio::test]
async fn only_ca_certificates_can_be_trusted() {
    let (_dir, k) = open().await;
    let err = k
        .trust_add(std::fs::read(pki().path("user.pem")).unwrap().as_slice())
        .await
        .unwrap_err();
    assert_eq!(code_and_reason(&err), ("invalid_input", "not_ca".into()));
    let err = k.trust_add(b"garbage").await.unwrap_err();
    assert_eq!(
        code_and_reason(&err),
        ("invalid_input", "not_certificate".into())
    );
    assert!(k.trusted_certificates().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_detached_signature_verifies_here_and_in_openssl_and_a_changed_byte_breaks_it() {
    let (_dir, k) = trusted().await;
    let content = "Хаттама №12/34 — Әлиева Айгүл".as_bytes();
    let signed = k
        .sign_with_key_file(pki().p12(false), PASSWORD, content)
        .await
        .expect("a trusted signing key signs");
    assert!(!signed.pdf, "text gets a detached CMS signature");

    let report = k.verify(&signed.bytes, Some(content)).await.unwrap();
    assert!(report.all_valid(), "{report:?}");
    let signer = report.signatures[0].signer.as_ref().unwrap();
    assert_eq!(signer.personal_number.as_deref(), Some(kezek_test_pki::IIN));

    let dir = tempfile::tempdir().unwrap();
    let p7s = kezek_test_pki::write(dir.path(), "x.p7s", &signed.bytes);
    let data = kezek_test_pki::write(dir.path(), "x.txt", content);
    let root = pki().path("root.pem");
    let (ok, out) = tool(
        "openssl",
        &[
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            p7s.to_str().unwrap(),
            "-content",
            data.to_str().unwrap(),
            "-CAfile",
            root.to_str().unwrap(),
            "-purpose",
            "any",
            "-out",
            "/dev/null",
        ],
    );
    assert!(ok, "openssl cms -verify: {out}");

    let mut changed = content.to_vec();
    changed[0] ^= 1;
    let report = k.verify(&signed.bytes, Some(&changed)).await.unwrap();
    assert!(!report.all_valid());
    assert_eq!(
        report.signatures[0].code.as_deref(),
        Some("content_changed")
    );

    let err = k.verify(&signed.bytes, None).await.unwrap_err();
    assert_eq!(
        code_and_reason(&err),
        ("not_verifiable", "content_required".into())
    );
}

#[tokio::test]
async fn the_password_is_asked_unless_remembered_for_the_session() {
    let (_dir, k) = trusted().await;
    let key = k
        .import_key("k.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .unwrap();
    let err = k
        .sign_with_kept_key(key.id, None, Remember::Never, b"a")
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "password_required");

    let wrong = k
        .sign_with_kept_key(key.id, Some("wrong"), Remember::Session, b"a")
        .await
        .unwrap_err();
    assert_eq!(
        code_and_reason(&wrong),
        ("key_import", "wrong_password".into())
    );
    assert!(!k.key_details(key.id).await.unwrap().password_remembered);

    k.sign_with_kept_key(key.id, Some(PASSWORD), Remember::Session, b"a")
        .await
        .expect("the right password signs");
    assert!(k.key_details(key.id).await.unwrap().password_remembered);
    k.sign_with_kept_key(key.id, None, Remember::Session, b"b")
        .await
        .expect("the remembered password signs");

    // Another instance (a restarted app) remembers nothing of this session.
    let other = Kezek::open(k.store().path().parent().unwrap())
        .await
        .unwrap();
    let err = other
        .sign_with_kept_key(key.id, None, Remember::Never, b"c")
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "password_required");

    k.sign_with_kept_key(key.id, Some(PASSWORD), Remember::Never, b"d")
        .await
        .unwrap();
    assert!(
        !k.key_details(key.id).await.unwrap().password_remembered,
        "choosing 'never' forgets the session's copy"
    );
}

#[tokio::test]
async fn a_trusted_certificate_can_be_removed_once() {
    let (_dir, k) = trusted().await;
    let list = k.trusted_certificates().await.unwrap();
    let root = list.iter().find(|c| c.is_root).unwrap();
    k.remove_trusted_certificate(root.id).await.unwrap();
    let after = k.trusted_certificates().await.unwrap();
    assert_eq!(after.len(), 1);
    assert!(after.iter().all(|c| !c.is_root));
    let again = k.remove_trusted_certificate(root.id).await.unwrap_err();
    assert_eq!(again.code.as_str(), "not_found");
    let key = k
        .import_key("k.p12", pki().p12(false).to_vec(), PASSWORD)
        .await
        .unwrap();
    assert_eq!(
        k.key_details(key.id).await.unwrap().refusal.as_deref(),
        Some("untrusted"),
        "without its root the chain no longer holds"
    );
}
