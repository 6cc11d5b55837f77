//! Changing one's own password from Settings: online against the real server, then the new
//! password (and no longer the old one) unlocks the app offline; the refusals keep their codes.

use crate::{app, code_and, Fixture, PASSWORD};

const NEW: &str = "a-new-password-2";

#[tokio::test(flavor = "multi_thread")]
async fn the_new_password_works_online_and_unlocks_offline() {
    let mut f = Fixture::start().await;
    let (_dir, k) = app().await;
    k.login(f.url(), "operator", PASSWORD).await.unwrap();

    let err = k
        .change_password("not-the-password", NEW)
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "wrong_password", "{err:?}");
    let err = k.change_password(PASSWORD, "short").await.unwrap_err();
    assert_eq!(
        code_and(&err, "reason"),
        ("invalid_input", "password_too_short".into())
    );
    assert_eq!(err.args["min"], "8");
    let err = k.change_password("", NEW).await.unwrap_err();
    assert_eq!(
        code_and(&err, "reason"),
        ("invalid_input", "current_password_required".into())
    );

    k.change_password(PASSWORD, NEW).await.unwrap();
    // The session stays: online work goes on without signing in again.
    k.sync_now(|_| {}).await.expect("the session survives");

    // Offline, the new password unlocks; the old one no longer does.
    f.server.stop().await;
    k.lock();
    let err = k.unlock(PASSWORD).await.unwrap_err();
    assert_eq!(err.code.as_str(), "wrong_password");
    k.unlock(NEW)
        .await
        .expect("the new password unlocks offline");

    // Offline, changing it again says so.
    let err = k
        .change_password(NEW, "another-password-3")
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "server_unreachable", "{err:?}");
    f.server.restart().await;

    // Another device: the old password is refused, the new one signs in.
    let (_d2, other) = app().await;
    let err = other
        .login(f.url(), "operator", PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "wrong_password");
    other.login(f.url(), "operator", NEW).await.unwrap();

    // The change is in the local history (the verifier itself never is).
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        _dir.path().join(kezek_api::DATABASE_FILE).display()
    ))
    .await
    .unwrap();
    let (user, changes): (String, String) =
        sqlx::query_as("SELECT user_name, changes FROM history WHERE action = 'password_changed'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(user, "operator");
    assert!(!changes.contains("argon2"), "{changes}");
}

#[tokio::test]
async fn without_a_server_there_is_no_password_to_change() {
    let (_dir, k) = app().await;
    let err = k.change_password(PASSWORD, NEW).await.unwrap_err();
    assert_eq!(err.code.as_str(), "sign_in_required", "{err:?}");
}
