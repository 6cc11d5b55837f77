//! Local settings of this installation: interface language, device id, user name.

use crate::history::{self, FieldChange, HistoryEvent};
use crate::{Store, StoreError};
use chrono::NaiveDateTime;
use rand::Rng;
use serde::{Deserialize, Serialize};
use sqlx::{SqliteConnection, SqlitePool};
use ts_rs::TS;

pub const LANGUAGES: [&str; 4] = ["ru", "kk", "ky", "en"];
const DEFAULT_LANGUAGE: &str = "ru";

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Settings {
    /// Interface language: ru, kk, ky or en.
    pub language: String,
    /// IIN/PIN of the person working on this device; a signature must be theirs.
    pub personal_number: Option<String>,
}

pub(crate) async fn ensure_device_id(pool: &SqlitePool) -> Result<String, StoreError> {
    let existing: Option<String> =
        sqlx::query_scalar("SELECT value FROM settings WHERE key = 'device_id'")
            .fetch_optional(pool)
            .await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = format!("{:016x}", rand::rng().random::<u64>());
    // INSERT OR IGNORE: two processes opening a new database at once agree on the first id.
    sqlx::query("INSERT OR IGNORE INTO settings (key, value) VALUES ('device_id', ?)")
        .bind(&id)
        .execute(pool)
        .await?;
    Ok(
        sqlx::query_scalar("SELECT value FROM settings WHERE key = 'device_id'")
            .fetch_one(pool)
            .await?,
    )
}

impl Store {
    pub async fn settings(&self) -> Result<Settings, StoreError> {
        let language = self.setting("language").await?;
        Ok(Settings {
            language: language.unwrap_or_else(|| DEFAULT_LANGUAGE.to_string()),
            personal_number: self.setting("personal_number").await?,
        })
    }

    async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
                .bind(key)
                .fetch_optional(&self.read)
                .await?,
        )
    }

    /// Changes the interface language, recording the change in the history.
    pub async fn set_language(
        &self,
        language: &str,
        user_name: &str,
        now: NaiveDateTime,
    ) -> Result<Settings, StoreError> {
        if !LANGUAGES.contains(&language) {
            return Err(StoreError::InvalidInput(format!(
                "unknown language {language}"
            )));
        }
        self.set_setting(
            "language",
            Some(language),
            "language_changed",
            user_name,
            now,
        )
        .await?;
        self.settings().await
    }

    /// Sets (or clears) the IIN/PIN of the person working on this device: signatures must be
    /// made with a certificate of this person. The caller validates the number.
    pub async fn set_personal_number(
        &self,
        personal_number: Option<&str>,
        user_name: &str,
        now: NaiveDateTime,
    ) -> Result<Settings, StoreError> {
        self.set_setting(
            "personal_number",
            personal_number,
            "personal_number_changed",
            user_name,
            now,
        )
        .await?;
        self.settings().await
    }

    async fn set_setting(
        &self,
        key: &str,
        value: Option<&str>,
        action: &str,
        user_name: &str,
        now: NaiveDateTime,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        let before = write_setting(&mut tx, key, value).await?;
        history::record(
            &mut tx,
            &HistoryEvent {
                entity: "settings",
                entity_id: None,
                action: action.into(),
                at: now,
                user_name: user_name.into(),
                device_id: self.device_id.clone(),
                changes: vec![FieldChange {
                    field: key.into(),
                    before,
                    after: value.map(str::to_string),
                }],
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Sets (`Some`) or removes (`None`) one setting in the caller's transaction and returns the value
/// it had, for the history.
pub(crate) async fn write_setting(
    conn: &mut SqliteConnection,
    key: &str,
    value: Option<&str>,
) -> Result<Option<String>, sqlx::Error> {
    let before: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?;
    match value {
        Some(v) => {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES (?, ?) \
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )
            .bind(key)
            .bind(v)
            .execute(&mut *conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM settings WHERE key = ?")
                .bind(key)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(before)
}
