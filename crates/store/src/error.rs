//! Errors of the local store, as callers act on them.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    /// The database was written by a newer Kezek: this binary must not touch it.
    #[error("the database has schema version {found}, this Kezek supports up to {supported}; install a newer Kezek")]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("cannot use the data directory {path}: {reason}")]
    DataDir { path: String, reason: String },
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A rule of the domain refused the action: `reason` is a stable code the UI translates
    /// (`commission-error-<reason>`), `args` its message arguments.
    #[error("{detail}")]
    Refused {
        reason: &'static str,
        detail: String,
        args: Vec<(&'static str, String)>,
    },
    #[error("the local database already holds applications")]
    NotEmpty,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}
