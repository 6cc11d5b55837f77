//! Push: the client sends the mutations of its outbox, oldest first; the server applies each
//! exactly once, keyed by (client id, sequence number), and answers what became of each.
//!
//! The rules a client relies on:
//! - sequence numbers start at 1 and grow by one per mutation of that client id;
//! - a mutation the server has seen before comes back as [`Outcome::Duplicate`] carrying the
//!   verdict recorded the first time: a retry after a cut connection is harmless;
//! - a rejected mutation is final and still consumes its number, so the outbox never blocks;
//! - on [`Outcome::SequenceGap`] the server stops: it has applied nothing after the gap, and the
//!   client resends from `expected_seq`;
//! - results come in the order of the request, and may end early (a gap); a mutation without a
//!   result was not looked at.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The most mutations one push may carry; a client sends a longer outbox in several pushes.
pub const MAX_PUSH: usize = 500;

/// The largest request body the server takes (a protocol's PDF travels in a push, base64).
pub const MAX_REQUEST_BYTES: usize = 32 * 1024 * 1024;

/// A client stops adding mutations to a push at this many bytes of arguments (one larger
/// mutation still goes alone), so a push of several PDFs stays under [`MAX_REQUEST_BYTES`].
pub const PUSH_ARGS_BYTES: usize = 8 * 1024 * 1024;

/// The oldest mutations of `batch` whose arguments fit in [`PUSH_ARGS_BYTES`], at least one.
pub fn fit_push(mut batch: Vec<Mutation>) -> Vec<Mutation> {
    let mut bytes = 0;
    let keep = batch
        .iter()
        .position(|m| {
            bytes += m.args.to_string().len();
            bytes > PUSH_ARGS_BYTES
        })
        .map_or(batch.len(), |i| i.max(1));
    batch.truncate(keep);
    batch
}

/// The longest client id the server accepts.
pub const MAX_CLIENT_ID_LEN: usize = 128;

/// One local change, as the outbox keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mutation {
    /// The installation that made it (one client id belongs to one user on the server).
    pub client_id: String,
    /// 1, 2, 3… per client id, without holes.
    pub seq: u64,
    /// What to do, e.g. [`crate::PlaceGrant::NAME`].
    pub name: String,
    pub args: serde_json::Value,
    /// When the user made the change (the client's clock: information, not authority).
    pub at: DateTime<Utc>,
    /// The login of the user who made it.
    pub user: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushRequest {
    pub protocol: u32,
    pub client_id: String,
    pub mutations: Vec<Mutation>,
}

impl PushRequest {
    /// A request of this crate's [`crate::PROTOCOL_VERSION`].
    pub fn new(client_id: impl Into<String>, mutations: Vec<Mutation>) -> Self {
        PushRequest {
            protocol: crate::PROTOCOL_VERSION,
            client_id: client_id.into(),
            mutations,
        }
    }

    /// The structural rules a server checks before applying anything; `Err` says which failed.
    /// (The order of sequence numbers is not one of them: the server answers gaps and repeats
    /// per mutation.)
    pub fn validate(&self) -> Result<(), String> {
        let id = &self.client_id;
        if id.trim().is_empty() || id.len() > MAX_CLIENT_ID_LEN {
            return Err(format!(
                "client_id must be 1 to {MAX_CLIENT_ID_LEN} bytes and not blank"
            ));
        }
        if self.mutations.len() > MAX_PUSH {
            return Err(format!(
                "{} mutations in one push; at most {MAX_PUSH}",
                self.mutations.len()
            ));
        }
        for m in &self.mutations {
            if m.client_id != *id {
                return Err(format!(
                    "mutation {} names client {:?}, the push is for {id:?}",
                    m.seq, m.client_id
                ));
            }
            if m.seq == 0 || m.seq > i64::MAX as u64 {
                return Err(format!("sequence number {} is out of range", m.seq));
            }
        }
        Ok(())
    }
}

/// The server's answer to a push: one result per mutation it looked at, in request order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    pub results: Vec<MutationResult>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MutationResult {
    pub seq: u64,
    pub outcome: Outcome,
}

/// The verdict the server records once per mutation, and repeats on every duplicate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Verdict {
    Accepted,
    /// `code` is stable (see [`crate::reject`]); `detail` is for people (what, why, who won).
    Rejected {
        code: String,
        detail: String,
    },
}

/// What became of one mutation in this push.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// Applied now.
    Accepted,
    /// Refused now, for good; its sequence number is consumed.
    Rejected { code: String, detail: String },
    /// Seen before: nothing was done again; `previous` is the verdict recorded then.
    Duplicate { previous: Verdict },
    /// The server has applied up to `expected_seq - 1` of this client; this mutation and the rest
    /// of the push were not looked at. Resend from `expected_seq`.
    SequenceGap { expected_seq: u64 },
}

impl Outcome {
    /// The final verdict on the mutation, whether decided now or before; `None` for a gap.
    pub fn verdict(&self) -> Option<Verdict> {
        match self {
            Outcome::Accepted => Some(Verdict::Accepted),
            Outcome::Rejected { code, detail } => Some(Verdict::Rejected {
                code: code.clone(),
                detail: detail.clone(),
            }),
            Outcome::Duplicate { previous } => Some(previous.clone()),
            Outcome::SequenceGap { .. } => None,
        }
    }

    /// Whether the client may drop the mutation from its outbox (the server has a verdict).
    pub fn is_settled(&self) -> bool {
        self.verdict().is_some()
    }
}

impl From<Verdict> for Outcome {
    fn from(v: Verdict) -> Self {
        match v {
            Verdict::Accepted => Outcome::Accepted,
            Verdict::Rejected { code, detail } => Outcome::Rejected { code, detail },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PlaceGrant;
    use serde_json::json;

    fn mutation(seq: u64) -> Mutation {
        Mutation {
            client_id: "laptop-1".into(),
            seq,
            name: PlaceGrant::NAME.into(),
            args: PlaceGrant {
                group_id: 3,
                child_personal_number: "900101300007".into(),
            }
            .to_args(),
            at: DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            user: "aigerim".into(),
        }
    }

    #[test]
    fn a_push_stops_before_its_arguments_grow_too_large_but_takes_one_large_mutation() {
        let big = |seq| Mutation {
            args: json!({ "pdf": "A".repeat(PUSH_ARGS_BYTES / 3) }),
            ..mutation(seq)
        };
        let seqs = |b: Vec<Mutation>| b.iter().map(|m| m.seq).collect::<Vec<_>>();
        assert_eq!(seqs(fit_push(vec![big(1), big(2), big(3), big(4)])), [1, 2]);
        assert_eq!(seqs(fit_push(vec![mutation(1), mutation(2)])), [1, 2]);
        let huge = Mutation {
            args: json!({ "pdf": "A".repeat(PUSH_ARGS_BYTES + 1) }),
            ..mutation(1)
        };
        assert_eq!(seqs(fit_push(vec![huge, mutation(2)])), [1]);
        assert!(fit_push(vec![]).is_empty());
    }

    #[test]
    fn a_push_request_round_trips_through_json() {
        let req = PushRequest::new("laptop-1", vec![mutation(1), mutation(2)]);
        let text = serde_json::to_string(&req).unwrap();
        assert_eq!(serde_json::from_str::<PushRequest>(&text).unwrap(), req);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["protocol"], crate::PROTOCOL_VERSION);
        assert_eq!(v["mutations"][0]["at"], "2026-12-01T09:00:00Z");
        assert_eq!(v["mutations"][1]["args"]["group_id"], 3);
    }

    #[test]
    fn outcomes_have_a_status_tag_and_round_trip() {
        let rejected = Verdict::Rejected {
            code: "no_free_place".into(),
            detail: "seat 10 went to …".into(),
        };
        let cases = [
            (Outcome::Accepted, json!({ "status": "accepted" })),
            (
                Outcome::from(rejected.clone()),
                json!({ "status": "rejected", "code": "no_free_place", "detail": "seat 10 went to …" }),
            ),
            (
                Outcome::Duplicate {
                    previous: rejected.clone(),
                },
                json!({ "status": "duplicate", "previous":
                    { "status": "rejected", "code": "no_free_place", "detail": "seat 10 went to …" } }),
            ),
            (
                Outcome::Duplicate {
                    previous: Verdict::Accepted,
                },
                json!({ "status": "duplicate", "previous": { "status": "accepted" } }),
            ),
            (
                Outcome::SequenceGap { expected_seq: 4 },
                json!({ "status": "sequence_gap", "expected_seq": 4 }),
            ),
        ];
        for (outcome, wire) in cases {
            assert_eq!(serde_json::to_value(&outcome).unwrap(), wire, "{outcome:?}");
            assert_eq!(serde_json::from_value::<Outcome>(wire).unwrap(), outcome);
        }
        let resp = PushResponse {
            results: vec![MutationResult {
                seq: 9,
                outcome: Outcome::Accepted,
            }],
        };
        let back: PushResponse =
            serde_json::from_str(&serde_json::to_string(&resp).unwrap()).unwrap();
        assert_eq!(back, resp);
    }

    #[test]
    fn a_duplicate_carries_the_first_verdict_and_a_gap_none() {
        let first = Outcome::Rejected {
            code: "already_granted".into(),
            detail: "d".into(),
        };
        let again = Outcome::Duplicate {
            previous: first.verdict().unwrap(),
        };
        assert_eq!(again.verdict(), first.verdict());
        assert!(again.is_settled() && first.is_settled() && Outcome::Accepted.is_settled());
        assert_eq!(Outcome::SequenceGap { expected_seq: 2 }.verdict(), None);
        assert!(!Outcome::SequenceGap { expected_seq: 2 }.is_settled());
    }

    #[test]
    fn validation_names_the_broken_rule() {
        assert_eq!(
            PushRequest::new("laptop-1", vec![mutation(1)]).validate(),
            Ok(())
        );
        assert_eq!(PushRequest::new("laptop-1", vec![]).validate(), Ok(()));
        let blank = PushRequest::new(" ", vec![]).validate().unwrap_err();
        assert!(blank.contains("client_id"), "{blank}");
        let long = PushRequest::new("x".repeat(MAX_CLIENT_ID_LEN + 1), vec![]);
        assert!(long.validate().is_err());
        let foreign = PushRequest::new("laptop-2", vec![mutation(1)])
            .validate()
            .unwrap_err();
        assert!(foreign.contains("laptop-1"), "{foreign}");
        let zero = PushRequest::new("laptop-1", vec![mutation(0)])
            .validate()
            .unwrap_err();
        assert!(zero.contains("out of range"), "{zero}");
        let huge = PushRequest::new("laptop-1", vec![mutation(u64::MAX)]);
        assert!(huge.validate().is_err(), "beyond BIGINT");
        let many = PushRequest::new(
            "laptop-1",
            (1..=MAX_PUSH as u64 + 1).map(mutation).collect(),
        );
        assert!(many.validate().unwrap_err().contains("at most"));
    }
}
