//! The account's local state in the `settings` table: keys under `account.` only (server
//! address, the signed-in profile, the offline verifier, the lock timeout, the unlock throttle).
//! The API crate decides what they mean; this module only reads and writes them, each change in
//! one transaction with its history event. Secret values (the verifier) never reach the history.

use crate::history::{self, FieldChange, HistoryEvent};
use crate::{Store, StoreError};
use chrono::NaiveDateTime;
use std::collections::BTreeMap;

/// The prefix every account key carries: this module cannot touch other settings.
pub const ACCOUNT_PREFIX: &str = "account.";

/// Who changes the account state, for the history; `None` for bookkeeping that is not a user's
/// action (the failed-unlock counter).
#[derive(Debug, Clone)]
pub struct AccountAudit<'a> {
    pub action: &'a str,
    pub user_name: &'a str,
    pub at: NaiveDateTime,
}

fn check_key(key: &str) -> Result<(), StoreError> {
    if key.starts_with(ACCOUNT_PREFIX) && key.len() > ACCOUNT_PREFIX.len() {
        Ok(())
    } else {
        Err(StoreError::InvalidInput(format!(
            "{key:?} is not an account setting"
        )))
    }
}

impl Store {
    /// Every `account.*` setting.
    pub async fn account_settings(&self) -> Result<BTreeMap<String, String>, StoreError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT key, value FROM settings WHERE key LIKE 'account.%'")
                .fetch_all(&self.read)
                .await?;
        Ok(rows.into_iter().collect())
    }

    /// Sets (`Some`) or removes (`None`) account settings in one transaction. With an audit, the
    /// change is recorded in the history; the values of `secret` keys show there as `***`.
    pub async fn set_account_settings(
        &self,
        changes: &[(&str, Option<&str>)],
        secret: &[&str],
        audit: Option<AccountAudit<'_>>,
    ) -> Result<(), StoreError> {
        for (key, _) in changes {
            check_key(key)?;
        }
        let mut tx = self.write.begin().await?;
        let mut recorded = Vec::new();
        for (key, value) in changes {
            let before = crate::settings::write_setting(&mut tx, key, *value).await?;
            let after = value.map(str::to_string);
            if before != after {
                let hide = |v: Option<String>| {
                    if secret.contains(key) {
                        v.map(|_| "***".to_string())
                    } else {
                        v
                    }
                };
                recorded.push(FieldChange {
                    field: (*key).to_string(),
                    before: hide(before),
                    after: hide(after),
                });
            }
        }
        if let Some(audit) = audit {
            history::record(
                &mut tx,
                &HistoryEvent {
                    entity: "settings",
                    entity_id: None,
                    action: audit.action.into(),
                    at: audit.at,
                    user_name: audit.user_name.into(),
                    device_id: self.device_id.clone(),
                    changes: recorded,
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
