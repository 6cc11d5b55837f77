//! [`Transport`] over the server's HTTP API: JSON bodies, a bearer token, gzip answers.
//!
//! Errors are mapped once here, by status and the API's stable `{code, detail}` body, never by
//! message text: connection failures, timeouts and cut answers are [`TransportError::Offline`].

use crate::transport::{Transport, TransportError};
use kezek_sync::{
    FetchRequest, FetchResponse, InventoryRequest, InventoryResponse, PullRequest, PullResponse,
    PushRequest, PushResponse, UpgradeNeeded,
};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The push and pull endpoints, relative to the server's base address.
pub const PUSH_PATH: &str = "/api/v1/sync/push";
pub const PULL_PATH: &str = "/api/v1/sync/pull";
pub const INVENTORY_PATH: &str = "/api/v1/sync/inventory";
pub const FETCH_PATH: &str = "/api/v1/sync/fetch";
pub const SESSION_PATH: &str = "/api/v1/session";

/// How long one call may take before the server counts as unreachable. A pull page of
/// thousands of applications is a few MB; this leaves room for slow lines.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone)]
pub struct HttpTransport {
    client: reqwest::Client,
    base: String,
    token: String,
}

impl std::fmt::Debug for HttpTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("HttpTransport")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct LoginBody<'a> {
    login: &'a str,
    password: &'a str,
    device_id: &'a str,
}

#[derive(Deserialize)]
struct SessionCreated {
    token: String,
}

/// The API's error body.
#[derive(Deserialize, Default)]
struct ApiErrorBody {
    #[serde(default)]
    code: String,
    #[serde(default)]
    detail: String,
}

impl HttpTransport {
    /// A transport with a session token obtained elsewhere (the app's login).
    pub fn new(base: impl Into<String>, token: impl Into<String>) -> Result<Self, TransportError> {
        Ok(HttpTransport {
            client: client(DEFAULT_TIMEOUT)?,
            base: base.into().trim_end_matches('/').to_owned(),
            token: token.into(),
        })
    }

    /// Logs in (`POST /api/v1/session`) and keeps the session's token.
    pub async fn login(
        base: impl Into<String>,
        login: &str,
        password: &str,
        device_id: &str,
    ) -> Result<Self, TransportError> {
        let mut t = HttpTransport::new(base, "")?;
        let body = LoginBody {
            login,
            password,
            device_id,
        };
        let created: SessionCreated = t.call(SESSION_PATH, &body, false).await?;
        t.token = created.token;
        Ok(t)
    }

    /// A copy with a shorter or longer timeout per call.
    pub fn with_timeout(mut self, timeout: Duration) -> Result<Self, TransportError> {
        self.client = client(timeout)?;
        Ok(self)
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    async fn call<B: Serialize + ?Sized, R: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        bearer: bool,
    ) -> Result<R, TransportError> {
        let mut request = self.client.post(format!("{}{path}", self.base)).json(body);
        if bearer {
            request = request.bearer_auth(&self.token);
        }
        let response = request.send().await.map_err(offline_or_malformed)?;
        let status = response.status();
        // The whole body first: a connection cut while reading it is "offline", not "malformed".
        let bytes = response.bytes().await.map_err(offline_or_malformed)?;
        if status.is_success() {
            return serde_json::from_slice(&bytes)
                .map_err(|e| TransportError::Malformed(format!("{path}: {e}")));
        }
        Err(error_of(status, &bytes))
    }
}

fn client(timeout: Duration) -> Result<reqwest::Client, TransportError> {
    // gzip: the client asks for compressed answers (Accept-Encoding) and inflates them.
    reqwest::Client::builder()
        .gzip(true)
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(timeout)
        .build()
        .map_err(|e| TransportError::Malformed(format!("HTTP client: {e}")))
}

fn offline_or_malformed(e: reqwest::Error) -> TransportError {
    if e.is_decode() && !e.is_body() {
        TransportError::Malformed(e.to_string())
    } else {
        // Connect, timeout, reset, a body cut short: the server was not reached or went away.
        TransportError::Offline(e.to_string())
    }
}

fn error_of(status: StatusCode, body: &[u8]) -> TransportError {
    if status == StatusCode::UPGRADE_REQUIRED {
        if let Ok(u) = serde_json::from_slice::<UpgradeNeeded>(body) {
            return TransportError::UpgradeNeeded(u);
        }
    }
    let e: ApiErrorBody = serde_json::from_slice(body).unwrap_or_default();
    match status {
        StatusCode::UNAUTHORIZED => TransportError::Unauthorized { code: e.code },
        StatusCode::FORBIDDEN => TransportError::Forbidden(e.detail),
        _ => TransportError::Server {
            status: status.as_u16(),
            code: e.code,
            detail: e.detail,
        },
    }
}

impl Transport for HttpTransport {
    async fn push(&self, request: &PushRequest) -> Result<PushResponse, TransportError> {
        self.call(PUSH_PATH, request, true).await
    }

    async fn pull(&self, request: &PullRequest) -> Result<PullResponse, TransportError> {
        self.call(PULL_PATH, request, true).await
    }

    async fn inventory(
        &self,
        request: &InventoryRequest,
    ) -> Result<InventoryResponse, TransportError> {
        self.call(INVENTORY_PATH, request, true).await
    }

    async fn fetch(&self, request: &FetchRequest) -> Result<FetchResponse, TransportError> {
        self.call(FETCH_PATH, request, true).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_mapped_by_status_and_code() {
        let upgrade = serde_json::to_vec(&kezek_sync::check_protocol(0).unwrap_err()).unwrap();
        assert!(matches!(
            error_of(StatusCode::UPGRADE_REQUIRED, &upgrade),
            TransportError::UpgradeNeeded(u) if u.client_is_older()
        ));
        let body = br#"{"code":"session_expired","detail":"x"}"#;
        assert_eq!(
            error_of(StatusCode::UNAUTHORIZED, body),
            TransportError::Unauthorized {
                code: "session_expired".into()
            }
        );
        assert_eq!(
            error_of(
                StatusCode::FORBIDDEN,
                br#"{"code":"forbidden","detail":"not yours"}"#
            ),
            TransportError::Forbidden("not yours".into())
        );
        let e = error_of(StatusCode::SERVICE_UNAVAILABLE, b"not json");
        assert!(e.is_transient(), "{e:?}");
        assert_eq!(e.code(), "server");
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let t = HttpTransport::new("http://127.0.0.1:1/", "secret-token").unwrap();
        assert_eq!(t.base(), "http://127.0.0.1:1");
        assert!(!format!("{t:?}").contains("secret"));
    }
}
