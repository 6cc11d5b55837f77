//! The audit history: who changed what, when, from which device, before and after.
//! Always written inside the transaction of the change it describes.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

/// Who acts: a logged-in user (with the device) or the command line.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: Option<i64>,
    /// The login, or `cli:<os user>`.
    pub label: String,
    pub device_id: Option<String>,
}

impl Actor {
    /// The operating-system user running a `kezek-server` command.
    pub fn cli() -> Self {
        let who = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".into());
        Actor {
            user_id: None,
            label: format!("cli:{who}"),
            device_id: None,
        }
    }
}

/// One history event; `before` and `after` are JSON views of the object (never secrets).
pub struct Event<'a> {
    pub action: &'a str,
    pub object_kind: &'a str,
    pub object_id: Option<i64>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(
    conn: &mut PgConnection,
    actor: &Actor,
    now: DateTime<Utc>,
    event: Event<'_>,
) -> Result<(), sqlx::Error> {
    // Bound as text and cast: the workspace's sqlx has no `json` feature, and needs none here.
    sqlx::query(
        "INSERT INTO history (at, actor_user_id, actor, device_id, action, object_kind, object_id, \
         before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)",
    )
    .bind(now)
    .bind(actor.user_id)
    .bind(&actor.label)
    .bind(&actor.device_id)
    .bind(event.action)
    .bind(event.object_kind)
    .bind(event.object_id)
    .bind(event.before.map(|v| v.to_string()))
    .bind(event.after.map(|v| v.to_string()))
    .execute(conn)
    .await?;
    Ok(())
}

/// The JSON of a view, for `Event::before` / `Event::after`.
pub fn json<T: Serialize>(view: &T) -> Option<serde_json::Value> {
    serde_json::to_value(view).ok()
}
