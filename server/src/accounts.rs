//! Accounts: create, list, disable, reset a password, change one's own. The one place that writes
//! `users`; the HTTP routes and the command line both call it. Permission checks are the caller's
//! (routes ask `scope::may`; the command line is the machine's operator). Every change writes
//! history in the same transaction.

use crate::auth::password;
use crate::db::history::{self, Actor, Event};
use crate::db::{reference, sessions};
use crate::scope::{scope_fits_role, Location, Role, ScopeKind, Unit};
use chrono::{DateTime, Utc};
use kezek_domain::{AnyPersonalNumber, PersonalNumber};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("the login {0:?} is taken")]
    LoginTaken(String),
    #[error("no user {0}")]
    UnknownUser(String),
    #[error("no {kind} with id {id}")]
    UnknownUnit { kind: &'static str, id: i64 },
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Internal(String),
}

/// A scope as a request names it: a kind and the id of the unit (none for `system`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeRef {
    pub kind: ScopeKind,
    pub id: Option<i64>,
}

/// A user's scope as the API shows it: the kind and the whole path to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeView {
    pub kind: ScopeKind,
    pub region_id: Option<i64>,
    pub district_id: Option<i64>,
    pub commission_id: Option<i64>,
    pub kindergarten_id: Option<i64>,
}

impl From<Location> for ScopeView {
    fn from(l: Location) -> Self {
        ScopeView {
            kind: l.kind(),
            region_id: l.region,
            district_id: l.district,
            commission_id: match l.unit {
                Some(Unit::Commission(c)) => Some(c),
                _ => None,
            },
            kindergarten_id: match l.unit {
                Some(Unit::Kindergarten(k)) => Some(k),
                _ => None,
            },
        }
    }
}

/// An account as the API and the history show it (never the hash or the counters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserView {
    pub id: i64,
    pub login: String,
    pub full_name: String,
    pub personal_number: Option<String>,
    pub role: Role,
    pub scope: ScopeView,
    pub disabled: bool,
}

impl UserView {
    pub fn location(&self) -> Location {
        reference::location_from_columns(
            self.scope.region_id,
            self.scope.district_id,
            self.scope.commission_id,
            self.scope.kindergarten_id,
        )
    }
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    login: String,
    full_name: String,
    personal_number: Option<String>,
    role: String,
    disabled: bool,
    region_id: Option<i64>,
    district_id: Option<i64>,
    commission_id: Option<i64>,
    kindergarten_id: Option<i64>,
}

impl UserRow {
    fn into_view(self) -> Result<UserView, AccountError> {
        let role = self
            .role
            .parse()
            .map_err(|e| AccountError::Internal(format!("user {}: {e}", self.id)))?;
        let location = reference::location_from_columns(
            self.region_id,
            self.district_id,
            self.commission_id,
            self.kindergarten_id,
        );
        Ok(UserView {
            id: self.id,
            login: self.login,
            full_name: self.full_name,
            personal_number: self.personal_number,
            role,
            scope: location.into(),
            disabled: self.disabled,
        })
    }
}

const SELECT_USERS: &str = "SELECT u.id, u.login, u.full_name, u.personal_number, u.role, \
     u.disabled, l.region_id, l.district_id, l.commission_id, l.kindergarten_id \
     FROM users u JOIN user_locations l ON l.user_id = u.id";

/// What it takes to open an account.
#[derive(Debug, Clone, Deserialize)]
pub struct NewUser {
    pub login: String,
    pub full_name: String,
    #[serde(default)]
    pub personal_number: Option<String>,
    pub role: Role,
    pub scope: ScopeRef,
    pub password: String,
}

/// Checks the parts of a new account that need no database; returns the canonical personal number.
fn validate(new: &NewUser) -> Result<Option<String>, AccountError> {
    let login = new.login.trim();
    if login.is_empty() || login.len() > 64 || login.chars().any(char::is_whitespace) {
        return Err(AccountError::Invalid(
            "a login is 1 to 64 characters without spaces".into(),
        ));
    }
    if new.full_name.trim().is_empty() {
        return Err(AccountError::Invalid("the full name is empty".into()));
    }
    if !new.role.scope_kinds().contains(&new.scope.kind) {
        let kinds: Vec<&str> = new.role.scope_kinds().iter().map(|k| k.as_str()).collect();
        return Err(AccountError::Invalid(format!(
            "a {} works for a {} scope, not {}",
            new.role,
            kinds.join(" or "),
            new.scope.kind.as_str()
        )));
    }
    new.personal_number
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            AnyPersonalNumber::parse(p)
                .map(|n| n.as_str().to_owned())
                .map_err(|e| AccountError::Invalid(format!("personal number: {e}")))
        })
        .transpose()
}

/// Where a requested scope sits in the tree (`UnknownUnit` if its unit does not exist).
pub async fn resolve_scope(pool: &PgPool, scope: ScopeRef) -> Result<Location, AccountError> {
    let id = match (scope.kind, scope.id) {
        (ScopeKind::System, None) => return Ok(Location::SYSTEM),
        (ScopeKind::System, Some(_)) => {
            return Err(AccountError::Invalid("a system scope has no id".into()))
        }
        (kind, None) => {
            return Err(AccountError::Invalid(format!(
                "a {} scope needs an id",
                kind.as_str()
            )))
        }
        (_, Some(id)) => id,
    };
    reference::locate(pool, scope.kind, id)
        .await?
        .ok_or(AccountError::UnknownUnit {
            kind: scope.kind.as_str(),
            id,
        })
}

pub async fn create(
    pool: &PgPool,
    actor: &Actor,
    new: NewUser,
    now: DateTime<Utc>,
) -> Result<UserView, AccountError> {
    let personal_number = validate(&new)?;
    let location = resolve_scope(pool, new.scope).await?;
    debug_assert!(scope_fits_role(new.role, &location));
    let hash = password::hash_blocking(new.password)
        .await
        .map_err(|e| AccountError::Invalid(e.to_string()))?;
    let (region, district, commission, kindergarten) = match (new.scope.kind, new.scope.id) {
        (ScopeKind::Region, id) => (id, None, None, None),
        (ScopeKind::District, id) => (None, id, None, None),
        (ScopeKind::Commission, id) => (None, None, id, None),
        (ScopeKind::Kindergarten, id) => (None, None, None, id),
        (ScopeKind::System, _) => (None, None, None, None),
    };
    let mut tx = pool.begin().await?;
    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO users (login, full_name, personal_number, role, region_id, district_id, \
         commission_id, kindergarten_id, password_hash, password_changed_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(new.login.trim())
    .bind(new.full_name.trim())
    .bind(&personal_number)
    .bind(new.role.as_str())
    .bind(region)
    .bind(district)
    .bind(commission)
    .bind(kindergarten)
    .bind(&hash)
    .bind(now)
    .fetch_one(&mut *tx)
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(AccountError::LoginTaken(new.login.trim().to_owned()))
        }
        Err(e) => return Err(e.into()),
    };
    let view = UserView {
        id,
        login: new.login.trim().to_owned(),
        full_name: new.full_name.trim().to_owned(),
        personal_number,
        role: new.role,
        scope: location.into(),
        disabled: false,
    };
    history::record(
        &mut tx,
        actor,
        now,
        Event {
            action: "user.create",
            object_kind: "user",
            object_id: Some(id),
            before: None,
            after: history::json(&view),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(view)
}

pub async fn list(pool: &PgPool) -> Result<Vec<UserView>, AccountError> {
    let rows: Vec<UserRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT_USERS} ORDER BY u.id")))
            .fetch_all(pool)
            .await?;
    rows.into_iter().map(UserRow::into_view).collect()
}

pub async fn get(pool: &PgPool, id: i64) -> Result<UserView, AccountError> {
    let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT_USERS} WHERE u.id = $1"
    )))
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.ok_or_else(|| AccountError::UnknownUser(format!("with id {id}")))?
        .into_view()
}

pub async fn id_by_login(pool: &PgPool, login: &str) -> Result<i64, AccountError> {
    sqlx::query_scalar("SELECT id FROM users WHERE lower(login) = lower($1)")
        .bind(login.trim())
        .fetch_optional(pool)
        .await?
        .ok_or_else(|| AccountError::UnknownUser(format!("{login:?}")))
}

/// Disables an account and ends its sessions. Disabling twice changes nothing more.
pub async fn disable(
    pool: &PgPool,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> Result<UserView, AccountError> {
    let before = get(pool, id).await?;
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET disabled = true WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sessions::revoke_of_user(&mut tx, id, None, now).await?;
    let after = UserView {
        disabled: true,
        ..before.clone()
    };
    if before != after {
        history::record(
            &mut tx,
            actor,
            now,
            Event {
                action: "user.disable",
                object_kind: "user",
                object_id: Some(id),
                before: history::json(&before),
                after: history::json(&after),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(after)
}

/// Sets a new password, clears the failed-login lock and ends every session of the account.
pub async fn reset_password(
    pool: &PgPool,
    actor: &Actor,
    id: i64,
    new_password: String,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    set_password(pool, actor, id, new_password, None, now).await
}

/// A user's own new password (the caller checked the current one): clears the failed-login
/// lock and ends the account's other sessions, keeping `session_id`, the one that asked.
pub async fn change_own_password(
    pool: &PgPool,
    actor: &Actor,
    id: i64,
    session_id: i64,
    new_password: String,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    set_password(pool, actor, id, new_password, Some(session_id), now).await
}

/// Stores the new password's hash, clears the failed-login lock and ends the account's sessions
/// but `keep`, with its history event (`user.reset_password` by an administrator,
/// `user.change_password` by the user, who keeps the session that asked).
async fn set_password(
    pool: &PgPool,
    actor: &Actor,
    id: i64,
    new_password: String,
    keep: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    let view = get(pool, id).await?;
    let hash = password::hash_blocking(new_password)
        .await
        .map_err(|e| AccountError::Invalid(e.to_string()))?;
    let mut tx = pool.begin().await?;
    sqlx::query(
        "UPDATE users SET password_hash = $2, password_changed_at = $3, failed_logins = 0, \
         locked_until = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(&hash)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let revoked = sessions::revoke_of_user(&mut tx, id, keep, now).await?;
    let (action, after) = match keep {
        None => (
            "user.reset_password",
            serde_json::json!({ "login": view.login, "sessions_revoked": revoked }),
        ),
        Some(kept) => (
            "user.change_password",
            serde_json::json!({
                "login": view.login,
                "session_kept": kept,
                "sessions_revoked": revoked,
            }),
        ),
    };
    let event = Event {
        action,
        object_kind: "user",
        object_id: Some(id),
        before: None,
        after: Some(after),
    };
    history::record(&mut tx, actor, now, event).await?;
    tx.commit().await?;
    Ok(())
}
