use crate::*;
use kezek_store::{Store, StoreError};

#[tokio::test]
async fn opens_with_wal_and_foreign_keys_and_keeps_the_device_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    let device = store.device_id().to_string();
    assert_eq!(device.len(), 16);
    store.close().await;
    let again = Store::open_in_dir(dir.path()).await.unwrap();
    assert_eq!(
        again.device_id(),
        device,
        "the device id survives a restart"
    );
    let pool = raw_pool(again.path()).await;
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
}

#[tokio::test]
async fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    let path = store.path().to_path_buf();
    store.close().await;
    let pool = raw_pool(&path).await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'future', 1, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    match Store::open_in_dir(dir.path()).await {
        Err(StoreError::DatabaseTooNew { found, supported }) => {
            assert_eq!(found, 99990101000000);
            assert_eq!(supported, Store::schema_version());
        }
        other => panic!("expected DatabaseTooNew, got {other:?}"),
    }
}

#[tokio::test]
async fn language_is_remembered_and_its_change_recorded() {
    let (_dir, store) = store_with(vec![]).await;
    assert_eq!(store.settings().await.unwrap().language, "ru");
    store
        .set_language("ky", "aida", at(2025, 3, 1, 10))
        .await
        .unwrap();
    assert_eq!(store.settings().await.unwrap().language, "ky");
    assert!(matches!(
        store.set_language("xx", "aida", at(2025, 3, 1, 10)).await,
        Err(StoreError::InvalidInput(_))
    ));
    assert_eq!(
        store.settings().await.unwrap().language,
        "ky",
        "a refused change loses nothing"
    );
    let pool = raw_pool(store.path()).await;
    let (user, changes): (String, String) =
        sqlx::query_as("SELECT user_name, changes FROM history WHERE action = 'language_changed'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(user, "aida");
    assert!(changes.contains("\"after\":\"ky\""), "{changes}");
}

#[tokio::test]
async fn import_refuses_a_database_that_has_applications() {
    let (_dir, store) = store_with(vec![application(
        1,
        "Иванов",
        "Иван",
        "230501500017",
        "in_queue",
        1,
        9,
    )])
    .await;
    let again = store
        .import(&reference(), std::iter::empty(), 0, audit(), |_| {})
        .await;
    assert!(matches!(again, Err(StoreError::NotEmpty)), "{again:?}");
}
