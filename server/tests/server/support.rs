//! The server tests' HTTP helpers over [`kezek_server::testing`] (databases, the running server,
//! the fixture tree).

pub use kezek_server::testing::*;

use kezek_server::state::ManualClock;
use serde_json::Value;

/// The real router on a loopback port, over a test database, with a hand-moved clock.
pub struct TestServer {
    pub base: String,
    pub clock: ManualClock,
    pub http: reqwest::Client,
    pub db: TestDb,
    _server: RunningServer,
}
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or("")
    }
}

impl TestServer {
    pub async fn start(db: TestDb) -> Self {
        let server = RunningServer::start(db.pool.clone()).await;
        TestServer {
            base: server.base.clone(),
            clock: server.clock.clone(),
            http: reqwest::Client::new(),
            db,
            _server: server,
        }
    }

    /// The mailer on the server's clock, sending to `smtp_url`.
    pub fn start_mailer(&self, smtp_url: &str) -> tokio::task::JoinHandle<()> {
        self._server.start_mailer(smtp_url)
    }

    /// Any request; `body` is sent as JSON when given.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("the server answers");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn login_reply(&self, login: &str, password: &str) -> Reply {
        self.call(
            "POST",
            "/api/v1/session",
            None,
            Some(serde_json::json!({ "login": login, "password": password, "device_id": "test-device" })),
        )
        .await
    }

    /// Logs in and returns the token; panics unless it works.
    pub async fn login(&self, login: &str, password: &str) -> String {
        let r = self.login_reply(login, password).await;
        assert_eq!(r.status, 200, "login {login}: {}", r.body);
        r.body["token"].as_str().unwrap().to_owned()
    }
}
