//! Accounts in the app: connecting to a server, signing in online, unlocking offline, locking,
//! signing out.
//!
//! With no server (the default) the app works on its local data and nobody signs in. With a
//! server (set here, or preset by `KEZEK_SERVER_URL`), the first sign-in is online: the session
//! token goes to the OS keyring (never the database), and an argon2id verifier of the password
//! with the user's profile goes to the local settings, so that later the same password unlocks
//! the app without the server. The app starts locked; it locks again after inactivity (the UI
//! tracks input and calls [`Kezek::lock`]). While locked or signed out, [`Kezek::ensure_unlocked`]
//! refuses everything else. Offline unlocking is throttled: after [`FREE_UNLOCK_FAILURES`]
//! failures, each further failure makes it wait [`UNLOCK_WAIT_SECS`] seconds.

use crate::error::{ApiError, ErrorCode};
use crate::server::{normalize_url, server_label, Me, Server, WireTree};
use crate::{now, Kezek};
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use kezek_store::AccountAudit;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use ts_rs::TS;

/// The keyring service of session tokens; the entry's user is `<login>@<server>`.
pub const SESSION_KEYRING_SERVICE: &str = "kezek-session";
/// The environment variable that presets the server address (a stored choice wins).
pub const SERVER_URL_ENV: &str = "KEZEK_SERVER_URL";
pub const DEFAULT_LOCK_MINUTES: u32 = 15;
pub const MAX_LOCK_MINUTES: u32 = 240;
/// Failed offline unlocks that cost nothing; each one after that makes the next attempt wait.
pub const FREE_UNLOCK_FAILURES: u32 = 5;
pub const UNLOCK_WAIT_SECS: i64 = 30;

const KEY_SERVER_URL: &str = "account.server_url";
const KEY_PROFILE: &str = "account.profile";
pub(crate) const KEY_VERIFIER: &str = "account.verifier";
const KEY_LOCK_MINUTES: &str = "account.lock_minutes";
pub(crate) const KEY_FAILURES: &str = "account.failed_unlocks";
pub(crate) const KEY_BLOCKED_UNTIL: &str = "account.unlock_blocked_until";

/// The signed-in user as the app shows it (kept locally for offline work).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountUser {
    #[ts(type = "number")]
    pub user_id: i64,
    pub login: String,
    pub full_name: String,
    /// `administrator`, `operator`, `commission_secretary`, … (the server's role names).
    pub role: String,
    /// `system`, `region`, `district`, `commission` or `kindergarten`.
    pub scope_kind: String,
    /// The names along the scope's path, from the region down.
    pub scope_names: Vec<String>,
    pub server_url: String,
}

impl AccountUser {
    pub fn is_administrator(&self) -> bool {
        self.role == "administrator"
    }
}

/// Where the app stands with accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AccountMode {
    /// No server: local data, nobody signs in.
    Embedded,
    /// A server is set and nobody is signed in: only the sign-in screen.
    SignedOut,
    /// Signed in before; the password unlocks (offline too).
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountStatus {
    pub mode: AccountMode,
    pub server_url: Option<String>,
    pub user: Option<AccountUser>,
    /// Minutes without input before the app locks.
    pub lock_minutes: u32,
}

/// What this process knows of the account (mirrors the settings; the token is memory only).
#[derive(Debug, Default)]
struct State {
    server_url: Option<String>,
    user: Option<AccountUser>,
    locked: bool,
    token: Option<String>,
    lock_minutes: u32,
}

/// The account state shared by every clone of a [`Kezek`].
#[derive(Clone, Default)]
pub(crate) struct Account(Arc<Mutex<State>>);

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Account { .. }")
    }
}

impl Account {
    /// The state from the settings at start: signed in before means locked now.
    pub(crate) fn load(settings: &BTreeMap<String, String>) -> Self {
        let stored_url = settings.get(KEY_SERVER_URL).cloned();
        // An empty stored address is the explicit choice of "no server" over the environment.
        let server_url = match stored_url {
            Some(url) => Some(url).filter(|u| !u.is_empty()),
            None => std::env::var(SERVER_URL_ENV)
                .ok()
                .and_then(|u| normalize_url(&u).ok()),
        };
        let user: Option<AccountUser> = settings
            .get(KEY_PROFILE)
            .and_then(|p| serde_json::from_str(p).ok())
            .filter(|_| settings.contains_key(KEY_VERIFIER));
        let lock_minutes = settings
            .get(KEY_LOCK_MINUTES)
            .and_then(|m| m.parse().ok())
            .unwrap_or(DEFAULT_LOCK_MINUTES);
        Account(Arc::new(Mutex::new(State {
            server_url: user.as_ref().map(|u| u.server_url.clone()).or(server_url),
            locked: user.is_some(),
            user,
            token: None,
            lock_minutes,
        })))
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A poisoned lock only means a panic elsewhere; the state itself stays consistent.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn status(&self) -> AccountStatus {
        let s = self.state();
        let mode = match (&s.user, &s.server_url, s.locked) {
            (Some(_), _, true) => AccountMode::Locked,
            (Some(_), _, false) => AccountMode::Unlocked,
            (None, Some(_), _) => AccountMode::SignedOut,
            (None, None, _) => AccountMode::Embedded,
        };
        AccountStatus {
            mode,
            server_url: s.server_url.clone(),
            user: s.user.clone(),
            lock_minutes: s.lock_minutes,
        }
    }

    /// The person acting, for the history: the signed-in login, if any.
    pub(crate) fn login(&self) -> Option<String> {
        self.state().user.as_ref().map(|u| u.login.clone())
    }
}

fn keyring_entry(user: &AccountUser) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(
        SESSION_KEYRING_SERVICE,
        &format!("{}@{}", user.login, server_label(&user.server_url)),
    )
}

/// Keeps the token in the OS keyring. Best effort: without a keyring the token lives in memory
/// until the app closes, and the offline unlock still works.
async fn keep_token(user: &AccountUser, token: &str) {
    let (user, token) = (user.clone(), token.to_string());
    let _ = tokio::task::spawn_blocking(move || {
        keyring_entry(&user).and_then(|e| e.set_password(&token))
    })
    .await;
}

async fn recall_token(user: &AccountUser) -> Option<String> {
    let user = user.clone();
    tokio::task::spawn_blocking(move || keyring_entry(&user).ok()?.get_password().ok())
        .await
        .ok()
        .flatten()
}

async fn forget_token(user: &AccountUser) {
    let user = user.clone();
    let _ = tokio::task::spawn_blocking(move || {
        keyring_entry(&user).and_then(|e| e.delete_credential())
    })
    .await;
}

/// The argon2id PHC string of `password` (on the blocking pool: it costs CPU on purpose).
pub(crate) async fn make_verifier(password: &str) -> Result<String, ApiError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
    })
    .await
    .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?
    .map_err(|e| ApiError::new(ErrorCode::Internal, format!("hashing: {e}")))
}

async fn verify(password: &str, phc: &str) -> bool {
    let (password, phc) = (password.to_string(), phc.to_string());
    tokio::task::spawn_blocking(move || match PasswordHash::new(&phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    })
    .await
    .unwrap_or(false)
}

fn sign_out_first() -> ApiError {
    ApiError::invalid_input("another account is signed in here: sign out first")
        .with_arg("reason", "sign_out_first")
}

impl Kezek {
    pub fn account_status(&self) -> AccountStatus {
        self.account.status()
    }

    /// Refuses while locked or while a server is set and nobody is signed in. Every command of
    /// the app but the account ones passes here first.
    pub fn ensure_unlocked(&self) -> Result<(), ApiError> {
        match self.account.status().mode {
            AccountMode::Embedded | AccountMode::Unlocked => Ok(()),
            AccountMode::Locked => Err(ApiError::new(ErrorCode::Locked, "the app is locked")),
            AccountMode::SignedOut => Err(ApiError::new(
                ErrorCode::SignInRequired,
                "sign in to the server first",
            )),
        }
    }

    /// Sets the server (or `None`: work without one). Only while nobody is signed in.
    pub async fn set_server_url(&self, url: Option<&str>) -> Result<AccountStatus, ApiError> {
        if self.account.status().user.is_some() {
            return Err(sign_out_first());
        }
        let url = url
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(normalize_url)
            .transpose()?;
        self.store
            .set_account_settings(
                &[(KEY_SERVER_URL, Some(url.as_deref().unwrap_or("")))],
                &[],
                Some(AccountAudit {
                    action: "server_changed",
                    user_name: &self.user_name(),
                    at: now(),
                }),
            )
            .await?;
        self.account.state().server_url = url;
        Ok(self.account_status())
    }

    /// Signs in online at `url`: opens a session, keeps its token in the keyring and the
    /// verifier and profile locally, and unlocks. The same user signing in again (e.g. from the
    /// lock screen) refreshes all three; another user must sign the first one out.
    pub async fn login(
        &self,
        url: &str,
        login: &str,
        password: &str,
    ) -> Result<AccountStatus, ApiError> {
        let url = normalize_url(url)?;
        let login = login.trim();
        if login.is_empty() || password.is_empty() {
            return Err(ApiError::new(
                ErrorCode::WrongPassword,
                "the login and the password are needed",
            ));
        }
        if let Some(user) = self.account.status().user {
            if !user.login.eq_ignore_ascii_case(login) || user.server_url != url {
                return Err(sign_out_first());
            }
        }
        let server = Server::new(self.http.clone(), &url);
        let session = server
            .login(login, password, self.store.device_id())
            .await
            .map_err(|e| {
                if e.code == ErrorCode::NotFound {
                    ApiError::new(ErrorCode::UpgradeNeeded, e.detail)
                } else {
                    e
                }
            })?;
        let me: Me = server.get("/api/v1/me", &session.token).await?;
        // The names are a courtesy: a tree the server refuses leaves them out.
        let tree: WireTree = server
            .get("/api/v1/reference", &session.token)
            .await
            .unwrap_or_default();
        let user = AccountUser {
            user_id: me.user_id,
            login: me.login,
            full_name: me.full_name,
            role: me.role,
            scope_names: tree.names(&me.scope),
            scope_kind: me.scope.kind,
            server_url: url.clone(),
        };
        let verifier = make_verifier(password).await?;
        let profile = serde_json::to_string(&user).expect("a profile serialises");
        self.store
            .set_account_settings(
                &[
                    (KEY_SERVER_URL, Some(&url)),
                    (KEY_PROFILE, Some(&profile)),
                    (KEY_VERIFIER, Some(&verifier)),
                    (KEY_FAILURES, None),
                    (KEY_BLOCKED_UNTIL, None),
                ],
                &[KEY_VERIFIER],
                Some(AccountAudit {
                    action: "signed_in",
                    user_name: &user.login,
                    at: now(),
                }),
            )
            .await?;
        keep_token(&user, &session.token).await;
        let mut s = self.account.state();
        s.server_url = Some(url);
        s.user = Some(user);
        s.token = Some(session.token);
        s.locked = false;
        drop(s);
        Ok(self.account_status())
    }

    /// Unlocks with the password, against the local verifier (no server needed).
    pub async fn unlock(&self, password: &str) -> Result<AccountStatus, ApiError> {
        self.unlock_at(password, Utc::now()).await
    }

    /// [`Kezek::unlock`] at a given time (the throttle's clock).
    pub async fn unlock_at(
        &self,
        password: &str,
        now_utc: DateTime<Utc>,
    ) -> Result<AccountStatus, ApiError> {
        let status = self.account.status();
        if status.user.is_none() {
            return Err(ApiError::new(
                ErrorCode::SignInRequired,
                "nobody has signed in on this device yet",
            ));
        }
        let settings = self.store.account_settings().await?;
        let blocked_until = settings
            .get(KEY_BLOCKED_UNTIL)
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc));
        if let Some(until) = blocked_until.filter(|u| *u > now_utc) {
            let ms = (until - now_utc).num_milliseconds();
            return Err(ApiError::new(
                ErrorCode::TooManyAttempts,
                "too many wrong passwords on this device",
            )
            .with_arg("seconds", ((ms + 999) / 1000).to_string()));
        }
        let verifier = settings.get(KEY_VERIFIER).cloned().unwrap_or_default();
        if !verify(password, &verifier).await {
            let failures = settings
                .get(KEY_FAILURES)
                .and_then(|f| f.parse::<u32>().ok())
                .unwrap_or(0)
                + 1;
            let blocked = (failures >= FREE_UNLOCK_FAILURES)
                .then(|| (now_utc + chrono::Duration::seconds(UNLOCK_WAIT_SECS)).to_rfc3339());
            self.store
                .set_account_settings(
                    &[
                        (KEY_FAILURES, Some(&failures.to_string())),
                        (KEY_BLOCKED_UNTIL, blocked.as_deref()),
                    ],
                    &[],
                    None,
                )
                .await?;
            let err = ApiError::new(ErrorCode::WrongPassword, "wrong password")
                .with_arg("offline", "true");
            return Err(match failures.checked_sub(FREE_UNLOCK_FAILURES) {
                Some(_) => err.with_arg("seconds", UNLOCK_WAIT_SECS.to_string()),
                None => err.with_arg("remaining", (FREE_UNLOCK_FAILURES - failures).to_string()),
            });
        }
        if settings.contains_key(KEY_FAILURES) || blocked_until.is_some() {
            self.store
                .set_account_settings(
                    &[(KEY_FAILURES, None), (KEY_BLOCKED_UNTIL, None)],
                    &[],
                    None,
                )
                .await?;
        }
        self.account.state().locked = false;
        Ok(self.account_status())
    }

    /// Locks the app (after inactivity, or by hand). Without an account there is nothing to lock.
    pub fn lock(&self) -> AccountStatus {
        let mut s = self.account.state();
        if s.user.is_some() {
            s.locked = true;
        }
        drop(s);
        self.account_status()
    }

    /// Signs out: ends the session on the server when it answers, forgets the token, the
    /// verifier and the profile. The server address stays for the next sign-in. No password is
    /// asked: signing out only takes access away.
    pub async fn logout(&self) -> Result<AccountStatus, ApiError> {
        let Some(user) = self.account.status().user else {
            return Ok(self.account_status());
        };
        if let Some(token) = self.session_token().await {
            let server = Server::new(self.http.clone(), &user.server_url);
            // Offline or already revoked: the token is forgotten here all the same.
            let _ = server.logout(&token).await;
        }
        forget_token(&user).await;
        self.store
            .set_account_settings(
                &[
                    (KEY_PROFILE, None),
                    (KEY_VERIFIER, None),
                    (KEY_FAILURES, None),
                    (KEY_BLOCKED_UNTIL, None),
                ],
                &[KEY_VERIFIER],
                Some(AccountAudit {
                    action: "signed_out",
                    user_name: &user.login,
                    at: now(),
                }),
            )
            .await?;
        let mut s = self.account.state();
        s.user = None;
        s.token = None;
        s.locked = false;
        drop(s);
        Ok(self.account_status())
    }

    pub async fn set_lock_minutes(&self, minutes: u32) -> Result<AccountStatus, ApiError> {
        if !(1..=MAX_LOCK_MINUTES).contains(&minutes) {
            return Err(ApiError::invalid_input(format!(
                "the lock timeout is 1 to {MAX_LOCK_MINUTES} minutes"
            ))
            .with_arg("reason", "lock_minutes"));
        }
        self.store
            .set_account_settings(
                &[(KEY_LOCK_MINUTES, Some(&minutes.to_string()))],
                &[],
                Some(AccountAudit {
                    action: "lock_minutes_changed",
                    user_name: &self.user_name(),
                    at: now(),
                }),
            )
            .await?;
        self.account.state().lock_minutes = minutes;
        Ok(self.account_status())
    }

    /// The session token: this process's, else the keyring's.
    pub(crate) async fn session_token(&self) -> Option<String> {
        let (token, user) = {
            let s = self.account.state();
            (s.token.clone(), s.user.clone())
        };
        if token.is_some() {
            return token;
        }
        let token = recall_token(&user?).await?;
        self.account.state().token = Some(token.clone());
        Some(token)
    }

    /// The server and token for an online action of the signed-in, unlocked user.
    pub(crate) async fn online(&self) -> Result<(Server, String, AccountUser), ApiError> {
        self.ensure_unlocked()?;
        let user =
            self.account.status().user.ok_or_else(|| {
                ApiError::new(ErrorCode::SignInRequired, "no account is signed in")
            })?;
        let token = self.session_token().await.ok_or_else(|| {
            ApiError::new(
                ErrorCode::SessionExpired,
                "no session on this device: sign in online again",
            )
        })?;
        Ok((
            Server::new(self.http.clone(), &user.server_url),
            token,
            user,
        ))
    }

    /// Forgets a token the server no longer accepts (the next online action asks to sign in).
    pub(crate) async fn drop_rejected_token(&self, e: &ApiError) {
        if e.code == ErrorCode::SessionExpired {
            let user = {
                let mut s = self.account.state();
                s.token = None;
                s.user.clone()
            };
            if let Some(user) = user {
                forget_token(&user).await;
            }
        }
    }
}
