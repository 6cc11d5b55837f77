//! The shared test PKI (crate `kezek-test-pki`): root → intermediate → users, .p12 files made
//! by openssl.

pub use kezek_test_pki::*;
