//! Push against the real PostgreSQL: exactly once per (client id, sequence number), the server as
//! the authority for places, and the database refusing a double grant on its own.

use crate::support::{
    add_group, add_user, build_world, child, t0, At, TestDb, TestServer, World, PASSWORD,
};
use kezek_server::scope::Role;
use kezek_sync::{
    reject, Mutation, MutationResult, Outcome, PlaceGrant, PushRequest, PushResponse, Verdict,
    PROTOCOL_VERSION,
};
use serde_json::json;
use sqlx::PgPool;
use std::collections::BTreeMap;

const PUSH: &str = "/api/v1/sync/push";

/// One desktop: a logged-in user with its client id.
struct Office {
    login: String,
    token: String,
    client_id: String,
}

impl Office {
    async fn open(server: &TestServer, login: &str, client_id: &str) -> Self {
        Office {
            login: login.into(),
            token: server.login(login, PASSWORD).await,
            client_id: client_id.into(),
        }
    }

    fn mutation(&self, seq: u64, name: &str, args: serde_json::Value) -> Mutation {
        Mutation {
            client_id: self.client_id.clone(),
            seq,
            name: name.into(),
            args,
            at: t0(),
            user: self.login.clone(),
        }
    }

    fn grant(&self, seq: u64, group_id: i64, child_personal_number: &str) -> Mutation {
        let args = PlaceGrant {
            group_id,
            child_personal_number: child_personal_number.into(),
        }
        .to_args();
        self.mutation(seq, PlaceGrant::NAME, args)
    }

    /// Pushes and expects 200.
    async fn push(&self, server: &TestServer, mutations: Vec<Mutation>) -> Vec<MutationResult> {
        let req = PushRequest::new(self.client_id.clone(), mutations);
        let r = server
            .call(
                "POST",
                PUSH,
                Some(&self.token),
                Some(serde_json::to_value(req).unwrap()),
            )
            .await;
        assert_eq!(r.status, 200, "push of {}: {}", self.login, r.body);
        serde_json::from_value::<PushResponse>(r.body)
            .unwrap()
            .results
    }
}

fn rejected_code(o: &Outcome) -> &str {
    match o {
        Outcome::Rejected { code, .. } => code,
        other => panic!("expected a rejection, got {other:?}"),
    }
}

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Row counts of everything a push may write.
async fn footprint(pool: &PgPool) -> [i64; 5] {
    [
        count(pool, "SELECT count(*) FROM place_grants").await,
        count(pool, "SELECT count(*) FROM sync_mutations").await,
        count(
            pool,
            "SELECT coalesce(sum(last_seq), 0)::bigint FROM sync_clients",
        )
        .await,
        count(
            pool,
            "SELECT count(*) FROM history WHERE action = 'place.grant'",
        )
        .await,
        count(
            pool,
            "SELECT count(*) FROM change_feed WHERE entity = 'place_grant'",
        )
        .await,
    ]
}

async fn last_seq(pool: &PgPool, client_id: &str) -> i64 {
    sqlx::query_scalar("SELECT last_seq FROM sync_clients WHERE client_id = $1")
        .bind(client_id)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// A server with the fixture tree and two operators of district A.
async fn two_operators() -> (TestServer, World) {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    for login in ["op1", "op2"] {
        add_user(
            &server.db.pool,
            login,
            Role::Operator,
            At::District(world.a.district),
        )
        .await;
    }
    (server, world)
}

#[tokio::test]
async fn two_offices_give_the_last_place_one_wins_and_the_other_learns_why() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "sunny", 2).await;
    let one = Office::open(&server, "op1", "office-1").await;
    let two = Office::open(&server, "op2", "office-2").await;
    let first = one
        .push(&server, vec![one.grant(1, group, &child(0))])
        .await;
    assert_eq!(first[0].outcome, Outcome::Accepted);

    // Both offices, offline, gave the last seat to different children; now both sync at once.
    let batch_one = vec![one.grant(2, group, &child(1))];
    let batch_two = vec![two.grant(1, group, &child(2))];
    let (r1, r2) = tokio::join!(
        one.push(&server, batch_one.clone()),
        two.push(&server, batch_two.clone())
    );
    let (o1, o2) = (r1[0].outcome.clone(), r2[0].outcome.clone());
    let (winner, winner_child, loser) = match (&o1, &o2) {
        (Outcome::Accepted, lost) => ("op1", child(1), lost),
        (lost, Outcome::Accepted) => ("op2", child(2), lost),
        _ => panic!("exactly one office gets the place: {o1:?} / {o2:?}"),
    };
    assert_eq!(rejected_code(loser), reject::NO_FREE_PLACE);
    let Outcome::Rejected { detail, .. } = loser else {
        unreachable!()
    };
    assert!(
        detail.contains(winner) && detail.contains(&winner_child) && detail.contains("sunny"),
        "the refused office sees who holds the place: {detail}"
    );
    let holders: Vec<String> = sqlx::query_scalar(
        "SELECT child_personal_number FROM place_grants WHERE group_id = $1 ORDER BY seat",
    )
    .bind(group)
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(holders, [child(0), winner_child.clone()]);

    // The same batches again (the answers were lost): the same verdicts, nothing new written.
    let before = footprint(pool).await;
    assert_eq!(before, [2, 3, 3, 2, 2]);
    let (again1, again2) = tokio::join!(one.push(&server, batch_one), two.push(&server, batch_two));
    for (again, first) in [(&again1[0].outcome, &o1), (&again2[0].outcome, &o2)] {
        assert_eq!(
            *again,
            Outcome::Duplicate {
                previous: first.verdict().unwrap()
            }
        );
    }
    let whole = one
        .push(
            &server,
            vec![
                one.grant(1, group, &child(0)),
                one.grant(2, group, &child(1)),
            ],
        )
        .await;
    assert_eq!(
        whole[0].outcome,
        Outcome::Duplicate {
            previous: Verdict::Accepted
        }
    );
    assert_eq!(footprint(pool).await, before, "a duplicate changes nothing");
}

#[tokio::test]
async fn a_gap_stops_the_push_and_nothing_after_it_is_applied() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "g", 10).await;
    let office = Office::open(&server, "op1", "office-1").await;
    let results = office
        .push(
            &server,
            vec![
                office.grant(1, group, &child(1)),
                office.grant(3, group, &child(3)),
                office.grant(4, group, &child(4)),
            ],
        )
        .await;
    assert_eq!(
        results,
        vec![
            MutationResult {
                seq: 1,
                outcome: Outcome::Accepted
            },
            MutationResult {
                seq: 3,
                outcome: Outcome::SequenceGap { expected_seq: 2 }
            },
        ],
        "the push ends at the gap"
    );
    assert_eq!(last_seq(pool, "office-1").await, 1);
    assert_eq!(footprint(pool).await[..2], [1, 1], "only seq 1 is applied");

    // The client resends from the expected number.
    let results = office
        .push(
            &server,
            (2..=4)
                .map(|s| office.grant(s, group, &child(s as usize)))
                .collect(),
        )
        .await;
    assert!(results.iter().all(|r| r.outcome == Outcome::Accepted));
    assert_eq!(last_seq(pool, "office-1").await, 4);
}

#[tokio::test]
async fn a_rejected_mutation_still_advances_the_sequence() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "g", 10).await;
    let office = Office::open(&server, "op1", "office-1").await;
    let results = office
        .push(
            &server,
            vec![
                office.grant(1, group, &child(0)),
                office.grant(2, group, &format!(" {} ", child(0))),
                office.mutation(3, "queue.reorder", json!({})),
                office.grant(4, group, "900101300008"),
                office.grant(5, 999_999, &child(1)),
                office.mutation(6, PlaceGrant::NAME, json!({ "group": group })),
            ],
        )
        .await;
    assert_eq!(results[0].outcome, Outcome::Accepted);
    let codes: Vec<&str> = results[1..]
        .iter()
        .map(|r| rejected_code(&r.outcome))
        .collect();
    assert_eq!(
        codes,
        [
            reject::ALREADY_GRANTED,
            reject::UNKNOWN_MUTATION,
            reject::INVALID_PERSONAL_NUMBER,
            reject::UNKNOWN_GROUP,
            reject::INVALID_ARGS,
        ],
        "the number is normalized before it is compared"
    );
    assert_eq!(
        last_seq(pool, "office-1").await,
        6,
        "rejections consume numbers"
    );
    let next = office
        .push(&server, vec![office.grant(7, group, &child(1))])
        .await;
    assert_eq!(
        next[0].outcome,
        Outcome::Accepted,
        "the outbox is not blocked"
    );
    let rejected = count(
        pool,
        "SELECT count(*) FROM sync_mutations WHERE outcome = 'rejected' AND reason_code IS NOT NULL",
    )
    .await;
    assert_eq!(rejected, 5);
}

#[tokio::test]
async fn concurrent_pushes_grant_exactly_the_capacity_and_record_each_mutation_once() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "busy", 10).await;
    let one = Office::open(&server, "op1", "office-1").await;
    let two = Office::open(&server, "op2", "office-2").await;
    let batch = |o: &Office, offset: usize| -> Vec<Mutation> {
        (1..=20u64)
            .map(|s| o.grant(s, group, &child(offset + s as usize)))
            .collect()
    };
    let (b1, b2) = (batch(&one, 0), batch(&two, 100));
    // Each office sends its batch twice at once (a retry racing the original), both offices at
    // the same time.
    let started = std::time::Instant::now();
    let (r1a, r1b, r2a, r2b) = tokio::join!(
        one.push(&server, b1.clone()),
        one.push(&server, b1),
        two.push(&server, b2.clone()),
        two.push(&server, b2)
    );
    eprintln!("4 concurrent pushes of 20: {:?}", started.elapsed());

    let mut accepted = 0;
    for (a, b) in [(&r1a, &r1b), (&r2a, &r2b)] {
        assert_eq!((a.len(), b.len()), (20, 20), "no gap, no early end");
        for (x, y) in a.iter().zip(b.iter()) {
            // Exactly one of the two requests decided each mutation; the other repeats it.
            let (decided, repeated) = match (&x.outcome, &y.outcome) {
                (d @ Outcome::Duplicate { .. }, r) | (r, d @ Outcome::Duplicate { .. })
                    if !matches!(r, Outcome::Duplicate { .. }) =>
                {
                    (r, d)
                }
                other => panic!("seq {}: decided twice or never: {other:?}", x.seq),
            };
            assert_eq!(repeated.verdict(), decided.verdict(), "seq {}", x.seq);
            match decided {
                Outcome::Accepted => accepted += 1,
                o => assert_eq!(rejected_code(o), reject::NO_FREE_PLACE),
            }
        }
    }
    assert_eq!(accepted, 10, "exactly the capacity is granted");
    let seats: Vec<i32> =
        sqlx::query_scalar("SELECT seat FROM place_grants WHERE group_id = $1 ORDER BY seat")
            .bind(group)
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(seats, (1..=10).collect::<Vec<_>>());
    assert_eq!(footprint(pool).await, [10, 40, 40, 10, 10]);
    let per_client: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT client_id, count(*), max(seq) FROM sync_mutations GROUP BY client_id ORDER BY 1",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        per_client,
        [("office-1".into(), 20, 20), ("office-2".into(), 20, 20)],
        "every mutation has exactly one recorded verdict"
    );
}

#[tokio::test]
async fn a_client_id_belongs_to_one_user() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "g", 10).await;
    let mine = Office::open(&server, "op1", "laptop").await;
    mine.push(&server, vec![mine.grant(1, group, &child(0))])
        .await;
    let thief = Office::open(&server, "op2", "laptop").await;
    let req = PushRequest::new("laptop", vec![thief.grant(2, group, &child(1))]);
    let r = server
        .call(
            "POST",
            PUSH,
            Some(&thief.token),
            Some(serde_json::to_value(req).unwrap()),
        )
        .await;
    assert_eq!((r.status, r.code()), (403, "forbidden"), "{}", r.body);
    assert_eq!(footprint(pool).await[..3], [1, 1, 1], "nothing applied");
}

#[tokio::test]
async fn another_protocol_version_is_told_to_upgrade_and_nothing_is_applied() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "g", 10).await;
    let office = Office::open(&server, "op1", "office-1").await;
    for version in [0, PROTOCOL_VERSION + 1] {
        let mut req = PushRequest::new("office-1", vec![office.grant(1, group, &child(0))]);
        req.protocol = version;
        let r = server
            .call(
                "POST",
                PUSH,
                Some(&office.token),
                Some(serde_json::to_value(req).unwrap()),
            )
            .await;
        assert_eq!((r.status, r.code()), (426, "upgrade_needed"), "{}", r.body);
        assert_eq!(r.body["server_protocol"], PROTOCOL_VERSION);
        assert_eq!(r.body["client_protocol"], version);
    }
    // A future request whose shape this server cannot read still gets the clear answer.
    let r = server
        .call(
            "POST",
            PUSH,
            Some(&office.token),
            Some(json!({ "protocol": 2, "batches": [] })),
        )
        .await;
    assert_eq!((r.status, r.code()), (426, "upgrade_needed"), "{}", r.body);
    let r = server
        .call(
            "POST",
            PUSH,
            Some(&office.token),
            Some(json!({ "mutations": [] })),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_request"), "{}", r.body);
    assert_eq!(footprint(pool).await, [0; 5]);
    assert_eq!(count(pool, "SELECT count(*) FROM sync_clients").await, 0);
}

#[tokio::test]
async fn a_malformed_push_is_refused_as_a_whole() {
    let (server, world) = two_operators().await;
    let group = add_group(&server.db.pool, world.a.kindergarten, "g", 10).await;
    let office = Office::open(&server, "op1", "office-1").await;
    let req = PushRequest::new("office-2", vec![office.grant(1, group, &child(0))]);
    let r = server
        .call(
            "POST",
            PUSH,
            Some(&office.token),
            Some(serde_json::to_value(req).unwrap()),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_request"), "{}", r.body);
    assert_eq!(footprint(&server.db.pool).await, [0; 5]);
}

#[tokio::test]
async fn places_are_granted_only_within_the_scope() {
    let server = TestServer::start(TestDb::new().await).await;
    let pool = &server.db.pool;
    let w = build_world(pool).await;
    let mut groups = BTreeMap::new();
    for (name, d) in [("a", w.a), ("a2", w.a2), ("b", w.b)] {
        groups.insert(name, add_group(pool, d.kindergarten, name, 50).await);
    }
    let callers = [
        ("op-a", Role::Operator, At::District(w.a.district)),
        ("op-b", Role::Operator, At::District(w.b.district)),
        ("op-r1", Role::Operator, At::Region(w.a.region)),
        (
            "head-a",
            Role::KindergartenHead,
            At::Kindergarten(w.a.kindergarten),
        ),
        ("admin", Role::Administrator, At::System),
        ("pmpk-a", Role::PmpkSpecialist, At::District(w.a.district)),
        (
            "chair-a",
            Role::CommissionChairman,
            At::Commission(w.a.commission),
        ),
    ];
    for (login, role, at) in callers {
        add_user(pool, login, role, at).await;
    }
    // (caller, group) → accepted?
    let expect = [
        ("op-a", "a", true),
        ("op-a", "a2", false),
        ("op-a", "b", false),
        ("op-b", "a", false),
        ("op-b", "b", true),
        ("op-r1", "a", true),
        ("op-r1", "a2", true),
        ("op-r1", "b", false),
        ("head-a", "a", true),
        ("head-a", "a2", false),
        ("admin", "a", false),
        ("pmpk-a", "a", false),
        ("chair-a", "a", false),
    ];
    let mut n = 0;
    for (login, group, ok) in expect {
        n += 1;
        let office = Office::open(&server, login, &format!("{login}-{group}")).await;
        let r = office
            .push(&server, vec![office.grant(1, groups[group], &child(n))])
            .await;
        if ok {
            assert_eq!(r[0].outcome, Outcome::Accepted, "{login} in {group}");
        } else {
            assert_eq!(
                rejected_code(&r[0].outcome),
                reject::FORBIDDEN,
                "{login} in {group}"
            );
        }
    }
    let granted = count(pool, "SELECT count(*) FROM place_grants").await;
    assert_eq!(granted, expect.iter().filter(|e| e.2).count() as i64);
}

#[tokio::test]
async fn the_database_itself_refuses_a_double_grant() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let group = add_group(pool, world.a.kindergarten, "g", 2).await;
    let op: i64 = sqlx::query_scalar("SELECT id FROM users WHERE login = 'op1'")
        .fetch_one(pool)
        .await
        .unwrap();
    let insert = |seat: i32, capacity: i32, who: String| {
        sqlx::query(
            "INSERT INTO place_grants (group_id, capacity, seat, child_personal_number, \
             granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(group)
        .bind(capacity)
        .bind(seat)
        .bind(who)
        .bind(op)
        .bind(t0())
        .execute(pool)
    };
    insert(1, 2, child(0)).await.expect("a free seat");
    let constraint = |r: Result<_, sqlx::Error>| match r {
        Err(sqlx::Error::Database(e)) => e.constraint().unwrap_or_default().to_owned(),
        other => panic!("the database accepted it: {other:?}"),
    };
    assert_eq!(
        constraint(insert(1, 2, child(1)).await),
        "place_grants_seat"
    );
    assert_eq!(
        constraint(insert(2, 2, child(0)).await),
        "place_grants_child"
    );
    assert_eq!(
        constraint(insert(3, 2, child(2)).await),
        "place_grants_seat_in_capacity"
    );
    assert_eq!(
        constraint(insert(3, 3, child(2)).await),
        "place_grants_group_capacity",
        "a grant must carry the group's real capacity"
    );
    insert(2, 2, child(1)).await.expect("the last seat");
    let shrink = sqlx::query("UPDATE groups SET capacity = 1 WHERE id = $1")
        .bind(group)
        .execute(pool)
        .await;
    assert_eq!(
        constraint(shrink),
        "place_grants_seat_in_capacity",
        "the capacity cannot shrink below a held seat"
    );
}

/// Another writer that does not take the group's lock (an import, a hand-made fix) holds an
/// uncommitted grant; the server's insert waits on it, meets the constraint when it commits, reads
/// again and answers correctly instead of failing.
#[tokio::test]
async fn a_writer_outside_the_lock_meets_the_constraint_and_the_push_still_gets_an_answer() {
    let (server, world) = two_operators().await;
    let pool = &server.db.pool;
    let op: i64 = sqlx::query_scalar("SELECT id FROM users WHERE login = 'op1'")
        .fetch_one(pool)
        .await
        .unwrap();
    let office = Office::open(&server, "op1", "office-1").await;
    // (capacity, the other writer's child, our child, what we expect)
    let cases = [
        (2, child(0), child(1), "accepted on seat 2"),
        (1, child(2), child(3), reject::NO_FREE_PLACE),
        (2, child(4), child(4), reject::ALREADY_GRANTED),
    ];
    for (i, (capacity, theirs, ours, want)) in cases.into_iter().enumerate() {
        let group = add_group(pool, world.a.kindergarten, &format!("race-{i}"), capacity).await;
        let mut other = pool.begin().await.unwrap();
        sqlx::query(
            "INSERT INTO place_grants (group_id, capacity, seat, child_personal_number, \
             granted_by, granted_at) VALUES ($1, $2, 1, $3, $4, $5)",
        )
        .bind(group)
        .bind(capacity)
        .bind(&theirs)
        .bind(op)
        .bind(t0())
        .execute(&mut *other)
        .await
        .unwrap();
        let seq = i as u64 + 1;
        let commit_when_blocked = async {
            // Wait until the server's insert is waiting on our row, then let it go.
            for _ in 0..200 {
                let waiting: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock'",
                )
                .fetch_one(pool)
                .await
                .unwrap();
                if waiting > 0 {
                    other.commit().await.unwrap();
                    return true;
                }
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
            false
        };
        let (results, blocked) = tokio::join!(
            office.push(&server, vec![office.grant(seq, group, &ours)]),
            commit_when_blocked
        );
        assert!(
            blocked,
            "case {i}: the server never waited on the other writer"
        );
        let outcome = &results[0].outcome;
        if want.starts_with("accepted") {
            assert_eq!(*outcome, Outcome::Accepted, "case {i}");
            let seat: i32 = sqlx::query_scalar(
                "SELECT seat FROM place_grants WHERE group_id = $1 AND child_personal_number = $2",
            )
            .bind(group)
            .bind(&ours)
            .fetch_one(pool)
            .await
            .unwrap();
            assert_eq!(seat, 2, "case {i}");
        } else {
            assert_eq!(rejected_code(outcome), want, "case {i}: {outcome:?}");
        }
    }
    assert_eq!(last_seq(pool, "office-1").await, 3);
}

/// A push of 100 mutations, then its replay. Run with `--nocapture` (release) for the issue's
/// figure (target ≤ 100 ms on loopback); the time is printed, never asserted.
#[tokio::test]
async fn a_push_of_100_grants_then_its_replay() {
    let (server, world) = two_operators().await;
    let group = add_group(&server.db.pool, world.a.kindergarten, "big", 100).await;
    let office = Office::open(&server, "op1", "office-1").await;
    let batch: Vec<Mutation> = (1..=100u64)
        .map(|s| office.grant(s, group, &child(s as usize)))
        .collect();
    let started = std::time::Instant::now();
    let results = office.push(&server, batch.clone()).await;
    let first = started.elapsed();
    let started = std::time::Instant::now();
    let again = office.push(&server, batch).await;
    let duplicate = started.elapsed();
    eprintln!("push of 100 grants: {first:?}; the same 100 again (duplicates): {duplicate:?}");
    assert!(results.iter().all(|r| r.outcome == Outcome::Accepted));
    assert!(again
        .iter()
        .all(|r| matches!(r.outcome, Outcome::Duplicate { .. })));
}
