//! Meal benefits pushed as `meal_benefit.save`: stored for the secretary of the commission of the
//! application's district, the previous one kept but no longer current; refused for an operator,
//! for another district's secretary, and for a file that is not a PDF.

use crate::support::{
    add_application, add_user, build_world, t0, At, TestDb, TestServer, PASSWORD,
};
use base64::Engine;
use kezek_server::scope::Role;
use kezek_sync::meal::MealBenefitSave;
use kezek_sync::{reject, Mutation, Outcome, PushRequest, PushResponse};
use sqlx::PgPool;

async fn push(
    server: &TestServer,
    token: &str,
    client: &str,
    seq: u64,
    a: &MealBenefitSave,
) -> Outcome {
    let m = Mutation {
        client_id: client.into(),
        seq,
        name: MealBenefitSave::NAME.into(),
        args: a.to_args(),
        at: t0(),
        user: "secretary".into(),
    };
    let r = server
        .call(
            "POST",
            "/api/v1/sync/push",
            Some(token),
            Some(serde_json::to_value(PushRequest::new(client, vec![m])).unwrap()),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let resp: PushResponse = serde_json::from_value(r.body).unwrap();
    resp.results.into_iter().next().unwrap().outcome
}

fn benefit(uid: &str, application_id: i64, amount_tyiyn: i64, file: &[u8]) -> MealBenefitSave {
    MealBenefitSave {
        uid: uid.into(),
        application_id,
        amount_tyiyn,
        protocol_number: "12/34".into(),
        protocol_date: chrono::NaiveDate::from_ymd_opt(2025, 5, 15).unwrap(),
        pdf: base64::engine::general_purpose::STANDARD.encode(file),
    }
}

async fn voucher_child(pool: &PgPool, district: i64, n: usize) -> i64 {
    let id = add_application(pool, district, n).await;
    sqlx::query(
        "UPDATE applications SET kind = 'voucher', status = 'voucher_issued' WHERE id = $1",
    )
    .bind(id)
    .execute(pool)
    .await
    .unwrap();
    id
}

fn refused_with(o: &Outcome, code: &str) -> bool {
    matches!(o, Outcome::Rejected { code: c, .. } if c == code)
}

#[tokio::test]
async fn only_the_districts_secretary_saves_a_meal_benefit_with_a_pdf() {
    let server = TestServer::start(TestDb::new().await).await;
    let pool = &server.db.pool;
    let world = build_world(pool).await;
    add_user(
        pool,
        "secretary",
        Role::CommissionSecretary,
        At::Commission(world.a.commission),
    )
    .await;
    add_user(
        pool,
        "other",
        Role::CommissionSecretary,
        At::Commission(world.b.commission),
    )
    .await;
    add_user(
        pool,
        "operator",
        Role::Operator,
        At::District(world.a.district),
    )
    .await;
    let child = voucher_child(pool, world.a.district, 1).await;
    let pdf = b"%PDF-1.7\n%meal protocol\n";

    let secretary = server.login("secretary", PASSWORD).await;
    let first = benefit("m-1", child, 12_550, pdf);
    assert_eq!(
        push(&server, &secretary, "desk-1", 1, &first).await,
        Outcome::Accepted
    );
    let second = benefit("m-2", child, 15_000, pdf);
    assert_eq!(
        push(&server, &secretary, "desk-1", 2, &second).await,
        Outcome::Accepted
    );
    // The same uid from a restored desktop: accepted, stored once.
    assert_eq!(
        push(&server, &secretary, "desk-2", 1, &second).await,
        Outcome::Accepted
    );
    let rows: Vec<(i64, bool)> = sqlx::query_as(
        "SELECT amount_tyiyn, current FROM meal_benefits WHERE application_id = $1 ORDER BY id",
    )
    .bind(child)
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![(12_550, false), (15_000, true)],
        "history kept, one current"
    );
    let events: i64 = sqlx::query_scalar("SELECT count(*) FROM history WHERE action = $1")
        .bind(MealBenefitSave::NAME)
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(events, 2);

    let not_pdf = benefit("m-3", child, 100, b"PK\x03\x04 a zip");
    let o = push(&server, &secretary, "desk-1", 3, &not_pdf).await;
    assert!(refused_with(&o, reject::INVALID_ARGS), "{o:?}");
    let zero = benefit("m-4", child, 0, pdf);
    let o = push(&server, &secretary, "desk-1", 4, &zero).await;
    assert!(refused_with(&o, reject::INVALID_ARGS), "{o:?}");

    let operator = server.login("operator", PASSWORD).await;
    let o = push(
        &server,
        &operator,
        "desk-3",
        1,
        &benefit("m-5", child, 100, pdf),
    )
    .await;
    assert!(refused_with(&o, reject::FORBIDDEN), "{o:?}");
    let other = server.login("other", PASSWORD).await;
    let o = push(
        &server,
        &other,
        "desk-4",
        1,
        &benefit("m-6", child, 100, pdf),
    )
    .await;
    assert!(
        refused_with(&o, reject::NOT_FOUND),
        "another district's child: {o:?}"
    );

    let queue = add_application(pool, world.a.district, 2).await;
    let o = push(
        &server,
        &secretary,
        "desk-1",
        5,
        &benefit("m-7", queue, 100, pdf),
    )
    .await;
    assert!(refused_with(&o, reject::NOT_VOUCHER_CHILD), "{o:?}");
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM meal_benefits")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(stored, 2, "refusals store nothing");
}
