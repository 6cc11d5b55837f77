//! Import of password-protected PKCS#12 files as national CAs and OpenSSL issue them.
//!
//! `p12-keystore` is used because it reads both modern (AES-256/PBKDF2, SHA-256 MAC) and legacy
//! (3DES/RC2, SHA-1 MAC) files; the `p12` crate panics on SHA-256 MACs. The errors are typed so that
//! the UI can show a translated message per case (wrong password vs a broken file).

use p12_keystore::{KeyStore, KeyStoreEntry, Pkcs12ImportPolicy};
use rsa::pkcs8::DecodePrivateKey;
use rsa::RsaPrivateKey;

/// Why a PKCS#12 file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The integrity MAC did not match: in practice, the password is wrong.
    #[error("wrong password for the key file")]
    WrongPassword,
    /// The bytes are not a PKCS#12 file we can read, or it is damaged.
    #[error("the key file is damaged or not a PKCS#12 file: {0}")]
    CorruptFile(String),
    /// The file uses an encryption or MAC algorithm we do not support.
    #[error("the key file uses an unsupported algorithm: {0}")]
    Unsupported(String),
    /// The file opened but holds no private key with a certificate.
    #[error("the key file holds no private key with its certificate")]
    NoKey,
    /// The private key is not an RSA key (we sign with RSA only).
    #[error("the key in the file is not an RSA key")]
    NoRsaKey,
}

impl ImportError {
    /// Stable code for the UI and the CLI; never changes with the message text.
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongPassword => "wrong_password",
            Self::CorruptFile(_) => "corrupt_file",
            Self::Unsupported(_) => "unsupported_file",
            Self::NoKey => "no_key",
            Self::NoRsaKey => "no_rsa_key",
        }
    }
}

impl From<p12_keystore::error::Error> for ImportError {
    fn from(e: p12_keystore::error::Error) -> Self {
        use p12_keystore::error::Error as E;
        match e {
            E::MacError(_) => Self::WrongPassword,
            E::UnsupportedEncryptionScheme | E::UnsupportedMacAlgorithm => {
                Self::Unsupported(e.to_string())
            }
            // A wrong password on a file without MAC shows up as bad padding or garbage DER;
            // files from CAs always carry a MAC, so those stay "corrupt".
            other => Self::CorruptFile(other.to_string()),
        }
    }
}

/// A key imported from a PKCS#12 file, with its certificate chain (signer first).
pub struct ImportedKey {
    /// The RSA private key; sign only through [`crate::cms`], which always blinds.
    pub key: RsaPrivateKey,
    /// DER of the signer's certificate.
    pub certificate: Vec<u8>,
    /// DER of the other certificates of the file (intermediates, roots), in file order.
    pub chain: Vec<Vec<u8>>,
    /// The alias (friendly name) of the key in the file.
    pub alias: String,
}

impl std::fmt::Debug for ImportedKey {
    // Never print key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportedKey")
            .field("alias", &self.alias)
            .field("certificate_len", &self.certificate.len())
            .field("chain_len", &self.chain.len())
            .finish_non_exhaustive()
    }
}

/// Opens a PKCS#12 file with its password and returns its first RSA key with its certificates.
pub fn import_pkcs12(data: &[u8], password: &str) -> Result<ImportedKey, ImportError> {
    let store = KeyStore::from_pkcs12(data, password, Pkcs12ImportPolicy::Strict)?;
    let (alias, chain) = store.private_key_chain().ok_or(ImportError::NoKey)?;
    let certs = chain.certs();
    let leaf = certs.first().ok_or(ImportError::NoKey)?;
    let key =
        RsaPrivateKey::from_pkcs8_der(chain.key().as_der()).map_err(|_| ImportError::NoRsaKey)?;
    let mut rest: Vec<Vec<u8>> = certs[1..].iter().map(|c| c.as_der().to_vec()).collect();
    // Certificates not linked to the key (e.g. trusted roots added with `-certfile`) still help
    // to build the chain, so keep them too.
    for (_, entry) in store.entries() {
        if let KeyStoreEntry::Certificate(c) = entry {
            let der = c.as_der().to_vec();
            if der != leaf.as_der() && !rest.contains(&der) {
                rest.push(der);
            }
        }
    }
    Ok(ImportedKey {
        key,
        certificate: leaf.as_der().to_vec(),
        chain: rest,
        alias: alias.to_owned(),
    })
}
