//! The outbox and this client's sync state (DESIGN.md §6).
//!
//! Every change the server must decide is a row of the outbox, written in the same transaction
//! as its local effect (see `places`). Its `seq` is the per-client sequence number of the push:
//! 1, 2, 3… without holes, never reused (rows are never deleted, so the outbox doubles as the
//! record of what the server said).
//!
//! A mutation is **pending** until the server's verdict is recorded here. The verdict is final:
//! an accepted one waits for its effect to arrive by pull; a rejected one undoes the local effect
//! (in the same transaction as the verdict) and stays listed, with the server's reason, until the
//! user marks it seen.
//!
//! Resumability: the only things a sync run writes are verdicts (each with its undo), pulled
//! pages (each with its cursor move) and the run's outcome. Each is one transaction, so a run cut
//! at any point leaves the store as after its last completed step; the next run pushes what is
//! still pending (the server answers a repeat with the first verdict) and pulls from the cursor.

use crate::history::{self, FieldChange, HistoryEvent};
use crate::sql::datetime_text;
use crate::{Actor, Store, StoreError};
use chrono::{DateTime, NaiveDateTime, Utc};
use kezek_sync::intake::ApplicationRegister;
use kezek_sync::{Mutation, PlaceGrant, Verdict};
use rand::Rng;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// Where this client stands with the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncState {
    pub client_id: String,
    /// The version of the last change feed entry applied.
    #[ts(type = "number")]
    pub cursor: u64,
    /// When the last complete sync run ended (office time).
    pub last_sync_at: Option<NaiveDateTime>,
    /// Why the last run failed, when it did (cleared by the next complete run).
    pub last_error: Option<SyncFailure>,
    /// Mutations waiting for the server's verdict.
    #[ts(type = "number")]
    pub pending: u64,
    /// Rejections the user has not marked seen yet.
    #[ts(type = "number")]
    pub unseen_rejections: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncFailure {
    /// Stable code (locale id `sync-error-<code>`).
    pub code: String,
    pub detail: String,
    pub at: NaiveDateTime,
}

/// A mutation the server refused, as the user sees it: what, why, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RejectedChange {
    #[ts(type = "number")]
    pub seq: u64,
    /// The mutation's name, e.g. `place.grant`.
    pub name: String,
    /// The group and child it asked a place for, when it is a place request; the child of an
    /// office intake (as typed).
    #[ts(type = "number | null")]
    pub group_id: Option<i64>,
    pub child_personal_number: Option<String>,
    pub made_at: DateTime<Utc>,
    pub made_by: String,
    /// The server's stable code (`kezek_sync::reject`; locale id `sync-reject-<code>`).
    pub code: String,
    /// The server's words: why, and who holds the place.
    pub detail: String,
    pub decided_at: NaiveDateTime,
}

/// What recording a batch of verdicts did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerdictsRecorded {
    pub accepted: u64,
    pub rejected: u64,
}

/// The sync state row, created on first use with a client id made from the device id.
pub(crate) async fn ensure_sync_state(
    conn: &mut SqliteConnection,
    device_id: &str,
) -> Result<String, sqlx::Error> {
    let existing: Option<String> =
        sqlx::query_scalar("SELECT client_id FROM sync_state WHERE id = 1")
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    // The random part keeps a copied database's device id from meeting its sequence numbers
    // (a fresh database gets a fresh device id anyway).
    let client_id = format!("{device_id}-{:08x}", rand::rng().random::<u32>());
    sqlx::query("INSERT OR IGNORE INTO sync_state (id, client_id) VALUES (1, ?)")
        .bind(&client_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar("SELECT client_id FROM sync_state WHERE id = 1")
        .fetch_one(&mut *conn)
        .await
}

/// Appends a mutation to the outbox; returns its sequence number.
pub(crate) async fn append(
    conn: &mut SqliteConnection,
    name: &str,
    args: &serde_json::Value,
    made_at: DateTime<Utc>,
    made_by: &str,
) -> Result<u64, sqlx::Error> {
    let seq: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (seq, name, args, made_at, made_by) \
         VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox), ?, ?, ?, ?) RETURNING seq",
    )
    .bind(name)
    .bind(args.to_string())
    .bind(made_at.to_rfc3339())
    .bind(made_by)
    .fetch_one(&mut *conn)
    .await?;
    Ok(seq as u64)
}

/// Marks a pending mutation accepted because its effect arrived by pull (the push's answer was
/// lost); the next push gets the same verdict back as a duplicate.
pub(crate) async fn accept_seen_in_feed(
    conn: &mut SqliteConnection,
    seq: u64,
    at: NaiveDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET state = 'accepted', decided_at = ? WHERE seq = ? AND state = 'pending'",
    )
    .bind(datetime_text(at))
    .bind(seq as i64)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

type OutboxRow = (i64, String, String, String, String);

fn mutation(client_id: &str, row: OutboxRow) -> Result<Mutation, StoreError> {
    let (seq, name, args, made_at, made_by) = row;
    Ok(Mutation {
        client_id: client_id.to_owned(),
        seq: seq as u64,
        name,
        args: serde_json::from_str(&args)
            .map_err(|e| StoreError::InvalidInput(format!("outbox {seq}: {e}")))?,
        at: parse_utc(&made_at)?,
        user: made_by,
    })
}

fn parse_utc(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::InvalidInput(format!("time {text:?}: {e}")))
}

impl Store {
    /// This client's id for the server (made once, on first use).
    pub async fn client_id(&self) -> Result<String, StoreError> {
        let mut conn = self.write.acquire().await?;
        Ok(ensure_sync_state(&mut conn, &self.device_id).await?)
    }

    pub async fn sync_state(&self) -> Result<SyncState, StoreError> {
        let client_id = self.client_id().await?;
        type Row = (
            i64,
            Option<NaiveDateTime>,
            Option<String>,
            Option<String>,
            Option<NaiveDateTime>,
        );
        let (cursor, last_sync_at, code, detail, error_at): Row = sqlx::query_as(
            "SELECT cursor, last_sync_at, last_error_code, last_error_detail, last_error_at \
             FROM sync_state WHERE id = 1",
        )
        .fetch_one(&self.read)
        .await?;
        let (pending, unseen): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending'), \
                    (SELECT COUNT(*) FROM outbox WHERE state = 'rejected' AND seen_at IS NULL)",
        )
        .fetch_one(&self.read)
        .await?;
        Ok(SyncState {
            client_id,
            cursor: cursor as u64,
            last_sync_at,
            last_error: match (code, detail, error_at) {
                (Some(code), Some(detail), Some(at)) => Some(SyncFailure { code, detail, at }),
                _ => None,
            },
            pending: pending as u64,
            unseen_rejections: unseen as u64,
        })
    }

    /// Up to `limit` pending mutations, oldest first: what the next push sends.
    pub async fn pending_mutations(&self, limit: usize) -> Result<Vec<Mutation>, StoreError> {
        let client_id = self.client_id().await?;
        let rows: Vec<OutboxRow> = sqlx::query_as(
            "SELECT seq, name, args, made_at, made_by FROM outbox WHERE state = 'pending' \
             ORDER BY seq LIMIT ?",
        )
        .bind(limit as i64)
        .fetch_all(&self.read)
        .await?;
        rows.into_iter().map(|r| mutation(&client_id, r)).collect()
    }

    /// Up to `limit` mutations from `seq` on, whatever their state: the resend after the server
    /// answered a sequence gap (it lost mutations this outbox holds as decided).
    pub async fn mutations_from(
        &self,
        seq: u64,
        limit: usize,
    ) -> Result<Vec<Mutation>, StoreError> {
        let client_id = self.client_id().await?;
        let rows: Vec<OutboxRow> = sqlx::query_as(
            "SELECT seq, name, args, made_at, made_by FROM outbox WHERE seq >= ? \
             ORDER BY seq LIMIT ?",
        )
        .bind(seq as i64)
        .bind(limit as i64)
        .fetch_all(&self.read)
        .await?;
        rows.into_iter().map(|r| mutation(&client_id, r)).collect()
    }

    /// Records the server's verdicts in one transaction. A rejection undoes the mutation's local
    /// effect (a pending place goes away, a protocol goes back to its state before the move, an
    /// office intake is marked refused) and is kept, with its reason, for the user to see.
    /// A verdict for a sequence number the outbox does not hold is ignored.
    pub async fn record_verdicts(
        &self,
        verdicts: &[(u64, Verdict)],
        actor: &Actor,
    ) -> Result<VerdictsRecorded, StoreError> {
        let mut tx = self.write.begin().await?;
        let mut done = VerdictsRecorded::default();
        let at = datetime_text(actor.at);
        for (seq, verdict) in verdicts {
            let seq = *seq as i64;
            match verdict {
                Verdict::Accepted => {
                    let n = sqlx::query(
                        "UPDATE outbox SET state = 'accepted', reason_code = NULL, detail = NULL, \
                         decided_at = ? WHERE seq = ? AND state <> 'accepted'",
                    )
                    .bind(&at)
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    done.accepted += n;
                }
                Verdict::Rejected { code, detail } => {
                    let name: Option<(String, String)> = sqlx::query_as(
                        "UPDATE outbox SET state = 'rejected', reason_code = ?, detail = ?, \
                         decided_at = ?, seen_at = NULL WHERE seq = ? AND state <> 'rejected' \
                         RETURNING name, args",
                    )
                    .bind(code)
                    .bind(detail)
                    .bind(&at)
                    .bind(seq)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some((name, args)) = name else {
                        continue;
                    };
                    done.rejected += 1;
                    crate::places::undo_request(&mut tx, self, seq as u64, code, detail, actor)
                        .await?;
                    // A refused office intake is kept, refused, with the server's reason.
                    crate::intake::refuse(&mut tx, self, seq as u64, code, detail, actor).await?;
                    // A refused send or signature puts the protocol back; a refused member
                    // change keeps the row and is listed like any rejection.
                    crate::commission::undo_protocol_mutation(
                        &mut tx, self, seq as u64, &name, &args, code, actor,
                    )
                    .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(done)
    }

    /// The rejections the user has not marked seen, oldest first.
    pub async fn rejected_changes(&self) -> Result<Vec<RejectedChange>, StoreError> {
        type Row = (i64, String, String, String, String, String, String, String);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT seq, name, args, made_at, made_by, reason_code, detail, decided_at \
             FROM outbox WHERE state = 'rejected' AND seen_at IS NULL ORDER BY seq",
        )
        .fetch_all(&self.read)
        .await?;
        rows.into_iter()
            .map(
                |(seq, name, args, made_at, made_by, code, detail, decided_at)| {
                    let (group_id, child_personal_number) = match name.as_str() {
                        PlaceGrant::NAME => match serde_json::from_str::<PlaceGrant>(&args) {
                            Ok(p) => (Some(p.group_id), Some(p.child_personal_number)),
                            Err(_) => (None, None),
                        },
                        ApplicationRegister::NAME => (
                            None,
                            serde_json::from_str::<ApplicationRegister>(&args)
                                .ok()
                                .and_then(|r| r.form.child.personal_number),
                        ),
                        _ => (None, None),
                    };
                    Ok(RejectedChange {
                        seq: seq as u64,
                        name,
                        group_id,
                        child_personal_number,
                        made_at: parse_utc(&made_at)?,
                        made_by,
                        code,
                        detail,
                        decided_at: NaiveDateTime::parse_from_str(
                            &decided_at,
                            crate::sql::DATETIME_FORMAT,
                        )
                        .map_err(|e| StoreError::InvalidInput(e.to_string()))?,
                    })
                },
            )
            .collect()
    }

    /// The user has read these rejections: they leave the list (the outbox keeps them).
    pub async fn mark_rejections_seen(
        &self,
        seqs: &[u64],
        actor: &Actor,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        for seq in seqs {
            let marked = sqlx::query(
                "UPDATE outbox SET seen_at = ? WHERE seq = ? AND state = 'rejected' \
                 AND seen_at IS NULL",
            )
            .bind(datetime_text(actor.at))
            .bind(*seq as i64)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if marked == 1 {
                record_sync_event(
                    &mut tx,
                    self,
                    actor,
                    "rejection_seen",
                    vec![change("seq", None, Some(seq.to_string()))],
                )
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// A sync run failed: keep why, for the status line (the run's steps already committed stay).
    pub async fn record_sync_failure(
        &self,
        code: &str,
        detail: &str,
        actor: &Actor,
    ) -> Result<(), StoreError> {
        let mut conn = self.write.acquire().await?;
        ensure_sync_state(&mut conn, &self.device_id).await?;
        sqlx::query(
            "UPDATE sync_state SET last_error_code = ?, last_error_detail = ?, last_error_at = ? \
             WHERE id = 1",
        )
        .bind(code)
        .bind(detail)
        .bind(datetime_text(actor.at))
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    /// A sync run ended after pulling to the end of the feed: recompute the queue positions
    /// when pulled applications have not been counted yet (by this run or an earlier one that was
    /// cut), and note the time, in one transaction. Returns whether it recomputed.
    pub async fn complete_sync_run(&self, actor: &Actor) -> Result<bool, StoreError> {
        let mut tx = self.write.begin().await?;
        ensure_sync_state(&mut tx, &self.device_id).await?;
        let stale: bool = sqlx::query_scalar("SELECT positions_stale FROM sync_state WHERE id = 1")
            .fetch_one(&mut *tx)
            .await?;
        if stale {
            crate::queue_positions::recompute(&mut tx, actor.at).await?;
        }
        // After the recompute: it rewrites every application, cheaper without them.
        let rebuilt = crate::sync_apply::restore_deferred_indexes(&mut tx).await?;
        sqlx::query(
            "UPDATE sync_state SET last_sync_at = ?, positions_stale = 0, last_error_code = NULL, \
             last_error_detail = NULL, last_error_at = NULL WHERE id = 1",
        )
        .bind(datetime_text(actor.at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        if rebuilt {
            // The planner's figures for the indexes just built, as after an import (sampled:
            // enough for the planner, a fraction of the time).
            let mut conn = self.write.acquire().await?;
            sqlx::query("PRAGMA analysis_limit = 1000")
                .execute(&mut *conn)
                .await?;
            sqlx::query("ANALYZE").execute(&mut *conn).await?;
            sqlx::query("PRAGMA analysis_limit = 0")
                .execute(&mut *conn)
                .await?;
        }
        Ok(stale)
    }
}

pub(crate) fn change(field: &str, before: Option<String>, after: Option<String>) -> FieldChange {
    FieldChange {
        field: field.into(),
        before,
        after,
    }
}

/// A history event about sync itself (entity `sync`).
pub(crate) async fn record_sync_event(
    conn: &mut SqliteConnection,
    store: &Store,
    actor: &Actor,
    action: &str,
    changes: Vec<FieldChange>,
) -> Result<(), sqlx::Error> {
    history::record(
        conn,
        &HistoryEvent {
            entity: "sync",
            entity_id: None,
            action: action.into(),
            at: actor.at,
            user_name: actor.user_name.clone(),
            device_id: store.device_id.clone(),
            changes,
        },
    )
    .await
}
