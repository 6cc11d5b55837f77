//! The meal benefit in the store: refusals save nothing; a saved benefit replaces the current
//! one, keeps the one before and appends `meal_benefit.save` in the same transaction.

use crate::{application, at, store_with};
use chrono::{DateTime, NaiveDate, Utc};
use kezek_store::{Actor, MealBenefitInput, StoreError};
use kezek_sync::meal::MealBenefitSave;

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

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn input(amount_tyiyn: i64) -> MealBenefitInput {
    MealBenefitInput {
        application_id: 1,
        amount_tyiyn,
        protocol_number: " 12/34 ".into(),
        protocol_date: NaiveDate::from_ymd_opt(2025, 5, 15).unwrap(),
        pdf: b"%PDF-1.7\n%protocol\n".to_vec(),
    }
}

fn reason(e: StoreError) -> &'static str {
    match e {
        StoreError::Refused { reason, .. } => reason,
        other => panic!("not a refusal: {other:?}"),
    }
}

#[tokio::test]
async fn refusals_save_nothing_and_a_save_writes_the_mutation() {
    let mut child = application(
        1,
        "Асанов",
        "Бекзат",
        "20000000000001",
        "voucher_issued",
        1,
        9,
    );
    child.kind = "voucher";
    let queue = application(2, "Ким", "Алан", "230501300004", "in_queue", 1, 10);
    let (_dir, store) = store_with(vec![child, queue]).await;

    let save = |i: MealBenefitInput| {
        let store = store.clone();
        async move { store.save_meal_benefit(&i, &actor(), utc(), today()).await }
    };
    let cases = [
        (input(0), "amount_not_positive"),
        (input(1_000_001), "amount_too_large"),
        (
            MealBenefitInput {
                protocol_number: "  ".into(),
                ..input(100)
            },
            "number_required",
        ),
        (
            MealBenefitInput {
                protocol_date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
                ..input(100)
            },
            "date_in_future",
        ),
        (
            MealBenefitInput {
                pdf: b"PK\x03\x04".to_vec(),
                ..input(100)
            },
            "pdf_not_pdf",
        ),
        (
            MealBenefitInput {
                pdf: Vec::new(),
                ..input(100)
            },
            "pdf_required",
        ),
        (
            MealBenefitInput {
                application_id: 2,
                ..input(100)
            },
            "not_voucher_child",
        ),
    ];
    for (i, expected) in cases {
        assert_eq!(reason(save(i).await.unwrap_err()), expected);
    }
    assert!(
        store.pending_mutations(10).await.unwrap().is_empty(),
        "nothing queued"
    );
    assert_eq!(store.meal_benefit(1).await.unwrap(), None, "nothing saved");

    let first = save(input(12_550)).await.unwrap();
    assert_eq!(first.protocol_number, "12/34");
    let second = save(input(15_000)).await.unwrap();
    assert_eq!(store.meal_benefit(1).await.unwrap(), Some(second.clone()));
    assert_eq!(store.meal_benefit_pdf(1).await.unwrap(), input(1).pdf);

    let outbox = store.pending_mutations(10).await.unwrap();
    assert_eq!(outbox.len(), 2);
    let args: MealBenefitSave = serde_json::from_value(outbox[1].args.clone()).unwrap();
    assert_eq!(outbox[1].name, MealBenefitSave::NAME);
    assert_eq!(
        (
            args.application_id,
            args.amount_tyiyn,
            args.protocol_number.as_str()
        ),
        (1, 15_000, "12/34")
    );
    assert_eq!(args.pdf, "JVBERi0xLjcKJXByb3RvY29sCg==");

    let children = store.meal_children().await.unwrap();
    assert_eq!(children.len(), 1, "only the voucher child");
    assert_eq!(children[0].benefit, Some(second));
}
