//! Signing keys imported on this device and the local trust list.
//!
//! The store keeps what it is given: the PKCS#12 file as imported (still encrypted by its
//! password) and the certificates' DER with the fields the lists show. Reading the files and
//! checking certificates is `kezek-signing`'s job, one layer up.

use crate::history::{self, FieldChange, HistoryEvent};
use crate::sql::datetime_text;
use crate::{Store, StoreError};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A key to keep: the file and its certificate's description.
#[derive(Debug, Clone)]
pub struct NewSigningKey {
    pub fingerprint: String,
    pub alias: String,
    pub file_name: String,
    pub pkcs12: Vec<u8>,
    pub certificate: Vec<u8>,
    pub owner: String,
    pub personal_number: Option<String>,
    pub organization: Option<String>,
    pub issuer: String,
    pub not_before: NaiveDateTime,
    pub not_after: NaiveDateTime,
}

/// A kept key as the "My keys" list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct SigningKeyEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub fingerprint: String,
    pub alias: String,
    pub file_name: String,
    pub owner: String,
    pub personal_number: Option<String>,
    pub organization: Option<String>,
    pub issuer: String,
    pub not_before: NaiveDateTime,
    pub not_after: NaiveDateTime,
    pub imported_at: NaiveDateTime,
}

/// A kept key's files, for signing or showing the full certificate.
#[derive(Clone)]
pub struct SigningKeyFile {
    pub entry: SigningKeyEntry,
    pub pkcs12: Vec<u8>,
    pub certificate: Vec<u8>,
}

impl std::fmt::Debug for SigningKeyFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKeyFile")
            .field("entry", &self.entry)
            .finish_non_exhaustive()
    }
}

/// A certificate to trust.
#[derive(Debug, Clone)]
pub struct NewTrustedCertificate {
    pub fingerprint: String,
    pub der: Vec<u8>,
    pub subject: String,
    pub issuer: String,
    pub is_root: bool,
    pub not_after: NaiveDateTime,
    /// "local" or "server".
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct TrustedCertificateEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub fingerprint: String,
    pub subject: String,
    pub issuer: String,
    pub is_root: bool,
    pub not_after: NaiveDateTime,
    pub source: String,
    pub added_at: NaiveDateTime,
}

/// Who does it, when, from where: the history fields every change here records.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_name: String,
    pub at: NaiveDateTime,
}

const KEY_COLUMNS: &str = "id, fingerprint, alias, file_name, owner, personal_number, \
     organization, issuer, not_before, not_after, imported_at";

impl Store {
    /// Keeps an imported key; a certificate already kept is refused (`InvalidInput`).
    pub async fn add_signing_key(
        &self,
        key: &NewSigningKey,
        actor: &Actor,
    ) -> Result<SigningKeyEntry, StoreError> {
        let mut tx = self.write.begin().await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM signing_keys WHERE fingerprint = ?")
                .bind(&key.fingerprint)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_some() {
            return Err(StoreError::InvalidInput(
                "this certificate's key is already imported".into(),
            ));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO signing_keys (fingerprint, alias, file_name, pkcs12, certificate, owner, \
             personal_number, organization, issuer, not_before, not_after, imported_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&key.fingerprint)
        .bind(&key.alias)
        .bind(&key.file_name)
        .bind(&key.pkcs12)
        .bind(&key.certificate)
        .bind(&key.owner)
        .bind(&key.personal_number)
        .bind(&key.organization)
        .bind(&key.issuer)
        .bind(datetime_text(key.not_before))
        .bind(datetime_text(key.not_after))
        .bind(datetime_text(actor.at))
        .fetch_one(&mut *tx)
        .await?;
        record(
            &mut tx,
            self,
            actor,
            "signing_key",
            id,
            "key_imported",
            vec![change("owner", None, Some(key.owner.clone()))],
        )
        .await?;
        tx.commit().await?;
        self.signing_key(id).await.map(|k| k.entry)
    }

    pub async fn signing_keys(&self) -> Result<Vec<SigningKeyEntry>, StoreError> {
        // KEY_COLUMNS is a constant: no input reaches the SQL text.
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {KEY_COLUMNS} FROM signing_keys ORDER BY not_after DESC, id"
        )))
        .fetch_all(&self.read)
        .await?)
    }

    pub async fn signing_key(&self, id: i64) -> Result<SigningKeyFile, StoreError> {
        let entry: SigningKeyEntry = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {KEY_COLUMNS} FROM signing_keys WHERE id = ?"
        )))
        .bind(id)
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound("signing key"))?;
        let (pkcs12, certificate): (Vec<u8>, Vec<u8>) =
            sqlx::query_as("SELECT pkcs12, certificate FROM signing_keys WHERE id = ?")
                .bind(id)
                .fetch_one(&self.read)
                .await?;
        Ok(SigningKeyFile {
            entry,
            pkcs12,
            certificate,
        })
    }

    /// Forgets a key (its file; the certificate stays in the signatures it made).
    pub async fn remove_signing_key(&self, id: i64, actor: &Actor) -> Result<(), StoreError> {
        self.delete_recorded(&REMOVE_KEY, id, actor).await
    }

    /// Adds a certificate to the trust list; adding one already there changes nothing and
    /// returns the existing entry.
    pub async fn add_trusted_certificate(
        &self,
        cert: &NewTrustedCertificate,
        actor: &Actor,
    ) -> Result<TrustedCertificateEntry, StoreError> {
        let mut tx = self.write.begin().await?;
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO trusted_certificates (fingerprint, der, subject, issuer, is_root, \
             not_after, source, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (fingerprint) DO NOTHING RETURNING id",
        )
        .bind(&cert.fingerprint)
        .bind(&cert.der)
        .bind(&cert.subject)
        .bind(&cert.issuer)
        .bind(cert.is_root)
        .bind(datetime_text(cert.not_after))
        .bind(cert.source)
        .bind(datetime_text(actor.at))
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = inserted {
            record(
                &mut tx,
                self,
                actor,
                "trust_list",
                id,
                "certificate_trusted",
                vec![change("subject", None, Some(cert.subject.clone()))],
            )
            .await?;
        }
        tx.commit().await?;
        self.trusted_certificates()
            .await?
            .into_iter()
            .find(|c| c.fingerprint == cert.fingerprint)
            .ok_or(StoreError::NotFound("trusted certificate"))
    }

    pub async fn trusted_certificates(&self) -> Result<Vec<TrustedCertificateEntry>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, fingerprint, subject, issuer, is_root, not_after, source, added_at \
             FROM trusted_certificates ORDER BY is_root DESC, subject, id",
        )
        .fetch_all(&self.read)
        .await?)
    }

    /// DER of every trusted certificate: `(is_root, der)`.
    pub async fn trusted_certificate_ders(&self) -> Result<Vec<(bool, Vec<u8>)>, StoreError> {
        Ok(
            sqlx::query_as("SELECT is_root, der FROM trusted_certificates ORDER BY id")
                .fetch_all(&self.read)
                .await?,
        )
    }

    pub async fn remove_trusted_certificate(
        &self,
        id: i64,
        actor: &Actor,
    ) -> Result<(), StoreError> {
        self.delete_recorded(&UNTRUST_CERTIFICATE, id, actor).await
    }

    /// Deletes one row and records what it was, in one transaction.
    async fn delete_recorded(
        &self,
        what: &Removal,
        id: i64,
        actor: &Actor,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        let label: String = sqlx::query_scalar(what.sql)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound(what.not_found))?;
        record(
            &mut tx,
            self,
            actor,
            what.entity,
            id,
            what.action,
            vec![change(what.field, Some(label), None)],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// A deletion that the history records: the SQL returns the label the history keeps.
struct Removal {
    sql: &'static str,
    not_found: &'static str,
    entity: &'static str,
    action: &'static str,
    field: &'static str,
}

const REMOVE_KEY: Removal = Removal {
    sql: "DELETE FROM signing_keys WHERE id = ? RETURNING owner",
    not_found: "signing key",
    entity: "signing_key",
    action: "key_removed",
    field: "owner",
};

const UNTRUST_CERTIFICATE: Removal = Removal {
    sql: "DELETE FROM trusted_certificates WHERE id = ? RETURNING subject",
    not_found: "trusted certificate",
    entity: "trust_list",
    action: "certificate_untrusted",
    field: "subject",
};

fn change(field: &str, before: Option<String>, after: Option<String>) -> FieldChange {
    FieldChange {
        field: field.into(),
        before,
        after,
    }
}

async fn record(
    tx: &mut sqlx::SqliteConnection,
    store: &Store,
    actor: &Actor,
    entity: &'static str,
    entity_id: i64,
    action: &str,
    changes: Vec<FieldChange>,
) -> Result<(), StoreError> {
    history::record(
        tx,
        &HistoryEvent {
            entity,
            entity_id: Some(entity_id),
            action: action.into(),
            at: actor.at,
            user_name: actor.user_name.clone(),
            device_id: store.device_id().to_string(),
            changes,
        },
    )
    .await?;
    Ok(())
}
