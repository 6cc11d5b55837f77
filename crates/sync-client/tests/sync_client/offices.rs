//! Two offices ask, offline, for the last place of a group for different children.

use crate::*;
use kezek_server::testing::child;
use kezek_store::PlaceFor;

#[tokio::test]
async fn two_offices_offline_ask_for_the_last_place_exactly_one_child_gets_it() {
    let central = Central::new(1, 2, &["op-a", "op-b"]).await;
    let a = Office::open(&central, "op-a").await;
    let b = Office::open(&central, "op-b").await;
    for office in [&a, &b] {
        let report = office.sync().await.unwrap();
        assert!(
            report.applications >= 2,
            "the initial sync brings the applications: {report:?}"
        );
        let state = office.store().sync_state().await.unwrap();
        assert!(
            state.cursor > 0 && state.last_sync_at.is_some(),
            "{state:?}"
        );
    }

    // Offline, each office asks for the group's only place for another child.
    let group = central.group;
    let pa = a
        .store()
        .request_place(PlaceFor::Child(child(1)), group, &a.actor(), now())
        .await
        .unwrap();
    let pb = b
        .store()
        .request_place(PlaceFor::Child(child(2)), group, &b.actor(), now())
        .await
        .unwrap();
    assert_eq!(
        (pa.state.as_str(), pb.state.as_str()),
        ("pending", "pending")
    );

    // Back online, both sync at once, then once more each (the winner's grant reaches both).
    let (ra, rb) = tokio::join!(a.sync(), b.sync());
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.accepted + rb.accepted, 1, "{ra:?} {rb:?}");
    assert_eq!(ra.rejected + rb.rejected, 1, "{ra:?} {rb:?}");
    a.sync().await.unwrap();
    b.sync().await.unwrap();

    let grants = central.grants().await;
    assert_eq!(
        grants.len(),
        1,
        "exactly one child holds the place: {grants:?}"
    );
    let winner_child = grants[0].1.clone();
    let (winner, loser, loser_child) = if winner_child == child(1) {
        (&a, &b, child(2))
    } else {
        (&b, &a, child(1))
    };

    for office in [&a, &b] {
        let places = office.store().places_of_group(group).await.unwrap();
        assert_eq!(places.len(), 1, "{}: {places:?}", office.login);
        assert_eq!(places[0].state, "granted");
        assert_eq!(places[0].child_personal_number, winner_child);
        assert_eq!(places[0].by_user, winner.login, "who holds it");
        assert_eq!(office.store().sync_state().await.unwrap().pending, 0);
    }
    assert!(winner.store().rejected_changes().await.unwrap().is_empty());

    let rejected = loser.store().rejected_changes().await.unwrap();
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    let r = &rejected[0];
    assert_eq!(r.code, kezek_sync::reject::NO_FREE_PLACE);
    assert_eq!(
        r.child_personal_number.as_deref(),
        Some(loser_child.as_str())
    );
    assert_eq!(r.group_id, Some(group));
    assert!(
        r.detail.contains(&winner_child) && r.detail.contains(&winner.login),
        "the reason names who holds it: {}",
        r.detail
    );
    assert!(
        loser
            .store()
            .places_of_child(&loser_child)
            .await
            .unwrap()
            .is_empty(),
        "the loser's pending row is gone"
    );
}
