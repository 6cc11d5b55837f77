//! `commission_member.save` and `.remove`: the secretary keeps the roster. The birth date comes
//! from the PIN/IIN; a member is found by its `uid` only within the caller's commission (another
//! commission's member is "not found", never "forbidden": ids say nothing across commissions).

use super::{args, commission_of, rejected, verdict};
use crate::auth::Caller;
use crate::db::commission::{self as db, MemberRow};
use crate::db::{feed, history};
use crate::scope::Action;
use chrono::{DateTime, Utc};
use kezek_domain::{AnyPersonalNumber, PersonalNumber};
use kezek_sync::commission::{MemberRemove, MemberSave, MEMBER_ROLES};
use kezek_sync::{reject, Entity, Mutation, Record, Verdict};
use sqlx::PgConnection;

pub async fn save(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let commission = verdict!(commission_of(caller, Action::KeepCommissionRecords));
    let a: MemberSave = verdict!(args(m));
    let row = verdict!(validated(&a, commission, now));
    let before = db::lock_member(conn, &a.uid).await?;
    if before
        .as_ref()
        .is_some_and(|b| b.commission_id != commission)
    {
        return Ok(rejected(
            reject::NOT_FOUND,
            format!("no member {:?}", a.uid),
        ));
    }
    let saved = match db::upsert_member(conn, &row).await {
        Ok(saved) => saved,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Ok(rejected(
                reject::INVALID_ARGS,
                format!("{} is already on the roster", row.personal_number),
            ))
        }
        Err(e) => return Err(e),
    };
    let at = db::commission_location(conn, commission).await?;
    let record = saved.record();
    feed::write(conn, &Record::CommissionMember(record.clone()), &at, now).await?;
    let event = history::Event {
        action: MemberSave::NAME,
        object_kind: "commission_member",
        object_id: Some(saved.id),
        before: before.map(|b| b.record()).and_then(|b| history::json(&b)),
        after: history::json(&record),
    };
    history::record(conn, &caller.actor(), now, event).await?;
    Ok(Verdict::Accepted)
}

pub async fn remove(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let commission = verdict!(commission_of(caller, Action::KeepCommissionRecords));
    let a: MemberRemove = verdict!(args(m));
    let Some(before) = db::lock_member(conn, &a.uid)
        .await?
        .filter(|b| b.commission_id == commission)
    else {
        return Ok(rejected(
            reject::NOT_FOUND,
            format!("no member {:?}", a.uid),
        ));
    };
    db::delete_member(conn, before.id).await?;
    let at = db::commission_location(conn, commission).await?;
    feed::tombstone(conn, Entity::CommissionMember, before.id, &at, now).await?;
    let event = history::Event {
        action: MemberRemove::NAME,
        object_kind: "commission_member",
        object_id: Some(before.id),
        before: history::json(&before.record()),
        after: None,
    };
    history::record(conn, &caller.actor(), now, event).await?;
    Ok(Verdict::Accepted)
}

/// The row to write, or the refusal naming the first bad field.
fn validated(a: &MemberSave, commission: i64, now: DateTime<Utc>) -> Result<MemberRow, Verdict> {
    let bad = |field: &str, why: &str| rejected(reject::INVALID_ARGS, format!("{field}: {why}"));
    let required = |field: &str, v: &str| {
        if v.trim().is_empty() {
            Err(bad(field, "required"))
        } else {
            Ok(v.trim().to_string())
        }
    };
    if a.uid.trim().is_empty() || a.uid.len() > 64 {
        return Err(bad("uid", "required, at most 64 characters"));
    }
    let number = AnyPersonalNumber::parse(&a.personal_number).map_err(|e| {
        rejected(
            reject::INVALID_PERSONAL_NUMBER,
            format!("{:?}: {e}", a.personal_number),
        )
    })?;
    if !MEMBER_ROLES.contains(&a.role.as_str()) {
        return Err(bad("role", "unknown"));
    }
    let email = a
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| {
            if kezek_domain::plausible_email(e) {
                Ok(e.to_string())
            } else {
                Err(bad("email", "not an e-mail address"))
            }
        })
        .transpose()?;
    Ok(MemberRow {
        id: 0,
        uid: a.uid.clone(),
        commission_id: commission,
        personal_number: number.as_str().to_string(),
        surname: required("surname", &a.surname)?,
        given_name: required("given_name", &a.given_name)?,
        patronymic: a
            .patronymic
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string),
        birth_date: number.birth_date(),
        position: a.position.trim().to_string(),
        phone: required("phone", &a.phone)?,
        email,
        role: a.role.clone(),
        active: a.active,
        updated_at: now,
    })
}
