//! `feedback.send` (seed 000, §V): any signed-in user may write to the system's developers and
//! administrators. The sender — login, role, scope, device — and the time of receipt come from
//! the session and the server's clock, never from the arguments; a `uid` already stored is
//! accepted again without a second row (a desktop restored from a backup may push it twice).
//! Administrators read the messages with `kezek-server feedback list`.

use crate::accounts::ScopeView;
use crate::auth::Caller;
use crate::db::history;
use chrono::{DateTime, Utc};
use kezek_sync::feedback::FeedbackSend;
use kezek_sync::{reject, Mutation, Verdict};
use serde::Serialize;
use sqlx::{PgConnection, PgPool};

/// Stores one message. Every role may send: the bearer session is the whole check.
pub async fn send(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let a: FeedbackSend = match serde_json::from_value(m.args.clone()) {
        Ok(a) => a,
        Err(e) => return Ok(refused(e.to_string())),
    };
    if let Some(problem) = a.problem() {
        return Ok(refused(problem));
    }
    let subject = a
        .subject
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let scope = ScopeView::from(caller.scope);
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO feedback (uid, user_id, login, role, scope_kind, region_id, district_id, \
         commission_id, kindergarten_id, device_id, subject, message, app_version, written_at, \
         received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
         ON CONFLICT (uid) DO NOTHING RETURNING id",
    )
    .bind(a.uid.trim())
    .bind(caller.user_id)
    .bind(&caller.login)
    .bind(caller.role.as_str())
    .bind(scope.kind.as_str())
    .bind(scope.region_id)
    .bind(scope.district_id)
    .bind(scope.commission_id)
    .bind(scope.kindergarten_id)
    .bind(&caller.device_id)
    .bind(subject)
    .bind(a.message.trim())
    .bind(a.app_version.trim())
    .bind(m.at)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    // Stored before: the first copy stands, and this one is as good as delivered.
    let Some(id) = id else {
        return Ok(Verdict::Accepted);
    };
    let event = history::Event {
        action: FeedbackSend::NAME,
        object_kind: "feedback",
        object_id: Some(id),
        before: None,
        after: Some(serde_json::json!({
            "uid": a.uid.trim(),
            "subject": subject,
            "message_chars": a.message.trim().chars().count(),
            "app_version": a.app_version.trim(),
        })),
    };
    history::record(conn, &caller.actor(), now, event).await?;
    Ok(Verdict::Accepted)
}

fn refused(detail: String) -> Verdict {
    Verdict::Rejected {
        code: reject::INVALID_ARGS.into(),
        detail,
    }
}

/// A stored message, as the command line prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct FeedbackView {
    pub id: i64,
    pub uid: String,
    pub login: String,
    pub role: String,
    pub scope_kind: String,
    /// The names along the sender's scope, from the region down (empty for `system`).
    pub scope_names: Vec<String>,
    pub device_id: String,
    pub subject: Option<String>,
    pub message: String,
    pub app_version: String,
    pub written_at: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
}

/// Every message, oldest first.
pub async fn list(pool: &PgPool) -> Result<Vec<FeedbackView>, sqlx::Error> {
    sqlx::query_as(
        "SELECT f.id, f.uid, f.login, f.role, f.scope_kind, \
                array_remove(ARRAY[r.name, d.name, c.name, k.name], NULL) AS scope_names, \
                f.device_id, f.subject, f.message, f.app_version, f.written_at, f.received_at \
         FROM feedback f \
         LEFT JOIN regions r ON r.id = f.region_id \
         LEFT JOIN districts d ON d.id = f.district_id \
         LEFT JOIN commissions c ON c.id = f.commission_id \
         LEFT JOIN kindergartens k ON k.id = f.kindergarten_id \
         ORDER BY f.received_at, f.id",
    )
    .fetch_all(pool)
    .await
}
