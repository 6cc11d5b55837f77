//! An application's documents: generate (registration notice, child's card) from its record in
//! a chosen language, read the PDF, check and add signatures.

use crate::error::{ApiError, ErrorCode};
use crate::passwords::Remember;
use crate::signing::VerificationReport;
use crate::{actor, now, Kezek};
use kezek_documents::{
    Applicant, ApplicationStatus, ChildCard, Country, Document, DocumentError, RegistrationNotice,
    Relation,
};
use kezek_domain::AnyPersonalNumber;
use kezek_store::{ApplicationCard, DocumentEntry, HistoryEntry, NewDocument};

/// The document kinds the card can generate, by their store codes.
pub const GENERATED_KINDS: [&str; 2] = ["registration_notice", "child_card"];

impl Kezek {
    /// Makes a document of `application_id` in `language`, keeps it, and records it in the
    /// application's history.
    pub async fn generate_document(
        &self,
        application_id: i64,
        kind: &str,
        language: &str,
    ) -> Result<DocumentEntry, ApiError> {
        if !kezek_i18n::LANGUAGES.contains(&language) {
            return Err(
                ApiError::invalid_input(format!("unknown language {language}"))
                    .with_arg("reason", "language"),
            );
        }
        let card = self.store.application_card(application_id).await?;
        let history = if kind == "child_card" {
            self.store.application_history(application_id).await?
        } else {
            vec![]
        };
        let (hash, pdf) = render(kind, &card, &history, &self.user_name(), language)?;
        let id = self
            .store
            .add_document(
                &NewDocument {
                    application_id,
                    kind: kind.to_string(),
                    file_name: format!("{}-{}-{language}.pdf", kind.replace('_', "-"), card.number),
                    language: language.to_string(),
                    content_hash: hash,
                    content: pdf,
                },
                &actor(self),
            )
            .await?;
        self.store
            .application_documents(application_id)
            .await?
            .into_iter()
            .find(|d| d.id == id)
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "document"))
    }

    /// A document's PDF bytes.
    pub async fn document_pdf(&self, id: i64) -> Result<Vec<u8>, ApiError> {
        self.store
            .document_file(id)
            .await?
            .content
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "the document has no file"))
    }

    /// The signatures of a document's PDF; an unsigned one has an empty list.
    pub async fn document_signatures(&self, id: i64) -> Result<VerificationReport, ApiError> {
        let file = self.store.document_file(id).await?;
        if file.signatures == 0 {
            return Ok(VerificationReport {
                format: "pdf".into(),
                signatures: vec![],
            });
        }
        let pdf = file
            .content
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "the document has no file"))?;
        self.verify(&pdf, None).await
    }

    /// Adds a signature with a kept key to a document's PDF (after the ones it has), keeps the
    /// signed file, and records the signature in the application's history.
    pub async fn sign_document(
        &self,
        id: i64,
        key_id: i64,
        password: Option<&str>,
        remember: Remember,
    ) -> Result<VerificationReport, ApiError> {
        let file = self.store.document_file(id).await?;
        let pdf = file
            .content
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "the document has no file"))?;
        let signed = self
            .sign_with_kept_key(key_id, password, remember, &pdf)
            .await?;
        let signer = signed
            .signer
            .common_name
            .clone()
            .unwrap_or_else(|| signed.signer.subject.clone());
        self.store
            .store_signed_document(id, file.signatures, &signed.bytes, &signer, &actor(self))
            .await?;
        self.verify(&signed.bytes, None).await
    }
}

/// Builds and renders the document (no await here: a document is not `Send`). Returns its
/// content hash and its PDF.
fn render(
    kind: &str,
    card: &ApplicationCard,
    history: &[HistoryEntry],
    user: &str,
    language: &str,
) -> Result<(String, Vec<u8>), ApiError> {
    let document: Box<dyn Document> = match kind {
        "registration_notice" => Box::new(registration_notice(card, user)?),
        "child_card" => Box::new(child_card(card, history)?),
        other => {
            return Err(ApiError::invalid_input(format!(
                "documents of kind {other} are not generated from an application"
            ))
            .with_arg("reason", "document_kind"))
        }
    };
    let hash = document.content_hash(language);
    // The identifier a verifier looks up: the application and the kind (the hash follows it
    // in the QR code).
    let identifier = format!("{}/{}", card.number, document.kind().code());
    let pdf = document
        .render(language, &identifier)
        .map_err(document_error)?;
    Ok((hash, pdf))
}

fn document_error(e: DocumentError) -> ApiError {
    ApiError::new(ErrorCode::Document, e.to_string()).with_arg("reason", e.code())
}

fn country_of(personal_number: &str) -> Country {
    match AnyPersonalNumber::parse(personal_number) {
        Ok(AnyPersonalNumber::Pin(_)) => Country::Kg,
        _ => Country::Kz,
    }
}

fn benefit(card: &ApplicationCard) -> Option<String> {
    (card.benefit_category != "none").then(|| card.benefit_category.clone())
}

fn queue_number(card: &ApplicationCard) -> Result<u32, ApiError> {
    card.queue_position
        .and_then(|p| u32::try_from(p).ok())
        .ok_or_else(|| {
            ApiError::invalid_input("the application has no place in a queue")
                .with_arg("reason", "not_in_queue")
        })
}

fn child(card: &ApplicationCard) -> kezek_documents::Child {
    kezek_documents::Child {
        full_name: card.child.full_name.clone(),
        personal_number: card.child.personal_number.clone(),
        birth_date: card.child.birth_date,
    }
}

fn registration_notice(card: &ApplicationCard, user: &str) -> Result<RegistrationNotice, ApiError> {
    Ok(RegistrationNotice {
        application_number: card.number.clone(),
        registered_at: card.registered_at,
        country: country_of(&card.child.personal_number),
        child: child(card),
        applicant: card.applicant.full_name.clone(),
        locality: card.locality.clone(),
        district: card.district.clone(),
        kindergartens: vec![],
        benefit: benefit(card),
        queue_number: queue_number(card)?,
        benefit_queue_number: benefit(card)
            .and(card.benefit_queue_position)
            .and_then(|p| u32::try_from(p).ok()),
        issued_by: user.to_string(),
    })
}

fn child_card(card: &ApplicationCard, history: &[HistoryEntry]) -> Result<ChildCard, ApiError> {
    let relation = match card.applicant.relation.as_str() {
        "father" => Relation::Father,
        "mother" => Relation::Mother,
        _ => Relation::Guardian,
    };
    let status = ApplicationStatus::from_code(&card.status).ok_or_else(|| {
        ApiError::new(
            ErrorCode::Internal,
            format!("unknown status {}", card.status),
        )
    })?;
    let mut events: Vec<kezek_documents::HistoryEntry> = history
        .iter()
        .map(|h| kezek_documents::HistoryEntry {
            at: h.at,
            action: h.action.clone(),
            note: String::new(),
        })
        .collect();
    events.sort_by_key(|e| e.at);
    Ok(ChildCard {
        application_number: card.number.clone(),
        registered_at: card.registered_at,
        printed_on: now().date(),
        country: country_of(&card.child.personal_number),
        child: child(card),
        applicant: Applicant {
            full_name: card.applicant.full_name.clone(),
            personal_number: card.applicant.personal_number.clone(),
            relation,
            phone: card.applicant.phone.clone(),
            email: card.applicant.email.clone().unwrap_or_default(),
        },
        address: card.applicant.address.clone(),
        status,
        status_since: card.updated_at,
        queue_number: card
            .queue_position
            .and_then(|p| u32::try_from(p).ok())
            .unwrap_or(0),
        benefit: benefit(card),
        benefit_queue_number: benefit(card)
            .and(card.benefit_queue_position)
            .and_then(|p| u32::try_from(p).ok()),
        history: events,
    })
}
