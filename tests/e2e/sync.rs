//! Sync end to end: the real app against the real server (its router on a loopback port over a
//! throwaway PostgreSQL database seeded with demo data). Sign in, the first sync fills the empty
//! store, the server goes away, a place asked for offline shows as pending and the sync says it
//! is offline, the server comes back, "Sync now" — the place is granted, on the server too.

use crate::session::{poll, Session};
use crate::steps::{shot, sign_in};
use crate::{attribute, open_first_row, texts, tid, WAIT};
use kezek_server::demo::{self, SeedOptions};
use kezek_server::testing::{RunningServer, TestDb};
use std::time::Duration;
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display and the built app: scripts/test.sh runs it under Xvfb"]
async fn sign_in_go_offline_ask_for_a_place_come_back_and_see_it_granted() {
    let db = TestDb::new().await;
    let now = chrono::Utc::now();
    demo::seed(&db.pool, SeedOptions::new(300, now.date_naive()), now)
        .await
        .expect("the demo seed loads");
    let mut server = RunningServer::start(db.pool.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let session =
        Session::start_with(dir.path(), &[("KEZEK_SERVER_URL", server.base.as_str())]).await;
    let driver = session.driver.clone();
    let base = server.base.clone();
    let outcome = async {
        // A server is set: the sign-in screen, not the demo offer; the first sync fills the
        // empty store with the district's applications.
        sign_in(&driver, &base, "operator.kz").await?;

        // The server goes away; a place is asked for all the same.
        server.stop().await;
        open_first_row(&driver).await?;
        driver
            .query(tid("place-request"))
            .wait(WAIT, Duration::from_millis(200))
            .first()
            .await?;
        driver.find(tid("place-request")).await?.click().await?;
        poll(WAIT, || async {
            Ok(
                (attribute(&driver, "place", "data-state").await?.as_deref() == Some("pending"))
                    .then_some(()),
            )
        })
        .await?;
        poll(WAIT, || async {
            let pending = texts(&driver, "sync-pending").await?;
            Ok((pending.len() == 1 && pending[0].contains('1')).then_some(()))
        })
        .await?;
        driver.find(tid("sync-now")).await?.click().await?;
        poll(WAIT, || async {
            Ok((attribute(&driver, "sync-online", "data-online")
                .await?
                .as_deref()
                == Some("no"))
            .then_some(()))
        })
        .await?;
        driver.query(tid("sync-error")).first().await?;
        shot(&driver, "sync-offline-pending.png").await?;

        // Back online: the pending request goes, the server grants, the card shows the seat.
        server.restart().await;
        driver.find(tid("sync-now")).await?.click().await?;
        poll(WAIT, || async {
            Ok(
                (attribute(&driver, "place", "data-state").await?.as_deref() == Some("granted"))
                    .then_some(()),
            )
        })
        .await?;
        let seat = driver.find(tid("place-seat")).await?.text().await?;
        poll(WAIT, || async {
            Ok(texts(&driver, "sync-pending")
                .await?
                .is_empty()
                .then_some(()))
        })
        .await?;
        shot(&driver, "sync-granted.png").await?;
        Ok::<_, WebDriverError>(seat)
    }
    .await;
    session.quit_after(&outcome).await;
    let seat = outcome.expect("the scenario runs");
    // The server holds exactly that one grant, made by this office's mutation.
    let grants: Vec<(i32, Option<String>)> =
        sqlx::query_as("SELECT seat, client_id FROM place_grants")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(grants.len(), 1, "{grants:?}");
    assert!(
        seat.contains(&grants[0].0.to_string()),
        "{seat} vs {grants:?}"
    );
    assert!(grants[0].1.is_some(), "granted through a pushed mutation");
}
