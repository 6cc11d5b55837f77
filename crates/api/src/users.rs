//! User administration on the server, for an administrator who is signed in and online: list
//! the users of the administrator's scope, open an account, disable one, reset a password.
//!
//! The server takes the new password from the client and keeps only its hash; so the app makes
//! a random temporary password and shows it once, for the administrator to pass on.

use crate::error::{ApiError, ErrorCode};
use crate::server::{WireScope, WireTree, WireUnit, WireUser};
use crate::Kezek;
use rand::Rng;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Length of a temporary password (the server asks for at least 8).
pub const TEMPORARY_PASSWORD_LENGTH: usize = 12;
/// Letters and digits that cannot be mistaken for each other when read out or copied by hand.
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The roles and the kinds of scope each may be given (the server's rule; it checks it again).
const ROLES: &[(&str, &[&str])] = &[
    ("administrator", &["system"]),
    ("operator", &["region", "district"]),
    ("pmpk_specialist", &["region", "district"]),
    ("commission_secretary", &["commission"]),
    ("commission_chairman", &["commission"]),
    ("commission_member", &["commission"]),
    ("kindergarten_head", &["kindergarten"]),
];

/// An account on the server, as the administration screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ServerUser {
    #[ts(type = "number")]
    pub id: i64,
    pub login: String,
    pub full_name: String,
    pub personal_number: Option<String>,
    pub role: String,
    pub scope_kind: String,
    /// The names along the scope's path, from the region down (empty for `system`).
    pub scope_names: Vec<String>,
    pub disabled: bool,
}

/// A unit of the reference tree; `parent_id` is the region of a district, the district of a
/// commission or kindergarten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ServerUnit {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub parent_id: Option<i64>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RoleScopes {
    pub role: String,
    pub scope_kinds: Vec<String>,
}

/// What the new-user form picks from: the tree the administrator sees, and the roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ServerReference {
    pub regions: Vec<ServerUnit>,
    pub districts: Vec<ServerUnit>,
    pub commissions: Vec<ServerUnit>,
    pub kindergartens: Vec<ServerUnit>,
    pub roles: Vec<RoleScopes>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewServerUser {
    pub login: String,
    pub full_name: String,
    pub personal_number: Option<String>,
    pub role: String,
    pub scope_kind: String,
    /// The unit of the scope (none for `system`).
    #[ts(type = "number | null")]
    pub scope_id: Option<i64>,
}

/// A new account and its temporary password (shown this once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CreatedUser {
    pub user: ServerUser,
    pub temporary_password: String,
}

/// A reset password (shown this once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TemporaryPassword {
    #[ts(type = "number")]
    pub user_id: i64,
    pub temporary_password: String,
}

#[derive(Serialize)]
struct WireScopeRef<'a> {
    kind: &'a str,
    id: Option<i64>,
}

#[derive(Serialize)]
struct WireNewUser<'a> {
    login: &'a str,
    full_name: &'a str,
    personal_number: Option<&'a str>,
    role: &'a str,
    scope: WireScopeRef<'a>,
    password: &'a str,
}

#[derive(Serialize)]
struct WirePassword<'a> {
    password: &'a str,
}

pub fn temporary_password() -> String {
    let mut rng = rand::rng();
    (0..TEMPORARY_PASSWORD_LENGTH)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

fn units(list: Vec<WireUnit>, parent: fn(&WireUnit) -> Option<i64>) -> Vec<ServerUnit> {
    list.into_iter()
        .map(|u| ServerUnit {
            id: u.id,
            parent_id: parent(&u),
            name: u.name,
        })
        .collect()
}

fn user_of(w: WireUser, tree: &WireTree) -> ServerUser {
    let scope_names = tree.names(&w.scope);
    let WireScope { kind, .. } = w.scope;
    ServerUser {
        id: w.id,
        login: w.login,
        full_name: w.full_name,
        personal_number: w.personal_number,
        role: w.role,
        scope_kind: kind,
        scope_names,
        disabled: w.disabled,
    }
}

impl Kezek {
    /// The server, token and reference tree for an administrator's action; refuses other roles
    /// before asking the server (which refuses them too).
    async fn administer(&self) -> Result<(crate::server::Server, String), ApiError> {
        let (server, token, user) = self.online().await?;
        if !user.is_administrator() {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "only an administrator manages users",
            ));
        }
        Ok((server, token))
    }

    async fn checked<T>(&self, result: Result<T, ApiError>) -> Result<T, ApiError> {
        if let Err(e) = &result {
            self.drop_rejected_token(e).await;
        }
        result
    }

    /// The users of the administrator's scope.
    pub async fn server_users(&self) -> Result<Vec<ServerUser>, ApiError> {
        let (server, token) = self.administer().await?;
        let users: Vec<WireUser> = self
            .checked(server.get("/api/v1/users", &token).await)
            .await?;
        let tree: WireTree = self
            .checked(server.get("/api/v1/reference", &token).await)
            .await?;
        Ok(users.into_iter().map(|u| user_of(u, &tree)).collect())
    }

    /// The tree and roles the new-user form offers.
    pub async fn server_reference(&self) -> Result<ServerReference, ApiError> {
        let (server, token) = self.administer().await?;
        let tree: WireTree = self
            .checked(server.get("/api/v1/reference", &token).await)
            .await?;
        Ok(ServerReference {
            regions: units(tree.regions, |_| None),
            districts: units(tree.districts, |u| u.region_id),
            commissions: units(tree.commissions, |u| u.district_id),
            kindergartens: units(tree.kindergartens, |u| u.district_id),
            roles: ROLES
                .iter()
                .map(|(role, kinds)| RoleScopes {
                    role: (*role).to_string(),
                    scope_kinds: kinds.iter().map(|k| (*k).to_string()).collect(),
                })
                .collect(),
        })
    }

    /// Opens an account with a temporary password.
    pub async fn add_user(&self, new: &NewServerUser) -> Result<CreatedUser, ApiError> {
        let (server, token) = self.administer().await?;
        let password = temporary_password();
        let body = WireNewUser {
            login: new.login.trim(),
            full_name: new.full_name.trim(),
            personal_number: new
                .personal_number
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty()),
            role: &new.role,
            scope: WireScopeRef {
                kind: &new.scope_kind,
                id: new.scope_id,
            },
            password: &password,
        };
        let created: WireUser = self
            .checked(server.post("/api/v1/users", &token, &body).await)
            .await?;
        let tree: WireTree = server
            .get("/api/v1/reference", &token)
            .await
            .unwrap_or_default();
        Ok(CreatedUser {
            user: user_of(created, &tree),
            temporary_password: password,
        })
    }

    /// Disables an account (its sessions end on the server).
    pub async fn disable_user(&self, id: i64) -> Result<ServerUser, ApiError> {
        let (server, token) = self.administer().await?;
        let path = format!("/api/v1/users/{id}/disable");
        let user: WireUser = self
            .checked(server.post(&path, &token, &serde_json::json!({})).await)
            .await?;
        let tree: WireTree = server
            .get("/api/v1/reference", &token)
            .await
            .unwrap_or_default();
        Ok(user_of(user, &tree))
    }

    /// Gives an account a new temporary password (its sessions end on the server).
    pub async fn reset_user_password(&self, id: i64) -> Result<TemporaryPassword, ApiError> {
        let (server, token) = self.administer().await?;
        let password = temporary_password();
        let path = format!("/api/v1/users/{id}/reset-password");
        self.checked(
            server
                .post_empty(
                    &path,
                    &token,
                    &WirePassword {
                        password: &password,
                    },
                )
                .await,
        )
        .await?;
        Ok(TemporaryPassword {
            user_id: id,
            temporary_password: password,
        })
    }
}
