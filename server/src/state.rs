//! What every request handler shares: the pool, the clock and the policies.

use crate::auth::throttle::Policy;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;
use std::sync::{Arc, Mutex};

/// Where "now" comes from: the system clock in production, a hand-moved one in tests.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>);

impl Clock {
    pub fn system() -> Self {
        Clock(Arc::new(Utc::now))
    }

    /// A clock that stands still until the returned handle moves it.
    pub fn manual(start: DateTime<Utc>) -> (Self, ManualClock) {
        let cell = Arc::new(Mutex::new(start));
        let read = cell.clone();
        (
            Clock(Arc::new(move || *read.lock().expect("clock lock"))),
            ManualClock(cell),
        )
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.0)()
    }
}

/// The handle of a [`Clock::manual`].
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn advance(&self, by: Duration) {
        *self.0.lock().expect("clock lock") += by;
    }

    /// Moves the clock to `to` (forward or back): tests that check signatures made just now.
    pub fn set(&self, to: DateTime<Utc>) {
        *self.0.lock().expect("clock lock") = to;
    }
}

#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub clock: Clock,
    pub throttle: Policy,
    /// A session unused for longer than this must log in again.
    pub session_idle: Duration,
}

impl AppState {
    pub fn new(pool: PgPool, clock: Clock, session_idle_days: u32) -> Self {
        AppState {
            pool,
            clock,
            throttle: Policy::default(),
            session_idle: Duration::days(i64::from(session_idle_days)),
        }
    }
}
