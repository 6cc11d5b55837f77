//! Sync pull against the real PostgreSQL: pages and cursors, a cursor that never passes a change
//! in flight, scope filtering, place grants in the feed, verify/repair reads, compression.

use crate::support::{
    add_application, add_group, add_user, build_world, child, t0, At, TestDb, TestServer, World,
    PASSWORD,
};
use kezek_server::db::feed;
use kezek_server::scope::{Location, Role};
use kezek_sync::records::{PlaceGrantRecord, RegionRecord};
use kezek_sync::{
    Change, Entity, FetchRequest, InventoryRequest, Mutation, PlaceGrant, PullRequest,
    PullResponse, PushRequest, Record, PROTOCOL_VERSION,
};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

async fn pull(
    server: &TestServer,
    token: &str,
    client: &str,
    cursor: u64,
    limit: u32,
) -> PullResponse {
    let req = PullRequest::new(client, cursor, Some(limit));
    let r = server
        .call(
            "POST",
            "/api/v1/sync/pull",
            Some(token),
            Some(serde_json::to_value(req).unwrap()),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    serde_json::from_value(r.body).unwrap()
}

/// Every change from `cursor` on, page by page; returns them and the final cursor.
async fn pull_all(
    server: &TestServer,
    token: &str,
    client: &str,
    mut cursor: u64,
) -> (Vec<Change>, u64) {
    let mut all = Vec::new();
    loop {
        let page = pull(server, token, client, cursor, 1000).await;
        for w in page.changes.windows(2) {
            assert!(w[0].version < w[1].version, "ascending within a page");
        }
        if let Some(first) = page.changes.first() {
            assert!(first.version > cursor, "a page starts after its cursor");
        }
        cursor = page.cursor;
        all.extend(page.changes);
        if !page.more {
            return (all, cursor);
        }
    }
}

fn ids(changes: &[Change], entity: Entity) -> BTreeSet<i64> {
    changes
        .iter()
        .filter(|c| c.entity == entity)
        .map(|c| c.id)
        .collect()
}

async fn admin(server: &TestServer) -> String {
    add_user(&server.db.pool, "admin", Role::Administrator, At::System).await;
    server.login("admin", PASSWORD).await
}

fn region(id: i64, name: &str) -> Record {
    Record::Region(RegionRecord {
        id,
        country: "KZ".into(),
        name: name.into(),
    })
}

#[tokio::test]
async fn pages_follow_the_cursor_and_hold_the_current_state_once() {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    for (i, d) in [world.a, world.a2, world.b].iter().enumerate() {
        add_group(&server.db.pool, d.kindergarten, &format!("g{i}"), 5).await;
    }
    let token = admin(&server).await;

    let (all, cursor) = pull_all(&server, &token, "c1", 0).await;
    // 2 regions, 3 districts, 3 localities, 3 kindergartens, 3 groups.
    assert_eq!(all.len(), 14, "{all:#?}");
    for c in &all {
        let record = c.record().unwrap().expect("no deletions here");
        assert_eq!((record.entity(), record.id()), (c.entity, c.id));
    }
    // In write order: a kindergarten before its groups.
    let pos = |e: Entity| all.iter().position(|c| c.entity == e).unwrap();
    assert!(pos(Entity::Region) < pos(Entity::District));
    assert!(pos(Entity::Kindergarten) < pos(Entity::Group));

    // Small pages give the same sequence.
    let mut paged = Vec::new();
    let mut c = 0;
    loop {
        let page = pull(&server, &token, "c1", c, 4).await;
        assert!(page.changes.len() <= 4);
        c = page.cursor;
        paged.extend(page.changes);
        if !page.more {
            break;
        }
    }
    assert_eq!(paged, all);
    assert_eq!(c, cursor);

    // Nothing new: an empty page keeps the cursor.
    let page = pull(&server, &token, "c1", cursor, 10).await;
    assert_eq!(
        (page.changes.len(), page.cursor, page.more),
        (0, cursor, false)
    );

    // A region changed three times appears once, at its last state, after the cursor.
    let r1 = world.a.region;
    for name in ["one", "two", "three"] {
        let mut conn = server.db.pool.acquire().await.unwrap();
        feed::write(&mut conn, &region(r1, name), &Location::SYSTEM, t0())
            .await
            .unwrap();
    }
    let (news, _) = pull_all(&server, &token, "c1", cursor).await;
    assert_eq!(news.len(), 1, "{news:#?}");
    assert_eq!(news[0].record().unwrap(), Some(region(r1, "three")));
    let (again, _) = pull_all(&server, &token, "c2", 0).await;
    assert_eq!(again.len(), 14, "an initial sync reads each row once");

    // A deletion is a tombstone.
    let mut conn = server.db.pool.acquire().await.unwrap();
    feed::tombstone(&mut conn, Entity::Region, r1, &Location::SYSTEM, t0())
        .await
        .unwrap();
    drop(conn);
    let (news, _) = pull_all(&server, &token, "c1", news[0].version).await;
    assert_eq!(news.len(), 1);
    assert_eq!((news[0].id, news[0].record().unwrap()), (r1, None));
}

#[tokio::test]
async fn a_change_committed_after_a_later_started_one_still_reaches_the_client() {
    let server = TestServer::start(TestDb::new().await).await;
    let token = admin(&server).await;
    let (_, cursor) = pull_all(&server, &token, "c", 0).await;

    // `slow` writes first (its row takes the smaller id and write number) but commits last.
    let mut slow = server.db.pool.begin().await.unwrap();
    feed::write(&mut slow, &region(9001, "slow"), &Location::SYSTEM, t0())
        .await
        .unwrap();
    let mut fast = server.db.pool.begin().await.unwrap();
    feed::write(&mut fast, &region(9002, "fast"), &Location::SYSTEM, t0())
        .await
        .unwrap();
    fast.commit().await.unwrap();

    let page = pull(&server, &token, "c", cursor, 100).await;
    assert_eq!(ids(&page.changes, Entity::Region), BTreeSet::from([9002]));
    let passed = page.cursor;
    assert!(passed > cursor);

    slow.commit().await.unwrap();
    let page = pull(&server, &token, "c", passed, 100).await;
    assert_eq!(
        ids(&page.changes, Entity::Region),
        BTreeSet::from([9001]),
        "the slow change comes after the cursor that passed the fast one"
    );
    assert!(page.changes[0].version > passed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_and_pulls_never_lose_a_change() {
    let server = TestServer::start(TestDb::new().await).await;
    let token = admin(&server).await;
    const IDS: i64 = 40;
    const ROUNDS: usize = 60;

    let writer = |w: usize| {
        let pool = server.db.pool.clone();
        tokio::spawn(async move {
            for round in 0..ROUNDS {
                let mut tx = pool.begin().await.unwrap();
                // A few rows per transaction, overlapping with the other writer's.
                for k in 0..3 {
                    let id = 10_000 + ((round * 7 + k * 13 + w * 5) as i64 % IDS);
                    feed::write(
                        &mut tx,
                        &region(id, &format!("w{w}-r{round}-k{k}")),
                        &Location::SYSTEM,
                        t0(),
                    )
                    .await
                    .unwrap();
                }
                if round % 3 == w {
                    tokio::task::yield_now().await;
                }
                tx.commit().await.unwrap();
            }
        })
    };
    let writers = [writer(0), writer(1)];

    // Two clients pull all along, applying pages to their copy.
    let puller = |name: &'static str| {
        let base = server.base.clone();
        let token = token.clone();
        tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut copy = BTreeMap::new();
            let mut cursor = 0u64;
            for _ in 0..150 {
                let page = raw_pull(&http, &base, &token, name, cursor).await;
                let c = apply(page, &mut copy).0;
                assert!(c >= cursor, "the cursor never goes back");
                cursor = c;
            }
            (http, base, token, name, copy, cursor)
        })
    };
    let pullers = [puller("p1"), puller("p2")];
    for w in writers {
        w.await.unwrap();
    }
    let truth: BTreeMap<i64, String> = sqlx::query_as::<_, (i64, String)>(
        "SELECT entity_id, data->>'name' FROM change_feed \
         WHERE entity = 'region' AND entity_id >= 10000",
    )
    .fetch_all(&server.db.pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert_eq!(truth.len() as i64, IDS);
    for p in pullers {
        let (http, base, token, name, mut copy, mut cursor) = p.await.unwrap();
        // Catch up once the writers are done.
        loop {
            let page = raw_pull(&http, &base, &token, name, cursor).await;
            let (c, more) = apply(page, &mut copy);
            cursor = c;
            if !more {
                break;
            }
        }
        assert_eq!(copy, truth, "{name}: a pulled copy ends equal to the feed");
    }
}

async fn raw_pull(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    client: &str,
    cursor: u64,
) -> PullResponse {
    http.post(format!("{base}/api/v1/sync/pull"))
        .bearer_auth(token)
        .json(&PullRequest::new(client, cursor, Some(7)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Applies the regions of a page to a copy; returns the new cursor and `more`.
fn apply(page: PullResponse, copy: &mut BTreeMap<i64, String>) -> (u64, bool) {
    for c in page.changes {
        if let Some(Record::Region(r)) = c.record().unwrap() {
            copy.insert(r.id, r.name);
        }
    }
    (page.cursor, page.more)
}

/// Callers of the scope check: (login, role, place).
fn people(w: &World) -> Vec<(&'static str, Role, At)> {
    vec![
        ("admin", Role::Administrator, At::System),
        ("op-a", Role::Operator, At::District(w.a.district)),
        ("op-r1", Role::Operator, At::Region(w.a.region)),
        ("pmpk-a", Role::PmpkSpecialist, At::District(w.a.district)),
        (
            "sec-a",
            Role::CommissionSecretary,
            At::Commission(w.a.commission),
        ),
        (
            "head-a",
            Role::KindergartenHead,
            At::Kindergarten(w.a.kindergarten),
        ),
    ]
}

#[tokio::test]
async fn each_role_pulls_only_its_scope_and_a_grant_brings_the_application_to_the_head() {
    let server = TestServer::start(TestDb::new().await).await;
    let pool = &server.db.pool;
    let w = build_world(pool).await;
    // A second kindergarten in district A: its head-a does not see its grants.
    let mut conn = pool.acquire().await.unwrap();
    let k_a_two = kezek_server::db::reference::ensure_child(
        &mut conn,
        kezek_server::db::reference::ChildTable::Kindergartens,
        w.a.district,
        "a-kindergarten-2",
        "A2",
        t0(),
    )
    .await
    .unwrap()
    .id;
    drop(conn);
    let g_a = add_group(pool, w.a.kindergarten, "g-a", 10).await;
    let g_a_two = add_group(pool, k_a_two, "g-a-two", 10).await;
    let g_a2 = add_group(pool, w.a2.kindergarten, "g-a2", 10).await;
    let g_b = add_group(pool, w.b.kindergarten, "g-b", 10).await;
    let app_a = add_application(pool, w.a.district, 1).await;
    let app_a_other = add_application(pool, w.a.district, 2).await;
    let app_a2 = add_application(pool, w.a2.district, 3).await;
    let app_b = add_application(pool, w.b.district, 4).await;
    // The address bureau's streets: district reference data, scoped like localities.
    let mut streets = BTreeMap::new();
    let mut tx = pool.begin().await.unwrap();
    for d in [w.a.district, w.a2.district, w.b.district] {
        let ids = kezek_server::intake::streets::add(&mut tx, d, &["Ленина", "Абая"], t0())
            .await
            .unwrap();
        streets.insert(d, ids);
    }
    tx.commit().await.unwrap();
    let streets_of = |districts: &[i64]| -> BTreeSet<i64> {
        districts
            .iter()
            .flat_map(|d| streets[d].iter().copied())
            .collect()
    };
    for (login, role, at) in people(&w) {
        add_user(pool, login, role, at).await;
    }

    // op-a grants child 1 (of app_a) a place in head-a's kindergarten, and child 2 one in the
    // other kindergarten of district A.
    let token = server.login("op-a", PASSWORD).await;
    let grants: Vec<Mutation> = [(g_a, 1), (g_a_two, 2)]
        .iter()
        .enumerate()
        .map(|(i, &(group, n))| Mutation {
            client_id: "op-a-desk".into(),
            seq: i as u64 + 1,
            name: PlaceGrant::NAME.into(),
            args: PlaceGrant {
                group_id: group,
                child_personal_number: child(n),
            }
            .to_args(),
            at: t0(),
            user: "op-a".into(),
        })
        .collect();
    let r = server
        .call(
            "POST",
            "/api/v1/sync/push",
            Some(&token),
            Some(serde_json::to_value(PushRequest::new("op-a-desk", grants)).unwrap()),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["outcome"]["status"] == "accepted"),
        "{}",
        r.body
    );

    // The grant is in the feed with the mutation that asked for it.
    let (all, _) = pull_all(&server, &token, "op-a-desk", 0).await;
    let grant_records: Vec<PlaceGrantRecord> = all
        .iter()
        .filter_map(|c| match c.record().unwrap() {
            Some(Record::PlaceGrant(g)) => Some(g),
            _ => None,
        })
        .collect();
    assert_eq!(grant_records.len(), 2);
    let g = grant_records.iter().find(|g| g.group_id == g_a).unwrap();
    assert_eq!(
        (
            g.child_personal_number.as_str(),
            g.granted_by.as_str(),
            g.client_id.as_deref(),
            g.seq,
            g.seat
        ),
        (child(1).as_str(), "op-a", Some("op-a-desk"), Some(1), 1)
    );
    assert_eq!(g.granted_at, t0());

    let everyone_regions = BTreeSet::from([w.a.region, w.b.region]);
    let a_groups = BTreeSet::from([g_a, g_a_two]);
    let r1_groups = BTreeSet::from([g_a, g_a_two, g_a2]);
    let a_streets = streets_of(&[w.a.district]);
    type Ids = BTreeSet<i64>;
    let expect: Vec<(&str, Ids, Ids, usize, Ids)> = vec![
        // (login, groups, applications, grants, streets)
        (
            "admin",
            BTreeSet::from([g_a, g_a_two, g_a2, g_b]),
            BTreeSet::from([app_a, app_a_other, app_a2, app_b]),
            2,
            streets_of(&[w.a.district, w.a2.district, w.b.district]),
        ),
        (
            "op-a",
            a_groups.clone(),
            BTreeSet::from([app_a, app_a_other]),
            2,
            a_streets.clone(),
        ),
        (
            "op-r1",
            r1_groups,
            BTreeSet::from([app_a, app_a_other, app_a2]),
            2,
            streets_of(&[w.a.district, w.a2.district]),
        ),
        (
            "pmpk-a",
            a_groups.clone(),
            BTreeSet::from([app_a, app_a_other]),
            2,
            a_streets.clone(),
        ),
        (
            "sec-a",
            a_groups.clone(),
            BTreeSet::from([app_a, app_a_other]),
            2,
            a_streets.clone(),
        ),
        ("head-a", a_groups, BTreeSet::from([app_a]), 1, a_streets),
    ];
    for (login, groups, apps, grants, street_ids) in expect {
        let token = server.login(login, PASSWORD).await;
        let (all, _) = pull_all(&server, &token, &format!("{login}-desk"), 0).await;
        assert_eq!(
            ids(&all, Entity::Region),
            everyone_regions,
            "{login} regions"
        );
        assert_eq!(ids(&all, Entity::District).len(), 3, "{login} districts");
        assert_eq!(
            ids(&all, Entity::BenefitCategory).len(),
            1,
            "{login} benefits"
        );
        assert_eq!(ids(&all, Entity::Group), groups, "{login} groups");
        assert_eq!(ids(&all, Entity::Application), apps, "{login} applications");
        assert_eq!(
            ids(&all, Entity::PlaceGrant).len(),
            grants,
            "{login} grants"
        );
        assert_eq!(ids(&all, Entity::Street), street_ids, "{login} streets");

        // Inventory and fetch agree with the pull.
        for entity in [
            Entity::Group,
            Entity::Application,
            Entity::Region,
            Entity::Street,
        ] {
            let r = server
                .call(
                    "POST",
                    "/api/v1/sync/inventory",
                    Some(&token),
                    Some(
                        serde_json::to_value(InventoryRequest::new(
                            format!("{login}-desk"),
                            entity,
                        ))
                        .unwrap(),
                    ),
                )
                .await;
            assert_eq!(r.status, 200, "{}", r.body);
            let got: Vec<i64> = serde_json::from_value(r.body["ids"].clone()).unwrap();
            let want: Vec<i64> = ids(&all, entity).into_iter().collect();
            assert_eq!(got, want, "{login} inventory of {entity:?}");
        }
        let asked = vec![app_a, app_a_other, app_a2, app_b, 999_999];
        let r = server
            .call(
                "POST",
                "/api/v1/sync/fetch",
                Some(&token),
                Some(
                    serde_json::to_value(FetchRequest::new(
                        format!("{login}-desk"),
                        Entity::Application,
                        asked,
                    ))
                    .unwrap(),
                ),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let fetched: Vec<Change> = serde_json::from_value(r.body["changes"].clone()).unwrap();
        assert_eq!(
            ids(&fetched, Entity::Application),
            ids(&all, Entity::Application),
            "{login} fetch"
        );
        for c in &fetched {
            assert!(all.contains(c), "a fetched entry is the pulled one");
        }
    }
}

#[tokio::test]
async fn pull_refuses_a_foreign_client_other_versions_and_oversized_fetches() {
    let server = TestServer::start(TestDb::new().await).await;
    let w = build_world(&server.db.pool).await;
    add_user(
        &server.db.pool,
        "op1",
        Role::Operator,
        At::District(w.a.district),
    )
    .await;
    add_user(
        &server.db.pool,
        "op2",
        Role::Operator,
        At::District(w.a.district),
    )
    .await;
    let t1 = server.login("op1", PASSWORD).await;
    let t2 = server.login("op2", PASSWORD).await;
    pull(&server, &t1, "desk-1", 0, 10).await;
    for (path, body) in [
        (
            "/api/v1/sync/pull",
            json!({ "protocol": PROTOCOL_VERSION, "client_id": "desk-1", "cursor": 0 }),
        ),
        (
            "/api/v1/sync/inventory",
            json!({ "protocol": PROTOCOL_VERSION, "client_id": "desk-1", "entity": "group" }),
        ),
        (
            "/api/v1/sync/fetch",
            json!({ "protocol": PROTOCOL_VERSION, "client_id": "desk-1", "entity": "group", "ids": [1] }),
        ),
    ] {
        let r = server
            .call("POST", path, Some(&t2), Some(body.clone()))
            .await;
        assert_eq!(
            (r.status, r.code()),
            (403, "forbidden"),
            "{path}: {}",
            r.body
        );
        let mut future = body.clone();
        future["protocol"] = json!(PROTOCOL_VERSION + 1);
        future["shape"] = json!("unknown");
        let r = server.call("POST", path, Some(&t1), Some(future)).await;
        assert_eq!(
            (r.status, r.code()),
            (426, "upgrade_needed"),
            "{path}: {}",
            r.body
        );
        assert_eq!(r.body["server_protocol"], PROTOCOL_VERSION);
    }
    let r = server
        .call(
            "POST",
            "/api/v1/sync/fetch",
            Some(&t1),
            Some(
                serde_json::to_value(FetchRequest::new("desk-1", Entity::Group, vec![1; 5001]))
                    .unwrap(),
            ),
        )
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_request"), "{}", r.body);
    let r = server
        .call(
            "POST",
            "/api/v1/sync/pull",
            Some(&t1),
            Some(json!({ "protocol": PROTOCOL_VERSION, "client_id": "", "cursor": 0 })),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
}

#[tokio::test]
async fn gzip_request_bodies_are_accepted_and_pulls_come_back_gzipped() {
    use flate2::read::GzDecoder;
    use flate2::write::GzEncoder;
    use std::io::{Read, Write};

    let server = TestServer::start(TestDb::new().await).await;
    let w = build_world(&server.db.pool).await;
    let group = add_group(&server.db.pool, w.a.kindergarten, "g", 5).await;
    add_user(
        &server.db.pool,
        "op",
        Role::Operator,
        At::District(w.a.district),
    )
    .await;
    let token = server.login("op", PASSWORD).await;

    let m = Mutation {
        client_id: "gz".into(),
        seq: 1,
        name: PlaceGrant::NAME.into(),
        args: PlaceGrant {
            group_id: group,
            child_personal_number: child(1),
        }
        .to_args(),
        at: t0(),
        user: "op".into(),
    };
    let json = serde_json::to_vec(&PushRequest::new("gz", vec![m])).unwrap();
    let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&json).unwrap();
    let body = enc.finish().unwrap();
    let r = server
        .http
        .post(format!("{}/api/v1/sync/push", server.base))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .header("content-encoding", "gzip")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["results"][0]["outcome"]["status"], "accepted", "{v}");

    // A client that leaves the answer as it came: with reqwest's gzip feature on (other crates
    // of the workspace turn it on), it would inflate the body and drop the header.
    let raw_client = reqwest::Client::builder().no_gzip().build().unwrap();
    let r = raw_client
        .post(format!("{}/api/v1/sync/pull", server.base))
        .bearer_auth(&token)
        .header("accept-encoding", "gzip")
        .json(&PullRequest::new("gz", 0, None))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()
            .get("content-encoding")
            .map(|h| h.to_str().unwrap()),
        Some("gzip")
    );
    let raw = r.bytes().await.unwrap();
    let mut text = String::new();
    GzDecoder::new(&raw[..]).read_to_string(&mut text).unwrap();
    let page: PullResponse = serde_json::from_str(&text).unwrap();
    assert_eq!(ids(&page.changes, Entity::PlaceGrant).len(), 1);
    assert!(
        raw.len() < text.len(),
        "compressed {} < {}",
        raw.len(),
        text.len()
    );

    // Without Accept-Encoding the answer is plain JSON.
    let r = server
        .http
        .post(format!("{}/api/v1/sync/pull", server.base))
        .bearer_auth(&token)
        .json(&PullRequest::new("gz", 0, None))
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("content-encoding").is_none());
}

/// The demo seed through the library: twice (the second adds nothing), then pages of 1000 as
/// the administrator, timed (printed, not asserted).
#[tokio::test]
async fn the_demo_seed_fills_the_feed_once_and_pulls_of_1000_are_quick() {
    use kezek_server::demo::{seed, SeedOptions};
    let server = TestServer::start(TestDb::new().await).await;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let started = Instant::now();
    let first = seed(&server.db.pool, SeedOptions::new(3000, today), t0())
        .await
        .unwrap();
    let seeded = started.elapsed();
    assert_eq!(first.applications_created, 3000);
    assert!(first.units_created > 100, "{}", first.units_created);
    assert_eq!(first.users_created.len(), 10);
    let second = seed(&server.db.pool, SeedOptions::new(3000, today), t0())
        .await
        .unwrap();
    assert_eq!(
        (
            second.units_created,
            second.applications_created,
            second.users_created.len()
        ),
        (0, 0, 0)
    );

    let token = server
        .login("admin", kezek_server::demo::DEMO_PASSWORD)
        .await;
    let mut cursor = 0;
    let mut total = 0;
    let mut times = Vec::new();
    loop {
        let t = Instant::now();
        let page = pull(&server, &token, "demo", cursor, 1000).await;
        times.push(t.elapsed());
        total += page.changes.len();
        cursor = page.cursor;
        if !page.more {
            break;
        }
    }
    let feed_rows: i64 = sqlx::query_scalar("SELECT count(*) FROM change_feed")
        .fetch_one(&server.db.pool)
        .await
        .unwrap();
    assert_eq!(total as i64, feed_rows);
    times.sort();
    eprintln!(
        "seed of 3000 applications: {:.2} s; {} pages of 1000 over HTTP: median {:?}, max {:?}",
        seeded.as_secs_f64(),
        times.len(),
        times[times.len() / 2],
        times.last().unwrap()
    );

    // The district operator sees its district's applications only.
    let token = server
        .login("operator.kz", kezek_server::demo::DEMO_PASSWORD)
        .await;
    let (all, _) = pull_all(&server, &token, "demo-kz", 0).await;
    let apps = ids(&all, Entity::Application);
    let district: i64 =
        sqlx::query_scalar("SELECT district_id FROM users WHERE login = 'operator.kz'")
            .fetch_one(&server.db.pool)
            .await
            .unwrap();
    let want: BTreeSet<i64> =
        sqlx::query_scalar::<_, i64>("SELECT id FROM applications WHERE district_id = $1")
            .bind(district)
            .fetch_all(&server.db.pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    assert!(!want.is_empty());
    assert_eq!(apps, want);
}

/// The server splices each change's data into the page as stored (no parse and re-serialize):
/// what arrives is exactly the stored JSON (escapes, non-ASCII text and numbers intact), a
/// deletion is `"data": null`, and the page parses as `PullResponse`.
#[tokio::test]
async fn pulled_data_is_exactly_the_stored_json() {
    let server = TestServer::start(TestDb::new().await).await;
    let token = admin(&server).await;
    let name = "Қызылорда \"облысы\" \\ é 😀 \u{1} </script>";
    let mut tx = server.db.pool.begin().await.unwrap();
    feed::write(&mut tx, &region(9001, name), &Location::SYSTEM, t0())
        .await
        .unwrap();
    feed::tombstone(&mut tx, Entity::Region, 9002, &Location::SYSTEM, t0())
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let text = server
        .http
        .post(format!("{}/api/v1/sync/pull", server.base))
        .bearer_auth(&token)
        .json(&PullRequest::new("raw", 0, Some(100)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let stored: String = sqlx::query_scalar(
        "SELECT data::text FROM change_feed WHERE entity = 'region' AND entity_id = 9001",
    )
    .fetch_one(&server.db.pool)
    .await
    .unwrap();
    assert!(
        text.contains(&format!("\"data\":{stored}")),
        "the stored text verbatim: {stored} in {text}"
    );
    let page: PullResponse = serde_json::from_str(&text).unwrap();
    assert_eq!((page.changes.len(), page.more), (2, false));
    let written = page.changes.iter().find(|c| c.id == 9001).unwrap();
    assert_eq!(
        written.data.as_ref().unwrap(),
        &serde_json::from_str::<serde_json::Value>(&stored).unwrap()
    );
    assert_eq!(written.record().unwrap(), Some(region(9001, name)));
    let deleted = page.changes.iter().find(|c| c.id == 9002).unwrap();
    assert_eq!(deleted.data, None);
    assert_eq!(page.cursor, page.changes.last().unwrap().version);
}
