//! Push, exactly once: each mutation of a push in its own transaction that locks the client's
//! row, decides (duplicate, gap, or apply), records the verdict and moves `last_seq` together.
//! A cut connection at any point leaves either all of a mutation's effects or none, and the
//! retry gets the recorded verdict back.

use crate::auth::Caller;
use crate::db;
use crate::places;
use chrono::{DateTime, Utc};
use kezek_sync::{
    reject, Mutation, MutationResult, Outcome, PlaceGrant, PushRequest, PushResponse, Verdict,
};
use sqlx::{PgConnection, PgPool};

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("{0}")]
    Invalid(String),
    #[error("the client id {0:?} belongs to another user")]
    ForeignClient(String),
    #[error("the server lost the verdict of mutation {seq} of {client_id:?}")]
    LostVerdict { client_id: String, seq: u64 },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Applies `req` for `caller`, in order, stopping at a sequence gap.
pub async fn push(
    pool: &PgPool,
    caller: &Caller,
    req: PushRequest,
    now: DateTime<Utc>,
) -> Result<PushResponse, PushError> {
    req.validate().map_err(PushError::Invalid)?;
    let owner = db::sync::claim(pool, &req.client_id, caller.user_id, now).await?;
    if owner != caller.user_id {
        return Err(PushError::ForeignClient(req.client_id));
    }
    let mut results = Vec::with_capacity(req.mutations.len());
    for m in &req.mutations {
        let outcome = push_one(pool, caller, m, now).await?;
        let gap = matches!(outcome, Outcome::SequenceGap { .. });
        results.push(MutationResult {
            seq: m.seq,
            outcome,
        });
        if gap {
            break;
        }
    }
    Ok(PushResponse { results })
}

async fn push_one(
    pool: &PgPool,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Outcome, PushError> {
    let mut tx = pool.begin().await?;
    let client = db::sync::lock(&mut tx, &m.client_id).await?;
    if client.user_id != caller.user_id {
        return Err(PushError::ForeignClient(m.client_id.clone()));
    }
    // `validate` keeps seq within 1..=i64::MAX.
    let seq = m.seq as i64;
    if seq <= client.last_seq {
        let previous = db::sync::verdict(&mut tx, &m.client_id, seq)
            .await?
            .ok_or_else(|| PushError::LostVerdict {
                client_id: m.client_id.clone(),
                seq: m.seq,
            })?;
        tx.rollback().await?;
        return Ok(Outcome::Duplicate { previous });
    }
    if seq > client.last_seq + 1 {
        tx.rollback().await?;
        return Ok(Outcome::SequenceGap {
            expected_seq: client.last_seq as u64 + 1,
        });
    }
    let verdict = apply(&mut tx, caller, m, now).await?;
    db::sync::record(&mut tx, m, caller.user_id, &verdict, now).await?;
    tx.commit().await?;
    Ok(verdict.into())
}

/// Runs one mutation against the authoritative state; a refusal is a verdict, not an error.
async fn apply(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    match m.name.as_str() {
        PlaceGrant::NAME => places::grant(conn, caller, m, now).await,
        other => Ok(Verdict::Rejected {
            code: reject::UNKNOWN_MUTATION.into(),
            detail: format!("this server knows no mutation {other:?}"),
        }),
    }
}
