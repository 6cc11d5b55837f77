//! User administration from the app: an administrator online adds, lists, resets and disables
//! users; other roles and offline work are refused with their own codes.

use crate::{app, Fixture, PASSWORD};
use kezek_api::NewServerUser;

#[tokio::test]
async fn an_administrator_adds_resets_and_disables_a_user() {
    let f = Fixture::start().await;
    let (_dir, admin) = app().await;
    let status = admin.login(f.url(), "admin", PASSWORD).await.unwrap();
    assert!(status.user.unwrap().is_administrator());

    let reference = admin.server_reference().await.unwrap();
    assert_eq!(reference.regions.len(), 2, "the whole tree: {reference:?}");
    let commission = reference
        .commissions
        .iter()
        .find(|c| c.id == f.world.a.commission)
        .expect("commission of district A");
    assert_eq!(commission.parent_id, Some(f.world.a.district));
    assert!(reference
        .roles
        .iter()
        .any(|r| r.role == "commission_secretary" && r.scope_kinds == ["commission"]));

    let created = admin
        .add_user(&NewServerUser {
            login: "secretary".into(),
            full_name: "Сейткали Айжан".into(),
            personal_number: None,
            role: "commission_secretary".into(),
            scope_kind: "commission".into(),
            scope_id: Some(f.world.a.commission),
        })
        .await
        .unwrap();
    assert_eq!(
        created.user.scope_names,
        vec!["Region One", "a", "a-commission"]
    );
    assert_eq!(created.temporary_password.len(), 12);
    let users = admin.server_users().await.unwrap();
    assert!(
        users
            .iter()
            .any(|u| u.login == "secretary" && u.full_name == "Сейткали Айжан" && !u.disabled),
        "{users:?}"
    );

    // The temporary password signs in on another device.
    let (_d2, device) = app().await;
    device
        .login(f.url(), "secretary", &created.temporary_password)
        .await
        .expect("the temporary password works");
    device.logout().await.unwrap();

    // A reset gives a new one; the old no longer works.
    let reset = admin.reset_user_password(created.user.id).await.unwrap();
    assert_ne!(reset.temporary_password, created.temporary_password);
    let err = device
        .login(f.url(), "secretary", &created.temporary_password)
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "wrong_password");
    device
        .login(f.url(), "secretary", &reset.temporary_password)
        .await
        .unwrap();
    device.logout().await.unwrap();

    // Disabled: the account can no longer sign in.
    let disabled = admin.disable_user(created.user.id).await.unwrap();
    assert!(disabled.disabled);
    let err = device
        .login(f.url(), "secretary", &reset.temporary_password)
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "account_disabled");

    // A login taken is the server's conflict, translated.
    let err = admin
        .add_user(&NewServerUser {
            login: "operator".into(),
            full_name: "Another".into(),
            personal_number: None,
            role: "operator".into(),
            scope_kind: "district".into(),
            scope_id: Some(f.world.a.district),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code.as_str(), "conflict");
}

#[tokio::test]
async fn only_an_administrator_online_manages_users() {
    let mut f = Fixture::start().await;
    let (_dir, operator) = app().await;
    operator.login(f.url(), "operator", PASSWORD).await.unwrap();
    let err = operator.server_users().await.unwrap_err();
    assert_eq!(err.code.as_str(), "forbidden");

    let (_dir2, admin) = app().await;
    admin.login(f.url(), "admin", PASSWORD).await.unwrap();
    assert!(!admin.server_users().await.unwrap().is_empty());
    f.server.stop().await;
    let err = admin.server_users().await.unwrap_err();
    assert_eq!(err.code.as_str(), "server_unreachable", "offline: said so");

    // Locked: nothing online either, until unlocked.
    admin.lock();
    assert_eq!(
        admin.server_users().await.unwrap_err().code.as_str(),
        "locked"
    );
    admin.unlock(PASSWORD).await.unwrap();
    f.server.restart().await;
    assert!(!admin.server_users().await.unwrap().is_empty());
}
