//! Feedback in the store: a message and its `feedback.send` mutation in one transaction, the
//! state following the outbox's verdict, and messages kept here when there is no server.

use crate::{at, raw_pool, store_with};
use chrono::{DateTime, Utc};
use kezek_store::{Actor, NewFeedback, StoreError};
use kezek_sync::feedback::FeedbackSend;
use kezek_sync::Verdict;

fn actor() -> Actor {
    Actor {
        user_name: "secretary".into(),
        at: at(2026, 12, 1, 10),
    }
}

fn utc() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T04:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn note(message: &str) -> NewFeedback {
    NewFeedback {
        subject: Some("Журнал".into()),
        message: message.into(),
        app_version: "0.1.0".into(),
    }
}

#[tokio::test]
async fn a_message_goes_to_the_outbox_and_follows_its_verdict() {
    let (dir, store) = store_with(vec![]).await;
    let first = store
        .write_feedback(&note("Добавьте поиск по ИИН"), true, &actor(), utc())
        .await
        .unwrap();
    assert_eq!(first.state, "pending");
    assert_eq!(first.written_by, "secretary");
    assert_eq!(first.uid.len(), 36, "a UUID: {}", first.uid);

    let outbox = store.pending_mutations(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    let m = &outbox[0];
    assert_eq!((m.name.as_str(), m.at), (FeedbackSend::NAME, utc()));
    let args: FeedbackSend = serde_json::from_value(m.args.clone()).unwrap();
    assert_eq!(
        args,
        FeedbackSend {
            uid: first.uid.clone(),
            subject: Some("Журнал".into()),
            message: "Добавьте поиск по ИИН".into(),
            app_version: "0.1.0".into(),
        }
    );

    let second = store
        .write_feedback(&note("Второе"), true, &actor(), utc())
        .await
        .unwrap();
    assert_ne!(second.uid, first.uid);
    store
        .record_verdicts(
            &[
                (m.seq, Verdict::Accepted),
                (
                    m.seq + 1,
                    Verdict::Rejected {
                        code: "invalid_args".into(),
                        detail: "message: required".into(),
                    },
                ),
            ],
            &actor(),
        )
        .await
        .unwrap();
    let list = store.feedback().await.unwrap();
    let states: Vec<(&str, Option<&str>)> = list
        .iter()
        .map(|f| (f.state.as_str(), f.reason_code.as_deref()))
        .collect();
    assert_eq!(
        states,
        [("rejected", Some("invalid_args")), ("delivered", None)],
        "newest first"
    );

    let pool = raw_pool(&dir.path().join(kezek_store::DATABASE_FILE)).await;
    let events: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, user_name FROM history WHERE entity = 'feedback' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0], ("feedback_written".into(), "secretary".into()));
}

#[tokio::test]
async fn without_a_server_it_is_kept_here_and_nothing_waits_to_be_sent() {
    let (_dir, store) = store_with(vec![]).await;
    let kept = store
        .write_feedback(&note("Демо"), false, &actor(), utc())
        .await
        .unwrap();
    assert_eq!(kept.state, "kept");
    assert!(store.pending_mutations(10).await.unwrap().is_empty());
    assert_eq!(store.sync_state().await.unwrap().pending, 0);
}

#[tokio::test]
async fn what_the_server_would_refuse_is_refused_here_and_nothing_is_written() {
    let (_dir, store) = store_with(vec![]).await;
    for message in ["  ".to_string(), "я".repeat(4001)] {
        let err = store
            .write_feedback(&note(&message), true, &actor(), utc())
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::InvalidInput(_)), "{err:?}");
    }
    assert!(store.feedback().await.unwrap().is_empty());
    assert!(store.pending_mutations(10).await.unwrap().is_empty());
}
