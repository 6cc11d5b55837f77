//! Push, exactly once: one transaction per push that locks the client's row and, for each
//! mutation in order, decides (duplicate, gap, or apply), records the verdict and moves
//! `last_seq` together. A cut connection at any point leaves either the whole push's effects or
//! none, and the retry gets the recorded verdicts back.

use crate::auth::Caller;
use crate::commission;
use crate::db;
use crate::places;
use chrono::{DateTime, Utc};
use kezek_sync::commission::{
    MemberRemove, MemberSave, ProtocolReturn, ProtocolSend, ProtocolSign,
};
use kezek_sync::feedback::FeedbackSend;
use kezek_sync::intake::ApplicationRegister;
use kezek_sync::meal::MealBenefitSave;
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

/// How often a push that PostgreSQL aborted as a deadlock victim is run again (two pushes that
/// take group locks in opposite orders): nothing of it was committed, so a rerun is safe.
const DEADLOCK_RETRIES: usize = 3;

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
    let mut attempt = 0;
    loop {
        match push_batch(pool, caller, &req, now).await {
            Err(PushError::Database(e)) if is_deadlock(&e) && attempt < DEADLOCK_RETRIES => {
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// The whole push in one transaction (one durable commit, not one per mutation): the client's
/// row stays locked throughout, each mutation is decided against `last_seq` as it moves, and
/// its verdict is recorded with it. The batch commits all of its verdicts or none, so a cut
/// connection leaves nothing half-applied and the retry gets the recorded verdicts back.
async fn push_batch(
    pool: &PgPool,
    caller: &Caller,
    req: &PushRequest,
    now: DateTime<Utc>,
) -> Result<PushResponse, PushError> {
    let mut tx = pool.begin().await?;
    let client = db::sync::lock(&mut tx, &req.client_id).await?;
    if client.user_id != caller.user_id {
        return Err(PushError::ForeignClient(req.client_id.clone()));
    }
    let mut last_seq = client.last_seq;
    let mut results = Vec::with_capacity(req.mutations.len());
    for m in &req.mutations {
        // `validate` keeps seq within 1..=i64::MAX.
        let seq = m.seq as i64;
        let outcome = if seq <= last_seq {
            let previous = db::sync::verdict(&mut tx, &m.client_id, seq)
                .await?
                .ok_or_else(|| PushError::LostVerdict {
                    client_id: m.client_id.clone(),
                    seq: m.seq,
                })?;
            Outcome::Duplicate { previous }
        } else if seq > last_seq + 1 {
            results.push(MutationResult {
                seq: m.seq,
                outcome: Outcome::SequenceGap {
                    expected_seq: last_seq as u64 + 1,
                },
            });
            break;
        } else {
            let verdict = apply(&mut tx, caller, m, now).await?;
            db::sync::record(&mut tx, m, caller.user_id, &verdict, now).await?;
            last_seq = seq;
            verdict.into()
        };
        results.push(MutationResult {
            seq: m.seq,
            outcome,
        });
    }
    tx.commit().await?;
    Ok(PushResponse { results })
}

fn is_deadlock(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.code().as_deref() == Some("40P01"))
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
        MemberSave::NAME => commission::roster::save(conn, caller, m, now).await,
        MemberRemove::NAME => commission::roster::remove(conn, caller, m, now).await,
        ProtocolSend::NAME => commission::protocol::send(conn, caller, m, now).await,
        ProtocolReturn::NAME => commission::protocol::give_back(conn, caller, m, now).await,
        ProtocolSign::NAME => commission::protocol::sign(conn, caller, m, now).await,
        FeedbackSend::NAME => crate::feedback::send(conn, caller, m, now).await,
        MealBenefitSave::NAME => commission::meals::save(conn, caller, m, now).await,
        ApplicationRegister::NAME => crate::intake::office::register(conn, caller, m, now).await,
        other => Ok(Verdict::Rejected {
            code: reject::UNKNOWN_MUTATION.into(),
            detail: format!("this server knows no mutation {other:?}"),
        }),
    }
}
