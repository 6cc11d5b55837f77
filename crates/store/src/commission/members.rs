//! The commission's roster: the secretary adds, changes, switches off and removes members.

use super::{record_event, refused_with};
use crate::outbox::{self, change};
use crate::sql::{date_text, datetime_text, full_name};
use crate::{Actor, FieldChange, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use kezek_sync::commission::{MemberRemove, MemberSave};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// A member of the roster as the commission page shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct CommissionMember {
    pub uid: String,
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub full_name: String,
    pub birth_date: NaiveDate,
    pub position: String,
    pub phone: String,
    pub email: Option<String>,
    /// chairman | secretary | member
    pub role: String,
    pub active: bool,
    /// A mutation about this member has not been confirmed by the server yet.
    pub pending: bool,
}

/// The member form: a new member (`uid` none) or a change to one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MemberInput {
    /// None: a new member.
    pub uid: Option<String>,
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub position: String,
    pub phone: String,
    pub email: Option<String>,
    pub role: String,
    pub active: bool,
}

const MEMBER: &str = "SELECT m.uid, m.personal_number, m.surname, m.given_name, m.patronymic, \
     '' AS full_name, m.birth_date, m.position, m.phone, m.email, m.role, m.active, \
     COALESCE((SELECT o.state = 'pending' FROM outbox o WHERE o.seq = m.outbox_seq), 0) \
     AS pending FROM commission_members m";

fn named(mut m: CommissionMember) -> CommissionMember {
    m.full_name = full_name(&m.surname, &m.given_name, m.patronymic.as_deref());
    m
}

pub(crate) async fn member(
    conn: &mut SqliteConnection,
    uid: &str,
) -> Result<Option<CommissionMember>, sqlx::Error> {
    let m: Option<CommissionMember> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{MEMBER} WHERE m.uid = ?")))
            .bind(uid)
            .fetch_optional(conn)
            .await?;
    Ok(m.map(named))
}

/// The whole roster, active members first, then by name.
pub(crate) async fn roster(
    conn: &mut SqliteConnection,
) -> Result<Vec<CommissionMember>, sqlx::Error> {
    let rows: Vec<CommissionMember> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MEMBER} ORDER BY m.active DESC, m.surname, m.given_name, m.patronymic, m.uid"
    )))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(named).collect())
}

/// Writes the member's row (insert or update by uid).
async fn upsert(
    conn: &mut SqliteConnection,
    uid: &str,
    m: &MemberInput,
    birth_date: NaiveDate,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO commission_members (uid, personal_number, surname, given_name, patronymic, \
         birth_date, position, phone, email, role, active, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET \
         personal_number = excluded.personal_number, surname = excluded.surname, \
         given_name = excluded.given_name, patronymic = excluded.patronymic, \
         birth_date = excluded.birth_date, position = excluded.position, \
         phone = excluded.phone, email = excluded.email, role = excluded.role, \
         active = excluded.active, updated_at = excluded.updated_at",
    )
    .bind(uid)
    .bind(&m.personal_number)
    .bind(&m.surname)
    .bind(&m.given_name)
    .bind(&m.patronymic)
    .bind(date_text(birth_date))
    .bind(&m.position)
    .bind(&m.phone)
    .bind(&m.email)
    .bind(&m.role)
    .bind(m.active)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

fn changes(before: Option<&CommissionMember>, after: &CommissionMember) -> Vec<FieldChange> {
    let pairs = |m: &CommissionMember| {
        [
            ("personal_number", m.personal_number.clone()),
            ("full_name", m.full_name.clone()),
            ("position", m.position.clone()),
            ("phone", m.phone.clone()),
            ("email", m.email.clone().unwrap_or_default()),
            ("role", m.role.clone()),
            ("active", m.active.to_string()),
        ]
    };
    let mut out = vec![change("uid", None, Some(after.uid.clone()))];
    let old = before.map(pairs);
    for (i, (field, value)) in pairs(after).into_iter().enumerate() {
        let was = old.as_ref().map(|o| o[i].1.clone());
        if was.as_deref() != Some(value.as_str()) {
            out.push(change(field, was, Some(value)));
        }
    }
    out
}

impl Store {
    /// The roster, active members first, then by name.
    pub async fn commission_members(&self) -> Result<Vec<CommissionMember>, StoreError> {
        let mut conn = self.read.acquire().await?;
        Ok(roster(&mut conn).await?)
    }

    /// Adds or changes a member: the row, the `commission_member.save` mutation and a history
    /// event, in one transaction. The input comes checked and normalised (the API's job);
    /// here the roster's own rules: a personal number once, at most one active chairman.
    pub async fn save_commission_member(
        &self,
        input: &MemberInput,
        birth_date: NaiveDate,
        actor: &Actor,
        made_at: DateTime<Utc>,
    ) -> Result<CommissionMember, StoreError> {
        let mut tx = self.write.begin().await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let before = match &input.uid {
            Some(uid) => Some(
                member(&mut tx, uid)
                    .await?
                    .ok_or(StoreError::NotFound("commission member"))?,
            ),
            None => None,
        };
        let uid = input.uid.clone().unwrap_or_else(super::new_uid);
        let holder: Option<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT surname, given_name, patronymic FROM commission_members \
             WHERE personal_number = ? AND uid <> ?",
        )
        .bind(&input.personal_number)
        .bind(&uid)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((s, g, p)) = holder {
            let name = full_name(&s, &g, p.as_deref());
            return Err(refused_with(
                "personal_number_taken",
                format!("{name} has this personal number on the roster already"),
                "member",
                name,
            ));
        }
        if input.role == "chairman" && input.active {
            let other: Option<(String, String, Option<String>)> = sqlx::query_as(
                "SELECT surname, given_name, patronymic FROM commission_members \
                 WHERE role = 'chairman' AND active = 1 AND uid <> ?",
            )
            .bind(&uid)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some((s, g, p)) = other {
                let name = full_name(&s, &g, p.as_deref());
                return Err(refused_with(
                    "second_chairman",
                    format!("{name} is the commission's active chairman already"),
                    "member",
                    name,
                ));
            }
        }
        upsert(&mut tx, &uid, input, birth_date, &datetime_text(actor.at)).await?;
        let args = MemberSave {
            uid: uid.clone(),
            personal_number: input.personal_number.clone(),
            surname: input.surname.clone(),
            given_name: input.given_name.clone(),
            patronymic: input.patronymic.clone(),
            position: input.position.clone(),
            phone: input.phone.clone(),
            email: input.email.clone(),
            role: input.role.clone(),
            active: input.active,
        };
        let args = serde_json::to_value(&args).expect("plain fields serialise");
        let seq =
            outbox::append(&mut tx, MemberSave::NAME, &args, made_at, &actor.user_name).await?;
        sqlx::query("UPDATE commission_members SET outbox_seq = ? WHERE uid = ?")
            .bind(seq as i64)
            .bind(&uid)
            .execute(&mut *tx)
            .await?;
        let after = member(&mut tx, &uid).await?.expect("just written");
        let action = if before.is_some() {
            "commission_member_changed"
        } else {
            "commission_member_added"
        };
        let changes = changes(before.as_ref(), &after);
        record_event(
            &mut tx,
            &self.device_id,
            actor,
            "commission_member",
            None,
            action,
            changes,
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Takes a member off the roster: the row goes, with the `commission_member.remove`
    /// mutation and a history event. Protocols that named them keep their copy of the name.
    pub async fn remove_commission_member(
        &self,
        uid: &str,
        actor: &Actor,
        made_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let before = member(&mut tx, uid)
            .await?
            .ok_or(StoreError::NotFound("commission member"))?;
        sqlx::query("DELETE FROM commission_members WHERE uid = ?")
            .bind(uid)
            .execute(&mut *tx)
            .await?;
        let args = serde_json::to_value(MemberRemove { uid: uid.into() }).expect("serialises");
        outbox::append(
            &mut tx,
            MemberRemove::NAME,
            &args,
            made_at,
            &actor.user_name,
        )
        .await?;
        record_event(
            &mut tx,
            &self.device_id,
            actor,
            "commission_member",
            None,
            "commission_member_removed",
            vec![
                change("uid", Some(before.uid.clone()), None),
                change("full_name", Some(before.full_name.clone()), None),
            ],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes members straight into the roster, without outbox (demo data without a server),
    /// with one history event.
    pub async fn seed_commission_members(
        &self,
        members: &[(MemberInput, NaiveDate)],
        actor: &Actor,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        let at = datetime_text(actor.at);
        for (m, birth_date) in members {
            let uid = m.uid.clone().unwrap_or_else(super::new_uid);
            upsert(&mut tx, &uid, m, *birth_date, &at).await?;
        }
        record_event(
            &mut tx,
            &self.device_id,
            actor,
            "commission_member",
            None,
            "commission_members_seeded",
            vec![change("members", None, Some(members.len().to_string()))],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
