//! Keys, trust list, signing and verification: the user actions over `kezek-signing`.
//!
//! Keys are kept in the local store as their PKCS#12 file (still encrypted by its password). The
//! password is asked at each signature unless the user chose to remember it for the session (in
//! this process's memory) or on this device (in the OS keyring, see [`crate::passwords`]).

use crate::error::{ApiError, ErrorCode};
use crate::passwords::Remember;
use crate::{actor, Kezek};
use chrono::{DateTime, Utc};
use kezek_signing::{
    check_for_signing, import_pkcs12, CertificateInfo, ChainError, ImportError, ImportedKey,
    PdfSignatureStatus, PdfSigner, TrustList,
};
use kezek_store::{NewSigningKey, NewTrustedCertificate, SigningKeyEntry, TrustedCertificateEntry};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A kept key with its full certificate and whether it may sign now.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeyDetails {
    pub key: SigningKeyEntry,
    pub certificate: CertificateInfo,
    /// `None` when the certificate may sign now; otherwise the refusal's code
    /// (`expired`, `untrusted`, `not_for_signing`, `signer_mismatch`, …).
    pub refusal: Option<String>,
    /// The password of this key is remembered for this session or on this device.
    pub password_remembered: bool,
}

/// What the signature check found: one entry per signature.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VerificationReport {
    /// "pdf" (signatures inside the PDF) or "cms" (a detached signature).
    pub format: String,
    pub signatures: Vec<SignatureCheck>,
}

impl VerificationReport {
    pub fn all_valid(&self) -> bool {
        !self.signatures.is_empty() && self.signatures.iter().all(|s| s.valid)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignatureCheck {
    /// The PDF signature field (`Signature1`, …); none for a detached signature.
    pub field: Option<String>,
    pub valid: bool,
    /// Why it is not valid: a stable code (`content_changed`, `expired`, `untrusted`, …).
    pub code: Option<String>,
    /// The technical reason, in English.
    pub reason: Option<String>,
    pub signer: Option<CertificateInfo>,
    pub signing_time: Option<DateTime<Utc>>,
    /// For a PDF: the signature covers the whole file. An earlier signature of a file signed
    /// again later covers only the revision it signed.
    pub covers_whole_document: bool,
}

/// The result of signing bytes with a key.
#[derive(Debug)]
pub struct Signed {
    pub bytes: Vec<u8>,
    pub signer: CertificateInfo,
    /// True for a signed PDF, false for a detached CMS signature.
    pub pdf: bool,
}

impl Kezek {
    /// Imports a `.p12` file: opens it with `password` (to prove the password and read the
    /// certificate), keeps the file as it is, and records the import.
    pub async fn import_key(
        &self,
        file_name: &str,
        pkcs12: Vec<u8>,
        password: &str,
    ) -> Result<SigningKeyEntry, ApiError> {
        let imported = import_pkcs12(&pkcs12, password).map_err(import_error)?;
        let info = describe(&imported.certificate)?;
        let key = NewSigningKey {
            fingerprint: kezek_signing::certificate::fingerprint(&imported.certificate),
            alias: imported.alias.clone(),
            file_name: file_name.to_string(),
            pkcs12,
            certificate: imported.certificate.clone(),
            owner: owner_name(&info),
            personal_number: info.personal_number.clone(),
            organization: info.organization.clone(),
            issuer: info.issuer.clone(),
            not_before: info.not_before.naive_utc(),
            not_after: info.not_after.naive_utc(),
        };
        self.store
            .add_signing_key(&key, &actor(self))
            .await
            .map_err(|e| match e {
                kezek_store::StoreError::InvalidInput(_) => {
                    ApiError::new(ErrorCode::KeyAlreadyImported, e.to_string())
                }
                other => other.into(),
            })
    }

    pub async fn signing_keys(&self) -> Result<Vec<SigningKeyEntry>, ApiError> {
        Ok(self.store.signing_keys().await?)
    }

    pub async fn key_details(&self, id: i64) -> Result<KeyDetails, ApiError> {
        let file = self.store.signing_key(id).await?;
        let certificate = describe(&file.certificate)?;
        let (trust, intermediates) = self.trust().await?;
        let expected = self.settings().await?.personal_number;
        let refusal = check_for_signing(
            &file.certificate,
            &intermediates,
            &trust,
            Utc::now(),
            expected.as_deref(),
        )
        .err()
        .map(|e| e.code().to_string());
        Ok(KeyDetails {
            password_remembered: self.passwords.is_remembered(&file.entry.fingerprint),
            key: file.entry,
            certificate,
            refusal,
        })
    }

    /// Forgets a key and any password remembered for it.
    pub async fn remove_key(&self, id: i64) -> Result<(), ApiError> {
        let file = self.store.signing_key(id).await?;
        self.store.remove_signing_key(id, &actor(self)).await?;
        self.passwords.forget(&file.entry.fingerprint);
        Ok(())
    }

    /// Signs `content` with the kept key `key_id`. The password is the one given, or the
    /// remembered one; with `remember` it is then kept for the session or on the device.
    pub async fn sign_with_kept_key(
        &self,
        key_id: i64,
        password: Option<&str>,
        remember: Remember,
        content: &[u8],
    ) -> Result<Signed, ApiError> {
        let file = self.store.signing_key(key_id).await?;
        let fingerprint = file.entry.fingerprint.clone();
        let password = match password.filter(|p| !p.is_empty()) {
            Some(p) => p.to_string(),
            None => self
                .passwords
                .recall(&fingerprint)
                .ok_or_else(|| ApiError::new(ErrorCode::PasswordRequired, "no password given"))?,
        };
        let imported = import_pkcs12(&file.pkcs12, &password).map_err(|e| {
            if matches!(e, ImportError::WrongPassword) {
                // A remembered password that no longer opens the file is forgotten.
                self.passwords.forget(&fingerprint);
            }
            import_error(e)
        })?;
        let signed = self.sign_with(&imported, content).await?;
        self.passwords.remember(&fingerprint, &password, remember)?;
        Ok(signed)
    }

    /// Signs `content` with a key read from a `.p12` file (the CLI's `kezek sign --key`). A PDF
    /// becomes a signed PDF; anything else gets a detached CMS signature.
    pub async fn sign_with_key_file(
        &self,
        pkcs12: &[u8],
        password: &str,
        content: &[u8],
    ) -> Result<Signed, ApiError> {
        let imported = import_pkcs12(pkcs12, password).map_err(import_error)?;
        self.sign_with(&imported, content).await
    }

    async fn sign_with(&self, key: &ImportedKey, content: &[u8]) -> Result<Signed, ApiError> {
        let (trust, mut intermediates) = self.trust().await?;
        intermediates.extend(key.chain.iter().cloned());
        let expected = self.settings().await?.personal_number;
        let now = Utc::now();
        let signer = check_for_signing(
            &key.certificate,
            &intermediates,
            &trust,
            now,
            expected.as_deref(),
        )
        .map_err(refused)?;
        let failed = |code: &str, detail: String| {
            let mut e = ApiError::new(ErrorCode::SigningFailed, detail);
            e.args.insert("reason".into(), code.to_string());
            e
        };
        if kezek_signing::is_pdf(content) {
            let pdf_signer = PdfSigner {
                key: &key.key,
                certificate: &key.certificate,
                chain: &key.chain,
                signing_time: now,
                name: owner_name(&signer),
                reason: None,
                location: None,
            };
            let bytes = kezek_signing::sign_pdf(content, &pdf_signer)
                .map_err(|e| failed(e.code(), e.to_string()))?;
            Ok(Signed {
                bytes,
                signer,
                pdf: true,
            })
        } else {
            let bytes =
                kezek_signing::sign_detached(&key.key, &key.certificate, &key.chain, content, now)
                    .map_err(|e| failed(e.code(), e.to_string()))?;
            Ok(Signed {
                bytes,
                signer,
                pdf: false,
            })
        }
    }

    /// Checks a signed PDF (`content` none) or a detached signature over `content`.
    pub async fn verify(
        &self,
        signed: &[u8],
        content: Option<&[u8]>,
    ) -> Result<VerificationReport, ApiError> {
        let (trust, _) = self.trust().await?;
        let now = Utc::now();
        if kezek_signing::is_pdf(signed) && content.is_none() {
            let reports = kezek_signing::verify_pdf(signed, &trust, now).map_err(|e| {
                let mut err = ApiError::new(ErrorCode::NotVerifiable, e.to_string());
                err.args.insert("reason".into(), e.code().to_string());
                err
            })?;
            let signatures = reports
                .into_iter()
                .map(|r| match r.status {
                    PdfSignatureStatus::Valid {
                        signer,
                        signing_time,
                    } => SignatureCheck {
                        field: Some(r.field),
                        valid: true,
                        code: None,
                        reason: None,
                        signer: Some(signer),
                        signing_time: Some(signing_time),
                        covers_whole_document: r.covers_whole_document,
                    },
                    PdfSignatureStatus::Invalid {
                        code,
                        reason,
                        signer,
                    } => SignatureCheck {
                        field: Some(r.field),
                        valid: false,
                        code: Some(code),
                        reason: Some(reason),
                        signer,
                        signing_time: None,
                        covers_whole_document: r.covers_whole_document,
                    },
                })
                .collect();
            return Ok(VerificationReport {
                format: "pdf".into(),
                signatures,
            });
        }
        let Some(content) = content else {
            return Err(ApiError::new(
                ErrorCode::NotVerifiable,
                "a detached signature needs the signed content (--content)",
            )
            .with_arg("reason", "content_required"));
        };
        let signatures = match kezek_signing::verify_detached(signed, content, &trust, now) {
            Ok(found) => found
                .into_iter()
                .map(|v| SignatureCheck {
                    field: None,
                    valid: true,
                    code: None,
                    reason: None,
                    signer: Some(v.signer),
                    signing_time: Some(v.signing_time),
                    covers_whole_document: true,
                })
                .collect(),
            Err(e) => vec![SignatureCheck {
                field: None,
                valid: false,
                code: Some(e.code().to_string()),
                reason: Some(e.to_string()),
                signer: None,
                signing_time: None,
                covers_whole_document: true,
            }],
        };
        Ok(VerificationReport {
            format: "cms".into(),
            signatures,
        })
    }

    /// Adds the certificates of a PEM (one or several) or DER file to the trust list.
    pub async fn trust_add(&self, file: &[u8]) -> Result<Vec<TrustedCertificateEntry>, ApiError> {
        let ders = certificates_in(file)?;
        let actor = actor(self);
        let mut added = Vec::new();
        for der in ders {
            let info = describe(&der)?;
            if !info.is_ca {
                return Err(ApiError::invalid_input(format!(
                    "{} is not a CA certificate; only roots and intermediates can be trusted",
                    info.subject
                ))
                .with_arg("reason", "not_ca"));
            }
            let is_root = kezek_signing::certificate::is_self_signed(&der);
            if is_root {
                TrustList::from_der(vec![der.clone()]).map_err(refused)?;
            }
            let cert = NewTrustedCertificate {
                fingerprint: kezek_signing::certificate::fingerprint(&der),
                subject: info.subject.clone(),
                issuer: info.issuer.clone(),
                is_root,
                not_after: info.not_after.naive_utc(),
                der,
                source: "local",
            };
            added.push(self.store.add_trusted_certificate(&cert, &actor).await?);
        }
        Ok(added)
    }

    pub async fn trusted_certificates(&self) -> Result<Vec<TrustedCertificateEntry>, ApiError> {
        Ok(self.store.trusted_certificates().await?)
    }

    pub async fn remove_trusted_certificate(&self, id: i64) -> Result<(), ApiError> {
        Ok(self
            .store
            .remove_trusted_certificate(id, &actor(self))
            .await?)
    }

    /// The trust list: roots as anchors, intermediates to help build chains.
    async fn trust(&self) -> Result<(TrustList, Vec<Vec<u8>>), ApiError> {
        let (roots, intermediates): (Vec<_>, Vec<_>) = self
            .store
            .trusted_certificate_ders()
            .await?
            .into_iter()
            .partition(|(root, _)| *root);
        let trust =
            TrustList::from_der(roots.into_iter().map(|(_, d)| d).collect()).map_err(refused)?;
        Ok((trust, intermediates.into_iter().map(|(_, d)| d).collect()))
    }
}

/// Describes a certificate (for the `kezek cert show` of a file not kept).
pub fn describe_key_file(pkcs12: &[u8], password: &str) -> Result<CertificateInfo, ApiError> {
    let imported = import_pkcs12(pkcs12, password).map_err(import_error)?;
    describe(&imported.certificate)
}

fn describe(der: &[u8]) -> Result<CertificateInfo, ApiError> {
    CertificateInfo::from_der(der).map_err(|e| {
        ApiError::new(ErrorCode::CertificateRefused, e.to_string())
            .with_arg("reason", e.code())
            .with_arg("code", e.code())
    })
}

/// "Surname Given" from the certificate, else its common name, else its subject.
fn owner_name(info: &CertificateInfo) -> String {
    match (&info.surname, &info.given_name) {
        (Some(s), Some(g)) => format!("{s} {g}"),
        _ => info
            .common_name
            .clone()
            .unwrap_or_else(|| info.subject.clone()),
    }
}

fn import_error(e: ImportError) -> ApiError {
    ApiError::new(ErrorCode::KeyImport, e.to_string()).with_arg("reason", e.code())
}

/// `reason` selects the message; `code` feeds the shared `signature-problem` message.
fn refused(e: ChainError) -> ApiError {
    ApiError::new(ErrorCode::CertificateRefused, e.to_string())
        .with_arg("reason", e.code())
        .with_arg("code", e.code())
}

/// The DER certificates of a PEM or DER file.
fn certificates_in(file: &[u8]) -> Result<Vec<Vec<u8>>, ApiError> {
    kezek_signing::certificate::certificates_in(file)
        .map_err(|e| ApiError::invalid_input(e.to_string()).with_arg("reason", "not_certificate"))
}
