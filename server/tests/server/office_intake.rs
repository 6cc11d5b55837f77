//! Office intake of voucher applications (`application.register`) against the real PostgreSQL:
//! who may register, the checks and their verdicts, what an accepted registration writes (the
//! application in the feed, the office's row, history, the family's letter), the push protocol's
//! exactly-once, the streets in the feed, and the commission's decision letters for a family
//! without an e-mail address. Every refusal is checked to leave nothing behind.

use crate::commission::{code, draft, member, send, sign, signed, Desk, PIN_CHAIR};
use crate::intake::{kg_child, kg_parent, kz_parent};
use crate::support::{add_user, build_world, child, t0, At, TestDb, TestServer, World, PASSWORD};
use chrono::Duration;
use kezek_server::db::{self, reference};
use kezek_server::intake::{codes, streets};
use kezek_server::scope::Role;
use kezek_sync::commission::{MemberSave, ProtocolSend, ProtocolSign};
use kezek_sync::intake::ApplicationRegister;
use kezek_sync::records::{ApplicationRecord, StreetRecord};
use kezek_sync::{
    reject, Change, Entity, FetchRequest, Mutation, Outcome, PullRequest, PullResponse,
    PushRequest, PushResponse, Record,
};
use serde_json::{json, Value};
use sqlx::PgPool;
use std::collections::{BTreeMap, BTreeSet};

const PUSH: &str = "/api/v1/sync/push";
const NAME: &str = ApplicationRegister::NAME;

/// The fixture tree (districts A and A2 in Kazakhstan, B in Kyrgyzstan), the benefit categories
/// "orphan" and "none", the streets "Ленина" and "Манаса" in every district, and the staff.
struct Office {
    server: TestServer,
    world: World,
    /// District id → the ids of its "Ленина" and "Манаса".
    streets: BTreeMap<i64, Vec<i64>>,
}

async fn office() -> Office {
    let server = TestServer::start(TestDb::new().await).await;
    let pool = &server.db.pool;
    let world = build_world(pool).await;
    let mut tx = pool.begin().await.unwrap();
    for (code, kind) in [("orphan", "first_turn"), ("none", "general")] {
        reference::ensure_benefit_category(&mut tx, code, kind, t0())
            .await
            .unwrap();
    }
    let mut streets = BTreeMap::new();
    for d in [world.a.district, world.a2.district, world.b.district] {
        let ids = streets::add(&mut tx, d, &["Ленина", "Манаса"], t0())
            .await
            .unwrap();
        streets.insert(d, ids);
    }
    tx.commit().await.unwrap();
    for (login, role, at) in [
        ("op-a", Role::Operator, At::District(world.a.district)),
        ("op-a2", Role::Operator, At::District(world.a2.district)),
        ("op-b", Role::Operator, At::District(world.b.district)),
        ("op-r1", Role::Operator, At::Region(world.a.region)),
        (
            "sec-a",
            Role::CommissionSecretary,
            At::Commission(world.a.commission),
        ),
        (
            "sec-a2",
            Role::CommissionSecretary,
            At::Commission(world.a2.commission),
        ),
        (
            "chair-a",
            Role::CommissionChairman,
            At::Commission(world.a.commission),
        ),
        (
            "member-a",
            Role::CommissionMember,
            At::Commission(world.a.commission),
        ),
        (
            "head-a",
            Role::KindergartenHead,
            At::Kindergarten(world.a.kindergarten),
        ),
        (
            "pmpk-a",
            Role::PmpkSpecialist,
            At::District(world.a.district),
        ),
        ("admin", Role::Administrator, At::System),
    ] {
        add_user(pool, login, role, at).await;
    }
    Office {
        server,
        world,
        streets,
    }
}

/// A complete office form (no code); `email` may be absent. The portal tests add the code.
pub(crate) fn form(
    child: &str,
    parent: &str,
    district: i64,
    street: i64,
    email: Option<&str>,
    language: &str,
) -> Value {
    json!({
        "email": email,
        "language": language,
        "child": { "personal_number": child, "surname": "Асанова", "given_name": "Айпери" },
        "parent": {
            "relation": "mother", "personal_number": parent,
            "surname": "Асанова", "given_name": "Гульнара", "patronymic": "Бакытовна",
            "passport": { "series": "ID", "number": "1234567", "issued_by": "МКК 211041",
                          "issued_on": "2020-05-04" },
        },
        "address": { "district_id": district, "street_id": street, "house": "12", "flat": "5" },
        "phone": "+996 555 12 34 56",
        "benefit_code": "orphan",
        "consent": true,
    })
}

impl Office {
    /// A form of district B (Kyrgyz PINs) for family `n`.
    fn form_b(&self, n: u16, email: Option<&str>) -> Value {
        let d = self.world.b.district;
        form(
            &kg_child(n),
            &kg_parent(n),
            d,
            self.streets[&d][0],
            email,
            "ky",
        )
    }

    /// A form of district A (Kazakh IINs) for family `n`.
    fn form_a(&self, n: u16, email: Option<&str>) -> Value {
        let d = self.world.a.district;
        form(
            &child(usize::from(n)),
            &kz_parent(n),
            d,
            self.streets[&d][0],
            email,
            "kk",
        )
    }

    async fn desk(&self, login: &str) -> Desk {
        Desk::open(&self.server, login).await
    }

    async fn snapshot(&self) -> Snapshot {
        snapshot(&self.server.db.pool).await
    }
}

/// The verdict of an outcome (a duplicate's recorded one).
fn verdict(o: &Outcome) -> (&str, &str) {
    match o {
        Outcome::Accepted => ("accepted", ""),
        Outcome::Rejected { code, detail } => (code, detail),
        other => panic!("unexpected outcome {other:?}"),
    }
}

/// What a registration writes, counted.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot(Vec<(&'static str, i64)>);

async fn snapshot(pool: &PgPool) -> Snapshot {
    let queries: [(&str, &str); 9] = [
        ("applications", "SELECT count(*) FROM applications"),
        ("children", "SELECT count(*) FROM children"),
        ("applicants", "SELECT count(*) FROM applicants"),
        ("office_intakes", "SELECT count(*) FROM office_intakes"),
        ("parent_accounts", "SELECT count(*) FROM parent_accounts"),
        (
            "feed",
            "SELECT count(*) FROM change_feed WHERE entity = 'application'",
        ),
        (
            "history",
            "SELECT count(*) FROM history WHERE object_kind = 'application'",
        ),
        ("mail", "SELECT count(*) FROM mail_outbox"),
        ("streets", "SELECT count(*) FROM streets"),
    ];
    let mut out = Vec::new();
    for (name, q) in queries {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(q.to_string()))
            .fetch_one(pool)
            .await
            .unwrap();
        out.push((name, n));
    }
    Snapshot(out)
}

/// Every change a client of `login` pulls from the start.
async fn pull_all(server: &TestServer, login: &str) -> Vec<Change> {
    let token = server.login(login, PASSWORD).await;
    let client = format!("{login}-puller");
    let mut cursor = 0;
    let mut all = Vec::new();
    loop {
        let req = PullRequest::new(client.as_str(), cursor, Some(1000));
        let r = server
            .call(
                "POST",
                "/api/v1/sync/pull",
                Some(&token),
                Some(serde_json::to_value(req).unwrap()),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let page: PullResponse = serde_json::from_value(r.body).unwrap();
        cursor = page.cursor;
        all.extend(page.changes);
        if !page.more {
            return all;
        }
    }
}

fn applications(changes: &[Change]) -> Vec<ApplicationRecord> {
    changes
        .iter()
        .filter_map(|c| match c.record().unwrap() {
            Some(Record::Application(a)) => Some(*a),
            _ => None,
        })
        .collect()
}

fn streets_in(changes: &[Change]) -> Vec<StreetRecord> {
    changes
        .iter()
        .filter_map(|c| match c.record().unwrap() {
            Some(Record::Street(s)) => Some(s),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn an_operator_registers_and_the_district_pulls_it_with_the_letter_in_its_language() {
    let o = office().await;
    let pool = &o.server.db.pool;
    let op = o.desk("op-b").await;
    let email = "gulnara@example.kg";

    let before = o.snapshot().await;
    let outcome = op
        .push(&o.server, NAME, o.form_b(1, Some(" Gulnara@Example.KG ")))
        .await;
    assert_eq!(verdict(&outcome), ("accepted", ""));
    assert_ne!(o.snapshot().await, before);

    let (id, number, kind, channel, status, district, language, registered_at): (
        i64,
        String,
        String,
        String,
        String,
        i64,
        String,
        chrono::NaiveDateTime,
    ) = sqlx::query_as(
        "SELECT a.id, a.number, a.kind, a.channel, a.status, a.district_id, a.language, \
         a.registered_at FROM applications a JOIN children c ON c.id = a.child_id \
         WHERE c.personal_number = $1",
    )
    .bind(kg_child(1))
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(number, "БЛ.2026.О000001", "the office's own numbering");
    assert_eq!(
        (kind.as_str(), channel.as_str(), status.as_str()),
        ("voucher", "office", "registered"),
        "what the commission's review list takes"
    );
    assert_eq!((district, language.as_str()), (o.world.b.district, "ky"));
    assert_eq!(
        registered_at,
        (t0() + Duration::hours(6)).naive_utc(),
        "the mutation's moment, on Bishkek's clock"
    );
    let (email_stored, street, flat, series, by, client, seq): (
        Option<String>,
        i64,
        Option<String>,
        String,
        String,
        String,
        i64,
    ) = sqlx::query_as(
        "SELECT i.email, i.street_id, i.flat, i.passport_series, u.login, i.client_id, i.seq \
         FROM office_intakes i JOIN users u ON u.id = i.registered_by WHERE i.application_id = $1",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(
        (
            email_stored.as_deref(),
            street,
            flat.as_deref(),
            series.as_str(),
            by.as_str(),
            client.as_str(),
            seq
        ),
        (
            Some(email),
            o.streets[&o.world.b.district][0],
            Some("5"),
            "ID",
            "op-b",
            op.client_id.as_str(),
            1
        )
    );
    let history: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT action, actor, device_id FROM history \
         WHERE object_kind = 'application' AND object_id = $1",
    )
    .bind(id)
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        history,
        [(
            "application.register".to_owned(),
            "op-b".to_owned(),
            Some("test-device".to_owned())
        )]
    );
    let cabinets: i64 = sqlx::query_scalar("SELECT count(*) FROM parent_accounts")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(cabinets, 0, "no cabinet at the office");

    // The family's letter, in Kyrgyz, naming the number.
    let mails: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT recipient, language, kind, subject, body FROM mail_outbox ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let (to, lang, kind, subject, body) = &mails[0];
    assert_eq!(
        (to.as_str(), lang.as_str(), kind.as_str()),
        (email, "ky", "voucher_registered")
    );
    assert!(subject.contains(&number), "{subject}");
    assert!(
        body.contains(&number) && body.contains("Асанова Айпери"),
        "{body}"
    );
    assert!(body.contains("катталып"), "in Kyrgyz: {body}");

    // A client of district B pulls it; district A (another region) does not.
    let pulled = applications(&pull_all(&o.server, "op-b").await);
    let app = pulled
        .iter()
        .find(|a| a.id == id)
        .expect("the district's client pulls the application");
    assert_eq!(
        (
            app.number.as_str(),
            app.channel.as_str(),
            app.status.as_str(),
            app.kind.as_str()
        ),
        (number.as_str(), "office", "registered", "voucher")
    );
    assert_eq!(app.applicant.email.as_deref(), Some(email));
    assert_eq!(app.applicant.address, "Ленина, 12, 5");
    assert!(applications(&pull_all(&o.server, "op-a").await).is_empty());

    // Without an e-mail, in Kazakhstan, by the commission's secretary: no letter.
    let sec = o.desk("sec-a").await;
    let outcome = sec.push(&o.server, NAME, o.form_a(2, None)).await;
    assert_eq!(verdict(&outcome), ("accepted", ""));
    let (number, email_app, email_intake): (String, Option<String>, Option<String>) =
        sqlx::query_as(
            "SELECT a.number, p.email, i.email FROM applications a \
             JOIN applicants p ON p.id = a.applicant_id \
             JOIN office_intakes i ON i.application_id = a.id \
             JOIN children c ON c.id = a.child_id WHERE c.personal_number = $1",
        )
        .bind(child(2))
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(number, "ВЧ.2026.О000002");
    assert_eq!((email_app, email_intake), (None, None));
    let mails: i64 = sqlx::query_scalar("SELECT count(*) FROM mail_outbox")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(mails, 1, "no address, no letter");
    let pulled = applications(&pull_all(&o.server, "op-r1").await);
    assert!(
        pulled
            .iter()
            .any(|a| a.number == number && a.channel == "office"),
        "the region's operator pulls it"
    );
}

/// Pushes `mutations` as one request of `client` for `token`; the outcomes.
async fn push_raw(
    server: &TestServer,
    token: &str,
    client: &str,
    mutations: Vec<Mutation>,
) -> Vec<Outcome> {
    let req = PushRequest::new(client, mutations);
    let r = server
        .call(
            "POST",
            PUSH,
            Some(token),
            Some(serde_json::to_value(req).unwrap()),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let resp: PushResponse = serde_json::from_value(r.body).unwrap();
    resp.results.into_iter().map(|r| r.outcome).collect()
}

#[tokio::test]
async fn a_resent_push_gets_the_same_verdicts_and_registers_nothing_twice() {
    let o = office().await;
    let token = o.server.login("op-b", PASSWORD).await;
    let mutation = |seq: u64, args: Value| Mutation {
        client_id: "op-b-desk".into(),
        seq,
        name: NAME.into(),
        args,
        at: t0(),
        user: "op-b".into(),
    };
    // The second is the same child again: refused as a duplicate of the first.
    let batch = vec![
        mutation(1, o.form_b(1, Some("one@example.kg"))),
        mutation(2, o.form_b(1, None)),
    ];
    let first = push_raw(&o.server, &token, "op-b-desk", batch.clone()).await;
    assert_eq!(verdict(&first[0]), ("accepted", ""));
    assert_eq!(verdict(&first[1]).0, reject::DUPLICATE_APPLICATION);
    assert!(
        verdict(&first[1]).1.ends_with("БЛ.2026.О000001"),
        "{first:?}"
    );
    let after_first = o.snapshot().await;

    // The connection was cut before the answer: the desktop sends the same push again.
    let again = push_raw(&o.server, &token, "op-b-desk", batch).await;
    assert_eq!(again.len(), 2);
    for (o1, o2) in first.iter().zip(&again) {
        match o2 {
            Outcome::Duplicate { previous } => {
                assert_eq!(Some(previous.clone()), o1.verdict(), "the recorded verdict")
            }
            other => panic!("expected a duplicate, got {other:?}"),
        }
    }
    assert_eq!(o.snapshot().await, after_first, "nothing registered twice");
    let numbers: i64 = sqlx::query_scalar(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM office_application_numbers",
    )
    .fetch_one(&o.server.db.pool)
    .await
    .unwrap();
    assert_eq!(numbers, 1, "no number spent on the refusal or the resend");
}

#[tokio::test]
async fn only_operators_over_the_district_and_its_commissions_secretary_register() {
    let o = office().await;
    let before = o.snapshot().await;
    // District A: its operator's neighbour, the other region's operator, the other commission's
    // secretary, and every role that takes no applications.
    let mut desks = BTreeMap::new();
    for login in [
        "op-a2", "op-b", "sec-a2", "chair-a", "member-a", "head-a", "pmpk-a", "admin",
    ] {
        let desk = desks.entry(login).or_insert(o.desk(login).await);
        let outcome = desk.push(&o.server, NAME, o.form_a(1, None)).await;
        let (code, detail) = verdict(&outcome);
        assert_eq!(code, reject::FORBIDDEN, "{login}: {detail}");
        assert!(detail.starts_with(login), "{login}: {detail}");
    }
    // A role that may never register is refused before the form is looked at.
    let head = &desks["head-a"];
    let mut f = o.form_a(1, None);
    f["address"]["district_id"] = json!(999_999);
    assert_eq!(
        verdict(&head.push(&o.server, NAME, f.clone()).await).0,
        reject::FORBIDDEN
    );
    f["address"]["district_id"] = Value::Null;
    assert_eq!(
        verdict(&head.push(&o.server, NAME, f).await).0,
        reject::FORBIDDEN
    );
    assert_eq!(o.snapshot().await, before, "nothing written");

    // The district's operator, the region's operator and the commission's secretary may.
    for (n, login) in [(1, "op-a"), (2, "op-r1"), (3, "sec-a")] {
        let desk = o.desk(login).await;
        let outcome = desk.push(&o.server, NAME, o.form_a(n, None)).await;
        assert_eq!(verdict(&outcome), ("accepted", ""), "{login}");
    }
}

#[tokio::test]
async fn bad_fields_unknown_streets_and_wrong_countries_are_refused_and_write_nothing() {
    let o = office().await;
    let op = o.desk("op-b").await;
    let before = o.snapshot().await;
    let refused = |f: Value| {
        let op = &op;
        let server = &o.server;
        async move {
            match op.push(server, NAME, f).await {
                Outcome::Rejected { code, detail } => (code, detail),
                other => panic!("expected a refusal, got {other:?}"),
            }
        }
    };

    let mut f = o.form_b(1, None);
    f["child"]["personal_number"] = json!("1200320220001");
    f["phone"] = json!("call me");
    assert_eq!(
        refused(f).await,
        (
            reject::INVALID_FIELD.to_owned(),
            "child.personal_number: length; phone: format".to_owned()
        )
    );
    let mut f = o.form_b(1, Some("not-an-address"));
    f.as_object_mut().unwrap().remove("consent");
    assert_eq!(
        refused(f).await,
        (
            reject::INVALID_FIELD.to_owned(),
            "email: format; consent: required".to_owned()
        )
    );
    // A Kazakh IIN in a Kyrgyz district.
    let mut f = o.form_b(1, None);
    f["child"]["personal_number"] = json!(child(1));
    assert_eq!(
        refused(f).await,
        (
            reject::INVALID_FIELD.to_owned(),
            "child.personal_number: wrong_country".to_owned()
        )
    );
    let mut f = o.form_b(1, None);
    f["benefit_code"] = json!("no-such-benefit");
    assert_eq!(
        refused(f).await,
        (
            reject::INVALID_FIELD.to_owned(),
            "benefit_code: unknown".to_owned()
        )
    );
    // An unknown district: the operator's role may register, the field is what is wrong.
    let mut f = o.form_b(1, None);
    f["address"]["district_id"] = json!(999_999);
    assert_eq!(
        refused(f).await,
        (
            reject::INVALID_FIELD.to_owned(),
            "address.district_id: unknown".to_owned()
        )
    );
    let mut f = o.form_b(1, None);
    f["address"]["district_id"] = Value::Null;
    assert_eq!(refused(f).await.1, "address.district_id: required");

    // A street outside the list, by name or by another district's id: never invented.
    let mut f = o.form_b(1, None);
    f["address"]["street_id"] = Value::Null;
    f["address"]["street"] = json!("Несуществующая");
    let (code, detail) = refused(f.clone()).await;
    assert_eq!(code, reject::UNKNOWN_STREET, "{detail}");
    assert!(detail.starts_with("address.street"), "{detail}");
    f["address"]["street"] = Value::Null;
    f["address"]["street_id"] = json!(o.streets[&o.world.a.district][0]);
    assert_eq!(refused(f.clone()).await.0, reject::UNKNOWN_STREET);

    let (code, _) = refused(json!([1, 2])).await;
    assert_eq!(code, reject::INVALID_ARGS);

    assert_eq!(o.snapshot().await, before, "nothing written");
    let numbers: bool = sqlx::query_scalar("SELECT is_called FROM office_application_numbers")
        .fetch_one(&o.server.db.pool)
        .await
        .unwrap();
    assert!(!numbers, "no number spent");

    // A street named regardless of case and spaces is the list's.
    f["address"]["street_id"] = Value::Null;
    f["address"]["street"] = json!("  манаса ");
    assert_eq!(
        verdict(&op.push(&o.server, NAME, f).await),
        ("accepted", "")
    );
    let address: String = sqlx::query_scalar("SELECT address FROM applicants")
        .fetch_one(&o.server.db.pool)
        .await
        .unwrap();
    assert_eq!(address, "Манаса, 12, 5");
}

#[tokio::test]
async fn an_open_application_of_the_child_blocks_a_second_and_a_closed_one_does_not() {
    let o = office().await;
    let pool = &o.server.db.pool;
    let op = o.desk("op-b").await;
    assert_eq!(
        verdict(&op.push(&o.server, NAME, o.form_b(1, None)).await),
        ("accepted", "")
    );

    // The other parent brings the same child to the office.
    let d = o.world.b.district;
    let same_child = form(&kg_child(1), &kg_parent(7), d, o.streets[&d][0], None, "ru");
    let before = o.snapshot().await;
    let outcome = op.push(&o.server, NAME, same_child.clone()).await;
    assert_eq!(
        verdict(&outcome),
        (
            reject::DUPLICATE_APPLICATION,
            "the child already has the open application БЛ.2026.О000001"
        )
    );
    assert_eq!(o.snapshot().await, before, "nothing written");
    let parent: i64 =
        sqlx::query_scalar("SELECT count(*) FROM applicants WHERE personal_number = $1")
            .bind(kg_parent(7))
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(parent, 0);

    // A child who applied on the portal.
    let email = "portal@example.kg";
    let mut tx = pool.begin().await.unwrap();
    let (_, secret) = codes::issue(&mut tx, &codes::Policy::default(), email, "ru", t0())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut portal = o.form_b(2, Some(email));
    portal["code"] = json!(secret);
    let r = o
        .server
        .call(
            "POST",
            "/api/v1/public/voucher/applications",
            None,
            Some(portal),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let portal_number = r.body["number"].as_str().unwrap().to_owned();
    assert!(portal_number.starts_with("БЛ.2026.П"), "{portal_number}");
    let before = o.snapshot().await;
    let (code, detail) = match op.push(&o.server, NAME, o.form_b(2, None)).await {
        Outcome::Rejected { code, detail } => (code, detail),
        other => panic!("{other:?}"),
    };
    assert_eq!(code, reject::DUPLICATE_APPLICATION);
    assert!(detail.ends_with(&portal_number), "{detail}");
    assert_eq!(o.snapshot().await, before, "nothing written");

    // And the portal refuses a child registered at the office.
    let mut tx = pool.begin().await.unwrap();
    let (_, secret) = codes::issue(
        &mut tx,
        &codes::Policy::default(),
        "x@example.kg",
        "ru",
        t0(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let mut portal = o.form_b(1, Some("x@example.kg"));
    portal["code"] = json!(secret);
    let r = o
        .server
        .call(
            "POST",
            "/api/v1/public/voucher/applications",
            None,
            Some(portal),
        )
        .await;
    assert_eq!(
        (r.status, r.code(), r.body["application"].as_str()),
        (409, "duplicate_application", Some("БЛ.2026.О000001")),
        "{}",
        r.body
    );

    // Once the first is rejected, and the portal's withdrawn, both children may apply again.
    sqlx::query("UPDATE applications SET status = 'rejected' WHERE number = 'БЛ.2026.О000001'")
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("UPDATE applications SET status = 'withdrawn' WHERE number = $1")
        .bind(&portal_number)
        .execute(pool)
        .await
        .unwrap();
    for f in [same_child, o.form_b(2, None)] {
        assert_eq!(
            verdict(&op.push(&o.server, NAME, f).await),
            ("accepted", "")
        );
    }
}

#[tokio::test]
async fn streets_reach_their_district_and_region_and_no_one_else() {
    let o = office().await;
    let ids = |changes: &[Change]| -> BTreeSet<i64> {
        streets_in(changes).into_iter().map(|s| s.id).collect()
    };
    let of = |districts: &[i64]| -> BTreeSet<i64> {
        districts
            .iter()
            .flat_map(|d| o.streets[d].iter().copied())
            .collect()
    };
    let (a, a2, b) = (o.world.a.district, o.world.a2.district, o.world.b.district);
    let op_b = pull_all(&o.server, "op-b").await;
    let got = streets_in(&op_b);
    assert_eq!(
        ids(&op_b),
        of(&[b]),
        "district B's client gets B's list only"
    );
    let lenina = got.iter().find(|s| s.name == "Ленина").unwrap();
    assert_eq!(
        (lenina.district_id, lenina.locality_id),
        (b, None),
        "the district's own locality"
    );
    for (login, want) in [
        ("op-a", of(&[a])),
        ("op-r1", of(&[a, a2])),
        ("sec-a", of(&[a])),
        ("head-a", of(&[a])),
        ("admin", of(&[a, a2, b])),
    ] {
        assert_eq!(ids(&pull_all(&o.server, login).await), want, "{login}");
    }

    // Verify/repair: fetch returns only the streets the caller may see.
    let token = o.server.login("op-a", PASSWORD).await;
    let asked: Vec<i64> = of(&[a, b]).into_iter().collect();
    let r = o
        .server
        .call(
            "POST",
            "/api/v1/sync/fetch",
            Some(&token),
            Some(
                serde_json::to_value(FetchRequest::new("op-a-verify", Entity::Street, asked))
                    .unwrap(),
            ),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let fetched: Vec<Change> = serde_json::from_value(r.body["changes"].clone()).unwrap();
    assert_eq!(ids(&fetched), of(&[a]));

    // A street added later reaches the district at its next pull; one already listed adds
    // nothing.
    let mut tx = o.server.db.pool.begin().await.unwrap();
    let added = streets::add(&mut tx, b, &["Токтогула", "ленина"], t0())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(added[1], o.streets[&b][0]);
    let feed: i64 = sqlx::query_scalar("SELECT count(*) FROM change_feed WHERE entity = 'street'")
        .fetch_one(&o.server.db.pool)
        .await
        .unwrap();
    assert_eq!(feed, 7);
    assert!(ids(&pull_all(&o.server, "op-b").await).contains(&added[0]));
    assert!(!ids(&pull_all(&o.server, "op-a").await).contains(&added[0]));
}

#[tokio::test]
async fn the_migration_puts_the_streets_already_listed_into_the_feed() {
    let db = TestDb::empty().await;
    db::MIGRATOR.run_to(20261208000001, &db.pool).await.unwrap();
    let world = build_world(&db.pool).await;
    let (street, region): (i64, i64) = sqlx::query_as(
        "INSERT INTO streets (district_id, name) VALUES ($1, 'Абая') \
         RETURNING id, (SELECT region_id FROM districts WHERE id = $1)",
    )
    .bind(world.b.district)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    db::migrate(&db.pool).await.unwrap();
    let (region_id, district_id, data): (Option<i64>, Option<i64>, String) = sqlx::query_as(
        "SELECT region_id, district_id, data::text FROM change_feed \
         WHERE entity = 'street' AND entity_id = $1",
    )
    .bind(street)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        (region_id, district_id),
        (Some(region), Some(world.b.district))
    );
    let record: StreetRecord = serde_json::from_str(&data).unwrap();
    assert_eq!(
        record,
        StreetRecord {
            id: street,
            district_id: world.b.district,
            locality_id: None,
            name: "Абая".into(),
        }
    );
}

#[tokio::test]
async fn a_signed_protocol_skips_the_letter_of_a_family_without_an_address() {
    let o = office().await;
    let pool = &o.server.db.pool;
    let chain = std::fs::read(kezek_test_pki::pki().path("chain.pem")).unwrap();
    kezek_server::commission::trust::add_roots(pool, &chain, t0())
        .await
        .unwrap();
    let sec = o.desk("sec-a").await;
    let chair = o.desk("chair-a").await;
    let with = "family@example.kz";
    for (n, email) in [(1, Some(with)), (2, None)] {
        let outcome = sec.push(&o.server, NAME, o.form_a(n, email)).await;
        assert_eq!(verdict(&outcome), ("accepted", ""));
    }
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM applications ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap();
    let o1 = sec
        .push(
            &o.server,
            MemberSave::NAME,
            member("m-chair", PIN_CHAIR, "Асанов", "chairman", true),
        )
        .await;
    assert_eq!(code(&o1), "accepted");
    let pdf = draft();
    let apps = [(ids[0], "approved"), (ids[1], "approved")];
    let sent = sec
        .push(
            &o.server,
            ProtocolSend::NAME,
            send("p-office", "7/1", &["m-chair"], &apps, &pdf),
        )
        .await;
    assert_eq!(code(&sent), "accepted", "{sent:?}");
    let signed = chair
        .push(
            &o.server,
            ProtocolSign::NAME,
            sign("p-office", &signed(&pdf)),
        )
        .await;
    assert_eq!(code(&signed), "accepted", "{signed:?}");
    let statuses: Vec<String> = sqlx::query_scalar("SELECT status FROM applications ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap();
    assert_eq!(statuses, ["voucher_issued", "voucher_issued"]);
    let decisions: Vec<(String, Option<i64>)> = sqlx::query_as(
        "SELECT recipient, object_id FROM mail_outbox WHERE kind = 'protocol_decision'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        decisions,
        [(with.to_owned(), Some(ids[0]))],
        "one letter: the family without an address gets none"
    );
}
