//! Detached CMS (PKCS#7) SignedData, RSA with SHA-256: making one, and verifying one.
//!
//! Signatures carry a signing-time attribute and the signer's certificate with its chain, so that
//! `openssl cms -verify` and other tools accept them. Private-key operations always go through
//! `RandomizedSigner::sign_with_rng`, which blinds the RSA operation: the plain `Signer::sign` of
//! `rsa` 0.9 does not, and is exposed to the Marvin timing attack (RUSTSEC-2023-0071).
//!
//! Verification never trusts what the CMS says about itself: the content digest is recomputed, the
//! signature checked with the certificate's key, and the certificate chained to *our* trust list
//! at the signing time. Every failure is a typed reason, never a panic.
//!
//! The builder and the verifier work on a digest, so that [`crate::pdf`] shares them: a PDF signature
//! is the same SignedData over the file's signed byte ranges, with an ESS signing-certificate-v2
//! attribute instead of the signing time (PAdES puts the claimed time in the PDF's `/M`).
//!
//! The signing time is the signer's own signed claim (there is no timestamp-authority token yet),
//! so "valid at signing time" trusts the signer's clock; a time in our future is refused.

use ::cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use ::cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use ::cms::content_info::ContentInfo;
use ::cms::signed_data::{EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo};
use chrono::{DateTime, Utc};
use der::asn1::{OctetString, SetOfVec};
use der::oid::db::{rfc5911, rfc5912};
use der::{Any, Decode, Encode, Tagged};
use rand_core::OsRng;
use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
use rsa::pkcs8::DecodePublicKey;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde::Serialize;
use sha2::{Digest, Sha256};
use signature::{Keypair, RandomizedSigner, Verifier};
use spki::{AlgorithmIdentifierOwned, DynSignatureAlgorithmIdentifier};
use x509_cert::attr::Attribute;
use x509_cert::time::Time;
use x509_cert::Certificate;

use crate::certificate::CertificateInfo;
use crate::chain::{check_for_signing, ChainError, TrustList};

/// Why a signature could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("the certificate cannot be read: {0}")]
    BadCertificate(String),
    #[error("the private key does not belong to the certificate")]
    KeyMismatch,
    #[error("the signature could not be built: {0}")]
    Failed(String),
}

impl SignError {
    /// Stable code for the UI and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadCertificate(_) => "bad_certificate",
            Self::KeyMismatch => "key_mismatch",
            Self::Failed(_) => "signing_failed",
        }
    }
}

/// Why a detached signature is not valid for the given content.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("not a readable CMS signature: {0}")]
    Malformed(String),
    #[error("the signature has no signer")]
    NoSigner,
    #[error("unsupported algorithm: {0}")]
    UnsupportedAlgorithm(String),
    #[error("the content was changed after signing (its digest does not match)")]
    ContentChanged,
    #[error("the signature value is not valid for the signer's key")]
    BadSignature,
    #[error("the signer's certificate is not in the signature")]
    NoSignerCertificate,
    #[error("the signature has no signing time")]
    NoSigningTime,
    #[error("the signing-certificate attribute names another certificate than the signer's")]
    SigningCertificateMismatch,
    #[error("the signing time {0} is in the future")]
    SigningTimeInFuture(DateTime<Utc>),
    #[error(transparent)]
    Chain(#[from] ChainError),
}

impl VerifyError {
    /// Stable code for the UI and the CLI; chain failures keep their own codes.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "malformed_signature",
            Self::NoSigner => "no_signer",
            Self::UnsupportedAlgorithm(_) => "unsupported_algorithm",
            Self::ContentChanged => "content_changed",
            Self::BadSignature => "bad_signature",
            Self::NoSignerCertificate => "no_signer_certificate",
            Self::NoSigningTime => "no_signing_time",
            Self::SigningCertificateMismatch => "signing_certificate_mismatch",
            Self::SigningTimeInFuture(_) => "signing_time_in_future",
            Self::Chain(e) => e.code(),
        }
    }
}

/// A valid signature: who signed, and when (by the signed signing-time attribute, or the time the
/// container claims, e.g. a PDF's `/M`).
#[derive(Debug, Clone, Serialize)]
pub struct VerifiedSignature {
    pub signer: CertificateInfo,
    pub signing_time: DateTime<Utc>,
}

/// Tolerated clock skew between the signer's machine and ours.
const CLOCK_SKEW: chrono::Duration = chrono::Duration::minutes(5);

/// The RSA key wrapped so that the CMS builder can only sign with blinding.
struct BlindedSigner {
    key: SigningKey<Sha256>,
}

impl Keypair for BlindedSigner {
    type VerifyingKey = VerifyingKey<Sha256>;
    fn verifying_key(&self) -> Self::VerifyingKey {
        self.key.verifying_key()
    }
}

impl DynSignatureAlgorithmIdentifier for BlindedSigner {
    fn signature_algorithm_identifier(&self) -> spki::Result<AlgorithmIdentifierOwned> {
        self.key.signature_algorithm_identifier()
    }
}

impl signature::Signer<Signature> for BlindedSigner {
    fn try_sign(&self, msg: &[u8]) -> Result<Signature, signature::Error> {
        // Blinded RSA (RUSTSEC-2023-0071): never `Signer::sign` of the inner key.
        self.key.try_sign_with_rng(&mut OsRng, msg)
    }
}

/// Makes a detached CMS SignedData (DER) over `content`, signed at `signing_time` with `key`, carrying
/// `certificate` and `chain`. Check the certificate with [`check_for_signing`] first.
pub fn sign_detached(
    key: &RsaPrivateKey,
    certificate: &[u8],
    chain: &[Vec<u8>],
    content: &[u8],
    signing_time: DateTime<Utc>,
) -> Result<Vec<u8>, SignError> {
    let time =
        signing_time_attribute(signing_time).map_err(|e| SignError::Failed(e.to_string()))?;
    sign_digest(
        key,
        certificate,
        chain,
        &Sha256::digest(content),
        vec![time],
    )
}

/// The shared builder: a detached SignedData over content whose SHA-256 is `digest`. The builder
/// adds content-type and message-digest; `extra_attributes` are signed too.
pub(crate) fn sign_digest(
    key: &RsaPrivateKey,
    certificate: &[u8],
    chain: &[Vec<u8>],
    digest: &[u8],
    extra_attributes: Vec<Attribute>,
) -> Result<Vec<u8>, SignError> {
    let cert =
        Certificate::from_der(certificate).map_err(|e| SignError::BadCertificate(e.to_string()))?;
    let cert_key = public_key(&cert).map_err(|e| SignError::BadCertificate(e.to_string()))?;
    if cert_key != key.to_public_key() {
        return Err(SignError::KeyMismatch);
    }
    let failed = |e: &dyn std::fmt::Display| SignError::Failed(e.to_string());

    let signer = BlindedSigner {
        key: SigningKey::<Sha256>::new(key.clone()),
    };
    let econtent = EncapsulatedContentInfo {
        econtent_type: rfc5911::ID_DATA,
        econtent: None,
    };
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: cert.tbs_certificate.issuer.clone(),
        serial_number: cert.tbs_certificate.serial_number.clone(),
    });
    let sha256 = AlgorithmIdentifierOwned {
        oid: rfc5912::ID_SHA_256,
        parameters: None,
    };
    let mut signer_info =
        SignerInfoBuilder::new(&signer, sid, sha256.clone(), &econtent, Some(digest))
            .map_err(|e| failed(&e))?;
    for attribute in extra_attributes {
        signer_info
            .add_signed_attribute(attribute)
            .map_err(|e| failed(&e))?;
    }

    let mut builder = SignedDataBuilder::new(&econtent);
    builder
        .add_digest_algorithm(sha256)
        .map_err(|e| failed(&e))?;
    builder
        .add_certificate(CertificateChoices::Certificate(cert.clone()))
        .map_err(|e| failed(&e))?;
    for der in chain {
        let c = Certificate::from_der(der).map_err(|e| SignError::BadCertificate(e.to_string()))?;
        builder
            .add_certificate(CertificateChoices::Certificate(c))
            .map_err(|e| failed(&e))?;
    }
    builder
        .add_signer_info::<_, Signature>(signer_info)
        .map_err(|e| failed(&e))?;
    let content_info = builder.build().map_err(|e| failed(&e))?;
    content_info.to_der().map_err(|e| failed(&e))
}

/// Verifies a detached CMS signature (DER) over `content`: every signer's digest, signature value,
/// signing time (not after `now` beyond a small skew), and certificate chain to `trust` at the
/// signing time, with the signing key-usage rule of [`crate::chain`].
pub fn verify_detached(
    signature: &[u8],
    content: &[u8],
    trust: &TrustList,
    now: DateTime<Utc>,
) -> Result<Vec<VerifiedSignature>, VerifyError> {
    verify_digest(signature, &Sha256::digest(content), trust, now, None)
}

/// The shared verifier: `digest` is the SHA-256 of the signed content. The signing time is the
/// signing-time attribute when the signature has one, else `claimed_time` (a PDF's `/M`).
pub(crate) fn verify_digest(
    signature: &[u8],
    digest: &[u8],
    trust: &TrustList,
    now: DateTime<Utc>,
    claimed_time: Option<DateTime<Utc>>,
) -> Result<Vec<VerifiedSignature>, VerifyError> {
    let malformed = |e: der::Error| VerifyError::Malformed(e.to_string());
    let content_info = ContentInfo::from_der(signature).map_err(malformed)?;
    if content_info.content_type != rfc5911::ID_SIGNED_DATA {
        return Err(VerifyError::Malformed(format!(
            "content type {} is not signedData",
            content_info.content_type
        )));
    }
    let signed_data: SignedData = content_info.content.decode_as().map_err(malformed)?;
    let certificates = certificates(&signed_data);

    let mut verified = Vec::new();
    for signer_info in signed_data.signer_infos.0.iter() {
        verified.push(verify_signer(
            signer_info,
            digest,
            &certificates,
            trust,
            now,
            claimed_time,
        )?);
    }
    if verified.is_empty() {
        return Err(VerifyError::NoSigner);
    }
    Ok(verified)
}

fn verify_signer(
    si: &SignerInfo,
    digest: &[u8],
    certificates: &[Certificate],
    trust: &TrustList,
    now: DateTime<Utc>,
    claimed_time: Option<DateTime<Utc>>,
) -> Result<VerifiedSignature, VerifyError> {
    if si.digest_alg.oid != rfc5912::ID_SHA_256 {
        return Err(VerifyError::UnsupportedAlgorithm(
            si.digest_alg.oid.to_string(),
        ));
    }
    let sig_oid = si.signature_algorithm.oid;
    if sig_oid != rfc5912::RSA_ENCRYPTION && sig_oid != rfc5912::SHA_256_WITH_RSA_ENCRYPTION {
        return Err(VerifyError::UnsupportedAlgorithm(sig_oid.to_string()));
    }
    // Without signed attributes there is no signing time, which we require anyway.
    let attrs = si.signed_attrs.as_ref().ok_or(VerifyError::NoSigningTime)?;

    let message_digest = single_value(attrs, rfc5911::ID_MESSAGE_DIGEST)
        .ok_or_else(|| VerifyError::Malformed("no message digest".into()))?;
    let message_digest: OctetString = message_digest
        .decode_as()
        .map_err(|e| VerifyError::Malformed(e.to_string()))?;
    if let Some(ct) = single_value(attrs, rfc5911::ID_CONTENT_TYPE) {
        let ct: der::oid::ObjectIdentifier = ct
            .decode_as()
            .map_err(|e| VerifyError::Malformed(e.to_string()))?;
        if ct != rfc5911::ID_DATA {
            return Err(VerifyError::UnsupportedAlgorithm(format!(
                "content type {ct}"
            )));
        }
    }
    if message_digest.as_bytes() != digest {
        return Err(VerifyError::ContentChanged);
    }

    let cert = find_signer(si, certificates).ok_or(VerifyError::NoSignerCertificate)?;
    let key = public_key(cert).map_err(|e| VerifyError::Malformed(e.to_string()))?;
    let attrs_der = attrs
        .to_der()
        .map_err(|e| VerifyError::Malformed(e.to_string()))?;
    let sig =
        Signature::try_from(si.signature.as_bytes()).map_err(|_| VerifyError::BadSignature)?;
    VerifyingKey::<Sha256>::new(key)
        .verify(&attrs_der, &sig)
        .map_err(|_| VerifyError::BadSignature)?;

    check_signing_certificate_v2(attrs, cert)?;

    let signing_time = match single_value(attrs, rfc5911::ID_SIGNING_TIME) {
        Some(value) => signing_time_value(value)?,
        None if attrs.iter().any(|a| a.oid == rfc5911::ID_SIGNING_TIME) => {
            return Err(VerifyError::Malformed("repeated signing time".into()))
        }
        None => claimed_time.ok_or(VerifyError::NoSigningTime)?,
    };
    if signing_time > now + CLOCK_SKEW {
        return Err(VerifyError::SigningTimeInFuture(signing_time));
    }

    let cert_der = cert
        .to_der()
        .map_err(|e| VerifyError::Malformed(e.to_string()))?;
    let others: Vec<Vec<u8>> = certificates
        .iter()
        .filter(|c| *c != cert)
        .filter_map(|c| c.to_der().ok())
        .collect();
    let signer = check_for_signing(&cert_der, &others, trust, signing_time, None)?;
    Ok(VerifiedSignature {
        signer,
        signing_time,
    })
}

fn signing_time_value(value: &Any) -> Result<DateTime<Utc>, VerifyError> {
    let malformed = |e: der::Error| VerifyError::Malformed(e.to_string());
    let time = Time::from_der(&value.to_der().map_err(malformed)?).map_err(malformed)?;
    let secs = i64::try_from(time.to_unix_duration().as_secs()).unwrap_or(i64::MAX);
    DateTime::from_timestamp(secs, 0)
        .ok_or_else(|| VerifyError::Malformed("signing time out of range".into()))
}

/// The ESS signing-certificate-v2 attribute, when present, must name the certificate that verified
/// the signature: it stops a signature from being re-attributed to another certificate of the same
/// key. Only its first ESSCertIDv2 (the signer's, RFC 5035 §3) is checked.
fn check_signing_certificate_v2(
    attrs: &SetOfVec<Attribute>,
    cert: &Certificate,
) -> Result<(), VerifyError> {
    if !attrs.iter().any(|a| a.oid == ID_AA_SIGNING_CERTIFICATE_V2) {
        return Ok(());
    }
    let malformed = |e: der::Error| VerifyError::Malformed(format!("signing-certificate-v2: {e}"));
    let value = single_value(attrs, ID_AA_SIGNING_CERTIFICATE_V2)
        .ok_or_else(|| VerifyError::Malformed("repeated signing-certificate-v2".into()))?;
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies … OPTIONAL }
    let outer: Vec<Any> = value.decode_as().map_err(malformed)?;
    let certs: Vec<Any> = outer
        .first()
        .ok_or_else(|| VerifyError::Malformed("empty signing-certificate-v2".into()))?
        .decode_as()
        .map_err(malformed)?;
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }
    let id: Vec<Any> = certs
        .first()
        .ok_or_else(|| VerifyError::Malformed("no ESSCertIDv2".into()))?
        .decode_as()
        .map_err(malformed)?;
    let mut fields = id.iter();
    let mut next = fields.next();
    if let Some(alg) = next.filter(|a| a.tag() == der::Tag::Sequence) {
        let alg: AlgorithmIdentifierOwned = alg.decode_as().map_err(malformed)?;
        if alg.oid != rfc5912::ID_SHA_256 {
            return Err(VerifyError::UnsupportedAlgorithm(format!(
                "signing-certificate-v2 hash {}",
                alg.oid
            )));
        }
        next = fields.next();
    }
    let hash: OctetString = next
        .ok_or_else(|| VerifyError::Malformed("no certHash".into()))?
        .decode_as()
        .map_err(malformed)?;
    let cert_der = cert.to_der().map_err(malformed)?;
    if hash.as_bytes()[..] != Sha256::digest(&cert_der)[..] {
        return Err(VerifyError::SigningCertificateMismatch);
    }
    Ok(())
}

/// The certificate a signature names as its signer's, described: unverified, for telling the user
/// whose signature failed.
pub(crate) fn claimed_signer(signature: &[u8]) -> Option<CertificateInfo> {
    let content_info = ContentInfo::from_der(signature).ok()?;
    let signed_data: SignedData = content_info.content.decode_as().ok()?;
    let certificates = certificates(&signed_data);
    let si = signed_data.signer_infos.0.iter().next()?;
    let cert = find_signer(si, &certificates)?;
    CertificateInfo::from_der(&cert.to_der().ok()?).ok()
}

fn certificates(signed_data: &SignedData) -> Vec<Certificate> {
    signed_data
        .certificates
        .iter()
        .flat_map(|set| set.0.iter())
        .filter_map(|c| match c {
            CertificateChoices::Certificate(c) => Some(c.clone()),
            CertificateChoices::Other(_) => None,
        })
        .collect()
}

fn find_signer<'a>(si: &SignerInfo, certificates: &'a [Certificate]) -> Option<&'a Certificate> {
    match &si.sid {
        SignerIdentifier::IssuerAndSerialNumber(id) => certificates.iter().find(|c| {
            c.tbs_certificate.issuer == id.issuer
                && c.tbs_certificate.serial_number == id.serial_number
        }),
        SignerIdentifier::SubjectKeyIdentifier(ski) => certificates.iter().find(|c| {
            c.tbs_certificate.extensions.iter().flatten().any(|e| {
                e.extn_id == rfc5912::ID_CE_SUBJECT_KEY_IDENTIFIER
                    && OctetString::from_der(e.extn_value.as_bytes())
                        .is_ok_and(|v| v.as_bytes() == ski.0.as_bytes())
            })
        }),
    }
}

/// The only value of a signed attribute; a repeated attribute or several values count as absent
/// (RFC 5652 requires exactly one for these attributes).
fn single_value(attrs: &SetOfVec<Attribute>, oid: der::oid::ObjectIdentifier) -> Option<&Any> {
    let mut matching = attrs.iter().filter(|a| a.oid == oid);
    let attr = matching.next()?;
    if matching.next().is_some() || attr.values.len() != 1 {
        return None;
    }
    attr.values.iter().next()
}

fn public_key(cert: &Certificate) -> Result<RsaPublicKey, String> {
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| e.to_string())?;
    RsaPublicKey::from_public_key_der(&spki).map_err(|e| e.to_string())
}

/// id-aa-signingCertificateV2 (RFC 5035), 1.2.840.113549.1.9.16.2.47.
const ID_AA_SIGNING_CERTIFICATE_V2: der::oid::ObjectIdentifier =
    der::oid::ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.47");

/// ESS signing-certificate-v2 naming `certificate` by its SHA-256 (the default hash algorithm, so
/// DER leaves it out). issuerSerial is optional and left out: the hash alone binds the certificate.
pub(crate) fn signing_certificate_v2_attribute(certificate: &[u8]) -> der::Result<Attribute> {
    let cert_hash = OctetString::new(Sha256::digest(certificate).to_vec())?;
    // SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with ESSCertIDv2 = SEQUENCE { certHash }:
    // `Vec` encodes as SEQUENCE OF, so three nested vectors are exactly that structure.
    let value = vec![vec![vec![cert_hash]]];
    let mut values = SetOfVec::new();
    values.insert(Any::from_der(&value.to_der()?)?)?;
    Ok(Attribute {
        oid: ID_AA_SIGNING_CERTIFICATE_V2,
        values,
    })
}

/// RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime otherwise.
fn signing_time_attribute(at: DateTime<Utc>) -> der::Result<Attribute> {
    let secs = u64::try_from(at.timestamp()).map_err(|_| der::Tag::UtcTime.value_error())?;
    let dt = der::DateTime::from_unix_duration(std::time::Duration::from_secs(secs))?;
    let time_der = if (1950..2050).contains(&dt.year()) {
        der::asn1::UtcTime::from_date_time(dt)?.to_der()?
    } else {
        der::asn1::GeneralizedTime::from_date_time(dt).to_der()?
    };
    let mut values = SetOfVec::new();
    values.insert(Any::from_der(&time_der)?)?;
    Ok(Attribute {
        oid: rfc5911::ID_SIGNING_TIME,
        values,
    })
}
