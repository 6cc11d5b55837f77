use kezek_signing::CertificateInfo;

use crate::pki::{pki, IIN, ORG, OWNER};

#[test]
fn shows_owner_in_cyrillic_and_the_iin() {
    let info = CertificateInfo::from_der(&pki().user.der).unwrap();
    assert_eq!(info.common_name.as_deref(), Some(OWNER));
    assert_eq!(info.surname.as_deref(), Some("Әлиева"));
    assert_eq!(info.given_name.as_deref(), Some("Айгүл"));
    assert_eq!(info.personal_number.as_deref(), Some(IIN));
    assert_eq!(
        info.subject_serial_number.as_deref(),
        Some(format!("IIN{}", crate::pki::IIN).as_str())
    );
    assert_eq!(info.organization.as_deref(), Some(ORG));
    assert_eq!(info.issuer, "ҰКО Тест (RSA) — Kezek Intermediate");
    assert_eq!(info.serial, "1a:2b:3c");
    assert_eq!(info.not_before.to_rfc3339(), "2025-01-01T00:00:00+00:00");
    assert_eq!(info.not_after.to_rfc3339(), "2036-01-01T00:00:00+00:00");
    assert_eq!(info.signature_algorithm, "sha256WithRSAEncryption");
    assert_eq!(info.public_key, "RSA 2048");
    assert_eq!(info.key_usage, ["digitalSignature", "nonRepudiation"]);
    assert_eq!(info.extended_key_usage, ["emailProtection"]);
    assert!(!info.is_ca);
    let json = serde_json::to_string(&info).unwrap();
    assert!(
        json.contains(OWNER),
        "serialised JSON keeps the letters: {json}"
    );
}

#[test]
fn openssl_reads_the_same_subject() {
    let pki = pki();
    let out = crate::pki::run(
        std::process::Command::new("openssl")
            .args([
                "x509",
                "-noout",
                "-subject",
                "-nameopt",
                "utf8,sep_comma_plus",
            ])
            .arg("-in")
            .arg(pki.path("user.pem")),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(OWNER), "openssl subject: {text}");
}

#[test]
fn personal_number_prefixes() {
    use kezek_signing::certificate::personal_number;
    assert_eq!(
        personal_number("IIN123456789012").as_deref(),
        Some("123456789012")
    );
    assert_eq!(
        personal_number("PIN21203199900123").as_deref(),
        Some("21203199900123")
    );
    assert_eq!(personal_number("123").as_deref(), Some("123"));
    assert_eq!(personal_number("IIN"), None);
    assert_eq!(personal_number("IIN12x"), None);
}

#[test]
fn bmp_string_names_are_read_too() {
    use rcgen::{string::BmpString, CertificateParams, DnType, DnValue, KeyPair};
    let mut params = CertificateParams::default();
    let cn = BmpString::try_from("Жұмабекова Ғалия").unwrap();
    params
        .distinguished_name
        .push(DnType::CommonName, DnValue::BmpString(cn));
    let key = KeyPair::generate().unwrap();
    let cert = params.self_signed(&key).unwrap();
    let info = CertificateInfo::from_der(cert.der()).unwrap();
    assert_eq!(info.common_name.as_deref(), Some("Жұмабекова Ғалия"));
    assert_eq!(info.personal_number, None, "no serialNumber, no IIN");
}
