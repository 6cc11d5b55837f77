//! Support for tests of the server and of its clients (the desktop's sync engine, the simulation,
//! the end-to-end tests): throwaway databases on the test PostgreSQL, the real router on a
//! loopback port that can be stopped and started again, and a small fixture tree with accounts.
//!
//! Each test gets its own database `kezek_test_<random>` created through the admin connection
//! (`KEZEK_TEST_DATABASE_URL`, default `postgres://postgres@127.0.0.1:5432/postgres`), migrated,
//! and dropped when the test ends, even by a panic (best effort). Not used by the server itself.

use crate::auth::password;
use crate::db::{self, reference, reference::ChildTable};
use crate::scope::Role;
use crate::state::{AppState, Clock, ManualClock};
use chrono::{DateTime, Utc};
use kezek_domain::Country;
use rand::Rng;
use sqlx::{Connection, PgConnection, PgPool};
use std::sync::OnceLock;

pub const DEFAULT_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
/// The password of every fixture account.
pub const PASSWORD: &str = "fixture-password";

pub fn admin_url() -> String {
    std::env::var("KEZEK_TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_ADMIN_URL.to_owned())
}

async fn admin_connection() -> PgConnection {
    let url = admin_url();
    match PgConnection::connect(&url).await {
        Ok(c) => c,
        Err(e) => panic!(
            "\n\nNo PostgreSQL answers at {url} ({e}).\n\
             The server tests need one. Start a throwaway cluster with\n    \
             scripts/postgres.sh\n\
             and export the KEZEK_TEST_DATABASE_URL it prints (or start the machine's PostgreSQL).\n\n"
        ),
    }
}

/// A database of this test, dropped at the end.
pub struct TestDb {
    pub name: String,
    pub url: String,
    pub pool: PgPool,
}

/// A database name and URL that nothing has created yet (for `kezek-server migrate`).
pub struct ReservedDb {
    pub name: String,
    pub url: url::Url,
}

impl Default for ReservedDb {
    fn default() -> Self {
        Self::new()
    }
}

impl ReservedDb {
    pub fn new() -> Self {
        let name = format!("kezek_test_{:016x}", rand::rng().random::<u64>());
        let mut url = url::Url::parse(&admin_url()).expect("KEZEK_TEST_DATABASE_URL is a URL");
        url.set_path(&name);
        ReservedDb { name, url }
    }
}

impl Drop for ReservedDb {
    fn drop(&mut self) {
        drop_database(&self.name);
    }
}

impl TestDb {
    /// A fresh, migrated database.
    pub async fn new() -> Self {
        let db = Self::empty().await;
        db::migrate(&db.pool).await.expect("migrations apply");
        db
    }

    /// A fresh database without any schema.
    pub async fn empty() -> Self {
        let reserved = ReservedDb::new();
        let mut admin = admin_connection().await;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "CREATE DATABASE {}",
            reserved.name
        )))
        .execute(&mut admin)
        .await
        .expect("CREATE DATABASE");
        admin.close().await.ok();
        let url = reserved.url.to_string();
        let name = reserved.name.clone();
        std::mem::forget(reserved);
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(5)
            .connect(&url)
            .await
            .expect("connect to the test database");
        TestDb { name, url, pool }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        drop_database(&self.name);
    }
}

/// Drops a test database from a thread of its own (Drop cannot await); FORCE ends connections
/// still open in pools.
fn drop_database(name: &str) {
    let name = name.to_owned();
    let _ = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            if let Ok(mut admin) = PgConnection::connect(&admin_url()).await {
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await;
                let _ = admin.close().await;
            }
        });
    })
    .join();
}

pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The real router on a loopback port over a database, with a hand-moved clock. Dropping it (or
/// [`RunningServer::stop`]) closes the listener: clients then see a refused connection, as when
/// the server is killed. [`RunningServer::restart`] serves the same database on the same port.
pub struct RunningServer {
    pub base: String,
    pub addr: std::net::SocketAddr,
    pub clock: ManualClock,
    state: AppState,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl RunningServer {
    pub async fn start(pool: PgPool) -> Self {
        let (clock, handle) = Clock::manual(t0());
        let state = AppState::new(pool, clock, 30);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut server = RunningServer {
            base: format!("http://{addr}"),
            addr,
            clock: handle,
            state,
            stop: None,
            task: None,
        };
        server.serve(listener);
        server
    }

    fn serve(&mut self, listener: tokio::net::TcpListener) {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        self.stop = Some(stop);
        self.task = Some(tokio::spawn(crate::serve::serve_on(
            listener,
            self.state.clone(),
            async {
                let _ = stopped.await;
            },
        )));
    }

    /// Stops accepting and aborts the requests in flight (a killed server: their transactions
    /// roll back when PostgreSQL sees the connection go).
    pub async fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
            let _ = task.await;
        }
    }

    /// Serves again on the same address after [`RunningServer::stop`].
    pub async fn restart(&mut self) {
        self.stop().await;
        let listener = tokio::net::TcpListener::bind(self.addr)
            .await
            .expect("the port is free again");
        self.serve(listener);
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Runs the mailer against `smtp_url` (an [`crate::smtp_sink::SmtpSink`]) on the server's
    /// clock, a round every 100 ms, until the runtime ends or the handle is aborted.
    pub fn start_mailer(&self, smtp_url: &str) -> tokio::task::JoinHandle<()> {
        let mailer = crate::mail::sender::Mailer::new(smtp_url, crate::config::DEFAULT_MAIL_FROM)
            .expect("a valid SMTP URL");
        tokio::spawn(crate::mail::sender::run(
            mailer,
            self.state.pool.clone(),
            self.state.clock.clone(),
            std::time::Duration::from_millis(100),
        ))
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// The fixture tree: region R1 with districts A and A2, region R2 with district B; each district
/// has one commission and one kindergarten.
#[derive(Debug, Clone, Copy)]
pub struct DistrictIds {
    pub region: i64,
    pub district: i64,
    pub commission: i64,
    pub kindergarten: i64,
}

#[derive(Debug, Clone, Copy)]
pub struct World {
    pub a: DistrictIds,
    pub a2: DistrictIds,
    pub b: DistrictIds,
}

pub async fn build_world(pool: &PgPool) -> World {
    let now = t0();
    let mut tx = pool.begin().await.unwrap();
    let r1 = reference::ensure_region(&mut tx, Country::Kz, "r1", "Region One", now)
        .await
        .unwrap()
        .id;
    let r2 = reference::ensure_region(&mut tx, Country::Kg, "r2", "Region Two", now)
        .await
        .unwrap()
        .id;
    let a = district(&mut tx, r1, "a").await;
    let a2 = district(&mut tx, r1, "a2").await;
    let b = district(&mut tx, r2, "b").await;
    tx.commit().await.unwrap();
    World { a, a2, b }
}

async fn district(tx: &mut PgConnection, region: i64, code: &str) -> DistrictIds {
    let now = t0();
    let d = reference::ensure_child(tx, ChildTable::Districts, region, code, code, now)
        .await
        .unwrap()
        .id;
    let c_code = format!("{code}-commission");
    let c = reference::ensure_child(tx, ChildTable::Commissions, d, &c_code, &c_code, now)
        .await
        .unwrap()
        .id;
    let k_code = format!("{code}-kindergarten");
    let k = reference::ensure_child(tx, ChildTable::Kindergartens, d, &k_code, &k_code, now)
        .await
        .unwrap()
        .id;
    DistrictIds {
        region,
        district: d,
        commission: c,
        kindergarten: k,
    }
}

fn fixture_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| password::hash(PASSWORD).unwrap())
}

/// Where a fixture account works.
#[derive(Debug, Clone, Copy)]
pub enum At {
    System,
    Region(i64),
    District(i64),
    Commission(i64),
    Kindergarten(i64),
}

/// Inserts an account directly (one hash shared by all fixtures keeps the tests fast).
pub async fn add_user(pool: &PgPool, login: &str, role: Role, at: At) -> i64 {
    let (r, d, c, k) = match at {
        At::System => (None, None, None, None),
        At::Region(x) => (Some(x), None, None, None),
        At::District(x) => (None, Some(x), None, None),
        At::Commission(x) => (None, None, Some(x), None),
        At::Kindergarten(x) => (None, None, None, Some(x)),
    };
    sqlx::query_scalar(
        "INSERT INTO users (login, full_name, role, region_id, district_id, commission_id, \
         kindergarten_id, password_hash, password_changed_at, created_at) \
         VALUES ($1, $1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(login)
    .bind(role.as_str())
    .bind(r)
    .bind(d)
    .bind(c)
    .bind(k)
    .bind(fixture_hash())
    .bind(t0())
    .fetch_one(pool)
    .await
    .unwrap()
}

/// A group of `capacity` in a kindergarten; returns its id.
pub async fn add_group(pool: &PgPool, kindergarten: i64, code: &str, capacity: i32) -> i64 {
    let mut conn = pool.acquire().await.unwrap();
    crate::db::places::ensure_group(&mut conn, kindergarten, code, code, capacity, t0())
        .await
        .unwrap()
        .0
}

/// The `n`-th of a fixed list of valid, distinct IINs (children born in 2022).
pub fn child(n: usize) -> String {
    static LIST: OnceLock<Vec<String>> = OnceLock::new();
    let list = LIST.get_or_init(|| {
        let born = chrono::NaiveDate::from_ymd_opt(2022, 3, 14).unwrap();
        (1..=9999u16)
            .filter_map(|serial| {
                kezek_domain::Iin::compose(born, kezek_domain::Sex::Female, serial)
            })
            .map(|iin| kezek_domain::PersonalNumber::as_str(&iin).to_owned())
            .take(2000)
            .collect()
    });
    list[n].clone()
}

/// An application of `child(n)` (applicant `child(1000 + n)`) in the first locality of a
/// district, written with its feed entry; returns its id.
pub async fn add_application(pool: &PgPool, district: i64, n: usize) -> i64 {
    use kezek_sync::records::{ApplicantRecord, ApplicationRecord, ChildRecord, PersonRecord};
    let mut tx = pool.begin().await.unwrap();
    let benefit = reference::ensure_benefit_category(&mut tx, "none", "general", t0())
        .await
        .unwrap()
        .id;
    let locality: i64 =
        sqlx::query_scalar("SELECT id FROM localities WHERE district_id = $1 ORDER BY id LIMIT 1")
            .bind(district)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
    let born = chrono::NaiveDate::from_ymd_opt(2022, 3, 14).unwrap();
    let at = t0().naive_utc();
    let person = |number: String, name: &str| PersonRecord {
        personal_number: number,
        surname: "Тестова".into(),
        given_name: name.into(),
        patronymic: None,
        birth_date: born,
    };
    let record = ApplicationRecord {
        id: 0,
        number: format!("TEST-{n:06}"),
        kind: "queue".into(),
        child: ChildRecord {
            person: person(child(n), "Айша"),
            sex: "female".into(),
        },
        applicant: ApplicantRecord {
            person: person(child(1000 + n), "Мама"),
            phone: "+7 700 000 00 00".into(),
            email: None,
            address: "—".into(),
        },
        relation: "mother".into(),
        benefit_category_id: benefit,
        benefit_verified: false,
        locality_id: locality,
        language: "kk".into(),
        status: "in_queue".into(),
        channel: "office".into(),
        registered_at: at,
        in_queue_since: Some(at),
        updated_at: at,
        extra_email: None,
        extra_phone: None,
    };
    let id = crate::db::applications::insert(&mut tx, &record, t0())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}
