//! Kezek's local store: the client's SQLite database.
//!
//! One writer connection and a small pool of readers (PLATFORM.md: several writers broke
//! transactions on this SQLite), WAL, foreign keys on, embedded forward-only migrations, and a
//! refusal to open a database written by a newer Kezek. Each user action is one transaction.

mod account;
mod card;
mod commission;
mod document_files;
mod error;
mod feedback;
mod group_choices;
mod history;
pub mod import;
mod intake;
mod journal;
mod keys;
mod meal_benefits;
mod outbox;
mod places;
mod queue_positions;
mod reference;
mod settings;
mod sql;
mod sync_apply;
mod vouchers;

pub use account::{AccountAudit, ACCOUNT_PREFIX};
pub use card::{ApplicantInfo, ApplicationCard, ChildInfo, DocumentEntry, HistoryEntry};
pub use commission::{
    CommissionMember, DocumentCheck, DraftApplication, DraftPlan, DraftProtocol, MemberChoice,
    MemberInput, PresentMemberView, ProtocolApplicationRow, ProtocolForSigning, ProtocolView,
    ReviewInput, ReviewRow, VoucherReview, REVIEW_DOCUMENT_KINDS,
};
pub use document_files::{DocumentFile, NewDocument};
pub use error::StoreError;
pub use feedback::{FeedbackEntry, NewFeedback};
pub use group_choices::GroupChoice;
pub use history::{FieldChange, HistoryEvent};
pub use intake::{
    IntakeEntry, IntakeFieldError, IntakeOutcome, StreetEntry, CLOSED_VOUCHER_STATUSES,
};
pub use journal::{JournalPage, JournalQuery, JournalRow, SortColumn};
pub use keys::{
    Actor, NewSigningKey, NewTrustedCertificate, SigningKeyEntry, SigningKeyFile,
    TrustedCertificateEntry,
};
pub use meal_benefits::{MealBenefit, MealBenefitInput, MealChild};
pub use outbox::{RejectedChange, SyncFailure, SyncState, VerdictsRecorded};
pub use places::{PlaceEntry, PlaceFor};
pub use queue_positions::{PositionChangeEntry, QueueExplanation};
pub use reference::{BenefitCategoryRef, DistrictRef, LocalityRef, ReferenceData, RegionRef};
pub use settings::Settings;
pub use sync_apply::PageApplied;
pub use vouchers::{VoucherChild, VoucherKindergarten, VoucherRegistry, VOUCHER_STATUSES};

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The migrations compiled into this binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");

/// File name of the database inside the data directory.
pub const DATABASE_FILE: &str = "kezek.sqlite3";

/// The local database. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    write: SqlitePool,
    read: SqlitePool,
    path: PathBuf,
    device_id: String,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`, refusing one made by a newer Kezek,
    /// and applies this binary's migrations.
    pub async fn open_in_dir(data_dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(|e| StoreError::DataDir {
            path: data_dir.display().to_string(),
            reason: e.to_string(),
        })?;
        Self::open(&data_dir.join(DATABASE_FILE)).await
    }

    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Reads served from the OS page cache through a memory map and a larger page
            // cache: the journal's lookups are then CPU-bound, not read()-bound.
            .pragma("mmap_size", "1073741824")
            .pragma("cache_size", "-32768");
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
        check_schema_version(&write).await?;
        MIGRATOR.run(&write).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.read_only(true))
            .await?;
        let device_id = settings::ensure_device_id(&write).await?;
        Ok(Self {
            write,
            read,
            path: path.to_path_buf(),
            device_id,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This installation's device id, recorded in every history event.
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// The newest migration this binary knows: the schema version it writes.
    pub fn schema_version() -> i64 {
        MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
    }

    pub async fn sqlite_version(&self) -> Result<String, StoreError> {
        Ok(sqlx::query_scalar("SELECT sqlite_version()")
            .fetch_one(&self.read)
            .await?)
    }

    /// Whether the database holds no applications yet (the app then offers demo data).
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let any: Option<i64> = sqlx::query_scalar("SELECT 1 FROM applications LIMIT 1")
            .fetch_optional(&self.read)
            .await?;
        Ok(any.is_none())
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// Refuses a database whose applied migrations go beyond what this binary knows.
async fn check_schema_version(pool: &SqlitePool) -> Result<(), StoreError> {
    let has_table: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(pool)
    .await?;
    if has_table.is_none() {
        return Ok(());
    }
    let found: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = 1")
            .fetch_one(pool)
            .await?;
    let supported = Store::schema_version();
    match found {
        Some(found) if found > supported => Err(StoreError::DatabaseTooNew { found, supported }),
        _ => Ok(()),
    }
}
