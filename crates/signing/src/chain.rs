//! The check before signing (and at verification): does this certificate chain to one of our trust
//! roots, was it valid at the signing time, may it sign, and is it the expected person's?
//!
//! The path is built by `rustls-webpki` (it tries every candidate path and names the failure). The
//! trust list is data (DER certificates synced from the server), and the time is an argument.
//!
//! **Signing rule.** A certificate may sign when
//! 1. its keyUsage, if present, has `nonRepudiation` or `digitalSignature`, and
//! 2. its extendedKeyUsage, if present, has `emailProtection` (1.3.6.1.5.5.7.3.4), the purpose the
//!    national CAs put on signature certificates (`RSA256_…`).
//!
//! So an authentication certificate (`AUTH_RSA256_…`: digitalSignature+keyEncipherment with the
//! `clientAuth` EKU only) is refused with `not_for_signing`, while a certificate with no EKU at all
//! and a signing key usage is accepted. Rule 2 is webpki's `KeyUsage::required_if_present`, applied
//! to the whole path (CA certificates without EKU pass).

use chrono::{DateTime, Utc};
use rustls_pki_types::{CertificateDer, SignatureVerificationAlgorithm, TrustAnchor, UnixTime};
use webpki::{EndEntityCert, KeyUsage};
use x509_parser::prelude::{FromDer, X509Certificate};

use crate::certificate::{personal_number, CertificateInfo};

/// id-kp-emailProtection, DER content bytes of 1.3.6.1.5.5.7.3.4.
const EKU_EMAIL_PROTECTION: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x04];

/// Signature algorithms accepted on certificates in a path.
static ALGORITHMS: &[&dyn SignatureVerificationAlgorithm] = &[
    webpki::ring::RSA_PKCS1_2048_8192_SHA256,
    webpki::ring::RSA_PKCS1_2048_8192_SHA384,
    webpki::ring::RSA_PKCS1_2048_8192_SHA512,
    webpki::ring::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
    webpki::ring::RSA_PSS_2048_8192_SHA384_LEGACY_KEY,
    webpki::ring::RSA_PSS_2048_8192_SHA512_LEGACY_KEY,
    webpki::ring::ECDSA_P256_SHA256,
    webpki::ring::ECDSA_P384_SHA384,
];

/// Why a certificate may not sign (or could not have signed) at the given time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("the certificate does not chain to a trusted root: {0}")]
    Untrusted(String),
    #[error("the certificate (or one in its chain) had expired at the signing time")]
    Expired,
    #[error("the certificate (or one in its chain) was not yet valid at the signing time")]
    NotYetValid,
    #[error("the certificate is not for signing (key usage: {0})")]
    NotForSigning(String),
    #[error("the certificate belongs to {found:?}, not to the expected person {expected}")]
    SignerMismatch {
        expected: String,
        found: Option<String>,
    },
    #[error("the certificate cannot be read: {0}")]
    BadCertificate(String),
}

impl ChainError {
    /// Stable code for the UI and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Untrusted(_) => "untrusted",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::NotForSigning(_) => "not_for_signing",
            Self::SignerMismatch { .. } => "signer_mismatch",
            Self::BadCertificate(_) => "bad_certificate",
        }
    }
}

/// The configured trust roots (DER), as synced from the server.
#[derive(Debug, Clone, Default)]
pub struct TrustList {
    roots: Vec<Vec<u8>>,
}

impl TrustList {
    /// A trust list from DER root certificates. Unreadable entries are reported, not skipped:
    /// a broken trust list must be noticed.
    pub fn from_der(roots: Vec<Vec<u8>>) -> Result<Self, ChainError> {
        for r in &roots {
            let der = CertificateDer::from(r.as_slice());
            webpki::anchor_from_trusted_cert(&der)
                .map_err(|e| ChainError::BadCertificate(format!("trust root: {e}")))?;
        }
        Ok(Self { roots })
    }

    pub fn roots(&self) -> &[Vec<u8>] {
        &self.roots
    }

    fn anchors(&self) -> Vec<TrustAnchor<'_>> {
        // Checked in `from_der`, so `filter_map` drops nothing in practice.
        self.roots
            .iter()
            .filter_map(|r| {
                let der = CertificateDer::from(r.as_slice());
                webpki::anchor_from_trusted_cert(&der)
                    .ok()
                    .map(|a| a.to_owned())
            })
            .collect()
    }
}

/// Checks that `certificate` (DER) may sign at `at`: key usage, chain to `trust` through
/// `intermediates`, validity of the whole path at `at`, and — when given — that its IIN/PIN is
/// `expected_personal_number`. Returns the certificate's description on success.
pub fn check_for_signing(
    certificate: &[u8],
    intermediates: &[Vec<u8>],
    trust: &TrustList,
    at: DateTime<Utc>,
    expected_personal_number: Option<&str>,
) -> Result<CertificateInfo, ChainError> {
    let info = CertificateInfo::from_der(certificate)
        .map_err(|e| ChainError::BadCertificate(e.to_string()))?;
    check_key_usage(certificate)?;
    check_path(certificate, intermediates, trust, at)?;
    if let Some(expected) = expected_personal_number {
        let expected_digits = personal_number(expected).unwrap_or_else(|| expected.to_owned());
        if info.personal_number.as_deref() != Some(expected_digits.as_str()) {
            return Err(ChainError::SignerMismatch {
                expected: expected_digits,
                found: info.personal_number.clone(),
            });
        }
    }
    Ok(info)
}

/// Rule 1 of the module doc (rule 2 is checked by webpki while building the path).
fn check_key_usage(certificate: &[u8]) -> Result<(), ChainError> {
    let (_, cert) = X509Certificate::from_der(certificate)
        .map_err(|e| ChainError::BadCertificate(e.to_string()))?;
    match cert.key_usage() {
        Ok(None) => Ok(()),
        Ok(Some(ext)) if ext.value.non_repudiation() || ext.value.digital_signature() => Ok(()),
        Ok(Some(_)) => {
            let (ku, _) = crate::certificate::usages(&cert);
            Err(ChainError::NotForSigning(ku.join(", ")))
        }
        Err(e) => Err(ChainError::BadCertificate(e.to_string())),
    }
}

fn check_path(
    certificate: &[u8],
    intermediates: &[Vec<u8>],
    trust: &TrustList,
    at: DateTime<Utc>,
) -> Result<(), ChainError> {
    let der = CertificateDer::from(certificate);
    let ee =
        EndEntityCert::try_from(&der).map_err(|e| ChainError::BadCertificate(e.to_string()))?;
    let intermediates: Vec<CertificateDer<'_>> = intermediates
        .iter()
        .map(|c| CertificateDer::from(c.as_slice()))
        .collect();
    let anchors = trust.anchors();
    let secs = u64::try_from(at.timestamp()).unwrap_or(0);
    let time = UnixTime::since_unix_epoch(std::time::Duration::from_secs(secs));
    ee.verify_for_usage(
        ALGORITHMS,
        &anchors,
        &intermediates,
        time,
        KeyUsage::required_if_present(EKU_EMAIL_PROTECTION),
        None,
        None,
    )
    .map(|_| ())
    .map_err(|e| map_webpki(e, certificate))
}

fn map_webpki(e: webpki::Error, certificate: &[u8]) -> ChainError {
    use webpki::Error as E;
    match e {
        E::CertExpired { .. } => ChainError::Expired,
        E::CertNotValidYet { .. } => ChainError::NotYetValid,
        E::RequiredEkuNotFoundContext(_) => {
            let eku = CertificateInfo::from_der(certificate)
                .map(|i| i.extended_key_usage.join(", "))
                .unwrap_or_default();
            ChainError::NotForSigning(format!("extended key usage: {eku}"))
        }
        other => ChainError::Untrusted(format!("{other:?}")),
    }
}
