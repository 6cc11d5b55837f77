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

/// Rows copied with `pg_dump --data-only` into a migrated database load as they are: the dump's
/// script runs with an empty search_path and fires the triggers, which once broke a trigger
/// function that named its table without a schema.
#[tokio::test]
async fn a_data_only_pg_dump_of_a_seeded_server_loads_into_a_migrated_database() {
    use kezek_server::demo::{self, SeedOptions};
    let db = TestDb::new().await;
    let now = chrono::Utc::now();
    demo::seed(&db.pool, SeedOptions::new(200, now.date_naive()), now)
        .await
        .unwrap();
    let target = TestDb::new().await;
    let mut args = vec!["--data-only", "--no-owner", "--dbname", &db.url];
    for table in [
        "regions",
        "districts",
        "localities",
        "benefit_categories",
        "kindergartens",
        "groups",
        "children",
        "applicants",
        "applications",
    ] {
        args.extend(["--table", table]);
    }
    let dump = std::process::Command::new("pg_dump")
        .args(args)
        .output()
        .expect("pg_dump runs (package postgresql-client)");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let mut psql = std::process::Command::new("psql")
        .args([
            "--quiet",
            "--no-psqlrc",
            "-v",
            "ON_ERROR_STOP=1",
            "--dbname",
            &target.url,
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("psql runs");
    use std::io::Write;
    psql.stdin.take().unwrap().write_all(&dump.stdout).unwrap();
    let restored = psql.wait_with_output().unwrap();
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let count = |pool: sqlx::PgPool| async move {
        sqlx::query_scalar::<_, i64>(
            "SELECT (SELECT count(*) FROM applications) + (SELECT count(*) FROM groups)",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let (before, after) = (
        count(db.pool.clone()).await,
        count(target.pool.clone()).await,
    );
    assert!(before > 200, "{before}");
    assert_eq!(before, after);
    db::require_current_schema(&target.pool).await.unwrap();
}
