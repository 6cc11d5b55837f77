//! The commission in the store: roster rules, reviews and their draft protocols, the moves of
//! a protocol with their mutations, refused mutations undone, and the feed's records.

use crate::{application, at, raw_pool, store_with};
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use kezek_store::{Actor, MemberInput, ReviewInput, Store, StoreError};
use kezek_sync::commission::{
    CommissionMemberRecord, PresentMember, ProtocolRecord, ProtocolSend, ProtocolSign,
    ReviewedApplication,
};
use kezek_sync::{Change, Entity, Record, Verdict};

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

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A store with voucher applications 1..=3 under review and application 4 a queue one.
async fn office() -> (tempfile::TempDir, Store) {
    let mut apps = Vec::new();
    for id in 1..=3 {
        let mut a = application(
            id,
            "Асанов",
            "Бекзат",
            &format!("2{id:013}"),
            "under_review",
            1,
            9,
        );
        a.kind = "voucher";
        apps.push(a);
    }
    apps.push(application(
        4,
        "Ким",
        "Алан",
        "230501300004",
        "in_queue",
        1,
        10,
    ));
    store_with(apps).await
}

fn member(pin: &str, surname: &str, role: &str, active: bool) -> MemberInput {
    MemberInput {
        uid: None,
        personal_number: pin.into(),
        surname: surname.into(),
        given_name: "Айгүл".into(),
        patronymic: None,
        position: "Специалист".into(),
        phone: "+996 555 000 000".into(),
        email: None,
        role: role.into(),
        active,
    }
}

async fn add(store: &Store, m: MemberInput) -> Result<String, StoreError> {
    let born = NaiveDate::from_ymd_opt(1980, 1, 1).unwrap();
    Ok(store
        .save_commission_member(&m, born, &actor(), utc())
        .await?
        .uid)
}

/// Chairman, secretary, an active member and an inactive one.
async fn roster(store: &Store) -> [String; 4] {
    [
        add(store, member("21401198012345", "Асанов", "chairman", true))
            .await
            .unwrap(),
        add(
            store,
            member("11401198012346", "Токтогулова", "secretary", true),
        )
        .await
        .unwrap(),
        add(store, member("21401198012347", "Исмаилов", "member", true))
            .await
            .unwrap(),
        add(store, member("21401198012348", "Осмонов", "member", false))
            .await
            .unwrap(),
    ]
}

fn review(id: i64, number: &str, present: &[&String]) -> ReviewInput {
    ReviewInput {
        application_id: id,
        benefit_code: "disability".into(),
        documents: vec!["birth_certificate".into()],
        other_documents: vec!["Справка с места работы".into()],
        present: present.iter().map(|s| s.to_string()).collect(),
        comment: String::new(),
        protocol_number: number.into(),
        decision: "approved".into(),
    }
}

/// Saves a review the way the API does, with a stand-in PDF per draft.
async fn save(store: &Store, input: &ReviewInput) -> Result<kezek_store::ProtocolView, StoreError> {
    let plan = store.review_draft_plan(input, "ru", date()).await?;
    let mut pdfs = vec![format!("%PDF-{}", plan.target.applications.len()).into_bytes()];
    if plan.left.is_some() {
        pdfs.push(b"%PDF-left".to_vec());
    }
    store.save_review(input, &plan, &pdfs, &actor()).await
}

fn reason(e: &StoreError) -> &'static str {
    match e {
        StoreError::Refused { reason, .. } => reason,
        other => panic!("not a refusal: {other:?}"),
    }
}

async fn count(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&raw_pool(store.path()).await)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_roster_keeps_one_active_chairman_and_each_change_is_a_mutation() {
    let (_dir, store) = office().await;
    let [chairman, ..] = roster(&store).await;
    let members = store.commission_members().await.unwrap();
    assert_eq!(members.len(), 4);
    assert!(members.last().map(|m| !m.active).unwrap(), "inactive last");
    assert!(members.iter().all(|m| m.pending), "nothing confirmed yet");
    assert_eq!(count(&store, "SELECT COUNT(*) FROM outbox").await, 4);

    let second = add(&store, member("21401198012349", "Бакиев", "chairman", true)).await;
    assert_eq!(reason(&second.unwrap_err()), "second_chairman");
    let taken = add(&store, member("21401198012345", "Другой", "member", true)).await;
    assert_eq!(reason(&taken.unwrap_err()), "personal_number_taken");
    assert_eq!(
        (
            count(&store, "SELECT COUNT(*) FROM commission_members").await,
            count(&store, "SELECT COUNT(*) FROM outbox").await
        ),
        (4, 4),
        "nothing saved half-way"
    );

    // Switching the chairman off frees the role.
    let mut off = member("21401198012345", "Асанов", "chairman", false);
    off.uid = Some(chairman.clone());
    add(&store, off).await.unwrap();
    add(&store, member("21401198012349", "Бакиев", "chairman", true))
        .await
        .unwrap();
    store
        .remove_commission_member(&chairman, &actor(), utc())
        .await
        .unwrap();
    let names: Vec<String> = store
        .pending_mutations(100)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.name)
        .collect();
    assert_eq!(
        names.last().map(String::as_str),
        Some("commission_member.remove")
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM history WHERE entity = 'commission_member'"
        )
        .await,
        7
    );
}

#[tokio::test]
async fn a_draft_is_rebuilt_from_every_review_of_its_number() {
    let (_dir, store) = office().await;
    let [ch, sec, m, off] = roster(&store).await;

    let refused = save(&store, &review(1, "12/34", &[&ch, &off]))
        .await
        .unwrap_err();
    assert_eq!(reason(&refused), "inactive_member");
    let mut two = review(1, "12/34", &[&ch]);
    two.benefit_code = "unknown".into();
    assert_eq!(reason(&save(&store, &two).await.unwrap_err()), "benefit");
    assert_eq!(
        reason(&save(&store, &review(4, "12/34", &[&ch])).await.unwrap_err()),
        "not_a_voucher_application"
    );
    assert_eq!(
        reason(&save(&store, &review(1, " ", &[&ch])).await.unwrap_err()),
        "protocol_number"
    );
    assert_eq!(
        reason(&save(&store, &review(1, "12/34", &[])).await.unwrap_err()),
        "no_members_present"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM voucher_reviews").await,
        0
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM protocols").await, 0);

    let first = save(&store, &review(1, "12/34", &[&ch, &sec]))
        .await
        .unwrap();
    assert_eq!(
        (first.state.as_str(), first.applications.len()),
        ("draft", 1)
    );
    let second = save(&store, &review(2, "12/34", &[&ch, &sec, &m]))
        .await
        .unwrap();
    assert_eq!(second.uid, first.uid, "the same draft");
    assert_eq!(second.applications.len(), 2);
    assert_eq!(second.present.len(), 3, "the latest review's members");
    assert_eq!(second.present[0].role, "chairman", "the chairman first");
    assert_eq!(store.protocol_pdf(&first.uid).await.unwrap(), b"%PDF-2");

    // The defaults of a new review come from the open draft.
    let form = store.voucher_review(3).await.unwrap();
    assert_eq!(form.protocol_number, "12/34");
    assert_eq!(form.members.iter().filter(|c| c.present).count(), 3);
    assert!(
        form.members.iter().any(|c| !c.active),
        "inactive ones listed"
    );
    assert!(form.editable);

    // Application 2 moves to another number: the old draft keeps only application 1.
    let other = save(&store, &review(2, "12/35", &[&ch])).await.unwrap();
    assert_ne!(other.uid, first.uid);
    let old = store.protocol(&first.uid).await.unwrap();
    assert_eq!(
        old.applications
            .iter()
            .map(|a| a.application_id)
            .collect::<Vec<_>>(),
        [1]
    );
    assert_eq!(store.protocol_pdf(&first.uid).await.unwrap(), b"%PDF-left");
    // Application 1 moves too: the emptied draft goes away.
    save(&store, &review(1, "12/35", &[&ch])).await.unwrap();
    assert!(matches!(
        store.protocol(&first.uid).await,
        Err(StoreError::NotFound(_))
    ));
    let rows = store.voucher_reviews().await.unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows.iter()
            .filter(|r| r.protocol_number.as_deref() == Some("12/35"))
            .count(),
        2
    );
    let history = store.application_history(1).await.unwrap();
    assert!(history
        .iter()
        .any(|h| h.action == "protocol_draft_generated"));
}

#[tokio::test]
async fn sending_returning_and_signing_follow_the_states_and_refusals_undo_them() {
    let (_dir, store) = office().await;
    let [ch, sec, m, _] = roster(&store).await;
    save(&store, &review(1, "7", &[&ch, &sec, &m]))
        .await
        .unwrap();
    let p = save(&store, &review(2, "7", &[&ch, &sec, &m]))
        .await
        .unwrap();
    let uid = p.uid.clone();

    let early = store
        .return_protocol(&uid, "why", "chair", &actor(), utc())
        .await;
    assert_eq!(reason(&early.unwrap_err()), "wrong_state");

    // A member switched off since drafting: refused by name.
    let mut switched = member("21401198012347", "Исмаилов", "member", false);
    switched.uid = Some(m.clone());
    add(&store, switched.clone()).await.unwrap();
    let e = store
        .send_protocol(&uid, &actor(), utc())
        .await
        .unwrap_err();
    assert!(
        matches!(&e, StoreError::Refused { reason: "inactive_member", args, .. }
        if args[0].1.starts_with("Исмаилов")),
        "{e:?}"
    );
    switched.active = true;
    add(&store, switched).await.unwrap();

    let sent = store.send_protocol(&uid, &actor(), utc()).await.unwrap();
    assert_eq!(sent.state, "sent_for_signature");
    assert!(sent.pending);
    let mutations = store.pending_mutations(100).await.unwrap();
    let send = mutations
        .iter()
        .find(|x| x.name == ProtocolSend::NAME)
        .unwrap();
    let args: ProtocolSend = serde_json::from_value(send.args.clone()).unwrap();
    assert_eq!(
        (args.uid.as_str(), args.number.as_str()),
        (uid.as_str(), "7")
    );
    assert_eq!(args.present.len(), 3);
    assert_eq!(args.applications.len(), 2);
    let pdf = base64::engine::general_purpose::STANDARD
        .decode(&args.pdf)
        .unwrap();
    assert_eq!(pdf, b"%PDF-2");
    let locked = save(&store, &review(1, "7", &[&ch])).await.unwrap_err();
    assert_eq!(reason(&locked), "application_not_editable");
    assert!(!store.voucher_review(1).await.unwrap().editable);

    // The server refuses the send: back to draft, editable again.
    store
        .record_verdicts(
            &[(
                send.seq,
                Verdict::Rejected {
                    code: "duplicate_protocol_number".into(),
                    detail: "x".into(),
                },
            )],
            &actor(),
        )
        .await
        .unwrap();
    assert_eq!(store.protocol(&uid).await.unwrap().state, "draft");
    assert!(store.voucher_review(1).await.unwrap().editable);

    store.send_protocol(&uid, &actor(), utc()).await.unwrap();
    assert_eq!(
        reason(
            &store
                .return_protocol(&uid, "  ", "chair", &actor(), utc())
                .await
                .unwrap_err()
        ),
        "reason_required"
    );
    let back = store
        .return_protocol(&uid, "Неверная дата", "Асанов", &actor(), utc())
        .await
        .unwrap();
    assert_eq!(
        (back.state.as_str(), back.returned_reason.as_deref()),
        ("returned", Some("Неверная дата"))
    );
    let again = save(&store, &review(1, "7", &[&ch, &sec])).await.unwrap();
    assert_eq!(
        (again.uid.as_str(), again.state.as_str()),
        (uid.as_str(), "returned"),
        "a returned protocol is edited in place"
    );
    store.send_protocol(&uid, &actor(), utc()).await.unwrap();

    let draft = store.protocol_for_signing(&uid).await.unwrap().pdf;
    let forged = store
        .store_signed_protocol(&uid, b"%PDF-other", "Асанов", "ASANOV", utc(), &actor())
        .await;
    assert_eq!(reason(&forged.unwrap_err()), "protocol_changed");
    let mut signed = draft.clone();
    signed.extend_from_slice(b"\n% signature");
    let view = store
        .store_signed_protocol(&uid, &signed, "Асанов", "ASANOV", utc(), &actor())
        .await
        .unwrap();
    assert_eq!((view.state.as_str(), view.pending), ("signed", true));
    assert_eq!(store.protocol_pdf(&uid).await.unwrap(), signed);
    let sign = store
        .pending_mutations(100)
        .await
        .unwrap()
        .into_iter()
        .find(|x| x.name == ProtocolSign::NAME)
        .unwrap();

    store
        .record_verdicts(
            &[(
                sign.seq,
                Verdict::Rejected {
                    code: "signature_invalid".into(),
                    detail: "untrusted".into(),
                },
            )],
            &actor(),
        )
        .await
        .unwrap();
    let p = store.protocol(&uid).await.unwrap();
    assert_eq!(
        (p.state.as_str(), p.signer.as_deref()),
        ("sent_for_signature", None)
    );
    assert_eq!(
        store.protocol_pdf(&uid).await.unwrap(),
        draft,
        "the signed file dropped"
    );
    let rejected = store.rejected_changes().await.unwrap();
    assert!(rejected
        .iter()
        .any(|r| r.name == ProtocolSign::NAME && r.code == "signature_invalid"));
    assert!(store
        .application_history(1)
        .await
        .unwrap()
        .iter()
        .any(|h| h.action == "protocol_change_rejected"));
}

#[tokio::test]
async fn the_feed_brings_members_and_signed_protocols_and_tombstones_remove_them() {
    let (_dir, store) = office().await;
    let member = CommissionMemberRecord {
        id: 31,
        uid: "m-31".into(),
        commission_id: 5,
        personal_number: "21401198012345".into(),
        surname: "Асанов".into(),
        given_name: "Бакыт".into(),
        patronymic: None,
        birth_date: NaiveDate::from_ymd_opt(1980, 1, 14).unwrap(),
        position: "Председатель".into(),
        phone: "+996 555 000 001".into(),
        email: None,
        role: "chairman".into(),
        active: true,
    };
    let pdf = b"%PDF-signed".to_vec();
    let protocol = ProtocolRecord {
        id: 41,
        uid: "p-41".into(),
        commission_id: 5,
        number: "3/25".into(),
        date: date(),
        language: "ky".into(),
        state: "signed".into(),
        present: vec![PresentMember {
            uid: "m-31".into(),
            full_name: "Асанов Бакыт".into(),
            position: "Председатель".into(),
            role: "chairman".into(),
        }],
        applications: vec![ReviewedApplication {
            application_id: 2,
            benefit_code: "none".into(),
            documents: vec!["birth_certificate".into()],
            other_documents: vec![],
            decision: "rejected".into(),
            comment: "Нет документов".into(),
        }],
        comment: String::new(),
        sent_by: "secretary Токтогулова".into(),
        sent_at: utc(),
        returned_reason: None,
        returned_by: None,
        returned_at: None,
        signed_by: Some("Асанов Бакыт".into()),
        signer: Some("ASANOV BAKYT".into()),
        signed_at: Some(utc()),
        pdf: base64::engine::general_purpose::STANDARD.encode(&pdf),
    };
    let changes = vec![
        Change::upsert(1, &Record::CommissionMember(member)),
        Change::upsert(2, &Record::Protocol(Box::new(protocol))),
    ];
    store.apply_pull_page(changes, 2, &actor()).await.unwrap();
    let members = store.commission_members().await.unwrap();
    assert_eq!((members.len(), members[0].pending), (1, false));
    let p = store.protocol("p-41").await.unwrap();
    assert_eq!(
        (p.state.as_str(), p.applications[0].number.is_empty()),
        ("signed", false)
    );
    assert_eq!(store.protocol_pdf("p-41").await.unwrap(), pdf);
    let row = store
        .voucher_reviews()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.application_id == 2)
        .unwrap();
    assert_eq!(
        (row.protocol_state.as_deref(), row.decision.as_deref()),
        (Some("signed"), Some("rejected"))
    );
    let decided = store.application_history(2).await.unwrap();
    let event = decided
        .iter()
        .find(|h| h.action == "commission_decided")
        .expect("a decision event");
    assert!(event
        .changes
        .iter()
        .any(|c| c.after.as_deref() == Some("3/25")));
    assert_eq!(
        store.synced_ids(Entity::CommissionMember).await.unwrap(),
        [31]
    );
    assert_eq!(store.synced_ids(Entity::Protocol).await.unwrap(), [41]);

    let tombstones = vec![
        Change {
            version: 3,
            entity: Entity::CommissionMember,
            id: 31,
            data: None,
        },
        Change {
            version: 4,
            entity: Entity::Protocol,
            id: 41,
            data: None,
        },
    ];
    store
        .apply_pull_page(tombstones, 4, &actor())
        .await
        .unwrap();
    assert!(store.commission_members().await.unwrap().is_empty());
    assert!(store.protocols().await.unwrap().is_empty());
    assert_eq!(
        store.voucher_reviews().await.unwrap().len(),
        3,
        "the reviews stay, without protocol"
    );
}
