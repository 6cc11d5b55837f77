//! A server that lost mutations it had decided (restored from a backup) answers a sequence gap;
//! the engine resends from the number it expects. In-process transport: no server needed.

use crate::*;
use kezek_store::PlaceFor;
use kezek_sync::records::GroupRecord;
use kezek_sync::{Change, MutationResult, Outcome, Record, Verdict};
use std::sync::Mutex;

/// Knows mutations up to `last_seq`; accepts the next one in order, answers a gap otherwise.
#[derive(Default)]
struct Forgetful {
    last_seq: Mutex<u64>,
    pushes: Mutex<Vec<Vec<u64>>>,
}

impl Transport for Forgetful {
    async fn push(&self, request: &PushRequest) -> Result<PushResponse, TransportError> {
        let mut last = self.last_seq.lock().unwrap();
        let mut results = Vec::new();
        self.pushes
            .lock()
            .unwrap()
            .push(request.mutations.iter().map(|m| m.seq).collect());
        for m in &request.mutations {
            let outcome = if m.seq <= *last {
                Outcome::Duplicate {
                    previous: Verdict::Accepted,
                }
            } else if m.seq > *last + 1 {
                results.push(MutationResult {
                    seq: m.seq,
                    outcome: Outcome::SequenceGap {
                        expected_seq: *last + 1,
                    },
                });
                break;
            } else {
                *last = m.seq;
                Outcome::Accepted
            };
            results.push(MutationResult {
                seq: m.seq,
                outcome,
            });
        }
        Ok(PushResponse { results })
    }

    async fn pull(&self, request: &PullRequest) -> Result<PullResponse, TransportError> {
        Ok(PullResponse {
            changes: vec![],
            cursor: request.cursor,
            more: false,
        })
    }
}

#[tokio::test]
async fn a_sequence_gap_is_answered_by_resending_from_the_expected_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    let op = actor("op-a");
    let group = Record::Group(GroupRecord {
        id: 70,
        kindergarten_id: 7,
        name: "Күншуақ".into(),
        birth_year: 2022,
        language: "kk".into(),
        kind: "general".into(),
        correction_type: None,
        capacity: 5,
    });
    store
        .apply_fetched_changes(vec![Change::upsert(1, &group)], &op)
        .await
        .unwrap();
    for n in 1..=3 {
        let child = kezek_server::testing::child(n);
        store
            .request_place(PlaceFor::Child(child), 70, &op, now())
            .await
            .unwrap();
    }
    // Mutations 1 and 2 were accepted before; the server has since lost them.
    store
        .record_verdicts(&[(1, Verdict::Accepted), (2, Verdict::Accepted)], &op)
        .await
        .unwrap();
    let engine = SyncEngine::new(store.clone(), Forgetful::default());
    let report = engine.sync_once(&op, |_| {}).await.unwrap();
    let pushes = engine.transport().pushes.lock().unwrap().clone();
    assert_eq!(
        pushes,
        [vec![3], vec![1, 2, 3]],
        "resent from the expected number"
    );
    assert_eq!(report.accepted, 1, "{report:?}");
    assert_eq!(store.sync_state().await.unwrap().pending, 0);
}
