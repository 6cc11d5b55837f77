//! How the engine reaches the server: a [`Transport`] trait, so a simulation can put a faulty
//! in-process transport where the app uses HTTP ([`crate::HttpTransport`]).

use kezek_sync::{
    FetchRequest, FetchResponse, InventoryRequest, InventoryResponse, PullRequest, PullResponse,
    PushRequest, PushResponse, UpgradeNeeded,
};
use std::future::Future;
use thiserror::Error;

/// The server's endpoints the engine calls. Each call either returns the server's whole answer
/// or an error; a call cut half-way is an error too (the engine retries it later: push and pull
/// are idempotent).
pub trait Transport: Send + Sync {
    fn push(
        &self,
        request: &PushRequest,
    ) -> impl Future<Output = Result<PushResponse, TransportError>> + Send;

    fn pull(
        &self,
        request: &PullRequest,
    ) -> impl Future<Output = Result<PullResponse, TransportError>> + Send;

    /// Every id of one entity in the caller's scope (verify). Transports without it say so.
    fn inventory(
        &self,
        request: &InventoryRequest,
    ) -> impl Future<Output = Result<InventoryResponse, TransportError>> + Send {
        let _ = request;
        async { Err(not_supported("inventory")) }
    }

    /// The current feed entries of some ids (repair).
    fn fetch(
        &self,
        request: &FetchRequest,
    ) -> impl Future<Output = Result<FetchResponse, TransportError>> + Send {
        let _ = request;
        async { Err(not_supported("fetch")) }
    }
}

fn not_supported(what: &str) -> TransportError {
    TransportError::Server {
        status: 404,
        code: "not_found".into(),
        detail: format!("this transport has no {what}"),
    }
}

/// Why a call failed, as the engine and the app act on it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TransportError {
    /// No answer: no network, the server is down, a timeout, or the connection was cut.
    /// Retry later; nothing is lost.
    #[error("the server cannot be reached: {0}")]
    Offline(String),
    /// The session is missing, expired or revoked: log in again.
    #[error("the session is not valid ({code}): log in again")]
    Unauthorized { code: String },
    /// Client and server speak different protocol versions.
    #[error("{}", .0.detail)]
    UpgradeNeeded(UpgradeNeeded),
    /// The account may not do this (e.g. the client id belongs to another user).
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The server answered with an error.
    #[error("the server answered {status} {code}: {detail}")]
    Server {
        status: u16,
        code: String,
        detail: String,
    },
    /// The answer was not what the protocol says.
    #[error("the server's answer is not understood: {0}")]
    Malformed(String),
}

impl TransportError {
    /// A stable code for the app (locale id `sync-error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            TransportError::Offline(_) => "offline",
            TransportError::Unauthorized { .. } => "unauthorized",
            TransportError::UpgradeNeeded(_) => "upgrade_needed",
            TransportError::Forbidden(_) => "forbidden",
            TransportError::Server { .. } => "server",
            TransportError::Malformed(_) => "malformed",
        }
    }

    /// Whether trying again later, unchanged, may succeed.
    pub fn is_transient(&self) -> bool {
        match self {
            TransportError::Offline(_) => true,
            TransportError::Server { status, .. } => *status >= 500 || *status == 429,
            _ => false,
        }
    }
}
