//! The feed's commission records applied to the store: members and protocols are upserted by
//! their `uid` (the server's id kept beside it), tombstones delete by the server's id.
//!
//! A row with a local mutation still waiting for its verdict keeps its local content (only the
//! server's ids are taken): the user's move wins until the server has decided it, as pending
//! places do. Once a protocol is sent or signed the server's content is the truth, reviews
//! included; when it becomes signed, each application's history records the decision.

use super::{json, record_on_applications};
use crate::outbox::change;
use crate::sql::{date_text, datetime_text};
use crate::{Actor, Store, StoreError};
use base64::Engine;
use kezek_sync::commission::{CommissionMemberRecord, ProtocolRecord};
use sqlx::SqliteConnection;

/// Whether the row's last local mutation still waits for the server.
async fn pending(conn: &mut SqliteConnection, table: &str, uid: &str) -> sqlx::Result<bool> {
    let sql = format!(
        "SELECT COALESCE((SELECT o.state = 'pending' FROM outbox o WHERE o.seq = t.outbox_seq), 0) \
         FROM {table} t WHERE t.uid = ?"
    );
    let found: Option<bool> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(uid)
        .fetch_optional(conn)
        .await?;
    Ok(found.unwrap_or(false))
}

/// Takes the server's ids for a row (and frees them from any other row).
async fn take_ids(
    conn: &mut SqliteConnection,
    table: &str,
    uid: &str,
    id: i64,
    commission_id: i64,
) -> sqlx::Result<()> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET server_id = NULL WHERE server_id = ? AND uid <> ?"
    )))
    .bind(id)
    .bind(uid)
    .execute(&mut *conn)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET server_id = ?, commission_id = ? WHERE uid = ?"
    )))
    .bind(id)
    .bind(commission_id)
    .bind(uid)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn apply_member(
    conn: &mut SqliteConnection,
    m: &CommissionMemberRecord,
    actor: &Actor,
) -> Result<(), StoreError> {
    if !pending(&mut *conn, "commission_members", &m.uid).await? {
        sqlx::query(
            "INSERT INTO commission_members (uid, personal_number, surname, given_name, \
             patronymic, birth_date, position, phone, email, role, active, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET \
             personal_number = excluded.personal_number, surname = excluded.surname, \
             given_name = excluded.given_name, patronymic = excluded.patronymic, \
             birth_date = excluded.birth_date, position = excluded.position, \
             phone = excluded.phone, email = excluded.email, role = excluded.role, \
             active = excluded.active, updated_at = excluded.updated_at",
        )
        .bind(&m.uid)
        .bind(&m.personal_number)
        .bind(&m.surname)
        .bind(&m.given_name)
        .bind(&m.patronymic)
        .bind(date_text(m.birth_date))
        .bind(&m.position)
        .bind(&m.phone)
        .bind(&m.email)
        .bind(&m.role)
        .bind(m.active)
        .bind(datetime_text(actor.at))
        .execute(&mut *conn)
        .await?;
    }
    take_ids(conn, "commission_members", &m.uid, m.id, m.commission_id).await?;
    Ok(())
}

pub(crate) async fn delete_member(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM commission_members WHERE server_id = ?")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub(crate) async fn apply_protocol(
    conn: &mut SqliteConnection,
    store: &Store,
    p: &ProtocolRecord,
    actor: &Actor,
) -> Result<(), StoreError> {
    if pending(&mut *conn, "protocols", &p.uid).await? {
        take_ids(conn, "protocols", &p.uid, p.id, p.commission_id).await?;
        return Ok(());
    }
    let pdf = base64::engine::general_purpose::STANDARD
        .decode(&p.pdf)
        .map_err(|e| StoreError::InvalidInput(format!("protocol {} PDF: {e}", p.uid)))?;
    let before: Option<String> = sqlx::query_scalar("SELECT state FROM protocols WHERE uid = ?")
        .bind(&p.uid)
        .fetch_optional(&mut *conn)
        .await?;
    let signed = p.state == "signed";
    let present = json(&p.present);
    // A signed protocol keeps the draft it had beside the signed file.
    let (draft, signed_pdf) = if signed {
        (None, Some(pdf))
    } else {
        (Some(pdf), None)
    };
    sqlx::query(
        "INSERT INTO protocols (uid, number, date, language, state, present, applications, \
         comment, sent_by, sent_at, returned_reason, returned_by, returned_at, signed_by, \
         signer, signed_at, pdf, signed_pdf, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (uid) DO UPDATE SET number = excluded.number, date = excluded.date, \
         language = excluded.language, state = excluded.state, present = excluded.present, \
         applications = excluded.applications, comment = excluded.comment, \
         sent_by = excluded.sent_by, sent_at = excluded.sent_at, \
         returned_reason = excluded.returned_reason, returned_by = excluded.returned_by, \
         returned_at = excluded.returned_at, signed_by = excluded.signed_by, \
         signer = excluded.signer, signed_at = excluded.signed_at, \
         pdf = COALESCE(excluded.pdf, protocols.pdf), signed_pdf = excluded.signed_pdf, \
         updated_at = excluded.updated_at",
    )
    .bind(&p.uid)
    .bind(&p.number)
    .bind(date_text(p.date))
    .bind(&p.language)
    .bind(&p.state)
    .bind(&present)
    .bind(json(&p.applications))
    .bind(&p.comment)
    .bind(&p.sent_by)
    .bind(p.sent_at.to_rfc3339())
    .bind(&p.returned_reason)
    .bind(&p.returned_by)
    .bind(p.returned_at.map(|t| t.to_rfc3339()))
    .bind(&p.signed_by)
    .bind(&p.signer)
    .bind(p.signed_at.map(|t| t.to_rfc3339()))
    .bind(draft)
    .bind(signed_pdf)
    .bind(datetime_text(actor.at))
    .execute(&mut *conn)
    .await?;
    take_ids(conn, "protocols", &p.uid, p.id, p.commission_id).await?;
    if matches!(p.state.as_str(), "sent_for_signature" | "signed") {
        let present: Vec<&str> = p.present.iter().map(|m| m.uid.as_str()).collect();
        for a in &p.applications {
            sqlx::query(
                "INSERT INTO voucher_reviews (application_id, protocol_uid, benefit_code, \
                 documents, other_documents, present, decision, comment, protocol_number, \
                 updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
                 ON CONFLICT (application_id) DO UPDATE SET protocol_uid = excluded.protocol_uid, \
                 benefit_code = excluded.benefit_code, documents = excluded.documents, \
                 other_documents = excluded.other_documents, present = excluded.present, \
                 decision = excluded.decision, comment = excluded.comment, \
                 protocol_number = excluded.protocol_number, updated_at = excluded.updated_at",
            )
            .bind(a.application_id)
            .bind(&p.uid)
            .bind(&a.benefit_code)
            .bind(json(&a.documents))
            .bind(json(&a.other_documents))
            .bind(json(&present))
            .bind(&a.decision)
            .bind(&a.comment)
            .bind(&p.number)
            .bind(datetime_text(actor.at))
            .execute(&mut *conn)
            .await?;
        }
    }
    if signed && before.as_deref() != Some("signed") {
        for a in &p.applications {
            let changes = vec![
                change("decision", None, Some(a.decision.clone())),
                change("protocol_number", None, Some(p.number.clone())),
                change("signed_by", None, p.signed_by.clone()),
            ];
            let id = [a.application_id];
            record_on_applications(conn, store, actor, &id, "commission_decided", changes).await?;
        }
    }
    Ok(())
}

pub(crate) async fn delete_protocol(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE voucher_reviews SET protocol_uid = NULL \
         WHERE protocol_uid IN (SELECT uid FROM protocols WHERE server_id = ?)",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM protocols WHERE server_id = ?")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
