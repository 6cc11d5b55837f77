//! Integration tests of the sync client against the real server (PostgreSQL through
//! `kezek_server::testing`) and real SQLite files in temporary directories.

mod gap;
mod offices;
mod outages;
mod verify;

use chrono::{DateTime, NaiveDateTime, Utc};
use kezek_server::scope::Role;
use kezek_server::testing::{
    add_application, add_group, add_user, build_world, At, RunningServer, TestDb, World, PASSWORD,
};
use kezek_store::{Actor, Store};
use kezek_sync::{
    FetchRequest, FetchResponse, InventoryRequest, InventoryResponse, PullRequest, PullResponse,
    PushRequest, PushResponse,
};
use kezek_sync_client::{HttpTransport, SyncEngine, Transport, TransportError};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T09:30:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

pub fn local_now() -> NaiveDateTime {
    now().naive_utc() + chrono::Duration::hours(5)
}

pub fn actor(login: &str) -> Actor {
    Actor {
        user_name: login.into(),
        at: local_now(),
    }
}

/// The server side of a scenario: district A's kindergarten with one group of `capacity`,
/// `children` applications in district A, and operators of district A.
pub struct Central {
    pub db: TestDb,
    pub world: World,
    pub server: RunningServer,
    pub group: i64,
}

impl Central {
    pub async fn new(capacity: i32, children: usize, operators: &[&str]) -> Self {
        let db = TestDb::new().await;
        let world = build_world(&db.pool).await;
        for login in operators {
            add_user(
                &db.pool,
                login,
                Role::Operator,
                At::District(world.a.district),
            )
            .await;
        }
        let group = add_group(&db.pool, world.a.kindergarten, "g-sun", capacity).await;
        for n in 1..=children {
            add_application(&db.pool, world.a.district, n).await;
        }
        let server = RunningServer::start(db.pool.clone()).await;
        Central {
            db,
            world,
            server,
            group,
        }
    }

    /// The grants of the group on the server: (seat, child).
    pub async fn grants(&self) -> Vec<(i32, String)> {
        sqlx::query_as(
            "SELECT seat, child_personal_number FROM place_grants WHERE group_id = $1 ORDER BY seat",
        )
        .bind(self.group)
        .fetch_all(&self.db.pool)
        .await
        .unwrap()
    }
}

/// An office: its own SQLite store, logged in as `login`.
pub struct Office {
    pub _dir: tempfile::TempDir,
    pub login: String,
    pub engine: SyncEngine<Faulty<HttpTransport>>,
}

impl Office {
    pub async fn open(central: &Central, login: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path()).await.unwrap();
        let http = HttpTransport::login(&central.server.base, login, PASSWORD, store.device_id())
            .await
            .unwrap();
        Office {
            _dir: dir,
            login: login.into(),
            engine: SyncEngine::new(store, Faulty::new(http)),
        }
    }

    pub fn store(&self) -> &Store {
        self.engine.store()
    }

    pub fn actor(&self) -> Actor {
        actor(&self.login)
    }

    pub async fn sync(
        &self,
    ) -> Result<kezek_sync_client::SyncReport, kezek_sync_client::SyncError> {
        self.engine.sync_once(&self.actor(), |_| {}).await
    }
}

/// A transport that can lose answers: the call reaches the server (which acts on it) and the
/// answer is thrown away, as when a connection is cut after the server committed.
pub struct Faulty<T> {
    inner: T,
    /// Lose the answer of the next `n` pushes / pulls.
    pub lose_pushes: AtomicUsize,
    pub lose_pulls_after: AtomicUsize,
    pub pulls: Arc<AtomicUsize>,
}

impl<T> Faulty<T> {
    pub fn new(inner: T) -> Self {
        Faulty {
            inner,
            lose_pushes: AtomicUsize::new(0),
            lose_pulls_after: AtomicUsize::new(usize::MAX),
            pulls: Arc::new(AtomicUsize::new(0)),
        }
    }
}

fn take(n: &AtomicUsize) -> bool {
    n.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_sub(1))
        .is_ok()
}

impl<T: Transport> Transport for Faulty<T> {
    async fn push(&self, request: &PushRequest) -> Result<PushResponse, TransportError> {
        let answer = self.inner.push(request).await?;
        if take(&self.lose_pushes) {
            return Err(TransportError::Offline("answer lost (test)".into()));
        }
        Ok(answer)
    }

    async fn pull(&self, request: &PullRequest) -> Result<PullResponse, TransportError> {
        let answer = self.inner.pull(request).await?;
        let done = self.pulls.fetch_add(1, Ordering::SeqCst) + 1;
        if done > self.lose_pulls_after.load(Ordering::SeqCst) {
            self.lose_pulls_after.store(usize::MAX, Ordering::SeqCst);
            return Err(TransportError::Offline("page lost (test)".into()));
        }
        Ok(answer)
    }

    async fn inventory(
        &self,
        request: &InventoryRequest,
    ) -> Result<InventoryResponse, TransportError> {
        self.inner.inventory(request).await
    }

    async fn fetch(&self, request: &FetchRequest) -> Result<FetchResponse, TransportError> {
        self.inner.fetch(request).await
    }
}
