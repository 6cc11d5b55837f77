//! Signed PDFs: adding a PAdES baseline B-B signature as an incremental update, and verifying every
//! signature of a file.
//!
//! A signature is appended, never rewritten into the file: the signed bytes stay a byte-exact
//! prefix, so a second signer (the kindergarten head after the parent) leaves the first signature
//! valid over its own revision. The CMS inside is the one of [`crate::cms`] (blinded RSA-SHA256),
//! computed over the two byte ranges around `/Contents`, with an ESS signing-certificate-v2
//! attribute and **no** signing-time attribute: PAdES (ETSI EN 319 142-1) puts the claimed signing
//! time in the signature dictionary's `/M`. At verification the signing-time attribute wins when a
//! signature (made elsewhere) carries one; otherwise `/M` is the claimed time.
//!
//! `lopdf` is the object model; the offsets of `/ByteRange` and `/Contents` are found in the bytes it
//! writes and patched in place (same length), as every PDF signer does.

mod sign;
mod verify;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Timelike, Utc};
use rsa::RsaPrivateKey;
use serde::Serialize;

use crate::certificate::CertificateInfo;
use crate::cms::SignError;

pub use sign::sign_pdf;
pub use verify::verify_pdf;

/// Bytes reserved for the CMS in `/Contents` (written as twice as many hex digits). A signature with
/// a three-certificate chain of 2048-bit RSA is about 4 KiB; national CA chains are larger, and a
/// timestamp token may be added later.
pub const SIGNATURE_RESERVED_BYTES: usize = 16 * 1024;

/// Who signs a PDF, and the signature dictionary's descriptive entries.
pub struct PdfSigner<'a> {
    /// Sign only through [`crate::cms`], which always blinds.
    pub key: &'a RsaPrivateKey,
    /// DER of the signer's certificate.
    pub certificate: &'a [u8],
    /// DER of the intermediate (and root) certificates, put into the CMS for verifiers.
    pub chain: &'a [Vec<u8>],
    /// The claimed signing time, written as `/M`.
    pub signing_time: DateTime<Utc>,
    /// The signer's name for `/Name`.
    pub name: String,
    pub reason: Option<String>,
    pub location: Option<String>,
}

impl std::fmt::Debug for PdfSigner<'_> {
    // Never print key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfSigner")
            .field("name", &self.name)
            .field("signing_time", &self.signing_time)
            .finish_non_exhaustive()
    }
}

/// Why a PDF could not be signed.
#[derive(Debug, thiserror::Error)]
pub enum PdfSignError {
    #[error("the file is not a PDF")]
    NotPdf,
    #[error("the PDF cannot be read: {0}")]
    Unreadable(String),
    #[error("this PDF cannot be signed: {0}")]
    Unsupported(String),
    #[error("the signature needs {needed} bytes but only {reserved} are reserved in the PDF")]
    SignatureTooLarge { needed: usize, reserved: usize },
    #[error("the signed PDF could not be written: {0}")]
    Write(String),
    #[error(transparent)]
    Sign(#[from] SignError),
}

impl PdfSignError {
    /// Stable code for the UI and the CLI; CMS failures keep their own codes.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotPdf => "not_a_pdf",
            Self::Unreadable(_) => "unreadable_pdf",
            Self::Unsupported(_) => "unsupported_pdf",
            Self::SignatureTooLarge { .. } => "signature_too_large",
            Self::Write(_) => "pdf_write_failed",
            Self::Sign(e) => e.code(),
        }
    }
}

/// Why a PDF's signatures could not be checked at all. A bad signature is not an error: it is
/// reported in its [`PdfSignatureReport`].
#[derive(Debug, thiserror::Error)]
pub enum PdfVerifyError {
    #[error("the file is not a PDF")]
    NotPdf,
    #[error("the PDF cannot be read: {0}")]
    Unreadable(String),
    #[error("the PDF has no signatures")]
    NoSignatures,
}

impl PdfVerifyError {
    /// Stable code for the UI and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotPdf => "not_a_pdf",
            Self::Unreadable(_) => "unreadable_pdf",
            Self::NoSignatures => "no_signatures",
        }
    }
}

/// One signature field of a PDF and what its signature is worth.
#[derive(Debug, Clone, Serialize)]
pub struct PdfSignatureReport {
    /// The field's full name, e.g. `Signature1`.
    pub field: String,
    /// The signed byte range reaches the end of the file. An earlier signature of a file signed
    /// again is valid but covers an earlier revision: `false` here.
    pub covers_whole_document: bool,
    /// Length of the revision the signature covers (the end of its byte range).
    pub signed_revision_bytes: u64,
    pub status: PdfSignatureStatus,
}

/// A signature's verdict. `code` is a stable code ([`crate::cms::VerifyError::code`], the chain's
/// codes, or `bad_byte_range` / `unsupported_sub_filter` / `malformed_signature`).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status")]
pub enum PdfSignatureStatus {
    Valid {
        signer: CertificateInfo,
        signing_time: DateTime<Utc>,
    },
    Invalid {
        code: String,
        reason: String,
        /// The certificate the signature names, unverified; `None` when it cannot be read.
        signer: Option<CertificateInfo>,
    },
}

impl PdfSignatureStatus {
    pub fn is_valid(&self) -> bool {
        matches!(self, Self::Valid { .. })
    }
}

/// Whether the bytes start with a PDF header. Readers tolerate junk before it; we write none and
/// accept none.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// Parses a PDF with `lopdf`, which is not hardened against hostile files: a panic inside it
/// becomes an error, so that odd input never brings the app down.
fn load(bytes: &[u8]) -> Result<lopdf::IncrementalDocument, String> {
    std::panic::catch_unwind(|| lopdf::IncrementalDocument::load_from(bytes))
        .map_err(|_| "the PDF parser failed".to_owned())?
        .map_err(|e| e.to_string())
}

/// PDF date (ISO 32000-1 §7.9.4) in UTC: `D:YYYYMMDDHHmmSS+00'00'`.
fn pdf_date(at: DateTime<Utc>) -> String {
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00'",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Reads a PDF date: `D:` is optional, every field after the year too, the offset is `Z`, `+HH'mm'`
/// or `-HH'mm'` (apostrophes optional).
fn parse_pdf_date(text: &[u8]) -> Option<DateTime<Utc>> {
    let text = std::str::from_utf8(text).ok()?;
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits < 4 || digits % 2 != 0 || digits > 14 {
        return None;
    }
    let field = |from: usize, default: u32| -> Option<u32> {
        if from + 2 <= digits {
            text.get(from..from + 2)?.parse().ok()
        } else {
            Some(default)
        }
    };
    let year: i32 = text.get(0..4)?.parse().ok()?;
    let local = NaiveDate::from_ymd_opt(year, field(4, 1)?, field(6, 1)?)?.and_hms_opt(
        field(8, 0)?,
        field(10, 0)?,
        field(12, 0)?,
    )?;
    let rest: String = text[digits..].chars().filter(|c| *c != '\'').collect();
    let offset_secs = match rest.as_bytes().first() {
        None | Some(b'Z') => 0,
        Some(sign @ (b'+' | b'-')) => {
            let hours: i32 = rest.get(1..3)?.parse().ok()?;
            let minutes: i32 = rest.get(3..5).map_or(Some(0), |m| m.parse().ok())?;
            let secs = hours * 3600 + minutes * 60;
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        Some(_) => return None,
    };
    let offset = chrono::FixedOffset::east_opt(offset_secs)?;
    Some(
        offset
            .from_local_datetime(&local)
            .single()?
            .with_timezone(&Utc),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_round_trip_and_read_other_writers_forms() {
        let at = Utc.with_ymd_and_hms(2026, 6, 1, 9, 30, 5).unwrap();
        assert_eq!(pdf_date(at), "D:20260601093005+00'00'");
        assert_eq!(parse_pdf_date(pdf_date(at).as_bytes()), Some(at));
        assert_eq!(parse_pdf_date(b"D:20260601093005Z"), Some(at));
        assert_eq!(parse_pdf_date(b"D:20260601143005+05'00'"), Some(at));
        assert_eq!(parse_pdf_date(b"D:20260601143005+05'00"), Some(at));
        assert_eq!(parse_pdf_date(b"20260601093005"), Some(at));
        assert_eq!(
            parse_pdf_date(b"D:2026"),
            Some(Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap())
        );
        for junk in [
            &b""[..],
            b"D:",
            b"D:20261301",
            b"D:2026x",
            b"\xff",
            b"D:202606011",
        ] {
            assert_eq!(parse_pdf_date(junk), None, "{junk:?}");
        }
    }
}
