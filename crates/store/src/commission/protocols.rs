//! Protocols: their views, and the moves between states (send, return, sign), each a local
//! change plus its outbox mutation and history events, in one transaction; and the undo of a
//! move the server refused.
//!
//! States here: `draft` (only on the secretary's desktop) → `sent_for_signature` → `returned`
//! (editable and sendable again) or `signed` (never changes). A local move is `pending` until
//! the server's verdict; a refusal puts the protocol back (`undo_protocol_mutation`).

use super::members::roster;
use super::{from_json, record_on_applications, refused, refused_with};
use crate::outbox::{self, change};
use crate::sql::{datetime_text, full_name};
use crate::{Actor, Store, StoreError};
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use kezek_sync::commission::{
    PresentMember, ProtocolReturn, ProtocolSend, ProtocolSign, ReviewedApplication,
};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProtocolApplicationRow {
    #[ts(type = "number")]
    pub application_id: i64,
    /// Empty when the application is not in this store.
    pub number: String,
    pub child_name: String,
    pub decision: String,
}

/// A member as the protocol names them (a copy made when it was drafted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PresentMemberView {
    pub uid: String,
    pub full_name: String,
    pub position: String,
    pub role: String,
}

impl From<PresentMember> for PresentMemberView {
    fn from(p: PresentMember) -> Self {
        Self {
            uid: p.uid,
            full_name: p.full_name,
            position: p.position,
            role: p.role,
        }
    }
}

impl From<PresentMemberView> for PresentMember {
    fn from(p: PresentMemberView) -> Self {
        Self {
            uid: p.uid,
            full_name: p.full_name,
            position: p.position,
            role: p.role,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProtocolView {
    pub uid: String,
    pub number: String,
    pub date: NaiveDate,
    pub language: String,
    /// draft | sent_for_signature | returned | signed
    pub state: String,
    pub applications: Vec<ProtocolApplicationRow>,
    pub present: Vec<PresentMemberView>,
    pub comment: String,
    pub sent_at: Option<DateTime<Utc>>,
    pub returned_reason: Option<String>,
    pub returned_by: Option<String>,
    pub signed_by: Option<String>,
    pub signer: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    /// A move of it has not been confirmed by the server yet.
    pub pending: bool,
}

/// A PDF's bytes.
type Pdf = Vec<u8>;

/// What signing needs: the state and the draft PDF as sent.
#[derive(Debug, Clone)]
pub struct ProtocolForSigning {
    pub state: String,
    pub pdf: Vec<u8>,
}

#[derive(sqlx::FromRow)]
struct Row {
    uid: String,
    number: String,
    date: NaiveDate,
    language: String,
    state: String,
    present: String,
    applications: String,
    comment: String,
    sent_at: Option<String>,
    returned_reason: Option<String>,
    returned_by: Option<String>,
    signed_by: Option<String>,
    signer: Option<String>,
    signed_at: Option<String>,
    pending: bool,
}

const VIEW: &str = "SELECT p.uid, p.number, p.date, p.language, p.state, p.present, \
     p.applications, p.comment, p.sent_at, p.returned_reason, p.returned_by, p.signed_by, \
     p.signer, p.signed_at, \
     COALESCE((SELECT o.state = 'pending' FROM outbox o WHERE o.seq = p.outbox_seq), 0) \
     AS pending FROM protocols p";

fn utc(text: Option<String>) -> Result<Option<DateTime<Utc>>, StoreError> {
    text.map(|t| {
        DateTime::parse_from_rfc3339(&t)
            .map(|d| d.with_timezone(&Utc))
            .map_err(|e| StoreError::InvalidInput(format!("time {t:?}: {e}")))
    })
    .transpose()
}

async fn view(conn: &mut SqliteConnection, r: Row) -> Result<ProtocolView, StoreError> {
    let present: Vec<PresentMember> = from_json("protocol present", &r.present)?;
    let apps: Vec<ReviewedApplication> = from_json("protocol applications", &r.applications)?;
    let mut applications = Vec::with_capacity(apps.len());
    for a in apps {
        let found: Option<(String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT a.number, c.surname, c.given_name, c.patronymic FROM applications a \
             JOIN children c ON c.id = a.child_id WHERE a.id = ?",
        )
        .bind(a.application_id)
        .fetch_optional(&mut *conn)
        .await?;
        let (number, child_name) = match found {
            Some((n, s, g, p)) => (n, full_name(&s, &g, p.as_deref())),
            None => (String::new(), String::new()),
        };
        applications.push(ProtocolApplicationRow {
            application_id: a.application_id,
            number,
            child_name,
            decision: a.decision,
        });
    }
    Ok(ProtocolView {
        uid: r.uid,
        number: r.number,
        date: r.date,
        language: r.language,
        state: r.state,
        applications,
        present: present.into_iter().map(Into::into).collect(),
        comment: r.comment,
        sent_at: utc(r.sent_at)?,
        returned_reason: r.returned_reason,
        returned_by: r.returned_by,
        signed_by: r.signed_by,
        signer: r.signer,
        signed_at: utc(r.signed_at)?,
        pending: r.pending,
    })
}

pub(crate) async fn protocol_view(
    conn: &mut SqliteConnection,
    uid: &str,
) -> Result<Option<ProtocolView>, StoreError> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{VIEW} WHERE p.uid = ?")))
        .bind(uid)
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(r) => Ok(Some(view(conn, r).await?)),
        None => Ok(None),
    }
}

async fn required(conn: &mut SqliteConnection, uid: &str) -> Result<ProtocolView, StoreError> {
    protocol_view(conn, uid)
        .await?
        .ok_or(StoreError::NotFound("protocol"))
}

fn wrong_state(state: &str, action: &str) -> StoreError {
    refused_with(
        "wrong_state",
        format!("a protocol {state} cannot be {action}"),
        "state",
        state,
    )
}

fn ids(p: &ProtocolView) -> Vec<i64> {
    p.applications.iter().map(|a| a.application_id).collect()
}

/// Points the protocol at its latest mutation.
async fn set_outbox_seq(conn: &mut SqliteConnection, uid: &str, seq: u64) -> sqlx::Result<()> {
    sqlx::query("UPDATE protocols SET outbox_seq = ? WHERE uid = ?")
        .bind(seq as i64)
        .bind(uid)
        .execute(conn)
        .await?;
    Ok(())
}

impl Store {
    /// Every local protocol: drafts, then those waiting for signature, returned, signed;
    /// newest first within each.
    pub async fn protocols(&self) -> Result<Vec<ProtocolView>, StoreError> {
        let mut conn = self.read.acquire().await?;
        let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{VIEW} ORDER BY CASE p.state WHEN 'draft' THEN 0 WHEN 'sent_for_signature' THEN 1 \
             WHEN 'returned' THEN 2 ELSE 3 END, p.date DESC, p.updated_at DESC, p.uid"
        )))
        .fetch_all(&mut *conn)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(view(&mut conn, r).await?);
        }
        Ok(out)
    }

    pub async fn protocol(&self, uid: &str) -> Result<ProtocolView, StoreError> {
        let mut conn = self.read.acquire().await?;
        required(&mut conn, uid).await
    }

    /// The protocol's current PDF: the signed file once signed, else the draft.
    pub async fn protocol_pdf(&self, uid: &str) -> Result<Vec<u8>, StoreError> {
        let row: Option<(Option<Pdf>, Option<Pdf>)> =
            sqlx::query_as("SELECT signed_pdf, pdf FROM protocols WHERE uid = ?")
                .bind(uid)
                .fetch_optional(&self.read)
                .await?;
        let (signed, draft) = row.ok_or(StoreError::NotFound("protocol"))?;
        signed.or(draft).ok_or(StoreError::NotFound("protocol PDF"))
    }

    /// Sends a draft (or a returned protocol) for signature: state `sent_for_signature`, the
    /// `protocol.send` mutation with its reviews and PDF, history on each application. The
    /// roster is checked again: a member switched off since drafting is refused by name.
    pub async fn send_protocol(
        &self,
        uid: &str,
        actor: &Actor,
        made_at: DateTime<Utc>,
    ) -> Result<ProtocolView, StoreError> {
        let mut tx = self.write.begin().await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let p = required(&mut tx, uid).await?;
        if !matches!(p.state.as_str(), "draft" | "returned") {
            return Err(wrong_state(&p.state, "sent"));
        }
        if p.applications.is_empty() {
            return Err(refused("protocol_empty", "the protocol has no application"));
        }
        let roster = roster(&mut tx).await?;
        for m in &p.present {
            match roster.iter().find(|r| r.uid == m.uid) {
                Some(r) if r.active => {}
                Some(r) => {
                    return Err(refused_with(
                        "inactive_member",
                        format!("{} is not an active member any more", r.full_name),
                        "member",
                        r.full_name.clone(),
                    ))
                }
                None => {
                    return Err(refused_with(
                        "not_a_member",
                        format!("{} is not on the roster any more", m.full_name),
                        "member",
                        m.full_name.clone(),
                    ))
                }
            }
        }
        let (applications, pdf): (String, Option<Vec<u8>>) =
            sqlx::query_as("SELECT applications, pdf FROM protocols WHERE uid = ?")
                .bind(uid)
                .fetch_one(&mut *tx)
                .await?;
        let pdf = pdf.ok_or(StoreError::NotFound("protocol PDF"))?;
        let args = ProtocolSend {
            uid: uid.to_string(),
            number: p.number.clone(),
            date: p.date,
            language: p.language.clone(),
            present: p.present.iter().map(|m| m.uid.clone()).collect(),
            applications: from_json("protocol applications", &applications)?,
            comment: p.comment.clone(),
            pdf: base64::engine::general_purpose::STANDARD.encode(&pdf),
        };
        let args = serde_json::to_value(&args).expect("plain fields serialise");
        let seq = outbox::append(
            &mut tx,
            ProtocolSend::NAME,
            &args,
            made_at,
            &actor.user_name,
        )
        .await?;
        sqlx::query(
            "UPDATE protocols SET state = 'sent_for_signature', sent_by = ?, sent_at = ?, \
             returned_reason = NULL, returned_by = NULL, returned_at = NULL, updated_at = ? \
             WHERE uid = ?",
        )
        .bind(&actor.user_name)
        .bind(made_at.to_rfc3339())
        .bind(datetime_text(actor.at))
        .bind(uid)
        .execute(&mut *tx)
        .await?;
        set_outbox_seq(&mut tx, uid, seq).await?;
        let changes = vec![
            change("protocol_number", None, Some(p.number.clone())),
            change(
                "protocol_state",
                Some(p.state.clone()),
                Some("sent_for_signature".into()),
            ),
        ];
        record_on_applications(&mut tx, self, actor, &ids(&p), "protocol_sent", changes).await?;
        let view = required(&mut tx, uid).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The chairman returns a protocol waiting for signature, with a reason: state `returned`,
    /// the `protocol.return` mutation, history on each application.
    pub async fn return_protocol(
        &self,
        uid: &str,
        reason: &str,
        by: &str,
        actor: &Actor,
        made_at: DateTime<Utc>,
    ) -> Result<ProtocolView, StoreError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(refused("reason_required", "the reason is empty"));
        }
        let mut tx = self.write.begin().await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let p = required(&mut tx, uid).await?;
        if p.state != "sent_for_signature" {
            return Err(wrong_state(&p.state, "returned"));
        }
        let args = ProtocolReturn {
            uid: uid.to_string(),
            reason: reason.to_string(),
        };
        let args = serde_json::to_value(&args).expect("plain fields serialise");
        let seq = outbox::append(
            &mut tx,
            ProtocolReturn::NAME,
            &args,
            made_at,
            &actor.user_name,
        )
        .await?;
        sqlx::query(
            "UPDATE protocols SET state = 'returned', returned_reason = ?, returned_by = ?, \
             returned_at = ?, updated_at = ? WHERE uid = ?",
        )
        .bind(reason)
        .bind(by)
        .bind(made_at.to_rfc3339())
        .bind(datetime_text(actor.at))
        .bind(uid)
        .execute(&mut *tx)
        .await?;
        set_outbox_seq(&mut tx, uid, seq).await?;
        let changes = vec![
            change("protocol_number", None, Some(p.number.clone())),
            change(
                "protocol_state",
                Some(p.state.clone()),
                Some("returned".into()),
            ),
            change("reason", None, Some(reason.to_string())),
        ];
        record_on_applications(&mut tx, self, actor, &ids(&p), "protocol_returned", changes)
            .await?;
        let view = required(&mut tx, uid).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The state and draft PDF of a protocol, for the signature.
    pub async fn protocol_for_signing(&self, uid: &str) -> Result<ProtocolForSigning, StoreError> {
        let row: Option<(String, Option<Vec<u8>>)> =
            sqlx::query_as("SELECT state, pdf FROM protocols WHERE uid = ?")
                .bind(uid)
                .fetch_optional(&self.read)
                .await?;
        let (state, pdf) = row.ok_or(StoreError::NotFound("protocol"))?;
        Ok(ProtocolForSigning {
            state,
            pdf: pdf.ok_or(StoreError::NotFound("protocol PDF"))?,
        })
    }

    /// Keeps the chairman's signed PDF: state `signed` (pending until the server accepts it),
    /// the `protocol.sign` mutation, history on each application. Refused when the protocol
    /// left `sent_for_signature` or its draft changed since it was signed.
    #[allow(clippy::too_many_arguments)]
    pub async fn store_signed_protocol(
        &self,
        uid: &str,
        signed_pdf: &[u8],
        signed_by: &str,
        signer: &str,
        signed_at: DateTime<Utc>,
        actor: &Actor,
    ) -> Result<ProtocolView, StoreError> {
        let mut tx = self.write.begin().await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let p = required(&mut tx, uid).await?;
        if p.state != "sent_for_signature" {
            return Err(wrong_state(&p.state, "signed"));
        }
        let draft: Option<Vec<u8>> = sqlx::query_scalar("SELECT pdf FROM protocols WHERE uid = ?")
            .bind(uid)
            .fetch_one(&mut *tx)
            .await?;
        if !draft.is_some_and(|d| signed_pdf.starts_with(&d)) {
            return Err(refused(
                "protocol_changed",
                "the signed file is not the protocol's draft plus a signature",
            ));
        }
        let args = ProtocolSign {
            uid: uid.to_string(),
            signed_pdf: base64::engine::general_purpose::STANDARD.encode(signed_pdf),
        };
        let args = serde_json::to_value(&args).expect("plain fields serialise");
        let seq = outbox::append(
            &mut tx,
            ProtocolSign::NAME,
            &args,
            signed_at,
            &actor.user_name,
        )
        .await?;
        sqlx::query(
            "UPDATE protocols SET state = 'signed', signed_pdf = ?, signed_by = ?, signer = ?, \
             signed_at = ?, updated_at = ? WHERE uid = ?",
        )
        .bind(signed_pdf)
        .bind(signed_by)
        .bind(signer)
        .bind(signed_at.to_rfc3339())
        .bind(datetime_text(actor.at))
        .bind(uid)
        .execute(&mut *tx)
        .await?;
        set_outbox_seq(&mut tx, uid, seq).await?;
        let changes = vec![
            change("protocol_number", None, Some(p.number.clone())),
            change(
                "protocol_state",
                Some(p.state.clone()),
                Some("signed".into()),
            ),
            change("signer", None, Some(signer.to_string())),
        ];
        record_on_applications(&mut tx, self, actor, &ids(&p), "protocol_signed", changes).await?;
        let view = required(&mut tx, uid).await?;
        tx.commit().await?;
        Ok(view)
    }
}

/// The server refused the protocol mutation of outbox `seq`: the local protocol goes back to
/// where it was before it (a refused send to `draft`, a refused signature to
/// `sent_for_signature` without the signed file, a refused return to `sent_for_signature`),
/// unless a later local move superseded it. Other mutations are left alone.
pub(crate) async fn undo_protocol_mutation(
    conn: &mut SqliteConnection,
    store: &Store,
    seq: u64,
    name: &str,
    args: &str,
    code: &str,
    actor: &Actor,
) -> Result<(), StoreError> {
    let sql = match name {
        ProtocolSend::NAME => {
            "UPDATE protocols SET state = 'draft', sent_by = NULL, sent_at = NULL \
             WHERE uid = ? AND outbox_seq = ? RETURNING state"
        }
        ProtocolSign::NAME => {
            "UPDATE protocols SET state = 'sent_for_signature', signed_pdf = NULL, \
             signed_by = NULL, signer = NULL, signed_at = NULL \
             WHERE uid = ? AND outbox_seq = ? RETURNING state"
        }
        ProtocolReturn::NAME => {
            "UPDATE protocols SET state = 'sent_for_signature', returned_reason = NULL, \
             returned_by = NULL, returned_at = NULL \
             WHERE uid = ? AND outbox_seq = ? RETURNING state"
        }
        _ => return Ok(()),
    };
    let Some(uid) = serde_json::from_str::<serde_json::Value>(args)
        .ok()
        .and_then(|v| v.get("uid").and_then(|u| u.as_str()).map(str::to_owned))
    else {
        return Ok(());
    };
    let state: Option<String> = sqlx::query_scalar(sql)
        .bind(&uid)
        .bind(seq as i64)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(state) = state else {
        return Ok(());
    };
    let p = required(conn, &uid).await?;
    let changes = vec![
        change("protocol_number", None, Some(p.number.clone())),
        change("mutation", None, Some(name.to_string())),
        change("reason", None, Some(code.to_string())),
        change("protocol_state", None, Some(state)),
    ];
    record_on_applications(
        conn,
        store,
        actor,
        &ids(&p),
        "protocol_change_rejected",
        changes,
    )
    .await?;
    Ok(())
}
