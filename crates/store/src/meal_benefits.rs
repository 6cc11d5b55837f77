//! The meal benefit (seed 000, §III "Питание"): for each voucher child (a voucher application
//! that is `voucher_issued` or `enrolled`), the som a day for the child's meals, the protocol of
//! the commission that granted it and that protocol as a PDF. Saving one replaces the current
//! benefit (the one before stays, no longer current), appends `meal_benefit.save` to the outbox
//! and records history, in one transaction.
//!
//! Refusals are [`StoreError::Refused`] with a reason the UI translates as
//! `meals-error-<reason>`.

use crate::history::{self, HistoryEvent};
use crate::outbox::{self, change};
use crate::vouchers::VOUCHER_STATUSES;
use crate::{Actor, Store, StoreError};
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use kezek_sync::meal::{amount_problem, pdf_problem, MealBenefitSave, MAX_PROTOCOL_NUMBER_CHARS};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// A voucher child on the meals screen, with the current meal benefit if one was saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MealChild {
    #[ts(type = "number")]
    pub application_id: i64,
    pub number: String,
    pub child_name: String,
    pub status: String,
    pub benefit: Option<MealBenefit>,
}

/// The current meal benefit of an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct MealBenefit {
    #[ts(type = "number")]
    pub application_id: i64,
    /// Tyiyn a day (1 som = 100 tyiyn).
    #[ts(type = "number")]
    pub amount_tyiyn: i64,
    pub protocol_number: String,
    pub protocol_date: NaiveDate,
    #[ts(type = "number")]
    pub pdf_size: i64,
    pub saved_by: String,
    /// UTC, RFC 3339.
    pub saved_at: String,
}

/// What the secretary entered (the API parsed the amount; the store checks every rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MealBenefitInput {
    pub application_id: i64,
    pub amount_tyiyn: i64,
    pub protocol_number: String,
    pub protocol_date: NaiveDate,
    pub pdf: Vec<u8>,
}

fn refused(reason: &'static str, detail: impl Into<String>) -> StoreError {
    StoreError::Refused {
        reason,
        detail: detail.into(),
        args: Vec::new(),
    }
}

const BENEFIT: &str = "SELECT application_id, amount_tyiyn, protocol_number, protocol_date, \
     length(protocol_pdf) AS pdf_size, saved_by, saved_at FROM meal_benefits \
     WHERE current = 1";

impl Store {
    /// The voucher children, by child name, each with the current meal benefit.
    pub async fn meal_children(&self) -> Result<Vec<MealChild>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT a.id, a.number, \
                    c.surname || ' ' || c.given_name || COALESCE(' ' || c.patronymic, ''), \
                    a.status \
               FROM applications a JOIN children c ON c.id = a.child_id \
              WHERE a.kind = 'voucher' AND a.status IN ('voucher_issued', 'enrolled') \
              ORDER BY a.child_name_key, a.id",
        )
        .fetch_all(&self.read)
        .await?;
        let benefits: Vec<MealBenefit> = sqlx::query_as(BENEFIT).fetch_all(&self.read).await?;
        Ok(rows
            .into_iter()
            .map(|(application_id, number, child_name, status)| MealChild {
                benefit: benefits
                    .iter()
                    .find(|b| b.application_id == application_id)
                    .cloned(),
                application_id,
                number,
                child_name,
                status,
            })
            .collect())
    }

    /// The application's current meal benefit, if any.
    pub async fn meal_benefit(
        &self,
        application_id: i64,
    ) -> Result<Option<MealBenefit>, StoreError> {
        let mut conn = self.read.acquire().await?;
        Ok(current(&mut conn, application_id).await?)
    }

    /// The protocol PDF of the application's current meal benefit.
    pub async fn meal_benefit_pdf(&self, application_id: i64) -> Result<Vec<u8>, StoreError> {
        sqlx::query_scalar(
            "SELECT protocol_pdf FROM meal_benefits WHERE application_id = ? AND current = 1",
        )
        .bind(application_id)
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound("meal benefit"))
    }

    /// Makes `input` the application's current meal benefit: the row, the `meal_benefit.save`
    /// mutation and a history event in one transaction. `today` bounds the protocol's date.
    pub async fn save_meal_benefit(
        &self,
        input: &MealBenefitInput,
        actor: &Actor,
        saved_at: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<MealBenefit, StoreError> {
        let number = input.protocol_number.trim();
        if let Some(reason) = amount_problem(input.amount_tyiyn) {
            return Err(refused(reason, format!("{} tyiyn", input.amount_tyiyn)));
        }
        if number.is_empty() {
            return Err(refused("number_required", "the protocol number is empty"));
        }
        if number.chars().count() > MAX_PROTOCOL_NUMBER_CHARS {
            return Err(refused(
                "number_too_long",
                format!("more than {MAX_PROTOCOL_NUMBER_CHARS} characters"),
            ));
        }
        if input.protocol_date > today {
            return Err(refused(
                "date_in_future",
                format!("{} is after {today}", input.protocol_date),
            ));
        }
        if let Some(reason) = pdf_problem(&input.pdf) {
            return Err(refused(reason, format!("{} bytes", input.pdf.len())));
        }
        let args = MealBenefitSave {
            uid: crate::commission::new_uid(),
            application_id: input.application_id,
            amount_tyiyn: input.amount_tyiyn,
            protocol_number: number.to_owned(),
            protocol_date: input.protocol_date,
            pdf: base64::engine::general_purpose::STANDARD.encode(&input.pdf),
        };
        if let Some(problem) = args.problem(today) {
            return Err(StoreError::InvalidInput(problem));
        }
        let mut tx = self.write.begin().await?;
        let app: Option<(String, String)> =
            sqlx::query_as("SELECT kind, status FROM applications WHERE id = ?")
                .bind(input.application_id)
                .fetch_optional(&mut *tx)
                .await?;
        match app {
            None => return Err(StoreError::NotFound("application")),
            Some((kind, status))
                if kind != "voucher" || !VOUCHER_STATUSES.contains(&status.as_str()) =>
            {
                return Err(refused(
                    "not_voucher_child",
                    format!("a {kind} application that is {status}"),
                ));
            }
            Some(_) => {}
        }
        let before = current(&mut tx, input.application_id).await?;
        outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
        let seq = outbox::append(
            &mut tx,
            MealBenefitSave::NAME,
            &args.to_args(),
            saved_at,
            &actor.user_name,
        )
        .await?;
        sqlx::query(
            "UPDATE meal_benefits SET current = 0 WHERE application_id = ? AND current = 1",
        )
        .bind(input.application_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO meal_benefits (uid, application_id, amount_tyiyn, protocol_number, \
             protocol_date, protocol_pdf, saved_by, saved_at, outbox_seq) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&args.uid)
        .bind(input.application_id)
        .bind(input.amount_tyiyn)
        .bind(number)
        .bind(input.protocol_date.to_string())
        .bind(&input.pdf)
        .bind(&actor.user_name)
        .bind(saved_at.to_rfc3339())
        .bind(seq as i64)
        .execute(&mut *tx)
        .await?;
        let was = |f: fn(&MealBenefit) -> String| before.as_ref().map(f);
        history::record(
            &mut tx,
            &HistoryEvent {
                entity: "application",
                entity_id: Some(input.application_id),
                action: "meal_benefit_saved".into(),
                at: actor.at,
                user_name: actor.user_name.clone(),
                device_id: self.device_id.clone(),
                changes: vec![
                    change(
                        "meal_amount_tyiyn",
                        was(|b| b.amount_tyiyn.to_string()),
                        Some(input.amount_tyiyn.to_string()),
                    ),
                    change(
                        "meal_protocol_number",
                        was(|b| b.protocol_number.clone()),
                        Some(number.to_owned()),
                    ),
                    change(
                        "meal_protocol_date",
                        was(|b| b.protocol_date.to_string()),
                        Some(input.protocol_date.to_string()),
                    ),
                ],
            },
        )
        .await?;
        let saved = current(&mut tx, input.application_id)
            .await?
            .expect("just saved");
        tx.commit().await?;
        Ok(saved)
    }
}

async fn current(
    conn: &mut SqliteConnection,
    application_id: i64,
) -> Result<Option<MealBenefit>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{BENEFIT} AND application_id = ?"
    )))
    .bind(application_id)
    .fetch_optional(conn)
    .await
}
