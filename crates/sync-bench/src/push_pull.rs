//! A push of 100 mutations and a pull of 100 changes, on loopback, as the client's HTTP
//! transport sends them (JSON, gzip answers), each repeated.

use crate::setup::Bench;
use crate::stats::Latencies;
use kezek_server::scope::Role;
use kezek_server::testing::{add_group, add_user, child, At};
use kezek_sync::{Mutation, PlaceGrant, PullRequest, PushRequest};
use kezek_sync_client::{HttpTransport, Transport};
use std::time::Instant;

const BATCH: usize = 100;

pub async fn run(iterations: usize) {
    let bench = Bench::start(5_000).await;
    let pool = &bench.db.pool;
    let (kindergarten, district): (i64, i64) =
        sqlx::query_as("SELECT id, district_id FROM kindergartens ORDER BY id LIMIT 1")
            .fetch_one(pool)
            .await
            .unwrap();
    let user = add_user(
        pool,
        "bench-operator",
        Role::Operator,
        At::District(district),
    )
    .await;
    let token = bench.session(user, "bench-operator").await;
    let http = HttpTransport::new(&bench.server.base, token).unwrap();
    let client_id = "bench-push-pull";

    let mut pushes = Vec::new();
    let mut seq = 0u64;
    for i in 0..iterations {
        // A fresh group per round: every grant is accepted (a real insert each).
        let group = add_group(pool, kindergarten, &format!("bench-{i}"), BATCH as i32).await;
        let mutations = (0..BATCH)
            .map(|k| {
                seq += 1;
                Mutation {
                    client_id: client_id.into(),
                    seq,
                    name: PlaceGrant::NAME.into(),
                    args: PlaceGrant {
                        group_id: group,
                        child_personal_number: child(k),
                    }
                    .to_args(),
                    at: chrono::Utc::now(),
                    user: "bench-operator".into(),
                }
            })
            .collect();
        let request = PushRequest::new(client_id, mutations);
        let t = Instant::now();
        let response = http.push(&request).await.expect("the push is answered");
        pushes.push(t.elapsed());
        assert_eq!(response.results.len(), BATCH);
    }
    println!(
        "push of {BATCH} place.grant mutations: {} ({} pushes)",
        Latencies::new(pushes).summary(),
        iterations
    );

    let mut pulls = Vec::new();
    let mut cursor = 0;
    for _ in 0..iterations {
        let t = Instant::now();
        let page = http
            .pull(&PullRequest::new(client_id, cursor, Some(BATCH as u32)))
            .await
            .expect("the pull is answered");
        pulls.push(t.elapsed());
        assert_eq!(
            page.changes.len(),
            BATCH,
            "the district holds enough changes"
        );
        cursor = page.cursor;
    }
    println!(
        "pull of {BATCH} changes: {} ({} pulls)",
        Latencies::new(pulls).summary(),
        iterations
    );
}
