//! Integration tests of the signing core against a real test PKI made here (rcgen + rsa keys),
//! PKCS#12 files made by the `openssl` command, and signatures cross-checked with `openssl cms`, and signed PDFs
//! cross-checked with poppler's `pdfsig`, `qpdf --check` and `openssl cms`.

mod certificate;
mod chain;
mod cms;
mod keystore;
mod pdf;
mod pdf_tools;
mod pki;
