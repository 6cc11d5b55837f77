//! A signed protocol's decisions take effect: each application becomes `voucher_issued` or
//! `rejected` (with the benefit the commission settled on), its history and feed entry say so,
//! and the family's e-mail goes into the mail outbox — all in the signing transaction.

use crate::auth::Caller;
use crate::db::commission::{self as db, ProtocolRow};
use crate::db::history;
use crate::mail::{self, Letter};
use chrono::{DateTime, Utc};
use kezek_sync::commission::ReviewedApplication;
use sqlx::PgConnection;

/// The application status a decision leads to.
pub fn status_of(decision: &str) -> &'static str {
    if decision == "approved" {
        "voucher_issued"
    } else {
        "rejected"
    }
}

pub async fn take_effect(
    conn: &mut PgConnection,
    caller: &Caller,
    protocol: &ProtocolRow,
    applications: &[ReviewedApplication],
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    for r in applications {
        let Some(app) = db::lock_application(conn, r.application_id, &protocol.uid).await? else {
            continue;
        };
        let status = status_of(&r.decision);
        let benefit = db::benefit_id(conn, &r.benefit_code).await?;
        let local = local_time(conn, app.id, now).await?;
        sqlx::query(
            "UPDATE applications SET status = $2, benefit_category_id = COALESCE($3, \
             benefit_category_id), benefit_verified = true, updated_at = $4 WHERE id = $1",
        )
        .bind(app.id)
        .bind(status)
        .bind(benefit)
        .bind(local)
        .execute(&mut *conn)
        .await?;
        // The feed holds the application's current record: change the fields that changed.
        sqlx::query(
            "UPDATE change_feed SET data = data || jsonb_build_object('status', $2::text, \
             'benefit_category_id', COALESCE($3, (data->>'benefit_category_id')::bigint), \
             'benefit_verified', true, 'updated_at', $4::text), version = NULL, at = $5, \
             written = nextval('change_feed_written') \
             WHERE entity = 'application' AND entity_id = $1 AND data IS NOT NULL",
        )
        .bind(app.id)
        .bind(status)
        .bind(benefit)
        .bind(local.format("%Y-%m-%dT%H:%M:%S").to_string())
        .bind(now)
        .execute(&mut *conn)
        .await?;
        let event = history::Event {
            action: status,
            object_kind: "application",
            object_id: Some(app.id),
            before: Some(serde_json::json!({ "status": app.status })),
            after: Some(serde_json::json!({
                "status": status,
                "protocol": protocol.number,
                "benefit": r.benefit_code,
            })),
        };
        history::record(conn, &caller.actor(), now, event).await?;
        if let Some(to) = app.email.as_deref().filter(|e| !e.trim().is_empty()) {
            let letter = Letter::decision(
                &app.language,
                &app.number,
                &app.child_name,
                &protocol.number,
                protocol.date,
                &r.decision,
            );
            mail::enqueue(conn, to, &letter, "protocol_decision", Some(app.id), now).await?;
        }
    }
    Ok(())
}

/// `now` as the office's wall clock (applications keep local times): Kazakhstan is UTC+5,
/// Kyrgyzstan UTC+6, neither keeps summer time.
async fn local_time(
    conn: &mut PgConnection,
    application: i64,
    now: DateTime<Utc>,
) -> Result<chrono::NaiveDateTime, sqlx::Error> {
    let country: String = sqlx::query_scalar(
        "SELECT r.country FROM applications a JOIN districts d ON d.id = a.district_id \
         JOIN regions r ON r.id = d.region_id WHERE a.id = $1",
    )
    .bind(application)
    .fetch_one(conn)
    .await?;
    let hours = if country == "KG" { 6 } else { 5 };
    Ok((now + chrono::Duration::hours(hours)).naive_utc())
}
