//! Migrations: idempotent, and a binary refuses a schema it does not know.

use crate::support::TestDb;
use kezek_server::db::{self, DbError, SchemaState};

#[tokio::test]
async fn migrating_twice_is_a_no_op() {
    let db = TestDb::empty().await;
    assert!(matches!(
        db::schema_state(&db.pool).await.unwrap(),
        SchemaState::Pending(_)
    ));
    let err = db::require_current_schema(&db.pool).await.unwrap_err();
    assert!(
        matches!(err, DbError::Pending(_)) && err.to_string().contains("kezek-server migrate"),
        "{err}"
    );

    let first = db::migrate(&db.pool).await.unwrap();
    assert!(!first.is_empty());
    let rows = |pool| async move {
        sqlx::query_as::<_, (i64, Vec<u8>)>(
            "SELECT version, checksum FROM _sqlx_migrations ORDER BY version",
        )
        .fetch_all(pool)
        .await
        .unwrap()
    };
    let before = rows(&db.pool).await;
    let second = db::migrate(&db.pool).await.unwrap();
    assert!(second.is_empty(), "nothing left to apply: {second:?}");
    assert_eq!(rows(&db.pool).await, before);
    assert_eq!(
        db::schema_state(&db.pool).await.unwrap(),
        SchemaState::UpToDate
    );
    db::require_current_schema(&db.pool).await.unwrap();
}

#[tokio::test]
async fn a_newer_schema_is_refused_with_a_clear_message() {
    let db = TestDb::new().await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (29991231000000, 'from the future', true, '\\x00', 0)",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    for err in [
        db::require_current_schema(&db.pool).await.unwrap_err(),
        db::migrate(&db.pool).await.unwrap_err(),
    ] {
        let text = err.to_string();
        assert!(
            matches!(
                err,
                DbError::NewerSchema {
                    db_version: 29991231000000,
                    ..
                }
            ),
            "{text}"
        );
        assert!(
            text.contains("newer") && text.contains("Upgrade kezek-server"),
            "{text}"
        );
    }
}
