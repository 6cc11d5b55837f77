//! A seeded server on loopback for the benchmarks, and sessions on it without password hashing
//! (the load is about pulls, not logins).

use crate::load::Client;
use chrono::Utc;
use kezek_server::auth::token;
use kezek_server::db::sessions;
use kezek_server::demo::{self, SeedOptions};
use kezek_server::scope::Role;
use kezek_server::testing::{add_user, At, RunningServer, TestDb};
use std::time::Instant;

/// Connections of the served pool.
const SERVER_CONNECTIONS: u32 = 10;

pub struct Bench {
    pub server: RunningServer,
    pub db: TestDb,
}

impl Bench {
    /// A new database with `applications` demo applications, served on a loopback port.
    pub async fn start(applications: u32) -> Self {
        let db = TestDb::new().await;
        let t = Instant::now();
        let report = demo::seed(
            &db.pool,
            SeedOptions::new(applications, Utc::now().date_naive()),
            Utc::now(),
        )
        .await
        .expect("the demo seed loads");
        eprintln!(
            "seeded {} applications in {:.1} s",
            report.applications_created,
            t.elapsed().as_secs_f64()
        );
        // The server's own pool, sized as `kezek-server serve` sizes it by default (the test
        // database's pool is small).
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(SERVER_CONNECTIONS)
            .connect(&db.url)
            .await
            .expect("the server's pool connects");
        let server = RunningServer::start(pool).await;
        Bench { server, db }
    }

    /// `n` operator accounts spread over the districts, each with a session.
    pub async fn operator_sessions(&self, n: usize) -> Vec<Client> {
        let districts: Vec<i64> = sqlx::query_scalar("SELECT id FROM districts ORDER BY id")
            .fetch_all(&self.db.pool)
            .await
            .unwrap();
        let mut clients = Vec::with_capacity(n);
        for i in 0..n {
            let district = districts[i % districts.len()];
            let login = format!("bench-operator-{i}");
            let user = add_user(
                &self.db.pool,
                &login,
                Role::Operator,
                At::District(district),
            )
            .await;
            clients.push(Client {
                token: self.session(user, &login).await,
                client_id: format!("bench-client-{i}"),
            });
        }
        clients
    }

    /// A session of `user` (its token).
    pub async fn session(&self, user: i64, device: &str) -> String {
        let t = token::generate();
        let mut conn = self.db.pool.acquire().await.unwrap();
        let now = self.server.state().clock.now();
        sessions::create(&mut conn, user, device, &token::digest(&t), now)
            .await
            .unwrap();
        t
    }

    pub async fn administrator(&self) -> String {
        let user = add_user(
            &self.db.pool,
            "bench-admin",
            Role::Administrator,
            At::System,
        )
        .await;
        self.session(user, "bench-admin").await
    }
}
