//! Office intake through the API on the demo (no server: anyone may): the demo's districts have
//! the address bureau's streets, a good form is queued and listed, a wrong one comes back with
//! its fields, the same child again is a duplicate.

use crate::open;
use chrono::NaiveDate;
use kezek_api::{IntakeForm, IntakeOutcome};

fn form(district_id: i64, street_id: i64) -> IntakeForm {
    serde_json::from_value(serde_json::json!({
        "language": "ru",
        "child": { "personal_number": "12003202200011", "surname": "Асанова",
                   "given_name": "Айпери" },
        "parent": { "relation": "mother", "personal_number": "11505199000021",
                    "surname": "Асанова", "given_name": "Гульнара",
                    "passport": { "series": "ID", "number": "1234567",
                                  "issued_by": "МКК 211041", "issued_on": "2020-05-04" } },
        "address": { "district_id": district_id, "street_id": street_id, "house": "12" },
        "phone": "+996 555 12 34 56",
        "benefit_code": "orphan",
        "consent": true,
    }))
    .unwrap()
}

#[tokio::test]
async fn the_demo_takes_an_application_at_the_office() {
    let (_dir, k) = open().await;
    k.load_demo(300, 5, |_| {}).await.unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let reference = k.reference_data().await.unwrap();
    let district = reference
        .regions
        .iter()
        .find(|r| r.country == "KG")
        .and_then(|r| r.districts.first())
        .expect("the demo has Kyrgyz districts")
        .id;
    let streets = k.streets(district).await.unwrap();
    let names: Vec<&str> = streets.iter().map(|s| s.name.as_str()).collect();
    for name in ["Абая", "Ленина", "Манаса", "Токтогула", "Чуйская", "Мира"]
    {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let street = streets[0].id;

    let mut wrong = form(district, street);
    wrong.child.personal_number = Some("120032022".into());
    wrong.consent = Some(false);
    match k.register_intake_on(wrong, today).await.unwrap() {
        IntakeOutcome::Invalid { errors } => {
            let got: Vec<(&str, &str)> = errors
                .iter()
                .map(|e| (e.field.as_str(), e.reason.as_str()))
                .collect();
            assert_eq!(
                got,
                [("child.personal_number", "length"), ("consent", "required")]
            );
        }
        other => panic!("not invalid: {other:?}"),
    }

    let intake = match k.register_intake_on(form(district, street), today).await {
        Ok(IntakeOutcome::Queued { intake }) => intake,
        other => panic!("not queued: {other:?}"),
    };
    assert_eq!(intake.state, "pending");
    assert_eq!(
        k.voucher_intakes().await.unwrap(),
        std::slice::from_ref(&intake)
    );
    assert_eq!(
        k.register_intake_on(form(district, street), today)
            .await
            .unwrap(),
        IntakeOutcome::Duplicate {
            application_id: None,
            number: None,
            intake_id: Some(intake.id),
        }
    );
    assert_eq!(
        k.store().sync_state().await.unwrap().pending,
        1,
        "one mutation waits"
    );
}
