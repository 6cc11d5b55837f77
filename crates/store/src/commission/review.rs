//! The secretary's review of a voucher application (seed 000, figures 5.1–5.2) and "Save and
//! generate protocol": the review is saved and the local draft protocol of its number rebuilt.
//!
//! The draft's PDF is rendered by the caller between [`Store::review_draft_plan`] (what the
//! draft will hold, checked) and [`Store::save_review`], which checks again in its transaction
//! and refuses (`review_changed`) when the plan no longer matches, so the stored PDF always
//! shows the stored content.

use super::members::roster;
use super::protocols::{protocol_view, PresentMemberView, ProtocolView};
use super::{from_json, json, new_uid, record_on_applications, refused, refused_with};
use crate::outbox::change;
use crate::sql::{datetime_text, full_name};
use crate::{Actor, ApplicationCard, Store, StoreError};
use chrono::{NaiveDate, NaiveDateTime};
use kezek_sync::commission::{PresentMember, ReviewedApplication, DECISIONS};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use ts_rs::TS;

/// The checklist of submitted documents, by kind code (`document-kind-<code>`).
pub const REVIEW_DOCUMENT_KINDS: [&str; 2] = ["birth_certificate", "benefit_proof"];

/// Application statuses the commission reviews.
const REVIEWABLE: [&str; 2] = ["registered", "under_review"];

/// A line of the commission's list of voucher applications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReviewRow {
    #[ts(type = "number")]
    pub application_id: i64,
    pub number: String,
    pub child_name: String,
    pub child_personal_number: String,
    pub registered_at: NaiveDateTime,
    pub benefit_code: String,
    pub status: String,
    pub protocol_number: Option<String>,
    pub protocol_state: Option<String>,
    pub decision: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DocumentCheck {
    pub code: String,
    pub ticked: bool,
}

/// A roster member on the review form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MemberChoice {
    pub uid: String,
    pub full_name: String,
    pub position: String,
    pub role: String,
    /// Inactive members are shown, and cannot be ticked.
    pub active: bool,
    pub present: bool,
}

/// The review form of one voucher application.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoucherReview {
    #[ts(type = "number")]
    pub application_id: i64,
    pub card: ApplicationCard,
    pub benefit_code: String,
    /// Every benefit category code to choose from.
    pub benefit_codes: Vec<String>,
    pub documents: Vec<DocumentCheck>,
    pub other_documents: Vec<String>,
    /// The whole roster, inactive members too.
    pub members: Vec<MemberChoice>,
    pub comment: String,
    pub protocol_number: String,
    pub decision: Option<String>,
    pub protocol: Option<ProtocolView>,
    /// False once its protocol is sent or signed (or the application left review).
    pub editable: bool,
}

/// What "Save and generate protocol" sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReviewInput {
    #[ts(type = "number")]
    pub application_id: i64,
    pub benefit_code: String,
    pub documents: Vec<String>,
    pub other_documents: Vec<String>,
    /// Member uids.
    pub present: Vec<String>,
    pub comment: String,
    pub protocol_number: String,
    /// approved | rejected
    pub decision: String,
}

/// One application as a draft protocol will print it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftApplication {
    pub application_id: i64,
    pub number: String,
    pub child_name: String,
    pub birth_date: NaiveDate,
    pub benefit_code: String,
    pub documents: Vec<String>,
    pub other_documents: Vec<String>,
    pub decision: String,
    pub comment: String,
}

/// A draft protocol as it will be after the save: what the caller renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftProtocol {
    /// None: a new draft.
    pub uid: Option<String>,
    pub number: String,
    pub date: NaiveDate,
    pub language: String,
    /// The commission's name on the page (the district's, for now).
    pub commission: String,
    /// The active chairman of the roster; empty when there is none.
    pub chairman: String,
    pub present: Vec<PresentMemberView>,
    pub applications: Vec<DraftApplication>,
}

/// What a save will write: the draft of the review's number, and the draft the application
/// leaves when its number changed (`None` when there is none, or when it goes away empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftPlan {
    pub target: DraftProtocol,
    pub left: Option<DraftProtocol>,
    /// The uid of an empty draft the save deletes.
    pub removed: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Basics {
    number: String,
    kind: String,
    status: String,
    surname: String,
    given_name: String,
    patronymic: Option<String>,
    birth_date: NaiveDate,
    district: String,
}

const BASICS: &str = "SELECT a.number, a.kind, a.status, c.surname, c.given_name, c.patronymic, \
     c.birth_date, d.name AS district FROM applications a \
     JOIN children c ON c.id = a.child_id \
     JOIN localities l ON l.id = a.locality_id JOIN districts d ON d.id = l.district_id \
     WHERE a.id = ?";

async fn basics(conn: &mut SqliteConnection, id: i64) -> Result<Basics, StoreError> {
    sqlx::query_as(BASICS)
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound("application"))
}

#[derive(sqlx::FromRow)]
struct SavedReview {
    protocol_uid: Option<String>,
    benefit_code: String,
    documents: String,
    other_documents: String,
    present: String,
    decision: Option<String>,
    comment: String,
    protocol_number: String,
}

async fn saved_review(
    conn: &mut SqliteConnection,
    id: i64,
) -> Result<Option<SavedReview>, sqlx::Error> {
    sqlx::query_as(
        "SELECT protocol_uid, benefit_code, documents, other_documents, present, decision, \
         comment, protocol_number FROM voucher_reviews WHERE application_id = ?",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// The state of a protocol, if any.
async fn protocol_state(
    conn: &mut SqliteConnection,
    uid: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT number, state FROM protocols WHERE uid = ?")
        .bind(uid)
        .fetch_optional(conn)
        .await
}

fn locked(state: &str) -> bool {
    matches!(state, "sent_for_signature" | "signed")
}

/// The reviews of a protocol other than `except`, as a draft prints them.
async fn draft_applications(
    conn: &mut SqliteConnection,
    uid: &str,
    except: i64,
) -> Result<Vec<DraftApplication>, StoreError> {
    type Row = (i64, String, String, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT application_id, benefit_code, documents, other_documents, \
         COALESCE(decision, 'approved'), comment FROM voucher_reviews \
         WHERE protocol_uid = ? AND application_id <> ?",
    )
    .bind(uid)
    .bind(except)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for (id, benefit_code, documents, others, decision, comment) in rows {
        let b = basics(&mut *conn, id).await?;
        out.push(DraftApplication {
            application_id: id,
            number: b.number,
            child_name: full_name(&b.surname, &b.given_name, b.patronymic.as_deref()),
            birth_date: b.birth_date,
            benefit_code,
            documents: from_json("review documents", &documents)?,
            other_documents: from_json("review documents", &others)?,
            decision,
            comment,
        });
    }
    Ok(out)
}

fn sort_applications(apps: &mut [DraftApplication]) {
    apps.sort_by(|a, b| {
        a.number
            .cmp(&b.number)
            .then(a.application_id.cmp(&b.application_id))
    });
}

fn role_rank(role: &str) -> u8 {
    match role {
        "chairman" => 0,
        "secretary" => 1,
        _ => 2,
    }
}

/// Checks the input against the store and works out the drafts a save will write.
async fn plan(
    conn: &mut SqliteConnection,
    input: &ReviewInput,
    language: &str,
    date: NaiveDate,
) -> Result<DraftPlan, StoreError> {
    let id = input.application_id;
    let app = basics(&mut *conn, id).await?;
    if app.kind != "voucher" {
        return Err(refused_with(
            "not_a_voucher_application",
            format!("application {} is not a voucher application", app.number),
            "number",
            app.number,
        ));
    }
    let saved = saved_review(&mut *conn, id).await?;
    let old_uid = saved.as_ref().and_then(|r| r.protocol_uid.clone());
    if let Some(uid) = &old_uid {
        if let Some((number, state)) = protocol_state(&mut *conn, uid).await? {
            if locked(&state) {
                return Err(refused_with(
                    "application_not_editable",
                    format!("the application is in protocol {number}, {state}"),
                    "number",
                    number,
                ));
            }
        }
    }
    if !REVIEWABLE.contains(&app.status.as_str()) {
        return Err(refused_with(
            "not_under_review",
            format!("application {} is {}", app.number, app.status),
            "status",
            app.status,
        ));
    }
    let benefit: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM benefit_categories WHERE code = ?")
            .bind(&input.benefit_code)
            .fetch_optional(&mut *conn)
            .await?;
    if benefit.is_none() {
        return Err(refused_with(
            "benefit",
            format!("no benefit category {:?}", input.benefit_code),
            "code",
            input.benefit_code.clone(),
        ));
    }
    if input.present.is_empty() {
        return Err(refused("no_members_present", "no member is marked present"));
    }
    let roster = roster(&mut *conn).await?;
    let mut present = Vec::new();
    for uid in &input.present {
        let Some(m) = roster.iter().find(|m| &m.uid == uid) else {
            return Err(refused_with(
                "not_a_member",
                format!("no member {uid} on the roster"),
                "member",
                uid.clone(),
            ));
        };
        if !m.active {
            return Err(refused_with(
                "inactive_member",
                format!("{} is not an active member", m.full_name),
                "member",
                m.full_name.clone(),
            ));
        }
        if !present.iter().any(|p: &PresentMemberView| p.uid == m.uid) {
            present.push(PresentMemberView {
                uid: m.uid.clone(),
                full_name: m.full_name.clone(),
                position: m.position.clone(),
                role: m.role.clone(),
            });
        }
    }
    present.sort_by(|a, b| {
        (role_rank(&a.role), &a.full_name).cmp(&(role_rank(&b.role), &b.full_name))
    });
    let number = input.protocol_number.trim().to_string();
    if number.is_empty() {
        return Err(refused("protocol_number", "the protocol number is empty"));
    }
    if !DECISIONS.contains(&input.decision.as_str()) {
        return Err(refused_with(
            "decision",
            format!("no decision {:?}", input.decision),
            "decision",
            input.decision.clone(),
        ));
    }
    let same_number: Vec<(String, String)> = sqlx::query_as(
        "SELECT uid, state FROM protocols WHERE number = ? ORDER BY updated_at DESC",
    )
    .bind(&number)
    .fetch_all(&mut *conn)
    .await?;
    let open = same_number
        .iter()
        .find(|(_, s)| matches!(s.as_str(), "draft" | "returned"));
    if open.is_none() && !same_number.is_empty() {
        return Err(refused_with(
            "protocol_closed",
            format!("protocol {number} is sent or signed already"),
            "number",
            number,
        ));
    }
    let target_uid = open.map(|(uid, _)| uid.clone());
    let mut applications = match &target_uid {
        Some(uid) => draft_applications(&mut *conn, uid, id).await?,
        None => vec![],
    };
    applications.push(DraftApplication {
        application_id: id,
        number: app.number.clone(),
        child_name: full_name(&app.surname, &app.given_name, app.patronymic.as_deref()),
        birth_date: app.birth_date,
        benefit_code: input.benefit_code.clone(),
        documents: input.documents.clone(),
        other_documents: input.other_documents.clone(),
        decision: input.decision.clone(),
        comment: input.comment.clone(),
    });
    sort_applications(&mut applications);
    let chairman = roster
        .iter()
        .find(|m| m.active && m.role == "chairman")
        .map(|m| m.full_name.clone())
        .unwrap_or_default();
    let target = DraftProtocol {
        uid: target_uid.clone(),
        number,
        date,
        language: language.to_string(),
        commission: app.district.clone(),
        chairman: chairman.clone(),
        present,
        applications,
    };
    let (mut left, mut removed) = (None, None);
    if let Some(old) = old_uid.filter(|old| Some(old) != target_uid.as_ref()) {
        let rest = draft_applications(&mut *conn, &old, id).await?;
        let row: Option<(String, String, Option<i64>, String)> =
            sqlx::query_as("SELECT number, state, server_id, present FROM protocols WHERE uid = ?")
                .bind(&old)
                .fetch_optional(&mut *conn)
                .await?;
        if let Some((number, state, server_id, old_present)) = row {
            if rest.is_empty() && state == "draft" && server_id.is_none() {
                removed = Some(old);
            } else {
                let old_present: Vec<PresentMember> = from_json("protocol present", &old_present)?;
                let mut rest = rest;
                sort_applications(&mut rest);
                left = Some(DraftProtocol {
                    uid: Some(old),
                    number,
                    date,
                    language: language.to_string(),
                    commission: app.district,
                    chairman,
                    present: old_present
                        .into_iter()
                        .map(PresentMemberView::from)
                        .collect(),
                    applications: rest,
                });
            }
        }
    }
    Ok(DraftPlan {
        target,
        left,
        removed,
    })
}

fn reviewed(a: &DraftApplication) -> ReviewedApplication {
    ReviewedApplication {
        application_id: a.application_id,
        benefit_code: a.benefit_code.clone(),
        documents: a.documents.clone(),
        other_documents: a.other_documents.clone(),
        decision: a.decision.clone(),
        comment: a.comment.clone(),
    }
}

/// Writes a draft's row: a new one, or the content and PDF of an open one.
async fn write_draft(
    conn: &mut SqliteConnection,
    uid: &str,
    draft: &DraftProtocol,
    pdf: &[u8],
    at: &str,
) -> Result<(), sqlx::Error> {
    let present: Vec<PresentMember> = draft.present.iter().cloned().map(Into::into).collect();
    let apps: Vec<ReviewedApplication> = draft.applications.iter().map(reviewed).collect();
    sqlx::query(
        "INSERT INTO protocols (uid, number, date, language, state, present, applications, \
         pdf, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE \
         SET date = excluded.date, language = excluded.language, present = excluded.present, \
         applications = excluded.applications, pdf = excluded.pdf, \
         updated_at = excluded.updated_at",
    )
    .bind(uid)
    .bind(&draft.number)
    .bind(crate::sql::date_text(draft.date))
    .bind(&draft.language)
    .bind(json(&present))
    .bind(json(&apps))
    .bind(pdf)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// The voucher applications the commission works on: under review or registered, and any
    /// already in a local protocol; newest first.
    pub async fn voucher_reviews(&self) -> Result<Vec<ReviewRow>, StoreError> {
        type Row = (
            i64,
            String,
            String,
            String,
            Option<String>,
            String,
            NaiveDateTime,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.number, c.surname, c.given_name, c.patronymic, c.personal_number, \
               a.registered_at, COALESCE(r.benefit_code, b.code), a.status, \
               COALESCE(p.number, NULLIF(r.protocol_number, '')), p.state, r.decision \
             FROM applications a \
             JOIN children c ON c.id = a.child_id \
             JOIN benefit_categories b ON b.id = a.benefit_category_id \
             LEFT JOIN voucher_reviews r ON r.application_id = a.id \
             LEFT JOIN protocols p ON p.uid = r.protocol_uid \
             WHERE a.kind = 'voucher' AND a.id IN ( \
               SELECT id FROM applications WHERE status IN ('registered', 'under_review') \
               UNION SELECT application_id FROM voucher_reviews WHERE protocol_uid IS NOT NULL) \
             ORDER BY a.registered_at DESC, a.id DESC",
        )
        .fetch_all(&self.read)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, number, s, g, p, pn, at, benefit, status, pnum, pstate, decision)| {
                    ReviewRow {
                        application_id: id,
                        number,
                        child_name: full_name(&s, &g, p.as_deref()),
                        child_personal_number: pn,
                        registered_at: at,
                        benefit_code: benefit,
                        status,
                        protocol_number: pnum,
                        protocol_state: pstate,
                        decision,
                    }
                },
            )
            .collect())
    }

    /// The review form of a voucher application: the saved review, or defaults (the
    /// application's benefit, its documents ticked, the number and members of the newest open
    /// draft).
    pub async fn voucher_review(&self, application_id: i64) -> Result<VoucherReview, StoreError> {
        let card = self.application_card(application_id).await?;
        let mut conn = self.read.acquire().await?;
        if card.kind != "voucher" {
            return Err(refused_with(
                "not_a_voucher_application",
                format!("application {} is not a voucher application", card.number),
                "number",
                card.number.clone(),
            ));
        }
        let benefit_codes: Vec<String> =
            sqlx::query_scalar("SELECT code FROM benefit_categories ORDER BY id")
                .fetch_all(&mut *conn)
                .await?;
        let saved = saved_review(&mut conn, application_id).await?;
        let roster = roster(&mut conn).await?;
        let (benefit_code, ticked, other_documents, present, comment, number, decision) =
            match &saved {
                Some(r) => (
                    r.benefit_code.clone(),
                    from_json::<Vec<String>>("review documents", &r.documents)?,
                    from_json::<Vec<String>>("review documents", &r.other_documents)?,
                    from_json::<Vec<String>>("review present", &r.present)?,
                    r.comment.clone(),
                    r.protocol_number.clone(),
                    r.decision.clone(),
                ),
                None => {
                    let kinds: Vec<String> = sqlx::query_scalar(
                        "SELECT DISTINCT kind FROM documents WHERE application_id = ? \
                         AND section = 'attachment'",
                    )
                    .bind(application_id)
                    .fetch_all(&mut *conn)
                    .await?;
                    let open: Option<(String, String)> = sqlx::query_as(
                        "SELECT number, present FROM protocols WHERE state = 'draft' \
                         ORDER BY updated_at DESC LIMIT 1",
                    )
                    .fetch_optional(&mut *conn)
                    .await?;
                    let (number, present) = match open {
                        Some((number, present)) => {
                            let present: Vec<PresentMember> =
                                from_json("protocol present", &present)?;
                            (number, present.into_iter().map(|p| p.uid).collect())
                        }
                        None => (String::new(), vec![]),
                    };
                    (
                        card.benefit_category.clone(),
                        kinds,
                        vec![],
                        present,
                        String::new(),
                        number,
                        None,
                    )
                }
            };
        let documents = REVIEW_DOCUMENT_KINDS
            .iter()
            .map(|code| DocumentCheck {
                code: (*code).into(),
                ticked: ticked.iter().any(|t| t == code),
            })
            .collect();
        let members = roster
            .into_iter()
            .map(|m| MemberChoice {
                present: m.active && present.contains(&m.uid),
                uid: m.uid,
                full_name: m.full_name,
                position: m.position,
                role: m.role,
                active: m.active,
            })
            .collect();
        let protocol = match saved.as_ref().and_then(|r| r.protocol_uid.as_deref()) {
            Some(uid) => protocol_view(&mut conn, uid).await?,
            None => None,
        };
        let editable = REVIEWABLE.contains(&card.status.as_str())
            && !protocol.as_ref().is_some_and(|p| locked(&p.state));
        Ok(VoucherReview {
            application_id,
            card,
            benefit_code,
            benefit_codes,
            documents,
            other_documents,
            members,
            comment,
            protocol_number: number,
            decision,
            protocol,
            editable,
        })
    }

    /// Checks a review and works out the drafts its save will write, for the caller to render.
    pub async fn review_draft_plan(
        &self,
        input: &ReviewInput,
        language: &str,
        date: NaiveDate,
    ) -> Result<DraftPlan, StoreError> {
        let mut conn = self.read.acquire().await?;
        plan(&mut conn, input, language, date).await
    }

    /// Saves the review and the drafts of `plan` with their PDFs (`pdfs`: the target's, then
    /// the left draft's if any), with history events, in one transaction. Refused
    /// (`review_changed`) when the store moved since the plan was made.
    pub async fn save_review(
        &self,
        input: &ReviewInput,
        expected: &DraftPlan,
        pdfs: &[Vec<u8>],
        actor: &Actor,
    ) -> Result<ProtocolView, StoreError> {
        let mut tx = self.write.begin().await?;
        let t = &expected.target;
        let now = plan(&mut tx, input, &t.language, t.date).await?;
        if &now != expected {
            return Err(refused(
                "review_changed",
                "the roster or the protocol changed meanwhile; save again",
            ));
        }
        let at = datetime_text(actor.at);
        let uid = t.uid.clone().unwrap_or_else(new_uid);
        let target_pdf = pdfs
            .first()
            .ok_or(StoreError::InvalidInput("no PDF".into()))?;
        write_draft(&mut tx, &uid, t, target_pdf, &at).await?;
        let present: Vec<&str> = t.present.iter().map(|p| p.uid.as_str()).collect();
        sqlx::query(
            "INSERT INTO voucher_reviews (application_id, protocol_uid, benefit_code, documents, \
             other_documents, present, decision, comment, protocol_number, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (application_id) DO UPDATE SET \
             protocol_uid = excluded.protocol_uid, benefit_code = excluded.benefit_code, \
             documents = excluded.documents, other_documents = excluded.other_documents, \
             present = excluded.present, decision = excluded.decision, \
             comment = excluded.comment, protocol_number = excluded.protocol_number, \
             updated_at = excluded.updated_at",
        )
        .bind(input.application_id)
        .bind(&uid)
        .bind(&input.benefit_code)
        .bind(json(&input.documents))
        .bind(json(&input.other_documents))
        .bind(json(&present))
        .bind(&input.decision)
        .bind(&input.comment)
        .bind(&t.number)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
        if let Some(left) = &expected.left {
            let pdf = pdfs
                .get(1)
                .ok_or(StoreError::InvalidInput("no PDF".into()))?;
            let left_uid = left.uid.as_deref().expect("an existing draft");
            write_draft(&mut tx, left_uid, left, pdf, &at).await?;
        }
        if let Some(removed) = &expected.removed {
            sqlx::query("DELETE FROM protocols WHERE uid = ?")
                .bind(removed)
                .execute(&mut *tx)
                .await?;
        }
        let id = [input.application_id];
        let changes = vec![
            change("benefit", None, Some(input.benefit_code.clone())),
            change("decision", None, Some(input.decision.clone())),
            change("protocol_number", None, Some(t.number.clone())),
            change("members_present", None, Some(present.len().to_string())),
        ];
        record_on_applications(&mut tx, self, actor, &id, "review_saved", changes).await?;
        let changes = vec![
            change("protocol_number", None, Some(t.number.clone())),
            change("applications", None, Some(t.applications.len().to_string())),
        ];
        record_on_applications(
            &mut tx,
            self,
            actor,
            &id,
            "protocol_draft_generated",
            changes,
        )
        .await?;
        let view = protocol_view(&mut tx, &uid).await?.expect("just written");
        tx.commit().await?;
        Ok(view)
    }
}
