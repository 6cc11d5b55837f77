//! Feedback (seed 000, §V): messages from this office to the system's developers and
//! administrators. Writing one keeps it here and, when a server is in use, appends the
//! `feedback.send` mutation in the same transaction, so it leaves with the next sync, offline
//! or not. Its state is the outbox's: pending, then delivered (or refused); a message written
//! without a server is kept on this computer only.

use crate::history::{self, HistoryEvent};
use crate::outbox::{self, change};
use crate::{Actor, Store, StoreError};
use chrono::{DateTime, Utc};
use kezek_sync::feedback::FeedbackSend;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// A message as the feedback screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct FeedbackEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub uid: String,
    pub subject: Option<String>,
    pub message: String,
    pub app_version: String,
    /// When it was written (UTC, RFC 3339).
    pub written_at: String,
    pub written_by: String,
    /// `kept` (no server: on this computer only), `pending` (waits for the next sync),
    /// `delivered` (the server has it) or `rejected` (the server refused it; `reason_code`).
    pub state: String,
    /// The server's rejection code (`sync-reject-<code>`), when refused.
    pub reason_code: Option<String>,
}

/// What the user wrote (checked by the API; the store refuses what the server would).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFeedback {
    pub subject: Option<String>,
    pub message: String,
    pub app_version: String,
}

const ENTRY: &str = "SELECT f.id, f.uid, f.subject, f.message, f.app_version, f.written_at, \
     f.written_by, CASE WHEN f.outbox_seq IS NULL THEN 'kept' \
     WHEN o.state = 'accepted' THEN 'delivered' ELSE o.state END AS state, \
     o.reason_code FROM feedback f LEFT JOIN outbox o ON o.seq = f.outbox_seq";

impl Store {
    /// Keeps a message under a new uid and, with `send`, appends its `feedback.send` mutation,
    /// in one transaction with a history event.
    pub async fn write_feedback(
        &self,
        new: &NewFeedback,
        send: bool,
        actor: &Actor,
        written_at: DateTime<Utc>,
    ) -> Result<FeedbackEntry, StoreError> {
        let args = FeedbackSend {
            uid: crate::commission::new_uid(),
            subject: new.subject.clone(),
            message: new.message.clone(),
            app_version: new.app_version.clone(),
        };
        if let Some(problem) = args.problem() {
            return Err(StoreError::InvalidInput(problem));
        }
        let mut tx = self.write.begin().await?;
        let seq = if send {
            outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
            let seq = outbox::append(
                &mut tx,
                FeedbackSend::NAME,
                &args.to_args(),
                written_at,
                &actor.user_name,
            )
            .await?;
            Some(seq as i64)
        } else {
            None
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO feedback (uid, subject, message, app_version, written_at, written_by, \
             outbox_seq) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&args.uid)
        .bind(&new.subject)
        .bind(&new.message)
        .bind(&new.app_version)
        .bind(written_at.to_rfc3339())
        .bind(&actor.user_name)
        .bind(seq)
        .fetch_one(&mut *tx)
        .await?;
        let state = if send { "pending" } else { "kept" };
        history::record(
            &mut tx,
            &HistoryEvent {
                entity: "feedback",
                entity_id: Some(id),
                action: "feedback_written".into(),
                at: actor.at,
                user_name: actor.user_name.clone(),
                device_id: self.device_id.clone(),
                changes: vec![
                    change("subject", None, new.subject.clone()),
                    change("message", None, Some(new.message.clone())),
                    change("state", None, Some(state.into())),
                ],
            },
        )
        .await?;
        let entry = entry(&mut tx, id).await?;
        tx.commit().await?;
        Ok(entry)
    }

    /// The messages written here, newest first.
    pub async fn feedback(&self) -> Result<Vec<FeedbackEntry>, StoreError> {
        Ok(
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENTRY} ORDER BY f.id DESC")))
                .fetch_all(&self.read)
                .await?,
        )
    }
}

async fn entry(conn: &mut SqliteConnection, id: i64) -> Result<FeedbackEntry, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENTRY} WHERE f.id = ?")))
        .bind(id)
        .fetch_one(conn)
        .await
}
