//! Generated documents' files: kept with their application, replaced when a signature is added.

use crate::history::{self, FieldChange, HistoryEvent};
use crate::keys::Actor;
use crate::sql::datetime_text;
use crate::{Store, StoreError};

/// A generated document to keep.
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub application_id: i64,
    /// The document kind code (`registration-notice`, `child-card`, `direction`, …).
    pub kind: String,
    pub file_name: String,
    pub language: String,
    pub content_hash: String,
    pub content: Vec<u8>,
}

/// A kept document's file and what is known about it.
#[derive(Debug, Clone)]
pub struct DocumentFile {
    pub id: i64,
    pub application_id: i64,
    pub kind: String,
    pub file_name: Option<String>,
    pub language: Option<String>,
    pub content_hash: Option<String>,
    pub signatures: i64,
    pub content: Option<Vec<u8>>,
}

impl Store {
    /// Keeps a generated document of an application, recording it in the application's history.
    pub async fn add_document(&self, doc: &NewDocument, actor: &Actor) -> Result<i64, StoreError> {
        let mut tx = self.write.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO documents (application_id, kind, section, created_at, file_name, \
             content, language, content_hash) VALUES (?, ?, 'general', ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(doc.application_id)
        .bind(&doc.kind)
        .bind(datetime_text(actor.at))
        .bind(&doc.file_name)
        .bind(&doc.content)
        .bind(&doc.language)
        .bind(&doc.content_hash)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                StoreError::NotFound("application")
            }
            other => StoreError::Database(other),
        })?;
        history::record(
            &mut tx,
            &event(
                self,
                actor,
                doc.application_id,
                "document_generated",
                vec![FieldChange {
                    field: "document".into(),
                    before: None,
                    after: Some(doc.kind.clone()),
                }],
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn document_file(&self, id: i64) -> Result<DocumentFile, StoreError> {
        type Row = (
            i64,
            i64,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
            Option<Vec<u8>>,
        );
        let row: Row = sqlx::query_as(
            "SELECT id, application_id, kind, file_name, language, content_hash, signatures, \
             content FROM documents WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound("document"))?;
        let (id, application_id, kind, file_name, language, content_hash, signatures, content) =
            row;
        Ok(DocumentFile {
            id,
            application_id,
            kind,
            file_name,
            language,
            content_hash,
            signatures,
            content,
        })
    }

    /// Replaces a document's file by its signed version. `expected_signatures` is the count the
    /// signer started from: if another signature landed meanwhile, nothing is written.
    pub async fn store_signed_document(
        &self,
        id: i64,
        expected_signatures: i64,
        signed: &[u8],
        signer: &str,
        actor: &Actor,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        let application_id: i64 = sqlx::query_scalar(
            "UPDATE documents SET content = ?, signatures = signatures + 1 \
             WHERE id = ? AND signatures = ? RETURNING application_id",
        )
        .bind(signed)
        .bind(id)
        .bind(expected_signatures)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| {
            StoreError::InvalidInput("the document changed while it was being signed".into())
        })?;
        history::record(
            &mut tx,
            &event(
                self,
                actor,
                application_id,
                "document_signed",
                vec![FieldChange {
                    field: "signer".into(),
                    before: None,
                    after: Some(signer.to_string()),
                }],
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

fn event(
    store: &Store,
    actor: &Actor,
    application_id: i64,
    action: &str,
    changes: Vec<FieldChange>,
) -> HistoryEvent {
    HistoryEvent {
        entity: "application",
        entity_id: Some(application_id),
        action: action.into(),
        at: actor.at,
        user_name: actor.user_name.clone(),
        device_id: store.device_id().to_string(),
        changes,
    }
}
