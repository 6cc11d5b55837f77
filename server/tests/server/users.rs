//! User administration over HTTP: create, validation, reset password, history.

use crate::support::{add_user, build_world, At, TestDb, TestServer, PASSWORD};
use chrono::NaiveDate;
use kezek_domain::{Iin, PersonalNumber, Sex};
use kezek_server::scope::Role;
use serde_json::json;

#[tokio::test]
async fn an_administrator_manages_accounts_and_history_records_it() {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    let admin_id = add_user(&server.db.pool, "admin", Role::Administrator, At::System).await;
    let admin = server.login("admin", PASSWORD).await;
    let iin = Iin::compose(
        NaiveDate::from_ymd_opt(1990, 5, 17).unwrap(),
        Sex::Female,
        1234,
    )
    .expect("a valid IIN");

    let body = |login: &str, role: &str, kind: &str, id: i64, pn: Option<&str>, pw: &str| {
        json!({ "login": login, "full_name": "Айгерім Серікова", "role": role,
                "scope": { "kind": kind, "id": id }, "password": pw, "personal_number": pn })
    };
    let c = world.a.commission;
    let r = server
        .call(
            "POST",
            "/api/v1/users",
            Some(&admin),
            Some(body(
                "secretary",
                "commission_secretary",
                "commission",
                c,
                Some(iin.as_str()),
                "secretary-pw",
            )),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.body["id"].as_i64().unwrap();
    assert_eq!(r.body["personal_number"], iin.as_str());
    assert_eq!(
        r.body["scope"]["district_id"], world.a.district,
        "ancestors are filled in"
    );

    let cases = [
        (
            body(
                "SECRETARY",
                "operator",
                "district",
                world.a.district,
                None,
                "long-enough",
            ),
            409,
            "conflict",
        ),
        (
            body("op", "operator", "commission", c, None, "long-enough"),
            422,
            "invalid_request",
        ),
        (
            body(
                "op",
                "operator",
                "district",
                world.a.district,
                None,
                "short",
            ),
            422,
            "invalid_request",
        ),
        (
            body(
                "op",
                "operator",
                "district",
                world.a.district,
                Some("123456789012"),
                "long-enough",
            ),
            422,
            "invalid_request",
        ),
        (
            body("op", "operator", "district", 999_999, None, "long-enough"),
            404,
            "not_found",
        ),
        (
            body(
                "op",
                "superuser",
                "district",
                world.a.district,
                None,
                "long-enough",
            ),
            422,
            "invalid_request",
        ),
    ];
    for (b, status, code) in cases {
        let r = server
            .call("POST", "/api/v1/users", Some(&admin), Some(b.clone()))
            .await;
        assert_eq!((r.status, r.code()), (status, code), "{b}: {}", r.body);
    }

    let user_token = server.login("secretary", "secretary-pw").await;
    let r = server
        .call(
            "POST",
            &format!("/api/v1/users/{id}/reset-password"),
            Some(&admin),
            Some(json!({ "password": "brand-new-pw" })),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(
        server
            .call("GET", "/api/v1/me", Some(&user_token), None)
            .await
            .status,
        401
    );
    assert_eq!(
        server.login_reply("secretary", "secretary-pw").await.status,
        401
    );
    server.login("secretary", "brand-new-pw").await;

    let r = server
        .call("GET", "/api/v1/users", Some(&admin), None)
        .await;
    let logins: Vec<&str> = r
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["login"].as_str().unwrap())
        .collect();
    assert_eq!(logins, ["admin", "secretary"]);
    assert!(
        !r.body.to_string().contains("argon2"),
        "no hash leaves the server"
    );

    let r = server
        .call(
            "POST",
            &format!("/api/v1/users/{admin_id}/disable"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(
        (r.status, r.code()),
        (409, "conflict"),
        "an administrator cannot lock itself out"
    );

    let history: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT action, actor, device_id FROM history WHERE object_kind = 'user' ORDER BY id",
    )
    .fetch_all(&server.db.pool)
    .await
    .unwrap();
    assert_eq!(
        history,
        [
            (
                "user.create".into(),
                "admin".into(),
                Some("test-device".into())
            ),
            (
                "user.reset_password".into(),
                "admin".into(),
                Some("test-device".into())
            ),
        ]
    );
    let hashes_in_history: i64 =
        sqlx::query_scalar("SELECT count(*) FROM history WHERE after::text LIKE '%argon2%'")
            .fetch_one(&server.db.pool)
            .await
            .unwrap();
    assert_eq!(hashes_in_history, 0);
}

#[tokio::test]
async fn non_administrators_learn_nothing_by_probing_ids() {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    add_user(
        &server.db.pool,
        "op",
        Role::Operator,
        At::District(world.a.district),
    )
    .await;
    add_user(&server.db.pool, "admin", Role::Administrator, At::System).await;
    let op = server.login("op", PASSWORD).await;
    let admin = server.login("admin", PASSWORD).await;
    for path in ["/api/v1/users/1/disable", "/api/v1/users/999999/disable"] {
        let r = server.call("POST", path, Some(&op), None).await;
        assert_eq!(
            (r.status, r.code()),
            (403, "forbidden"),
            "{path}: {}",
            r.body
        );
    }
    let r = server
        .call("POST", "/api/v1/users/999999/disable", Some(&admin), None)
        .await;
    assert_eq!((r.status, r.code()), (404, "not_found"), "{}", r.body);
    let r = server
        .call("GET", "/api/v1/districts/abc", Some(&op), None)
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_request"), "{}", r.body);
}
