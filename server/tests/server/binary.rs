//! The `kezek-server` binary end to end: migrate a database it creates, seed it twice, add a
//! user, serve, answer HTTP, stop on SIGTERM — and never print the database password.

use crate::support::{ReservedDb, TestDb};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kezek-server");
const DB_PASSWORD: &str = "Hunter2-db-secret";

fn run(url: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("KEZEK_DATABASE_URL", url)
        .env("KEZEK_LOG", "debug")
        .env("KEZEK_NEW_PASSWORD", "cli-password-1")
        .stdin(Stdio::null())
        .output()
        .expect("kezek-server runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The URL with a password; the machine's PostgreSQL trusts local connections and ignores it,
/// which lets the test check that it is never printed.
fn url_with_password(db: &ReservedDb) -> String {
    let mut url = db.url.clone();
    url.set_password(Some(DB_PASSWORD)).unwrap();
    url.to_string()
}

#[tokio::test]
async fn migrate_seed_user_add_serve_and_stop_on_sigterm() {
    let db = ReservedDb::new();
    let url = url_with_password(&db);
    let mut all_output = String::new();

    let o = run(&url, &["migrate"]);
    all_output += &text(&o);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("created the database"), "{}", text(&o));
    let o = run(&url, &["migrate"]);
    all_output += &text(&o);
    assert!(text(&o).contains("up to date"), "{}", text(&o));

    let seed = [
        "seed-demo",
        "--applications",
        "300",
        "--today",
        "2026-12-01",
    ];
    let o = run(&url, &seed);
    all_output += &text(&o);
    assert!(
        o.status.success()
            && text(&o).contains("demo password")
            && text(&o).contains("300 application(s) added")
            && text(&o).contains("head.kz"),
        "{}",
        text(&o)
    );
    let o = run(&url, &seed);
    all_output += &text(&o);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("0 reference unit(s) and 0 application(s) added"),
        "{}",
        text(&o)
    );
    assert!(
        !text(&o).contains("demo password"),
        "the password is shown once: {}",
        text(&o)
    );

    let add = [
        "user",
        "add",
        "--login",
        "zhanna",
        "--role",
        "kindergarten_head",
        "--scope",
        "kindergarten:demo-k1",
        "--full-name",
        "Жанна Ахметова",
    ];
    let o = run(&url, &add);
    all_output += &text(&o);
    assert!(o.status.success(), "{}", text(&o));
    let o = run(&url, &add);
    assert!(
        !o.status.success() && text(&o).contains("taken"),
        "{}",
        text(&o)
    );
    let o = run(
        &url,
        &[
            "user",
            "add",
            "--login",
            "x",
            "--role",
            "operator",
            "--scope",
            "district:nowhere",
            "--full-name",
            "X",
        ],
    );
    assert!(
        !o.status.success() && text(&o).contains("no district with code"),
        "{}",
        text(&o)
    );

    // Serve on a free port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(BIN)
        .arg("serve")
        .env("KEZEK_DATABASE_URL", &url)
        .env("KEZEK_LISTEN", format!("127.0.0.1:{port}"))
        .env("KEZEK_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let started = Instant::now();
    loop {
        if let Ok(r) = http.get(format!("{base}/health")).send().await {
            assert_eq!(r.status(), 200);
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the server did not come up"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for (login, password) in [
        ("admin", kezek_server::demo::DEMO_PASSWORD),
        ("zhanna", "cli-password-1"),
    ] {
        let r = http
            .post(format!("{base}/api/v1/session"))
            .json(&serde_json::json!({ "login": login, "password": password, "device_id": "d" }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{login}");
    }

    let kill = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no exit after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let o = child.wait_with_output().unwrap();
    let served = text(&o);
    assert!(status.success(), "clean exit after SIGTERM: {served}");
    assert!(
        served.contains("listening") && served.contains("SIGTERM"),
        "{served}"
    );
    all_output += &served;
    assert!(
        all_output.contains("REDACTED"),
        "the URL is logged, redacted: {all_output}"
    );
    assert!(
        !all_output.contains(DB_PASSWORD),
        "the database password was printed:\n{all_output}"
    );
}

#[tokio::test]
async fn serve_refuses_a_newer_schema() {
    let db = TestDb::new().await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (29991231000000, 'from the future', true, '\\x00', 0)",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    let o = Command::new(BIN)
        .arg("serve")
        .env("KEZEK_DATABASE_URL", &db.url)
        .env("KEZEK_LISTEN", "127.0.0.1:0")
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(
        text(&o).contains("newer than this kezek-server"),
        "{}",
        text(&o)
    );
}
