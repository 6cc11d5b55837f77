//! The error every API function returns: a stable code the UI switches on and translates
//! (`error-<code>` in locales/), plus arguments for the message and a technical detail.

use kezek_store::StoreError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    DatabaseTooNew,
    DataDir,
    NotFound,
    InvalidInput,
    NotEmpty,
    Storage,
    Internal,
    /// A `.p12` file could not be imported; `reason` says why.
    KeyImport,
    KeyAlreadyImported,
    /// The certificate may not sign (or a signature's certificate is not acceptable); `reason`.
    CertificateRefused,
    /// The key's password is needed (nothing remembered).
    PasswordRequired,
    SigningFailed,
    /// The file is not a signature or signed PDF we can check; `reason`.
    NotVerifiable,
    /// The OS keyring could not keep the password.
    Keyring,
    /// A document could not be made; `reason`.
    Document,
    /// Wrong login or password (online), or wrong password (offline unlock).
    WrongPassword,
    /// Too many failed attempts; `seconds` to wait.
    TooManyAttempts,
    AccountDisabled,
    /// The server does not answer; `server` is its address.
    ServerUnreachable,
    /// The server and this app do not speak the same version.
    UpgradeNeeded,
    /// The server no longer accepts this device's session: sign in online again.
    SessionExpired,
    /// The server answered something unexpected; `detail`.
    ServerError,
    /// A server is set up and nobody is signed in.
    SignInRequired,
    /// The app is locked: only unlocking (or signing out) works.
    Locked,
    /// The signed-in user's role may not do this.
    Forbidden,
    /// The server refused a change that clashes with its data (e.g. a login taken); `detail`.
    Conflict,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DatabaseTooNew => "database_too_new",
            Self::DataDir => "data_dir",
            Self::NotFound => "not_found",
            Self::InvalidInput => "invalid_input",
            Self::NotEmpty => "not_empty",
            Self::Storage => "storage",
            Self::Internal => "internal",
            Self::KeyImport => "key_import",
            Self::KeyAlreadyImported => "key_already_imported",
            Self::CertificateRefused => "certificate_refused",
            Self::PasswordRequired => "password_required",
            Self::SigningFailed => "signing_failed",
            Self::NotVerifiable => "not_verifiable",
            Self::Keyring => "keyring",
            Self::Document => "document",
            Self::WrongPassword => "wrong_password",
            Self::TooManyAttempts => "too_many_attempts",
            Self::AccountDisabled => "account_disabled",
            Self::ServerUnreachable => "server_unreachable",
            Self::UpgradeNeeded => "upgrade_needed",
            Self::SessionExpired => "session_expired",
            Self::ServerError => "server_error",
            Self::SignInRequired => "sign_in_required",
            Self::Locked => "locked",
            Self::Forbidden => "forbidden",
            Self::Conflict => "conflict",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{code:?}: {detail}")]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    /// Technical detail (English), also passed to the message as `$detail`.
    pub detail: String,
    /// Message arguments besides `$detail`.
    pub args: BTreeMap<String, String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            code,
            detail: detail.into(),
            args: BTreeMap::new(),
        }
    }

    pub fn invalid_input(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidInput, detail)
    }

    /// The error with a message argument (e.g. `reason`, the locale selector of the cause).
    pub fn with_arg(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.insert(name.into(), value.into());
        self
    }

    /// The locale message id of this error.
    pub fn message_id(&self) -> String {
        format!("error-{}", self.code.as_str())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let detail = e.to_string();
        match e {
            StoreError::DatabaseTooNew { found, supported } => {
                let mut err = Self::new(ErrorCode::DatabaseTooNew, detail);
                err.args.insert("found".into(), found.to_string());
                err.args.insert("supported".into(), supported.to_string());
                err
            }
            StoreError::DataDir { .. } => Self::new(ErrorCode::DataDir, detail),
            StoreError::NotFound(_) => Self::new(ErrorCode::NotFound, detail),
            StoreError::InvalidInput(_) => Self::new(ErrorCode::InvalidInput, detail),
            StoreError::Refused { reason, args, .. } => {
                let mut err = Self::new(ErrorCode::InvalidInput, detail).with_arg("reason", reason);
                for (name, value) in args {
                    err.args.insert(name.into(), value);
                }
                err
            }
            StoreError::NotEmpty => Self::new(ErrorCode::NotEmpty, detail),
            StoreError::Database(_) | StoreError::Migrate(_) => {
                Self::new(ErrorCode::Storage, detail)
            }
        }
    }
}
