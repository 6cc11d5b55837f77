//! The history of changes: who changed what, when, and from which device.
//!
//! Every state change writes its event inside the same transaction as the change itself.

use crate::sql::datetime_text;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// One changed field: its before and after values (as shown, or codes for enumerations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A change to record.
#[derive(Debug, Clone)]
pub struct HistoryEvent {
    /// "application" or "settings".
    pub entity: &'static str,
    pub entity_id: Option<i64>,
    /// A stable action code (locale id `history-action-<code>`).
    pub action: String,
    pub at: NaiveDateTime,
    pub user_name: String,
    pub device_id: String,
    pub changes: Vec<FieldChange>,
}

pub(crate) async fn record(
    conn: &mut SqliteConnection,
    event: &HistoryEvent,
) -> Result<(), sqlx::Error> {
    let changes = serde_json::to_string(&event.changes).expect("field changes serialise");
    sqlx::query(
        "INSERT INTO history (entity, entity_id, action, at, user_name, device_id, changes) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(event.entity)
    .bind(event.entity_id)
    .bind(&event.action)
    .bind(datetime_text(event.at))
    .bind(&event.user_name)
    .bind(&event.device_id)
    .bind(changes)
    .execute(conn)
    .await?;
    Ok(())
}
