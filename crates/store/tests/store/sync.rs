//! The store's side of sync: pulled pages, the outbox, pending places and verdicts.

use crate::{at, raw_pool, store_with};
use chrono::{DateTime, NaiveDate, Utc};
use kezek_store::{Actor, PlaceFor, Store, StoreError};
use kezek_sync::records::*;
use kezek_sync::{Change, PlaceGrant, Record, Verdict};
use std::time::Instant;

fn actor() -> Actor {
    Actor {
        user_name: "operator-a".into(),
        at: at(2026, 12, 1, 10),
    }
}

fn utc() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T04:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn reference_records() -> Vec<Record> {
    vec![
        Record::Region(RegionRecord {
            id: 1,
            country: "KZ".into(),
            name: "Актюбинская область".into(),
        }),
        Record::District(DistrictRecord {
            id: 2,
            region_id: 1,
            name: "город Актобе".into(),
        }),
        Record::Locality(LocalityRecord {
            id: 1,
            district_id: 2,
            name: "Актобе".into(),
        }),
        Record::BenefitCategory(BenefitCategoryRecord {
            id: 1,
            code: "none".into(),
            kind: "general".into(),
        }),
        Record::Kindergarten(KindergartenRecord {
            id: 7,
            locality_id: 1,
            name: "Балапан".into(),
            address: "ул. Абая, 1".into(),
            phone: "+7 7132 00 00 00".into(),
        }),
        Record::Group(GroupRecord {
            id: 70,
            kindergarten_id: 7,
            name: "Күншуақ".into(),
            birth_year: 2023,
            language: "kk".into(),
            kind: "general".into(),
            correction_type: None,
            capacity: 1,
        }),
    ]
}

fn person(number: String, surname: &str, given: &str, born: NaiveDate) -> PersonRecord {
    PersonRecord {
        personal_number: number,
        surname: surname.into(),
        given_name: given.into(),
        patronymic: Some("Болатұлы".into()),
        birth_date: born,
    }
}

/// Application `id` of child `child` (a number) whose applicant is `applicant`.
pub fn application(id: i64, child: u64, applicant: u64, surname: &str) -> ApplicationRecord {
    let born = NaiveDate::from_ymd_opt(2023, 4, 15).unwrap();
    let at = at(2025, 1, 10, 9) + chrono::Duration::minutes(id);
    ApplicationRecord {
        id,
        number: format!("KZ-2025-{id:06}"),
        kind: "queue".into(),
        child: ChildRecord {
            person: person(format!("{child:012}"), surname, "Әлихан", born),
            sex: "male".into(),
        },
        applicant: ApplicantRecord {
            person: person(
                format!("{applicant:012}"),
                "Сейтқалиева",
                "Айгерім Ёлка",
                NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
            ),
            phone: "+7 701 000 00 00".into(),
            email: None,
            address: "Актобе".into(),
        },
        relation: "mother".into(),
        benefit_category_id: 1,
        benefit_verified: false,
        locality_id: 1,
        language: "kk".into(),
        status: "in_queue".into(),
        channel: "office".into(),
        registered_at: at,
        in_queue_since: Some(at),
        updated_at: at,
        extra_email: None,
        extra_phone: None,
    }
}

/// Changes numbered from `first` on.
fn page(first: u64, records: Vec<Record>) -> Vec<Change> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| Change::upsert(first + i as u64, r))
        .collect()
}

fn apps(records: impl IntoIterator<Item = ApplicationRecord>) -> Vec<Record> {
    records
        .into_iter()
        .map(|a| Record::Application(Box::new(a)))
        .collect()
}

/// Every table sync writes, row by row, as text: two equal dumps are two equal states.
async fn dump(store: &Store) -> Vec<String> {
    let pool = raw_pool(store.path()).await;
    let mut out = Vec::new();
    for table in [
        "regions",
        "districts",
        "localities",
        "benefit_categories",
        "kindergartens",
        "groups",
        "children",
        "applicants",
        "applications",
        "application_search_terms",
        "place_grants",
        "outbox",
        "sync_state",
    ] {
        let columns: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{table}')"
        )))
        .fetch_all(&pool)
        .await
        .unwrap();
        let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT '{table} ' || json_array({}) FROM {table} ORDER BY 1",
            columns.join(", ")
        )))
        .fetch_all(&pool)
        .await
        .unwrap();
        out.extend(rows);
    }
    pool.close().await;
    out
}

async fn empty_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in_dir(dir.path()).await.unwrap();
    (dir, store)
}

#[tokio::test]
async fn the_same_page_twice_leaves_the_same_state_and_the_cursor_never_moves_back() {
    let (_dir, store) = empty_store().await;
    let mut records = reference_records();
    records.extend(apps([
        application(1, 101, 900, "Сейтқали"),
        application(2, 102, 900, "Сейтқали"),
        application(3, 103, 901, "Ёлкин"),
    ]));
    let first = page(1, records);
    let done = store
        .apply_pull_page(first.clone(), 9, &actor())
        .await
        .unwrap();
    assert_eq!((done.applied, done.applications, done.cursor), (9, 3, 9));
    let after_once = dump(&store).await;

    let again = store
        .apply_pull_page(first.clone(), 9, &actor())
        .await
        .unwrap();
    assert_eq!(
        again.applied, 0,
        "entries at or below the cursor were applied already"
    );
    assert_eq!(
        dump(&store).await,
        after_once,
        "the same page twice = the same state"
    );

    // The entries themselves are idempotent too (verify/fetch applies them without the cursor).
    store
        .apply_fetched_changes(first.clone(), &actor())
        .await
        .unwrap();
    store
        .apply_fetched_changes(first.clone(), &actor())
        .await
        .unwrap();
    assert_eq!(
        dump(&store).await,
        after_once,
        "applying the entries again changes nothing"
    );

    let stale = store.apply_pull_page(vec![], 4, &actor()).await.unwrap();
    assert_eq!(stale.cursor, 9, "an older cursor never moves it back");
    assert_eq!(store.sync_state().await.unwrap().cursor, 9);
}

#[tokio::test]
async fn pulled_applications_get_the_columns_and_search_terms_an_import_gives() {
    // The same application through the import and through a pulled page.
    let (_a, imported) = store_with(vec![crate::application(
        5,
        "Сейтқали",
        "Әлихан",
        "230415600123",
        "in_queue",
        1,
        9,
    )])
    .await;
    let (_b, pulled) = empty_store().await;
    let mut records = reference_records();
    let mut a = application(5, 0, 0, "Сейтқали");
    a.child.person.personal_number = "230415600123".into();
    a.child.person.patronymic = None;
    a.child.person.birth_date = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    a.applicant.person.personal_number = "900000000005".into();
    a.applicant.person.surname = "Заявителева".into();
    a.applicant.person.given_name = "Айгүл".into();
    a.applicant.person.patronymic = None;
    records.extend(apps([a]));
    pulled
        .apply_pull_page(page(1, records), 7, &actor())
        .await
        .unwrap();

    let columns = "SELECT birth_date, child_name_key, applicant_name_key, child_number \
                   FROM applications WHERE id = 5";
    let terms = "SELECT group_concat(term, ' ') FROM (SELECT term FROM application_search_terms \
                 WHERE application_id = 5 ORDER BY term)";
    let mut seen = Vec::new();
    for store in [&imported, &pulled] {
        let pool = raw_pool(store.path()).await;
        let c: (String, String, String, String) =
            sqlx::query_as(columns).fetch_one(&pool).await.unwrap();
        let t: String = sqlx::query_scalar(terms).fetch_one(&pool).await.unwrap();
        seen.push((c, t));
    }
    assert_eq!(seen[0], seen[1], "import and sync fill the same way");
    assert!(seen[1].1.contains("сейтқали"), "{}", seen[1].1);
}

#[tokio::test]
async fn an_updated_application_replaces_its_terms_and_shares_people_by_number() {
    let (_dir, store) = empty_store().await;
    let mut records = reference_records();
    records.extend(apps([
        application(1, 101, 900, "Ёлкин"),
        application(2, 102, 900, "Сейтқали"),
    ]));
    store
        .apply_pull_page(page(1, records), 8, &actor())
        .await
        .unwrap();
    let mut renamed = application(1, 101, 900, "Жанұзақов");
    renamed.status = "notified".into();
    store
        .apply_pull_page(page(9, apps([renamed])), 9, &actor())
        .await
        .unwrap();
    let pool = raw_pool(store.path()).await;
    let old: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM application_search_terms WHERE term = 'елкин'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(old, 0, "the old surname's term is gone");
    let new: (String,) = sqlx::query_as(
        "SELECT status FROM application_search_terms WHERE term = 'жанұзақов' AND application_id = 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(new.0, "notified", "the terms carry the new status");
    let people: (i64, i64) =
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM children), (SELECT COUNT(*) FROM applicants)")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        people,
        (2, 1),
        "one applicant with two children, by personal number"
    );
}

#[tokio::test]
async fn a_child_row_may_come_pages_before_its_parent() {
    let (_dir, store) = empty_store().await;
    let mut refs = reference_records();
    let group = refs.pop().unwrap();
    let kindergarten = refs.pop().unwrap();
    // The kindergarten was renamed after its group was made: it comes later in the feed.
    store
        .apply_pull_page(page(1, refs), 4, &actor())
        .await
        .unwrap();
    store
        .apply_pull_page(page(5, vec![group]), 5, &actor())
        .await
        .unwrap();
    store
        .apply_pull_page(page(6, vec![kindergarten]), 6, &actor())
        .await
        .unwrap();
    let pool = raw_pool(store.path()).await;
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(
        broken.is_empty(),
        "consistent once the feed is read: {broken:?}"
    );
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(&store_writer_check(&store).await)
        .await
        .unwrap();
    assert_eq!(fk, 1, "foreign keys are back on for the store's own writes");
}

/// A store operation that needs the foreign keys: an unknown application is refused.
async fn store_writer_check(store: &Store) -> sqlx::SqlitePool {
    let err = store
        .request_place(PlaceFor::Application(999), 70, &actor(), utc())
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound("application")),
        "{err:?}"
    );
    raw_pool(store.path()).await
}

async fn store_with_group() -> (tempfile::TempDir, Store) {
    let (dir, store) = empty_store().await;
    let mut records = reference_records();
    records.extend(apps([
        application(1, 101, 900, "Сейтқали"),
        application(2, 102, 901, "Ёлкин"),
    ]));
    store
        .apply_pull_page(page(1, records), 8, &actor())
        .await
        .unwrap();
    (dir, store)
}

#[tokio::test]
async fn a_place_request_is_pending_with_its_mutation_until_the_grant_arrives() {
    let (_dir, store) = store_with_group().await;
    let client = store.client_id().await.unwrap();
    let place = store
        .request_place(PlaceFor::Application(1), 70, &actor(), utc())
        .await
        .unwrap();
    assert_eq!((place.state.as_str(), place.seat), ("pending", None));
    let again = store
        .request_place(PlaceFor::Application(1), 70, &actor(), utc())
        .await
        .unwrap_err();
    assert!(matches!(again, StoreError::InvalidInput(_)), "{again:?}");

    let outbox = store.pending_mutations(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    let m = &outbox[0];
    assert_eq!(
        (m.seq, m.name.as_str(), m.user.as_str()),
        (1, PlaceGrant::NAME, "operator-a")
    );
    assert_eq!(m.client_id, client);
    assert_eq!(m.args["child_personal_number"], "000000000101");
    assert_eq!(m.at, utc());

    // The server accepted; the grant has not arrived: still pending, now known accepted.
    store
        .record_verdicts(&[(1, Verdict::Accepted)], &actor())
        .await
        .unwrap();
    let places = store.places_of_group(70).await.unwrap();
    assert_eq!(
        (places[0].state.as_str(), places[0].accepted),
        ("pending", true)
    );

    // A foreign grant does not touch it; ours turns it into the grant.
    let grant = |id, seq: u64, client: &str| {
        Record::PlaceGrant(PlaceGrantRecord {
            id,
            group_id: 70,
            seat: 1,
            child_personal_number: "000000000101".into(),
            granted_at: utc(),
            granted_by: "operator-a".into(),
            client_id: Some(client.into()),
            seq: Some(seq),
        })
    };
    let ours = page(9, vec![grant(55, 1, &client)]);
    store
        .apply_pull_page(ours.clone(), 9, &actor())
        .await
        .unwrap();
    store
        .apply_pull_page(ours.clone(), 9, &actor())
        .await
        .unwrap();
    let places = store.places_of_group(70).await.unwrap();
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(
        (places[0].state.as_str(), places[0].seat),
        ("granted", Some(1))
    );
    assert_eq!(places[0].id, place.id, "the pending row became the grant");
    assert_eq!(store.sync_state().await.unwrap().pending, 0);
}

#[tokio::test]
async fn a_rejection_removes_the_pending_place_and_stays_listed_until_seen() {
    let (_dir, store) = store_with_group().await;
    store
        .request_place(PlaceFor::Application(2), 70, &actor(), utc())
        .await
        .unwrap();
    // The winner's grant arrives first; our pending row survives the page.
    let theirs = Record::PlaceGrant(PlaceGrantRecord {
        id: 56,
        group_id: 70,
        seat: 1,
        child_personal_number: "000000000101".into(),
        granted_at: utc(),
        granted_by: "operator-b".into(),
        client_id: Some("other-office".into()),
        seq: Some(1),
    });
    store
        .apply_pull_page(page(9, vec![theirs]), 9, &actor())
        .await
        .unwrap();
    let states: Vec<String> = store
        .places_of_group(70)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.state)
        .collect();
    assert_eq!(states, ["granted", "pending"], "pending rows count on top");

    let detail =
        "group «Күншуақ» has no free place: seat 1 — child 000000000101, granted by operator-b";
    let verdict = Verdict::Rejected {
        code: "no_free_place".into(),
        detail: detail.into(),
    };
    let recorded = store
        .record_verdicts(&[(1, verdict.clone())], &actor())
        .await
        .unwrap();
    assert_eq!(recorded.rejected, 1);
    let again = store
        .record_verdicts(&[(1, verdict)], &actor())
        .await
        .unwrap();
    assert_eq!(again.rejected, 0, "a duplicate verdict changes nothing");

    let places = store.places_of_group(70).await.unwrap();
    assert_eq!(places.len(), 1);
    assert_eq!(places[0].by_user, "operator-b", "who holds it");
    let rejected = store.rejected_changes().await.unwrap();
    assert_eq!(rejected.len(), 1);
    let r = &rejected[0];
    assert_eq!(
        (r.code.as_str(), r.detail.as_str()),
        ("no_free_place", detail)
    );
    assert_eq!(
        (r.group_id, r.child_personal_number.as_deref()),
        (Some(70), Some("000000000102"))
    );
    assert_eq!(r.decided_at, actor().at);

    let pool = raw_pool(store.path()).await;
    let events: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM history WHERE entity = 'application' AND entity_id = 2 ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(events, ["place_requested", "place_request_rejected"]);

    store.mark_rejections_seen(&[1], &actor()).await.unwrap();
    assert!(store.rejected_changes().await.unwrap().is_empty());
    assert_eq!(store.sync_state().await.unwrap().unseen_rejections, 0);
}

#[tokio::test]
async fn positions_are_recomputed_once_by_the_run_that_completes() {
    let (_dir, store) = store_with_group().await;
    let state = store.sync_state().await.unwrap();
    assert!(state.last_sync_at.is_none());
    assert!(
        store.complete_sync_run(&actor()).await.unwrap(),
        "pages marked them stale"
    );
    assert!(
        !store.complete_sync_run(&actor()).await.unwrap(),
        "nothing new"
    );
    let pool = raw_pool(store.path()).await;
    let positions: Vec<Option<i64>> =
        sqlx::query_scalar("SELECT queue_position FROM applications ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(positions, [Some(1), Some(2)]);
    assert_eq!(
        store.sync_state().await.unwrap().last_sync_at,
        Some(actor().at)
    );
}

/// An initial sync's pages of 2,000 applications (10,000 here; the 100,000 of the target below).
#[tokio::test]
async fn an_initial_sync_applies_page_by_page_and_counts_every_application_into_the_queue() {
    initial_sync(10_000).await;
}

/// The target: 100,000 applications. Slow in a debug build; measure with
/// `cargo test --release -p kezek-store --test store initial_sync_of_100k -- --ignored --nocapture`.
#[tokio::test]
#[ignore = "load test: run with --release --ignored"]
async fn an_initial_sync_of_100k_applications() {
    initial_sync(100_000).await;
}

async fn initial_sync(total: i64) {
    let (_dir, store) = empty_store().await;
    store
        .apply_pull_page(page(1, reference_records()), 6, &actor())
        .await
        .unwrap();
    let started = Instant::now();
    let mut version = 7u64;
    let mut in_apply = std::time::Duration::ZERO;
    for start in (0..total).step_by(2000) {
        let records = apps((start..start + 2000).map(|i| {
            application(
                i + 1,
                100_000 + i as u64,
                500_000 + (i / 2) as u64,
                "Сейтқали",
            )
        }));
        let changes = page(version, records);
        version += changes.len() as u64;
        let t = Instant::now();
        store
            .apply_pull_page(changes, version - 1, &actor())
            .await
            .unwrap();
        in_apply += t.elapsed();
    }
    eprintln!("in apply: {in_apply:?}");
    let applied = started.elapsed();
    assert!(store.complete_sync_run(&actor()).await.unwrap());
    let total_time = started.elapsed();
    eprintln!("{total} applications: pages applied in {applied:?}, with positions {total_time:?}");
    let pool = raw_pool(store.path()).await;
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM applications WHERE queue_position IS NOT NULL")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(n, total);
}
