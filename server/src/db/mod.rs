//! PostgreSQL: the pool, the embedded migrations and the check that the schema fits this binary.
//! Queries live beside their subject: `reference`, `sessions`, `history`, `places`, `sync`, `feed`
//! (the change feed of sync pull), and
//! `crate::accounts`.

pub mod applications;
pub mod commission;
pub mod feed;
pub mod history;
pub mod places;
pub mod reference;
pub mod sessions;
pub mod sync;

use crate::config::DatabaseUrl;
use sqlx::migrate::{MigrateDatabase, Migrator};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::Postgres;
use std::collections::BTreeSet;
use std::time::Duration;

/// The migrations in `migrations/postgres/`, compiled into the binary.
pub static MIGRATOR: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to PostgreSQL at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error(
        "the database schema is newer than this kezek-server: the database has migration {db_version} \
         that this binary does not know (it knows up to {known_version}). Upgrade kezek-server; \
         never run an older binary against a newer database"
    )]
    NewerSchema { db_version: i64, known_version: i64 },
    #[error("migration {0} failed part-way earlier; repair the database by hand before going on")]
    Dirty(i64),
    #[error(
        "the database schema is behind this kezek-server ({0} migration(s) pending): \
         run `kezek-server migrate` first"
    )]
    Pending(usize),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}

/// Where the database stands against the migrations this binary knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaState {
    UpToDate,
    /// Known migrations not applied yet, oldest first.
    Pending(Vec<i64>),
}

pub async fn connect(url: &DatabaseUrl, max_connections: u32) -> Result<PgPool, DbError> {
    let connect_err = |source| DbError::Connect {
        url: url.redacted(),
        source,
    };
    let options: PgConnectOptions = url.expose().parse().map_err(connect_err)?;
    // The feed's working set is cached: with the default random_page_cost (4, for spinning
    // disks) a district's page walks the whole version index (35 ms on 100k applications)
    // instead of its (district_id, version) index (14 ms, most of it printing the JSON).
    let options = options.options([("random_page_cost", "1.1")]);
    PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await
        .map_err(connect_err)
}

/// Creates the database named in `url` if it does not exist yet (for `migrate` on a fresh server).
pub async fn create_if_missing(url: &DatabaseUrl) -> Result<bool, DbError> {
    let connect_err = |source| DbError::Connect {
        url: url.redacted(),
        source,
    };
    if Postgres::database_exists(url.expose())
        .await
        .map_err(connect_err)?
    {
        return Ok(false);
    }
    Postgres::create_database(url.expose())
        .await
        .map_err(connect_err)?;
    Ok(true)
}

fn known_versions() -> BTreeSet<i64> {
    MIGRATOR
        .iter()
        .filter(|m| m.migration_type.is_up_migration())
        .map(|m| m.version)
        .collect()
}

/// Compares the applied migrations with the embedded ones; refuses a newer or broken schema.
pub async fn schema_state(pool: &PgPool) -> Result<SchemaState, DbError> {
    let known = known_versions();
    let table: Option<String> = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations')::text")
        .fetch_one(pool)
        .await?;
    let applied: Vec<(i64, bool)> = if table.is_some() {
        sqlx::query_as("SELECT version, success FROM _sqlx_migrations ORDER BY version")
            .fetch_all(pool)
            .await?
    } else {
        Vec::new()
    };
    if let Some(&(db_version, _)) = applied.iter().find(|(v, _)| !known.contains(v)) {
        return Err(DbError::NewerSchema {
            db_version,
            known_version: known.last().copied().unwrap_or(0),
        });
    }
    if let Some(&(v, _)) = applied.iter().find(|(_, ok)| !ok) {
        return Err(DbError::Dirty(v));
    }
    let done: BTreeSet<i64> = applied.iter().map(|(v, _)| *v).collect();
    let pending: Vec<i64> = known.difference(&done).copied().collect();
    Ok(if pending.is_empty() {
        SchemaState::UpToDate
    } else {
        SchemaState::Pending(pending)
    })
}

/// Applies the pending migrations; returns their versions (empty when there was nothing to do).
pub async fn migrate(pool: &PgPool) -> Result<Vec<i64>, DbError> {
    match schema_state(pool).await? {
        SchemaState::UpToDate => Ok(Vec::new()),
        SchemaState::Pending(versions) => {
            MIGRATOR.run(pool).await?;
            Ok(versions)
        }
    }
}

/// For `serve`: the schema must be exactly what this binary knows.
pub async fn require_current_schema(pool: &PgPool) -> Result<(), DbError> {
    match schema_state(pool).await? {
        SchemaState::UpToDate => Ok(()),
        SchemaState::Pending(v) => Err(DbError::Pending(v.len())),
    }
}
