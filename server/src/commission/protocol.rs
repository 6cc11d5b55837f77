//! `protocol.send`, `protocol.return`, `protocol.sign`: a protocol's way from the secretary to
//! the chairman and back. The server holds the draft PDF as sent; a signature is accepted only
//! over exactly that file, whole, by a certificate its trust list accepts, and then the
//! decisions take effect in the same transaction ([`super::decisions`]).

use super::{args, commission_of, decisions, pdf_of, rejected, verdict};
use crate::auth::Caller;
use crate::db::commission::{self as db, ProtocolRow};
use crate::db::{feed, history};
use crate::scope::Action;
use chrono::{DateTime, Utc};
use kezek_signing::{verify_pdf, PdfSignatureStatus, TrustList};
use kezek_sync::commission::{
    PresentMember, ProtocolReturn, ProtocolSend, ProtocolSign, DECISIONS,
};
use kezek_sync::{reject, Mutation, Record, Verdict};
use sqlx::PgConnection;

/// A protocol of more applications than this is a mistake, not a meeting.
const MAX_APPLICATIONS: usize = 500;

pub async fn send(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let commission = verdict!(commission_of(caller, Action::KeepCommissionRecords));
    let a: ProtocolSend = verdict!(args(m));
    let number = a.number.trim().to_string();
    if number.is_empty() || a.uid.trim().is_empty() {
        return Ok(rejected(
            reject::INVALID_ARGS,
            "the number and the uid are required",
        ));
    }
    if a.applications.is_empty() || a.applications.len() > MAX_APPLICATIONS {
        return Ok(rejected(
            reject::INVALID_ARGS,
            format!("a protocol decides 1 to {MAX_APPLICATIONS} applications"),
        ));
    }
    if !kezek_i18n::LANGUAGES.contains(&a.language.as_str()) {
        return Ok(rejected(
            reject::INVALID_ARGS,
            format!("language {:?}", a.language),
        ));
    }
    let pdf = verdict!(pdf_of(&a.pdf));
    let before = db::lock_protocol(conn, &a.uid).await?;
    match &before {
        Some(p) if p.commission_id != commission => {
            return Ok(rejected(
                reject::NOT_FOUND,
                format!("no protocol {:?}", a.uid),
            ))
        }
        Some(p) if p.state != "returned" => {
            return Ok(rejected(
                reject::WRONG_STATE,
                format!(
                    "protocol №{} is {}: only a returned one is sent again",
                    p.number, p.state
                ),
            ))
        }
        _ => {}
    }
    if db::number_taken(conn, commission, &number, &a.uid).await? {
        return Ok(rejected(
            reject::DUPLICATE_PROTOCOL_NUMBER,
            format!("the commission already has a protocol №{number}"),
        ));
    }
    let present = verdict!(present_members(conn, commission, &a.present).await?);
    let at = db::commission_location(conn, commission).await?;
    let district = at.district.expect("a commission sits in a district");
    for r in &a.applications {
        if !DECISIONS.contains(&r.decision.as_str()) {
            return Ok(rejected(
                reject::INVALID_ARGS,
                format!("decision {:?}", r.decision),
            ));
        }
        if db::benefit_id(conn, &r.benefit_code).await?.is_none() {
            return Ok(rejected(
                reject::INVALID_ARGS,
                format!("no benefit category {:?}", r.benefit_code),
            ));
        }
        let row = db::lock_application(conn, r.application_id, &a.uid).await?;
        let refusal = match row {
            None => Some(format!("no application {}", r.application_id)),
            Some(x) if x.district_id != district => {
                Some(format!("no application {}", r.application_id))
            }
            Some(x) if x.kind != "voucher" => {
                Some(format!("{} is not a voucher application", x.number))
            }
            Some(x) if !matches!(x.status.as_str(), "registered" | "under_review") => {
                Some(format!("{} is {}, not under review", x.number, x.status))
            }
            Some(x) => x
                .open_protocol
                .map(|other| format!("{} is in protocol №{other}, not signed yet", x.number)),
        };
        if let Some(detail) = refusal {
            return Ok(rejected(reject::NOT_REVIEWABLE, detail));
        }
    }
    let row = ProtocolRow {
        id: 0,
        uid: a.uid.clone(),
        commission_id: commission,
        number,
        date: a.date,
        language: a.language.clone(),
        state: "sent_for_signature".into(),
        present: serde_json::to_string(&present).expect("plain data"),
        comment: a.comment.clone(),
        sent_by: caller.full_name.clone(),
        sent_at: now,
        returned_reason: None,
        returned_by: None,
        returned_at: None,
        signed_by: None,
        signer: None,
        signed_at: None,
        draft_pdf: pdf,
        signed_pdf: None,
    };
    let id = db::upsert_sent_protocol(conn, &row).await?;
    db::replace_protocol_applications(conn, id, &a.applications).await?;
    let record = ProtocolRow { id, ..row }.record(a.applications.clone());
    let event = history::Event {
        action: ProtocolSend::NAME,
        object_kind: "protocol",
        object_id: Some(id),
        before: before.map(|b| serde_json::json!({ "state": b.state })),
        after: Some(summary(&record)),
    };
    feed::write(conn, &Record::Protocol(Box::new(record)), &at, now).await?;
    history::record(conn, &caller.actor(), now, event).await?;
    Ok(Verdict::Accepted)
}

/// The members named present, copied from the roster; each must be on it and active.
async fn present_members(
    conn: &mut PgConnection,
    commission: i64,
    uids: &[String],
) -> Result<Result<Vec<PresentMember>, Verdict>, sqlx::Error> {
    if uids.is_empty() {
        return Ok(Err(rejected(
            reject::INACTIVE_MEMBER,
            "no member is present",
        )));
    }
    let roster = db::roster(conn, commission).await?;
    let mut present = Vec::with_capacity(uids.len());
    for uid in uids {
        match roster.iter().find(|m| &m.uid == uid) {
            Some(m) if m.active => present.push(PresentMember {
                uid: m.uid.clone(),
                full_name: m.full_name(),
                position: m.position.clone(),
                role: m.role.clone(),
            }),
            Some(m) => {
                return Ok(Err(rejected(
                    reject::INACTIVE_MEMBER,
                    format!("{} is not an active member", m.full_name()),
                )))
            }
            None => {
                return Ok(Err(rejected(
                    reject::INACTIVE_MEMBER,
                    format!("{uid:?} is not on the roster"),
                )))
            }
        }
    }
    Ok(Ok(present))
}

pub async fn give_back(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let commission = verdict!(commission_of(caller, Action::SignProtocol));
    let a: ProtocolReturn = verdict!(args(m));
    let reason = a.reason.trim();
    if reason.is_empty() {
        return Ok(rejected(reject::INVALID_ARGS, "the reason is required"));
    }
    let p = verdict!(waiting(conn, commission, &a.uid).await?);
    db::set_returned(conn, p.id, reason, &caller.full_name, now).await?;
    let p = ProtocolRow {
        state: "returned".into(),
        returned_reason: Some(reason.to_string()),
        returned_by: Some(caller.full_name.clone()),
        returned_at: Some(now),
        ..p
    };
    publish(conn, caller, &p, ProtocolReturn::NAME, now).await?;
    Ok(Verdict::Accepted)
}

pub async fn sign(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let commission = verdict!(commission_of(caller, Action::SignProtocol));
    let a: ProtocolSign = verdict!(args(m));
    let signed = verdict!(pdf_of(&a.signed_pdf));
    let p = verdict!(waiting(conn, commission, &a.uid).await?);
    let roots = db::trusted_roots(conn).await?;
    let signer = verdict!(check_signature(&p.draft_pdf, &signed, roots, caller, now));
    db::set_signed(conn, p.id, &signed, &caller.full_name, &signer, now).await?;
    let p = ProtocolRow {
        state: "signed".into(),
        signed_by: Some(caller.full_name.clone()),
        signer: Some(signer),
        signed_at: Some(now),
        signed_pdf: Some(signed),
        ..p
    };
    let applications = db::protocol_applications(conn, p.id).await?;
    decisions::take_effect(conn, caller, &p, &applications, now).await?;
    publish(conn, caller, &p, ProtocolSign::NAME, now).await?;
    Ok(Verdict::Accepted)
}

/// The caller's commission's protocol `uid`, locked, waiting for signature.
async fn waiting(
    conn: &mut PgConnection,
    commission: i64,
    uid: &str,
) -> Result<Result<ProtocolRow, Verdict>, sqlx::Error> {
    Ok(match db::lock_protocol(conn, uid).await? {
        Some(p) if p.commission_id == commission => {
            if p.state == "sent_for_signature" {
                Ok(p)
            } else {
                Err(rejected(
                    reject::WRONG_STATE,
                    format!(
                        "protocol №{} is {}, not waiting for signature",
                        p.number, p.state
                    ),
                ))
            }
        }
        _ => Err(rejected(reject::NOT_FOUND, format!("no protocol {uid:?}"))),
    })
}

/// Accepts `signed` only as the sent `draft` plus one signature over the whole file that
/// verifies against the trust list now, by the caller when their account has a personal
/// number. Returns the certificate owner's name.
fn check_signature(
    draft: &[u8],
    signed: &[u8],
    roots: Vec<Vec<u8>>,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<String, Verdict> {
    if signed.len() <= draft.len() || !signed.starts_with(draft) {
        return Err(rejected(
            reject::NOT_THE_SENT_PROTOCOL,
            "the signed file is not the protocol as it was sent",
        ));
    }
    let invalid = |why: String| rejected(reject::SIGNATURE_INVALID, why);
    let trust = TrustList::from_der(roots).map_err(|e| invalid(format!("the trust list: {e}")))?;
    let reports = verify_pdf(signed, &trust, now).map_err(|e| invalid(e.to_string()))?;
    // Signatures the draft already carried are not the chairman's; the new one is last.
    let Some(last) = reports.last() else {
        return Err(invalid("the file holds no signature".into()));
    };
    if !last.covers_whole_document || last.signed_revision_bytes <= draft.len() as u64 {
        return Err(rejected(
            reject::NOT_THE_SENT_PROTOCOL,
            "the signature does not cover the whole file",
        ));
    }
    let signer = match &last.status {
        PdfSignatureStatus::Valid { signer, .. } => signer,
        PdfSignatureStatus::Invalid { code, reason, .. } => {
            return Err(invalid(format!("{code}: {reason}")))
        }
    };
    if let (Some(expected), Some(actual)) = (&caller.personal_number, &signer.personal_number) {
        if expected != actual {
            return Err(invalid(format!(
                "the certificate belongs to {actual}, not to the chairman {}",
                caller.login
            )));
        }
    }
    Ok(match (&signer.surname, &signer.given_name) {
        (Some(s), Some(g)) => format!("{s} {g}"),
        _ => signer
            .common_name
            .clone()
            .unwrap_or_else(|| signer.subject.clone()),
    })
}

/// Writes the protocol's feed entry and its history event.
async fn publish(
    conn: &mut PgConnection,
    caller: &Caller,
    p: &ProtocolRow,
    action: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let applications = db::protocol_applications(conn, p.id).await?;
    let record = p.record(applications);
    let at = db::commission_location(conn, p.commission_id).await?;
    let event = history::Event {
        action,
        object_kind: "protocol",
        object_id: Some(p.id),
        before: Some(serde_json::json!({ "state": "sent_for_signature" })),
        after: Some(summary(&record)),
    };
    feed::write(conn, &Record::Protocol(Box::new(record)), &at, now).await?;
    history::record(conn, &caller.actor(), now, event).await
}

/// What the history keeps of a protocol (not its PDF).
fn summary(r: &kezek_sync::commission::ProtocolRecord) -> serde_json::Value {
    serde_json::json!({
        "number": r.number,
        "state": r.state,
        "applications": r.applications.iter().map(|a| a.application_id).collect::<Vec<_>>(),
        "returned_reason": r.returned_reason,
        "signer": r.signer,
    })
}
