//! `application.register`: a voucher application typed in at the office on a family's behalf,
//! pushed by the desktop (maybe long after, if it was offline) and applied once by the push
//! protocol's (client id, seq).
//!
//! Who: an operator over the form's district, or the secretary of a commission of that district
//! ([`Action::RegisterApplication`]); anyone else is `forbidden`. Then the same checks and writes
//! as the portal ([`super::register`]), with the e-mail optional: field errors are
//! `invalid_field` (detail `field: reason; field: reason`), an unlisted street `unknown_street`,
//! an open voucher application of the child `duplicate_application` (the detail ends with its
//! number). Accepted, in the push's transaction: the application (channel `office`) with its
//! feed entry and history (`application.register` by the user), the office's intake row, and,
//! when the family left an address, a confirmation letter in the application's language. No
//! parent cabinet is made at the office: its login and password would have to reach the family
//! by a letter they may not get; the portal makes one on the family's own application.

use super::form::{ApplicationForm, Valid};
use super::register::{self, Channel, RegisterError};
use super::{letters, FieldError};
use crate::auth::Caller;
use crate::commission::verdict;
use crate::mail;
use crate::scope::{may, Action, Denied, Location};
use chrono::{DateTime, Duration, Utc};
use kezek_domain::intake::{self, EmailRule};
use kezek_sync::intake::ApplicationRegister;
use kezek_sync::{reject, Mutation, Verdict};
use sqlx::PgConnection;

pub async fn register(
    conn: &mut PgConnection,
    caller: &Caller,
    m: &Mutation,
    now: DateTime<Utc>,
) -> Result<Verdict, sqlx::Error> {
    let args: ApplicationRegister = verdict!(serde_json::from_value(m.args.clone())
        .map_err(|e| rejected(reject::INVALID_ARGS, e.to_string())));
    verdict!(authorize(conn, caller, &args.form).await?);
    // The later of the two countries' office dates (UTC+6): a passport issued "today" in Bishkek
    // is not in the future.
    let today = (now + Duration::hours(6)).date_naive();
    let v = verdict!(validate(&args.form, today));
    // The family was at the office when the form was typed: that is when they applied and
    // consented (the desktop's clock, but never later than the server's).
    let made_at = m.at.min(now);
    let actor = caller.actor();
    let done = match register::register(conn, &v, Channel::Office, &actor, made_at, now).await {
        Ok(done) => done,
        Err(refused) => return verdict_of(refused),
    };
    sqlx::query(
        "INSERT INTO office_intakes (application_id, registered_by, device_id, client_id, seq, \
         email, passport_series, passport_number, passport_issued_by, passport_issued_on, \
         street_id, house, flat, consent_at, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
    )
    .bind(done.id)
    .bind(caller.user_id)
    .bind(&caller.device_id)
    .bind(&m.client_id)
    .bind(i64::try_from(m.seq).unwrap_or(i64::MAX))
    .bind(&v.email)
    .bind(&v.passport_series)
    .bind(&v.passport_number)
    .bind(&v.passport_issued_by)
    .bind(v.passport_issued_on)
    .bind(done.street.id)
    .bind(&v.house)
    .bind(&v.flat)
    .bind(made_at)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if let Some(email) = &v.email {
        let letter = letters::registered(&v.language, &done.number, &v.child.full_name());
        mail::enqueue(
            conn,
            email,
            &letter,
            "voucher_registered",
            Some(done.id),
            now,
        )
        .await?;
    }
    Ok(Verdict::Accepted)
}

/// May the caller register applications of the form's district? Without a district (or with an
/// unknown one) only the role is judged here; the field is refused by the checks after.
async fn authorize(
    conn: &mut PgConnection,
    caller: &Caller,
    form: &ApplicationForm,
) -> Result<Result<(), Verdict>, sqlx::Error> {
    let district = match form.address.district_id {
        Some(d) => sqlx::query_scalar("SELECT region_id FROM districts WHERE id = $1")
            .bind(d)
            .fetch_optional(&mut *conn)
            .await?
            .map(|region: i64| (d, Location::district(region, d))),
        None => None,
    };
    let denied = match &district {
        Some((_, at)) => may(&caller.principal(), Action::RegisterApplication, at).err(),
        None => match may(
            &caller.principal(),
            Action::RegisterApplication,
            &Location::SYSTEM,
        ) {
            Err(role @ Denied::Role(_)) => Some(role),
            _ => None,
        },
    };
    Ok(match denied {
        None => Ok(()),
        Some(denied) => {
            let place = match district {
                Some((d, _)) => format!("district {d}"),
                None => "any district".into(),
            };
            Err(rejected(
                reject::FORBIDDEN,
                format!(
                    "{} may not register applications in {place}: {denied}",
                    caller.login
                ),
            ))
        }
    })
}

/// The shared checks with the e-mail optional, plus the address parsed as the mail relay will.
fn validate(form: &ApplicationForm, today: chrono::NaiveDate) -> Result<Valid, Verdict> {
    let v = intake::validate(form, today, EmailRule::Optional).map_err(|e| fields(&e))?;
    if let Some(address) = &v.email {
        if address.parse::<lettre::Address>().is_err() {
            return Err(fields(&[FieldError::new("email", "format")]));
        }
    }
    Ok(v)
}

/// The verdict of a refused registration; a database error stays an error (the push fails).
fn verdict_of(refused: RegisterError) -> Result<Verdict, sqlx::Error> {
    Ok(match refused {
        RegisterError::Fields(errors) => fields(&errors),
        RegisterError::UnknownStreet => rejected(
            reject::UNKNOWN_STREET,
            "address.street: not in the district's list",
        ),
        RegisterError::Duplicate { number } => rejected(
            reject::DUPLICATE_APPLICATION,
            format!("the child already has the open application {number}"),
        ),
        RegisterError::Database(e) => return Err(e),
    })
}

/// `invalid_field` with every field: `child.personal_number: length; phone: format`.
fn fields(errors: &[FieldError]) -> Verdict {
    rejected(reject::INVALID_FIELD, detail(errors))
}

fn detail(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.field, e.reason))
        .collect::<Vec<_>>()
        .join("; ")
}

fn rejected(code: &str, detail: impl Into<String>) -> Verdict {
    Verdict::Rejected {
        code: code.into(),
        detail: detail.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_are_listed_in_order() {
        let errors = [
            FieldError::new("child.personal_number", "length"),
            FieldError::new("phone", "format"),
        ];
        assert_eq!(
            fields(&errors),
            rejected(
                reject::INVALID_FIELD,
                "child.personal_number: length; phone: format"
            )
        );
    }

    #[test]
    fn a_duplicate_names_the_number_last() {
        let v = verdict_of(RegisterError::Duplicate {
            number: "БЛ.2026.П000012".into(),
        });
        match v.unwrap() {
            Verdict::Rejected { code, detail } => {
                assert_eq!(code, reject::DUPLICATE_APPLICATION);
                assert!(detail.ends_with(" БЛ.2026.П000012"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }
}
