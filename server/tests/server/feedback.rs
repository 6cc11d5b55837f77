//! Feedback pushed as `feedback.send`: stored with the sender taken from the session (never from
//! the arguments), once per uid, for every role; refused when the message breaks the rules; and
//! printed by `kezek-server feedback list`.

use crate::support::{add_user, build_world, t0, At, TestDb, TestServer, PASSWORD};
use kezek_server::scope::Role;
use kezek_sync::feedback::FeedbackSend;
use kezek_sync::{Mutation, Outcome, PushRequest, PushResponse, Verdict};

async fn push(
    server: &TestServer,
    token: &str,
    client: &str,
    seq: u64,
    args: serde_json::Value,
) -> Outcome {
    let m = Mutation {
        client_id: client.into(),
        seq,
        name: FeedbackSend::NAME.into(),
        args,
        at: t0() - chrono::Duration::hours(3),
        // What the client claims: the server takes the session's user instead.
        user: "someone-else".into(),
    };
    let req = PushRequest::new(client, vec![m]);
    let r = server
        .call(
            "POST",
            "/api/v1/sync/push",
            Some(token),
            Some(serde_json::to_value(req).unwrap()),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let resp: PushResponse = serde_json::from_value(r.body).unwrap();
    resp.results.into_iter().next().unwrap().outcome
}

fn message(uid: &str, text: &str) -> FeedbackSend {
    FeedbackSend {
        uid: uid.into(),
        subject: Some("Поиск".into()),
        message: text.into(),
        app_version: "0.1.0".into(),
    }
}

#[tokio::test]
async fn every_role_sends_feedback_once_per_uid_with_the_sender_from_the_session() {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    add_user(
        &server.db.pool,
        "secretary",
        Role::CommissionSecretary,
        At::Commission(world.a.commission),
    )
    .await;
    add_user(&server.db.pool, "admin", Role::Administrator, At::System).await;
    let secretary = server.login("secretary", PASSWORD).await;

    let first = message("uid-1", "Добавьте поиск по ИИН заявителя");
    let o = push(&server, &secretary, "desk-1", 1, first.to_args()).await;
    assert_eq!(o, Outcome::Accepted);
    // The same uid again (a restored desktop, another client id): accepted, not stored twice.
    let again = FeedbackSend {
        message: "changed text".into(),
        ..first.clone()
    };
    let o = push(&server, &secretary, "desk-2", 1, again.to_args()).await;
    assert_eq!(o, Outcome::Accepted);
    // The same mutation again: the push's own idempotency answers.
    let o = push(&server, &secretary, "desk-1", 1, first.to_args()).await;
    assert_eq!(
        o,
        Outcome::Duplicate {
            previous: Verdict::Accepted
        }
    );

    let admin = server.login("admin", PASSWORD).await;
    let no_subject = FeedbackSend {
        subject: Some("  ".into()),
        ..message("uid-2", "Спасибо")
    };
    let o = push(&server, &admin, "desk-admin", 1, no_subject.to_args()).await;
    assert_eq!(o, Outcome::Accepted);

    let list = kezek_server::feedback::list(&server.db.pool).await.unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    let f = &list[0];
    assert_eq!(
        (f.uid.as_str(), f.login.as_str(), f.role.as_str()),
        ("uid-1", "secretary", "commission_secretary")
    );
    assert_eq!(
        f.message, "Добавьте поиск по ИИН заявителя",
        "the first copy stands"
    );
    assert_eq!(f.subject.as_deref(), Some("Поиск"));
    assert_eq!(f.scope_kind, "commission");
    assert_eq!(f.scope_names, ["Region One", "a", "a-commission"]);
    assert_eq!(f.device_id, "test-device");
    assert_eq!(f.received_at, t0(), "the server's clock");
    assert_eq!(f.written_at, t0() - chrono::Duration::hours(3));
    assert_eq!(
        (list[1].login.as_str(), list[1].subject.as_deref()),
        ("admin", None)
    );
    assert!(list[1].scope_names.is_empty());

    let history: i64 =
        sqlx::query_scalar("SELECT count(*) FROM history WHERE action = 'feedback.send'")
            .fetch_one(&server.db.pool)
            .await
            .unwrap();
    assert_eq!(history, 2, "one event per stored message");

    // The administrators read them on the server's command line.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kezek-server"))
        .args(["feedback", "list"])
        .env("KEZEK_DATABASE_URL", &server.db.url)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("kezek-server runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for part in [
        "secretary (commission_secretary, commission: Region One / a / a-commission)",
        "  Поиск",
        "    Добавьте поиск по ИИН заявителя",
        "admin (administrator, system)",
        "    Спасибо",
    ] {
        assert!(text.contains(part), "{part:?} in:\n{text}");
    }
}

#[tokio::test]
async fn broken_messages_are_rejected_as_invalid_args() {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    add_user(
        &server.db.pool,
        "head",
        Role::KindergartenHead,
        At::Kindergarten(world.a.kindergarten),
    )
    .await;
    let token = server.login("head", PASSWORD).await;
    let cases = [
        message("u-empty", "   ").to_args(),
        message("u-long", &"я".repeat(4001)).to_args(),
        message("", "text").to_args(),
        serde_json::json!({ "uid": "u-x", "message": "m", "app_version": "1",
                            "subject": null, "login": "admin" }),
    ];
    for (i, args) in cases.into_iter().enumerate() {
        let o = push(&server, &token, "desk-head", i as u64 + 1, args.clone()).await;
        match o {
            Outcome::Rejected { code, .. } => assert_eq!(code, "invalid_args", "{args}"),
            other => panic!("{args}: {other:?}"),
        }
    }
    let ok = message("u-max", &"я".repeat(4000));
    let o = push(&server, &token, "desk-head", 5, ok.to_args()).await;
    assert_eq!(o, Outcome::Accepted, "4000 characters fit");
    let stored = kezek_server::feedback::list(&server.db.pool).await.unwrap();
    assert_eq!(stored.len(), 1);
}
