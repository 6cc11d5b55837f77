//! Office intake of voucher applications in the store: a form that fails writes nothing, nor
//! does a local duplicate or an unknown street; a good one is queued with its history; the
//! pulled application registers it, a rejection refuses it; streets come and go with the feed.

use crate::{application, at, audit, raw_pool};
use chrono::{DateTime, NaiveDate, Utc};
use kezek_domain::intake::ApplicationForm;
use kezek_store::import::{
    self, BenefitCategory, District, Locality, ReferenceSet, Region, Street,
};
use kezek_store::{Actor, IntakeEntry, IntakeOutcome, Store};
use kezek_sync::intake::{ApplicationRegister, StreetRecord};
use kezek_sync::records::{
    ApplicantRecord, ApplicationRecord, ChildRecord, DistrictRecord, LocalityRecord, PersonRecord,
    RegionRecord,
};
use kezek_sync::{Change, Entity, Record, Verdict};

const CHILD: &str = "12003202200011";
const PARENT: &str = "11505199000021";

fn actor() -> Actor {
    Actor {
        user_name: "operator-kg".into(),
        at: at(2026, 12, 1, 10),
    }
}

fn utc() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T04:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A Kyrgyz district (7) with two streets, a neighbour (8) with one, two benefits.
fn kyrgyz() -> ReferenceSet {
    let street = |id, district_id, name: &str| Street {
        id,
        district_id,
        locality_id: None,
        name: name.into(),
    };
    ReferenceSet {
        regions: vec![Region {
            id: 1,
            country: "KG",
            name: "Чуйская область".into(),
        }],
        districts: vec![
            District {
                id: 7,
                region_id: 1,
                name: "Сокулукский район".into(),
            },
            District {
                id: 8,
                region_id: 1,
                name: "Ысык-Атинский район".into(),
            },
        ],
        localities: vec![
            Locality {
                id: 1,
                district_id: 7,
                name: "Сокулук".into(),
            },
            Locality {
                id: 2,
                district_id: 8,
                name: "Кант".into(),
            },
        ],
        streets: vec![
            street(3, 7, "Токтогула"),
            street(4, 7, "Ленина"),
            street(5, 8, "Абая"),
        ],
        benefit_categories: vec![
            BenefitCategory {
                id: 1,
                code: "none",
                kind: "general",
            },
            BenefitCategory {
                id: 2,
                code: "orphan",
                kind: "out_of_turn",
            },
        ],
        kindergartens: vec![],
        groups: vec![],
    }
}

/// A voucher application of `child` in `status`.
fn voucher(id: i64, child: &str, status: &'static str) -> import::ApplicationRecord {
    let mut a = application(id, "Асанова", "Айпери", child, status, 1, 9);
    a.kind = "voucher";
    a.language = "ky";
    a
}

async fn store(apps: Vec<import::ApplicationRecord>) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    let n = apps.len() as u64;
    store
        .import(&kyrgyz(), apps.into_iter(), n, audit(), |_| {})
        .await
        .unwrap();
    (dir, store)
}

fn good() -> ApplicationForm {
    serde_json::from_value(serde_json::json!({
        "language": "ky",
        "child": { "personal_number": CHILD, "surname": "Асанова", "given_name": "Айпери" },
        "parent": { "relation": "mother", "personal_number": PARENT,
                    "surname": "Асанова", "given_name": "Гульнара", "patronymic": "Бакытовна",
                    "passport": { "series": "ID", "number": "1234567",
                                  "issued_by": "МКК 211041", "issued_on": "2020-05-04" } },
        "address": { "district_id": 7, "street_id": 3, "house": "12" },
        "phone": "+996 555 12 34 56",
        "benefit_code": "orphan",
        "consent": true,
    }))
    .unwrap()
}

async fn register(store: &Store, form: &ApplicationForm) -> IntakeOutcome {
    store
        .register_intake(form, today(), &actor(), utc())
        .await
        .unwrap()
}

fn queued(outcome: IntakeOutcome) -> IntakeEntry {
    match outcome {
        IntakeOutcome::Queued { intake } => intake,
        other => panic!("not queued: {other:?}"),
    }
}

fn errors(outcome: IntakeOutcome) -> Vec<(String, String)> {
    match outcome {
        IntakeOutcome::Invalid { errors } => {
            errors.into_iter().map(|e| (e.field, e.reason)).collect()
        }
        other => panic!("not invalid: {other:?}"),
    }
}

fn pair(field: &str, reason: &str) -> (String, String) {
    (field.to_owned(), reason.to_owned())
}

/// Nothing was queued or kept.
async fn assert_nothing_written(store: &Store, why: &str) {
    assert!(
        store.pending_mutations(10).await.unwrap().is_empty(),
        "{why}: nothing queued"
    );
    assert!(
        store.voucher_intakes().await.unwrap().is_empty(),
        "{why}: no intake"
    );
}

#[tokio::test]
async fn a_form_that_fails_the_shared_checks_writes_nothing() {
    let (_dir, store) = store(vec![]).await;
    let got = errors(register(&store, &ApplicationForm::default()).await);
    for f in [
        "child.personal_number",
        "parent.relation",
        "address.street",
        "consent",
    ] {
        assert!(got.contains(&pair(f, "required")), "{f} in {got:?}");
    }
    assert!(
        !got.iter().any(|(f, _)| f == "email"),
        "the e-mail is optional at the office"
    );

    let mut form = good();
    form.child.personal_number = Some("1200320220001".into());
    form.email = Some("parent@".into());
    assert_eq!(
        errors(register(&store, &form).await),
        [
            pair("email", "format"),
            pair("child.personal_number", "length")
        ]
    );
    assert_nothing_written(&store, "invalid fields").await;
}

#[tokio::test]
async fn a_good_form_is_queued_with_its_history() {
    let (dir, store) = store(vec![]).await;
    let intake = queued(register(&store, &good()).await);
    assert_eq!(
        (
            intake.state.as_str(),
            intake.accepted,
            intake.child_personal_number.as_str(),
            intake.child_name.as_str(),
            intake.made_by.as_str(),
        ),
        ("pending", false, CHILD, "Асанова Айпери", "operator-kg")
    );
    assert_eq!(intake.application_number, None);
    assert_eq!(
        store.voucher_intakes().await.unwrap(),
        std::slice::from_ref(&intake)
    );

    let outbox = store.pending_mutations(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].name, ApplicationRegister::NAME);
    assert_eq!(
        outbox[0].args,
        ApplicationRegister { form: good() }.to_args(),
        "the arguments are the form"
    );
    assert_eq!(outbox[0].at, utc());

    let pool = raw_pool(&dir.path().join(kezek_store::DATABASE_FILE)).await;
    let events: Vec<(String, Option<i64>, String)> = sqlx::query_as(
        "SELECT action, entity_id, user_name FROM history WHERE entity = 'voucher_intake'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        events,
        [(
            "intake_queued".into(),
            Some(intake.id),
            "operator-kg".into()
        )]
    );

    // A street named rather than picked is found in the list regardless of case and spaces.
    let mut form = good();
    form.child.personal_number = Some("21505202300015".into());
    form.address.street_id = None;
    form.address.street = Some("  ленина ".into());
    let second = queued(register(&store, &form).await);
    let listed: Vec<i64> = store
        .voucher_intakes()
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(listed, [second.id, intake.id], "newest first");
}

#[tokio::test]
async fn an_open_voucher_application_or_a_waiting_intake_of_the_child_is_a_duplicate() {
    let (_dir, store) = store(vec![
        voucher(1, CHILD, "under_review"),
        voucher(2, "21505202300015", "rejected"),
    ])
    .await;
    assert_eq!(
        register(&store, &good()).await,
        IntakeOutcome::Duplicate {
            application_id: Some(1),
            number: Some("УО.2025.000001.1".into()),
            intake_id: None,
        }
    );
    assert_nothing_written(&store, "an open application").await;

    // A closed application does not stand in the way; the intake then does.
    let mut form = good();
    form.child.personal_number = Some("21505202300015".into());
    let first = queued(register(&store, &form).await);
    assert_eq!(
        register(&store, &form).await,
        IntakeOutcome::Duplicate {
            application_id: None,
            number: None,
            intake_id: Some(first.id),
        }
    );
    assert_eq!(store.pending_mutations(10).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_street_district_benefit_or_country_not_in_the_lists_is_a_field_error() {
    let (_dir, store) = store(vec![]).await;
    type Case = (fn(&mut ApplicationForm), &'static str, &'static str);
    let cases: [Case; 6] = [
        (
            |f| {
                f.address.street_id = None;
                f.address.street = Some("Несуществующая".into());
            },
            "address.street",
            "unknown",
        ),
        (
            |f| f.address.street_id = Some(5),
            "address.street",
            "unknown",
        ),
        (
            |f| f.address.street_id = Some(99),
            "address.street",
            "unknown",
        ),
        (
            |f| f.address.district_id = Some(70),
            "address.district_id",
            "unknown",
        ),
        (
            |f| f.benefit_code = Some("vip".into()),
            "benefit_code",
            "unknown",
        ),
        (
            |f| f.child.personal_number = Some("220320500018".into()),
            "child.personal_number",
            "wrong_country",
        ),
    ];
    for (change, field, reason) in cases {
        let mut form = good();
        change(&mut form);
        assert_eq!(
            errors(register(&store, &form).await),
            [pair(field, reason)],
            "{field} {reason}"
        );
    }
    assert_nothing_written(&store, "unknown references").await;
}

/// The application the server registered for the intake, as the feed brings it.
fn registered(id: i64, kind: &str, channel: &str, status: &str) -> Record {
    let person = |number: &str, given: &str, born| PersonRecord {
        personal_number: number.into(),
        surname: "Асанова".into(),
        given_name: given.into(),
        patronymic: None,
        birth_date: born,
    };
    let at = at(2026, 12, 1, 11);
    Record::Application(Box::new(ApplicationRecord {
        id,
        number: format!("БЛ.2026.{id:06}"),
        kind: kind.into(),
        child: ChildRecord {
            person: person(
                CHILD,
                "Айпери",
                NaiveDate::from_ymd_opt(2022, 3, 20).unwrap(),
            ),
            sex: "female".into(),
        },
        applicant: ApplicantRecord {
            person: person(
                PARENT,
                "Гульнара",
                NaiveDate::from_ymd_opt(1990, 5, 15).unwrap(),
            ),
            phone: "+996 555 12 34 56".into(),
            email: None,
            address: "Токтогула, 12".into(),
        },
        relation: "mother".into(),
        benefit_category_id: 2,
        benefit_verified: false,
        locality_id: 1,
        language: "ky".into(),
        status: status.into(),
        channel: channel.into(),
        registered_at: at,
        in_queue_since: None,
        updated_at: at,
        extra_email: None,
        extra_phone: None,
    }))
}

#[tokio::test]
async fn the_pulled_application_of_the_child_registers_the_intake() {
    let (_dir, store) = store(vec![]).await;
    let intake = queued(register(&store, &good()).await);
    store
        .record_verdicts(&[(1, Verdict::Accepted)], &actor())
        .await
        .unwrap();
    let list = store.voucher_intakes().await.unwrap();
    assert_eq!(
        (list[0].state.as_str(), list[0].accepted),
        ("pending", true)
    );

    // A queue application, a portal one, a closed one of the same child: not this intake's.
    let others = vec![
        Change::upsert(1, &registered(40, "queue", "office", "registered")),
        Change::upsert(2, &registered(41, "voucher", "portal", "registered")),
        Change::upsert(3, &registered(42, "voucher", "office", "rejected")),
    ];
    store.apply_pull_page(others, 3, &actor()).await.unwrap();
    assert_eq!(store.voucher_intakes().await.unwrap()[0].state, "pending");

    let ours = vec![Change::upsert(
        4,
        &registered(43, "voucher", "office", "registered"),
    )];
    store.apply_pull_page(ours, 4, &actor()).await.unwrap();
    let got = &store.voucher_intakes().await.unwrap()[0];
    assert_eq!(got.id, intake.id);
    assert_eq!(
        (
            got.state.as_str(),
            got.accepted,
            got.application_id,
            got.application_number.as_deref(),
            got.application_status.as_deref(),
        ),
        (
            "registered",
            false,
            Some(43),
            Some("БЛ.2026.000043"),
            Some("registered")
        )
    );
    assert_eq!(got.decided_at, Some(at(2026, 12, 1, 10)));
    let history = store.application_history(43).await.unwrap();
    assert_eq!(history[0].action, "intake_registered");

    // The child has open voucher applications here now: a new intake is a duplicate.
    assert!(matches!(
        register(&store, &good()).await,
        IntakeOutcome::Duplicate {
            application_id: Some(_),
            ..
        }
    ));
}

#[tokio::test]
async fn a_rejected_mutation_refuses_the_intake_with_the_servers_reason() {
    let (_dir, store) = store(vec![]).await;
    let intake = queued(register(&store, &good()).await);
    let verdict = Verdict::Rejected {
        code: "duplicate_application".into(),
        detail: "the child already has the open application БЛ.2026.П000012".into(),
    };
    let recorded = store
        .record_verdicts(&[(1, verdict.clone())], &actor())
        .await
        .unwrap();
    assert_eq!(recorded.rejected, 1);
    let got = &store.voucher_intakes().await.unwrap()[0];
    assert_eq!(got.id, intake.id);
    assert_eq!(
        (
            got.state.as_str(),
            got.refusal_code.as_deref(),
            got.refusal_detail.as_deref(),
            got.application_number.as_deref(),
        ),
        (
            "refused",
            Some("duplicate_application"),
            Some("the child already has the open application БЛ.2026.П000012"),
            None
        )
    );
    let rejected = store.rejected_changes().await.unwrap();
    assert_eq!(
        (
            rejected[0].name.as_str(),
            rejected[0].child_personal_number.as_deref()
        ),
        (ApplicationRegister::NAME, Some(CHILD))
    );

    // A refused intake no longer stands in the way: the form may be corrected and sent again.
    let again = queued(register(&store, &good()).await);
    assert_eq!(again.state, "pending");
    // And a pulled application of the child registers only the new one.
    store
        .apply_pull_page(
            vec![Change::upsert(
                1,
                &registered(43, "voucher", "office", "registered"),
            )],
            1,
            &actor(),
        )
        .await
        .unwrap();
    let states: Vec<(i64, String)> = store
        .voucher_intakes()
        .await
        .unwrap()
        .into_iter()
        .map(|i| (i.id, i.state))
        .collect();
    assert_eq!(
        states,
        [
            (again.id, "registered".to_owned()),
            (intake.id, "refused".to_owned())
        ]
    );
}

#[tokio::test]
async fn streets_come_with_the_feed_and_go_with_a_tombstone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    let street = |id, name: &str| {
        Record::Street(StreetRecord {
            id,
            district_id: 2,
            locality_id: if id == 12 { Some(1) } else { None },
            name: name.into(),
        })
    };
    let records = [
        Record::Region(RegionRecord {
            id: 1,
            country: "KG".into(),
            name: "Чуйская область".into(),
        }),
        Record::District(DistrictRecord {
            id: 2,
            region_id: 1,
            name: "Сокулукский район".into(),
        }),
        Record::Locality(LocalityRecord {
            id: 1,
            district_id: 2,
            name: "Сокулук".into(),
        }),
        street(11, "Токтогула"),
        street(12, "Абая"),
        street(13, "Манаса"),
    ];
    let page: Vec<Change> = records
        .iter()
        .enumerate()
        .map(|(i, r)| Change::upsert(i as u64 + 1, r))
        .collect();
    store.apply_pull_page(page, 6, &actor()).await.unwrap();
    let names = |s: Vec<kezek_store::StreetEntry>| -> Vec<String> {
        s.into_iter().map(|s| s.name).collect()
    };
    assert_eq!(
        names(store.streets(2).await.unwrap()),
        ["Абая", "Манаса", "Токтогула"],
        "alphabetically"
    );
    assert_eq!(store.streets(2).await.unwrap()[0].locality_id, Some(1));
    assert_eq!(
        store.synced_ids(Entity::Street).await.unwrap(),
        [11, 12, 13]
    );

    // Renamed, then gone.
    let changes = vec![
        Change::upsert(7, &street(11, "Токтогула көчөсү")),
        Change {
            version: 8,
            entity: Entity::Street,
            id: 13,
            data: None,
        },
    ];
    store.apply_pull_page(changes, 8, &actor()).await.unwrap();
    assert_eq!(
        names(store.streets(2).await.unwrap()),
        ["Абая", "Токтогула көчөсү"]
    );
    assert_eq!(store.synced_ids(Entity::Street).await.unwrap(), [11, 12]);
    assert!(store.streets(3).await.unwrap().is_empty());
}
