//! Kezek's API: the only surface the desktop app's commands and the `kezek` CLI call.
//!
//! Lower crates never depend on this one. Each function here is one user action and maps store
//! and domain errors to an [`ApiError`] with a stable code that the UI translates.

mod account;
mod commission;
mod documents;
mod error;
mod feedback;
mod intake;
mod meals;
mod password_change;
mod passwords;
mod server;
mod signing;
mod sync;
mod users;
mod vouchers;

pub use account::{
    AccountMode, AccountStatus, AccountUser, DEFAULT_LOCK_MINUTES, FREE_UNLOCK_FAILURES,
    SERVER_URL_ENV, SESSION_KEYRING_SERVICE, UNLOCK_WAIT_SECS,
};
pub use documents::GENERATED_KINDS;
pub use error::{ApiError, ErrorCode};
pub use intake::{
    may_take_applications, IntakeAddress, IntakeForm, IntakeParent, IntakePassport, IntakePerson,
    INTAKE_ROLES,
};
pub use kezek_signing::CertificateInfo;
pub use kezek_store::FeedbackEntry;
pub use kezek_store::DATABASE_FILE;
pub use kezek_store::{
    ApplicationCard, DocumentEntry, HistoryEntry, JournalPage, JournalQuery, PositionChangeEntry,
    QueueExplanation, ReferenceData, Settings, SortColumn,
};
pub use kezek_store::{
    CommissionMember, DocumentCheck, MemberChoice, MemberInput, PresentMemberView,
    ProtocolApplicationRow, ProtocolView, ReviewInput, ReviewRow, VoucherReview,
};
pub use kezek_store::{GroupChoice, PlaceEntry, RejectedChange, SyncFailure, SyncState};
pub use kezek_store::{IntakeEntry, IntakeFieldError, IntakeOutcome, StreetEntry};
pub use kezek_store::{MealBenefit, MealChild};
pub use kezek_store::{SigningKeyEntry, TrustedCertificateEntry};
pub use kezek_store::{VoucherChild, VoucherKindergarten, VoucherRegistry};
pub use meals::{parse_som, SaveMealBenefit};
pub use password_change::MIN_PASSWORD_LENGTH;
pub use passwords::{Remember, KEYRING_SERVICE};
pub use signing::{describe_key_file, KeyDetails, SignatureCheck, Signed, VerificationReport};
pub use sync::{SyncDone, SyncStatus, SyncStep, VerifyDone};
pub use users::{
    CreatedUser, NewServerUser, RoleScopes, ServerReference, ServerUnit, ServerUser,
    TemporaryPassword,
};
pub use vouchers::{download_dir, export_file_name, parse_date, DOWNLOAD_DIR_ENV};

use chrono::{Local, NaiveDateTime};
use kezek_store::import::Progress;
use kezek_store::Store;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Where the local database lives: `KEZEK_DATA_DIR`, or the OS data directory
/// (`~/.local/share/kezek` on Linux).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("KEZEK_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("kezek")
}

/// Versions and paths for the about box.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct About {
    pub app_version: String,
    pub sqlite_version: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    pub database_path: String,
    pub device_id: String,
    /// The desktop shell's Tauri version; the app fills it in.
    pub tauri_version: Option<String>,
}

/// A step of a long demo-data load.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DemoProgress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// What the app needs to know at start.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Startup {
    pub settings: Settings,
    /// No applications yet: the app offers demo data.
    pub database_empty: bool,
    /// Signed in, locked, or no server at all (then the app starts as it always did).
    pub account: AccountStatus,
}

/// Default size of the demo data set offered at first start.
pub const DEFAULT_DEMO_APPLICATIONS: u32 = 10_000;
/// Upper bound for a demo load from the app (the CLI has none).
pub const MAX_DEMO_APPLICATIONS_IN_APP: u32 = 200_000;

/// An open Kezek installation: the local store and who works with it.
#[derive(Clone, Debug)]
pub struct Kezek {
    store: Store,
    /// The OS user: the person acting when no account is signed in.
    os_user: String,
    passwords: passwords::Passwords,
    account: account::Account,
    http: reqwest::Client,
    /// One sync run at a time.
    sync_gate: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl Kezek {
    /// Opens the installation in `data_dir`.
    pub async fn open(data_dir: &Path) -> Result<Self, ApiError> {
        let store = Store::open_in_dir(data_dir).await?;
        let account = account::Account::load(&store.account_settings().await?);
        Ok(Self {
            store,
            os_user: local_user_name(),
            passwords: passwords::Passwords::default(),
            account,
            http: server::http_client(),
            sync_gate: Default::default(),
        })
    }

    /// Who acts now, for the history: the signed-in account's login, else the OS user.
    pub fn user_name(&self) -> String {
        self.account.login().unwrap_or_else(|| self.os_user.clone())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub async fn startup(&self) -> Result<Startup, ApiError> {
        Ok(Startup {
            settings: self.store.settings().await?,
            database_empty: self.store.is_empty().await?,
            account: self.account_status(),
        })
    }

    pub async fn journal_page(&self, query: &JournalQuery) -> Result<JournalPage, ApiError> {
        Ok(self.store.journal_page(query).await?)
    }

    pub async fn application_card(&self, id: i64) -> Result<ApplicationCard, ApiError> {
        Ok(self.store.application_card(id).await?)
    }

    pub async fn application_history(&self, id: i64) -> Result<Vec<HistoryEntry>, ApiError> {
        Ok(self.store.application_history(id).await?)
    }

    pub async fn application_documents(&self, id: i64) -> Result<Vec<DocumentEntry>, ApiError> {
        Ok(self.store.application_documents(id).await?)
    }

    /// Why the application has its queue number, and how the number changed; `None` when it
    /// waits in no queue.
    pub async fn queue_explanation(&self, id: i64) -> Result<Option<QueueExplanation>, ApiError> {
        Ok(self.store.queue_explanation(id).await?)
    }

    pub async fn reference_data(&self) -> Result<ReferenceData, ApiError> {
        Ok(self.store.reference_data().await?)
    }

    pub async fn settings(&self) -> Result<Settings, ApiError> {
        Ok(self.store.settings().await?)
    }

    pub async fn set_language(&self, language: &str) -> Result<Settings, ApiError> {
        Ok(self
            .store
            .set_language(language, &self.user_name(), now())
            .await?)
    }

    /// Sets or clears the IIN/PIN of the person working here (signatures must be theirs).
    pub async fn set_personal_number(&self, number: Option<&str>) -> Result<Settings, ApiError> {
        let number = number.map(str::trim).filter(|n| !n.is_empty());
        if let Some(n) = number {
            kezek_domain::AnyPersonalNumber::parse(n).map_err(|e| {
                ApiError::invalid_input(format!("{n}: {e}")).with_arg("reason", e.code())
            })?;
        }
        Ok(self
            .store
            .set_personal_number(number, &self.user_name(), now())
            .await?)
    }

    pub async fn about(&self) -> Result<About, ApiError> {
        Ok(About {
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            sqlite_version: self.store.sqlite_version().await?,
            schema_version: Store::schema_version(),
            database_path: self.store.path().display().to_string(),
            device_id: self.store.device_id().to_string(),
            tauri_version: None,
        })
    }

    /// Loads the deterministic demo data set into an empty database (one transaction), and a
    /// small roster for the Kyrgyz voucher commission (a second one).
    pub async fn load_demo(
        &self,
        applications: u32,
        seed: u64,
        mut progress: impl FnMut(DemoProgress),
    ) -> Result<(), ApiError> {
        if applications == 0 {
            return Err(ApiError::invalid_input(
                "the number of applications must be positive",
            ));
        }
        let demo = kezek_demo::DemoData::new(seed, applications, now().date());
        let kyrgyz = demo.reference().regions.iter().any(|r| r.country == "KG");
        let audit = kezek_store::HistoryEvent {
            entity: "settings",
            entity_id: None,
            action: "demo_loaded".into(),
            at: now(),
            user_name: self.user_name(),
            device_id: self.store.device_id().to_string(),
            changes: vec![kezek_store::FieldChange {
                field: "applications".into(),
                before: None,
                after: Some(applications.to_string()),
            }],
        };
        self.store
            .import(
                demo.reference(),
                demo.applications(),
                u64::from(applications),
                audit,
                |p: Progress| {
                    progress(DemoProgress {
                        done: p.done,
                        total: p.total,
                    })
                },
            )
            .await?;
        if kyrgyz {
            self.seed_demo_roster().await?;
            self.seed_demo_vouchers().await?;
        }
        Ok(())
    }
}

/// Local wall-clock time of the office: the store keeps local date-times.
pub(crate) fn now() -> NaiveDateTime {
    Local::now().naive_local()
}

/// Who acts now, for the history.
pub(crate) fn actor(k: &Kezek) -> kezek_store::Actor {
    kezek_store::Actor {
        user_name: k.user_name(),
        at: now(),
    }
}

/// Without an account, the person at the keyboard is the OS user.
fn local_user_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "operator".to_string())
}
