//! The registration step the portal and the office share: a checked form ([`Valid`]) becomes a
//! registered voucher application, inside the caller's transaction.
//!
//! The checks that need the database come first: the district and its country against the
//! personal numbers, the benefit (all reported together as field errors), the street (never
//! added), then an open voucher application of the same child under a per-child lock (so two
//! registrations of one child, from the portal and an office at once, cannot both pass). Only then
//! the number and the writes: the application with its child, applicant and feed entry, and the
//! history. A refusal therefore writes nothing and spends no number (only a transaction rolled
//! back after this step leaves a gap: a sequence is not transactional).
//! What each channel adds — the portal's submission row, cabinet, code and letter; the office's
//! intake row and letter — is the caller's.

use super::streets::{self, Street};
use super::FieldError;
use crate::db::applications;
use crate::db::history::{self, Actor, Event};
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use kezek_domain::intake::{Person, Valid};
use kezek_domain::{AnyPersonalNumber, PersonalNumber, Sex};
use kezek_sync::records::{ApplicantRecord, ApplicationRecord, ChildRecord, PersonRecord};
use sqlx::PgConnection;

/// Statuses in which a voucher application is closed: a child may apply again. Anything else
/// (registered, under review, voucher issued, enrolled) blocks a second application.
pub const CLOSED: [&str; 4] = ["rejected", "withdrawn", "removed", "archived"];

/// Where an application came in: it decides the number's letter and sequence, the application's
/// `channel` and the history action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// The parents' portal: "БЛ.2026.П000001".
    Portal,
    /// Typed in at the office (`application.register`): "БЛ.2026.О000001" (Cyrillic О).
    Office,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Portal => "portal",
            Channel::Office => "office",
        }
    }

    /// The history action of a registration.
    fn action(self) -> &'static str {
        match self {
            Channel::Portal => "application.submit",
            Channel::Office => kezek_sync::intake::ApplicationRegister::NAME,
        }
    }

    /// The number's letter after the year.
    fn letter(self) -> char {
        match self {
            Channel::Portal => 'П',
            Channel::Office => 'О',
        }
    }

    fn next_serial(self) -> &'static str {
        match self {
            Channel::Portal => "SELECT nextval('portal_application_numbers')",
            Channel::Office => "SELECT nextval('office_application_numbers')",
        }
    }
}

/// Why a form was not registered.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    /// Fields the database refuses: `address.district_id: unknown`, a personal number of the
    /// other country (`wrong_country`), `benefit_code: unknown`.
    #[error("some fields are wrong")]
    Fields(Vec<FieldError>),
    #[error("the street is not in the district's list")]
    UnknownStreet,
    #[error("the child already has the open application {number}")]
    Duplicate { number: String },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A registered application.
#[derive(Debug, Clone)]
pub struct Registered {
    pub id: i64,
    pub number: String,
    /// The street of the list the form named.
    pub street: Street,
    /// "KG" or "KZ", of the application's district.
    pub country: String,
}

/// Registers `v` as a voucher application of `channel`, status `registered`, at `registered_at`
/// (the office's moment; the portal's is `now`), with its feed entry and a history event by
/// `actor`. The caller holds the transaction.
pub async fn register(
    conn: &mut PgConnection,
    v: &Valid,
    channel: Channel,
    actor: &Actor,
    registered_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Registered, RegisterError> {
    let country: Option<String> = sqlx::query_scalar(
        "SELECT r.country FROM districts d JOIN regions r ON r.id = d.region_id WHERE d.id = $1",
    )
    .bind(v.district_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(country) = country else {
        return Err(RegisterError::Fields(vec![FieldError::new(
            "address.district_id",
            "unknown",
        )]));
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
            wrong.push(FieldError::new(field, "wrong_country"));
        }
    }
    let benefit: Option<i64> =
        sqlx::query_scalar("SELECT id FROM benefit_categories WHERE code = $1")
            .bind(&v.benefit_code)
            .fetch_optional(&mut *conn)
            .await?;
    if benefit.is_none() {
        wrong.push(FieldError::new("benefit_code", "unknown"));
    }
    let Some(benefit) = benefit.filter(|_| wrong.is_empty()) else {
        return Err(RegisterError::Fields(wrong));
    };
    let street = streets::find(conn, v.district_id, &v.street)
        .await?
        .ok_or(RegisterError::UnknownStreet)?;

    let child_number = v.child.number.as_str();
    // Two registrations of one child wait for each other here, so only one passes the check.
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
        return Err(RegisterError::Duplicate { number });
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
            v.email
                .as_ref()
                .filter(|new| email.as_deref().map(str::to_lowercase).as_ref() != Some(*new))
                .cloned(),
            (*phone != v.phone).then(|| v.phone.clone()),
        ),
        None => (None, None),
    };

    let local = local_time(&country, registered_at);
    let serial: i64 = sqlx::query_scalar(channel.next_serial())
        .fetch_one(&mut *conn)
        .await?;
    let prefix = if country == "KG" { "БЛ" } else { "ВЧ" };
    let number = format!("{prefix}.{}.{}{serial:06}", local.year(), channel.letter());
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
            email: v.email.clone(),
            address: v.address_line(&street.name),
        },
        relation: v.relation.clone(),
        benefit_category_id: benefit,
        benefit_verified: false,
        locality_id: street.locality_id,
        language: v.language.clone(),
        // What the commission's review list takes (registered or under review).
        status: "registered".into(),
        channel: channel.as_str().into(),
        registered_at: local,
        in_queue_since: None,
        updated_at: local,
        extra_email,
        extra_phone,
    };
    let id = applications::insert(conn, &record, now).await?;
    let event = Event {
        action: channel.action(),
        object_kind: "application",
        object_id: Some(id),
        before: None,
        after: Some(serde_json::json!({
            "number": number,
            "kind": "voucher",
            "status": "registered",
            "channel": channel.as_str(),
            "district_id": v.district_id,
            "benefit": v.benefit_code,
        })),
    };
    history::record(conn, actor, now, event).await?;
    Ok(Registered {
        id,
        number,
        street,
        country,
    })
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

/// `at` on the office's wall clock (applications keep local times): Kazakhstan UTC+5,
/// Kyrgyzstan UTC+6, neither with summer time.
pub fn local_time(country: &str, at: DateTime<Utc>) -> NaiveDateTime {
    let hours = if country == "KG" { 6 } else { 5 };
    (at + Duration::hours(hours)).naive_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_number_apart() {
        assert_eq!(Channel::Portal.letter(), 'П');
        assert_eq!(
            Channel::Office.letter(),
            '\u{41e}',
            "Cyrillic О, not Latin O"
        );
        assert_eq!(Channel::Office.action(), "application.register");
        assert_eq!(Channel::Portal.action(), "application.submit");
    }

    #[test]
    fn local_time_is_the_countrys() {
        let at = DateTime::parse_from_rfc3339("2026-12-31T20:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(local_time("KG", at).year(), 2027);
        assert_eq!(local_time("KZ", at).to_string(), "2027-01-01 01:00:00");
    }
}
