//! The pull side of sync: pages of the change feed after a cursor, and the verify/repair reads
//! (inventory, fetch), each filtered to the caller's [`FeedScope`]. Every read runs the feed's
//! sequencer first, so changes committed before the request are numbered and visible.

use crate::auth::Caller;
use crate::db;
use crate::db::feed::FeedChange;
use crate::scope::FeedScope;
use chrono::{DateTime, Utc};
use kezek_sync::push::MAX_CLIENT_ID_LEN;
use kezek_sync::{FetchRequest, InventoryRequest, InventoryResponse, PullRequest};
use serde::Serialize;
use sqlx::PgPool;

/// [`kezek_sync::PullResponse`] as the server writes it: the changes' data spliced in as stored
/// ([`FeedChange`]). Serializes to the same JSON shape, which clients parse as `PullResponse`.
#[derive(Debug, Serialize)]
pub struct PullPage {
    pub changes: Vec<FeedChange>,
    pub cursor: u64,
    pub more: bool,
}

/// [`kezek_sync::FetchResponse`] as the server writes it (see [`PullPage`]).
#[derive(Debug, Serialize)]
pub struct FetchPage {
    pub changes: Vec<FeedChange>,
}

#[derive(Debug, thiserror::Error)]
pub enum PullError {
    #[error("{0}")]
    Invalid(String),
    #[error("the client id {0:?} belongs to another user")]
    ForeignClient(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The caller's feed scope, once the client id is known to be theirs (an unknown one is
/// registered for them, as a push would).
async fn admit(
    pool: &PgPool,
    caller: &Caller,
    client_id: &str,
    now: DateTime<Utc>,
) -> Result<FeedScope, PullError> {
    if client_id.trim().is_empty() || client_id.len() > MAX_CLIENT_ID_LEN {
        return Err(PullError::Invalid(format!(
            "client_id must be 1 to {MAX_CLIENT_ID_LEN} bytes and not blank"
        )));
    }
    // Two connections, one round trip of waiting: numbering what is pending does not depend on
    // who asks (a refused caller only makes it happen sooner).
    let (owner, _) = tokio::try_join!(
        db::sync::claim(pool, client_id, caller.user_id, now),
        db::feed::sequence(pool),
    )?;
    if owner != caller.user_id {
        return Err(PullError::ForeignClient(client_id.to_owned()));
    }
    Ok(FeedScope::of(&caller.principal()))
}

/// One page of changes after `req.cursor`.
pub async fn pull(
    pool: &PgPool,
    caller: &Caller,
    req: &PullRequest,
    now: DateTime<Utc>,
) -> Result<PullPage, PullError> {
    let scope = admit(pool, caller, &req.client_id, now).await?;
    let (changes, more) = db::feed::page(pool, &scope, req.cursor, req.page_size()).await?;
    let cursor = changes.last().map_or(req.cursor, |c| c.version);
    Ok(PullPage {
        changes,
        cursor,
        more,
    })
}

/// Every id of one entity the caller sees now.
pub async fn inventory(
    pool: &PgPool,
    caller: &Caller,
    req: &InventoryRequest,
    now: DateTime<Utc>,
) -> Result<InventoryResponse, PullError> {
    let scope = admit(pool, caller, &req.client_id, now).await?;
    let ids = db::feed::inventory(pool, &scope, req.entity).await?;
    Ok(InventoryResponse {
        entity: req.entity,
        ids,
    })
}

/// The current entries of the asked ids that the caller sees.
pub async fn fetch(
    pool: &PgPool,
    caller: &Caller,
    req: &FetchRequest,
    now: DateTime<Utc>,
) -> Result<FetchPage, PullError> {
    req.validate().map_err(PullError::Invalid)?;
    let scope = admit(pool, caller, &req.client_id, now).await?;
    let changes = db::feed::fetch(pool, &scope, req.entity, &req.ids).await?;
    Ok(FetchPage { changes })
}
