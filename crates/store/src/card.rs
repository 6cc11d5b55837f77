//! The application card: information, history of changes and documents of one application.

use crate::history::FieldChange;
use crate::sql::full_name;
use crate::{Store, StoreError};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChildInfo {
    pub full_name: String,
    pub personal_number: String,
    pub birth_date: NaiveDate,
    pub sex: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ApplicantInfo {
    pub full_name: String,
    pub personal_number: String,
    pub birth_date: NaiveDate,
    pub relation: String,
    pub phone: String,
    pub email: Option<String>,
    pub address: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ApplicationCard {
    #[ts(type = "number")]
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub status: String,
    pub channel: String,
    pub registered_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub in_queue_since: Option<NaiveDateTime>,
    #[ts(type = "number | null")]
    pub queue_position: Option<i64>,
    #[ts(type = "number | null")]
    pub benefit_queue_position: Option<i64>,
    pub benefit_category: String,
    pub benefit_verified: bool,
    /// Region / district / locality.
    pub region: String,
    pub district: String,
    pub locality: String,
    pub language: String,
    pub extra_email: Option<String>,
    pub extra_phone: Option<String>,
    pub child: ChildInfo,
    pub applicant: ApplicantInfo,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HistoryEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub at: NaiveDateTime,
    pub action: String,
    pub user_name: String,
    pub device_id: String,
    pub changes: Vec<FieldChange>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DocumentEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: String,
    /// "general" (made by the system) or "attachment" (brought by the applicant).
    pub section: String,
    pub created_at: NaiveDateTime,
    pub file_name: Option<String>,
    pub has_content: bool,
    /// The language a generated document was made in.
    pub language: Option<String>,
    /// How many signatures its PDF holds.
    #[ts(type = "number")]
    pub signatures: i64,
}

#[derive(sqlx::FromRow)]
struct CardRow {
    id: i64,
    number: String,
    kind: String,
    status: String,
    channel: String,
    registered_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    in_queue_since: Option<NaiveDateTime>,
    queue_position: Option<i64>,
    benefit_queue_position: Option<i64>,
    benefit_category: String,
    benefit_verified: bool,
    region: String,
    district: String,
    locality: String,
    language: String,
    extra_email: Option<String>,
    extra_phone: Option<String>,
    relation: String,
    c_surname: String,
    c_given: String,
    c_patronymic: Option<String>,
    c_number: String,
    c_birth: NaiveDate,
    c_sex: String,
    p_surname: String,
    p_given: String,
    p_patronymic: Option<String>,
    p_number: String,
    p_birth: NaiveDate,
    p_phone: String,
    p_email: Option<String>,
    p_address: String,
}

impl Store {
    pub async fn application_card(&self, id: i64) -> Result<ApplicationCard, StoreError> {
        let r: CardRow = sqlx::query_as(
            "SELECT a.id, a.number, a.kind, a.status, a.channel, a.registered_at, a.updated_at, \
               a.in_queue_since, a.queue_position, a.benefit_queue_position, \
               b.code AS benefit_category, a.benefit_verified, \
               r.name AS region, d.name AS district, l.name AS locality, a.language, \
               a.extra_email, a.extra_phone, a.relation, \
               c.surname AS c_surname, c.given_name AS c_given, c.patronymic AS c_patronymic, \
               c.personal_number AS c_number, c.birth_date AS c_birth, c.sex AS c_sex, \
               p.surname AS p_surname, p.given_name AS p_given, p.patronymic AS p_patronymic, \
               p.personal_number AS p_number, p.birth_date AS p_birth, p.phone AS p_phone, \
               p.email AS p_email, p.address AS p_address \
             FROM applications a \
             JOIN children c ON c.id = a.child_id \
             JOIN applicants p ON p.id = a.applicant_id \
             JOIN benefit_categories b ON b.id = a.benefit_category_id \
             JOIN localities l ON l.id = a.locality_id \
             JOIN districts d ON d.id = l.district_id \
             JOIN regions r ON r.id = d.region_id \
             WHERE a.id = ?",
        )
        .bind(id)
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound("application"))?;
        Ok(ApplicationCard {
            id: r.id,
            number: r.number,
            kind: r.kind,
            status: r.status,
            channel: r.channel,
            registered_at: r.registered_at,
            updated_at: r.updated_at,
            in_queue_since: r.in_queue_since,
            queue_position: r.queue_position,
            benefit_queue_position: r.benefit_queue_position,
            benefit_category: r.benefit_category,
            benefit_verified: r.benefit_verified,
            region: r.region,
            district: r.district,
            locality: r.locality,
            language: r.language,
            extra_email: r.extra_email,
            extra_phone: r.extra_phone,
            child: ChildInfo {
                full_name: full_name(&r.c_surname, &r.c_given, r.c_patronymic.as_deref()),
                personal_number: r.c_number,
                birth_date: r.c_birth,
                sex: r.c_sex,
            },
            applicant: ApplicantInfo {
                full_name: full_name(&r.p_surname, &r.p_given, r.p_patronymic.as_deref()),
                personal_number: r.p_number,
                birth_date: r.p_birth,
                relation: r.relation,
                phone: r.p_phone,
                email: r.p_email,
                address: r.p_address,
            },
        })
    }

    /// The history of an application, newest first.
    pub async fn application_history(&self, id: i64) -> Result<Vec<HistoryEntry>, StoreError> {
        let rows: Vec<(i64, NaiveDateTime, String, String, String, String)> = sqlx::query_as(
            "SELECT id, at, action, user_name, device_id, changes FROM history \
             WHERE entity = 'application' AND entity_id = ? ORDER BY at DESC, id DESC",
        )
        .bind(id)
        .fetch_all(&self.read)
        .await?;
        rows.into_iter()
            .map(|(id, at, action, user_name, device_id, changes)| {
                let changes = serde_json::from_str(&changes).map_err(|e| {
                    StoreError::InvalidInput(format!("history event {id} has bad changes: {e}"))
                })?;
                Ok(HistoryEntry {
                    id,
                    at,
                    action,
                    user_name,
                    device_id,
                    changes,
                })
            })
            .collect()
    }

    pub async fn application_documents(&self, id: i64) -> Result<Vec<DocumentEntry>, StoreError> {
        type Row = (
            i64,
            String,
            String,
            NaiveDateTime,
            Option<String>,
            bool,
            Option<String>,
            i64,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, kind, section, created_at, file_name, content IS NOT NULL, language, \
             signatures FROM documents WHERE application_id = ? ORDER BY created_at, id",
        )
        .bind(id)
        .fetch_all(&self.read)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, kind, section, created_at, file_name, has_content, language, signatures)| {
                    DocumentEntry {
                        id,
                        kind,
                        section,
                        created_at,
                        file_name,
                        has_content,
                        language,
                        signatures,
                    }
                },
            )
            .collect())
    }
}
