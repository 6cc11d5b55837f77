//! Push and pull survive a stopped server and lost answers: retries converge, nothing is
//! duplicated, nothing is lost.

use crate::*;
use kezek_server::testing::child;
use kezek_store::PlaceFor;
use kezek_sync_client::SyncError;
use std::sync::atomic::Ordering;

fn is_offline(r: &Result<kezek_sync_client::SyncReport, SyncError>) -> bool {
    matches!(r, Err(SyncError::Transport(TransportError::Offline(_))))
}

#[tokio::test]
async fn a_stopped_server_between_steps_loses_nothing_and_duplicates_nothing() {
    let mut central = Central::new(3, 3, &["op-a"]).await;
    let a = Office::open(&central, "op-a").await;
    a.sync().await.unwrap();
    let group = central.group;
    for n in 1..=2 {
        a.store()
            .request_place(PlaceFor::Child(child(n)), group, &a.actor(), now())
            .await
            .unwrap();
    }

    central.server.stop().await;
    let down = a.sync().await;
    assert!(is_offline(&down), "{down:?}");
    let state = a.store().sync_state().await.unwrap();
    assert_eq!(state.pending, 2, "nothing is lost while the server is down");
    assert_eq!(state.last_error.map(|e| e.code).as_deref(), Some("offline"));

    central.server.restart().await;
    let report = a.sync().await.unwrap();
    assert_eq!((report.accepted, report.rejected), (2, 0), "{report:?}");
    assert!(a.store().sync_state().await.unwrap().last_error.is_none());

    // Another request, then the server goes away after the push and before the pull.
    a.store()
        .request_place(PlaceFor::Child(child(3)), group, &a.actor(), now())
        .await
        .unwrap();
    let mut report = kezek_sync_client::SyncReport::default();
    a.engine
        .push(&a.actor(), &mut report, &mut |_| {})
        .await
        .unwrap();
    central.server.stop().await;
    assert!(is_offline(&a.sync().await));
    let pending: Vec<String> = a
        .store()
        .places_of_group(group)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.state)
        .collect();
    assert_eq!(
        pending,
        ["granted", "granted", "pending"],
        "accepted, not pulled yet"
    );
    central.server.restart().await;
    a.sync().await.unwrap();

    let grants = central.grants().await;
    assert_eq!(grants.len(), 3, "one grant per request: {grants:?}");
    let places = a.store().places_of_group(group).await.unwrap();
    assert_eq!(places.len(), 3, "{places:?}");
    assert!(places.iter().all(|p| p.state == "granted"), "{places:?}");
    assert_eq!(a.store().sync_state().await.unwrap().pending, 0);
}

#[tokio::test]
async fn lost_answers_during_push_and_pull_are_retried_without_duplicates() {
    let central = Central::new(2, 30, &["op-a"]).await;
    let a = Office::open(&central, "op-a").await;
    a.sync().await.unwrap();
    let group = central.group;
    for n in 1..=2 {
        a.store()
            .request_place(PlaceFor::Child(child(n)), group, &a.actor(), now())
            .await
            .unwrap();
    }
    // The server applies the push, the answer is lost: the retry gets the same verdicts back.
    a.engine.transport().lose_pushes.store(1, Ordering::SeqCst);
    assert!(is_offline(&a.sync().await));
    assert_eq!(a.store().sync_state().await.unwrap().pending, 2);
    let report = a.sync().await.unwrap();
    assert_eq!(
        report.accepted, 2,
        "duplicates carry the first verdicts: {report:?}"
    );
    assert_eq!(central.grants().await.len(), 2, "applied once");

    // A fresh office syncs in pages of 5 and loses the 3rd page's answer: it resumes from the
    // last page it applied and ends in the same state as an office that lost nothing.
    let fresh = Office::open(&central, "op-a").await;
    let fresh = Office {
        engine: SyncEngine::new(
            fresh.store().clone(),
            fresh_transport(&central, &fresh).await,
        )
        .with_page_size(5),
        ..fresh
    };
    fresh
        .engine
        .transport()
        .lose_pulls_after
        .store(2, Ordering::SeqCst);
    assert!(is_offline(&fresh.sync().await));
    let cut_at = fresh.store().sync_state().await.unwrap().cursor;
    assert!(cut_at > 0, "the pages before the cut stay applied");
    let report = fresh.sync().await.unwrap();
    assert!(report.pages >= 2, "{report:?}");
    let view = |places: Vec<kezek_store::PlaceEntry>| {
        places
            .into_iter()
            .map(|p| (p.state, p.child_personal_number, p.seat, p.by_user))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        view(fresh.store().places_of_group(group).await.unwrap()),
        view(a.store().places_of_group(group).await.unwrap()),
        "the same places"
    );
    assert_eq!(
        count_applications(fresh.store()).await,
        30,
        "every application, once"
    );
    assert_eq!(
        fresh.store().sync_state().await.unwrap().cursor,
        a.store().sync_state().await.unwrap().cursor
    );
}

async fn count_applications(store: &Store) -> i64 {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", store.path().display()))
        .await
        .unwrap();
    sqlx::query_scalar("SELECT COUNT(*) FROM applications")
        .fetch_one(&pool)
        .await
        .unwrap()
}

async fn fresh_transport(central: &Central, office: &Office) -> Faulty<HttpTransport> {
    Faulty::new(
        HttpTransport::login(
            &central.server.base,
            "op-a",
            PASSWORD,
            office.store().device_id(),
        )
        .await
        .unwrap(),
    )
}
