//! One WebDriver session with the real app: tauri-driver started and stopped around it.

use std::future::Future;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

const DRIVER_PORT: u16 = 4444;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// Where screenshots for people go: `<target>/e2e/`.
pub fn artifacts_dir() -> PathBuf {
    let dir = target_dir().join("e2e");
    std::fs::create_dir_all(&dir).expect("the artifacts directory can be made");
    dir
}

fn app_binary() -> PathBuf {
    std::env::var_os("KEZEK_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/kezek-app"))
        .canonicalize()
        .expect("the app is built (scripts/test.sh builds it; or set KEZEK_APP)")
}

fn tauri_driver() -> PathBuf {
    std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join(".tools/bin/tauri-driver"))
}

pub struct Session {
    pub driver: WebDriver,
    tauri_driver: Child,
}

impl Session {
    /// Starts the app on the database in `data_dir`.
    pub async fn start(data_dir: &Path) -> Session {
        Self::start_with(data_dir, &[]).await
    }

    /// Starts the app on the database in `data_dir` with extra environment variables (e.g.
    /// `KEZEK_SERVER_URL`).
    pub async fn start_with(data_dir: &Path, env: &[(&str, &str)]) -> Session {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "end-to-end tests need a display: run them under xvfb-run (scripts/test.sh does)"
        );
        assert!(
            TcpStream::connect(("127.0.0.1", DRIVER_PORT)).is_err(),
            "port {DRIVER_PORT} is taken: a tauri-driver from an earlier run is still alive"
        );
        let app = app_binary();
        let mut tauri_driver = Command::new(tauri_driver())
            .args(["--port", &DRIVER_PORT.to_string(), "--native-port", "4445"])
            .env("KEZEK_DATA_DIR", data_dir)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts (scripts/test.sh installs it into .tools/)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", DRIVER_PORT)).is_err() {
            if Instant::now() > deadline {
                let _ = tauri_driver.kill();
                panic!("tauri-driver did not listen on {DRIVER_PORT}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").expect("capability");
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": app.display().to_string() }),
        )
        .expect("capability");
        // tauri-driver accepts connections before its WebKitWebDriver is ready: retry briefly.
        let mut attempt = 0;
        let driver = loop {
            attempt += 1;
            match WebDriver::new(format!("http://127.0.0.1:{DRIVER_PORT}"), caps.clone()).await {
                Ok(d) => break d,
                Err(e) if attempt < 10 => {
                    eprintln!("session attempt {attempt} failed ({e}), retrying");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => {
                    stop(&mut tauri_driver);
                    panic!("the app session starts: {e}");
                }
            }
        };
        Session {
            driver,
            tauri_driver,
        }
    }

    /// Quits; when the scenario failed, first saves a screenshot to `<target>/e2e/failure.png`.
    pub async fn quit_after<T>(self, outcome: &WebDriverResult<T>) {
        if outcome.is_err() {
            let path = artifacts_dir().join("failure.png");
            if self.driver.screenshot(&path).await.is_ok() {
                eprintln!("screenshot of the failure: {}", path.display());
            }
        }
        self.quit().await;
    }

    pub async fn quit(mut self) {
        let _ = self.driver.clone().quit().await;
        stop(&mut self.tauri_driver);
    }
}

/// SIGTERM, not SIGKILL: a killed tauri-driver orphans WebKitWebDriver.
fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Polls `check` until it yields a value or `timeout` passes (then a timeout error).
pub async fn poll<T, F, Fut>(timeout: Duration, mut check: F) -> WebDriverResult<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = WebDriverResult<Option<T>>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = check().await? {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(WebDriverError::Timeout(format!(
                "condition not met in {timeout:?}"
            )));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Resident memory (KiB) of the app and its WebKit processes, from /proc.
pub fn resident_memory_kib() -> Vec<(String, u64)> {
    let mut out = vec![];
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in dir.flatten() {
        let status = std::fs::read_to_string(entry.path().join("status")).unwrap_or_default();
        let name = status
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("Name:")
            .trim()
            .to_string();
        if name.starts_with("kezek-app")
            || name.starts_with("WebKitWebProces")
            || name.starts_with("WebKitNetworkPr")
        {
            let rss = status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            out.push((name, rss));
        }
    }
    out
}
