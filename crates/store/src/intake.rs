//! Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
//! behalf) and the address bureau's streets the form offers.
//!
//! Registering runs the shared form checks ([`kezek_domain::intake::validate`], the e-mail
//! optional), then what this store can tell: an open voucher application of the same child here,
//! or an intake of the child still waiting (a duplicate, nothing written); the district, the
//! personal numbers of its country, the benefit and the street against the synced lists (field
//! errors, nothing written). Only then, in one transaction: the `application.register` mutation,
//! the pending intake and a history event. The server checks all of it again and gives the
//! number.
//!
//! A pending intake becomes `registered` when the feed brings an open voucher application of the
//! office channel for the same child (in the pulled page's transaction), or `refused` when the
//! server rejects the mutation (in the verdict's transaction).

use crate::history::{self, HistoryEvent};
use crate::outbox::{self, change};
use crate::sql::datetime_text;
use crate::{Actor, Store, StoreError};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use kezek_domain::intake::{validate, ApplicationForm, EmailRule, FieldError, StreetRef};
use kezek_domain::{AnyPersonalNumber, PersonalNumber};
use kezek_sync::intake::ApplicationRegister;
use kezek_sync::records::ApplicationRecord;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use std::collections::HashSet;
use ts_rs::TS;

/// Statuses in which a voucher application is closed: the child may apply again (the server's
/// rule). Any other status blocks a second application.
pub const CLOSED_VOUCHER_STATUSES: [&str; 4] = ["rejected", "withdrawn", "removed", "archived"];

/// A street of a district's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct StreetEntry {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub district_id: i64,
    #[ts(type = "number | null")]
    pub locality_id: Option<i64>,
    pub name: String,
}

/// An intake as the screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct IntakeEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// `pending` (waiting for sync), `registered` (the server's application arrived) or
    /// `refused` (the server rejected it: `refusal_code`, `refusal_detail`).
    pub state: String,
    /// Pending only: the server accepted it and its application has not arrived yet.
    pub accepted: bool,
    /// The application, while this store holds it (the card opens it).
    #[ts(type = "number | null")]
    pub application_id: Option<i64>,
    pub application_number: Option<String>,
    /// The application's current status, while this store holds it.
    pub application_status: Option<String>,
    /// The server's rejection code (`kezek_sync::reject`; locale id `sync-reject-<code>`).
    pub refusal_code: Option<String>,
    pub refusal_detail: Option<String>,
    pub child_personal_number: String,
    pub child_name: String,
    /// When it was typed in (UTC, RFC 3339), and by whom.
    pub made_at: String,
    pub made_by: String,
    /// When it was registered or refused (office time).
    pub decided_at: Option<NaiveDateTime>,
}

/// One field that failed: its dotted path in the form and a stable reason (the reasons of
/// [`FieldError`], `unknown` for a district, benefit or street not in the synced lists,
/// `wrong_country` for a personal number of the other country).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IntakeFieldError {
    pub field: String,
    pub reason: String,
}

impl From<FieldError> for IntakeFieldError {
    fn from(e: FieldError) -> Self {
        IntakeFieldError {
            field: e.field,
            reason: e.reason.to_owned(),
        }
    }
}

/// What registering an intake did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[ts(export)]
pub enum IntakeOutcome {
    /// Queued for the server.
    Queued { intake: IntakeEntry },
    /// Fields to correct; nothing was written.
    Invalid { errors: Vec<IntakeFieldError> },
    /// The child already has an open voucher application here (`application_id`, `number`), or
    /// an intake of the child waits for sync (`intake_id`); nothing was written.
    Duplicate {
        #[ts(type = "number | null")]
        application_id: Option<i64>,
        number: Option<String>,
        #[ts(type = "number | null")]
        intake_id: Option<i64>,
    },
}

const ENTRY: &str = "SELECT i.id, i.state, (i.state = 'pending' AND o.state IS 'accepted') AS \
     accepted, a.id AS application_id, i.application_number, a.status AS application_status, \
     i.refusal_code, i.refusal_detail, i.child_personal_number, i.child_name, i.made_at, \
     i.made_by, i.decided_at FROM voucher_intakes i JOIN outbox o ON o.seq = i.outbox_seq \
     LEFT JOIN applications a ON a.id = i.application_id";

/// A street name as it is compared: lower case, single spaces (SQLite folds only ASCII).
fn street_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn invalid(errors: Vec<IntakeFieldError>) -> IntakeOutcome {
    IntakeOutcome::Invalid { errors }
}

fn field(field: &str, reason: &str) -> IntakeFieldError {
    IntakeFieldError {
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

impl Store {
    /// The streets of a district, alphabetically.
    pub async fn streets(&self, district_id: i64) -> Result<Vec<StreetEntry>, StoreError> {
        let mut streets: Vec<StreetEntry> = sqlx::query_as(
            "SELECT id, district_id, locality_id, name FROM streets WHERE district_id = ?",
        )
        .bind(district_id)
        .fetch_all(&self.read)
        .await?;
        streets.sort_by_cached_key(|s| (kezek_domain::search::sort_key(&s.name), s.id));
        Ok(streets)
    }

    /// The intakes typed in here, newest first.
    pub async fn voucher_intakes(&self) -> Result<Vec<IntakeEntry>, StoreError> {
        Ok(
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENTRY} ORDER BY i.id DESC")))
                .fetch_all(&self.read)
                .await?,
        )
    }

    /// Checks the form and, when it passes, queues `application.register` with a pending intake
    /// and a history event, in one transaction. `today` is the office's date.
    pub async fn register_intake(
        &self,
        form: &ApplicationForm,
        today: NaiveDate,
        actor: &Actor,
        made_at: DateTime<Utc>,
    ) -> Result<IntakeOutcome, StoreError> {
        let v = match validate(form, today, EmailRule::Optional) {
            Ok(v) => v,
            Err(errors) => return Ok(invalid(errors.into_iter().map(Into::into).collect())),
        };
        let child_number = v.child.number.as_str().to_owned();
        let mut tx = self.write.begin().await?;
        if let Some(duplicate) = duplicate(&mut tx, &child_number).await? {
            return Ok(duplicate);
        }
        let mut errors = Vec::new();
        let country: Option<String> = sqlx::query_scalar(
            "SELECT r.country FROM districts d JOIN regions r ON r.id = d.region_id \
             WHERE d.id = ?",
        )
        .bind(v.district_id)
        .fetch_optional(&mut *tx)
        .await?;
        match &country {
            None => errors.push(field("address.district_id", "unknown")),
            Some(country) => {
                for (name, number) in [
                    ("child.personal_number", &v.child.number),
                    ("parent.personal_number", &v.parent.number),
                ] {
                    if !of_country(number, country) {
                        errors.push(field(name, "wrong_country"));
                    }
                }
            }
        }
        let benefit: Option<i64> =
            sqlx::query_scalar("SELECT id FROM benefit_categories WHERE code = ?")
                .bind(&v.benefit_code)
                .fetch_optional(&mut *tx)
                .await?;
        if benefit.is_none() {
            errors.push(field("benefit_code", "unknown"));
        }
        if country.is_some() && !street_listed(&mut tx, v.district_id, &v.street).await? {
            errors.push(field("address.street", "unknown"));
        }
        if !errors.is_empty() {
            return Ok(invalid(errors));
        }

        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let args = ApplicationRegister { form: form.clone() }.to_args();
        let seq = outbox::append(
            &mut tx,
            ApplicationRegister::NAME,
            &args,
            made_at,
            &actor.user_name,
        )
        .await?;
        let child_name = v.child.full_name();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO voucher_intakes (outbox_seq, form, child_personal_number, child_name, \
             district_id, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(seq as i64)
        .bind(serde_json::to_string(form).expect("the form serializes"))
        .bind(&child_number)
        .bind(&child_name)
        .bind(v.district_id)
        .bind(made_at.to_rfc3339())
        .bind(&actor.user_name)
        .fetch_one(&mut *tx)
        .await?;
        history::record(
            &mut tx,
            &HistoryEvent {
                entity: "voucher_intake",
                entity_id: Some(id),
                action: "intake_queued".into(),
                at: actor.at,
                user_name: actor.user_name.clone(),
                device_id: self.device_id.clone(),
                changes: vec![
                    change("child_personal_number", None, Some(child_number)),
                    change("child", None, Some(child_name)),
                    change("applicant", None, Some(v.parent.full_name())),
                    change("benefit", None, Some(v.benefit_code.clone())),
                    change("intake_state", None, Some("pending".into())),
                ],
            },
        )
        .await?;
        let intake = entry(&mut tx, id).await?;
        tx.commit().await?;
        Ok(IntakeOutcome::Queued { intake })
    }
}

/// Whether a personal number is of the district's country: an IIN in Kazakhstan, a PIN in
/// Kyrgyzstan.
fn of_country(number: &AnyPersonalNumber, country: &str) -> bool {
    matches!(
        (country, number),
        ("KZ", AnyPersonalNumber::Iin(_)) | ("KG", AnyPersonalNumber::Pin(_))
    )
}

/// An open voucher application of the child here, else a pending intake of the child.
async fn duplicate(
    conn: &mut SqliteConnection,
    child_number: &str,
) -> Result<Option<IntakeOutcome>, sqlx::Error> {
    let open: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, number FROM applications WHERE child_number = ? AND kind = 'voucher' \
         AND status NOT IN (?, ?, ?, ?) ORDER BY id LIMIT 1",
    )
    .bind(child_number)
    .bind(CLOSED_VOUCHER_STATUSES[0])
    .bind(CLOSED_VOUCHER_STATUSES[1])
    .bind(CLOSED_VOUCHER_STATUSES[2])
    .bind(CLOSED_VOUCHER_STATUSES[3])
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((id, number)) = open {
        return Ok(Some(IntakeOutcome::Duplicate {
            application_id: Some(id),
            number: Some(number),
            intake_id: None,
        }));
    }
    let waiting: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM voucher_intakes WHERE child_personal_number = ? AND state = 'pending' \
         ORDER BY id LIMIT 1",
    )
    .bind(child_number)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(waiting.map(|id| IntakeOutcome::Duplicate {
        application_id: None,
        number: None,
        intake_id: Some(id),
    }))
}

/// Whether the street is in the district's list: by id, or by name regardless of case and of
/// runs of spaces (as the server matches it).
async fn street_listed(
    conn: &mut SqliteConnection,
    district_id: i64,
    street: &StreetRef,
) -> Result<bool, sqlx::Error> {
    match street {
        StreetRef::Id(id) => {
            let found: Option<i64> =
                sqlx::query_scalar("SELECT id FROM streets WHERE id = ? AND district_id = ?")
                    .bind(id)
                    .bind(district_id)
                    .fetch_optional(&mut *conn)
                    .await?;
            Ok(found.is_some())
        }
        StreetRef::Name(name) => {
            let names: Vec<String> =
                sqlx::query_scalar("SELECT name FROM streets WHERE district_id = ?")
                    .bind(district_id)
                    .fetch_all(&mut *conn)
                    .await?;
            let key = street_key(name);
            Ok(names.iter().any(|n| street_key(n) == key))
        }
    }
}

async fn entry(conn: &mut SqliteConnection, id: i64) -> Result<IntakeEntry, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENTRY} WHERE i.id = ?")))
        .bind(id)
        .fetch_one(conn)
        .await
}

/// Pending intakes whose child's open voucher application of the office channel arrived in this
/// page become `registered` with its id and number (a history event on the application each).
pub(crate) async fn resolve_pulled(
    conn: &mut SqliteConnection,
    store: &Store,
    apps: &[ApplicationRecord],
    actor: &Actor,
) -> Result<(), sqlx::Error> {
    let waiting: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT child_personal_number FROM voucher_intakes WHERE state = 'pending'",
    )
    .fetch_all(&mut *conn)
    .await?;
    if waiting.is_empty() {
        return Ok(());
    }
    let waiting: HashSet<String> = waiting.into_iter().collect();
    for a in apps.iter().filter(|a| {
        a.kind == "voucher"
            && a.channel == "office"
            && !CLOSED_VOUCHER_STATUSES.contains(&a.status.as_str())
            && waiting.contains(&a.child.person.personal_number)
    }) {
        let resolved: Vec<i64> = sqlx::query_scalar(
            "UPDATE voucher_intakes SET state = 'registered', application_id = ?, \
             application_number = ?, decided_at = ? \
             WHERE child_personal_number = ? AND state = 'pending' RETURNING id",
        )
        .bind(a.id)
        .bind(&a.number)
        .bind(datetime_text(actor.at))
        .bind(&a.child.person.personal_number)
        .fetch_all(&mut *conn)
        .await?;
        for intake in resolved {
            history::record(
                conn,
                &HistoryEvent {
                    entity: "application",
                    entity_id: Some(a.id),
                    action: "intake_registered".into(),
                    at: actor.at,
                    user_name: actor.user_name.clone(),
                    device_id: store.device_id().to_owned(),
                    changes: vec![
                        change("intake", None, Some(intake.to_string())),
                        change("number", None, Some(a.number.clone())),
                        change(
                            "intake_state",
                            Some("pending".into()),
                            Some("registered".into()),
                        ),
                    ],
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// The server rejected the `application.register` of outbox `seq`: its intake is `refused` with
/// the server's code and detail (also one that an application of the same child had seemed to
/// register: the verdict is the server's word).
pub(crate) async fn refuse(
    conn: &mut SqliteConnection,
    store: &Store,
    seq: u64,
    code: &str,
    detail: &str,
    actor: &Actor,
) -> Result<(), sqlx::Error> {
    let before: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, state FROM voucher_intakes WHERE outbox_seq = ? AND state <> 'refused'",
    )
    .bind(seq as i64)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id, state)) = before else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE voucher_intakes SET state = 'refused', refusal_code = ?, refusal_detail = ?, \
         application_id = NULL, application_number = NULL, decided_at = ? WHERE id = ?",
    )
    .bind(code)
    .bind(detail)
    .bind(datetime_text(actor.at))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    history::record(
        conn,
        &HistoryEvent {
            entity: "voucher_intake",
            entity_id: Some(id),
            action: "intake_refused".into(),
            at: actor.at,
            user_name: actor.user_name.clone(),
            device_id: store.device_id().to_owned(),
            changes: vec![
                change("intake_state", Some(state), Some("refused".into())),
                change("reason", None, Some(code.into())),
                change("detail", None, Some(detail.into())),
            ],
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::street_key;

    #[test]
    fn street_names_compare_without_case_and_extra_spaces() {
        assert_eq!(street_key("  Токтогула   улица "), "токтогула улица");
        assert_eq!(street_key("ЁЛКИНА"), street_key("ёлкина"));
        assert_ne!(street_key("Абая"), street_key("Абая 2"));
    }
}
