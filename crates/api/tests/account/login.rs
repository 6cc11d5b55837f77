//! Signing in online, unlocking offline, locking, throttling, signing out.

use crate::{app, code_and, keyring_token, Fixture, PASSWORD};
use chrono::{Duration, Utc};
use kezek_api::{AccountMode, Kezek, UNLOCK_WAIT_SECS};

#[tokio::test]
async fn without_a_server_the_app_works_as_before_and_nobody_signs_in() {
    let (_dir, k) = app().await;
    let status = k.account_status();
    assert_eq!(status.mode, AccountMode::Embedded, "{status:?}");
    assert!(status.user.is_none() && status.server_url.is_none());
    k.ensure_unlocked()
        .expect("the embedded mode is never locked");
    assert_eq!(k.lock().mode, AccountMode::Embedded, "nothing to lock");
    k.journal_page(&kezek_api::JournalQuery {
        page_size: 50,
        ..Default::default()
    })
    .await
    .unwrap();

    // Choosing a server asks for a sign-in; choosing none again goes back.
    let status = k
        .set_server_url(Some(" http://127.0.0.1:9/ "))
        .await
        .unwrap();
    assert_eq!(status.mode, AccountMode::SignedOut);
    assert_eq!(status.server_url.as_deref(), Some("http://127.0.0.1:9"));
    let refused = k.ensure_unlocked().unwrap_err();
    assert_eq!(refused.code.as_str(), "sign_in_required");
    let err = k.set_server_url(Some("ftp://x")).await.unwrap_err();
    assert_eq!(
        code_and(&err, "reason"),
        ("invalid_input", "server_url".into())
    );
    assert_eq!(
        k.set_server_url(None).await.unwrap().mode,
        AccountMode::Embedded
    );
}

#[tokio::test]
async fn signs_in_online_then_unlocks_offline_after_the_server_stops() {
    let mut f = Fixture::start().await;
    let (dir, k) = app().await;
    let status = k.login(f.url(), "operator", PASSWORD).await.unwrap();
    assert_eq!(status.mode, AccountMode::Unlocked);
    let user = status.user.expect("the profile");
    assert_eq!(
        (
            user.login.as_str(),
            user.role.as_str(),
            user.scope_kind.as_str()
        ),
        ("operator", "operator", "district")
    );
    assert_eq!(
        user.scope_names,
        vec!["Region One", "a"],
        "names of the scope"
    );
    assert_eq!(k.user_name(), "operator", "the history names the account");

    let token = keyring_token("operator", f.url()).expect("the token is in the keyring");
    let db = std::fs::read(dir.path().join(kezek_api::DATABASE_FILE)).unwrap();
    let wal = std::fs::read(dir.path().join("kezek.sqlite3-wal")).unwrap_or_default();
    for bytes in [&db, &wal] {
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes())
                && !bytes
                    .windows(PASSWORD.len())
                    .any(|w| w == PASSWORD.as_bytes()),
            "neither the token nor the password is in the database"
        );
    }

    // A restarted app starts locked and refuses work until unlocked, even with no server.
    f.server.stop().await;
    let restarted = Kezek::open(dir.path()).await.unwrap();
    assert_eq!(restarted.account_status().mode, AccountMode::Locked);
    assert_eq!(
        restarted.ensure_unlocked().unwrap_err().code.as_str(),
        "locked"
    );
    let status = restarted.unlock(PASSWORD).await.expect("unlocks offline");
    assert_eq!(status.mode, AccountMode::Unlocked);
    assert_eq!(status.user.unwrap().full_name, "operator");
    restarted.ensure_unlocked().unwrap();

    // Online sign-in now says the server does not answer.
    let (_dir2, other) = app().await;
    let err = other
        .login(f.url(), "operator", PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(
        code_and(&err, "server"),
        ("server_unreachable", f.url().to_string())
    );

    // Locking by hand (or after inactivity) asks for the password again.
    assert_eq!(restarted.lock().mode, AccountMode::Locked);
    restarted.ensure_unlocked().unwrap_err();
}

#[tokio::test]
async fn a_wrong_password_offline_is_refused_counted_and_throttled() {
    let f = Fixture::start().await;
    let (_dir, k) = app().await;
    k.login(f.url(), "operator", PASSWORD).await.unwrap();
    k.lock();
    let t0 = Utc::now();
    for remaining in (1..=4).rev() {
        let err = k.unlock_at("wrong password", t0).await.unwrap_err();
        assert_eq!(
            code_and(&err, "remaining"),
            ("wrong_password", remaining.to_string())
        );
    }
    let fifth = k.unlock_at("wrong password", t0).await.unwrap_err();
    assert_eq!(
        code_and(&fifth, "seconds"),
        ("wrong_password", UNLOCK_WAIT_SECS.to_string()),
        "the fifth failure says how long to wait"
    );
    // While waiting, even the right password is refused, with the seconds left.
    let err = k
        .unlock_at(PASSWORD, t0 + Duration::seconds(10))
        .await
        .unwrap_err();
    assert_eq!(
        code_and(&err, "seconds"),
        ("too_many_attempts", "20".into())
    );
    assert_eq!(k.account_status().mode, AccountMode::Locked);
    // After the wait the right password unlocks and clears the count.
    let later = t0 + Duration::seconds(UNLOCK_WAIT_SECS + 1);
    k.unlock_at(PASSWORD, later).await.unwrap();
    k.lock();
    let err = k.unlock_at("wrong", later).await.unwrap_err();
    assert_eq!(code_and(&err, "remaining"), ("wrong_password", "4".into()));
}

#[tokio::test]
async fn the_servers_refusals_are_translated_codes() {
    let f = Fixture::start().await;
    let (_dir, k) = app().await;
    let err = k
        .login(f.url(), "operator", "wrong password")
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "wrong_password");
    let err = k.login(f.url(), "nobody", PASSWORD).await.unwrap_err();
    assert_eq!(
        err.code.as_str(),
        "wrong_password",
        "unknown login looks the same"
    );

    // The server locks the login after its free failures and says for how long.
    for _ in 0..4 {
        k.login(f.url(), "operator", "wrong").await.unwrap_err();
    }
    let err = k.login(f.url(), "operator", PASSWORD).await.unwrap_err();
    assert_eq!(
        code_and(&err, "seconds"),
        ("too_many_attempts", "30".into())
    );
    assert_eq!(
        k.account_status().mode,
        AccountMode::Embedded,
        "nothing kept"
    );

    // A disabled account is refused once the password is right.
    kezek_server::accounts::disable(
        &f.db.pool,
        &kezek_server::db::history::Actor {
            user_id: None,
            label: "test".into(),
            device_id: None,
        },
        f.operator_id,
        kezek_server::testing::t0(),
    )
    .await
    .unwrap();
    f.server.clock.advance(chrono::Duration::minutes(1));
    let err = k.login(f.url(), "operator", PASSWORD).await.unwrap_err();
    assert_eq!(err.code.as_str(), "account_disabled");

    // Not a Kezek server at all (nothing listens here).
    let err = k
        .login("http://127.0.0.1:9", "operator", PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "server_unreachable");
}

#[tokio::test]
async fn signing_out_ends_the_session_and_forgets_the_token_and_verifier() {
    let f = Fixture::start().await;
    let (dir, k) = app().await;
    k.login(f.url(), "operator", PASSWORD).await.unwrap();
    let token = keyring_token("operator", f.url()).unwrap();
    let status = k.logout().await.unwrap();
    assert_eq!(status.mode, AccountMode::SignedOut);
    assert_eq!(
        status.server_url.as_deref(),
        Some(f.url()),
        "the address stays"
    );
    assert_eq!(keyring_token("operator", f.url()), None);
    let me = reqwest::Client::new()
        .get(format!("{}/api/v1/me", f.url()))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status().as_u16(), 401, "the server revoked the session");

    let restarted = Kezek::open(dir.path()).await.unwrap();
    assert_eq!(restarted.account_status().mode, AccountMode::SignedOut);
    let err = restarted.unlock(PASSWORD).await.unwrap_err();
    assert_eq!(err.code.as_str(), "sign_in_required", "no verifier left");
}
