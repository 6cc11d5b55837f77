//! The parents' portal (seed 001): a code to the e-mail address, then the voucher application
//! proven by it, against the real PostgreSQL (and, for the whole story, the SMTP sink). Every
//! refusal is checked to leave nothing behind.

use crate::office_intake::form as office_form;
use crate::support::{build_world, child, t0, Reply, TestDb, TestServer, World};
use chrono::{Duration, NaiveDate};
use kezek_domain::{Iin, PersonalNumber, Pin, Sex};
use kezek_server::db::reference;
use kezek_server::intake::{codes, streets};
use kezek_server::smtp_sink::{Received, SmtpSink};
use serde_json::{json, Value};
use sqlx::PgPool;
use std::collections::BTreeMap;

const CODE: &str = "/api/v1/public/voucher/code";
const APPLY: &str = "/api/v1/public/voucher/applications";

/// The fixture tree plus a benefit category and the streets "Ленина" and "Манаса" in every
/// district. District B is in Kyrgyzstan (PINs), A and A2 in Kazakhstan (IINs).
struct Portal {
    server: TestServer,
    world: World,
    /// District id → the id of its "Ленина".
    lenina: BTreeMap<i64, i64>,
}

async fn portal() -> Portal {
    let server = TestServer::start(TestDb::new().await).await;
    let (world, lenina) = reference_data(&server.db.pool).await;
    Portal {
        server,
        world,
        lenina,
    }
}

async fn reference_data(pool: &PgPool) -> (World, BTreeMap<i64, i64>) {
    let world = build_world(pool).await;
    let mut tx = pool.begin().await.unwrap();
    reference::ensure_benefit_category(&mut tx, "orphan", "first_turn", t0())
        .await
        .unwrap();
    let mut lenina = BTreeMap::new();
    for d in [world.a.district, world.a2.district, world.b.district] {
        let ids = streets::add(&mut tx, d, &["Ленина", "Манаса"], t0())
            .await
            .unwrap();
        lenina.insert(d, ids[0]);
    }
    tx.commit().await.unwrap();
    (world, lenina)
}

/// A Kyrgyz child's PIN (born 2022-03-20), distinct by `n`.
pub(crate) fn kg_child(n: u16) -> String {
    let born = NaiveDate::from_ymd_opt(2022, 3, 20).unwrap();
    Pin::compose(born, Sex::Female, n, 1).as_str().to_owned()
}

/// A Kyrgyz parent's PIN (born 1990-05-15), distinct by `n`.
pub(crate) fn kg_parent(n: u16) -> String {
    let born = NaiveDate::from_ymd_opt(1990, 5, 15).unwrap();
    Pin::compose(born, Sex::Female, n, 1).as_str().to_owned()
}

/// A Kazakh parent's IIN, distinct by `n`.
pub(crate) fn kz_parent(n: u16) -> String {
    let born = NaiveDate::from_ymd_opt(1990, 5, 15).unwrap();
    (1..=9999u16)
        .filter_map(|s| Iin::compose(born, Sex::Female, s))
        .nth(usize::from(n))
        .unwrap()
        .as_str()
        .to_owned()
}

/// A complete form in district `district` on street `street_id`.
fn form(email: &str, code: &str, child: &str, parent: &str, district: i64, street: i64) -> Value {
    let mut form = office_form(child, parent, district, street, Some(email), "ky");
    form["code"] = json!(code);
    form
}

impl Portal {
    fn b(&self) -> (i64, i64) {
        let d = self.world.b.district;
        (d, self.lenina[&d])
    }

    /// A form of district B.
    fn form_b(&self, email: &str, code: &str, n: u16) -> Value {
        let (d, s) = self.b();
        form(email, code, &kg_child(n), &kg_parent(n), d, s)
    }

    async fn ask(&self, email: &str, language: &str) -> Reply {
        self.server
            .call(
                "POST",
                CODE,
                None,
                Some(json!({ "email": email, "language": language })),
            )
            .await
    }

    /// Asks for a code and reads it from the e-mail in the outbox.
    async fn code(&self, email: &str) -> String {
        let r = self.ask(email, "ru").await;
        assert_eq!(r.status, 202, "{}", r.body);
        let body: String = sqlx::query_scalar(
            "SELECT body FROM mail_outbox WHERE recipient = $1 AND kind = 'voucher_code' \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(email)
        .fetch_one(&self.server.db.pool)
        .await
        .unwrap();
        six_digits(&body)
    }

    async fn apply(&self, form: Value) -> Reply {
        self.server.call("POST", APPLY, None, Some(form)).await
    }

    async fn snapshot(&self) -> Snapshot {
        snapshot(&self.server.db.pool).await
    }
}

fn six_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(8)
        .find_map(|w| {
            let inner = &w[1..7];
            (!w[0].is_ascii_digit()
                && !w[7].is_ascii_digit()
                && inner.iter().all(char::is_ascii_digit))
            .then(|| inner.iter().collect())
        })
        .unwrap_or_else(|| panic!("no 6-digit code in {text:?}"))
}

/// What a registered application writes, counted.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot(Vec<(&'static str, i64)>);

async fn snapshot(pool: &PgPool) -> Snapshot {
    let queries: [(&str, &str); 10] = [
        ("applications", "SELECT count(*) FROM applications"),
        ("children", "SELECT count(*) FROM children"),
        ("applicants", "SELECT count(*) FROM applicants"),
        ("parent_accounts", "SELECT count(*) FROM parent_accounts"),
        (
            "portal_submissions",
            "SELECT count(*) FROM portal_submissions",
        ),
        (
            "feed",
            "SELECT count(*) FROM change_feed WHERE entity = 'application'",
        ),
        (
            "history",
            "SELECT count(*) FROM history WHERE object_kind IN ('application', 'parent_account')",
        ),
        (
            "mail",
            "SELECT count(*) FROM mail_outbox WHERE kind = 'voucher_submitted'",
        ),
        (
            "codes_used",
            "SELECT count(*) FROM email_codes WHERE spent_reason = 'used'",
        ),
        (
            "numbers",
            "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM portal_application_numbers",
        ),
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

fn field_error(r: &Reply) -> (u16, &str, &str, &str) {
    (
        r.status,
        r.code(),
        r.body["field"].as_str().unwrap_or(""),
        r.body["reason"].as_str().unwrap_or(""),
    )
}

async fn wait_for(sink: &SmtpSink, n: usize) -> Vec<Received> {
    for _ in 0..100 {
        let got = sink.received();
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the SMTP sink got {} of {n} messages",
        sink.received().len()
    );
}

/// The password in a cabinet e-mail: the run of letters and digits after "сырсөз — ".
fn password_in(body: &str) -> String {
    let (_, rest) = body
        .split_once("сырсөз — ")
        .unwrap_or_else(|| panic!("no password in {body}"));
    rest.chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

#[tokio::test]
async fn a_parent_gets_a_code_by_mail_applies_with_it_and_gets_the_cabinet_by_mail() {
    let p = portal().await;
    let sink = SmtpSink::start().await;
    let _mailer = p.server.start_mailer(&sink.url());
    let pool = &p.server.db.pool;
    let email = "gulnara@example.kg";

    let r = p.ask(" Gulnara@Example.KG ", "ky").await;
    assert_eq!(r.status, 202, "{}", r.body);
    assert_eq!(r.body["resend_after_secs"], 60);
    let mails = wait_for(&sink, 1).await;
    assert_eq!(mails[0].to, vec![email.to_owned()]);
    assert!(
        mails[0].subject().starts_with("Ырастоо коду"),
        "in Kyrgyz: {}",
        mails[0].subject()
    );
    let code = six_digits(&mails[0].body());
    let stored: Vec<u8> = sqlx::query_scalar("SELECT code_sha256 FROM email_codes")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(stored, codes::digest(email, &code), "only the hash is kept");

    let before = p.snapshot().await;
    let r = p.apply(p.form_b("GULNARA@example.kg", &code, 1)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let number = r.body["number"].as_str().unwrap().to_owned();
    assert!(number.starts_with("БЛ.2026.П"), "{number}");
    assert_eq!(r.body["status"], "registered");
    assert_eq!(r.body["login"], kg_parent(1));
    assert_eq!(r.body["cabinet_created"], true);
    assert!(r.body.get("password").is_none(), "never in the answer");
    let id = r.body["application_id"].as_i64().unwrap();
    assert_ne!(p.snapshot().await, before);

    let (kind, channel, status, district, relation, language): (
        String,
        String,
        String,
        i64,
        String,
        String,
    ) = sqlx::query_as(
        "SELECT kind, channel, status, district_id, relation, language FROM applications \
         WHERE id = $1 AND number = $2",
    )
    .bind(id)
    .bind(&number)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(
        (kind.as_str(), channel.as_str(), status.as_str()),
        ("voucher", "portal", "registered"),
        "what the commission's review list takes"
    );
    assert_eq!(district, p.world.b.district);
    assert_eq!((relation.as_str(), language.as_str()), ("mother", "ky"));
    let (birth, sex): (NaiveDate, String) =
        sqlx::query_as("SELECT birth_date, sex FROM children WHERE personal_number = $1")
            .bind(kg_child(1))
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(
        (birth, sex.as_str()),
        (NaiveDate::from_ymd_opt(2022, 3, 20).unwrap(), "female"),
        "derived from the PIN"
    );
    let feed: (Option<i64>, String) = sqlx::query_as(
        "SELECT district_id, data->>'number' FROM change_feed \
         WHERE entity = 'application' AND entity_id = $1",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(feed, (Some(p.world.b.district), number.clone()));
    let (series, street, flat): (String, i64, Option<String>) = sqlx::query_as(
        "SELECT passport_series, street_id, flat FROM portal_submissions WHERE application_id = $1",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(
        (series.as_str(), street, flat.as_deref()),
        ("ID", p.b().1, Some("5"))
    );
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM history WHERE actor = $1 ORDER BY id")
            .bind(format!("portal:{email}"))
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(
        actions,
        [
            "email_code.issue",
            "application.submit",
            "parent_account.create"
        ]
    );

    let mails = wait_for(&sink, 2).await;
    let cabinet = &mails[1];
    assert_eq!(cabinet.to, vec![email.to_owned()]);
    assert!(cabinet.subject().contains(&number), "{}", cabinet.subject());
    let body = cabinet.body();
    assert!(body.contains("кабыл алынып"), "in Kyrgyz: {body}");
    assert!(body.contains(&kg_parent(1)), "the login: {body}");
    assert!(body.contains("Асанова Айпери"), "the child: {body}");
    let password = password_in(&body);
    assert_eq!(password.len(), 12, "{body}");
    let hash: String =
        sqlx::query_scalar("SELECT password_hash FROM parent_accounts WHERE login = $1")
            .bind(kg_parent(1))
            .fetch_one(pool)
            .await
            .unwrap();
    assert!(kezek_server::auth::password::verify(&password, &hash));
    assert!(!hash.contains(&password));

    // The code proved one application: a second use finds no live code.
    let r = p.apply(p.form_b(email, &code, 2)).await;
    assert_eq!(
        (r.status, r.code()),
        (422, "code_not_requested"),
        "{}",
        r.body
    );

    // The same parent's second child: the cabinet is there already, its password unchanged.
    p.server.clock.advance(Duration::seconds(61));
    let code = p.code(email).await;
    let (d, s) = p.b();
    let r = p
        .apply(form(email, &code, &kg_child(2), &kg_parent(1), d, s))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["cabinet_created"], false);
    let again: String =
        sqlx::query_scalar("SELECT password_hash FROM parent_accounts WHERE login = $1")
            .bind(kg_parent(1))
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(again, hash);
    let mails = wait_for(&sink, 4).await;
    let second = mails.last().unwrap().body();
    assert!(second.contains(&kg_parent(1)), "{second}");
    assert!(!second.contains(&password), "{second}");
}

#[tokio::test]
async fn a_wrong_code_counts_and_five_wrong_spend_the_code() {
    let p = portal().await;
    let email = "wrong@example.kg";
    let code = p.code(email).await;
    let wrong = if code == "000000" { "000001" } else { "000000" };
    let before = p.snapshot().await;
    for left in [4, 3, 2, 1] {
        let r = p.apply(p.form_b(email, wrong, 1)).await;
        assert_eq!((r.status, r.code()), (422, "wrong_code"), "{}", r.body);
        assert_eq!(r.body["attempts_left"], left);
    }
    let r = p.apply(p.form_b(email, wrong, 1)).await;
    assert_eq!(
        (r.status, r.code()),
        (422, "code_attempts_exhausted"),
        "{}",
        r.body
    );
    let r = p.apply(p.form_b(email, &code, 1)).await;
    assert_eq!(
        (r.status, r.code()),
        (422, "code_attempts_exhausted"),
        "the right code is spent too: {}",
        r.body
    );
    assert_eq!(p.snapshot().await, before, "nothing registered");
    let (attempts, reason): (i32, Option<String>) =
        sqlx::query_as("SELECT attempts, spent_reason FROM email_codes WHERE email = $1")
            .bind(email)
            .fetch_one(&p.server.db.pool)
            .await
            .unwrap();
    assert_eq!((attempts, reason.as_deref()), (5, Some("attempts")));

    // A code for one address is nothing for another.
    p.server.clock.advance(Duration::seconds(61));
    let other = p.code("other@example.kg").await;
    let r = p.apply(p.form_b(email, &other, 1)).await;
    assert_eq!(r.code(), "code_attempts_exhausted", "{}", r.body);

    // A new code works.
    let code = p.code(email).await;
    let r = p.apply(p.form_b(email, &code, 1)).await;
    assert_eq!(r.status, 201, "{}", r.body);
}

#[tokio::test]
async fn an_expired_or_superseded_code_is_refused_with_its_own_code() {
    let p = portal().await;
    let email = "late@example.kg";
    let r = p.apply(p.form_b(email, "123456", 1)).await;
    assert_eq!(
        (r.status, r.code()),
        (422, "code_not_requested"),
        "{}",
        r.body
    );

    let first = p.code(email).await;
    p.server.clock.advance(Duration::seconds(61));
    let second = p.code(email).await;
    let before = p.snapshot().await;
    if first != second {
        let r = p.apply(p.form_b(email, &first, 1)).await;
        assert_eq!(
            r.code(),
            "wrong_code",
            "only the newest code lives: {}",
            r.body
        );
    }
    p.server
        .clock
        .advance(Duration::minutes(15) + Duration::seconds(1));
    let r = p.apply(p.form_b(email, &second, 1)).await;
    assert_eq!((r.status, r.code()), (422, "code_expired"), "{}", r.body);
    assert_eq!(p.snapshot().await, before);
}

#[tokio::test]
async fn codes_are_throttled_per_address_with_retry_after() {
    let p = portal().await;
    let email = "often@example.kg";
    assert_eq!(p.ask(email, "ru").await.status, 202);
    let r = p.ask(email, "ru").await;
    assert_eq!((r.status, r.code()), (429, "too_many_codes"), "{}", r.body);
    assert_eq!(r.headers["retry-after"], "60");
    assert_eq!(r.body["retry_after_secs"], 60);
    p.server.clock.advance(Duration::seconds(45));
    let r = p.ask(email, "ru").await;
    assert_eq!(r.headers["retry-after"], "15");
    assert_eq!(p.ask("someone-else@example.kg", "ru").await.status, 202);

    // Five in an hour, then wait for the oldest to leave the hour.
    p.server.clock.advance(Duration::seconds(15));
    for _ in 0..4 {
        assert_eq!(p.ask(email, "ru").await.status, 202);
        p.server.clock.advance(Duration::seconds(60));
    }
    let r = p.ask(email, "ru").await;
    assert_eq!(r.status, 429, "{}", r.body);
    // The first was at 0 s, it is now 300 s.
    assert_eq!(r.headers["retry-after"], "3300");
    let sent: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM mail_outbox WHERE recipient = $1 AND kind = 'voucher_code'",
    )
    .bind(email)
    .fetch_one(&p.server.db.pool)
    .await
    .unwrap();
    assert_eq!(sent, 5, "a refused request sends nothing");
    p.server.clock.advance(Duration::seconds(3300));
    assert_eq!(p.ask(email, "ru").await.status, 202);

    let r = p.ask("not-an-address", "ru").await;
    assert_eq!(field_error(&r), (422, "invalid_field", "email", "format"));
    let r = p.ask("x@example.kg", "de").await;
    assert_eq!(
        field_error(&r),
        (422, "invalid_field", "language", "unknown")
    );
}

#[tokio::test]
async fn a_second_open_application_of_the_child_is_refused_and_nothing_is_created() {
    let p = portal().await;
    let code = p.code("first@example.kg").await;
    let r = p.apply(p.form_b("first@example.kg", &code, 1)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let number = r.body["number"].as_str().unwrap().to_owned();

    // The other parent applies for the same child.
    let email = "second@example.kg";
    let code = p.code(email).await;
    let (d, s) = p.b();
    let before = p.snapshot().await;
    let r = p
        .apply(form(email, &code, &kg_child(1), &kg_parent(7), d, s))
        .await;
    assert_eq!(
        (r.status, r.code()),
        (409, "duplicate_application"),
        "{}",
        r.body
    );
    assert_eq!(r.body["application"], number.as_str());
    assert_eq!(p.snapshot().await, before, "nothing created");
    let parent: i64 =
        sqlx::query_scalar("SELECT count(*) FROM applicants WHERE personal_number = $1")
            .bind(kg_parent(7))
            .fetch_one(&p.server.db.pool)
            .await
            .unwrap();
    assert_eq!(parent, 0);

    // Once the first is rejected the child may apply again, with the same (still live) code.
    sqlx::query("UPDATE applications SET status = 'rejected' WHERE number = $1")
        .bind(&number)
        .execute(&p.server.db.pool)
        .await
        .unwrap();
    let r = p
        .apply(form(email, &code, &kg_child(1), &kg_parent(7), d, s))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
}

#[tokio::test]
async fn a_street_outside_the_bureau_list_is_reported_never_invented() {
    let p = portal().await;
    let email = "street@example.kg";
    let code = p.code(email).await;
    let before = p.snapshot().await;
    let streets_before: i64 = sqlx::query_scalar("SELECT count(*) FROM streets")
        .fetch_one(&p.server.db.pool)
        .await
        .unwrap();

    let mut f = p.form_b(email, &code, 1);
    f["address"] = json!({ "district_id": p.world.b.district, "street": "Несуществующая",
                           "house": "1" });
    let r = p.apply(f.clone()).await;
    assert_eq!(
        (r.status, r.code(), r.body["field"].as_str()),
        (422, "unknown_street", Some("address.street")),
        "{}",
        r.body
    );
    // A street of another district is not this district's.
    f["address"]["street"] = Value::Null;
    f["address"]["street_id"] = json!(p.lenina[&p.world.a.district]);
    assert_eq!(p.apply(f.clone()).await.code(), "unknown_street");
    f["address"]["district_id"] = json!(999_999);
    let r = p.apply(f.clone()).await;
    assert_eq!(
        field_error(&r),
        (422, "invalid_field", "address.district_id", "unknown")
    );
    assert_eq!(p.snapshot().await, before);
    let streets_after: i64 = sqlx::query_scalar("SELECT count(*) FROM streets")
        .fetch_one(&p.server.db.pool)
        .await
        .unwrap();
    assert_eq!(streets_after, streets_before);

    // The name is matched regardless of case and spaces; the code was still live.
    f["address"] = json!({ "district_id": p.world.b.district, "street": "  ленина ",
                           "house": "1" });
    let r = p.apply(f).await;
    assert_eq!(r.status, 201, "{}", r.body);
}

#[tokio::test]
async fn bad_fields_are_named_and_cost_no_try_of_the_code() {
    let p = portal().await;
    let email = "fields@example.kg";
    let code = p.code(email).await;
    let before = p.snapshot().await;

    let mut f = p.form_b(email, &code, 1);
    f["child"]["personal_number"] = json!("1200320220001");
    let r = p.apply(f).await;
    assert_eq!(
        field_error(&r),
        (422, "invalid_field", "child.personal_number", "length"),
        "{}",
        r.body
    );

    // A Kazakh IIN in a Kyrgyz district.
    let mut f = p.form_b(email, &code, 1);
    f["child"]["personal_number"] = json!(child(1));
    let r = p.apply(f).await;
    assert_eq!(
        field_error(&r),
        (
            422,
            "invalid_field",
            "child.personal_number",
            "wrong_country"
        )
    );

    let mut f = p.form_b(email, &code, 1);
    f.as_object_mut().unwrap().remove("consent");
    let r = p.apply(f).await;
    assert_eq!(
        field_error(&r),
        (422, "invalid_field", "consent", "required")
    );
    let mut f = p.form_b(email, &code, 1);
    f["consent"] = json!(false);
    assert_eq!(field_error(&p.apply(f).await).2, "consent");

    let mut f = p.form_b(email, &code, 1);
    f["benefit_code"] = json!("no-such-benefit");
    let r = p.apply(f).await;
    assert_eq!(
        field_error(&r),
        (422, "invalid_field", "benefit_code", "unknown")
    );

    // Several at once: all are listed.
    let mut f = p.form_b(email, &code, 1);
    f["parent"]["relation"] = json!("aunt");
    f["phone"] = json!("");
    let r = p.apply(f).await;
    let fields: Vec<&str> = r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["parent.relation", "phone"], "{}", r.body);

    let r = p
        .server
        .call("POST", APPLY, None, Some(json!([1, 2])))
        .await;
    assert_eq!((r.status, r.code()), (422, "invalid_request"), "{}", r.body);

    assert_eq!(p.snapshot().await, before);
    let attempts: i32 = sqlx::query_scalar("SELECT attempts FROM email_codes WHERE email = $1")
        .bind(email)
        .fetch_one(&p.server.db.pool)
        .await
        .unwrap();
    assert_eq!(attempts, 0);
    let r = p.apply(p.form_b(email, &code, 1)).await;
    assert_eq!(r.status, 201, "{}", r.body);
}

#[tokio::test]
async fn a_kazakh_district_takes_iins() {
    let p = portal().await;
    let email = "kz@example.kz";
    let code = p.code(email).await;
    let d = p.world.a.district;
    let r = p
        .apply(form(
            email,
            &code,
            &child(3),
            &kz_parent(3),
            d,
            p.lenina[&d],
        ))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(
        r.body["number"].as_str().unwrap().starts_with("ВЧ."),
        "{}",
        r.body
    );
}

/// For the scope table (`scopes.rs`): one complete form with a live code per caller and target
/// district, so that the public application endpoint can be called by everyone.
pub struct ScopeForms(BTreeMap<(String, &'static str), Value>);

impl ScopeForms {
    pub async fn prepare(pool: &PgPool, world: &World, logins: &[String]) -> Self {
        let mut tx = pool.begin().await.unwrap();
        reference::ensure_benefit_category(&mut tx, "orphan", "first_turn", t0())
            .await
            .unwrap();
        let targets = [
            ("own", world.a.district),
            ("sibling", world.a2.district),
            ("other", world.b.district),
        ];
        let mut street = BTreeMap::new();
        for (_, d) in targets {
            street.insert(
                d,
                streets::add(&mut tx, d, &["Ленина"], t0()).await.unwrap()[0],
            );
        }
        let mut forms = BTreeMap::new();
        let mut n: u16 = 100;
        for login in logins {
            for (target, d) in targets {
                n += 1;
                let email = format!("scope-{login}-{target}@example.org");
                let (_, code) =
                    codes::issue(&mut tx, &codes::Policy::default(), &email, "ru", t0())
                        .await
                        .unwrap();
                let (c, parent) = if d == world.b.district {
                    (kg_child(n), kg_parent(n))
                } else {
                    (child(usize::from(n)), kz_parent(n))
                };
                forms.insert(
                    (login.clone(), target),
                    form(&email, &code, &c, &parent, d, street[&d]),
                );
            }
        }
        tx.commit().await.unwrap();
        ScopeForms(forms)
    }

    /// The form of `login` for the target (`own`, `sibling`, `other`).
    pub fn get(&self, login: &str, target: &str) -> Value {
        self.0
            .iter()
            .find(|((l, t), _)| l == login && *t == target)
            .map(|(_, f)| f.clone())
            .expect("prepared")
    }
}

#[tokio::test]
async fn the_portal_reads_its_reference_and_a_districts_streets_without_a_session() {
    let p = portal().await;
    let r = p
        .server
        .call("GET", "/api/v1/public/voucher/reference", None, None)
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let ids = |key: &str| -> Vec<i64> {
        r.body[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_i64().unwrap())
            .collect()
    };
    for d in [p.world.a.district, p.world.b.district] {
        assert!(ids("districts").contains(&d), "{}", r.body);
    }
    assert!(!ids("regions").is_empty());
    let codes: Vec<&str> = r.body["benefit_categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"orphan"), "{codes:?}");
    assert_eq!(r.body["languages"], json!(["ru", "kk", "ky", "en"]));

    let (d, lenina) = p.b();
    let path = format!("/api/v1/public/voucher/districts/{d}/streets");
    let r = p.server.call("GET", &path, None, None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let names: Vec<&str> = r
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ленина", "Манаса"], "the district's list, by name");
    assert_eq!(r.body[0]["id"], json!(lenina));
    let r = p
        .server
        .call(
            "GET",
            "/api/v1/public/voucher/districts/999999/streets",
            None,
            None,
        )
        .await;
    assert_eq!(
        (r.status, r.body["code"].as_str()),
        (404, Some("not_found"))
    );
}
