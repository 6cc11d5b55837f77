//! What the key-selection dialog shows about a certificate: owner, IIN/PIN, issuer, serial,
//! validity, algorithm and key usage.
//!
//! Read with `x509-parser` because it keeps every subject attribute (Cyrillic and Kazakh letters in
//! UTF8String or BMPString) and the raw serial as issued. This module only describes a certificate;
//! whether it may sign is decided in [`crate::chain`].

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use x509_parser::oid_registry::{
    Oid, OID_PKCS1_RSAENCRYPTION, OID_PKCS1_SHA256WITHRSA, OID_PKCS1_SHA384WITHRSA,
    OID_PKCS1_SHA512WITHRSA, OID_X509_COMMON_NAME, OID_X509_GIVEN_NAME, OID_X509_ORGANIZATION_NAME,
    OID_X509_SERIALNUMBER, OID_X509_SURNAME,
};
use x509_parser::prelude::*;

/// Why a certificate could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("the certificate cannot be read: {0}")]
    Malformed(String),
}

impl CertificateError {
    /// Stable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "bad_certificate",
        }
    }
}

/// The certificate as the dialog shows it. Times are UTC; the UI formats them per locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CertificateInfo {
    pub common_name: Option<String>,
    pub surname: Option<String>,
    pub given_name: Option<String>,
    /// Digits of the subject's serialNumber without its `IIN`/`PIN`/`BIN` prefix.
    pub personal_number: Option<String>,
    /// The subject's serialNumber exactly as written in the certificate (e.g. `IIN123456789012`).
    pub subject_serial_number: Option<String>,
    pub organization: Option<String>,
    /// The issuer's common name, or its whole name when it has none.
    pub issuer: String,
    pub subject: String,
    /// Hex with colons, as `openssl x509 -serial` and CA registries show it.
    pub serial: String,
    pub not_before: DateTime<Utc>,
    pub not_after: DateTime<Utc>,
    /// Signature algorithm of the certificate, e.g. `sha256WithRSAEncryption`.
    pub signature_algorithm: String,
    /// Public key algorithm and size, e.g. `RSA 2048`.
    pub public_key: String,
    /// Key usage names as in RFC 5280 (`digitalSignature`, `nonRepudiation`, …).
    pub key_usage: Vec<String>,
    /// Extended key usage names or dotted OIDs (`emailProtection`, `clientAuth`, `1.2.398…`).
    pub extended_key_usage: Vec<String>,
    pub is_ca: bool,
}

impl CertificateInfo {
    /// Describes a DER certificate.
    pub fn from_der(der: &[u8]) -> Result<Self, CertificateError> {
        let (_, cert) = X509Certificate::from_der(der)
            .map_err(|e| CertificateError::Malformed(e.to_string()))?;
        let subject = cert.subject();
        let subject_serial_number = attribute(subject, &OID_X509_SERIALNUMBER);
        let (key_usage, extended_key_usage) = usages(&cert);
        Ok(Self {
            common_name: attribute(subject, &OID_X509_COMMON_NAME),
            surname: attribute(subject, &OID_X509_SURNAME),
            given_name: attribute(subject, &OID_X509_GIVEN_NAME),
            personal_number: subject_serial_number.as_deref().and_then(personal_number),
            subject_serial_number,
            organization: attribute(subject, &OID_X509_ORGANIZATION_NAME),
            issuer: attribute(cert.issuer(), &OID_X509_COMMON_NAME)
                .unwrap_or_else(|| name_to_string(cert.issuer())),
            subject: name_to_string(subject),
            serial: cert.raw_serial_as_string(),
            not_before: to_utc(cert.validity().not_before),
            not_after: to_utc(cert.validity().not_after),
            signature_algorithm: signature_algorithm_name(&cert.signature_algorithm.algorithm),
            public_key: public_key_description(&cert),
            key_usage,
            extended_key_usage,
            is_ca: cert.is_ca(),
        })
    }
}

/// `IIN123456789012` → `123456789012`; also `PIN…` (Kyrgyz personal number) and `BIN…`.
/// A value that is only digits is returned as is.
pub fn personal_number(serial_number: &str) -> Option<String> {
    let digits = serial_number.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())).then(|| digits.to_owned())
}

fn attribute(name: &X509Name<'_>, oid: &Oid<'_>) -> Option<String> {
    name.iter_attributes()
        .filter(|a| a.attr_type() == oid)
        .find_map(attribute_text)
}

/// UTF8String and friends via `as_str`; BMPString (UTF-16BE, still used by some CAs) by hand.
fn attribute_text(attr: &AttributeTypeAndValue<'_>) -> Option<String> {
    if let Ok(s) = attr.as_str() {
        return Some(s.to_owned());
    }
    if attr.attr_value().tag() == x509_parser::asn1_rs::Tag::BmpString {
        let bytes = attr.as_slice();
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16(&units).ok();
    }
    None
}

fn name_to_string(name: &X509Name<'_>) -> String {
    name.iter_rdn()
        .flat_map(|rdn| rdn.iter())
        .map(|a| {
            let key = short_name(a.attr_type());
            let value = attribute_text(a).unwrap_or_else(|| "?".to_owned());
            format!("{key}={value}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn short_name(oid: &Oid<'_>) -> String {
    let known = [
        (&OID_X509_COMMON_NAME, "CN"),
        (&OID_X509_SURNAME, "SN"),
        (&OID_X509_GIVEN_NAME, "GN"),
        (&OID_X509_SERIALNUMBER, "SERIALNUMBER"),
        (&OID_X509_ORGANIZATION_NAME, "O"),
    ];
    known
        .iter()
        .find(|(o, _)| *o == oid)
        .map(|(_, n)| (*n).to_owned())
        .or_else(|| {
            x509_parser::objects::oid2abbrev(oid, x509_parser::objects::oid_registry())
                .ok()
                .map(str::to_owned)
        })
        .unwrap_or_else(|| oid.to_id_string())
}

fn to_utc(t: ASN1Time) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or_default()
}

fn signature_algorithm_name(oid: &Oid<'_>) -> String {
    if *oid == OID_PKCS1_SHA256WITHRSA {
        "sha256WithRSAEncryption".into()
    } else if *oid == OID_PKCS1_SHA384WITHRSA {
        "sha384WithRSAEncryption".into()
    } else if *oid == OID_PKCS1_SHA512WITHRSA {
        "sha512WithRSAEncryption".into()
    } else {
        x509_parser::objects::oid2sn(oid, x509_parser::objects::oid_registry())
            .map(str::to_owned)
            .unwrap_or_else(|_| oid.to_id_string())
    }
}

fn public_key_description(cert: &X509Certificate<'_>) -> String {
    let spki = cert.public_key();
    match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => format!("RSA {}", rsa.key_size()),
        _ if spki.algorithm.algorithm == OID_PKCS1_RSAENCRYPTION => "RSA".into(),
        _ => signature_algorithm_name(&spki.algorithm.algorithm),
    }
}

/// Key usage and extended key usage names. Unreadable extensions show as empty: the dialog must
/// still open for odd certificates; [`crate::chain`] refuses them for signing.
pub(crate) fn usages(cert: &X509Certificate<'_>) -> (Vec<String>, Vec<String>) {
    let mut ku = Vec::new();
    if let Ok(Some(ext)) = cert.key_usage() {
        let k = ext.value;
        let flags = [
            (k.digital_signature(), "digitalSignature"),
            (k.non_repudiation(), "nonRepudiation"),
            (k.key_encipherment(), "keyEncipherment"),
            (k.data_encipherment(), "dataEncipherment"),
            (k.key_agreement(), "keyAgreement"),
            (k.key_cert_sign(), "keyCertSign"),
            (k.crl_sign(), "cRLSign"),
            (k.encipher_only(), "encipherOnly"),
            (k.decipher_only(), "decipherOnly"),
        ];
        ku = flags
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, n)| (*n).to_owned())
            .collect();
    }
    let mut eku = Vec::new();
    if let Ok(Some(ext)) = cert.extended_key_usage() {
        let e = ext.value;
        let flags = [
            (e.any, "anyExtendedKeyUsage"),
            (e.server_auth, "serverAuth"),
            (e.client_auth, "clientAuth"),
            (e.code_signing, "codeSigning"),
            (e.email_protection, "emailProtection"),
            (e.time_stamping, "timeStamping"),
            (e.ocsp_signing, "OCSPSigning"),
        ];
        eku = flags
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, n)| (*n).to_owned())
            .collect();
        eku.extend(e.other.iter().map(|o| o.to_id_string()));
    }
    (ku, eku)
}

/// The DER certificates of a file: a PEM file (any number of CERTIFICATE blocks) or one DER
/// certificate. What a trust list is loaded from.
pub fn certificates_in(file: &[u8]) -> Result<Vec<Vec<u8>>, CertificateError> {
    if file.windows(10).any(|w| w == b"-----BEGIN") {
        let mut certs = Vec::new();
        for block in x509_parser::pem::Pem::iter_from_buffer(file) {
            let block = block.map_err(|e| CertificateError::Malformed(e.to_string()))?;
            if block.label == "CERTIFICATE" {
                certs.push(block.contents);
            }
        }
        if certs.is_empty() {
            return Err(CertificateError::Malformed(
                "the PEM file holds no CERTIFICATE".into(),
            ));
        }
        Ok(certs)
    } else {
        CertificateInfo::from_der(file)?;
        Ok(vec![file.to_vec()])
    }
}

/// Whether a certificate names itself as its issuer (a root).
pub fn is_self_signed(der: &[u8]) -> bool {
    X509Certificate::from_der(der)
        .map(|(_, c)| c.subject().as_raw() == c.issuer().as_raw())
        .unwrap_or(false)
}

/// SHA-256 of the DER, lowercase hex: how a certificate is told apart in lists.
pub fn fingerprint(der: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
