use crate::*;
use kezek_store::{JournalQuery, SortColumn};

async fn fixture() -> (tempfile::TempDir, kezek_store::Store) {
    store_with(vec![
        application(1, "Әбілқайыров", "Нұрлан", "230501500017", "in_queue", 1, 9),
        application(2, "Ёлкин", "Фёдор", "230501500028", "in_queue", 2, 10),
        application(3, "Үсөнов", "Айбек", "230502500010", "enrolled", 1, 11),
        application(4, "Иванов", "Иван", "240101500011", "in_queue", 1, 8),
    ])
    .await
}

fn q() -> JournalQuery {
    JournalQuery {
        page_size: 50,
        ..Default::default()
    }
}

async fn ids(store: &kezek_store::Store, query: JournalQuery) -> Vec<i64> {
    store
        .journal_page(&query)
        .await
        .unwrap()
        .rows
        .iter()
        .map(|r| r.id)
        .collect()
}

#[tokio::test]
async fn name_search_folds_case_in_kazakh_kyrgyz_and_russian() {
    let (_d, s) = fixture().await;
    let search = |t: &str| JournalQuery {
        search: Some(t.into()),
        ..q()
    };
    assert_eq!(ids(&s, search("ӘБІЛ")).await, [1]);
    assert_eq!(ids(&s, search("үсө")).await, [3]);
    assert_eq!(ids(&s, search("елкин")).await, [2], "ё is found by е");
    assert_eq!(
        ids(&s, search("нұрлан әбіл")).await,
        [1],
        "every word must match"
    );
    assert_eq!(
        ids(&s, search("айгүл")).await.len(),
        4,
        "the applicant's name is searched too"
    );
    assert!(ids(&s, search("петров")).await.is_empty());
}

#[tokio::test]
async fn number_search_is_a_prefix_of_the_personal_number_or_the_application_number() {
    let (_d, s) = fixture().await;
    let search = |t: &str| JournalQuery {
        search: Some(t.into()),
        sort: SortColumn::Number,
        ..q()
    };
    assert_eq!(ids(&s, search("2305015")).await, [1, 2]);
    assert_eq!(ids(&s, search("230501500028")).await, [2]);
    assert_eq!(ids(&s, search("уо.2025.000003")).await, [3]);
}

#[tokio::test]
async fn filters_count_sort_and_page() {
    let (_d, s) = fixture().await;
    let page = s
        .journal_page(&JournalQuery {
            statuses: vec!["in_queue".into()],
            ..q()
        })
        .await
        .unwrap();
    assert_eq!(page.total, 3);
    assert_eq!(
        ids(
            &s,
            JournalQuery {
                benefit_category_id: Some(2),
                ..q()
            }
        )
        .await,
        [2]
    );
    assert_eq!(
        ids(
            &s,
            JournalQuery {
                locality_id: Some(2),
                ..q()
            }
        )
        .await,
        Vec::<i64>::new()
    );
    assert_eq!(
        ids(
            &s,
            JournalQuery {
                district_id: Some(1),
                ..q()
            }
        )
        .await
        .len(),
        4
    );
    assert_eq!(
        ids(
            &s,
            JournalQuery {
                sort: SortColumn::RegisteredAt,
                descending: true,
                ..q()
            }
        )
        .await,
        [3, 2, 1, 4]
    );
    let second = s
        .journal_page(&JournalQuery {
            page_size: 3,
            page: 1,
            ..q()
        })
        .await
        .unwrap();
    assert_eq!((second.total, second.rows.len()), (4, 1));
    let range = JournalQuery {
        registered_from: Some(NaiveDate::from_ymd_opt(2025, 1, 10).unwrap()),
        registered_to: Some(NaiveDate::from_ymd_opt(2025, 1, 10).unwrap()),
        ..q()
    };
    assert_eq!(
        s.journal_page(&range).await.unwrap().total,
        4,
        "the end date is inclusive"
    );
    assert!(s
        .journal_page(&JournalQuery {
            page_size: 0,
            ..q()
        })
        .await
        .is_err());
}

#[tokio::test]
async fn queue_positions_are_computed_with_verified_benefits_first() {
    let (_d, s) = fixture().await;
    let page = s
        .journal_page(&JournalQuery {
            sort: SortColumn::QueuePosition,
            ..q()
        })
        .await
        .unwrap();
    let positions: Vec<(i64, Option<i64>)> =
        page.rows.iter().map(|r| (r.id, r.queue_position)).collect();
    // Enrolled (3) has no place; the verified benefit (2) goes first, then by time: 4 (8:00), 1 (9:00).
    assert_eq!(
        positions,
        [(3, None), (2, Some(1)), (4, Some(2)), (1, Some(3))]
    );
    let card = s.application_card(2).await.unwrap();
    assert_eq!(
        (card.queue_position, card.benefit_queue_position),
        (Some(1), Some(1))
    );
    assert_eq!(
        s.application_card(4).await.unwrap().benefit_queue_position,
        Some(0)
    );
}

#[tokio::test]
async fn card_history_and_documents() {
    let (_d, s) = fixture().await;
    let card = s.application_card(1).await.unwrap();
    assert_eq!(card.child.full_name, "Әбілқайыров Нұрлан");
    assert_eq!(card.locality, "Актобе");
    assert_eq!(card.benefit_category, "none");
    let history = s.application_history(1).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, "registered");
    let docs = s.application_documents(1).await.unwrap();
    assert_eq!(docs[0].kind, "registration_notice");
    assert!(matches!(
        s.application_card(999).await,
        Err(kezek_store::StoreError::NotFound(_))
    ));
}

#[tokio::test]
async fn a_name_search_follows_status_changes_of_the_applications() {
    let (_d, s) = fixture().await;
    let in_queue = |t: &str| JournalQuery {
        search: Some(t.into()),
        statuses: vec!["in_queue".into()],
        ..q()
    };
    assert_eq!(ids(&s, in_queue("иванов")).await, [4]);
    let pool = raw_pool(s.path()).await;
    sqlx::query("UPDATE applications SET status = 'withdrawn' WHERE id = 4")
        .execute(&pool)
        .await
        .unwrap();
    assert!(
        ids(&s, in_queue("иванов")).await.is_empty(),
        "the copy in the search terms follows"
    );
    let withdrawn = JournalQuery {
        statuses: vec!["withdrawn".into()],
        ..in_queue("иван")
    };
    assert_eq!(ids(&s, withdrawn).await, [4]);
}

#[tokio::test]
async fn a_name_search_sorts_and_pages_by_any_column() {
    let (_d, s) = fixture().await;
    // "айгүл" is every applicant's given name: all four match.
    let by = |sort, descending, page, page_size| JournalQuery {
        search: Some("Айгүл".into()),
        sort,
        descending,
        page,
        page_size,
        ..q()
    };
    assert_eq!(
        ids(&s, by(SortColumn::RegisteredAt, false, 0, 50)).await,
        [4, 1, 2, 3]
    );
    assert_eq!(ids(&s, by(SortColumn::RegisteredAt, true, 1, 3)).await, [4]);
    // Alphabetical in Kazakh: Әбілқайыров, Ёлкин (as Е), Иванов, Үсөнов.
    assert_eq!(
        ids(&s, by(SortColumn::ChildName, false, 0, 2)).await,
        [1, 2]
    );
    let page = s
        .journal_page(&by(SortColumn::ChildName, false, 1, 2))
        .await
        .unwrap();
    assert_eq!((page.total, page.rows.len()), (4, 2));
}

#[tokio::test]
async fn position_changes_are_recorded_with_their_reason_and_explained() {
    let (_d, s) = fixture().await;
    // Queue of locality 1, born 2023: 2 (verified benefit), 4 (8:00), 1 (9:00); 3 is enrolled.
    let x = s.queue_explanation(1).await.unwrap().expect("1 waits");
    assert_eq!((x.position, x.queue_size), (3, 3));
    assert_eq!(
        (x.ahead_by_benefit, x.ahead_by_time, x.ahead_by_number),
        (1, 1, 0)
    );
    assert!(x.changes.is_empty(), "the first computation is no change");
    assert!(
        s.queue_explanation(3).await.unwrap().is_none(),
        "an enrolled child waits in no queue"
    );

    let pool = raw_pool(s.path()).await;
    sqlx::query("UPDATE applications SET status = 'withdrawn' WHERE id = 4")
        .execute(&pool)
        .await
        .unwrap();
    s.recompute_queue_positions(at(2025, 3, 1, 12))
        .await
        .unwrap();
    let x = s.queue_explanation(1).await.unwrap().unwrap();
    assert_eq!(x.position, 2);
    assert_eq!(x.changes.len(), 1);
    let c = &x.changes[0];
    assert_eq!(
        (c.before, c.after, c.ahead_left, c.ahead_joined),
        (3, 2, 1, 0)
    );
    assert_eq!(c.at, at(2025, 3, 1, 12));
    assert!(
        s.queue_explanation(2)
            .await
            .unwrap()
            .unwrap()
            .changes
            .is_empty(),
        "2 did not move"
    );
}
