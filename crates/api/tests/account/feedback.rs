//! Feedback from the app: written offline it waits in the outbox, the next sync delivers it to
//! the real server (the sender from the session); without a server it is kept on this computer.

use crate::{app, Fixture, PASSWORD};

#[tokio::test(flavor = "multi_thread")]
async fn feedback_written_offline_is_delivered_by_the_next_sync() {
    let mut f = Fixture::start().await;
    let (_dir, k) = app().await;
    k.login(f.url(), "operator", PASSWORD).await.unwrap();
    f.server.stop().await;

    let sent = k
        .send_feedback(Some("  Журнал "), "  Добавьте фильтр по льготе  ")
        .await
        .unwrap();
    assert_eq!(sent.state, "pending");
    assert_eq!(
        (sent.subject.as_deref(), sent.message.as_str()),
        (Some("Журнал"), "Добавьте фильтр по льготе"),
        "trimmed"
    );
    assert_eq!(sent.app_version, env!("CARGO_PKG_VERSION"));
    assert_eq!(k.sync_status().await.unwrap().state.pending, 1);

    let err = k.send_feedback(None, " \n ").await.unwrap_err();
    assert_eq!(err.args["reason"], "message_required");
    let err = k.send_feedback(None, &"я".repeat(4001)).await.unwrap_err();
    assert_eq!(
        (err.args["reason"].as_str(), err.args["max"].as_str()),
        ("message_too_long", "4000")
    );

    f.server.restart().await;
    let done = k.sync_now(|_| {}).await.unwrap();
    assert_eq!((done.accepted, done.rejected), (1, 0));
    let list = k.feedback().await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].state, "delivered");

    let stored = kezek_server::feedback::list(&f.db.pool).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].uid, sent.uid);
    assert_eq!(stored[0].login, "operator");
    assert_eq!(stored[0].scope_kind, "district");
    assert_eq!(stored[0].message, "Добавьте фильтр по льготе");
}

#[tokio::test]
async fn without_a_server_feedback_is_kept_on_this_computer() {
    let (_dir, k) = app().await;
    let kept = k.send_feedback(None, "Спасибо за журнал").await.unwrap();
    assert_eq!(
        (kept.state.as_str(), kept.subject.as_deref()),
        ("kept", None)
    );
    assert_eq!(k.sync_status().await.unwrap().state.pending, 0);
    assert_eq!(k.feedback().await.unwrap(), vec![kept]);
}
