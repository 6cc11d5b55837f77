//! Integration tests of the local store against a real SQLite file.

mod commission;
mod feedback;
mod intake;
mod journal;
mod meals;
mod open;
mod sync;

use chrono::{NaiveDate, NaiveDateTime};
use kezek_store::import::*;
use kezek_store::{HistoryEvent, Store};

pub fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

pub fn reference() -> ReferenceSet {
    ReferenceSet {
        regions: vec![Region {
            id: 1,
            country: "KZ",
            name: "Актюбинская область".into(),
        }],
        districts: vec![District {
            id: 1,
            region_id: 1,
            name: "город Актобе".into(),
        }],
        localities: vec![
            Locality {
                id: 1,
                district_id: 1,
                name: "Актобе".into(),
            },
            Locality {
                id: 2,
                district_id: 1,
                name: "Курайлы".into(),
            },
        ],
        streets: vec![],
        benefit_categories: vec![
            BenefitCategory {
                id: 1,
                code: "none",
                kind: "general",
            },
            BenefitCategory {
                id: 2,
                code: "disability",
                kind: "first_turn",
            },
        ],
        kindergartens: vec![],
        groups: vec![],
    }
}

/// A small hand-made application: (id, child's surname, given name, IIN, status, benefit, hour).
pub fn application(
    id: i64,
    surname: &str,
    given: &str,
    iin: &str,
    status: &'static str,
    benefit: i64,
    hour: u32,
) -> ApplicationRecord {
    ApplicationRecord {
        id,
        number: format!("УО.2025.{id:06}.1"),
        kind: "queue",
        child: Child {
            person: Person {
                id,
                personal_number: iin.into(),
                surname: surname.into(),
                given_name: given.into(),
                patronymic: None,
                birth_date: NaiveDate::from_ymd_opt(2023, 5, 1).unwrap(),
            },
            sex: "male",
        },
        applicant_id: id,
        new_applicant: Some(Applicant {
            person: Person {
                id,
                personal_number: format!("9{id:011}"),
                surname: "Заявителева".into(),
                given_name: "Айгүл".into(),
                patronymic: None,
                birth_date: NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
            },
            phone: "+7 700 000 00 00".into(),
            email: None,
            address: "г. Актобе".into(),
        }),
        relation: "mother",
        benefit_category_id: benefit,
        benefit_verified: benefit != 1,
        locality_id: 1,
        language: "kk",
        status,
        channel: "office",
        registered_at: at(2025, 1, 10, hour),
        in_queue_since: Some(at(2025, 1, 10, hour)),
        updated_at: at(2025, 1, 10, hour),
        extra_email: None,
        extra_phone: None,
        documents: vec![Document {
            kind: "registration_notice",
            section: "general",
            created_at: at(2025, 1, 10, hour),
        }],
        history: vec![Event {
            action: "registered",
            at: at(2025, 1, 10, hour),
            user_name: "operator".into(),
            device_id: "dev".into(),
            changes: vec![],
        }],
    }
}

pub fn audit() -> HistoryEvent {
    HistoryEvent {
        entity: "settings",
        entity_id: None,
        action: "demo_loaded".into(),
        at: at(2025, 2, 1, 9),
        user_name: "test".into(),
        device_id: "dev".into(),
        changes: vec![],
    }
}

/// A store in a temporary directory holding the given applications.
pub async fn store_with(apps: Vec<ApplicationRecord>) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    let n = apps.len() as u64;
    store
        .import(&reference(), apps.into_iter(), n, audit(), |_| {})
        .await
        .unwrap();
    (dir, store)
}

/// A separate connection to the store's file, for what a test must do behind the store's back
/// (simulate another writer, read pragmas, plant a future migration).
pub async fn raw_pool(path: &std::path::Path) -> sqlx::SqlitePool {
    sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .expect("the database file opens")
}
