//! The voucher registry through the API: the demo's pilot and amounts, a child's place counted
//! for its kindergarten, and the Excel export read back with calamine.

use crate::open;
use calamine::{open_workbook, Data, Reader, Xlsx};
use chrono::NaiveDate;
use kezek_api::{export_file_name, Kezek};
use sqlx::sqlite::SqlitePoolOptions;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Straight SQL on the test's database file.
async fn scalar(dir: &std::path::Path, sql: &'static str) -> i64 {
    let url = format!("sqlite://{}", dir.join(kezek_api::DATABASE_FILE).display());
    let pool = SqlitePoolOptions::new().connect(&url).await.unwrap();
    let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

/// The same with one integer bound to `?`.
async fn scalar_of(dir: &std::path::Path, sql: &'static str, arg: i64) -> i64 {
    let url = format!("sqlite://{}", dir.join(kezek_api::DATABASE_FILE).display());
    let pool = SqlitePoolOptions::new().connect(&url).await.unwrap();
    let n = sqlx::query_scalar(sql)
        .bind(arg)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    n
}

async fn demo() -> (tempfile::TempDir, Kezek) {
    let (dir, k) = open().await;
    k.load_demo(600, 11, |_| {}).await.unwrap();
    (dir, k)
}

#[tokio::test]
async fn the_registry_lists_the_pilot_and_the_voucher_children_with_their_amounts() {
    let (dir, k) = demo().await;
    let registry = k.voucher_registry(d(2026, 1, 15)).await.unwrap();
    let kg_districts = scalar(
        dir.path(),
        "SELECT COUNT(*) FROM districts d JOIN regions r ON r.id = d.region_id \
         WHERE r.country = 'KG'",
    )
    .await;
    assert_eq!(
        registry.kindergartens.len() as i64,
        kg_districts,
        "one pilot kindergarten per Kyrgyz district"
    );
    assert!(registry
        .kindergartens
        .iter()
        .all(|k| k.since == d(2025, 1, 1)));
    let expected = scalar(
        dir.path(),
        "SELECT COUNT(*) FROM applications WHERE kind = 'voucher' \
         AND status IN ('voucher_issued', 'enrolled')",
    )
    .await;
    assert!(expected > 0, "the demo has voucher children");
    assert_eq!(registry.children.len() as i64, expected);
    assert!(registry
        .children
        .iter()
        .all(|c| c.status == "voucher_issued" || c.status == "enrolled"));

    // Amounts: the base row, the raise, and the Ysyk-Ata coefficient.
    let child = |district: &str, benefit: &str| {
        registry
            .children
            .iter()
            .find(|c| c.district == district && c.benefit_code == benefit)
            .cloned()
    };
    if let Some(c) = child("Ленинский район", "none") {
        assert_eq!(c.amount, Some(3000), "{c:?}");
    }
    if let Some(c) = child("Ысык-Атинский район", "none") {
        assert_eq!(c.amount, Some(3450), "3000 × 1.15: {c:?}");
    }
    let none = registry
        .children
        .iter()
        .find(|c| c.benefit_code == "none" && c.district != "Ысык-Атинский район")
        .expect("a voucher child without a benefit outside Ysyk-Ata");
    let raised = k.voucher_registry(d(2026, 9, 1)).await.unwrap();
    let again = raised
        .children
        .iter()
        .find(|c| c.application_id == none.application_id)
        .unwrap();
    assert_eq!((none.amount, again.amount), (Some(3000), Some(3500)));

    // A district coefficient for the category: 3500 × 1.2 in that child's district only.
    let district = scalar_of(
        dir.path(),
        "SELECT l.district_id FROM applications a JOIN localities l ON l.id = a.locality_id \
         WHERE a.id = ?",
        none.application_id,
    )
    .await;
    let actor = kezek_store::Actor {
        user_name: "test".into(),
        at: d(2026, 8, 1).and_hms_opt(9, 0, 0).unwrap(),
    };
    k.store()
        .seed_vouchers(
            &[],
            &[kezek_domain::voucher::VoucherRate {
                benefit_code: Some("none".into()),
                district_id: Some(district),
                amount_som: None,
                coefficient_permille: 1200,
                effective_from: d(2026, 9, 1),
            }],
            &actor,
        )
        .await
        .unwrap();
    let raised = k.voucher_registry(d(2026, 9, 1)).await.unwrap();
    for c in raised.children.iter().filter(|c| c.benefit_code == "none") {
        let mine = c.district == none.district;
        let expected = if mine {
            4200
        } else if c.district == "Ысык-Атинский район" {
            4025
        } else {
            3500
        };
        assert_eq!(c.amount, Some(expected), "{c:?}");
    }

    // A place asked for in a pilot kindergarten's group counts the child there.
    assert!(registry
        .kindergartens
        .iter()
        .all(|k| k.children_with_vouchers == 0));
    let kindergarten = registry.kindergartens[0].id;
    let group = scalar_of(
        dir.path(),
        "SELECT MIN(id) FROM groups WHERE kindergarten_id = ?",
        kindergarten,
    )
    .await;
    k.store()
        .request_place(
            kezek_store::PlaceFor::Application(none.application_id),
            group,
            &actor,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    let counted = k.voucher_registry(d(2026, 1, 15)).await.unwrap();
    let counts: Vec<(i64, i64)> = counted
        .kindergartens
        .iter()
        .filter(|k| k.children_with_vouchers > 0)
        .map(|k| (k.id, k.children_with_vouchers))
        .collect();
    assert_eq!(counts, [(kindergarten, 1)]);

    // Before the pilot: no kindergartens, no amounts.
    let before = k.voucher_registry(d(2024, 12, 31)).await.unwrap();
    assert!(before.kindergartens.is_empty());
    assert!(before.children.iter().all(|c| c.amount.is_none()));
}

#[tokio::test]
async fn the_export_is_an_xlsx_with_both_sheets_dates_and_numbers() {
    let (dir, k) = demo().await;
    let date = d(2026, 9, 1);
    let registry = k.voucher_registry(date).await.unwrap();
    let out = dir.path().join("downloads/nested");
    let path = k.export_voucher_registry_to(date, &out).await.unwrap();
    assert_eq!(path, out.join(export_file_name(date)).display().to_string());
    assert!(path.ends_with("kezek-vouchers-2026-09-01.xlsx"), "{path}");

    let mut book: Xlsx<_> = open_workbook(&path).expect("a valid xlsx");
    assert_eq!(book.sheet_names(), ["Детские сады", "Дети"]);

    let sheet = book.worksheet_range("Детские сады").unwrap();
    let rows: Vec<_> = sheet.rows().collect();
    assert_eq!(rows[0][0], Data::String("Детский сад".into()));
    assert_eq!(rows.len(), registry.kindergartens.len() + 1);
    for (row, kg) in rows[1..].iter().zip(&registry.kindergartens) {
        assert_eq!(row[0], Data::String(kg.name.clone()));
        match &row[2] {
            Data::DateTime(dt) => assert_eq!(dt.as_datetime().unwrap().date(), kg.since),
            other => panic!("the pilot date is a date, not {other:?}"),
        }
        assert_eq!(row[3], Data::Float(kg.children_with_vouchers as f64));
    }

    let sheet = book.worksheet_range("Дети").unwrap();
    let rows: Vec<_> = sheet.rows().collect();
    assert_eq!(rows[0][7], Data::String("Сумма, сом в месяц".into()));
    assert_eq!(rows.len(), registry.children.len() + 1);
    for (row, c) in rows[1..].iter().zip(&registry.children) {
        assert_eq!(row[0], Data::String(c.number.clone()));
        assert_eq!(row[2], Data::String(c.child_personal_number.clone()));
        match &row[3] {
            Data::DateTime(dt) => assert_eq!(dt.as_datetime().unwrap().date(), c.birth_date),
            other => panic!("the birth date is a date, not {other:?}"),
        }
        assert_eq!(
            row.get(7).cloned().unwrap_or_default(),
            c.amount.map_or(Data::Empty, |a| Data::Float(a as f64)),
            "{c:?}"
        );
    }

    // The language of the interface names the columns.
    k.set_language("en").await.unwrap();
    let path = k.export_voucher_registry_to(date, &out).await.unwrap();
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["Kindergartens", "Children"]);
}
