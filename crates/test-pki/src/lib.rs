//! The test PKI of Kezek's tests: root → intermediate → users (signing, expired,
//! authentication-only, other person), plus an unrelated root and a user under it. Made once per
//! test process; keys are 2048-bit RSA from `rsa`; PKCS#12 files are made by the `openssl`
//! command as national CAs make them (modern AES-256/PBKDF2 and legacy 3DES/RC2).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use chrono::{DateTime, TimeZone, Utc};
use rcgen::{
    date_time_ymd, BasicConstraints, CertificateParams, DistinguishedName, DnType,
    ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose, PKCS_RSA_SHA256,
};
use rsa::pkcs8::{EncodePrivateKey, LineEnding};
use rsa::RsaPrivateKey;
use rustls_pki_types::PrivatePkcs8KeyDer;

/// A valid IIN (check digit; 12 December 1985, female).
pub const IIN: &str = "851212400345";
/// A valid IIN of another person (15 March 1988, female).
pub const OTHER_IIN: &str = "880315400128";
pub const OWNER: &str = "Әлиева Айгүл Серікқызы";
pub const ORG: &str = "ГККП «Ясли-сад Балапан» Қарағанды";
pub const PASSWORD: &str = "Құпия-сөз 123";

pub struct Cert {
    pub der: Vec<u8>,
    pub pem: String,
}

pub struct Pki {
    pub dir: tempfile::TempDir,
    pub user_key: RsaPrivateKey,
    pub root: Cert,
    pub intermediate: Cert,
    pub other_root: Cert,
    pub user: Cert,
    pub expired: Cert,
    pub auth_only: Cert,
    pub other_person: Cert,
    pub untrusted: Cert,
    /// `openssl pkcs12 -export` with OpenSSL 3's default AES-256/PBKDF2 and SHA-256 MAC.
    pub p12_modern: Vec<u8>,
    /// `openssl pkcs12 -export -legacy`: 3DES/RC2 and a SHA-1 MAC.
    pub p12_legacy: Vec<u8>,
}

/// Signing time used throughout: inside the user certificate's validity.
pub fn signing_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 9, 30, 0).unwrap()
}

pub fn pki() -> &'static Pki {
    static PKI: OnceLock<Pki> = OnceLock::new();
    PKI.get_or_init(make)
}

fn rsa_key() -> (RsaPrivateKey, KeyPair) {
    let key = RsaPrivateKey::new(&mut rand_core::OsRng, 2048).expect("rsa key");
    let der = key.to_pkcs8_der().expect("pkcs8");
    let pair = KeyPair::from_pkcs8_der_and_sign_algo(
        &PrivatePkcs8KeyDer::from(der.as_bytes()),
        &PKCS_RSA_SHA256,
    )
    .expect("rcgen key pair");
    (key, pair)
}

fn ca_params(cn: &str) -> CertificateParams {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CountryName, "KZ");
    dn.push(DnType::CommonName, cn);
    p.distinguished_name = dn;
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    p.not_before = date_time_ymd(2015, 1, 1);
    p.not_after = date_time_ymd(2040, 1, 1);
    p
}

fn user_params(serial: u64, iin: &str, years: (i32, i32)) -> CertificateParams {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, OWNER);
    dn.push(DnType::CustomDnType(vec![2, 5, 4, 4]), "Әлиева");
    dn.push(DnType::CustomDnType(vec![2, 5, 4, 5]), format!("IIN{iin}"));
    dn.push(DnType::CountryName, "KZ");
    dn.push(DnType::OrganizationName, ORG);
    dn.push(DnType::CustomDnType(vec![2, 5, 4, 42]), "Айгүл");
    p.distinguished_name = dn;
    p.serial_number = Some(serial.into());
    p.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::ContentCommitment,
    ];
    p.extended_key_usages = vec![ExtendedKeyUsagePurpose::EmailProtection];
    p.not_before = date_time_ymd(years.0, 1, 1);
    p.not_after = date_time_ymd(years.1, 1, 1);
    p
}

fn cert(c: rcgen::Certificate) -> Cert {
    Cert {
        der: c.der().to_vec(),
        pem: c.pem(),
    }
}

fn make() -> Pki {
    let (_, root_key) = rsa_key();
    let (_, inter_key) = rsa_key();
    let (_, other_key) = rsa_key();
    let (user_rsa, user_key) = rsa_key();

    let root_params = ca_params("Kezek Test Root CA");
    let root = root_params.self_signed(&root_key).unwrap();
    let root_issuer = Issuer::from_params(&root_params, &root_key);
    let inter_params = ca_params("ҰКО Тест (RSA) — Kezek Intermediate");
    let inter = inter_params.signed_by(&inter_key, &root_issuer).unwrap();
    let inter_issuer = Issuer::from_params(&inter_params, &inter_key);
    let other_params = ca_params("Some Other Root");
    let other_root = other_params.self_signed(&other_key).unwrap();
    let other_issuer = Issuer::from_params(&other_params, &other_key);

    let user = user_params(0x1a2b3c, IIN, (2025, 2036))
        .signed_by(&user_key, &inter_issuer)
        .unwrap();
    let expired = user_params(2, IIN, (2020, 2022))
        .signed_by(&user_key, &inter_issuer)
        .unwrap();
    let mut auth = user_params(3, IIN, (2025, 2036));
    auth.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    auth.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let auth_only = auth.signed_by(&user_key, &inter_issuer).unwrap();
    let other_person = user_params(4, OTHER_IIN, (2025, 2036))
        .signed_by(&user_key, &inter_issuer)
        .unwrap();
    let untrusted = user_params(5, IIN, (2025, 2036))
        .signed_by(&user_key, &other_issuer)
        .unwrap();

    let mut pki = Pki {
        dir: tempfile::tempdir().unwrap(),
        user_key: user_rsa,
        root: cert(root),
        intermediate: cert(inter),
        other_root: cert(other_root),
        user: cert(user),
        expired: cert(expired),
        auth_only: cert(auth_only),
        other_person: cert(other_person),
        untrusted: cert(untrusted),
        p12_modern: Vec::new(),
        p12_legacy: Vec::new(),
    };
    std::fs::write(
        pki.path("user.key.pem"),
        pki.user_key
            .to_pkcs8_pem(LineEnding::LF)
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    std::fs::write(pki.path("user.pem"), &pki.user.pem).unwrap();
    std::fs::write(pki.path("root.pem"), &pki.root.pem).unwrap();
    std::fs::write(
        pki.path("chain.pem"),
        format!("{}{}", pki.intermediate.pem, pki.root.pem),
    )
    .unwrap();
    // Made once here: tests run in parallel and must not rewrite files others read.
    pki.p12_modern = pki.export_p12(false);
    pki.p12_legacy = pki.export_p12(true);
    pki
}

impl Pki {
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The PKCS#12 file (key, user certificate, chain), modern or legacy.
    pub fn p12(&self, legacy: bool) -> &[u8] {
        if legacy {
            &self.p12_legacy
        } else {
            &self.p12_modern
        }
    }

    /// A PKCS#12 file (modern encryption) of the user key with `cert` and the chain, written
    /// to this PKI's folder under `name` (e.g. the expired or authentication-only certificate).
    pub fn p12_with(&self, name: &str, cert: &Cert) -> PathBuf {
        let pem = self.path(&format!("{name}.pem"));
        std::fs::write(&pem, &cert.pem).unwrap();
        let out = self.path(&format!("{name}.p12"));
        let mut cmd = Command::new("openssl");
        cmd.args(["pkcs12", "-export", "-name", name])
            .arg("-inkey")
            .arg(self.path("user.key.pem"))
            .arg("-in")
            .arg(&pem)
            .arg("-certfile")
            .arg(self.path("chain.pem"))
            .arg("-out")
            .arg(&out)
            .arg("-passout")
            .arg(format!("pass:{PASSWORD}"));
        run(&mut cmd);
        out
    }

    fn export_p12(&self, legacy: bool) -> Vec<u8> {
        let out = self.path(if legacy { "legacy.p12" } else { "modern.p12" });
        let mut cmd = Command::new("openssl");
        cmd.args(["pkcs12", "-export", "-name", "RSA256_test"])
            .arg("-inkey")
            .arg(self.path("user.key.pem"))
            .arg("-in")
            .arg(self.path("user.pem"))
            .arg("-certfile")
            .arg(self.path("chain.pem"))
            .arg("-out")
            .arg(&out)
            .arg("-passout")
            .arg(format!("pass:{PASSWORD}"));
        if legacy {
            cmd.arg("-legacy");
        }
        run(&mut cmd);
        std::fs::read(out).unwrap()
    }
}

pub fn run(cmd: &mut Command) -> std::process::Output {
    let out = cmd
        .output()
        .expect("openssl runs (apt-get install openssl)");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}
