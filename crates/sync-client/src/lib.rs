//! The desktop's side of sync (DESIGN.md §6): [`SyncEngine::sync_once`] pushes the local outbox
//! and pulls the server's change feed into the local store, over a [`Transport`] — HTTP in the
//! app ([`HttpTransport`]), anything in a simulation.
//!
//! What the user sees while offline: each change is applied locally at once and waits in the
//! outbox as **pending** (a requested place shows as "pending"); a run turns it into the
//! server's verdict — granted, or rejected with the server's reason, kept until the user marks
//! it seen (`Store::rejected_changes`). The store's `outbox` and `sync_apply` modules say why any
//! run can be cut at any point and run again.

mod engine;
mod http;
mod transport;

pub use engine::{
    SyncEngine, SyncError, SyncPhase, SyncProgress, SyncReport, VerifyReport, PAGE_SIZE,
};
pub use http::{
    HttpTransport, DEFAULT_TIMEOUT, FETCH_PATH, INVENTORY_PATH, PULL_PATH, PUSH_PATH, SESSION_PATH,
};
pub use transport::{Transport, TransportError};
