//! A parent's voucher application, from the checked form to the registered application.
//!
//! One transaction: the code (locked; a wrong one is counted and committed on its own, nothing
//! else), then the reference data (district, personal numbers of its country, benefit, street),
//! a duplicate (an open voucher application of the same child, under a per-child lock), and only
//! then the writes: the application with its child, applicant and feed entry, what the form
//! holds beyond it, the parent's cabinet on a first application, the history, the code spent,
//! and the e-mail. Any refusal after the code rolls all of it back and leaves the code usable.

use super::codes::{self, portal_actor, Policy};
use super::form::{self, ApplicationForm, Person, Valid};
use super::{letters, streets, FieldError, IntakeError};
use crate::auth::password;
use crate::db::applications;
use crate::db::history::{self, Event};
use crate::mail;
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use kezek_domain::{AnyPersonalNumber, PersonalNumber, Sex};
use kezek_sync::records::{ApplicantRecord, ApplicationRecord, ChildRecord, PersonRecord};
use rand::Rng;
use serde::Serialize;
use sqlx::{PgConnection, PgPool};

/// Statuses in which a voucher application is closed: a child may apply again. Anything else
/// (registered, under review, voucher issued) blocks a second application.
const CLOSED: [&str; 4] = ["rejected", "withdrawn", "removed", "archived"];

/// The answer of a registered application.
#[derive(Debug, Clone, Serialize)]
pub struct Submitted {
    pub application_id: i64,
    pub number: String,
    pub status: &'static str,
    /// The cabinet's login (the parent's personal number); the password is only in the e-mail.
    pub login: String,
    /// Whether this application made the cabinet (else the parent had one).
    pub cabinet_created: bool,
}

pub async fn submit(
    pool: &PgPool,
    policy: &Policy,
    form: &ApplicationForm,
    now: DateTime<Utc>,
) -> Result<Submitted, IntakeError> {
    // The latest office date of the two countries (UTC+6): a passport issued "today" in
    // Bishkek is not in the future.
    let today = (now + Duration::hours(6)).date_naive();
    let v = form::validate(form, today).map_err(IntakeError::Fields)?;
    let mut tx = pool.begin().await?;
    let code_id = match codes::check(&mut tx, policy, &v.email, &v.code, now).await {
        Ok(id) => id,
        Err(refused) => {
            if refused.commit {
                tx.commit().await?;
            }
            return Err(refused.error);
        }
    };
    let done = register(&mut tx, &v, code_id, now).await?;
    tx.commit().await?;
    Ok(done)
}

async fn register(
    conn: &mut PgConnection,
    v: &Valid,
    code_id: i64,
    now: DateTime<Utc>,
) -> Result<Submitted, IntakeError> {
    let country: Option<String> = sqlx::query_scalar(
        "SELECT r.country FROM districts d JOIN regions r ON r.id = d.region_id WHERE d.id = $1",
    )
    .bind(v.district_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(country) = country else {
        return Err(IntakeError::field("address.district_id", "unknown"));
    };
    let mut wrong = Vec::new();
    for (field, person) in [
        ("child.personal_number", &v.child),
        ("parent.personal_number", &v.parent),
    ] {
        let fits = matches!(
            (country.as_str(), &person.number),
            ("KG", AnyPersonalNumber::Pin(_)) | ("KZ", AnyPersonalNumber::Iin(_))
        );
        if !fits {
            wrong.push(FieldError {
                field: field.into(),
                reason: "wrong_country",
            });
        }
    }
    let benefit: Option<i64> =
        sqlx::query_scalar("SELECT id FROM benefit_categories WHERE code = $1")
            .bind(&v.benefit_code)
            .fetch_optional(&mut *conn)
            .await?;
    if benefit.is_none() {
        wrong.push(FieldError {
            field: "benefit_code".into(),
            reason: "unknown",
        });
    }
    if !wrong.is_empty() {
        return Err(IntakeError::Fields(wrong));
    }
    let benefit = benefit.unwrap_or_default();
    let street = streets::find(conn, v.district_id, &v.street)
        .await?
        .ok_or(IntakeError::UnknownStreet)?;

    let child_number = v.child.number.as_str();
    // Two submissions for one child wait for each other here, so only one passes the check.
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .bind(format!("voucher_child:{child_number}"))
        .execute(&mut *conn)
        .await?;
    let open: Option<String> = sqlx::query_scalar(
        "SELECT a.number FROM applications a JOIN children c ON c.id = a.child_id \
         WHERE c.personal_number = $1 AND a.kind = 'voucher' AND a.status <> ALL($2) \
         ORDER BY a.id LIMIT 1",
    )
    .bind(child_number)
    .bind(&CLOSED[..])
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(number) = open {
        return Err(IntakeError::Duplicate { number });
    }

    // An applicant known from before keeps their row; a different address or phone of this
    // form goes to the application's own contact fields, so the decision reaches this address.
    let known: Option<(Option<String>, String)> =
        sqlx::query_as("SELECT email, phone FROM applicants WHERE personal_number = $1")
            .bind(v.parent.number.as_str())
            .fetch_optional(&mut *conn)
            .await?;
    let (extra_email, extra_phone) = match &known {
        Some((email, phone)) => (
            (email.as_deref().map(str::to_lowercase) != Some(v.email.clone()))
                .then(|| v.email.clone()),
            (*phone != v.phone).then(|| v.phone.clone()),
        ),
        None => (None, None),
    };

    let local = local_time(&country, now);
    let serial: i64 = sqlx::query_scalar("SELECT nextval('portal_application_numbers')")
        .fetch_one(&mut *conn)
        .await?;
    let prefix = if country == "KG" { "БЛ" } else { "ВЧ" };
    let number = format!("{prefix}.{}.П{serial:06}", local.year());
    let address = match &v.flat {
        Some(flat) => format!("{}, {}, {flat}", street.name, v.house),
        None => format!("{}, {}", street.name, v.house),
    };
    let record = ApplicationRecord {
        id: 0,
        number: number.clone(),
        kind: "voucher".into(),
        child: ChildRecord {
            person: person(&v.child),
            sex: match v.child.number.sex() {
                Sex::Female => "female".into(),
                Sex::Male => "male".into(),
            },
        },
        applicant: ApplicantRecord {
            person: person(&v.parent),
            phone: v.phone.clone(),
            email: Some(v.email.clone()),
            address,
        },
        relation: v.relation.clone(),
        benefit_category_id: benefit,
        benefit_verified: false,
        locality_id: street.locality_id,
        language: v.language.clone(),
        // What the commission's review list takes (registered or under review).
        status: "registered".into(),
        channel: "portal".into(),
        registered_at: local,
        in_queue_since: None,
        updated_at: local,
        extra_email,
        extra_phone,
    };
    let id = applications::insert(conn, &record, now).await?;
    sqlx::query(
        "INSERT INTO portal_submissions (application_id, email, email_code_id, passport_series, \
         passport_number, passport_issued_by, passport_issued_on, street_id, house, flat, \
         consent_at, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(id)
    .bind(&v.email)
    .bind(code_id)
    .bind(&v.passport_series)
    .bind(&v.passport_number)
    .bind(&v.passport_issued_by)
    .bind(v.passport_issued_on)
    .bind(street.id)
    .bind(&v.house)
    .bind(&v.flat)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let actor = portal_actor(&v.email);
    let event = Event {
        action: "application.submit",
        object_kind: "application",
        object_id: Some(id),
        before: None,
        after: Some(serde_json::json!({
            "number": number,
            "kind": "voucher",
            "status": "registered",
            "channel": "portal",
            "district_id": v.district_id,
            "benefit": v.benefit_code,
        })),
    };
    history::record(conn, &actor, now, event).await?;

    let login = v.parent.number.as_str().to_owned();
    let password = cabinet(conn, &login, &v.email, now).await?;
    codes::spend(conn, code_id, now).await?;

    let child_name = kezek_domain::full_name(
        &v.child.surname,
        &v.child.given_name,
        v.child.patronymic.as_deref(),
    );
    let letter = letters::submitted(
        &v.language,
        &number,
        &child_name,
        &login,
        password.as_deref(),
    );
    mail::enqueue(conn, &v.email, &letter, "voucher_submitted", Some(id), now).await?;
    Ok(Submitted {
        application_id: id,
        number,
        status: "registered",
        login,
        cabinet_created: password.is_some(),
    })
}

/// Makes the parent's cabinet unless `login` has one; returns the new password (for the
/// e-mail only) when it made one.
async fn cabinet(
    conn: &mut PgConnection,
    login: &str,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, IntakeError> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM parent_accounts WHERE login = $1")
        .bind(login)
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_some() {
        return Ok(None);
    }
    let secret = generate_password();
    let hash = password::hash_blocking(secret.clone())
        .await
        .map_err(|e| crate::error::ApiError::Internal(e.to_string()))?;
    // A parent's two applications at once: one makes the cabinet, the other finds it made.
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO parent_accounts (login, applicant_id, email, password_hash, created_at) \
         SELECT $1, id, $2, $3, $4 FROM applicants WHERE personal_number = $1 \
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(login)
    .bind(email)
    .bind(&hash)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    let event = Event {
        action: "parent_account.create",
        object_kind: "parent_account",
        object_id: Some(id),
        before: None,
        after: Some(serde_json::json!({ "login": login, "email": email })),
    };
    history::record(conn, &portal_actor(email), now, event).await?;
    Ok(Some(secret))
}

/// 12 characters from an alphabet without look-alikes (0/O, 1/l/I): about 70 bits.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..12)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

fn person(p: &Person) -> PersonRecord {
    PersonRecord {
        personal_number: p.number.as_str().to_owned(),
        surname: p.surname.clone(),
        given_name: p.given_name.clone(),
        patronymic: p.patronymic.clone(),
        birth_date: p.number.birth_date(),
    }
}

/// `now` on the office's wall clock (applications keep local times): Kazakhstan UTC+5,
/// Kyrgyzstan UTC+6, neither with summer time.
fn local_time(country: &str, now: DateTime<Utc>) -> NaiveDateTime {
    let hours = if country == "KG" { 6 } else { 5 };
    (now + Duration::hours(hours)).naive_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_long_enough_and_differ() {
        let a = generate_password();
        assert_eq!(a.chars().count(), 12);
        assert!(a.chars().count() >= password::MIN_LENGTH);
        assert_ne!(a, generate_password());
    }
}
