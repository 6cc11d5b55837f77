//! `meal_benefit.save` (seed 000, §III "Питание"): the secretary of the commission of the
//! application's district records a voucher child's meal benefit — som a day, the commission's
//! protocol (number, date) and that protocol as a PDF. The new benefit becomes the current one;
//! the ones before stay, no longer current. The same `uid` pushed again stores nothing new.

use super::{args, commission_of, rejected, verdict};
use crate::auth::Caller;
use crate::db::commission as db;
use crate::db::history;
use crate::scope::Action;
use base64::Engine;
use chrono::{DateTime, Utc};
use kezek_sync::meal::{pdf_problem, MealBenefitSave};
use kezek_sync::{reject, Mutation, Verdict};
use sqlx::PgConnection;

pub async fn save(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let commission = verdict!(commission_of(caller, Action::KeepCommissionRecords));
    let a: MealBenefitSave = verdict!(args(m));
    // A protocol dated a day ahead of the server may be the office's timezone, not a mistake.
    let today = (now + chrono::Duration::hours(14)).date_naive();
    if let Some(problem) = a.problem(today) {
        return Ok(rejected(reject::INVALID_ARGS, problem));
    }
    let pdf = match base64::engine::general_purpose::STANDARD.decode(&a.pdf) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Ok(rejected(
                reject::INVALID_ARGS,
                format!("the PDF is not base64: {e}"),
            ))
        }
    };
    if let Some(problem) = pdf_problem(&pdf) {
        return Ok(rejected(reject::INVALID_ARGS, format!("pdf: {problem}")));
    }
    let uid = a.uid.trim();
    let stored: Option<i64> = sqlx::query_scalar("SELECT id FROM meal_benefits WHERE uid = $1")
        .bind(uid)
        .fetch_optional(&mut *conn)
        .await?;
    if stored.is_some() {
        return Ok(Verdict::Accepted);
    }
    let district = db::commission_location(conn, commission)
        .await?
        .district
        .expect("a commission sits in a district");
    let app: Option<(i64, String, String, String)> = sqlx::query_as(
        "SELECT district_id, kind, status, number FROM applications WHERE id = $1 FOR UPDATE",
    )
    .bind(a.application_id)
    .fetch_optional(&mut *conn)
    .await?;
    match app {
        Some((d, ..)) if d != district => {
            return Ok(rejected(
                reject::NOT_FOUND,
                format!("no application {}", a.application_id),
            ))
        }
        None => {
            return Ok(rejected(
                reject::NOT_FOUND,
                format!("no application {}", a.application_id),
            ))
        }
        Some((_, kind, status, number))
            if kind != "voucher" || !matches!(status.as_str(), "voucher_issued" | "enrolled") =>
        {
            return Ok(rejected(
                reject::NOT_VOUCHER_CHILD,
                format!("{number} is a {kind} application that is {status}"),
            ))
        }
        Some(_) => {}
    }
    let before: Option<(i64, String, chrono::NaiveDate)> = sqlx::query_as(
        "UPDATE meal_benefits SET current = FALSE WHERE application_id = $1 AND current \
         RETURNING amount_tyiyn, protocol_number, protocol_date",
    )
    .bind(a.application_id)
    .fetch_optional(&mut *conn)
    .await?;
    let number = a.protocol_number.trim();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO meal_benefits (uid, application_id, commission_id, amount_tyiyn, \
         protocol_number, protocol_date, protocol_pdf, saved_by, saved_at, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(uid)
    .bind(a.application_id)
    .bind(commission)
    .bind(a.amount_tyiyn)
    .bind(number)
    .bind(a.protocol_date)
    .bind(&pdf)
    .bind(caller.user_id)
    .bind(m.at)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let event = history::Event {
        action: MealBenefitSave::NAME,
        object_kind: "application",
        object_id: Some(a.application_id),
        before: before.map(|(amount, number, date)| {
            serde_json::json!({
                "amount_tyiyn": amount, "protocol_number": number, "protocol_date": date,
            })
        }),
        after: Some(serde_json::json!({
            "meal_benefit_id": id,
            "uid": uid,
            "amount_tyiyn": a.amount_tyiyn,
            "protocol_number": number,
            "protocol_date": a.protocol_date,
            "pdf_bytes": pdf.len(),
        })),
    };
    history::record(conn, &caller.actor(), now, event).await?;
    Ok(Verdict::Accepted)
}
