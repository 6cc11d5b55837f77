//! Sync in the app: the status line, a run on demand or in the background, the changes the
//! server refused, and place requests (pending until the server grants them).
//!
//! A run needs a signed-in, unlocked account (its session token); without a server the app
//! never syncs (the embedded default). One run at a time: a second call waits for the first.

use crate::{actor, ApiError, ErrorCode, Kezek};
use kezek_store::{GroupChoice, PlaceEntry, PlaceFor, RejectedChange, SyncState};
use kezek_sync_client::{
    HttpTransport, SyncEngine, SyncError, SyncPhase, SyncProgress, SyncReport, TransportError,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the status line shows.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// A server is set and an account signed in: sync is possible.
    pub enabled: bool,
    /// A run is under way.
    pub running: bool,
    /// Whether the last run reached the server (`None` before any run).
    pub online: Option<bool>,
    pub state: SyncState,
}

/// Progress of a run, for the status line.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncStep {
    /// "push", "pull" or "positions".
    pub phase: String,
    /// Push batches or pull pages done so far in this phase.
    #[ts(type = "number")]
    pub steps: u64,
    /// Mutations pushed or changes applied so far.
    #[ts(type = "number")]
    pub items: u64,
}

impl From<SyncProgress> for SyncStep {
    fn from(p: SyncProgress) -> Self {
        let phase = match p.phase {
            SyncPhase::Push => "push",
            SyncPhase::Pull => "pull",
            SyncPhase::Positions => "positions",
        };
        SyncStep {
            phase: phase.into(),
            steps: p.steps,
            items: p.items,
        }
    }
}

/// What a completed run did, for the notice after "Sync now".
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncDone {
    #[ts(type = "number")]
    pub accepted: u64,
    #[ts(type = "number")]
    pub rejected: u64,
    #[ts(type = "number")]
    pub pulled: u64,
}

impl From<SyncReport> for SyncDone {
    fn from(r: SyncReport) -> Self {
        SyncDone {
            accepted: r.accepted,
            rejected: r.rejected,
            pulled: r.pulled,
        }
    }
}

/// What verify and repair did.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VerifyDone {
    /// Local rows the server no longer has in the user's scope, removed.
    #[ts(type = "number")]
    pub removed: u64,
    /// Rows the local store lacked, fetched from the server.
    #[ts(type = "number")]
    pub fetched: u64,
}

fn sync_error(e: SyncError, server: &str) -> ApiError {
    let detail = e.to_string();
    match e {
        SyncError::Store(s) => s.into(),
        SyncError::Transport(t) => match t {
            TransportError::Offline(_) => {
                ApiError::new(ErrorCode::ServerUnreachable, detail).with_arg("server", server)
            }
            TransportError::Unauthorized { .. } => ApiError::new(ErrorCode::SessionExpired, detail),
            TransportError::UpgradeNeeded(_) => ApiError::new(ErrorCode::UpgradeNeeded, detail),
            TransportError::Forbidden(_) => ApiError::new(ErrorCode::Forbidden, detail),
            TransportError::Server { .. } | TransportError::Malformed(_) => {
                ApiError::new(ErrorCode::ServerError, detail.clone()).with_arg("detail", &detail)
            }
        },
        SyncError::Protocol(_) => {
            ApiError::new(ErrorCode::ServerError, detail.clone()).with_arg("detail", &detail)
        }
    }
}

impl Kezek {
    pub async fn sync_status(&self) -> Result<SyncStatus, ApiError> {
        let state = self.store.sync_state().await?;
        let online = match (&state.last_error, &state.last_sync_at) {
            (Some(e), _) => Some(e.code != "offline"),
            (None, Some(_)) => Some(true),
            (None, None) => None,
        };
        let status = self.account_status();
        Ok(SyncStatus {
            enabled: status.user.is_some() && status.server_url.is_some(),
            running: self.sync_gate.try_lock().is_err(),
            online,
            state,
        })
    }

    /// One sync run: push the outbox, pull the feed to its end, recompute the queue numbers.
    pub async fn sync_now(
        &self,
        mut progress: impl FnMut(SyncStep) + Send,
    ) -> Result<SyncDone, ApiError> {
        let (_, token, user) = self.online().await?;
        let _one_at_a_time = self.sync_gate.lock().await;
        let transport = HttpTransport::new(&user.server_url, token)
            .map_err(|e| sync_error(e.into(), &user.server_url))?;
        let engine = SyncEngine::new(self.store.clone(), transport);
        let result = engine
            .sync_once(&actor(self), |p| progress(p.into()))
            .await
            .map(SyncDone::from)
            .map_err(|e| sync_error(e, &user.server_url));
        if let Err(e) = &result {
            self.drop_rejected_token(e).await;
        }
        result
    }

    /// Verify and repair: compares the local store with the server's (every entity in the
    /// user's scope), removes what the server no longer has and fetches what is missing.
    pub async fn verify_with_server(&self) -> Result<VerifyDone, ApiError> {
        let (_, token, user) = self.online().await?;
        let _one_at_a_time = self.sync_gate.lock().await;
        let transport = HttpTransport::new(&user.server_url, token)
            .map_err(|e| sync_error(e.into(), &user.server_url))?;
        let engine = SyncEngine::new(self.store.clone(), transport);
        let result = engine
            .verify(&actor(self))
            .await
            .map(|r| VerifyDone {
                removed: r.removed,
                fetched: r.fetched,
            })
            .map_err(|e| sync_error(e, &user.server_url));
        if let Err(e) = &result {
            self.drop_rejected_token(e).await;
        }
        result
    }

    pub async fn rejected_changes(&self) -> Result<Vec<RejectedChange>, ApiError> {
        Ok(self.store.rejected_changes().await?)
    }

    pub async fn mark_rejections_seen(&self, seqs: &[u64]) -> Result<(), ApiError> {
        self.ensure_unlocked()?;
        Ok(self.store.mark_rejections_seen(seqs, &actor(self)).await?)
    }

    /// The groups of the application's district to ask a place in.
    pub async fn group_choices(&self, application_id: i64) -> Result<Vec<GroupChoice>, ApiError> {
        Ok(self.store.group_choices(application_id).await?)
    }

    /// The places asked for or granted to the application's child.
    pub async fn application_places(
        &self,
        application_id: i64,
    ) -> Result<Vec<PlaceEntry>, ApiError> {
        Ok(self.store.places_of_application(application_id).await?)
    }

    /// Asks for a place for the child of an application: pending until the server decides
    /// (only the server grants places).
    pub async fn request_place(
        &self,
        application_id: i64,
        group_id: i64,
    ) -> Result<PlaceEntry, ApiError> {
        self.ensure_unlocked()?;
        if self.account_status().user.is_none() {
            return Err(ApiError::new(
                ErrorCode::SignInRequired,
                "places are granted by the server: connect to it and sign in first",
            ));
        }
        Ok(self
            .store
            .request_place(
                PlaceFor::Application(application_id),
                group_id,
                &actor(self),
                chrono::Utc::now(),
            )
            .await?)
    }
}
