//! The voucher commission (seed 000, docs/commission.md): the secretary's roster, reviews and
//! draft protocols, and the chairman's return or signature.
//!
//! Here: the checks of what people type (the store checks what depends on its rows, in its
//! transactions), rendering the protocol PDF with `kezek-documents` before the store's
//! transaction, and signing it with a kept key. Every move works offline: it is a local change
//! plus an outbox mutation the next sync pushes.
//!
//! Refusals are `invalid_input` with a `reason` the UI translates as `commission-error-<reason>`
//! (locales/*/commission-history.ftl), and the chairman's moves by someone else `forbidden`.

use crate::error::{ApiError, ErrorCode};
use crate::passwords::Remember;
use crate::{actor, now, Kezek};
use chrono::Utc;
use kezek_documents::{Decision, Document, Member, ProtocolApplication, SubmittedDocument};
use kezek_domain::{AnyPersonalNumber, PersonalNumber};
use kezek_store::{
    CommissionMember, DraftProtocol, MemberInput, ProtocolView, ReviewInput, ReviewRow,
    VoucherReview, REVIEW_DOCUMENT_KINDS,
};
use kezek_sync::commission::MEMBER_ROLES;

/// The server's role of a commission's chairman.
const CHAIRMAN_ROLE: &str = "commission_chairman";

fn refused(reason: &str, detail: impl Into<String>) -> ApiError {
    ApiError::invalid_input(detail).with_arg("reason", reason)
}

/// Trims a text; `None` when nothing is left.
fn optional(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

fn required(text: &str, reason: &str, what: &str) -> Result<String, ApiError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(refused(reason, format!("the {what} is empty")));
    }
    Ok(text.to_owned())
}

/// A phone number as people type it: digits with spaces, dashes, brackets and a leading plus;
/// 7 to 15 digits (E.164's upper bound).
fn plausible_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0));
    allowed && (7..=15).contains(&digits)
}

/// Checks and normalises the member form; returns it with the birth date its PIN/IIN gives.
fn checked_member(input: MemberInput) -> Result<(MemberInput, chrono::NaiveDate), ApiError> {
    let number = AnyPersonalNumber::parse(&input.personal_number).map_err(|e| {
        refused("personal_number", format!("{}: {e}", input.personal_number))
            .with_arg("cause", e.code())
    })?;
    let surname = required(&input.surname, "name", "surname")?;
    let given_name = required(&input.given_name, "name", "given name")?;
    let position = required(&input.position, "position", "position")?;
    let phone = required(&input.phone, "phone", "phone")?;
    if !plausible_phone(&phone) {
        return Err(refused("phone", format!("{phone:?} is not a phone number")));
    }
    let email = optional(input.email.as_deref());
    if let Some(e) = email
        .as_deref()
        .filter(|e| !kezek_domain::plausible_email(e))
    {
        return Err(refused("email", format!("{e:?} is not an e-mail address")));
    }
    if !MEMBER_ROLES.contains(&input.role.as_str()) {
        return Err(
            refused("role", format!("no role {:?}", input.role)).with_arg("role", input.role)
        );
    }
    let birth_date = number.birth_date();
    Ok((
        MemberInput {
            uid: optional(input.uid.as_deref()),
            personal_number: number.as_str().to_owned(),
            surname,
            given_name,
            patronymic: optional(input.patronymic.as_deref()),
            position,
            phone,
            email,
            role: input.role,
            active: input.active,
        },
        birth_date,
    ))
}

/// Trims the review form (the number, the typed documents, the comment; empty ones dropped,
/// repeats too) and checks the ticked documents are kinds of the checklist.
fn normalised_review(mut input: ReviewInput) -> Result<ReviewInput, ApiError> {
    input.protocol_number = input.protocol_number.trim().to_owned();
    input.benefit_code = input.benefit_code.trim().to_owned();
    input.comment = input.comment.trim().to_owned();
    input.other_documents = input
        .other_documents
        .iter()
        .filter_map(|d| optional(Some(d)))
        .collect();
    let mut documents: Vec<String> = Vec::new();
    for d in input.documents.iter().filter_map(|d| optional(Some(d))) {
        if !documents.contains(&d) {
            documents.push(d);
        }
    }
    if let Some(d) = documents
        .iter()
        .find(|d| !REVIEW_DOCUMENT_KINDS.contains(&d.as_str()))
    {
        return Err(refused("document", format!("no document kind {d:?}")).with_arg("code", d));
    }
    input.documents = documents;
    let mut present: Vec<String> = Vec::new();
    for uid in &input.present {
        if !present.contains(uid) {
            present.push(uid.clone());
        }
    }
    input.present = present;
    Ok(input)
}

/// Renders a draft protocol (no await here: a document is not `Send`).
fn render(draft: &DraftProtocol, secretary: &str) -> Result<Vec<u8>, ApiError> {
    let protocol = kezek_documents::Protocol {
        number: draft.number.clone(),
        date: draft.date,
        commission: draft.commission.clone(),
        present: draft
            .present
            .iter()
            .map(|m| Member {
                full_name: m.full_name.clone(),
                position: m.position.clone(),
            })
            .collect(),
        applications: draft
            .applications
            .iter()
            .map(|a| ProtocolApplication {
                child: a.child_name.clone(),
                birth_date: a.birth_date,
                benefit: a.benefit_code.clone(),
                documents: a
                    .documents
                    .iter()
                    .cloned()
                    .map(SubmittedDocument::Kind)
                    .chain(
                        a.other_documents
                            .iter()
                            .cloned()
                            .map(SubmittedDocument::Other),
                    )
                    .collect(),
                decision: if a.decision == "approved" {
                    Decision::Approved
                } else {
                    Decision::Rejected
                },
                comment: a.comment.clone(),
            })
            .collect(),
        comment: String::new(),
        chairman: draft.chairman.clone(),
        secretary: secretary.to_owned(),
    };
    let identifier = format!("{}/{}", draft.number, protocol.kind().code());
    protocol
        .render(&draft.language, &identifier)
        .map_err(|e| ApiError::new(ErrorCode::Document, e.to_string()).with_arg("reason", e.code()))
}

impl Kezek {
    /// The person acting, by name: the signed-in account's full name, else the login.
    fn full_name_of_user(&self) -> String {
        self.account_status()
            .user
            .map(|u| u.full_name)
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| self.user_name())
    }

    /// Only a commission's chairman returns or signs; without a server (demo) anyone may.
    fn ensure_chairman(&self) -> Result<(), ApiError> {
        match self.account_status().user {
            Some(u) if u.role != CHAIRMAN_ROLE => Err(ApiError::new(
                ErrorCode::Forbidden,
                format!(
                    "only the commission's chairman may do this, not a {}",
                    u.role
                ),
            )
            .with_arg("reason", "not_chairman")),
            _ => Ok(()),
        }
    }

    /// The roster: active members first, then by name.
    pub async fn commission_members(&self) -> Result<Vec<CommissionMember>, ApiError> {
        Ok(self.store.commission_members().await?)
    }

    /// Adds (`uid` none) or changes a member, after checking every field; the birth date comes
    /// from the PIN/IIN.
    pub async fn save_commission_member(
        &self,
        input: MemberInput,
    ) -> Result<CommissionMember, ApiError> {
        let (input, birth_date) = checked_member(input)?;
        Ok(self
            .store
            .save_commission_member(&input, birth_date, &actor(self), Utc::now())
            .await?)
    }

    pub async fn remove_commission_member(&self, uid: &str) -> Result<(), ApiError> {
        Ok(self
            .store
            .remove_commission_member(uid, &actor(self), Utc::now())
            .await?)
    }

    /// Voucher applications under review or registered, and those in a local protocol.
    pub async fn voucher_reviews(&self) -> Result<Vec<ReviewRow>, ApiError> {
        Ok(self.store.voucher_reviews().await?)
    }

    pub async fn voucher_review(&self, application_id: i64) -> Result<VoucherReview, ApiError> {
        Ok(self.store.voucher_review(application_id).await?)
    }

    /// "Save and generate protocol": saves the review and rebuilds the draft protocol of its
    /// number (and the one the application left), each with its PDF in `language`.
    pub async fn save_review(
        &self,
        input: ReviewInput,
        language: &str,
    ) -> Result<ProtocolView, ApiError> {
        if !kezek_i18n::LANGUAGES.contains(&language) {
            return Err(
                ApiError::invalid_input(format!("unknown language {language}"))
                    .with_arg("reason", "language"),
            );
        }
        let input = normalised_review(input)?;
        let plan = self
            .store
            .review_draft_plan(&input, language, now().date())
            .await?;
        let secretary = self.full_name_of_user();
        let mut pdfs = vec![render(&plan.target, &secretary)?];
        if let Some(left) = &plan.left {
            pdfs.push(render(left, &secretary)?);
        }
        Ok(self
            .store
            .save_review(&input, &plan, &pdfs, &actor(self))
            .await?)
    }

    /// Every local protocol: drafts, waiting for signature, returned, signed.
    pub async fn protocols(&self) -> Result<Vec<ProtocolView>, ApiError> {
        Ok(self.store.protocols().await?)
    }

    /// The protocol's PDF: signed once signed, else the draft.
    pub async fn protocol_pdf(&self, uid: &str) -> Result<Vec<u8>, ApiError> {
        Ok(self.store.protocol_pdf(uid).await?)
    }

    /// Sends a draft or returned protocol for the chairman's signature (`protocol.send`).
    pub async fn send_protocol(&self, uid: &str) -> Result<ProtocolView, ApiError> {
        Ok(self
            .store
            .send_protocol(uid, &actor(self), Utc::now())
            .await?)
    }

    /// The chairman returns a protocol to the secretary with a reason (`protocol.return`).
    pub async fn return_protocol(&self, uid: &str, reason: &str) -> Result<ProtocolView, ApiError> {
        self.ensure_chairman()?;
        let by = self.full_name_of_user();
        Ok(self
            .store
            .return_protocol(uid, reason, &by, &actor(self), Utc::now())
            .await?)
    }

    /// The chairman signs the protocol's PDF with a kept key; the signed file is kept and goes
    /// out as `protocol.sign` (offline too: it waits in the outbox).
    pub async fn sign_protocol(
        &self,
        uid: &str,
        key_id: i64,
        password: Option<&str>,
        remember: Remember,
    ) -> Result<ProtocolView, ApiError> {
        self.ensure_chairman()?;
        let protocol = self.store.protocol_for_signing(uid).await?;
        if protocol.state != "sent_for_signature" {
            return Err(refused(
                "wrong_state",
                format!("a protocol {} cannot be signed", protocol.state),
            )
            .with_arg("state", protocol.state));
        }
        let signed = self
            .sign_with_kept_key(key_id, password, remember, &protocol.pdf)
            .await?;
        let signer = signed
            .signer
            .common_name
            .clone()
            .unwrap_or_else(|| signed.signer.subject.clone());
        Ok(self
            .store
            .store_signed_protocol(
                uid,
                &signed.bytes,
                &self.full_name_of_user(),
                &signer,
                Utc::now(),
                &actor(self),
            )
            .await?)
    }

    /// A small roster for the demo data's Kyrgyz commission, written without outbox (there is
    /// no server in demo mode): chairman, secretary, three members of which one is inactive.
    pub(crate) async fn seed_demo_roster(&self) -> Result<(), ApiError> {
        use chrono::NaiveDate;
        use kezek_domain::{Pin, Sex};
        let member = |pin: Pin,
                      surname: &str,
                      given: &str,
                      patronymic: &str,
                      position: &str,
                      phone: &str,
                      role: &str,
                      active: bool| {
            let birth_date = pin.birth_date();
            let input = MemberInput {
                uid: None,
                personal_number: pin.as_str().to_owned(),
                surname: surname.into(),
                given_name: given.into(),
                patronymic: Some(patronymic.into()),
                position: position.into(),
                phone: phone.into(),
                email: None,
                role: role.into(),
                active,
            };
            (input, birth_date)
        };
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("a real date");
        let members = [
            member(
                Pin::compose(d(1971, 3, 14), Sex::Male, 4512, 3),
                "Асанов",
                "Бакыт",
                "Жумабекович",
                "Заместитель главы районной администрации",
                "+996 555 101 201",
                "chairman",
                true,
            ),
            member(
                Pin::compose(d(1986, 9, 2), Sex::Female, 3308, 1),
                "Токтогулова",
                "Айгүл",
                "Садыковна",
                "Ответственный секретарь комиссии",
                "+996 555 101 202",
                "secretary",
                true,
            ),
            member(
                Pin::compose(d(1979, 11, 23), Sex::Male, 2741, 7),
                "Исмаилов",
                "Нурлан",
                "Маратович",
                "Начальник районного управления образования",
                "+996 700 101 203",
                "member",
                true,
            ),
            member(
                Pin::compose(d(1983, 5, 30), Sex::Female, 1954, 2),
                "Абдыкадырова",
                "Жылдыз",
                "Таалайбековна",
                "Специалист управления социального развития",
                "+996 700 101 204",
                "member",
                true,
            ),
            member(
                Pin::compose(d(1968, 1, 9), Sex::Male, 6610, 5),
                "Осмонов",
                "Эрлан",
                "Бекболотович",
                "Депутат местного кенеша",
                "+996 770 101 205",
                "member",
                false,
            ),
        ];
        Ok(self
            .store
            .seed_commission_members(&members, &actor(self))
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_as_people_type_them() {
        for ok in ["+996 555 123 456", "8 (7132) 55-66-77", "0555123456"] {
            assert!(plausible_phone(ok), "{ok}");
        }
        for bad in ["12-34", "+996 555 abc", "555+123456", "1234567890123456"] {
            assert!(!plausible_phone(bad), "{bad}");
        }
    }
}
