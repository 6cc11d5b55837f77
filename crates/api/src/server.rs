//! The HTTP client of kezek-server's account endpoints: the wire shapes we read, and the mapping
//! of the server's answers (`{code, detail}` with a status) to our [`ApiError`] codes.

use crate::error::{ApiError, ErrorCode};
use reqwest::{Client, Method, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// A server address as kept: `http(s)://host[:port][/path]` without a trailing slash.
pub fn normalize_url(raw: &str) -> Result<String, ApiError> {
    let trimmed = raw.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed).map_err(|e| {
        ApiError::invalid_input(format!("{trimmed:?} is not a server address: {e}"))
            .with_arg("reason", "server_url")
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(
            ApiError::invalid_input(format!("{trimmed:?} is not an http(s) address"))
                .with_arg("reason", "server_url"),
        );
    }
    Ok(trimmed.to_string())
}

/// The server part of a keyring entry's user: the address without its scheme.
pub fn server_label(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
}

#[derive(Debug, Serialize)]
struct LoginRequest<'a> {
    login: &'a str,
    password: &'a str,
    device_id: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct SessionCreated {
    pub token: String,
}

/// A scope as the server shows it: its kind and the whole path of ids to it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct WireScope {
    pub kind: String,
    pub region_id: Option<i64>,
    pub district_id: Option<i64>,
    pub commission_id: Option<i64>,
    pub kindergarten_id: Option<i64>,
}

/// `GET /api/v1/me`.
#[derive(Debug, Clone, Deserialize)]
pub struct Me {
    pub user_id: i64,
    pub login: String,
    pub full_name: String,
    pub role: String,
    pub scope: WireScope,
}

/// A user of `GET /api/v1/users`.
#[derive(Debug, Clone, Deserialize)]
pub struct WireUser {
    pub id: i64,
    pub login: String,
    pub full_name: String,
    pub personal_number: Option<String>,
    pub role: String,
    pub scope: WireScope,
    pub disabled: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct WireUnit {
    pub id: i64,
    #[serde(default)]
    pub region_id: Option<i64>,
    #[serde(default)]
    pub district_id: Option<i64>,
    pub name: String,
}

/// `GET /api/v1/reference`: the tree cut to what the caller may see.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct WireTree {
    pub regions: Vec<WireUnit>,
    pub districts: Vec<WireUnit>,
    pub commissions: Vec<WireUnit>,
    pub kindergartens: Vec<WireUnit>,
}

impl WireTree {
    /// The names along a scope's path (region, district, commission or kindergarten), as far as
    /// the tree shows them.
    pub fn names(&self, scope: &WireScope) -> Vec<String> {
        let find = |list: &[WireUnit], id: Option<i64>| {
            id.and_then(|id| list.iter().find(|u| u.id == id).map(|u| u.name.clone()))
        };
        [
            find(&self.regions, scope.region_id),
            find(&self.districts, scope.district_id),
            find(&self.commissions, scope.commission_id),
            find(&self.kindergartens, scope.kindergarten_id),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// The error body of every kezek-server error.
#[derive(Debug, Default, Deserialize)]
struct ErrorBody {
    #[serde(default)]
    code: String,
    #[serde(default)]
    detail: String,
}

/// The server at one address.
#[derive(Clone, Debug)]
pub struct Server {
    http: Client,
    pub base: String,
}

pub fn http_client() -> Client {
    Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(20))
        .build()
        .expect("the HTTP client builds (no TLS backend to fail)")
}

impl Server {
    pub fn new(http: Client, base: &str) -> Self {
        Self {
            http,
            base: base.to_string(),
        }
    }

    pub async fn login(
        &self,
        login: &str,
        password: &str,
        device_id: &str,
    ) -> Result<SessionCreated, ApiError> {
        let body = LoginRequest {
            login,
            password,
            device_id,
        };
        let response = self
            .send(self.http.post(self.url("/api/v1/session")).json(&body))
            .await?;
        json(response).await
    }

    /// Ends the session on the server.
    pub async fn logout(&self, token: &str) -> Result<(), ApiError> {
        self.call(Method::DELETE, "/api/v1/session", token, None::<&()>)
            .await
            .map(drop)
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str, token: &str) -> Result<T, ApiError> {
        json(self.call(Method::GET, path, token, None::<&()>).await?).await
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        token: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        json(self.call(Method::POST, path, token, Some(body)).await?).await
    }

    /// A POST whose answer has no body (204).
    pub async fn post_empty<B: Serialize>(
        &self,
        path: &str,
        token: &str,
        body: &B,
    ) -> Result<(), ApiError> {
        self.call(Method::POST, path, token, Some(body))
            .await
            .map(drop)
    }

    async fn call<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<&B>,
    ) -> Result<Response, ApiError> {
        let mut request = self.http.request(method, self.url(path)).bearer_auth(token);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.send(request).await
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends, and turns a refused connection or an error status into our error.
    async fn send(&self, request: reqwest::RequestBuilder) -> Result<Response, ApiError> {
        let response = request
            .send()
            .await
            .map_err(|e| unreachable(&self.base, &e))?;
        if response.status().is_success() {
            Ok(response)
        } else {
            Err(error_of(response).await)
        }
    }
}

fn unreachable(base: &str, e: &reqwest::Error) -> ApiError {
    ApiError::new(ErrorCode::ServerUnreachable, format!("{base}: {e}")).with_arg("server", base)
}

async fn json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let url = response.url().to_string();
    response.json().await.map_err(|e| {
        ApiError::new(
            ErrorCode::ServerError,
            format!("{url}: unexpected answer: {e}"),
        )
    })
}

/// The server's error answer as ours (the code decides; the status is the fallback).
async fn error_of(response: Response) -> ApiError {
    let status = response.status();
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body: ErrorBody = response.json().await.unwrap_or_default();
    let detail = if body.detail.is_empty() {
        format!("the server answered {status}")
    } else {
        body.detail.clone()
    };
    let code = match (body.code.as_str(), status) {
        // A wrong login password (401), or a wrong current password when changing it (403).
        ("invalid_credentials" | "wrong_password", _) => ErrorCode::WrongPassword,
        ("account_disabled", _) => ErrorCode::AccountDisabled,
        ("too_many_attempts", _) | (_, StatusCode::TOO_MANY_REQUESTS) => {
            let seconds = retry_after.unwrap_or(30);
            return ApiError::new(ErrorCode::TooManyAttempts, detail)
                .with_arg("seconds", seconds.to_string());
        }
        ("upgrade_needed", _) | (_, StatusCode::UPGRADE_REQUIRED) => ErrorCode::UpgradeNeeded,
        ("unauthenticated" | "session_expired", _) | (_, StatusCode::UNAUTHORIZED) => {
            ErrorCode::SessionExpired
        }
        ("forbidden", _) | (_, StatusCode::FORBIDDEN) => ErrorCode::Forbidden,
        ("conflict", _) | (_, StatusCode::CONFLICT) => ErrorCode::Conflict,
        ("invalid_request", _) | (_, StatusCode::UNPROCESSABLE_ENTITY) => ErrorCode::InvalidInput,
        ("not_found", _) => ErrorCode::NotFound,
        // A path the server does not know: not a Kezek server of this generation.
        (_, StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED) => ErrorCode::UpgradeNeeded,
        (_, StatusCode::SERVICE_UNAVAILABLE | StatusCode::BAD_GATEWAY) => {
            ErrorCode::ServerUnreachable
        }
        _ => ErrorCode::ServerError,
    };
    ApiError::new(code, detail)
}
