//! One sync run: push the outbox, pull the feed to its end, recompute the queue positions.
//!
//! Why a run can be cut anywhere and simply run again:
//! - push: the outbox is sent oldest first; verdicts are recorded as they come (each batch in one
//!   transaction, with the undo of a rejection). A push whose answer was lost is sent again and
//!   the server answers each mutation it already decided with that first verdict (`Duplicate`),
//!   so nothing is applied twice; on a `SequenceGap` the run resends from the number the server
//!   expects (it lost mutations this outbox holds).
//! - pull: each page is applied with the cursor's move in one transaction; a page applied twice
//!   changes nothing (entries at or below the cursor are skipped), a page lost is asked for again
//!   from the unchanged cursor.
//! - end: queue positions are recomputed once, when pulled applications were not counted yet
//!   (a cut run leaves that mark set for the next one).

use crate::transport::{Transport, TransportError};
use kezek_store::{Actor, Store, StoreError};
use kezek_sync::{
    Change, Entity, FetchRequest, InventoryRequest, PullRequest, PushRequest, MAX_FETCH, MAX_PUSH,
};
use serde::Serialize;
use thiserror::Error;

/// The page size the engine asks for: large pages keep an initial sync of 100k applications
/// to a few dozen requests and transactions.
pub const PAGE_SIZE: u32 = 2_000;

/// How many sequence gaps one run follows before it gives up (a server that keeps losing its
/// state should not keep the client in a loop).
const MAX_GAPS: u32 = 3;

#[derive(Debug, Error)]
pub enum SyncError {
    #[error(transparent)]
    Transport(#[from] TransportError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The server's answer broke a rule of the protocol.
    #[error("sync protocol: {0}")]
    Protocol(String),
}

impl SyncError {
    /// A stable code for the app (locale id `sync-error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::Transport(t) => t.code(),
            SyncError::Store(_) => "store",
            SyncError::Protocol(_) => "protocol",
        }
    }

    /// Whether running again later, unchanged, may succeed (no network, server down).
    pub fn is_transient(&self) -> bool {
        matches!(self, SyncError::Transport(t) if t.is_transient())
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Mutations sent (repeats after a gap included).
    pub pushed: u64,
    /// Verdicts newly recorded.
    pub accepted: u64,
    pub rejected: u64,
    /// Feed entries applied, in how many pages.
    pub pulled: u64,
    pub pages: u64,
    /// Of the entries, applications.
    pub applications: u64,
    /// The cursor at the end.
    pub cursor: u64,
    /// Whether the queue positions were recomputed.
    pub positions_recomputed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    Push,
    Pull,
    Positions,
}

/// Reported after every push batch and every applied page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SyncProgress {
    pub phase: SyncPhase,
    /// Push batches or pull pages done so far in this phase.
    pub steps: u64,
    /// Mutations pushed, or feed entries applied, so far.
    pub items: u64,
}

/// What verify and repair did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// Local rows the server no longer has in scope, deleted.
    pub removed: u64,
    /// Rows the store lacked, fetched and applied.
    pub fetched: u64,
}

pub struct SyncEngine<T> {
    store: Store,
    transport: T,
    page_size: u32,
}

impl<T: Transport> SyncEngine<T> {
    pub fn new(store: Store, transport: T) -> Self {
        SyncEngine {
            store,
            transport,
            page_size: PAGE_SIZE,
        }
    }

    /// Pull pages of `n` entries (the server caps it at `kezek_sync::MAX_PULL`).
    pub fn with_page_size(mut self, n: u32) -> Self {
        self.page_size = n.max(1);
        self
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// One run: push, pull to the end, recompute. On failure the reason is kept in the store's
    /// sync state (for the status line) and returned; what was done before it stays done, and
    /// the next run carries on from there.
    pub async fn sync_once(
        &self,
        actor: &Actor,
        mut progress: impl FnMut(SyncProgress) + Send,
    ) -> Result<SyncReport, SyncError> {
        let mut report = SyncReport::default();
        let result = self.run(actor, &mut report, &mut progress).await;
        if let Err(e) = &result {
            // Best effort: the error itself matters more than keeping it.
            let _ = self
                .store
                .record_sync_failure(e.code(), &e.to_string(), actor)
                .await;
        }
        result.map(|()| report)
    }

    async fn run(
        &self,
        actor: &Actor,
        report: &mut SyncReport,
        progress: &mut (impl FnMut(SyncProgress) + Send),
    ) -> Result<(), SyncError> {
        self.push(actor, report, progress).await?;
        self.pull(actor, report, progress).await?;
        progress(SyncProgress {
            phase: SyncPhase::Positions,
            steps: 0,
            items: report.applications,
        });
        report.positions_recomputed = self.store.complete_sync_run(actor).await?;
        Ok(())
    }

    /// Sends the outbox, oldest first, in pushes of at most `MAX_PUSH`, recording each verdict.
    pub async fn push(
        &self,
        actor: &Actor,
        report: &mut SyncReport,
        progress: &mut (impl FnMut(SyncProgress) + Send),
    ) -> Result<(), SyncError> {
        let client_id = self.store.client_id().await?;
        let mut resend_from: Option<u64> = None;
        let mut gaps = 0;
        let mut steps = 0;
        loop {
            let batch = match resend_from.take() {
                Some(seq) => self.store.mutations_from(seq, MAX_PUSH).await?,
                None => self.store.pending_mutations(MAX_PUSH).await?,
            };
            if batch.is_empty() {
                return Ok(());
            }
            let batch = kezek_sync::fit_push(batch);
            let sent: Vec<u64> = batch.iter().map(|m| m.seq).collect();
            let response = self
                .transport
                .push(&PushRequest::new(client_id.clone(), batch))
                .await?;
            let mut verdicts = Vec::with_capacity(response.results.len());
            let mut gap = None;
            for r in &response.results {
                if !sent.contains(&r.seq) {
                    return Err(SyncError::Protocol(format!(
                        "a verdict for mutation {}, which this push did not carry",
                        r.seq
                    )));
                }
                match r.outcome.verdict() {
                    Some(v) => verdicts.push((r.seq, v)),
                    None => {
                        if let kezek_sync::Outcome::SequenceGap { expected_seq } = r.outcome {
                            gap = Some(expected_seq);
                        }
                        break;
                    }
                }
            }
            let recorded = self.store.record_verdicts(&verdicts, actor).await?;
            report.pushed += verdicts.len() as u64;
            report.accepted += recorded.accepted;
            report.rejected += recorded.rejected;
            steps += 1;
            progress(SyncProgress {
                phase: SyncPhase::Push,
                steps,
                items: report.pushed,
            });
            if let Some(expected) = gap {
                gaps += 1;
                if gaps > MAX_GAPS || expected == 0 {
                    return Err(SyncError::Protocol(format!(
                        "the server keeps asking for mutation {expected} again"
                    )));
                }
                resend_from = Some(expected);
            } else if verdicts.is_empty() {
                return Err(SyncError::Protocol(
                    "the server answered none of the pushed mutations".into(),
                ));
            }
        }
    }

    /// Pulls pages after the cursor until the server has no more, applying each atomically with
    /// the cursor's move. The next page is fetched while one is applied (one page ahead, asked
    /// for after the cursor the page in hand ends at): the cursor still moves only with an
    /// applied page, so a run cut anywhere resumes from the last one applied, and a page fetched
    /// ahead but not applied is simply asked for again.
    pub async fn pull(
        &self,
        actor: &Actor,
        report: &mut SyncReport,
        progress: &mut (impl FnMut(SyncProgress) + Send),
    ) -> Result<(), SyncError> {
        let state = self.store.sync_state().await?;
        let mut cursor = state.cursor;
        let request =
            |after: u64| PullRequest::new(state.client_id.clone(), after, Some(self.page_size));
        let mut page = self.transport.pull(&request(cursor)).await?;
        loop {
            let more = page.more;
            let ahead = cursor.max(page.cursor);
            let apply = self.store.apply_pull_page(page.changes, page.cursor, actor);
            let (applied, next) = if more && ahead > cursor {
                let ahead_request = request(ahead);
                let fetch = self.transport.pull(&ahead_request);
                let (applied, next) = tokio::join!(apply, fetch);
                (applied?, Some(next))
            } else {
                (apply.await?, None)
            };
            if more && applied.cursor <= cursor {
                // Asking again from the same cursor would get the same page forever.
                return Err(SyncError::Protocol(format!(
                    "the server says more changes wait after {cursor} but does not move past it"
                )));
            }
            cursor = applied.cursor;
            report.cursor = cursor;
            report.pulled += applied.applied;
            report.applications += applied.applications;
            report.pages += 1;
            progress(SyncProgress {
                phase: SyncPhase::Pull,
                steps: report.pages,
                items: report.pulled,
            });
            page = match next {
                None => return Ok(()),
                // Fetched after the cursor this page ended at, which the store now holds.
                Some(next) if ahead == cursor => next?,
                Some(_) => self.transport.pull(&request(cursor)).await?,
            };
        }
    }

    /// Verify and repair (`kezek_sync::verify`): for every entity, compares the store's ids with
    /// the server's inventory, deletes what the server no longer has in scope and fetches what
    /// the store lacks; the cursor stays. For a store suspected partial (a restored backup, a
    /// bug). Each step is one transaction, so it is as resumable as a sync run.
    pub async fn verify(&self, actor: &Actor) -> Result<VerifyReport, SyncError> {
        let client_id = self.store.client_id().await?;
        let mut report = VerifyReport::default();
        for entity in Entity::ALL {
            let inventory = self
                .transport
                .inventory(&InventoryRequest::new(client_id.clone(), entity))
                .await?;
            let server: std::collections::BTreeSet<i64> = inventory.ids.into_iter().collect();
            let local: std::collections::BTreeSet<i64> =
                self.store.synced_ids(entity).await?.into_iter().collect();
            let gone: Vec<Change> = local
                .difference(&server)
                .map(|&id| Change {
                    version: 0,
                    entity,
                    id,
                    data: None,
                })
                .collect();
            if !gone.is_empty() {
                report.removed += gone.len() as u64;
                self.store.apply_fetched_changes(gone, actor).await?;
            }
            let missing: Vec<i64> = server.difference(&local).copied().collect();
            for ids in missing.chunks(MAX_FETCH) {
                let fetched = self
                    .transport
                    .fetch(&FetchRequest::new(client_id.clone(), entity, ids.to_vec()))
                    .await?;
                report.fetched += fetched.changes.len() as u64;
                self.store
                    .apply_fetched_changes(fetched.changes, actor)
                    .await?;
            }
        }
        self.store.complete_sync_run(actor).await?;
        Ok(report)
    }
}
