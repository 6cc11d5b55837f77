//! Kezek's signing core: import a national-CA style PKCS#12 key, show its certificate, check it may
//! sign now for this person, make and verify detached CMS signatures that OpenSSL accepts, and add
//! PAdES signatures to PDFs as incremental updates and verify them.
//!
//! No UI, no key storage, no PDF layout here (`kezek-documents` makes the PDFs): callers pass bytes,
//! passwords, trust roots and the time, so every rule is testable with a test PKI and a fixed clock.

mod ber;
pub mod certificate;
pub mod chain;
pub mod cms;
pub mod keystore;
pub mod pdf;

pub use certificate::{CertificateError, CertificateInfo};
pub use chain::{check_for_signing, ChainError, TrustList};
pub use cms::{sign_detached, verify_detached, SignError, VerifiedSignature, VerifyError};
pub use keystore::{import_pkcs12, ImportError, ImportedKey};
pub use pdf::{
    is_pdf, sign_pdf, verify_pdf, PdfSignError, PdfSignatureReport, PdfSignatureStatus, PdfSigner,
    PdfVerifyError,
};
