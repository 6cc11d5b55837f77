//! Verify and repair: a store that lost rows (or kept rows the server no longer has) is made
//! whole again from the server's inventory, without re-reading the feed.

use crate::*;
use kezek_server::testing::child;
use kezek_store::PlaceFor;

async fn dump(store: &Store) -> Vec<String> {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", store.path().display()))
        .await
        .unwrap();
    let mut out = Vec::new();
    for sql in [
        "SELECT 'region ' || id || name FROM regions ORDER BY id",
        "SELECT 'group ' || id || name || capacity FROM groups ORDER BY id",
        "SELECT 'application ' || id || number || child_number || child_name_key FROM applications ORDER BY id",
        "SELECT 'term ' || term || application_id FROM application_search_terms ORDER BY 1",
        "SELECT 'place ' || server_id || state || child_personal_number || seat FROM place_grants ORDER BY 1",
    ] {
        let rows: Vec<String> = sqlx::query_scalar(sql).fetch_all(&pool).await.unwrap();
        out.extend(rows);
    }
    pool.close().await;
    out
}

#[tokio::test]
async fn verify_restores_lost_rows_and_removes_strays() {
    let central = Central::new(2, 5, &["op-a"]).await;
    let a = Office::open(&central, "op-a").await;
    a.sync().await.unwrap();
    a.store()
        .request_place(PlaceFor::Child(child(1)), central.group, &a.actor(), now())
        .await
        .unwrap();
    a.sync().await.unwrap();
    let whole = dump(a.store()).await;
    assert!(whole.iter().any(|r| r.starts_with("place ")), "{whole:?}");

    // Damage behind the store's back: rows lost, a stray row kept.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", a.store().path().display()))
        .await
        .unwrap();
    for sql in [
        "PRAGMA foreign_keys = OFF",
        "DELETE FROM application_search_terms WHERE application_id = (SELECT MIN(id) FROM applications)",
        "DELETE FROM applications WHERE id = (SELECT MIN(id) FROM applications)",
        "DELETE FROM place_grants",
        "INSERT INTO regions (id, country, name) VALUES (999999, 'KZ', 'stray')",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    pool.close().await;
    assert_ne!(dump(a.store()).await, whole);

    let report = a.engine.verify(&a.actor()).await.unwrap();
    assert_eq!(report.removed, 1, "{report:?}");
    assert_eq!(report.fetched, 2, "{report:?}");
    assert_eq!(dump(a.store()).await, whole, "whole again");
    let again = a.engine.verify(&a.actor()).await.unwrap();
    assert_eq!((again.removed, again.fetched), (0, 0));
}
