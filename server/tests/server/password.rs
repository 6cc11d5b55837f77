//! Changing one's own password: the current one asked again (a wrong one counts like a failed
//! login), the rule of new accounts for the new one, the other sessions ended and the caller's
//! kept, history written.

use crate::support::{add_user, build_world, t0, At, TestDb, TestServer, PASSWORD};
use kezek_server::scope::Role;
use serde_json::json;

const PATH: &str = "/api/v1/me/password";
const NEW: &str = "a-new-password-2";

async fn server_with_secretary() -> (TestServer, i64) {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    let id = add_user(
        &server.db.pool,
        "secretary",
        Role::CommissionSecretary,
        At::Commission(world.a.commission),
    )
    .await;
    (server, id)
}

fn change(current: &str, new: &str) -> Option<serde_json::Value> {
    Some(json!({ "current_password": current, "new_password": new }))
}

#[tokio::test]
async fn the_new_password_signs_in_the_caller_stays_and_other_sessions_end() {
    let (server, id) = server_with_secretary().await;
    let here = server.login("secretary", PASSWORD).await;
    let elsewhere = server.login("secretary", PASSWORD).await;

    let r = server
        .call("POST", PATH, Some(&here), change(PASSWORD, NEW))
        .await;
    assert_eq!(r.status, 204, "{}", r.body);

    let me = server.call("GET", "/api/v1/me", Some(&here), None).await;
    assert_eq!(me.status, 200, "the caller's session stays: {}", me.body);
    let other = server
        .call("GET", "/api/v1/me", Some(&elsewhere), None)
        .await;
    assert_eq!(
        (other.status, other.code()),
        (401, "session_expired"),
        "another session's token stops working: {}",
        other.body
    );
    let old = server.login_reply("secretary", PASSWORD).await;
    assert_eq!((old.status, old.code()), (401, "invalid_credentials"));
    server.login("secretary", NEW).await;

    let (action, actor, after): (String, String, String) = sqlx::query_as(
        "SELECT action, actor, after::text FROM history \
         WHERE object_kind = 'user' AND object_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(id)
    .fetch_one(&server.db.pool)
    .await
    .unwrap();
    assert_eq!(
        (action.as_str(), actor.as_str()),
        ("user.change_password", "secretary")
    );
    assert!(after.contains("\"sessions_revoked\": 1"), "{after}");
    assert!(!after.contains("argon2"), "no hash in the history: {after}");
    let changed_at: chrono::DateTime<chrono::Utc> =
        sqlx::query_scalar("SELECT password_changed_at FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(&server.db.pool)
            .await
            .unwrap();
    assert_eq!(changed_at, t0(), "the server's clock");
}

#[tokio::test]
async fn a_wrong_current_password_is_403_and_counts_like_a_failed_login() {
    let (server, _) = server_with_secretary().await;
    let token = server.login("secretary", PASSWORD).await;
    for n in 1..=5 {
        let r = server
            .call("POST", PATH, Some(&token), change("not-the-password", NEW))
            .await;
        assert_eq!(
            (r.status, r.code()),
            (403, "wrong_password"),
            "attempt {n}: {}",
            r.body
        );
    }
    // The fifth failure locked the login: the right password waits too, here and at login.
    let r = server
        .call("POST", PATH, Some(&token), change(PASSWORD, NEW))
        .await;
    assert_eq!(
        (r.status, r.code()),
        (429, "too_many_attempts"),
        "{}",
        r.body
    );
    assert!(r.headers.contains_key("retry-after"));
    let login = server.login_reply("secretary", PASSWORD).await;
    assert_eq!(login.status, 429, "{}", login.body);
    // The session itself is untouched.
    let me = server.call("GET", "/api/v1/me", Some(&token), None).await;
    assert_eq!(me.status, 200);
}

#[tokio::test]
async fn a_weak_new_password_is_refused_before_the_current_one_is_checked() {
    let (server, _) = server_with_secretary().await;
    let token = server.login("secretary", PASSWORD).await;
    for (current, new) in [(PASSWORD, "short"), ("not-the-password", "1234567")] {
        let r = server
            .call("POST", PATH, Some(&token), change(current, new))
            .await;
        assert_eq!(
            (r.status, r.code()),
            (422, "invalid_request"),
            "{new}: {}",
            r.body
        );
    }
    let failures: i32 =
        sqlx::query_scalar("SELECT failed_logins FROM users WHERE login = 'secretary'")
            .fetch_one(&server.db.pool)
            .await
            .unwrap();
    assert_eq!(failures, 0, "a form error costs no attempt");
    // The old password still works.
    server.login("secretary", PASSWORD).await;
    let r = server.call("POST", PATH, None, change(PASSWORD, NEW)).await;
    assert_eq!((r.status, r.code()), (401, "unauthenticated"));
}
