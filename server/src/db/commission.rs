//! The commission's rows: roster members, protocols and the applications they decide, and the
//! roots signatures are checked against.

use crate::scope::{Location, Unit};
use chrono::{DateTime, NaiveDate, Utc};
use kezek_sync::commission::{
    CommissionMemberRecord, PresentMember, ProtocolRecord, ReviewedApplication,
};
use sqlx::{FromRow, PgConnection, PgPool};

#[derive(Debug, Clone, FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub uid: String,
    pub commission_id: i64,
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
    pub position: String,
    pub phone: String,
    pub email: Option<String>,
    pub role: String,
    pub active: bool,
    pub updated_at: DateTime<Utc>,
}

impl MemberRow {
    pub fn record(&self) -> CommissionMemberRecord {
        CommissionMemberRecord {
            id: self.id,
            uid: self.uid.clone(),
            commission_id: self.commission_id,
            personal_number: self.personal_number.clone(),
            surname: self.surname.clone(),
            given_name: self.given_name.clone(),
            patronymic: self.patronymic.clone(),
            birth_date: self.birth_date,
            position: self.position.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            role: self.role.clone(),
            active: self.active,
        }
    }

    pub fn full_name(&self) -> String {
        kezek_domain::full_name(&self.surname, &self.given_name, self.patronymic.as_deref())
    }
}

const MEMBER_COLUMNS: &str = "id, uid, commission_id, personal_number, surname, given_name, \
     patronymic, birth_date, position, phone, email, role, active, updated_at";

pub async fn lock_member(
    conn: &mut PgConnection,
    uid: &str,
) -> Result<Option<MemberRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {MEMBER_COLUMNS} FROM commission_members WHERE uid = $1 FOR UPDATE"
    )))
    .bind(uid)
    .fetch_optional(conn)
    .await
}

/// Inserts or updates by `uid` (the caller checked that an existing row is its commission's).
pub async fn upsert_member(
    conn: &mut PgConnection,
    m: &MemberRow,
) -> Result<MemberRow, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO commission_members (uid, commission_id, personal_number, surname, \
         given_name, patronymic, birth_date, position, phone, email, role, active, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT (uid) DO UPDATE SET personal_number = EXCLUDED.personal_number, \
         surname = EXCLUDED.surname, given_name = EXCLUDED.given_name, \
         patronymic = EXCLUDED.patronymic, birth_date = EXCLUDED.birth_date, \
         position = EXCLUDED.position, phone = EXCLUDED.phone, email = EXCLUDED.email, \
         role = EXCLUDED.role, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at \
         RETURNING {MEMBER_COLUMNS}"
    )))
    .bind(&m.uid)
    .bind(m.commission_id)
    .bind(&m.personal_number)
    .bind(&m.surname)
    .bind(&m.given_name)
    .bind(&m.patronymic)
    .bind(m.birth_date)
    .bind(&m.position)
    .bind(&m.phone)
    .bind(&m.email)
    .bind(&m.role)
    .bind(m.active)
    .bind(m.updated_at)
    .fetch_one(conn)
    .await
}

pub async fn delete_member(conn: &mut PgConnection, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM commission_members WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The roster of a commission, shared-locked so a member cannot be switched off while a
/// protocol naming them is being sent.
pub async fn roster(
    conn: &mut PgConnection,
    commission: i64,
) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {MEMBER_COLUMNS} FROM commission_members WHERE commission_id = $1 \
         ORDER BY id FOR SHARE"
    )))
    .bind(commission)
    .fetch_all(conn)
    .await
}

/// Where a commission's rows sit in the feed (its district, so its users receive them).
pub async fn commission_location(
    conn: &mut PgConnection,
    commission: i64,
) -> Result<Location, sqlx::Error> {
    let (district, region): (i64, i64) = sqlx::query_as(
        "SELECT c.district_id, d.region_id FROM commissions c JOIN districts d \
         ON d.id = c.district_id WHERE c.id = $1",
    )
    .bind(commission)
    .fetch_one(conn)
    .await?;
    Ok(Location {
        region: Some(region),
        district: Some(district),
        unit: Some(Unit::Commission(commission)),
    })
}

#[derive(Debug, Clone, FromRow)]
pub struct ProtocolRow {
    pub id: i64,
    pub uid: String,
    pub commission_id: i64,
    pub number: String,
    pub date: NaiveDate,
    pub language: String,
    pub state: String,
    /// JSON of `Vec<PresentMember>` (read as text: the workspace's sqlx has no `json` feature).
    pub present: String,
    pub comment: String,
    pub sent_by: String,
    pub sent_at: DateTime<Utc>,
    pub returned_reason: Option<String>,
    pub returned_by: Option<String>,
    pub returned_at: Option<DateTime<Utc>>,
    pub signed_by: Option<String>,
    pub signer: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    pub draft_pdf: Vec<u8>,
    pub signed_pdf: Option<Vec<u8>>,
}

impl ProtocolRow {
    pub fn present_members(&self) -> Vec<PresentMember> {
        serde_json::from_str(&self.present).unwrap_or_default()
    }

    pub fn record(&self, applications: Vec<ReviewedApplication>) -> ProtocolRecord {
        use base64::Engine;
        let pdf = self.signed_pdf.as_deref().unwrap_or(&self.draft_pdf);
        ProtocolRecord {
            id: self.id,
            uid: self.uid.clone(),
            commission_id: self.commission_id,
            number: self.number.clone(),
            date: self.date,
            language: self.language.clone(),
            state: self.state.clone(),
            present: self.present_members(),
            applications,
            comment: self.comment.clone(),
            sent_by: self.sent_by.clone(),
            sent_at: self.sent_at,
            returned_reason: self.returned_reason.clone(),
            returned_by: self.returned_by.clone(),
            returned_at: self.returned_at,
            signed_by: self.signed_by.clone(),
            signer: self.signer.clone(),
            signed_at: self.signed_at,
            pdf: base64::engine::general_purpose::STANDARD.encode(pdf),
        }
    }
}

const PROTOCOL_COLUMNS: &str =
    "id, uid, commission_id, number, date, language, state, present::text, \
     comment, sent_by, sent_at, returned_reason, returned_by, returned_at, signed_by, signer, \
     signed_at, draft_pdf, signed_pdf";

pub async fn lock_protocol(
    conn: &mut PgConnection,
    uid: &str,
) -> Result<Option<ProtocolRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PROTOCOL_COLUMNS} FROM protocols WHERE uid = $1 FOR UPDATE"
    )))
    .bind(uid)
    .fetch_optional(conn)
    .await
}

/// Inserts or replaces (by `uid`) a protocol sent for signature; returns its id.
pub async fn upsert_sent_protocol(
    conn: &mut PgConnection,
    p: &ProtocolRow,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO protocols (uid, commission_id, number, date, language, state, present, \
         comment, sent_by, sent_at, draft_pdf) \
         VALUES ($1, $2, $3, $4, $5, 'sent_for_signature', $6::jsonb, $7, $8, $9, $10) \
         ON CONFLICT (uid) DO UPDATE SET number = EXCLUDED.number, date = EXCLUDED.date, \
         language = EXCLUDED.language, state = 'sent_for_signature', present = EXCLUDED.present, \
         comment = EXCLUDED.comment, sent_by = EXCLUDED.sent_by, sent_at = EXCLUDED.sent_at, \
         draft_pdf = EXCLUDED.draft_pdf, returned_reason = NULL, returned_by = NULL, \
         returned_at = NULL RETURNING id",
    )
    .bind(&p.uid)
    .bind(p.commission_id)
    .bind(&p.number)
    .bind(p.date)
    .bind(&p.language)
    .bind(&p.present)
    .bind(&p.comment)
    .bind(&p.sent_by)
    .bind(p.sent_at)
    .bind(&p.draft_pdf)
    .fetch_one(conn)
    .await
}

pub async fn set_returned(
    conn: &mut PgConnection,
    id: i64,
    reason: &str,
    by: &str,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE protocols SET state = 'returned', returned_reason = $2, returned_by = $3, \
         returned_at = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(reason)
    .bind(by)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_signed(
    conn: &mut PgConnection,
    id: i64,
    signed_pdf: &[u8],
    signed_by: &str,
    signer: &str,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE protocols SET state = 'signed', signed_pdf = $2, signed_by = $3, signer = $4, \
         signed_at = $5 WHERE id = $1",
    )
    .bind(id)
    .bind(signed_pdf)
    .bind(signed_by)
    .bind(signer)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether another protocol of the commission carries `number`.
pub async fn number_taken(
    conn: &mut PgConnection,
    commission: i64,
    number: &str,
    uid: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM protocols WHERE commission_id = $1 AND number = $2 \
         AND uid <> $3)",
    )
    .bind(commission)
    .bind(number)
    .bind(uid)
    .fetch_one(conn)
    .await
}

pub async fn protocol_applications(
    conn: &mut PgConnection,
    protocol: i64,
) -> Result<Vec<ReviewedApplication>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
        "SELECT application_id, benefit_code, documents::text, other_documents::text, \
             decision, comment \
             FROM protocol_applications WHERE protocol_id = $1 ORDER BY position",
    )
    .bind(protocol)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(application_id, benefit_code, documents, other, decision, comment)| {
                ReviewedApplication {
                    application_id,
                    benefit_code,
                    documents: serde_json::from_str(&documents).unwrap_or_default(),
                    other_documents: serde_json::from_str(&other).unwrap_or_default(),
                    decision,
                    comment,
                }
            },
        )
        .collect())
}

pub async fn replace_protocol_applications(
    conn: &mut PgConnection,
    protocol: i64,
    applications: &[ReviewedApplication],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM protocol_applications WHERE protocol_id = $1")
        .bind(protocol)
        .execute(&mut *conn)
        .await?;
    for (i, a) in applications.iter().enumerate() {
        sqlx::query(
            "INSERT INTO protocol_applications (protocol_id, application_id, position, \
             benefit_code, documents, other_documents, decision, comment) \
             VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)",
        )
        .bind(protocol)
        .bind(a.application_id)
        .bind(i as i32)
        .bind(&a.benefit_code)
        .bind(serde_json::to_string(&a.documents).expect("strings serialize"))
        .bind(serde_json::to_string(&a.other_documents).expect("strings serialize"))
        .bind(&a.decision)
        .bind(&a.comment)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// An application as a protocol needs it, its row locked.
#[derive(Debug, Clone, FromRow)]
pub struct ReviewedRow {
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub district_id: i64,
    pub status: String,
    pub language: String,
    pub child_name: String,
    pub email: Option<String>,
    /// The number of another protocol, not signed yet, that holds the application.
    pub open_protocol: Option<String>,
}

pub async fn lock_application(
    conn: &mut PgConnection,
    id: i64,
    protocol_uid: &str,
) -> Result<Option<ReviewedRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, a.number, a.kind, a.district_id, a.status, a.language, \
         concat_ws(' ', c.surname, c.given_name, c.patronymic) AS child_name, \
         COALESCE(NULLIF(a.extra_email, ''), p.email) AS email, \
         (SELECT pr.number FROM protocol_applications pa JOIN protocols pr ON pr.id = pa.protocol_id \
          WHERE pa.application_id = a.id AND pr.state <> 'signed' AND pr.uid <> $2 LIMIT 1) \
             AS open_protocol \
         FROM applications a JOIN children c ON c.id = a.child_id \
         JOIN applicants p ON p.id = a.applicant_id WHERE a.id = $1 FOR UPDATE OF a",
    )
    .bind(id)
    .bind(protocol_uid)
    .fetch_optional(conn)
    .await
}

/// The benefit category id of a code.
pub async fn benefit_id(conn: &mut PgConnection, code: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM benefit_categories WHERE code = $1")
        .bind(code)
        .fetch_optional(conn)
        .await
}

/// The DER of every trusted root.
pub async fn trusted_roots(conn: &mut PgConnection) -> Result<Vec<Vec<u8>>, sqlx::Error> {
    sqlx::query_scalar("SELECT der FROM trusted_certificates ORDER BY id")
        .fetch_all(conn)
        .await
}

/// Adds a root (once per fingerprint); whether it was new.
pub async fn add_trusted_root(
    pool: &PgPool,
    fingerprint: &str,
    der: &[u8],
    subject: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO trusted_certificates (fingerprint, der, subject, added_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (fingerprint) DO NOTHING",
    )
    .bind(fingerprint)
    .bind(der)
    .bind(subject)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
