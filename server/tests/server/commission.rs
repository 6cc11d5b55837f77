//! The voucher commission on the server: the roster, a protocol sent, returned, sent again and
//! signed with a real PKCS#12 key; the decisions taking effect; the families' e-mails reaching
//! an SMTP server; and every refusal on the way (roles, scopes, states, signatures).

use crate::support::{
    add_application, add_user, build_world, t0, At, TestDb, TestServer, World, PASSWORD,
};
use base64::Engine;
use kezek_server::scope::Role;
use kezek_server::smtp_sink::SmtpSink;
use kezek_signing::{import_pkcs12, sign_pdf, PdfSigner};
use kezek_sync::commission::{
    MemberSave, ProtocolReturn, ProtocolSend, ProtocolSign, ReviewedApplication,
};
use kezek_sync::{reject, Mutation, Outcome, PushRequest, PushResponse};
use kezek_test_pki::{pki, signing_time};
use sqlx::PgPool;

const PUSH: &str = "/api/v1/sync/push";

/// A signed-in desktop with its own mutation numbers.
pub(crate) struct Desk {
    login: String,
    token: String,
    pub(crate) client_id: String,
    seq: std::cell::Cell<u64>,
}

impl Desk {
    pub(crate) async fn open(server: &TestServer, login: &str) -> Desk {
        Desk {
            login: login.into(),
            token: server.login(login, PASSWORD).await,
            client_id: format!("client-{login}"),
            seq: std::cell::Cell::new(0),
        }
    }

    /// Pushes one mutation; its outcome.
    pub(crate) async fn push(
        &self,
        server: &TestServer,
        name: &str,
        args: serde_json::Value,
    ) -> Outcome {
        self.seq.set(self.seq.get() + 1);
        let m = Mutation {
            client_id: self.client_id.clone(),
            seq: self.seq.get(),
            name: name.into(),
            args,
            at: t0(),
            user: self.login.clone(),
        };
        let req = PushRequest::new(self.client_id.clone(), vec![m]);
        let r = server
            .call(
                "POST",
                PUSH,
                Some(&self.token),
                Some(serde_json::to_value(req).unwrap()),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let resp: PushResponse = serde_json::from_value(r.body).unwrap();
        resp.results.into_iter().next().unwrap().outcome
    }
}

pub(crate) fn code(o: &Outcome) -> &str {
    match o {
        Outcome::Accepted => "accepted",
        Outcome::Rejected { code, .. } => code,
        other => panic!("unexpected outcome {other:?}"),
    }
}

pub(crate) fn member(
    uid: &str,
    pin: &str,
    surname: &str,
    role: &str,
    active: bool,
) -> serde_json::Value {
    serde_json::to_value(MemberSave {
        uid: uid.into(),
        personal_number: pin.into(),
        surname: surname.into(),
        given_name: "Тест".into(),
        patronymic: None,
        position: "Член комиссии".into(),
        phone: "+996 555 123 456".into(),
        email: None,
        role: role.into(),
        active,
    })
    .unwrap()
}

pub(crate) fn draft() -> Vec<u8> {
    kezek_documents::sample(kezek_documents::DocumentKind::Protocol, "ru").unwrap()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

pub(crate) fn send(
    uid: &str,
    number: &str,
    present: &[&str],
    apps: &[(i64, &str)],
    pdf: &[u8],
) -> serde_json::Value {
    serde_json::to_value(ProtocolSend {
        uid: uid.into(),
        number: number.into(),
        date: t0().date_naive(),
        language: "ru".into(),
        present: present.iter().map(|s| s.to_string()).collect(),
        applications: apps
            .iter()
            .map(|(id, decision)| ReviewedApplication {
                application_id: *id,
                benefit_code: "none".into(),
                documents: vec!["birth_certificate".into()],
                other_documents: vec!["Справка с места работы".into()],
                decision: decision.to_string(),
                comment: String::new(),
            })
            .collect(),
        comment: String::new(),
        pdf: b64(pdf),
    })
    .unwrap()
}

/// Signs `pdf` with the test PKI's user key (the signing time lies before the server's clock).
pub(crate) fn signed(pdf: &[u8]) -> Vec<u8> {
    let key = import_pkcs12(pki().p12(false), kezek_test_pki::PASSWORD).unwrap();
    let signer = PdfSigner {
        key: &key.key,
        certificate: &key.certificate,
        chain: &key.chain,
        signing_time: signing_time(),
        name: "Председатель".into(),
        reason: None,
        location: None,
    };
    sign_pdf(pdf, &signer).unwrap()
}

pub(crate) fn sign(uid: &str, pdf: &[u8]) -> serde_json::Value {
    serde_json::to_value(ProtocolSign {
        uid: uid.into(),
        signed_pdf: b64(pdf),
    })
    .unwrap()
}

/// Makes application `n` of district `d` a voucher application under review, with the family's
/// e-mail and language.
async fn voucher(pool: &PgPool, district: i64, n: usize, email: &str, language: &str) -> i64 {
    let id = add_application(pool, district, n).await;
    sqlx::query(
        "UPDATE applications SET kind = 'voucher', status = 'under_review', language = $2 \
         WHERE id = $1",
    )
    .bind(id)
    .bind(language)
    .execute(pool)
    .await
    .unwrap();
    sqlx::query("UPDATE applicants SET email = $2 WHERE id = (SELECT applicant_id FROM applications WHERE id = $1)")
        .bind(id)
        .bind(email)
        .execute(pool)
        .await
        .unwrap();
    id
}

async fn status(pool: &PgPool, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM applications WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// A server with the fixture tree, district A's commission people and a trusted test CA.
async fn commission() -> (TestServer, World) {
    let server = TestServer::start(TestDb::new().await).await;
    let world = build_world(&server.db.pool).await;
    let pool = &server.db.pool;
    add_user(
        pool,
        "sec",
        Role::CommissionSecretary,
        At::Commission(world.a.commission),
    )
    .await;
    add_user(
        pool,
        "chair",
        Role::CommissionChairman,
        At::Commission(world.a.commission),
    )
    .await;
    add_user(
        pool,
        "chair2",
        Role::CommissionChairman,
        At::Commission(world.a2.commission),
    )
    .await;
    add_user(pool, "op", Role::Operator, At::District(world.a.district)).await;
    let chain = std::fs::read(pki().path("chain.pem")).unwrap();
    kezek_server::commission::trust::add_roots(pool, &chain, t0())
        .await
        .unwrap();
    (server, world)
}

pub(crate) const PIN_CHAIR: &str = "21503197800011";
const PIN_MEMBER: &str = "12708198200033";
const PIN_AWAY: &str = "11905197700055";

#[tokio::test]
async fn a_protocol_is_sent_returned_sent_again_signed_and_the_families_hear_of_it() {
    let (server, world) = commission().await;
    let pool = &server.db.pool;
    let sec = Desk::open(&server, "sec").await;
    let chair = Desk::open(&server, "chair").await;
    let sink = SmtpSink::start().await;
    let _mailer = server.start_mailer(&sink.url());

    for (uid, pin, name, role, active) in [
        ("m-chair", PIN_CHAIR, "Асанов", "chairman", true),
        ("m-1", PIN_MEMBER, "Мамытова", "member", true),
        ("m-away", PIN_AWAY, "Садыкова", "member", false),
    ] {
        assert_eq!(
            code(
                &sec.push(
                    &server,
                    MemberSave::NAME,
                    member(uid, pin, name, role, active)
                )
                .await
            ),
            "accepted"
        );
    }
    let born: chrono::NaiveDate =
        sqlx::query_scalar("SELECT birth_date FROM commission_members WHERE uid = 'm-chair'")
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(
        born,
        chrono::NaiveDate::from_ymd_opt(1978, 3, 15).unwrap(),
        "the birth date comes from the PIN"
    );

    let approved = voucher(pool, world.a.district, 1, "family.one@example.kg", "ky").await;
    let rejected = voucher(pool, world.a.district, 2, "family.two@example.kz", "kk").await;
    let apps = [(approved, "approved"), (rejected, "rejected")];

    // The inactive member cannot be present.
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-1", "12/34", &["m-chair", "m-away"], &apps, &draft()),
        )
        .await;
    assert_eq!(code(&o), reject::INACTIVE_MEMBER);
    // The chairman does not send, the secretary does not sign.
    let o = chair
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-1", "12/34", &["m-chair"], &apps, &draft()),
        )
        .await;
    assert_eq!(code(&o), reject::FORBIDDEN);

    let first = draft();
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-1", "12/34", &["m-chair", "m-1"], &apps, &first),
        )
        .await;
    assert_eq!(code(&o), "accepted");
    let o = sec
        .push(&server, ProtocolSign::NAME, sign("p-1", &signed(&first)))
        .await;
    assert_eq!(code(&o), reject::FORBIDDEN);
    // Sending it again while it waits is a state error.
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-1", "12/34", &["m-chair"], &apps, &first),
        )
        .await;
    assert_eq!(code(&o), reject::WRONG_STATE);

    // Returned with a reason (one is required), then sent again with a new draft.
    let back = |reason: &str| {
        serde_json::to_value(ProtocolReturn {
            uid: "p-1".into(),
            reason: reason.into(),
        })
        .unwrap()
    };
    assert_eq!(
        code(&chair.push(&server, ProtocolReturn::NAME, back("  ")).await),
        reject::INVALID_ARGS
    );
    assert_eq!(
        code(
            &chair
                .push(&server, ProtocolReturn::NAME, back("Уточните номер"))
                .await
        ),
        "accepted"
    );
    let state: (String, Option<String>) =
        sqlx::query_as("SELECT state, returned_reason FROM protocols WHERE uid = 'p-1'")
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(state, ("returned".into(), Some("Уточните номер".into())));
    let second = kezek_documents::sample(kezek_documents::DocumentKind::Protocol, "ky").unwrap();
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-1", "12/35", &["m-chair", "m-1"], &apps, &second),
        )
        .await;
    assert_eq!(code(&o), "accepted");

    // A draft of a few megabytes (scans, many applications) still goes through a push.
    let mut large = second.clone();
    large.extend(std::iter::repeat_n(b'%', 3 * 1024 * 1024));
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send(
                "p-big",
                "12/99",
                &["m-chair"],
                &[(
                    voucher(pool, world.a.district, 9, "big@example.kg", "ru").await,
                    "approved",
                )],
                &large,
            ),
        )
        .await;
    assert_eq!(code(&o), "accepted", "a 3 MB protocol");

    // A signature over the first draft is not a signature of the protocol as sent now.
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-1", &signed(&first)))
        .await;
    assert_eq!(code(&o), reject::NOT_THE_SENT_PROTOCOL);
    assert_eq!(
        status(pool, approved).await,
        "under_review",
        "nothing took effect"
    );

    let good = signed(&second);
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-1", &good))
        .await;
    assert_eq!(code(&o), "accepted", "{o:?}");
    assert_eq!(status(pool, approved).await, "voucher_issued");
    assert_eq!(status(pool, rejected).await, "rejected");
    let stored: Vec<u8> = sqlx::query_scalar("SELECT signed_pdf FROM protocols WHERE uid = 'p-1'")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(
        stored, good,
        "the server keeps the chairman's file byte for byte"
    );
    // Signed is final.
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-1", &good))
        .await;
    assert_eq!(code(&o), reject::WRONG_STATE);
    assert_eq!(
        code(
            &chair
                .push(&server, ProtocolReturn::NAME, back("поздно"))
                .await
        ),
        reject::WRONG_STATE
    );

    // The feed carries the signed protocol and the decided applications.
    let feed: (String, String) = sqlx::query_as(
        "SELECT p.data->>'state', a.data->>'status' FROM change_feed p, change_feed a \
         WHERE p.entity = 'protocol' AND p.data->>'uid' = 'p-1' AND a.entity = 'application' AND a.entity_id = $1",
    )
    .bind(approved)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(feed, ("signed".into(), "voucher_issued".into()));
    let history: i64 = sqlx::query_scalar("SELECT count(*) FROM history WHERE object_kind = 'application' AND action IN ('voucher_issued', 'rejected')")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(history, 2);

    // The mailer delivers each family's e-mail in the application's language.
    let mails = wait_for(&sink, 2).await;
    let to_one = mails
        .iter()
        .find(|m| m.to == ["family.one@example.kg"])
        .expect("family one's e-mail");
    assert!(
        to_one.subject().contains("арыз боюнча комиссиянын чечими"),
        "Kyrgyz: {}",
        to_one.subject()
    );
    assert!(
        to_one.body().contains("ваучер берүү чечимин"),
        "{}",
        to_one.body()
    );
    assert!(
        to_one.body().contains("12/35"),
        "the protocol's number: {}",
        to_one.body()
    );
    let to_two = mails
        .iter()
        .find(|m| m.to == ["family.two@example.kz"])
        .expect("family two's e-mail");
    assert!(
        to_two.subject().contains("өтініші бойынша"),
        "Kazakh: {}",
        to_two.subject()
    );
    assert!(to_two.body().contains("бас тарту"), "{}", to_two.body());
    let unsent: i64 = sqlx::query_scalar("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(unsent, 0);
}

async fn wait_for(sink: &SmtpSink, n: usize) -> Vec<kezek_server::smtp_sink::Received> {
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

#[tokio::test]
async fn protocols_stay_within_their_commission_and_its_district() {
    let (server, world) = commission().await;
    let pool = &server.db.pool;
    let sec = Desk::open(&server, "sec").await;
    let other_chair = Desk::open(&server, "chair2").await;
    let op = Desk::open(&server, "op").await;
    sec.push(
        &server,
        MemberSave::NAME,
        member("m-chair", PIN_CHAIR, "Асанов", "chairman", true),
    )
    .await;

    // An operator keeps no roster.
    let o = op
        .push(
            &server,
            MemberSave::NAME,
            member("m-x", PIN_MEMBER, "Х", "member", true),
        )
        .await;
    assert_eq!(code(&o), reject::FORBIDDEN);
    // A bad PIN and a bad role are refused with what is wrong.
    let o = sec
        .push(
            &server,
            MemberSave::NAME,
            member("m-y", "123", "Y", "member", true),
        )
        .await;
    assert_eq!(code(&o), reject::INVALID_PERSONAL_NUMBER);
    let o = sec
        .push(
            &server,
            MemberSave::NAME,
            member("m-y", PIN_MEMBER, "Y", "boss", true),
        )
        .await;
    assert_eq!(code(&o), reject::INVALID_ARGS);

    let elsewhere = voucher(pool, world.a2.district, 3, "x@example.kz", "ru").await;
    let queue = add_application(pool, world.a.district, 4).await;
    let here = voucher(pool, world.a.district, 5, "y@example.kz", "ru").await;
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send(
                "p-2",
                "1",
                &["m-chair"],
                &[(elsewhere, "approved")],
                &draft(),
            ),
        )
        .await;
    assert_eq!(
        code(&o),
        reject::NOT_REVIEWABLE,
        "another district's application"
    );
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-2", "1", &["m-chair"], &[(queue, "approved")], &draft()),
        )
        .await;
    assert_eq!(code(&o), reject::NOT_REVIEWABLE, "a queue application");
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send(
                "p-2",
                "1",
                &["m-chair"],
                &[(here, "approved")],
                b"not a pdf",
            ),
        )
        .await;
    assert_eq!(code(&o), reject::INVALID_ARGS);
    assert_eq!(
        code(
            &sec.push(
                &server,
                ProtocolSend::NAME,
                send("p-2", "1", &["m-chair"], &[(here, "approved")], &draft())
            )
            .await
        ),
        "accepted"
    );
    // The same application cannot sit in two open protocols; the same number not twice.
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-3", "2", &["m-chair"], &[(here, "rejected")], &draft()),
        )
        .await;
    assert_eq!(code(&o), reject::NOT_REVIEWABLE);
    let other = voucher(pool, world.a.district, 6, "z@example.kz", "ru").await;
    let o = sec
        .push(
            &server,
            ProtocolSend::NAME,
            send("p-3", "1", &["m-chair"], &[(other, "rejected")], &draft()),
        )
        .await;
    assert_eq!(code(&o), reject::DUPLICATE_PROTOCOL_NUMBER);

    // Another commission's chairman finds nothing to sign.
    let d = draft();
    let o = other_chair
        .push(&server, ProtocolSign::NAME, sign("p-2", &signed(&d)))
        .await;
    assert_eq!(code(&o), reject::NOT_FOUND);
    let pending: i64 = sqlx::query_scalar("SELECT count(*) FROM mail_outbox")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(pending, 0);
}

#[tokio::test]
async fn a_signature_the_trust_list_does_not_know_or_of_another_person_is_refused() {
    let (server, world) = commission().await;
    let pool = &server.db.pool;
    let sec = Desk::open(&server, "sec").await;
    let chair = Desk::open(&server, "chair").await;
    sec.push(
        &server,
        MemberSave::NAME,
        member("m-chair", PIN_CHAIR, "Асанов", "chairman", true),
    )
    .await;
    let app = voucher(pool, world.a.district, 7, "f@example.kg", "ky").await;
    let d = draft();
    sec.push(
        &server,
        ProtocolSend::NAME,
        send("p-4", "7", &["m-chair"], &[(app, "approved")], &d),
    )
    .await;

    // The chairman's account names another person than the certificate does.
    sqlx::query("UPDATE users SET personal_number = $1 WHERE login = 'chair'")
        .bind(kezek_test_pki::OTHER_IIN)
        .execute(pool)
        .await
        .unwrap();
    let chair = Desk {
        token: server.login("chair", PASSWORD).await,
        ..chair
    };
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-4", &signed(&d)))
        .await;
    assert_eq!(code(&o), reject::SIGNATURE_INVALID);
    sqlx::query("UPDATE users SET personal_number = $1 WHERE login = 'chair'")
        .bind(kezek_test_pki::IIN)
        .execute(pool)
        .await
        .unwrap();
    let chair = Desk {
        token: server.login("chair", PASSWORD).await,
        ..chair
    };

    // Without the CA in the trust list the same signature is refused.
    sqlx::query("DELETE FROM trusted_certificates")
        .execute(pool)
        .await
        .unwrap();
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-4", &signed(&d)))
        .await;
    assert_eq!(code(&o), reject::SIGNATURE_INVALID);
    // One changed byte after signing breaks it too.
    let chain = std::fs::read(pki().path("chain.pem")).unwrap();
    kezek_server::commission::trust::add_roots(pool, &chain, t0())
        .await
        .unwrap();
    let mut tampered = signed(&d);
    let at = tampered.len() - 40;
    tampered[at] ^= 1;
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-4", &tampered))
        .await;
    assert_ne!(code(&o), "accepted");
    assert_eq!(status(pool, app).await, "under_review");
    let o = chair
        .push(&server, ProtocolSign::NAME, sign("p-4", &signed(&d)))
        .await;
    assert_eq!(code(&o), "accepted", "{o:?}");
}
