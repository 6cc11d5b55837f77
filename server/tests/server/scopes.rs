//! Every endpoint × every role × {own district, sibling district of the same region, district of
//! another region}: the expected status, from a table. The table is checked against
//! `routes::ROUTES` (from which the router is built) both ways, so a new endpoint without a row
//! here fails this test.

use crate::support::{
    add_group, add_user, build_world, child, t0, At, TestDb, TestServer, World, PASSWORD,
};
use kezek_server::routes::{Access, ROUTES};
use kezek_server::scope::Role;
use kezek_sync::{Mutation, PlaceGrant, PushRequest, PROTOCOL_VERSION};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The callers: every role, and the two scope widths of the roles that have two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Admin,
    OperatorA,
    OperatorR1,
    PmpkA,
    PmpkR1,
    SecretaryA,
    ChairmanA,
    MemberA,
    HeadA,
}

const EVERYONE: [Who; 9] = [
    Who::Admin,
    Who::OperatorA,
    Who::OperatorR1,
    Who::PmpkA,
    Who::PmpkR1,
    Who::SecretaryA,
    Who::ChairmanA,
    Who::MemberA,
    Who::HeadA,
];

impl Who {
    fn login(self) -> String {
        format!("{self:?}").to_lowercase()
    }
    fn role(self) -> Role {
        match self {
            Who::Admin => Role::Administrator,
            Who::OperatorA | Who::OperatorR1 => Role::Operator,
            Who::PmpkA | Who::PmpkR1 => Role::PmpkSpecialist,
            Who::SecretaryA => Role::CommissionSecretary,
            Who::ChairmanA => Role::CommissionChairman,
            Who::MemberA => Role::CommissionMember,
            Who::HeadA => Role::KindergartenHead,
        }
    }
    fn at(self, w: &World) -> At {
        match self {
            Who::Admin => At::System,
            Who::OperatorA | Who::PmpkA => At::District(w.a.district),
            Who::OperatorR1 | Who::PmpkR1 => At::Region(w.a.region),
            Who::SecretaryA | Who::ChairmanA | Who::MemberA => At::Commission(w.a.commission),
            Who::HeadA => At::Kindergarten(w.a.kindergarten),
        }
    }
}

/// Where the object of the request lies. Every caller's scope is in or above district A.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Own,
    Sibling,
    Other,
}
const TARGETS: [Target; 3] = [Target::Own, Target::Sibling, Target::Other];

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Own => "own",
            Target::Sibling => "sibling",
            Target::Other => "other",
        }
    }
}

/// Expected statuses.
enum Want {
    /// The same for every caller and target.
    All(u16),
    /// `ok` for the administrator (whose scope is the whole system), 403 for everyone else.
    AdminOnly(u16),
    /// Per caller: [own, sibling, other].
    Each(&'static [(Who, [u16; 3])]),
    /// A sync read (pull, inventory, fetch): 200 for every caller, and per caller whether the
    /// answer holds the group of the target's kindergarten: [own, sibling, other].
    Sees(&'static [(Who, [bool; 3])]),
    /// A push: 200 for every caller, and per caller whether the pushed mutation on the target
    /// is accepted (`true`) or rejected `forbidden` (`false`): [own, sibling, other].
    Verdicts(&'static [(Who, [bool; 3])]),
}

struct Row {
    verb: &'static str,
    path: &'static str,
    want: Want,
}

const DISTRICT_READ: &[(Who, [u16; 3])] = &[
    (Who::Admin, [200, 200, 200]),
    (Who::OperatorA, [200, 403, 403]),
    (Who::OperatorR1, [200, 200, 403]),
    (Who::PmpkA, [200, 403, 403]),
    (Who::PmpkR1, [200, 200, 403]),
    (Who::SecretaryA, [200, 403, 403]),
    (Who::ChairmanA, [200, 403, 403]),
    (Who::MemberA, [200, 403, 403]),
    (Who::HeadA, [200, 403, 403]),
];

const PLACE_GRANT: &[(Who, [bool; 3])] = &[
    (Who::Admin, [false, false, false]),
    (Who::OperatorA, [true, false, false]),
    (Who::OperatorR1, [true, true, false]),
    (Who::PmpkA, [false, false, false]),
    (Who::PmpkR1, [false, false, false]),
    (Who::SecretaryA, [false, false, false]),
    (Who::ChairmanA, [false, false, false]),
    (Who::MemberA, [false, false, false]),
    // The own target's group is in HeadA's kindergarten.
    (Who::HeadA, [true, false, false]),
];

/// Groups are the district's reference data: every role of district A sees district A's, the
/// regional ones region 1's, nobody another region's.
const FEED_GROUP: &[(Who, [bool; 3])] = &[
    (Who::Admin, [true, true, true]),
    (Who::OperatorA, [true, false, false]),
    (Who::OperatorR1, [true, true, false]),
    (Who::PmpkA, [true, false, false]),
    (Who::PmpkR1, [true, true, false]),
    (Who::SecretaryA, [true, false, false]),
    (Who::ChairmanA, [true, false, false]),
    (Who::MemberA, [true, false, false]),
    (Who::HeadA, [true, false, false]),
];

const TABLE: &[Row] = &[
    Row {
        verb: "GET",
        path: "/health",
        want: Want::All(200),
    },
    Row {
        verb: "POST",
        path: "/api/v1/session",
        want: Want::All(200),
    },
    Row {
        verb: "DELETE",
        path: "/api/v1/session",
        want: Want::All(204),
    },
    Row {
        verb: "GET",
        path: "/api/v1/me",
        want: Want::All(200),
    },
    // Everyone changes their own password (here to the same one, so that the fixture's logins
    // keep working); the caller's session stays open.
    Row {
        verb: "POST",
        path: "/api/v1/me/password",
        want: Want::All(204),
    },
    Row {
        verb: "GET",
        path: "/api/v1/reference",
        want: Want::All(200),
    },
    Row {
        verb: "GET",
        path: "/api/v1/districts/{id}",
        want: Want::Each(DISTRICT_READ),
    },
    Row {
        verb: "GET",
        path: "/api/v1/users",
        want: Want::AdminOnly(200),
    },
    Row {
        verb: "POST",
        path: "/api/v1/users",
        want: Want::AdminOnly(201),
    },
    Row {
        verb: "POST",
        path: "/api/v1/users/{id}/disable",
        want: Want::AdminOnly(200),
    },
    Row {
        verb: "POST",
        path: "/api/v1/users/{id}/reset-password",
        want: Want::AdminOnly(204),
    },
    // Any session may push its own client's mutations; the scope decides each mutation's
    // verdict (here: a `place.grant` in the target district's kindergarten).
    Row {
        verb: "POST",
        path: "/api/v1/sync/push",
        want: Want::Verdicts(PLACE_GRANT),
    },
    Row {
        verb: "POST",
        path: "/api/v1/sync/pull",
        want: Want::Sees(FEED_GROUP),
    },
    Row {
        verb: "POST",
        path: "/api/v1/sync/inventory",
        want: Want::Sees(FEED_GROUP),
    },
    Row {
        verb: "POST",
        path: "/api/v1/sync/fetch",
        want: Want::Sees(FEED_GROUP),
    },
    // The parents' portal: public, the same answer whoever calls and wherever (a session is
    // not even looked at); each call has its own address and its own child, with a live code.
    Row {
        verb: "POST",
        path: "/api/v1/public/voucher/code",
        want: Want::All(202),
    },
    Row {
        verb: "POST",
        path: "/api/v1/public/voucher/applications",
        want: Want::All(201),
    },
    // The portal's reference: names and codes, for anyone.
    Row {
        verb: "GET",
        path: "/api/v1/public/voucher/reference",
        want: Want::All(200),
    },
    Row {
        verb: "GET",
        path: "/api/v1/public/voucher/districts/{id}/streets",
        want: Want::All(200),
    },
];

impl Want {
    fn status(&self, who: Who, target: Target) -> u16 {
        let i = TARGETS.iter().position(|t| *t == target).unwrap();
        match self {
            Want::All(s) => *s,
            Want::AdminOnly(ok) => {
                if who == Who::Admin {
                    *ok
                } else {
                    403
                }
            }
            Want::Each(rows) => {
                rows.iter()
                    .find(|(w, _)| *w == who)
                    .unwrap_or_else(|| panic!("no expectation for {who:?}"))
                    .1[i]
            }
            Want::Verdicts(_) | Want::Sees(_) => 200,
        }
    }

    /// For a sync read: whether the answer must hold the target's group.
    fn sees(&self, who: Who, target: Target) -> Option<bool> {
        let i = TARGETS.iter().position(|t| *t == target).unwrap();
        match self {
            Want::Sees(rows) => Some(
                rows.iter()
                    .find(|(w, _)| *w == who)
                    .unwrap_or_else(|| panic!("no expectation for {who:?}"))
                    .1[i],
            ),
            _ => None,
        }
    }

    /// For a push: whether the mutation must be accepted.
    fn accepted(&self, who: Who, target: Target) -> Option<bool> {
        let i = TARGETS.iter().position(|t| *t == target).unwrap();
        match self {
            Want::Verdicts(rows) => Some(
                rows.iter()
                    .find(|(w, _)| *w == who)
                    .unwrap_or_else(|| panic!("no expectation for {who:?}"))
                    .1[i],
            ),
            _ => None,
        }
    }

    fn callers(&self) -> Option<BTreeSet<Who>> {
        match self {
            Want::Each(rows) => Some(rows.iter().map(|(w, _)| *w).collect()),
            Want::Verdicts(rows) | Want::Sees(rows) => Some(rows.iter().map(|(w, _)| *w).collect()),
            _ => None,
        }
    }
}

/// The objects each target names.
struct Fixture {
    world: World,
    /// An operator per target district: the object of the user-management routes.
    victims: BTreeMap<&'static str, i64>,
    /// A group in the kindergarten of each target district: the object of `place.grant`.
    groups: BTreeMap<&'static str, i64>,
    /// A voucher application form with a live code per caller and target district.
    intake: crate::intake::ScopeForms,
}

impl Fixture {
    fn district(&self, t: Target) -> i64 {
        match t {
            Target::Own => self.world.a.district,
            Target::Sibling => self.world.a2.district,
            Target::Other => self.world.b.district,
        }
    }
    fn victim(&self, t: Target) -> i64 {
        self.victims[t.name()]
    }
    fn group(&self, t: Target) -> i64 {
        self.groups[t.name()]
    }
}

/// The concrete request of a table row for a caller and a target.
fn request(row: &Row, who: Who, target: Target, f: &Fixture, n: usize) -> (String, Option<Value>) {
    match (row.verb, row.path) {
        ("POST", "/api/v1/session") => (
            row.path.into(),
            Some(json!({ "login": who.login(), "password": PASSWORD, "device_id": "scope-test" })),
        ),
        ("POST", "/api/v1/me/password") => (
            row.path.into(),
            Some(json!({ "current_password": PASSWORD, "new_password": PASSWORD })),
        ),
        ("GET", "/api/v1/districts/{id}") => {
            (format!("/api/v1/districts/{}", f.district(target)), None)
        }
        ("POST", "/api/v1/users") => (
            row.path.into(),
            Some(json!({
                "login": format!("new-{n}"),
                "full_name": "New Operator",
                "role": "operator",
                "scope": { "kind": "district", "id": f.district(target) },
                "password": "new-password-1",
            })),
        ),
        ("POST", "/api/v1/users/{id}/disable") => {
            (format!("/api/v1/users/{}/disable", f.victim(target)), None)
        }
        ("POST", "/api/v1/users/{id}/reset-password") => (
            format!("/api/v1/users/{}/reset-password", f.victim(target)),
            Some(json!({ "password": "reset-password-1" })),
        ),
        ("POST", "/api/v1/sync/push") => {
            let client_id = format!("scope-{n}");
            let grant = PlaceGrant {
                group_id: f.group(target),
                child_personal_number: child(n),
            };
            let m = Mutation {
                client_id: client_id.clone(),
                seq: 1,
                name: PlaceGrant::NAME.into(),
                args: grant.to_args(),
                at: t0(),
                user: who.login(),
            };
            let push = PushRequest::new(client_id, vec![m]);
            (row.path.into(), Some(serde_json::to_value(push).unwrap()))
        }
        ("POST", "/api/v1/sync/pull") => (
            row.path.into(),
            Some(
                json!({ "protocol": PROTOCOL_VERSION, "client_id": format!("read-{n}"),
                         "cursor": 0, "limit": 5000 }),
            ),
        ),
        ("POST", "/api/v1/sync/inventory") => (
            row.path.into(),
            Some(
                json!({ "protocol": PROTOCOL_VERSION, "client_id": format!("read-{n}"),
                         "entity": "group" }),
            ),
        ),
        ("POST", "/api/v1/public/voucher/code") => (
            row.path.into(),
            Some(json!({ "email": format!("code-{n}@example.org"), "language": "ru" })),
        ),
        ("POST", "/api/v1/public/voucher/applications") => (
            row.path.into(),
            Some(f.intake.get(&who.login(), target.name())),
        ),
        ("GET", "/api/v1/public/voucher/districts/{id}/streets") => (
            format!(
                "/api/v1/public/voucher/districts/{}/streets",
                f.district(target)
            ),
            None,
        ),
        ("POST", "/api/v1/sync/fetch") => (
            row.path.into(),
            Some(
                json!({ "protocol": PROTOCOL_VERSION, "client_id": format!("read-{n}"),
                         "entity": "group", "ids": [f.group(target)] }),
            ),
        ),
        (_, path) => {
            assert!(
                !path.contains('{'),
                "{} {path}: teach `request` its parameters",
                row.verb
            );
            (path.into(), None)
        }
    }
}

/// Whether a pull, inventory or fetch answer holds the group `id` (and no grant, kindergarten or
/// group of a district it should not: a group's presence stands for its district's rows).
fn group_in(body: &Value, id: i64) -> bool {
    if let Some(ids) = body["ids"].as_array() {
        return ids.iter().any(|x| x.as_i64() == Some(id));
    }
    body["changes"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .any(|c| c["entity"] == "group" && c["id"].as_i64() == Some(id))
        })
        .unwrap_or(false)
}

#[test]
fn the_table_and_the_router_list_the_same_endpoints() {
    let routes: BTreeSet<(&str, &str)> = ROUTES.iter().map(|r| (r.verb.as_str(), r.path)).collect();
    let table: BTreeSet<(&str, &str)> = TABLE.iter().map(|r| (r.verb, r.path)).collect();
    let missing: Vec<_> = routes.difference(&table).collect();
    assert!(
        missing.is_empty(),
        "endpoints without a row in the scope table: {missing:?}"
    );
    let stale: Vec<_> = table.difference(&routes).collect();
    assert!(
        stale.is_empty(),
        "scope table rows for endpoints that do not exist: {stale:?}"
    );
    assert_eq!(
        routes.len(),
        ROUTES.len(),
        "an endpoint is listed twice in ROUTES"
    );

    let roles: BTreeSet<&str> = EVERYONE.iter().map(|w| w.role().as_str()).collect();
    let all: BTreeSet<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    assert_eq!(roles, all, "every role has a caller in the table");
    for row in TABLE {
        if let Some(whos) = row.want.callers() {
            assert_eq!(
                whos,
                EVERYONE.into_iter().collect(),
                "{} {}",
                row.verb,
                row.path
            );
        }
    }
}

#[tokio::test]
async fn every_endpoint_every_role_own_and_other_districts() {
    let server = TestServer::start(TestDb::new().await).await;
    let pool = &server.db.pool;
    let world = build_world(pool).await;
    for who in EVERYONE {
        add_user(pool, &who.login(), who.role(), who.at(&world)).await;
    }
    let mut victims = BTreeMap::new();
    for (name, d) in [("own", world.a), ("sibling", world.a2), ("other", world.b)] {
        let id = add_user(
            pool,
            &format!("victim-{name}"),
            Role::Operator,
            At::District(d.district),
        )
        .await;
        victims.insert(name, id);
    }
    let mut groups = BTreeMap::new();
    for (name, d) in [("own", world.a), ("sibling", world.a2), ("other", world.b)] {
        let id = add_group(pool, d.kindergarten, &format!("group-{name}"), 100).await;
        groups.insert(name, id);
    }
    let logins: Vec<String> = EVERYONE.iter().map(|w| w.login()).collect();
    let intake = crate::intake::ScopeForms::prepare(pool, &world, &logins).await;
    let fixture = Fixture {
        world,
        victims,
        groups,
        intake,
    };

    let mut tokens = BTreeMap::new();
    for who in EVERYONE {
        tokens.insert(who, server.login(&who.login(), PASSWORD).await);
    }

    let mut failures = Vec::new();
    let mut n = 0;
    for spec in ROUTES {
        let row = TABLE
            .iter()
            .find(|r| r.verb == spec.verb.as_str() && r.path == spec.path)
            .expect("checked by the_table_and_the_router_list_the_same_endpoints");
        for who in EVERYONE {
            for target in TARGETS {
                n += 1;
                let (path, body) = request(row, who, target, &fixture, n);
                // Logging out ends the session: give it a session of its own.
                let token = match (spec.access, spec.verb.as_str()) {
                    (Access::Public, _) => None,
                    (Access::Bearer, "DELETE") => Some(server.login(&who.login(), PASSWORD).await),
                    (Access::Bearer, _) => Some(tokens[&who].clone()),
                };
                let reply = server
                    .call(row.verb, &path, token.as_deref(), body.clone())
                    .await;
                let want = row.want.status(who, target);
                if reply.status != want {
                    failures.push(format!(
                        "{} {path} as {who:?} ({target:?}): got {} want {want} {}",
                        row.verb, reply.status, reply.body
                    ));
                }
                if let (Some(ok), 200) = (row.want.accepted(who, target), reply.status) {
                    let outcome = &reply.body["results"][0]["outcome"];
                    let got = (outcome["status"].as_str(), outcome["code"].as_str());
                    let want = if ok {
                        (Some("accepted"), None)
                    } else {
                        (Some("rejected"), Some("forbidden"))
                    };
                    if got != want {
                        failures.push(format!(
                            "{} {path} as {who:?} ({target:?}): verdict {outcome}, want {want:?}",
                            row.verb
                        ));
                    }
                }
                if let (Some(want), 200) = (row.want.sees(who, target), reply.status) {
                    let group = fixture.group(target);
                    let got = group_in(&reply.body, group);
                    if got != want {
                        failures.push(format!(
                            "{} {path} as {who:?} ({target:?}): holds group {group}: {got}, want {want}",
                            row.verb
                        ));
                    }
                }
                if reply.status == 403 && reply.code() != "forbidden" {
                    failures.push(format!("{} {path}: 403 without code forbidden", row.verb));
                }
                if spec.access == Access::Bearer {
                    for bad in [None, Some("not-a-token")] {
                        let r = server.call(row.verb, &path, bad, body.clone()).await;
                        if r.status != 401 || r.code() != "unauthenticated" {
                            failures.push(format!(
                                "{} {path} with token {bad:?}: got {} {}",
                                row.verb, r.status, r.body
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn methods_outside_the_table_are_refused_and_unknown_paths_are_json_404() {
    let server = TestServer::start(TestDb::new().await).await;
    for spec in ROUTES {
        let path = spec.path.replace("{id}", "1");
        for verb in ["GET", "POST", "DELETE", "PUT", "PATCH"] {
            if ROUTES
                .iter()
                .any(|r| r.path == spec.path && r.verb.as_str() == verb)
            {
                continue;
            }
            let r = server.call(verb, &path, None, None).await;
            assert_eq!(r.status, 405, "{verb} {path}: {}", r.body);
            assert_eq!(r.code(), "method_not_allowed");
        }
    }
    let r = server.call("GET", "/api/v1/nothing-here", None, None).await;
    assert_eq!((r.status, r.code()), (404, "not_found"), "{}", r.body);
}

/// (caller, regions, districts, commissions, kindergartens), by fixture code.
type Visible = (
    Who,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// What `GET /api/v1/reference` shows each caller: (regions, districts, commissions,
/// kindergartens) by fixture code.
#[tokio::test]
async fn reference_shows_each_role_only_its_part_of_the_tree() {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    for who in EVERYONE {
        add_user(&server.db.pool, &who.login(), who.role(), who.at(&world)).await;
    }
    const ALL_UNITS: &[&str] = &["a", "a2", "b"];
    let expect: &[Visible] = &[
        (Who::Admin, &["r1", "r2"], ALL_UNITS, ALL_UNITS, ALL_UNITS),
        (Who::OperatorA, &["r1"], &["a"], &["a"], &["a"]),
        (
            Who::OperatorR1,
            &["r1"],
            &["a", "a2"],
            &["a", "a2"],
            &["a", "a2"],
        ),
        (Who::PmpkA, &["r1"], &["a"], &["a"], &["a"]),
        (
            Who::PmpkR1,
            &["r1"],
            &["a", "a2"],
            &["a", "a2"],
            &["a", "a2"],
        ),
        (Who::SecretaryA, &["r1"], &["a"], &["a"], &["a"]),
        (Who::ChairmanA, &["r1"], &["a"], &["a"], &["a"]),
        (Who::MemberA, &["r1"], &["a"], &["a"], &["a"]),
        (Who::HeadA, &["r1"], &["a"], &[], &["a"]),
    ];
    let codes = |v: &Value, suffix: &str| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| {
                x["code"]
                    .as_str()
                    .unwrap()
                    .trim_end_matches(suffix)
                    .to_owned()
            })
            .collect()
    };
    for (who, regions, districts, commissions, kindergartens) in expect {
        let token = server.login(&who.login(), PASSWORD).await;
        let r = server
            .call("GET", "/api/v1/reference", Some(&token), None)
            .await;
        assert_eq!(r.status, 200);
        assert_eq!(codes(&r.body["regions"], ""), *regions, "{who:?} regions");
        assert_eq!(
            codes(&r.body["districts"], ""),
            *districts,
            "{who:?} districts"
        );
        assert_eq!(
            codes(&r.body["commissions"], "-commission"),
            *commissions,
            "{who:?} commissions"
        );
        assert_eq!(
            codes(&r.body["kindergartens"], "-kindergarten"),
            *kindergartens,
            "{who:?} kindergartens"
        );
    }
}
