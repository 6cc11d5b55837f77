//! Logging in and out: right and wrong passwords, throttling, disabled accounts, token storage,
//! session expiry.

use crate::support::{add_user, build_world, At, TestDb, TestServer, PASSWORD};
use chrono::Duration;
use kezek_server::scope::Role;
use serde_json::json;
use sha2::{Digest, Sha256};

async fn server_with_operator() -> (TestServer, i64) {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    let id = add_user(
        &server.db.pool,
        "aigerim",
        Role::Operator,
        At::District(world.a.district),
    )
    .await;
    (server, id)
}

#[tokio::test]
async fn login_gives_a_token_that_opens_the_api() {
    let (server, id) = server_with_operator().await;
    // Logins are case-insensitive.
    let r = server.login_reply("Aigerim", PASSWORD).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let token = r.body["token"].as_str().unwrap();
    assert_eq!(token.len(), 43, "32 random bytes, base64url");
    assert_eq!(r.body["user_id"], id);

    let me = server.call("GET", "/api/v1/me", Some(token), None).await;
    assert_eq!(me.status, 200, "{}", me.body);
    assert_eq!(me.body["login"], "aigerim");
    assert_eq!(me.body["role"], "operator");
    assert_eq!(me.body["scope"]["kind"], "district");
    assert_eq!(me.body["device_id"], "test-device");

    let h = server.call("GET", "/health", None, None).await;
    assert_eq!((h.status, h.body["database"].as_str()), (200, Some("ok")));
}

#[tokio::test]
async fn wrong_password_and_unknown_login_are_the_same_401() {
    let (server, _) = server_with_operator().await;
    let wrong = server.login_reply("aigerim", "not-the-password").await;
    let unknown = server.login_reply("nobody", PASSWORD).await;
    for r in [&wrong, &unknown] {
        assert_eq!(
            (r.status, r.code()),
            (401, "invalid_credentials"),
            "{}",
            r.body
        );
    }
    assert_eq!(
        wrong.body["detail"], unknown.body["detail"],
        "nothing tells them apart"
    );
    let bad = server
        .call(
            "POST",
            "/api/v1/session",
            None,
            Some(json!({ "login": "aigerim" })),
        )
        .await;
    assert_eq!(
        (bad.status, bad.code()),
        (422, "invalid_request"),
        "{}",
        bad.body
    );
}

#[tokio::test]
async fn failed_logins_are_throttled_with_a_growing_wait() {
    let (server, _) = server_with_operator().await;
    for i in 1..=5 {
        let r = server.login_reply("aigerim", "guess").await;
        assert_eq!(r.status, 401, "failure {i} is answered 401: {}", r.body);
    }
    // Locked now: even the right password waits.
    let r = server.login_reply("aigerim", PASSWORD).await;
    assert_eq!(
        (r.status, r.code()),
        (429, "too_many_attempts"),
        "{}",
        r.body
    );
    assert_eq!(r.headers["retry-after"], "30");

    server.clock.advance(Duration::seconds(20));
    let r = server.login_reply("aigerim", PASSWORD).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.headers["retry-after"], "10", "the wait counts down");

    // After the wait, one more failure locks for twice as long.
    server.clock.advance(Duration::seconds(11));
    let r = server.login_reply("aigerim", "guess").await;
    assert_eq!(r.status, 401);
    let r = server.login_reply("aigerim", PASSWORD).await;
    assert_eq!(
        (r.status, r.headers["retry-after"].to_str().unwrap()),
        (429, "60")
    );

    // The right password after the wait logs in and clears the count.
    server.clock.advance(Duration::seconds(61));
    server.login("aigerim", PASSWORD).await;
    for _ in 1..=4 {
        assert_eq!(server.login_reply("aigerim", "guess").await.status, 401);
    }
    server.login("aigerim", PASSWORD).await;
    let (failures, locked): (i32, Option<chrono::DateTime<chrono::Utc>>) =
        sqlx::query_as("SELECT failed_logins, locked_until FROM users WHERE login = 'aigerim'")
            .fetch_one(&server.db.pool)
            .await
            .unwrap();
    assert_eq!((failures, locked), (0, None));

    // Another login is not affected by aigerim's failures.
    let other = add_user(&server.db.pool, "dana", Role::Administrator, At::System).await;
    assert!(other > 0);
    for _ in 1..=5 {
        server.login_reply("aigerim", "guess").await;
    }
    server.login("dana", PASSWORD).await;
}

#[tokio::test]
async fn a_disabled_account_cannot_log_in_and_loses_its_sessions() {
    let (server, id) = server_with_operator().await;
    add_user(&server.db.pool, "admin", Role::Administrator, At::System).await;
    let admin = server.login("admin", PASSWORD).await;
    let token = server.login("aigerim", PASSWORD).await;

    let r = server
        .call(
            "POST",
            &format!("/api/v1/users/{id}/disable"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["disabled"], true);

    let r = server.call("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!((r.status, r.code()), (401, "session_expired"), "{}", r.body);
    let r = server.login_reply("aigerim", PASSWORD).await;
    assert_eq!(
        (r.status, r.code()),
        (403, "account_disabled"),
        "{}",
        r.body
    );
    let r = server.login_reply("aigerim", "wrong-password").await;
    assert_eq!(
        (r.status, r.code()),
        (401, "invalid_credentials"),
        "only the right password learns it is disabled"
    );
}

#[tokio::test]
async fn the_database_keeps_only_the_hash_of_a_token() {
    let (server, _) = server_with_operator().await;
    let token = server.login("aigerim", PASSWORD).await;
    let pool = &server.db.pool;

    let stored: Vec<u8> = sqlx::query_scalar("SELECT token_sha256 FROM device_sessions")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(stored, Sha256::digest(token.as_bytes()).to_vec());

    // The token appears in no row of any table, in any column.
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert!(tables.len() >= 8, "{tables:?}");
    for table in tables {
        let hits: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM {table} t WHERE row_to_json(t)::text LIKE '%' || $1 || '%'"
        )))
        .bind(&token)
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(hits, 0, "the token is stored in {table}");
    }
}

#[tokio::test]
async fn logout_and_idle_expiry_end_a_session() {
    let (server, _) = server_with_operator().await;
    let token = server.login("aigerim", PASSWORD).await;
    let r = server
        .call("DELETE", "/api/v1/session", Some(&token), None)
        .await;
    assert_eq!(r.status, 204);
    let r = server.call("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!((r.status, r.code()), (401, "session_expired"));
    assert_eq!(r.headers["www-authenticate"], "Bearer");

    let token = server.login("aigerim", PASSWORD).await;
    server.clock.advance(Duration::days(29));
    assert_eq!(
        server
            .call("GET", "/api/v1/me", Some(&token), None)
            .await
            .status,
        200
    );
    server.clock.advance(Duration::days(29));
    assert_eq!(
        server
            .call("GET", "/api/v1/me", Some(&token), None)
            .await
            .status,
        200,
        "use keeps a session alive"
    );
    server.clock.advance(Duration::days(31));
    let r = server.call("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!((r.status, r.code()), (401, "session_expired"));

    let events: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM history WHERE object_kind = 'device_session' ORDER BY id",
    )
    .fetch_all(&server.db.pool)
    .await
    .unwrap();
    assert_eq!(
        events,
        ["session.create", "session.revoke", "session.create"]
    );
}
