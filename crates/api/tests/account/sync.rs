//! Sync through the app's API against the real server: the first sync fills the store, a place
//! asked for is pending until a sync brings the grant, and verify/repair restores a row the
//! local store lost.

use crate::{app, Fixture, PASSWORD};
use kezek_server::testing::{add_application, add_group};

#[tokio::test(flavor = "multi_thread")]
async fn an_office_syncs_asks_for_a_place_and_verify_restores_a_lost_row() {
    let f = Fixture::start().await;
    let group = add_group(&f.db.pool, f.world.a.kindergarten, "sync-g", 1).await;
    let application = add_application(&f.db.pool, f.world.a.district, 1).await;
    // Another district's application never reaches this operator.
    let elsewhere = add_application(&f.db.pool, f.world.b.district, 2).await;
    let (dir, k) = app().await;
    k.login(f.url(), "operator", PASSWORD).await.unwrap();

    let first = k.sync_now(|_| {}).await.unwrap();
    assert!(first.pulled > 0, "{first:?}");
    assert!(k.application_card(application).await.is_ok());
    assert!(k.application_card(elsewhere).await.is_err(), "out of scope");
    let choices = k.group_choices(application).await.unwrap();
    assert_eq!(
        choices.iter().map(|c| c.group_id).collect::<Vec<_>>(),
        vec![group]
    );

    let pending = k.request_place(application, group).await.unwrap();
    assert_eq!(pending.state, "pending");
    assert_eq!(k.sync_status().await.unwrap().state.pending, 1);
    let done = k.sync_now(|_| {}).await.unwrap();
    assert_eq!((done.accepted, done.rejected), (1, 0));
    let places = k.application_places(application).await.unwrap();
    assert_eq!(places.len(), 1);
    assert_eq!(
        (places[0].state.as_str(), places[0].seat),
        ("granted", Some(1))
    );
    assert_eq!(k.sync_status().await.unwrap().state.pending, 0);

    // The local store loses the application (a bad restore, a bug): verify fetches it again.
    let db = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        dir.path().join(kezek_api::DATABASE_FILE).display()
    ))
    .await
    .unwrap();
    sqlx::query("DELETE FROM application_search_terms WHERE application_id = ?")
        .bind(application)
        .execute(&db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM applications WHERE id = ?")
        .bind(application)
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    assert!(k.application_card(application).await.is_err());
    let repaired = k.verify_with_server().await.unwrap();
    assert_eq!(repaired.fetched, 1, "{repaired:?}");
    assert_eq!(repaired.removed, 0, "{repaired:?}");
    let card = k.application_card(application).await.unwrap();
    assert_eq!(card.id, application);
    // Nothing left to repair.
    let again = k.verify_with_server().await.unwrap();
    assert_eq!((again.fetched, again.removed), (0, 0));
}
